"""Iterating a streamed response as parsed items, for sync and async callers.

The body is an SSE event stream (chat chunks, Anthropic's message events), or JSON Lines when
the parse callback is a :class:`StreamSpec` that says so (message batch results). All
decisions (end of stream, error events, JSON decoding, error mapping) live in
:class:`_StreamCore` (SSE) and :class:`_LinesCore` (JSON Lines), which do no I/O;
:class:`Stream` and :class:`AsyncStream` only read bytes and release the connection, the same
way for both. An :class:`AsyncStream` made by :func:`deferred_stream` sends its request on
first use (``await``, ``async for`` or ``async with``), so that an async method can return it
without being awaited.
"""

from __future__ import annotations

import contextlib
import json
import sys
import warnings
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Generic,
    Iterable,
    Iterator,
    List,
    Optional,
    Sequence,
    Set,
    Tuple,
    Type,
    TypeVar,
    Union,
    overload,
)

import httpx

from ._errors import ErrorFactory, ErrorInfo, error_info_from_payload, redact, redact_value
from ._jsonl import JSONLinesDecoder, JSONLinesError
from ._sse import ServerSentEvent, SSEDecoder

if TYPE_CHECKING:
    from ._options import RequestOptions
    from ._telemetry import CallTelemetry
    from ._transport import AsyncTransport, RequestDescription

__all__ = [
    "PARSE_ERRORS",
    "SKIP",
    "AsyncStream",
    "Items",
    "Stream",
    "StreamSpec",
    "deferred_stream",
    "transport_error",
]

T = TypeVar("T")
S = TypeVar("S", bound="Stream[Any]")
A = TypeVar("A", bound="AsyncStream[Any]")

# Errors a parse callback raises when a payload has an unexpected shape.
PARSE_ERRORS: Tuple[Type[Exception], ...] = (
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
    RecursionError,  # absurdly deep JSON
)

# After [DONE] the body normally ends within bytes; reading it to the end lets the
# connection go back to the pool. A server that keeps talking past this is cut off.
_DRAIN_LIMIT = 64 * 1024


class Items(Tuple[Any, ...]):
    """What a parse callback returns for several items in place of one (one per choice of an
    event, say): the stream yields each of them, in order."""

    __slots__ = ()


#: What a parse callback returns for an item the caller does not get (an event type the SDK
#: does not know, say): the stream skips it and goes on. It is an empty :class:`Items`, so
#: that the per-event loop tells one item from any other number with one check.
SKIP: Any = Items()
_SKIP = SKIP


def _spread(values: Iterable[Any]) -> List[Any]:
    """``values`` with each :class:`Items` replaced by its items (and :data:`SKIP` by none)."""
    spread: List[Any] = []
    for value in values:
        if type(value) is Items:
            spread.extend(value)
        else:
            spread.append(value)
    return spread


class StreamSpec(Generic[T]):
    """How to read one streamed response, handed over where a parse callback goes
    (``transport.stream(req, StreamSpec(parse, ...))``); a plain callback reads an SSE stream.

    ``parse(data, request_id)`` turns one item's decoded JSON into what the stream yields (or
    :class:`Items`, or :data:`SKIP`). ``json_lines``: the body is JSON Lines, one item per line,
    ending where the body ends (message batch results). ``whole_body(data, request_id)``: what to
    yield when a server answers a streaming request with one JSON reply instead of events (the
    items the whole reply stands for); without it such a reply is the SDK's decode error.
    ``tail(request_id)``: the items to yield after the last one of a stream that reached its end
    (a closing summary item), once the response is released; a stream closed early, cut or
    failed yields none.
    """

    __slots__ = ("json_lines", "parse", "tail", "whole_body")

    def __init__(
        self,
        parse: Callable[[Any, str], T],
        *,
        json_lines: bool = False,
        whole_body: Optional[Callable[[Any, str], List[T]]] = None,
        tail: Optional[Callable[[str], Sequence[T]]] = None,
    ) -> None:
        self.parse = parse
        self.json_lines = json_lines
        self.whole_body = whole_body
        self.tail = tail

    def __call__(self, data: Any, request_id: str) -> T:
        return self.parse(data, request_id)


