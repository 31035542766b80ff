"""Streamed chat replies as :class:`ChatStreamChunk` items, per the Meganova guideline."""

from __future__ import annotations

from collections.abc import Mapping as MappingABC
from types import TracebackType
from typing import (
    Any,
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Generator,
    Iterator,
    KeysView,
    List,
    Optional,
    Tuple,
    Type,
    Union,
)

import attrs

from meganova._runtime import AsyncStream, Stream
from meganova.generated.models import ChatCompletionChunk, FinishReason, TokenUsage

__all__ = ["AsyncChatStream", "ChatStream", "ChatStreamChunk", "EventPieces", "parse_event"]


@attrs.define(eq=False)
class ChatStreamChunk:
    """One piece of a streamed reply.

    ``delta`` is the new text of choice ``index`` ("" when the event carries none). The last
    item of a stream has ``done=True``, an empty delta, and the usage when the server sent it
    (ask with ``stream_options={"include_usage": True}``). ``chunk`` is the full typed event it
    came from (None on the ``done`` item), for tool-call fragments and everything else; the
    other fields are read from it, so they agree with the generated models.

    It reads by key too, like the guideline's dicts: ``chunk["delta"]``, ``"usage" in chunk``,
    ``chunk.get("finish_reason")``, ``dict(chunk)``; the keys are :attr:`KEYS`.
    """

    KEYS = ("delta", "index", "request_id", "done", "finish_reason", "usage")

    delta: str
    index: int = 0
    request_id: Optional[str] = None
    done: bool = False
    finish_reason: Optional[FinishReason] = None
    usage: Optional[TokenUsage] = None
    chunk: Optional[ChatCompletionChunk] = attrs.field(default=None, repr=False)

    def __getitem__(self, key: str) -> Any:
        if key not in _CHUNK_KEYS:
            raise KeyError(key)
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in _CHUNK_KEYS

    def __iter__(self) -> Iterator[str]:
        return iter(self.KEYS)

    def __len__(self) -> int:
        return len(self.KEYS)

    def get(self, key: str, default: Any = None) -> Any:
        """The value of ``key``, or ``default`` when it is not one of :attr:`KEYS`."""
        return getattr(self, key) if key in _CHUNK_KEYS else default

    def keys(self) -> KeysView[str]:
        """:attr:`KEYS`, as a view."""
        return dict.fromkeys(self.KEYS).keys()

    def items(self) -> List[Tuple[str, Any]]:
        """Each key with its value."""
        return [(key, getattr(self, key)) for key in self.KEYS]

    def values(self) -> List[Any]:
        """Each value, in the order of :attr:`KEYS`."""
        return [getattr(self, key) for key in self.KEYS]


_CHUNK_KEYS = frozenset(ChatStreamChunk.KEYS)
# A virtual subclass: isinstance(chunk, Mapping) holds, while equality and hashing stay those
# of an object (Mapping's own __eq__ would make chunks unhashable).
MappingABC.register(ChatStreamChunk)


# What the runtime stream yields per event: the usual single-choice event's one piece, else a
# list of pieces (one per choice, or one for an event without choices). Not a list every time:
# that list and the `yield from` over it cost 0.1 us per event of the typed stream, which
# `make bench` holds to 1.25x raw httpx.
EventPieces = Union[ChatStreamChunk, List[ChatStreamChunk]]


def parse_event(data: Any, request_id: str) -> EventPieces:
    """The pieces of one SSE event, one per choice (the runtime's parse callback).

    The event is parsed once, by the generated :class:`ChatCompletionChunk`, and every piece
    reads its fields from that: a missing ``delta`` is an empty one, a usage without counts
    reads 0, a value of the wrong type raises here, inside the runtime, which reports it as
    the SDK's decode error.
    """
    chunk = ChatCompletionChunk.from_dict(data)
    chunk._request_id = request_id
    usage = chunk.usage
    choices = chunk.choices
    if len(choices) == 1:
        choice = choices[0]
        return ChatStreamChunk(
            choice.delta.content or "",
            choice.index,
            request_id,
            False,
            choice.finish_reason,
            usage,
            chunk,
        )
    if not choices:
        return [ChatStreamChunk("", 0, request_id, False, None, usage, chunk)]
    return [
        ChatStreamChunk(
            choice.delta.content or "",
            choice.index,
            request_id,
            False,
            choice.finish_reason,
            usage,
            chunk,
        )
        for choice in choices
    ]


