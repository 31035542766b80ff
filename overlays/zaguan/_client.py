"""The Zaguan CoreX clients: :class:`ZaguanClient` (blocking) and :class:`AsyncZaguanClient`."""

from __future__ import annotations

from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Iterator,
    List,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
)

import httpx

from _gateway_runtime import (
    DEFAULT_TIMEOUT,
    AsyncStream,
    AsyncTransport,
    Call,
    ClientConfig,
    Stream,
    SyncTransport,
    TimeoutTypes,
    arun,
    env_setting,
    run,
)

if TYPE_CHECKING:
    from zaguan_api.models import (
        ChatChunk,
        ChatResponse,
        CreditsBalance,
        CreditsHistory,
        CreditsHistoryEntry,
        CreditsStats,
        HealthStatus,
        ModelCapabilities,
        ModelInfo,
    )

from ._version import __version__
from .errors import ERROR_TABLE, InvalidArgumentError

if TYPE_CHECKING:
    from ._calls import RequestLike


__all__ = ["DEFAULT_BASE_URL", "AsyncZaguanClient", "ZaguanClient"]

DEFAULT_BASE_URL = "https://api.zaguanai.com"
DEFAULT_MAX_RETRIES = 2
_UNSET_TIMEOUT: Any = object()
T = TypeVar("T")
# The per-call settings every method takes besides request_id: timeout, max_retries, extra_headers.
Overrides = Tuple[TimeoutTypes, Optional[int], Optional[Mapping[str, str]]]


def _config(
    base_url: Optional[str],
    api_key: Optional[str],
    timeout: Any,
    max_retries: int,
    default_headers: Optional[Mapping[str, str]],
) -> ClientConfig:
    key = env_setting(api_key, "ZAGUAN_API_KEY")
    if not key:
        raise InvalidArgumentError(
            "No API key: pass ZaguanClient(api_key=...) or set the ZAGUAN_API_KEY environment variable"
        )
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise InvalidArgumentError("max_retries must be an integer >= 0")
    url = (env_setting(base_url, "ZAGUAN_BASE_URL", DEFAULT_BASE_URL) or DEFAULT_BASE_URL).rstrip(
        "/"
    )
    # The documented base URL ends with /v1 while the paths carry it too (and /health does
    # not): accept both forms by removing it here.
    if url.endswith("/v1"):
        url = url[: -len("/v1")]
    headers = {"User-Agent": f"zaguan-python/{__version__}", **(default_headers or {})}
    return ClientConfig(
        base_url=url,
        api_key=key,
        timeout=DEFAULT_TIMEOUT if timeout is _UNSET_TIMEOUT else timeout,
        max_retries=max_retries,
        default_headers=headers,
        errors=ERROR_TABLE,
        logger_name="zaguan",
    )