# json.loads checks its argument and matches whitespace around the value on every call,
# which costs about 0.7 us, more than half of parsing a typical ~250-byte chunk (1.1 us);
# the decoder's documented raw_decode skips that, and is worth 0.7 ms on a 1000-event stream
# (measured: benchmarks/stream_profile.py). One decoder serves every thread, as json.loads's
# own module-level decoder does.
_raw_decode = json.JSONDecoder().raw_decode


def _loads(data: str) -> Any:
    """``json.loads(data)`` for one event's data, faster; raises ``json.JSONDecodeError``."""
    try:
        value, end = _raw_decode(data)
    except json.JSONDecodeError:
        # Leading whitespace, or no JSON value at all: json.loads decides and explains.
        return json.loads(data)
    if end != len(data) and data[end:].strip(" \t\n\r"):
        raise json.JSONDecodeError("Extra data", data, end)
    return value


# Not decoded yet: the event is decoded on its own when `_StreamCore.handle` gets to it.
_UNDECODED: Any = object()


def _decode_together(events: List[ServerSentEvent]) -> List[Any]:
    """The JSON value of each event's data, decoded in one call where possible.

    One ``json.loads`` over the events of a read, joined as an array, costs 0.4 us less per
    event than one call per event (the decoder shares the keys it has seen within a call, and
    every chunk repeats the same keys): 0.4 ms of a 1000-event stream, about a tenth of its
    time (measured: benchmarks/stream_profile.py). Only events whose data opens a JSON object
    are joined, and the result is used only when it has one value per joined event; anything
    else (a malformed event included) leaves every event `_UNDECODED`, decoded on its own, so
    errors name the event that caused them and the events before it are still delivered.
    """
    undecoded = [_UNDECODED] * len(events)
    if len(events) < 2:  # a live token stream's usual read: nothing to share
        return undecoded
    joined = [sse.data for sse in events if sse.data[:1] == "{"]
    if len(joined) < 2:
        return undecoded
    try:
        values = json.loads("[" + ",".join(joined) + "]")
    except (ValueError, RecursionError):
        return undecoded
    if len(values) != len(joined):
        return undecoded
    if len(joined) == len(events):
        return values  # type: ignore[no-any-return]
    taken = iter(values)
    return [next(taken) if sse.data[:1] == "{" else _UNDECODED for sse in events]


def transport_error(
    errors: ErrorFactory,
    exc: httpx.HTTPError,
    request_id: Optional[str],
    secrets: Tuple[str, ...],
    prefix: str = "",
) -> Exception:
    """Map an httpx exception to the SDK's timeout or connection error."""
    detail = redact(str(exc), secrets) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return errors.timeout_error(
            f"{prefix}Request timed out ({type(exc).__name__}: {detail})", request_id
        )
    return errors.connection_error(
        f"{prefix}Connection error ({type(exc).__name__}: {detail})", request_id
    )


