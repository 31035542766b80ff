"""HTTP transports: one no-I/O core, and thin sync and async shells around httpx.

:class:`BaseTransport` builds requests, decides retries (through
:class:`~._retry.RetryState`) and maps failures to the SDK's exceptions.
:class:`SyncTransport` and :class:`AsyncTransport` only send, sleep and read.
Transports hold no per-call state, so one instance can serve many threads (sync)
or tasks (async) at once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random as _random
import time
from types import TracebackType
from typing import (
    Any,
    Awaitable,
    Callable,
    Dict,
    Generic,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
)

import httpx

from ._errors import ErrorInfo, error_info_from_response, redact
from ._options import ClientConfig, RequestOptions, to_timeout
from ._response import APIResponse
from ._retry import RetryState
from ._streaming import PARSE_ERRORS, AsyncStream, Stream, transport_error

__all__ = ["AsyncTransport", "BaseTransport", "RequestDescription", "SyncTransport"]

T = TypeVar("T")
ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)

#: What generated ``_get_kwargs(...)`` functions return: ``method``, ``url`` (a path
#: relative to the base URL, or an absolute URL), and optionally ``params`` (``None``
#: values are dropped), ``headers``, and one body: ``json``, ``content``, ``data``
#: (form fields) or ``files`` (multipart).
RequestDescription = Mapping[str, Any]


def _new_request_id() -> str:
    """A random version-4 UUID string, as ``str(uuid.uuid4())`` but about twice as fast
    (this runs once per call, so it is part of the per-request overhead)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _default_async_sleep() -> Callable[[float], Awaitable[None]]:
    # anyio's sleep also works under trio; httpx already depends on anyio, but we do
    # not require it, so asyncio.sleep is the fallback.
    try:
        import anyio
    except ImportError:  # pragma: no cover - anyio ships with httpx
        import asyncio

        return asyncio.sleep
    return anyio.sleep


