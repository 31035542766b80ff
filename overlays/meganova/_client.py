"""The Meganova clients: :class:`MegaNova` (blocking) and :class:`AsyncMegaNova`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Optional

import httpx

from _gateway_runtime import (
    DEFAULT_TIMEOUT,
    AsyncClientBase,
    AsyncTransport,
    ClientConfig,
    SyncClientBase,
    SyncTransport,
    TimeoutTypes,
    api_base_url,
    check_token,
    env_setting,
)

from ._version import __version__
from .errors import ERROR_TABLE, InvalidArgumentError

if TYPE_CHECKING:
    from ._resources import (
        AsyncBilling,
        AsyncChat,
        AsyncModels,
        AsyncUsage,
        Billing,
        Chat,
        Models,
        Usage,
    )

__all__ = ["DEFAULT_BASE_URL", "AsyncMegaNova", "MegaNova"]

DEFAULT_BASE_URL = "https://api.meganova.ai/v1"
DEFAULT_MAX_RETRIES = 2


def _config(
    api_key: Optional[str],
    base_url: Optional[str],
    timeout: TimeoutTypes,
    max_retries: int,
    region: Optional[str],
    user_agent_extra: Optional[str],
    default_headers: Optional[Mapping[str, str]],
) -> ClientConfig:
    # Every argument is checked here or by ClientConfig, so a bad one fails now, naming it,
    # rather than at the first call.
    key = env_setting(api_key, "MEGANOVA_API_KEY")
    if not key:
        raise InvalidArgumentError(
            "No API key: pass MegaNova(api_key=...) or set the MEGANOVA_API_KEY environment variable"
        )
    # The paths start after the version: a base URL given without /v1 gets it.
    url = api_base_url(
        env_setting(base_url, "MEGANOVA_BASE_URL", DEFAULT_BASE_URL),
        InvalidArgumentError,
        version_in_base=True,
        secrets=(key,) if isinstance(key, str) else (),
    )
    agent = f"meganova-python/{__version__}"
    if user_agent_extra is not None:
        if not isinstance(user_agent_extra, str):
            raise InvalidArgumentError(
                f"user_agent_extra must be a str, not {type(user_agent_extra).__name__}"
            )
        if not (user_agent_extra.isascii() and user_agent_extra.isprintable()):
            raise InvalidArgumentError(
                "user_agent_extra must be printable ASCII (it is sent in the User-Agent header: "
                "no CR, LF or other control characters)"
            )
    extra = user_agent_extra.strip() if user_agent_extra else ""
    headers = {"User-Agent": f"{agent} {extra}" if extra else agent}
    headers["X-MN-SDK"] = "python"
    if region is not None and region != "auto":
        check_token(region, "region", InvalidArgumentError)
        headers["X-MN-Region"] = region
    if default_headers is not None and not isinstance(default_headers, Mapping):
        raise InvalidArgumentError(
            f"default_headers must be a mapping of header names to str values, "
            f"not {type(default_headers).__name__}"
        )
    headers.update(default_headers or {})
    return ClientConfig(
        base_url=url,
        api_key=key,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=headers,
        errors=ERROR_TABLE,
        logger_name="meganova",
    )


class MegaNova(SyncClientBase):
    """Blocking client of the Meganova API; safe to share between threads.

    ``api_key`` falls back to ``MEGANOVA_API_KEY`` and ``base_url`` to ``MEGANOVA_BASE_URL``,
    then production. ``timeout`` is in seconds (or an ``httpx.Timeout`` for a separate connect
    timeout); ``max_retries`` applies to connection errors, timeouts, 408, 409, 429 and 5xx.
    ``region`` other than "auto" is sent as ``X-MN-Region``. Pass ``http_client`` to use your
    own ``httpx.Client`` (the SDK then leaves closing it to you).
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
    ) -> None:
        config = _config(
            api_key, base_url, timeout, max_retries, region, user_agent_extra, default_headers
        )
        self._transport = SyncTransport(config, http_client)
        # Here rather than at the top: the resources load the generated package, which
        # `import meganova` need not pay for.
        from ._resources import Billing, Chat, Models, Usage

        self.base_url: str = config.base_url
        """The API's base URL, without a trailing slash."""
        self.chat: Chat = Chat(self)
        """Chat completions."""
        self.models: Models = Models(self)
        """The models list."""
        self.usage: Usage = Usage(self)
        """Usage summaries."""
        self.billing: Billing = Billing(self)
        """The account balance."""


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
    ) -> None:
        config = _config(
            api_key, base_url, timeout, max_retries, region, user_agent_extra, default_headers
        )
        self._transport = AsyncTransport(config, http_client)
        from ._resources import AsyncBilling, AsyncChat, AsyncModels, AsyncUsage

        self.base_url: str = config.base_url
        """The API's base URL, without a trailing slash."""
        self.chat: AsyncChat = AsyncChat(self)
        """Chat completions."""
        self.models: AsyncModels = AsyncModels(self)
        """The models list."""
        self.usage: AsyncUsage = AsyncUsage(self)
        """Usage summaries."""
        self.billing: AsyncBilling = AsyncBilling(self)
        """The account balance."""