class _StreamCore(Generic[T]):
    """Per-stream state and every decision about one event; no I/O."""

    __slots__ = (
        "decoder",
        "done",
        "errors",
        "final_event",
        "headers",
        "parse_chunk",
        "request_id",
        "secrets",
        "status",
        "tail",
        "whole_body",
    )

    def __init__(
        self,
        response: httpx.Response,
        request_id: str,
        parse_chunk: Callable[[Any, str], T],
        errors: ErrorFactory,
        secrets: Tuple[str, ...],
        final_event: Optional[str],
    ) -> None:
        self.decoder = SSEDecoder()
        self.done = False
        self.errors = errors
        self.final_event = final_event
        self.headers = response.headers
        self.whole_body: Optional[Callable[[Any, str], List[T]]] = None
        self.tail: Optional[Callable[[str], Sequence[T]]] = None
        if isinstance(parse_chunk, StreamSpec):
            self.whole_body = parse_chunk.whole_body
            self.tail = parse_chunk.tail
            parse_chunk = parse_chunk.parse  # called per event: no wrapper in between
        self.parse_chunk = parse_chunk
        self.request_id = request_id
        self.secrets = secrets
        self.status = response.status_code

    def handle(self, sse: ServerSentEvent, payload: Any = _UNDECODED) -> Any:
        """The parsed chunk for one event (or :class:`Items`, or ``_SKIP``); raises the SDK's
        error for error events.

        ``payload`` is the event's data already decoded (by `_decode_together`), if it was.
        """
        if self.done:
            return _SKIP  # events after the terminator in the same read
        data = sse.data
        if data == "[DONE]":
            self.done = True
            return _SKIP
        event = sse.event
        if event == "error":
            raise self.errors.stream_error(self._error_info(data))
        if not data:
            return _SKIP
        if payload is _UNDECODED:
            try:
                payload = _loads(data)
            except (ValueError, RecursionError) as exc:
                raise self._decode_error(f"Stream event is not valid JSON: {exc}", data) from exc
        if type(payload) is dict and payload.get("error"):
            raise self.errors.stream_error(self._info_from(payload))
        try:
            value = self.parse_chunk(payload, self.request_id)
        except PARSE_ERRORS as exc:
            raise self._decode_error(
                f"Unexpected stream chunk: {type(exc).__name__}: {exc}", payload
            ) from exc
        # The final event by its SSE name, or by its payload's type for a server that sends
        # `data:` lines only (Anthropic's `message_stop` carries both).
        final = self.final_event
        if final is not None and (
            event == final or (type(payload) is dict and payload.get("type") == final)
        ):
            self.done = True
        return value

    def incomplete(self, exc: Optional[httpx.HTTPError] = None) -> Exception:
        """The error for a stream that ended, or was cut, before its terminator."""
        what = "[DONE]" if self.final_event is None else f"[DONE] or event {self.final_event!r}"
        if exc is None:
            return self.errors.connection_error(f"stream ended before {what}", self.request_id)
        return transport_error(
            self.errors, exc, self.request_id, self.secrets, f"stream ended before {what}: "
        )

    def _info_from(self, body: Any) -> ErrorInfo:
        # status None: the HTTP exchange itself succeeded; the failure came mid-stream.
        return error_info_from_payload(
            None, self.headers, body, self.request_id, secrets=self.secrets
        )

    def _error_info(self, data: str) -> ErrorInfo:
        try:
            body: Any = json.loads(data)
        except (ValueError, RecursionError):  # RecursionError: absurdly deep JSON
            body = data or None
        return self._info_from(body)

    def _decode_error(self, message: str, body: Any) -> Exception:
        message = redact(message, self.secrets)
        info = ErrorInfo(
            status=self.status,
            message=message,
            request_id=self.request_id,
            body=redact_value(body, self.secrets),
            headers=self.headers,
        )
        return self.errors.decode_error(message, info)

    def json_body(self, content: bytes) -> List[T]:
        """The items of a JSON body sent where events were expected; raises the SDK's error
        when it holds an error or cannot stand for the stream.

        Some servers answer a streaming request that fails late with a 200 JSON error body,
        and some (LiteLLM's mock) answer it with the whole reply: with a ``whole_body`` reader
        (:class:`StreamSpec`) that reply becomes the items it stands for, and the stream ends.
        """
        try:
            payload = json.loads(content)
        except (ValueError, RecursionError):
            raise self._decode_error(
                "Expected an event stream, got malformed JSON", content.decode("utf-8", "replace")
            ) from None
        if isinstance(payload, dict) and payload.get("error"):
            raise self.errors.stream_error(self._info_from(payload))
        if self.whole_body is None:
            raise self._decode_error("Expected an event stream, got a JSON body", payload)
        try:
            items = self.whole_body(payload, self.request_id)
        except PARSE_ERRORS as exc:
            raise self._decode_error(
                f"Expected an event stream, got a JSON body that is no whole reply: "
                f"{type(exc).__name__}: {exc}",
                payload,
            ) from exc
        self.done = True
        return _spread(items)


