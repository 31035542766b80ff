"""Streamed chat replies as :class:`ChatStreamChunk` items, per the Meganova guideline."""

from __future__ import annotations

from types import TracebackType
from typing import Any, AsyncIterator, Iterator, List, Mapping, Optional, Type

import attrs

from _gateway_runtime import AsyncStream, Stream
from meganova_api.models import ChatCompletionChunk, FinishReason, TokenUsage

from .errors import APIResponseValidationError

__all__ = ["AsyncChatStream", "ChatStream", "ChatStreamChunk", "parse_event"]


@attrs.define(eq=False)
class ChatStreamChunk:
    """One piece of a streamed reply.

    ``delta`` is the new text of choice ``index`` ("" when the event carries none). The last
    item of a stream has ``done=True``, an empty delta, and the usage when the server sent it
    (ask with ``stream_options={"include_usage": True}``). ``chunk`` is the full typed event it
    came from (None on the ``done`` item), for tool-call fragments and everything else; it is
    built on first access, so a stream read only for its text never pays for it.
    """

    delta: str
    index: int = 0
    request_id: Optional[str] = None
    done: bool = False
    finish_reason: Optional[FinishReason] = None
    usage: Optional[TokenUsage] = None
    _event: Optional[Mapping[str, Any]] = attrs.field(default=None, repr=False, alias="event")
    _chunk: Optional[ChatCompletionChunk] = attrs.field(default=None, init=False, repr=False)

    @property
    def chunk(self) -> Optional[ChatCompletionChunk]:
        """The typed ``chat.completion.chunk`` event this piece came from."""
        if self._chunk is None and self._event is not None:
            try:
                self._chunk = ChatCompletionChunk.from_dict(self._event)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise APIResponseValidationError(
                    f"Could not read a stream chunk: {type(exc).__name__}: {exc}",
                    request_id=self.request_id,
                    body=self._event,
                ) from None
            self._chunk._request_id = self.request_id
        return self._chunk


def parse_event(data: Any, request_id: str) -> List[ChatStreamChunk]:
    """The pieces of one SSE event, one per choice (the runtime's parse callback).

    Reads the text, index, finish reason and usage straight from the decoded JSON; a shape
    error raises here, inside the runtime, which reports it as the SDK's decode error.
    """
    usage_data = data.get("usage")
    usage = TokenUsage.from_dict(usage_data) if usage_data else None
    choices = data["choices"]
    if not choices:
        return [ChatStreamChunk("", 0, request_id, usage=usage, event=data)]
    items = []
    for choice in choices:
        delta = choice.get("delta") or {}
        content = delta.get("content")
        reason = choice.get("finish_reason")
        items.append(
            ChatStreamChunk(
                content if isinstance(content, str) else "",
                choice["index"],
                request_id,
                False,
                FinishReason(reason) if reason else None,
                usage,
                data,
            )
        )
    return items


class ChatStream:
    """A streamed chat reply: iterate it for :class:`ChatStreamChunk` items, once.

    Use it in a ``with`` block, or call ``close()``, to release the connection if you stop
    early; breaking out of a ``for`` loop releases it too.
    """

    def __init__(self, stream: Stream[List[ChatStreamChunk]]) -> None:
        self._stream = stream
        self.request_id: str = stream.request_id
        """The X-Request-Id of the call."""

    def __iter__(self) -> Iterator[ChatStreamChunk]:
        # A new generator per loop, so that leaving a loop early (break) closes it and with
        # it the connection, even while the ChatStream object itself is still referenced.
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

    def __init__(self, stream: AsyncStream[List[ChatStreamChunk]]) -> None:
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
def _flatten(stream: Stream[List[ChatStreamChunk]], request_id: str) -> Iterator[ChatStreamChunk]:
    if stream.completed:
        return  # iterated before, to the end: there is nothing more, not even `done`
    usage: Optional[TokenUsage] = None
    try:
        for items in stream:
            usage = items[0].usage or usage
            yield from items
    finally:
        stream.close()
    if stream.completed:  # not after close(): the reply was not finished
        yield ChatStreamChunk("", 0, request_id, done=True, usage=usage)


async def _aflatten(
    stream: AsyncStream[List[ChatStreamChunk]], request_id: str
) -> AsyncIterator[ChatStreamChunk]:
    if stream.completed:
        return
    usage: Optional[TokenUsage] = None
    try:
        async for items in stream:
            usage = items[0].usage or usage
            for item in items:
                yield item
    finally:
        await stream.aclose()
    if stream.completed:
        yield ChatStreamChunk("", 0, request_id, done=True, usage=usage)
