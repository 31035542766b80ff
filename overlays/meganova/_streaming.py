"""Streamed chat replies as :class:`ChatStreamChunk` items, per the Meganova guideline."""

from __future__ import annotations

from collections.abc import Mapping as MappingABC
from typing import Any, Iterator, KeysView, List, Optional, Tuple, Union

import attrs

from meganova._runtime import AsyncStream, Items, Stream, StreamSpec
from meganova.generated.models import ChatCompletionChunk, FinishReason, TokenUsage

__all__ = ["AsyncChatStream", "ChatStream", "ChatStreamChunk", "chunk_reader"]


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
    """The new text of choice ``index``; "" when the event carries none, and on ``done``."""
    index: int = 0
    """The choice the piece belongs to (0 unless the request asked for ``n`` > 1)."""
    request_id: Optional[str] = None
    """The call's request id (the server's, when it answered one)."""
    done: bool = False
    """True on the last item of a stream that reached its end (``[DONE]``)."""
    finish_reason: Optional[FinishReason] = None
    """Why the choice ended (``stop``, ``length``, ``tool_calls``...), on its last piece."""
    usage: Optional[TokenUsage] = None
    """Token counts: on the event that carried them, and on the ``done`` item."""
    chunk: Optional[ChatCompletionChunk] = attrs.field(default=None, repr=False)
    """The typed event the piece came from (tool-call fragments and all); None on ``done``."""

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


# Bound once: looking a classmethod up binds it anew each time (0.04 us an event).
_parse_chunk = ChatCompletionChunk.from_dict
_new_piece = object.__new__


def chunk_reader() -> StreamSpec[Union[ChatStreamChunk, Items]]:
    """How a chat stream reads its response: the pieces of each event, one per choice, and
    once the stream has reached ``[DONE]``, the closing ``done`` item with the last usage seen.

    The event is parsed once, by the generated :class:`ChatCompletionChunk`, and every piece
    reads its fields from that: a missing ``delta`` is an empty one, a usage without counts
    reads 0, a value of the wrong type raises here, inside the runtime, which reports it as
    the SDK's decode error.
    """
    last_usage: Optional[TokenUsage] = None

    def parse(data: Any, request_id: str) -> Union[ChatStreamChunk, Items]:
        nonlocal last_usage
        chunk = _parse_chunk(data)
        chunk._request_id = request_id
        usage = chunk.usage
        if usage is not None:
            last_usage = usage
        choices = chunk.choices
        # The usual single-choice event gives its one piece as is, not in Items (that tuple
        # and the loop over it cost 0.1 us per event), and builds it field by field rather
        # than through attrs' __init__ (0.05 us less): the typed stream is held to 1.25x raw
        # httpx by `make bench`, and sat on that line before.
        if len(choices) == 1:
            choice = choices[0]
            piece = _new_piece(ChatStreamChunk)
            piece.delta = choice.delta.content or ""
            piece.index = choice.index
            piece.request_id = request_id
            piece.done = False
            piece.finish_reason = choice.finish_reason
            piece.usage = usage
            piece.chunk = chunk
            return piece
        if not choices:
            return Items((ChatStreamChunk("", 0, request_id, False, None, usage, chunk),))
        return Items(
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
        )

    def tail(request_id: str) -> List[ChatStreamChunk]:
        return [ChatStreamChunk("", 0, request_id, done=True, usage=last_usage)]

    return StreamSpec(parse, tail=tail)


class ChatStream(Stream[ChatStreamChunk]):
    """A streamed chat reply: iterate it for :class:`ChatStreamChunk` items, once.

    It is an iterator (``next(stream)`` works, and a ``for`` loop goes on where ``next``
    stopped). Use it in a ``with`` block, or call ``close()``, to release the connection if
    you stop early; breaking out of a ``for`` loop releases it too. ``request_id``,
    ``headers``, ``response`` and ``completed`` are those of the runtime's stream.
    """


class AsyncChatStream(AsyncStream[ChatStreamChunk]):
    """The async twin of :class:`ChatStream`: ``async for``, ``async with``, ``await``.

    ``client.chat.stream(...)`` returns it before sending anything: ``async for``, ``async
    with`` or ``await`` (which returns the stream once its response has started, raising HTTP
    errors there) sends the request. ``await stream.close()`` (or ``aclose()``) releases the
    connection when you stop early; leaving an ``async for`` loop does too.
    """