class _LinesCore(Generic[T]):
    """Per-body state of a JSON Lines stream and every decision about one line; no I/O.

    Each line's value goes to ``parse_item`` (a value ``{"error": ...}`` raises the SDK's
    stream error instead, as in an event stream); a line that is not JSON raises the SDK's
    decode error naming it. The body ends where the connection's body ends.
    """

    __slots__ = (
        "decoder",
        "done",
        "errors",
        "headers",
        "parse_item",
        "request_id",
        "secrets",
        "tail",
    )

    def __init__(
        self,
        response: httpx.Response,
        request_id: str,
        parse_item: Callable[[Any, str], T],
        errors: ErrorFactory,
        secrets: Tuple[str, ...],
        tail: Optional[Callable[[str], Sequence[T]]] = None,
    ) -> None:
        self.tail = tail
        self.decoder = JSONLinesDecoder()
        self.done = False
        self.errors = errors
        self.headers = response.headers
        self.parse_item = parse_item
        self.request_id = request_id
        self.secrets = secrets

    def feed(self, chunk: bytes) -> List[T]:
        """The items of the lines one read completed."""
        try:
            values = self.decoder.feed(chunk)
        except JSONLinesError as exc:
            raise self._decode_error(str(exc), exc.text) from exc
        return self._items(values) if values else []

    def finish(self) -> List[T]:
        """End of body: the item of a last line without its LF; the stream is complete."""
        try:
            values = self.decoder.flush()
        except JSONLinesError as exc:
            raise self._decode_error(str(exc), exc.text) from exc
        items = self._items(values)
        self.done = True
        return items

    def _items(self, values: List[Any]) -> List[T]:
        items: List[T] = []
        for value in values:
            if type(value) is dict and value.get("error"):
                info = error_info_from_payload(
                    None, self.headers, value, self.request_id, secrets=self.secrets
                )
                raise self.errors.stream_error(info)
            try:
                item = self.parse_item(value, self.request_id)
            except PARSE_ERRORS as exc:
                raise self._decode_error(
                    f"Unexpected JSON Lines item: {type(exc).__name__}: {exc}", value
                ) from exc
            items.append(item)
        return _spread(items)

    def incomplete(self, exc: httpx.HTTPError) -> Exception:
        """The error for a body cut (or timed out) before its end."""
        return transport_error(
            self.errors, exc, self.request_id, self.secrets, "the JSON Lines body was cut: "
        )

    def _decode_error(self, message: str, body: Any) -> Exception:
        message = redact(message, self.secrets)
        info = ErrorInfo(
            status=None,
            message=message,
            request_id=self.request_id,
            body=redact_value(body, self.secrets),
            headers=self.headers,
        )
        return self.errors.decode_error(message, info)


def _core_for(
    response: httpx.Response,
    request_id: str,
    parse_chunk: Callable[[Any, str], T],
    errors: ErrorFactory,
    secrets: Tuple[str, ...],
    final_event: Optional[str],
) -> Union[_StreamCore[T], _LinesCore[T]]:
    if isinstance(parse_chunk, StreamSpec) and parse_chunk.json_lines:
        return _LinesCore(
            response, request_id, parse_chunk.parse, errors, secrets, parse_chunk.tail
        )
    return _StreamCore(response, request_id, parse_chunk, errors, secrets, final_event)


