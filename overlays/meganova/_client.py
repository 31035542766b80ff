"""The Meganova clients: :class:`MegaNova` (blocking) and :class:`AsyncMegaNova`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Awaitable, Callable, Mapping, Optional

import httpx

from _gateway_runtime import (
    DEFAULT_TIMEOUT,
    AsyncClientBase,
    ClientConfig,
    SdkSettings,
    SyncClientBase,
    TimeoutTypes,
    check_token,
    client_config,
)

from ._version import __version__
from .errors import ERROR_TABLE, InvalidArgumentError

if TYPE_CHECKING:
    from ._resources import (
        AsyncAudio,
        AsyncBilling,
        AsyncChat,
        AsyncEmbeddings,
        AsyncImages,
        AsyncModels,
        AsyncRerank,
        AsyncUsage,
        Audio,
        Billing,
        Chat,
        Embeddings,
        Images,
        Models,
        Rerank,
        Usage,
    )

__all__ = ["DEFAULT_BASE_URL", "AsyncMegaNova", "MegaNova"]

DEFAULT_BASE_URL = "https://api.meganova.ai/v1"
DEFAULT_MAX_RETRIES = 2


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
) -> ClientConfig:
    headers = {"X-MN-SDK": "python"}
    if region is not None and region != "auto":
        check_token(region, "region", InvalidArgumentError)
        headers["X-MN-Region"] = region
    return client_config(
        _SDK,
        api_key=api_key,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers,
        sdk_headers=headers,
        user_agent_extra=user_agent_extra,
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
    ) -> None:
        config = _config(
            api_key, base_url, timeout, max_retries, region, user_agent_extra, default_headers
        )
        super().__init__(config, http_client, sleep=sleep, random=random, clock=clock)
        # Here rather than at the top: the resources load the generated package, which
        # `import meganova` need not pay for.
        from ._resources import Audio, Billing, Chat, Embeddings, Images, Models, Rerank, Usage

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
    ) -> None:
        config = _config(
            api_key, base_url, timeout, max_retries, region, user_agent_extra, default_headers
        )
        super().__init__(config, http_client, sleep=sleep, random=random, clock=clock)
        from ._resources import (
            AsyncAudio,
            AsyncBilling,
            AsyncChat,
            AsyncEmbeddings,
            AsyncImages,
            AsyncModels,
            AsyncRerank,
            AsyncUsage,
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