class ChatStream:
    """A streamed chat reply: iterate it for :class:`ChatStreamChunk` items, once.

    It is an iterator (``next(stream)`` works, and a ``for`` loop goes on where ``next``
    stopped). Use it in a ``with`` block, or call ``close()``, to release the connection if
    you stop early; breaking out of a ``for`` loop releases it too.
    """

    def __init__(self, stream: Stream[EventPieces]) -> None:
        self._stream = stream
        self._items = _flatten(stream)

    @property
    def request_id(self) -> str:
        """The request id of the call (the server's, when it answered with one)."""
        return self._stream.request_id

    def __iter__(self) -> Iterator[ChatStreamChunk]:
        # A guard per loop, so that leaving a loop early (break) closes the items and with them
        # the connection, even while the ChatStream object itself is still referenced.
        return _guard(self._items)

    def __next__(self) -> ChatStreamChunk:
        return next(self._items)

    def __enter__(self) -> ChatStream:
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
        self._items.close()
        self._stream.close()


class AsyncChatStream:
    """The async twin of :class:`ChatStream`: ``async for``, ``async with``, ``await``.

    ``client.chat.stream(...)`` returns it before sending anything: ``async for``, ``async
    with`` or ``await`` (which returns the stream once its response has started, raising HTTP
    errors there) sends the request.
    """

    def __init__(self, stream: AsyncStream[EventPieces]) -> None:
        self._stream = stream
        self._items = _aflatten(stream)

    @property
    def request_id(self) -> str:
        """The request id of the call (the server's, when it answered with one)."""
        return self._stream.request_id

    async def _start(self) -> AsyncChatStream:
        await self._stream
        return self

    def __await__(self) -> Generator[Any, None, AsyncChatStream]:
        return self._start().__await__()

    def __aiter__(self) -> AsyncIterator[ChatStreamChunk]:
        # A guard per loop, as in ChatStream: an `async for` left early releases the
        # connection once the event loop finalises the guard, even while this object lives.
        return _aguard(self._items)

    def __anext__(self) -> Awaitable[ChatStreamChunk]:
        return self._items.__anext__()

    async def __aenter__(self) -> AsyncChatStream:
        return await self._start()

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop reading and release the connection; safe to call more than once."""
        await self._items.aclose()
        await self._stream.aclose()

    aclose = close


# Module functions rather than methods, so an abandoned iterator does not keep the stream
# object alive through its frame (which would delay releasing the connection).
def _guard(items: Generator[ChatStreamChunk, None, None]) -> Iterator[ChatStreamChunk]:
    try:
        yield from items
    finally:
        items.close()


async def _aguard(
    items: AsyncGenerator[ChatStreamChunk, None],
) -> AsyncGenerator[ChatStreamChunk, None]:
    try:
        async for item in items:
            yield item
    finally:
        await items.aclose()


def _flatten(stream: Stream[EventPieces]) -> Generator[ChatStreamChunk, None, None]:
    if stream.completed:
        return  # iterated before, to the end: there is nothing more, not even `done`
    usage: Optional[TokenUsage] = None
    try:
        for pieces in stream:
            if isinstance(pieces, ChatStreamChunk):
                usage = pieces.usage or usage
                yield pieces
            else:
                usage = pieces[0].usage or usage
                yield from pieces
    finally:
        stream.close()
    if stream.completed:  # not after close(): the reply was not finished
        yield ChatStreamChunk("", 0, stream.request_id, done=True, usage=usage)


async def _aflatten(
    stream: AsyncStream[EventPieces],
) -> AsyncGenerator[ChatStreamChunk, None]:
    if stream.completed:
        return
    usage: Optional[TokenUsage] = None
    try:
        async for pieces in stream:
            if isinstance(pieces, ChatStreamChunk):
                usage = pieces.usage or usage
                yield pieces
            else:
                usage = pieces[0].usage or usage
                for piece in pieces:
                    yield piece
    finally:
        await stream.aclose()
    if stream.completed:
        yield ChatStreamChunk("", 0, stream.request_id, done=True, usage=usage)