class Stream(Generic[T]):
    """Parsed items of one streamed response; iterate it once (``for``, or ``next(stream)``).

    An SSE stream stops at ``data: [DONE]`` (or after ``final_event``), a JSON Lines body
    (see :class:`StreamSpec`) where it ends; the SDK's errors are raised
    for error events, malformed items, cut streams and timeouts. The connection is released when
    the stream is fully read, on ``close()``, on leaving ``with``, on error, on
    leaving a ``for`` loop early, and when a stream nobody read is garbage-collected
    (with a :class:`ResourceWarning`, since that is a bug in the caller's code).
    """

    def __init__(
        self,
        response: httpx.Response,
        request_id: str,
        parse_chunk: Callable[[Any, str], T],
        errors: ErrorFactory,
        *,
        secrets: Tuple[str, ...] = (),
        final_event: Optional[str] = None,
        telemetry: Optional[CallTelemetry] = None,
    ) -> None:
        self.response = response
        self.request_id = request_id
        core = _core_for(response, request_id, parse_chunk, errors, secrets, final_event)
        self._core = core
        self._iterator: Generator[T, None, None] = (
            _iterate_lines(core, response)
            if isinstance(core, _LinesCore)
            else _iterate(core, response)
        )
        # The call's span ends with the stream: at its end, on error, or when closed.
        self._telemetry = telemetry
        if telemetry is not None:
            self._iterator = _traced(self._iterator, telemetry)
        self._handed_out = False

    @classmethod
    def _adopt(cls: Type[S], stream: Stream[Any]) -> S:
        """A stream of this class (a subclass adding methods, such as a collector) that takes
        over ``stream``, made by the transport: its response, its state, its iterator."""
        self = cls.__new__(cls)
        self.response, self.request_id = stream.response, stream.request_id
        self._core, self._iterator = stream._core, stream._iterator
        self._telemetry = stream._telemetry
        self._handed_out = stream._handed_out
        stream._handed_out = True  # its finaliser leaves the connection to this object's
        return self

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.response.headers

    @property
    def completed(self) -> bool:
        """Whether the stream reached its end (``[DONE]``, its final event, or the end of a
        JSON Lines body), as opposed to being closed early."""
        return self._core.done

    def __iter__(self) -> Iterator[T]:
        # A thin guard per loop: leaving a `for` loop early (break, return, an exception)
        # closes the stream even while the Stream object itself is still referenced.
        self._handed_out = True
        return _guard(self._iterator)

    def __next__(self) -> T:
        return next(self._iterator)

    def __enter__(self: S) -> S:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop reading and release the connection; safe to call more than once."""
        self._iterator.close()
        # A generator that never started skips its finally block, so close here too.
        self.response.close()
        if self._telemetry is not None:
            self._telemetry.end()

    def __del__(self) -> None:
        # Once __iter__ has handed the generator to a for loop, the loop owns the connection
        # (this object may die first, as in `for chunk in transport.stream(...)`). Otherwise
        # nobody will release it: do it here, and say so, since the caller forgot to.
        if getattr(self, "_handed_out", True) or self.response.is_closed:
            return
        # Released before warning: warnings may be errors (-W error), and a finaliser's
        # exception is only printed.
        with contextlib.suppress(Exception):
            self.close()
        _warn_unclosed(self, "use it in a `with` block, or call .close(), when you stop early")


class AsyncStream(Generic[T]):
    """Async counterpart of :class:`Stream`: ``async for``, ``async with``, ``await close()``.

    Awaiting it returns the stream itself once its response has started (HTTP errors
    are raised there); ``async for`` and ``async with`` start it too. A stream dropped
    unclosed gives its connection back from the finaliser, on the event loop it was
    opened on: with a :class:`ResourceWarning` when nobody iterated it.
    """

    _opener: Optional[Callable[[], Awaitable[AsyncStream[T]]]]

    def __init__(
        self,
        response: httpx.Response,
        request_id: str,
        parse_chunk: Callable[[Any, str], T],
        errors: ErrorFactory,
        *,
        secrets: Tuple[str, ...] = (),
        final_event: Optional[str] = None,
        telemetry: Optional[CallTelemetry] = None,
    ) -> None:
        self._response: Optional[httpx.Response] = response
        self.request_id = request_id
        core = _core_for(response, request_id, parse_chunk, errors, secrets, final_event)
        self._core: Optional[Union[_StreamCore[T], _LinesCore[T]]] = core
        self._iterator: Optional[AsyncGenerator[T, None]] = (
            _aiterate_lines(core, response)
            if isinstance(core, _LinesCore)
            else _aiterate(core, response)
        )
        self._telemetry = telemetry
        if telemetry is not None:
            self._iterator = _atraced(self._iterator, telemetry)
        self._opener = None
        self._handed_out = False
        self._reader: Optional[object] = None
        self._loop = _running_loop()

    @classmethod
    def _deferred(
        cls: Type[A], opener: Callable[[], Awaitable[AsyncStream[Any]]], request_id: str
    ) -> A:
        """A stream (of this class) whose request ``opener`` sends on first use."""
        self = cls.__new__(cls)
        self._response = None
        self.request_id = request_id
        self._core = None
        self._iterator = None
        self._telemetry = None
        self._opener = opener
        self._handed_out = False
        self._reader = None
        self._loop = None
        return self

    @property
    def response(self) -> httpx.Response:
        """The HTTP response; a deferred stream has one once started (awaited or iterated)."""
        if self._response is None:
            raise RuntimeError("The stream has not started: await it, or iterate it, first")
        return self._response

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.response.headers

    @property
    def completed(self) -> bool:
        """Whether the stream reached its end (``[DONE]``, its final event, or the end of a
        JSON Lines body), as opposed to being closed early."""
        return self._core is not None and self._core.done

    async def _start(self: A) -> A:
        opener = self._opener
        if opener is not None:
            self._opener = None  # one request per stream, even if this one fails
            opened = await opener()
            self._response, opened._response = opened._response, None
            self._core, self._iterator = opened._core, opened._iterator
            self._telemetry, opened._telemetry = opened._telemetry, None
            self.request_id, self._loop = opened.request_id, opened._loop
        return self

    def __await__(self: A) -> Generator[Any, None, A]:
        return self._start().__await__()

    def __aiter__(self) -> AsyncIterator[T]:
        # A guard per loop, as in Stream: an `async for` left early (break, return, an
        # exception) releases the connection once the event loop finalises the guard, even
        # while this object is still referenced. The loop finalises it later, as a task: by
        # then the caller may read on (another loop, __anext__), so only the newest guard,
        # not superseded by a direct read, may close the stream.
        self._handed_out = True
        token = object()
        self._reader = token
        return _aguard(self, token)

    def __anext__(self) -> Awaitable[T]:
        # Not a coroutine: once started, each item costs the generator's own await only.
        self._reader = None  # read directly: no abandoned loop's guard closes it now
        iterator = self._iterator
        if iterator is None:
            return self._start_then_next()
        return iterator.__anext__()

    async def _start_then_next(self) -> T:
        await self._start()
        if self._iterator is None:  # closed before it started, or its request failed
            raise StopAsyncIteration
        return await self._iterator.__anext__()

    async def __aenter__(self: A) -> A:
        return await self._start()

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Stop reading and release the connection; safe to call more than once.

        A deferred stream that has not started never sends its request.
        """
        self._opener = None
        if self._iterator is not None:
            await self._iterator.aclose()
        if self._response is not None:
            await self._response.aclose()
        if self._telemetry is not None:
            self._telemetry.end()

    close = aclose

    def __del__(self) -> None:
        response = getattr(self, "_response", None)
        if response is None or response.is_closed:
            return
        with contextlib.suppress(Exception):  # nothing useful to do in a finaliser
            _release_later(response, self._loop)
        if not self._handed_out:  # an `async for` loop that broke off is not a mistake
            _warn_unclosed(
                self, "use it in an `async with` block, or `await .close()` it, when you stop early"
            )