class ZaguanClient:
    """Blocking client of Zaguan CoreX; safe to share between threads.

    ``base_url`` falls back to ``ZAGUAN_BASE_URL``, then production, and may end with ``/v1``
    or not. ``api_key`` falls back to ``ZAGUAN_API_KEY``. ``timeout`` is in seconds (or an
    ``httpx.Timeout``; None waits forever); ``max_retries`` applies to connection errors,
    timeouts, 408, 409, 429 and 5xx. Every method takes ``request_id`` (default: a fresh
    UUID), sent as ``X-Request-Id`` and kept across retries, plus per-call ``timeout``,
    ``max_retries`` and ``extra_headers``.
    """

    def __init__(
        self,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: TimeoutTypes = _UNSET_TIMEOUT,
        http_client: Optional[httpx.Client] = None,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        config = _config(base_url, api_key, timeout, max_retries, default_headers)
        self._transport = SyncTransport(config, http_client)
        # Here rather than at the top: the calls load the generated package, which
        # `import zaguan` need not pay for.
        from . import _calls

        self._calls = _calls
        self.base_url: str = config.base_url
        """The gateway's base URL, without ``/v1`` and a trailing slash."""

    def _run(self, call: Call[T], request_id: Optional[str], overrides: Overrides) -> T:
        return run(self._transport, call, self._calls.options(request_id, *overrides))

    def chat(
        self,
        request: RequestLike = None,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        **kwargs: Any,
    ) -> ChatResponse:
        """A chat completion. ``request`` is a ChatRequest or a dict; keyword arguments add to
        it or override its fields (``chat(model=..., messages=[...])`` works alone)."""
        call = Call(self._calls.chat_call(request, kwargs, stream=False), self._calls.CHAT_PARSE)
        return self._run(call, request_id, (timeout, max_retries, extra_headers))

    def chat_stream(
        self,
        request: RequestLike = None,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        **kwargs: Any,
    ) -> Stream[ChatChunk]:
        """A streamed chat completion: iterate the result for :class:`ChatChunk` events.

        Close it (or use ``with``) if you stop early; :func:`zaguan.collect_stream` folds it
        into one ChatResponse.
        """
        described = self._calls.chat_call(request, kwargs, stream=True)
        call_options = self._calls.options(request_id, timeout, max_retries, extra_headers)
        return self._transport.stream(described, self._calls.parse_chunk, call_options)

    def list_models(
        self,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> List[ModelInfo]:
        """Every model the key can use."""
        return self._run(self._calls.MODELS, request_id, (timeout, max_retries, extra_headers))

    def get_capabilities(
        self,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> List[ModelCapabilities]:
        """What each model supports (vision, tools, reasoning, context size)."""
        return self._run(
            self._calls.CAPABILITIES, request_id, (timeout, max_retries, extra_headers)
        )

    def get_credits_balance(
        self,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> CreditsBalance:
        """Credits left, tier and bands."""
        return self._run(self._calls.BALANCE, request_id, (timeout, max_retries, extra_headers))

    def get_credits_history(
        self,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> CreditsHistory:
        """One page of the credits history; pass the page's ``next_cursor`` for the next."""
        call = self._calls.history_call(limit, cursor)
        return self._run(call, request_id, (timeout, max_retries, extra_headers))

    def iter_credits_history(
        self,
        limit: Optional[int] = None,
        *,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Iterator[CreditsHistoryEntry]:
        """Every entry of the credits history, fetching page after page as you iterate."""
        self._calls.history_call(limit, None)  # validate before the first page is asked for
        cursor: Optional[str] = None
        while True:
            page = self.get_credits_history(
                limit, cursor, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
            )
            yield from page.entries
            cursor = page.next_cursor if isinstance(page.next_cursor, str) else None
            if not cursor:
                return

    def get_credits_stats(
        self,
        period: Optional[str] = None,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> CreditsStats:
        """Credits used over ``period`` (such as "day", "week", "month"), broken down."""
        call = self._calls.stats_call(period)
        return self._run(call, request_id, (timeout, max_retries, extra_headers))

    def health_check(
        self,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> HealthStatus:
        """Whether the gateway is up (``GET /health``)."""
        return self._run(self._calls.HEALTH, request_id, (timeout, max_retries, extra_headers))

    def close(self) -> None:
        """Close the connections (unless the ``http_client`` was yours)."""
        self._transport.close()

    def __enter__(self) -> ZaguanClient:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ZaguanClient(base_url={self.base_url!r})"


class AsyncZaguanClient:
    """Async client of Zaguan CoreX; safe to share between tasks. See :class:`ZaguanClient`."""

    def __init__(
        self,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: TimeoutTypes = _UNSET_TIMEOUT,
        http_client: Optional[httpx.AsyncClient] = None,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        config = _config(base_url, api_key, timeout, max_retries, default_headers)
        self._transport = AsyncTransport(config, http_client)
        from . import _calls

        self._calls = _calls
        self.base_url: str = config.base_url
        """The gateway's base URL, without ``/v1`` and a trailing slash."""

    async def _run(self, call: Call[T], request_id: Optional[str], overrides: Overrides) -> T:
        return await arun(self._transport, call, self._calls.options(request_id, *overrides))

    async def chat(
        self,
        request: RequestLike = None,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        **kwargs: Any,
    ) -> ChatResponse:
        """A chat completion; see :meth:`ZaguanClient.chat`."""
        call = Call(self._calls.chat_call(request, kwargs, stream=False), self._calls.CHAT_PARSE)
        return await self._run(call, request_id, (timeout, max_retries, extra_headers))

    async def chat_stream(
        self,
        request: RequestLike = None,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        **kwargs: Any,
    ) -> AsyncStream[ChatChunk]:
        """A streamed chat completion: ``async for`` over the result; see
        :meth:`ZaguanClient.chat_stream`."""
        described = self._calls.chat_call(request, kwargs, stream=True)
        call_options = self._calls.options(request_id, timeout, max_retries, extra_headers)
        return await self._transport.stream(described, self._calls.parse_chunk, call_options)

    async def list_models(
        self,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> List[ModelInfo]:
        """Every model the key can use."""
        return await self._run(
            self._calls.MODELS, request_id, (timeout, max_retries, extra_headers)
        )

    async def get_capabilities(
        self,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> List[ModelCapabilities]:
        """What each model supports (vision, tools, reasoning, context size)."""
        return await self._run(
            self._calls.CAPABILITIES, request_id, (timeout, max_retries, extra_headers)
        )

    async def get_credits_balance(
        self,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> CreditsBalance:
        """Credits left, tier and bands."""
        return await self._run(
            self._calls.BALANCE, request_id, (timeout, max_retries, extra_headers)
        )

    async def get_credits_history(
        self,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> CreditsHistory:
        """One page of the credits history; pass the page's ``next_cursor`` for the next."""
        call = self._calls.history_call(limit, cursor)
        return await self._run(call, request_id, (timeout, max_retries, extra_headers))

    async def iter_credits_history(
        self,
        limit: Optional[int] = None,
        *,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> AsyncIterator[CreditsHistoryEntry]:
        """Every entry of the credits history: ``async for`` fetches page after page."""
        self._calls.history_call(limit, None)
        cursor: Optional[str] = None
        while True:
            page = await self.get_credits_history(
                limit, cursor, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
            )
            for entry in page.entries:
                yield entry
            cursor = page.next_cursor if isinstance(page.next_cursor, str) else None
            if not cursor:
                return

    async def get_credits_stats(
        self,
        period: Optional[str] = None,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> CreditsStats:
        """Credits used over ``period`` (such as "day", "week", "month"), broken down."""
        call = self._calls.stats_call(period)
        return await self._run(call, request_id, (timeout, max_retries, extra_headers))

    async def health_check(
        self,
        *,
        request_id: Optional[str] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> HealthStatus:
        """Whether the gateway is up (``GET /health``)."""
        return await self._run(
            self._calls.HEALTH, request_id, (timeout, max_retries, extra_headers)
        )

    async def close(self) -> None:
        """Close the connections (unless the ``http_client`` was yours)."""
        await self._transport.aclose()

    async def __aenter__(self) -> AsyncZaguanClient:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncZaguanClient(base_url={self.base_url!r})"