class BaseTransport(Generic[ClientT]):
    """All transport logic that does no I/O; see :class:`SyncTransport` for usage."""

    def __init__(
        self,
        config: ClientConfig,
        http_client: ClientT,
        *,
        owns_client: bool,
        random: Callable[[], float],
        now: Callable[[], float],
    ) -> None:
        self._config = config
        self._client: ClientT = http_client
        self._owns_client = owns_client
        self._errors = config.errors
        self._policy = config.retry_policy()
        self._timeout = config.http_timeout
        self._random = random
        self._now = now
        self._secrets: Tuple[str, ...] = (config.api_key,) if config.api_key else ()
        self._base_url = config.base_url
        self._logger = logging.getLogger(config.logger_name)
        self._rid_header = config.request_id_header.lower()
        # Computed once: per call we only copy this dict. Keys are lower-case so a
        # caller's "authorization" replaces ours instead of being sent alongside it.
        self._headers: Dict[str, str] = _defaults(config)

    @property
    def config(self) -> ClientConfig:
        """The configuration this transport was built with."""
        return self._config

    @property
    def http_client(self) -> ClientT:
        """The underlying httpx client (the caller's own, if one was passed)."""
        return self._client

    def build_request(
        self, req: RequestDescription, options: Optional[RequestOptions] = None
    ) -> Tuple[httpx.Request, str]:
        """The ``httpx.Request`` for a request description, and the request id it carries."""
        # A client this transport created already carries the default headers (building
        # httpx's Headers per request is a measurable share of a call); a caller's client
        # does not, so they go on each request.
        headers: Dict[str, str] = {} if self._owns_client else self._headers.copy()
        extra = req.get("headers")
        if extra:
            _merge(headers, extra)
        request_id: Optional[str] = None
        timeout: Optional[httpx.Timeout] = None if self._owns_client else self._timeout
        removes_default = False
        if options is not None:
            if options.extra_headers:
                _merge(headers, options.extra_headers)
                removes_default = self._owns_client and None in options.extra_headers.values()
            request_id = options.request_id
            if options.timeout is not None:
                timeout = to_timeout(options.timeout)
        if request_id is None:
            request_id = headers.pop(self._rid_header, None) or _new_request_id()
        else:
            headers.pop(self._rid_header, None)
        url: str = req["url"]
        if not url.startswith(("http://", "https://")):
            url = self._base_url + url if url.startswith("/") else f"{self._base_url}/{url}"
        params = req.get("params")
        if params:
            params = {k: v for k, v in params.items() if v is not None}
        if removes_default:
            # A default header given as None must go; client-level headers cannot be removed
            # per request, so this request is built without them.
            full = self._headers.copy()
            _merge(full, options.extra_headers or {})  # type: ignore[union-attr]
            _merge(full, {k: v for k, v in headers.items() if k not in full})
            full[self._rid_header] = request_id
            request = httpx.Request(
                req["method"],
                url,
                params=params or None,
                headers=full,
                json=req.get("json"),
                content=req.get("content"),
                data=req.get("data"),
                files=req.get("files"),
                extensions={"timeout": (timeout or self._timeout).as_dict()},
            )
            return request, request_id
        # build_request (not httpx.Request) so that a caller's own client still applies its
        # default headers, cookies and event hooks. An owned client already has our headers
        # and timeout; only what differs per call is passed (httpx's header merging is a
        # measurable share of a call, so the request id is set on the built request).
        request = self._client.build_request(
            req["method"],
            url,
            params=params or None,
            headers=headers or None,
            json=req.get("json"),
            content=req.get("content"),
            data=req.get("data"),
            files=req.get("files"),
            timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
        )
        request.headers[self._rid_header] = request_id
        return request, request_id

    def retry_state(self, options: Optional[RequestOptions]) -> RetryState:
        """Fresh retry bookkeeping for one call."""
        max_retries = options.max_retries if options is not None else None
        return RetryState(self._policy, max_retries, random=self._random, now=self._now)

    def status_error(self, response: httpx.Response, request_id: str) -> Exception:
        """The SDK's exception for a non-2xx response whose body has been read."""
        try:
            content = response.content
        except httpx.ResponseNotRead:  # reading the error body failed mid-way
            content = b""
        info = error_info_from_response(
            response.status_code,
            response.headers,
            content,
            request_id,
            secrets=self._secrets,
            now=self._now(),
        )
        return self._errors.status_error(info)

    def transport_error(self, exc: httpx.HTTPError, request_id: str) -> Exception:
        """The SDK's timeout or connection exception for an httpx failure."""
        return transport_error(self._errors, exc, request_id, self._secrets)

    @staticmethod
    def wants_body_for_retry(response: httpx.Response) -> bool:
        """Whether the body must be read to time a retry: a 429 whose headers say no wait
        (some deployments put ``retry_after`` only in the error body)."""
        headers = response.headers
        return (
            response.status_code == 429
            and "retry-after" not in headers
            and "retry-after-ms" not in headers
        )

    def retry_headers(self, response: httpx.Response) -> Mapping[str, str]:
        """The headers to time a retry by, with a body's ``retry_after`` as ``Retry-After``."""
        if not self.wants_body_for_retry(response):
            return response.headers
        try:
            content = response.content
        except httpx.ResponseNotRead:
            return response.headers
        info = error_info_from_response(response.status_code, response.headers, content, None)
        if info.retry_after is None:
            return response.headers
        return {"retry-after": str(info.retry_after)}

    def closed_error(self, request_id: str) -> Exception:
        """The SDK's connection error for a call on a closed client."""
        return self._errors.connection_error(
            "The client is closed: create a new one to send requests", request_id
        )

    def log_retry(self, request: httpx.Request, request_id: str, delay: float, reason: str) -> None:
        """Say at INFO level that a call is retried, why, and after how long."""
        if self._logger.isEnabledFor(logging.INFO):
            self._logger.info(
                "%s %s failed with %s; retrying in %.2fs (request id %s)",
                request.method,
                request.url.copy_with(query=None),
                reason,
                delay,
                request_id,
            )

    def parse_response(
        self, response: httpx.Response, parse: Callable[[httpx.Response], T], request_id: str
    ) -> APIResponse[T]:
        """Run ``parse`` on a 2xx response, turning shape errors into the SDK's decode error."""
        try:
            value = parse(response)
        except PARSE_ERRORS as exc:
            message = redact(
                f"Could not parse the response body: {type(exc).__name__}: {exc}", self._secrets
            )
            info = ErrorInfo(
                status=response.status_code,
                message=message,
                request_id=request_id,
                body=redact(response.content.decode("utf-8", "replace"), self._secrets),
                headers=response.headers,
            )
            raise self._errors.decode_error(message, info) from exc
        return APIResponse(value, request_id, response.status_code, response.headers)