@overload
def deferred_stream(
    transport: AsyncTransport,
    req: RequestDescription,
    parse_chunk: Callable[[Any, str], T],
    options: Optional[RequestOptions] = None,
    *,
    final_event: Optional[str] = None,
) -> AsyncStream[T]: ...


@overload
def deferred_stream(
    transport: AsyncTransport,
    req: RequestDescription,
    parse_chunk: Callable[[Any, str], Any],
    options: Optional[RequestOptions] = None,
    *,
    final_event: Optional[str] = None,
    stream_class: Type[A],
) -> A: ...


def deferred_stream(
    transport: AsyncTransport,
    req: RequestDescription,
    parse_chunk: Callable[[Any, str], Any],
    options: Optional[RequestOptions] = None,
    *,
    final_event: Optional[str] = None,
    stream_class: Type[AsyncStream[Any]] = AsyncStream,
) -> AsyncStream[Any]:
    """``transport.stream(...)`` as an :class:`AsyncStream` that sends its request on first
    use, so that a plain (not ``async``) method can return it: the caller may ``await`` it,
    ``async for`` over it or ``async with`` it. ``stream_class`` is a subclass to return
    (one that adds methods, such as a collector).

    The request is built now, once, without sending it: bad options or a body that cannot be
    sent raise here, at the call, ``stream.request_id`` is known at once (the caller's, else an
    ``X-Request-Id`` among the headers, else a fresh one), and the request sent on first use is
    that one (the body as it was at the call).
    """
    built = transport.build_request(req, options)

    def opener() -> Awaitable[AsyncStream[Any]]:
        return transport.stream(req, parse_chunk, options, final_event=final_event, built=built)

    return stream_class._deferred(opener, built[1])


