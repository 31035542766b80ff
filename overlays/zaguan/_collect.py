"""Turning a streamed chat reply back into one :class:`ChatResponse`."""

from __future__ import annotations

from typing import AsyncIterable, Iterable, Optional

from _gateway_runtime import ChatAccumulator
from zaguan_api.models import ChatChunk, ChatResponse

from .errors import APIResponseValidationError

__all__ = ["acollect_stream", "collect_stream"]


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


def _response(accumulator: ChatAccumulator, request_id: Optional[str]) -> ChatResponse:
    reply = accumulator.result()
    try:
        response = ChatResponse.from_dict(reply)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            None,
            f"The stream does not add up to a chat reply: {type(exc).__name__}: {exc}",
            request_id,
            body=reply,
        ) from None
    response._request_id = request_id
    return response


class _closing:
    """Close the stream if it can be closed (plain iterables of chunks are fine too)."""

    def __init__(self, stream: object) -> None:
        self._close = getattr(stream, "close", None)

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc_info: object) -> None:
        if self._close is not None:
            self._close()
