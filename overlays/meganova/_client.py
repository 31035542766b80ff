"""The Meganova clients: :class:`MegaNova` (blocking) and :class:`AsyncMegaNova`."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Dict, Mapping, Optional, TypeVar

import httpx

from meganova._runtime import (
    DEFAULT_TIMEOUT,
    AsyncClientBase,
    ClientConfig,
    SdkSettings,
    Secret,
    SyncClientBase,
    TimeoutTypes,
    api_base_url,
    check_token,
    client_config,
    env_setting,
)

from ._version import __version__
from .errors import ERROR_TABLE, InvalidArgumentError

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from meganova._runtime._client_base import AsyncClientOptions, SyncClientOptions

    from ._agents import AsyncCloudAgent, CloudAgent
    from ._resources import (
        AsyncAudio,
        AsyncBilling,
        AsyncChat,
        AsyncEmbeddings,
        AsyncImages,
        AsyncModels,
        AsyncRerank,
        AsyncServerless,
        AsyncUsage,
        AsyncVideos,
        Audio,
        Billing,
        Chat,
        Embeddings,
        Images,
        Models,
        Rerank,
        Serverless,
        Usage,
        Videos,
    )

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_CLOUD_BASE_URL", "AsyncMegaNova", "MegaNova"]

DEFAULT_BASE_URL = "https://api.meganova.ai/v1"
#: The cloud agents' host (``MEGANOVA_CLOUD_BASE_URL`` overrides it; the paths carry
#: ``/agents/v1``).
DEFAULT_CLOUD_BASE_URL = "https://studio-api.meganova.ai"
DEFAULT_MAX_RETRIES = 2
# The operations the spec serves from another host (an operation's own `servers`), by the
# prefix of their paths: the web API (the serverless catalogue) and the cloud agents.
# tests/meganova/test_hosts.py checks these against spec/meganova.yaml.
WEB_API_PREFIX = "/api/v1/"
AGENTS_PREFIX = "/agents/v1/"


_SDK = SdkSettings(
    name="meganova",
    client_name="MegaNova",
    env_prefix="MEGANOVA",
    default_base_url=DEFAULT_BASE_URL,
    # The paths start after the version: a base URL given without /v1 gets it.
    version_in_base=True,
    user_agent=f"meganova-python/{__version__}",
    errors=ERROR_TABLE,
    invalid=InvalidArgumentError,
)


def _config(
    api_key: Optional[str],
    base_url: Optional[str],
    timeout: TimeoutTypes,
    max_retries: int,
    region: Optional[str],
    user_agent_extra: Optional[str],
    default_headers: Optional[Mapping[str, str]],
    web_base_url: Optional[str] = None,
    cloud_base_url: Optional[str] = None,
) -> ClientConfig:
    headers = {"X-MN-SDK": "python"}
    if region is not None and region != "auto":
        check_token(region, "region", InvalidArgumentError)
        headers["X-MN-Region"] = region
    config = client_config(
        _SDK,
        api_key=api_key,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers,
        sdk_headers=headers,
        user_agent_extra=user_agent_extra,
    )
    # The web API's host is the inference host without its version (as the earlier SDK had
    # it), so a base URL pointing elsewhere (a proxy, the local gateway) takes it along.
    web = api_base_url(
        env_setting(web_base_url, "MEGANOVA_WEB_BASE_URL", config.base_url),
        InvalidArgumentError,
        version_in_base=False,
        name="web_base_url",
    )
    cloud = cloud_url(cloud_base_url, "cloud_base_url")
    return dataclasses.replace(config, routes={WEB_API_PREFIX: web, AGENTS_PREFIX: cloud})


if TYPE_CHECKING:

    class MegaNovaOptions(SyncClientOptions, total=False):
        """What :meth:`MegaNova.with_options` changes: the constructor's keywords, and
        ``set_default_headers``."""

        api_key: Optional[str]
        region: Optional[str]
        user_agent_extra: Optional[str]
        web_base_url: Optional[str]
        cloud_base_url: Optional[str]

    class AsyncMegaNovaOptions(AsyncClientOptions, total=False):
        """What :meth:`AsyncMegaNova.with_options` changes."""

        api_key: Optional[str]
        region: Optional[str]
        user_agent_extra: Optional[str]
        web_base_url: Optional[str]
        cloud_base_url: Optional[str]


M = TypeVar("M", bound="MegaNova")
AM = TypeVar("AM", bound="AsyncMegaNova")


def _settings(
    region: Optional[str],
    user_agent_extra: Optional[str],
    default_headers: Optional[Mapping[str, str]],
    web_base_url: Optional[str],
    cloud_base_url: str,
) -> Dict[str, Any]:
    # What with_options() rebuilds a client from, besides its configuration. The web host
    # stays unset when it was derived from the base URL, so that a copy given another base
    # URL derives it again, as a new client would.
    return {
        "region": region,
        "user_agent_extra": user_agent_extra,
        "default_headers": None if default_headers is None else dict(default_headers),
        "web_base_url": env_setting(web_base_url, "MEGANOVA_WEB_BASE_URL"),
        "cloud_base_url": cloud_base_url,
    }


def cloud_url(value: Optional[str], name: str) -> str:
    """The cloud agents' base URL: ``value``, else ``MEGANOVA_CLOUD_BASE_URL``, else
    :data:`DEFAULT_CLOUD_BASE_URL`; checked, and without a trailing ``/v1`` (the paths
    carry it)."""
    return api_base_url(
        env_setting(value, "MEGANOVA_CLOUD_BASE_URL", DEFAULT_CLOUD_BASE_URL),
        InvalidArgumentError,
        version_in_base=False,
        name=name,
    )


class MegaNova(SyncClientBase):
    """Blocking client of the Meganova API; safe to share between threads.

    ``api_key`` falls back to ``MEGANOVA_API_KEY`` and ``base_url`` to ``MEGANOVA_BASE_URL``,
    then production. ``timeout`` is in seconds (or an ``httpx.Timeout`` for a separate connect
    timeout); ``max_retries`` applies to connection errors, timeouts, 408, 409, 429 and 5xx.
    ``region`` other than "auto" is sent as ``X-MN-Region``. Pass ``http_client`` to use your
    own ``httpx.Client`` (the SDK then leaves closing it to you). ``sleep``, ``random`` and
    ``clock`` replace ``time.sleep``, ``random.random`` and ``time.time`` for the retries, so
    tests never wait for real.

    Two operations live on other hosts: the serverless catalogue on the web API host
    (``web_base_url``, else ``MEGANOVA_WEB_BASE_URL``, else the base URL without its ``/v1``)
    and the cloud agents on theirs (``cloud_base_url``, else ``MEGANOVA_CLOUD_BASE_URL``, else
    ``https://studio-api.meganova.ai``); :meth:`agents` gives an agent that sends through this
    client.
    """

    def __init__(
        self,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        region: Optional[str] = "auto",
        user_agent_extra: Optional[str] = None,
        http_client: Optional[httpx.Client] = None,
        *,
        default_headers: Optional[Mapping[str, str]] = None,
        sleep: Optional[Callable[[float], None]] = None,
        random: Optional[Callable[[], float]] = None,
        clock: Optional[Callable[[], float]] = None,
        web_base_url: Optional[str] = None,
        cloud_base_url: Optional[str] = None,
    ) -> None:
        config = _config(
            api_key,
            base_url,
            timeout,
            max_retries,
            region,
            user_agent_extra,
            default_headers,
            web_base_url,
            cloud_base_url,
        )
        settings = _settings(
            region, user_agent_extra, default_headers, web_base_url, config.routes[AGENTS_PREFIX]
        )
        super().__init__(
            config, http_client, sleep=sleep, random=random, clock=clock, settings=settings
        )
        self.web_base_url: str = config.routes[WEB_API_PREFIX]
        """Where the serverless catalogue is asked for."""
        self.cloud_base_url: str = config.routes[AGENTS_PREFIX]
        """Where the cloud agents are."""
        # Here rather than at the top: the resources load the generated package, which
        # `import meganova` need not pay for.
        from ._resources import (
            Audio,
            Billing,
            Chat,
            Embeddings,
            Images,
            Models,
            Rerank,
            Serverless,
            Usage,
            Videos,
        )

        self.chat: Chat = Chat(self)
        """Chat completions."""
        self.models: Models = Models(self)
        """The models list."""
        self.usage: Usage = Usage(self)
        """Usage summaries."""
        self.billing: Billing = Billing(self)
        """The account balance."""
        self.embeddings: Embeddings = Embeddings(self)
        """Embedding vectors."""
        self.rerank: Rerank = Rerank(self)
        """Documents ranked by relevance to a query."""
        self.images: Images = Images(self)
        """Image generation."""
        self.audio: Audio = Audio(self)
        """Transcription."""
        self.videos: Videos = Videos(self)
        """Video generation."""
        self.serverless: Serverless = Serverless(self)
        """The serverless model catalogue (on the web API host)."""

    def with_options(self: M, **options: Unpack[MegaNovaOptions]) -> M:
        """A new client with these settings changed (any of the constructor's keywords, and
        ``set_default_headers``), sharing this client's connection pool.

        A keyword left out keeps this client's setting; ``default_headers`` are merged over
        this client's, ``set_default_headers`` replace them. The copy's resources
        (``copy.chat``, ...) use the copy's settings. Closing the copy leaves this client
        working; closing this client closes the pool for both. Values are checked as the
        constructor checks them (:class:`~meganova.InvalidArgumentError`, nothing sent).
        ``client.copy(...)`` is the same method (openai-python's two names)."""
        return self._with_options(options)

    copy = with_options

    def agents(self, agent_key: str) -> CloudAgent:
        """The cloud agent of ``agent_key``, sending through this client (its connections,
        timeouts and retries; no API key is sent to the agents' host).

        The key is held as a secret: no error, repr or log shows it. An empty key, or one
        that is not printable ASCII, is refused here without being quoted.
        """
        from ._agents import CloudAgent, agent_secret

        secret = agent_secret(agent_key)
        del agent_key  # out of this frame (a traceback's locals) before anything can raise
        if not isinstance(secret, Secret):
            raise secret
        return CloudAgent._through(self, secret, self.cloud_base_url)


class AsyncMegaNova(AsyncClientBase):
    """Async client of the Meganova API; safe to share between tasks. See :class:`MegaNova`."""

    def __init__(
        self,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        region: Optional[str] = "auto",
        user_agent_extra: Optional[str] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        *,
        default_headers: Optional[Mapping[str, str]] = None,
        sleep: Optional[Callable[[float], Awaitable[Any]]] = None,
        random: Optional[Callable[[], float]] = None,
        clock: Optional[Callable[[], float]] = None,
        web_base_url: Optional[str] = None,
        cloud_base_url: Optional[str] = None,
    ) -> None:
        config = _config(
            api_key,
            base_url,
            timeout,
            max_retries,
            region,
            user_agent_extra,
            default_headers,
            web_base_url,
            cloud_base_url,
        )
        settings = _settings(
            region, user_agent_extra, default_headers, web_base_url, config.routes[AGENTS_PREFIX]
        )
        super().__init__(
            config, http_client, sleep=sleep, random=random, clock=clock, settings=settings
        )
        self.web_base_url: str = config.routes[WEB_API_PREFIX]
        """Where the serverless catalogue is asked for."""
        self.cloud_base_url: str = config.routes[AGENTS_PREFIX]
        """Where the cloud agents are."""
        from ._resources import (
            AsyncAudio,
            AsyncBilling,
            AsyncChat,
            AsyncEmbeddings,
            AsyncImages,
            AsyncModels,
            AsyncRerank,
            AsyncServerless,
            AsyncUsage,
            AsyncVideos,
        )

        self.chat: AsyncChat = AsyncChat(self)
        """Chat completions."""
        self.models: AsyncModels = AsyncModels(self)
        """The models list."""
        self.usage: AsyncUsage = AsyncUsage(self)
        """Usage summaries."""
        self.billing: AsyncBilling = AsyncBilling(self)
        """The account balance."""
        self.embeddings: AsyncEmbeddings = AsyncEmbeddings(self)
        """Embedding vectors."""
        self.rerank: AsyncRerank = AsyncRerank(self)
        """Documents ranked by relevance to a query."""
        self.images: AsyncImages = AsyncImages(self)
        """Image generation."""
        self.audio: AsyncAudio = AsyncAudio(self)
        """Transcription."""
        self.videos: AsyncVideos = AsyncVideos(self)
        """Video generation."""
        self.serverless: AsyncServerless = AsyncServerless(self)
        """The serverless model catalogue (on the web API host)."""

    def with_options(self: AM, **options: Unpack[AsyncMegaNovaOptions]) -> AM:
        """See :meth:`MegaNova.with_options` (``http_client`` an ``httpx.AsyncClient``,
        ``sleep`` a coroutine function); ``copy`` is the same method."""
        return self._with_options(options)

    copy = with_options

    def agents(self, agent_key: str) -> AsyncCloudAgent:
        """The async twin of :meth:`MegaNova.agents`: an :class:`AsyncCloudAgent` sending
        through this client."""
        from ._agents import AsyncCloudAgent, agent_secret

        secret = agent_secret(agent_key)
        del agent_key
        if not isinstance(secret, Secret):
            raise secret
        return AsyncCloudAgent._through(self, secret, self.cloud_base_url)