def _warn_unclosed(stream: object, advice: str) -> None:
    warnings.warn(
        f"A streamed response (request id {getattr(stream, 'request_id', None)}) was "
        f"garbage-collected before it was read to the end or closed; its connection is "
        f"released now. To release it yourself, {advice}.",
        ResourceWarning,
        stacklevel=2,
        source=stream,
    )


def _running_loop() -> Any:
    """The running asyncio loop, or None (no asyncio loaded means no asyncio loop)."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


# Tasks closing abandoned responses: the event loop keeps only weak references to tasks.
_CLOSING: Set[Any] = set()


async def _aclose_quietly(response: httpx.Response) -> None:
    with contextlib.suppress(Exception):
        await response.aclose()


def _close_on(loop: Any, response: httpx.Response) -> None:
    task = loop.create_task(_aclose_quietly(response))
    _CLOSING.add(task)
    task.add_done_callback(_CLOSING.discard)


def _release_later(response: httpx.Response, loop: Any) -> None:
    """Close an async response from a finaliser, which cannot await.

    On the loop the stream was opened on: as a task when that loop is running in this
    thread, through ``call_soon_threadsafe`` from another thread. When that loop is gone
    (closed, or never known), the connection belongs to a dead loop: the close is driven
    by hand as far as it gets without one, which at least marks the response closed.
    """
    running = _running_loop()
    if running is not None and (loop is None or loop is running):
        _close_on(running, response)
        return
    if loop is not None and not loop.is_closed():
        with contextlib.suppress(RuntimeError):  # closed meanwhile
            loop.call_soon_threadsafe(_close_on, loop, response)
            return
    closing = response.aclose()
    try:
        for _ in range(100):  # a close that needs no loop finishes within a few steps
            closing.send(None)
    except Exception:  # StopIteration when done; anything else: nothing more to do
        pass
    finally:
        closing.close()


# The generators are module functions, not methods: a method's frame would hold the
# stream object, creating a reference cycle that delays closing an abandoned stream
# (and so releasing its connection) until the cyclic garbage collector runs.


def _traced(iterator: Generator[T, None, None], call: CallTelemetry) -> Generator[T, None, None]:
    """``iterator``, ending the call's telemetry when it ends: read to its end, failed (with
    the SDK's error), or closed early (a ``break``, ``close()``)."""
    try:
        yield from iterator
    except Exception as exc:
        call.end(exc)
        raise
    finally:
        call.end()


async def _atraced(
    iterator: AsyncGenerator[T, None], call: CallTelemetry
) -> AsyncGenerator[T, None]:
    """Async :func:`_traced`."""
    try:
        async for item in iterator:
            yield item
    except Exception as exc:
        call.end(exc)
        raise
    finally:
        try:
            await iterator.aclose()  # closed early: release the response now
        finally:
            call.end()


def _guard(iterator: Generator[T, None, None]) -> Generator[T, None, None]:
    try:
        yield from iterator
    finally:
        iterator.close()


async def _aguard(stream: AsyncStream[T], token: object) -> AsyncGenerator[T, None]:
    try:
        await stream._start()  # a deferred stream sends its request here
        iterator = stream._iterator
        if iterator is not None:  # None: closed before it started
            async for item in iterator:
                yield item
    finally:
        if stream._reader is token:  # still the stream's reader (see AsyncStream.__aiter__)
            await stream.aclose()