def _defaults(config: ClientConfig) -> Dict[str, str]:
    """The headers every request of this configuration carries: its own and the API key."""
    headers = {k.lower(): v for k, v in config.default_headers.items()}
    if config.api_key:
        headers["authorization"] = f"Bearer {config.api_key}"
    return headers


def _merge(headers: Dict[str, str], extra: Mapping[str, Optional[str]]) -> None:
    for key, value in extra.items():
        if value is None:
            headers.pop(key.lower(), None)  # None removes a header, e.g. a default one
        else:
            headers[key.lower()] = value


class SyncTransport(BaseTransport[httpx.Client]):
    """Blocking transport. Safe to share between threads.

    ``sleep``, ``random`` (a float in [0, 1)) and ``now`` (Unix time) are injectable
    so that tests never wait for real.
    """

    def __init__(
        self,
        config: ClientConfig,
        http_client: Optional[httpx.Client] = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
        now: Callable[[], float] = time.time,
    ) -> None:
        owns = http_client is None
        client = http_client or httpx.Client(timeout=config.http_timeout, headers=_defaults(config))
        super().__init__(config, client, owns_client=owns, random=random, now=now)
        self._sleep = sleep

    def request(
        self,
        req: RequestDescription,
        parse: Callable[[httpx.Response], T],
        options: Optional[RequestOptions] = None,
    ) -> APIResponse[T]:
        """Send a request (retrying as configured) and parse its 2xx response.

        Raises only the SDK's exceptions: ``status_error`` for a final non-2xx,
        ``timeout_error`` / ``connection_error`` for transport failures and
        ``decode_error`` when ``parse`` raises ValueError, KeyError, TypeError,
        IndexError or AttributeError.
        """
        request, request_id = self.build_request(req, options)
        response = self._send(request, request_id, options, stream=False)
        return self.parse_response(response, parse, request_id)

    def stream(
        self,
        req: RequestDescription,
        parse_chunk: Callable[[Any, str], T],
        options: Optional[RequestOptions] = None,
        *,
        final_event: Optional[str] = None,
    ) -> Stream[T]:
        """Open an SSE response and return it as a :class:`Stream` of parsed chunks.

        Retries happen only until a 2xx response's headers arrive; ``parse_chunk``
        receives each event's decoded JSON and the request id. The stream ends at
        ``data: [DONE]``, or after an event of type ``final_event`` (for APIs such
        as Anthropic Messages that end with ``message_stop`` and send no ``[DONE]``).
        """
        request, request_id = self.build_request(req, options)
        response = self._send(request, request_id, options, stream=True)
        return Stream(
            response,
            request_id,
            parse_chunk,
            self._errors,
            secrets=self._secrets,
            final_event=final_event,
        )

    def _send(
        self,
        request: httpx.Request,
        request_id: str,
        options: Optional[RequestOptions],
        *,
        stream: bool,
    ) -> httpx.Response:
        if self._client.is_closed:
            raise self.closed_error(request_id)
        retry: Optional[RetryState] = None  # created on first failure: free on success
        while True:
            try:
                response = self._client.send(request, stream=stream)
            except httpx.HTTPError as exc:
                retry = retry or self.retry_state(options)
                delay = retry.delay_after_exception(exc)
                if delay is None:
                    raise self.transport_error(exc, request_id) from exc
                self.log_retry(request, request_id, delay, type(exc).__name__)
                self._sleep(delay)
                continue
            if response.is_success:
                return response
            retry = retry or self.retry_state(options)
            if self.wants_body_for_retry(response):
                with contextlib.suppress(httpx.HTTPError):  # else the headers alone time it
                    response.read()
            delay = retry.delay_after_status(response.status_code, self.retry_headers(response))
            if delay is None:
                try:
                    response.read()
                except httpx.HTTPError:
                    pass  # the status is what matters; the body is a bonus
                finally:
                    response.close()
                raise self.status_error(response, request_id)
            response.close()
            self.log_retry(request, request_id, delay, f"HTTP {response.status_code}")
            self._sleep(delay)

    def close(self) -> None:
        """Close the httpx client if this transport created it; a caller's client is left open."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> SyncTransport:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncTransport(BaseTransport[httpx.AsyncClient]):
    """Asyncio (or trio, via anyio) transport. Safe to share between tasks.

    ``async_sleep`` defaults to ``anyio.sleep`` (``asyncio.sleep`` without anyio);
    ``random`` and ``now`` as for :class:`SyncTransport`.
    """

    def __init__(
        self,
        config: ClientConfig,
        http_client: Optional[httpx.AsyncClient] = None,
        *,
        async_sleep: Optional[Callable[[float], Awaitable[Any]]] = None,
        random: Callable[[], float] = _random.random,
        now: Callable[[], float] = time.time,
    ) -> None:
        owns = http_client is None
        client = http_client or httpx.AsyncClient(
            timeout=config.http_timeout, headers=_defaults(config)
        )
        super().__init__(config, client, owns_client=owns, random=random, now=now)
        self._sleep = async_sleep or _default_async_sleep()

    async def request(
        self,
        req: RequestDescription,
        parse: Callable[[httpx.Response], T],
        options: Optional[RequestOptions] = None,
    ) -> APIResponse[T]:
        """Async :meth:`SyncTransport.request`."""
        request, request_id = self.build_request(req, options)
        response = await self._send(request, request_id, options, stream=False)
        return self.parse_response(response, parse, request_id)

    async def stream(
        self,
        req: RequestDescription,
        parse_chunk: Callable[[Any, str], T],
        options: Optional[RequestOptions] = None,
        *,
        final_event: Optional[str] = None,
    ) -> AsyncStream[T]:
        """Async :meth:`SyncTransport.stream`: HTTP errors and retries happen while awaiting."""
        request, request_id = self.build_request(req, options)
        response = await self._send(request, request_id, options, stream=True)
        return AsyncStream(
            response,
            request_id,
            parse_chunk,
            self._errors,
            secrets=self._secrets,
            final_event=final_event,
        )

    async def _send(
        self,
        request: httpx.Request,
        request_id: str,
        options: Optional[RequestOptions],
        *,
        stream: bool,
    ) -> httpx.Response:
        if self._client.is_closed:
            raise self.closed_error(request_id)
        retry: Optional[RetryState] = None
        while True:
            try:
                response = await self._client.send(request, stream=stream)
            except httpx.HTTPError as exc:
                retry = retry or self.retry_state(options)
                delay = retry.delay_after_exception(exc)
                if delay is None:
                    raise self.transport_error(exc, request_id) from exc
                self.log_retry(request, request_id, delay, type(exc).__name__)
                await self._sleep(delay)
                continue
            if response.is_success:
                return response
            retry = retry or self.retry_state(options)
            if self.wants_body_for_retry(response):
                with contextlib.suppress(httpx.HTTPError):
                    await response.aread()
            delay = retry.delay_after_status(response.status_code, self.retry_headers(response))
            if delay is None:
                try:
                    await response.aread()
                except httpx.HTTPError:
                    pass  # the status is what matters; the body is a bonus
                finally:
                    await response.aclose()
                raise self.status_error(response, request_id)
            await response.aclose()
            self.log_retry(request, request_id, delay, f"HTTP {response.status_code}")
            await self._sleep(delay)

    async def aclose(self) -> None:
        """Close the httpx client if this transport created it; a caller's client is left open."""
        if self._owns_client:
            await self._client.aclose()

    close = aclose

    async def __aenter__(self) -> AsyncTransport:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.aclose()
