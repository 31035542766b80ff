"""Streamed chat replies as :class:`ChatStreamChunk` items, per the Meganova guideline."""

from __future__ import annotations

from types import TracebackType
from typing import AsyncIterator, Iterator, List, Optional, Type

import attrs
from _gateway_runtime import AsyncStream, Stream
from meganova_api.models import ChatCompletionChunk, FinishReason, TokenUsage
from meganova_api.types import Unset

__all__ = ["AsyncChatStream", "ChatStream", "ChatStreamChunk", "parse_chunk"]


@attrs.frozen
class ChatStreamChunk:
    """One piece of a streamed reply.

    ``delta`` is the new text of choice ``index`` ("" when the event carries none). The last
    item of a stream has ``done=True``, an empty delta, and the usage when the server sent it
    (ask with ``stream_options={"include_usage": True}``). ``chunk`` is the full typed event it
    came from (None on the ``done`` item), for tool-call fragments and everything else.
    """

    delta: str
    index: int = 0
    request_id: Optional[str] = None
    done: bool = False
    finish_reason: Optional[FinishReason] = None
    usage: Optional[TokenUsage] = None
    chunk: Optional[ChatCompletionChunk] = attrs.field(default=None, repr=False)


def parse_chunk(data: object, request_id: str) -> ChatCompletionChunk:
    """Build the typed chunk of one SSE event (the runtime's parse callback)."""
    chunk = ChatCompletionChunk.from_dict(data)  # type: ignore[arg-type]
    chunk._request_id = request_id
    return chunk


def _items(chunk: ChatCompletionChunk, request_id: str) -> List[ChatStreamChunk]:
    usage = chunk.usage if isinstance(chunk.usage, TokenUsage) else None
    if not chunk.choices:
        return [ChatStreamChunk("", 0, request_id, usage=usage, chunk=chunk)]
    items = []
    for choice in chunk.choices:
        delta = choice.delta
        content = None if isinstance(delta, Unset) else delta.content
        reason = choice.finish_reason
        items.append(
            ChatStreamChunk(
                content if isinstance(content, str) else "",
                choice.index,
                request_id,
                finish_reason=reason if isinstance(reason, FinishReason) else None,
                usage=usage,
                chunk=chunk,
            )
        )
    return items


class ChatStream:
    """A streamed chat reply: iterate it for :class:`ChatStreamChunk` items, once.

    Use it in a ``with`` block, or call ``close()``, to release the connection if you stop
    early; breaking out of a ``for`` loop releases it too.
    """

    def __init__(self, stream: Stream[ChatCompletionChunk]) -> None:
        self._stream = stream
        self.request_id: str = stream.request_id
        """The X-Request-Id of the call."""

    def __iter__(self) -> Iterator[ChatStreamChunk]:
        return _flatten(self._stream, self.request_id)

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
        self._stream.close()


class AsyncChatStream:
    """The async twin of :class:`ChatStream`: ``async for`` and ``async with``."""

    def __init__(self, stream: AsyncStream[ChatCompletionChunk]) -> None:
        self._stream = stream
        self.request_id: str = stream.request_id
        """The X-Request-Id of the call."""

    def __aiter__(self) -> AsyncIterator[ChatStreamChunk]:
        return _aflatten(self._stream, self.request_id)

    async def __aenter__(self) -> AsyncChatStream:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop reading and release the connection; safe to call more than once."""
        await self._stream.aclose()


# Module functions rather than methods, so an abandoned iterator does not keep the stream
# object alive through its frame (which would delay releasing the connection).
def _flatten(stream: Stream[ChatCompletionChunk], request_id: str) -> Iterator[ChatStreamChunk]:
    usage: Optional[TokenUsage] = None
    try:
        for chunk in stream:
            items = _items(chunk, request_id)
            usage = items[0].usage or usage
            yield from items
    finally:
        stream.close()
    yield ChatStreamChunk("", 0, request_id, done=True, usage=usage)


async def _aflatten(
    stream: AsyncStream[ChatCompletionChunk], request_id: str
) -> AsyncIterator[ChatStreamChunk]:
    usage: Optional[TokenUsage] = None
    try:
        async for chunk in stream:
            items = _items(chunk, request_id)
            usage = items[0].usage or usage
            for item in items:
                yield item
    finally:
        await stream.aclose()
    yield ChatStreamChunk("", 0, request_id, done=True, usage=usage)