def _iterate(core: _StreamCore[T], response: httpx.Response) -> Generator[T, None, None]:
    try:
        if response.headers.get("content-type", "").startswith("application/json"):
            try:
                content = response.read()
            except httpx.HTTPError as exc:
                raise core.incomplete(exc) from exc
            yield from core.json_body(content)
        else:
            chunks = response.iter_bytes()
            decoder = core.decoder
            handle = core.handle
            try:
                # map(): the decoder is fed without an extra Python frame per read.
                for events in map(decoder.feed, chunks):
                    for sse, payload in zip(events, _decode_together(events)):
                        value = handle(sse, payload)
                        if type(value) is Items:  # several items, or none (SKIP)
                            yield from value
                        else:
                            yield value
                    if core.done:
                        break
                else:
                    # Lenient at the very end: a last event without its blank line still
                    # counts (some servers close right after "data: [DONE]\n").
                    for sse in decoder.flush():
                        value = handle(sse)
                        if type(value) is Items:
                            yield from value
                        else:
                            yield value
            except httpx.HTTPError as exc:
                raise core.incomplete(exc) from exc
            if not core.done:
                raise core.incomplete()
            drained = 0
            try:
                for chunk in chunks:
                    drained += len(chunk)
                    if drained > _DRAIN_LIMIT:
                        break
            except httpx.HTTPError:
                pass  # every event was delivered; a late failure changes nothing
    finally:
        response.close()
    if core.tail is not None:  # the stream reached its end: an unfinished one raised above
        yield from core.tail(core.request_id)


async def _aiterate(core: _StreamCore[T], response: httpx.Response) -> AsyncGenerator[T, None]:
    try:
        if response.headers.get("content-type", "").startswith("application/json"):
            try:
                content = await response.aread()
            except httpx.HTTPError as exc:
                raise core.incomplete(exc) from exc
            for item in core.json_body(content):
                yield item
        else:
            chunks = response.aiter_bytes()
            decoder = core.decoder
            handle = core.handle
            try:
                async for chunk in chunks:
                    events = decoder.feed(chunk)
                    for sse, payload in zip(events, _decode_together(events)):
                        value = handle(sse, payload)
                        if type(value) is Items:  # several items, or none (SKIP)
                            for item in value:
                                yield item
                        else:
                            yield value
                    if core.done:
                        break
                else:
                    for sse in decoder.flush():
                        value = handle(sse)
                        if type(value) is Items:
                            for item in value:
                                yield item
                        else:
                            yield value
            except httpx.HTTPError as exc:
                raise core.incomplete(exc) from exc
            if not core.done:
                raise core.incomplete()
            drained = 0
            try:
                async for chunk in chunks:
                    drained += len(chunk)
                    if drained > _DRAIN_LIMIT:
                        break
            except httpx.HTTPError:
                pass  # every event was delivered; a late failure changes nothing
    finally:
        await response.aclose()
    if core.tail is not None:  # the stream reached its end: an unfinished one raised above
        for item in core.tail(core.request_id):
            yield item


def _iterate_lines(core: _LinesCore[T], response: httpx.Response) -> Generator[T, None, None]:
    try:
        try:
            for chunk in response.iter_bytes():
                items = core.feed(chunk)
                if items:
                    yield from items
            yield from core.finish()
        except httpx.HTTPError as exc:
            raise core.incomplete(exc) from exc
    finally:
        response.close()
    if core.tail is not None:  # the body reached its end: a cut one raised above
        yield from core.tail(core.request_id)


async def _aiterate_lines(core: _LinesCore[T], response: httpx.Response) -> AsyncGenerator[T, None]:
    try:
        try:
            async for chunk in response.aiter_bytes():
                for item in core.feed(chunk):
                    yield item
            for item in core.finish():
                yield item
        except httpx.HTTPError as exc:
            raise core.incomplete(exc) from exc
    finally:
        await response.aclose()
    if core.tail is not None:  # the body reached its end: a cut one raised above
        for item in core.tail(core.request_id):
            yield item
