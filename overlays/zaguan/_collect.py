"""Turning a streamed chat reply back into one :class:`ChatResponse`."""

from __future__ import annotations

from typing import Any, AsyncIterable, Callable, Iterable, Optional, TypeVar

from zaguan._runtime import ChatAccumulator
from zaguan.generated.models import ChatChunk, ChatResponse, ChatRole, Message

from .errors import APIResponseValidationError

M = TypeVar("M")

__all__ = [
    "StreamAccumulator",
    "acollect_stream",
    "collect_stream",
    "reconstruct_message_from_stream",
]


def collect_stream(stream: Iterable[ChatChunk]) -> ChatResponse:
    """Read a whole ``chat_stream()`` and return the reply it adds up to.

    Content is concatenated per choice, tool-call fragments merge by their index, each
    choice keeps its finish reason, and the usage chunk (if any) becomes ``usage``. The
    result's ``request_id`` is the stream's.
    """
    accumulator = ChatAccumulator()
    request_id = getattr(stream, "request_id", None)
    with _closing(stream):
        for chunk in stream:
            accumulator.add(chunk)
    return _response(accumulator, request_id)


async def acollect_stream(stream: AsyncIterable[ChatChunk]) -> ChatResponse:
    """The async twin of :func:`collect_stream`, for ``AsyncZaguanClient.chat_stream()``."""
    accumulator = ChatAccumulator()
    try:
        async for chunk in stream:
            accumulator.add(chunk)
    finally:
        close = getattr(stream, "aclose", None)
        if close is not None:
            await close()
    return _response(accumulator, getattr(stream, "request_id", None))


class StreamAccumulator:
    """Folds ``chat_stream()`` chunks one at a time, for code that handles each chunk as it
    comes and wants the whole message at the end (the name and methods of Zaguan's earlier
    SDK). :func:`collect_stream` does the same for a whole stream at once.
    """

    def __init__(self) -> None:
        self._accumulator = ChatAccumulator()

    def add_chunk(self, chunk: ChatChunk) -> None:
        """Fold one chunk in."""
        self._accumulator.add(chunk)

    def get_response(self) -> ChatResponse:
        """Everything folded so far, as one ChatResponse (every choice, usage if sent)."""
        return _response(self._accumulator, None)

    def get_message(self) -> Message:
        """The message of the first choice folded so far."""
        choices = self.get_response().choices
        if not choices:
            return Message(role=ChatRole.ASSISTANT, content=None)
        # The earlier SDK returned its request-side Message; the reply's message converts.
        return _parsed(Message.from_dict, choices[0].message.to_dict(), None)

    def get_content(self) -> str:
        """The text of the first choice folded so far ("" when there is none)."""
        content = self.get_message().content
        return content if isinstance(content, str) else ""

    def reset(self) -> None:
        """Forget every chunk, to fold another stream."""
        self._accumulator = ChatAccumulator()


def reconstruct_message_from_stream(chunks: Iterable[ChatChunk]) -> Message:
    """The first choice's whole message from a stream's chunks (as Zaguan's earlier SDK)."""
    accumulator = StreamAccumulator()
    for chunk in chunks:
        accumulator.add_chunk(chunk)
    return accumulator.get_message()


def _response(accumulator: ChatAccumulator, request_id: Optional[str]) -> ChatResponse:
    response = _parsed(ChatResponse.from_dict, accumulator.result(), request_id)
    response._request_id = request_id
    return response


def _parsed(parse: Callable[[Any], M], data: Any, request_id: Optional[str]) -> M:
    try:
        return parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            None,
            f"The stream does not add up to a chat reply: {type(exc).__name__}: {exc}",
            request_id,
            body=data,
        ) from None


class _closing:
    """Close the stream if it can be closed (plain iterables of chunks are fine too)."""

    def __init__(self, stream: object) -> None:
        self._close = getattr(stream, "close", None)

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc_info: object) -> None:
        if self._close is not None:
            self._close()
