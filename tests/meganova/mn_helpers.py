"""Helpers of the Meganova facade's tests: clients with an injected clock, canned replies, SSE.

(A plain module, not a package: a ``tests/meganova`` package would shadow the SDK.)
"""

from __future__ import annotations

import json
from typing import Any, AsyncIterator, Callable, Dict, Iterator, List, Optional

import httpx
from pytest_httpx import HTTPXMock

from meganova import AsyncMegaNova, MegaNova
from meganova.types import ChatMessageParam

API_KEY = "sk-live-0123456789abcdef"
BASE_URL = "https://api.meganova.ai/v1"
CHAT_URL = f"{BASE_URL}/chat/completions"
MESSAGES: List[ChatMessageParam] = [{"role": "user", "content": "Hi!"}]
MODEL = "manta-flash"


class Sleeps(List[float]):
    """Every sleep the transport asked for, in seconds; nothing really waits."""

    def sync(self, seconds: float) -> None:
        self.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.append(seconds)


def chat_json(text: str = "Hello!", **extra: Any) -> Dict[str, Any]:
    """A complete chat reply whose single choice says ``text``."""
    body: Dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    }
    body.update(extra)
    return body


def chunk_json(
    text: Optional[str] = None,
    index: int = 0,
    finish_reason: Optional[str] = None,
    usage: Optional[Dict[str, int]] = None,
    no_choices: bool = False,
) -> Dict[str, Any]:
    """One ChatCompletionChunk payload."""
    choices: List[Dict[str, Any]] = []
    if not no_choices:
        delta: Dict[str, Any] = {} if text is None else {"content": text}
        choices.append({"index": index, "delta": delta, "finish_reason": finish_reason})
    body: Dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "model": MODEL,
        "choices": choices,
    }
    if usage is not None:
        body["usage"] = usage
    return body


def sse_event(payload: Any) -> bytes:
    """``data: <json>`` plus the blank line that dispatches it."""
    return b"data: " + json.dumps(payload).encode() + b"\n\n"


DONE = b"data: [DONE]\n\n"
USAGE = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}


def sse_body(*texts: str) -> bytes:
    """A whole SSE reply: one chunk per text, then a finish chunk with usage, then [DONE]."""
    events = [sse_event(chunk_json(text)) for text in texts]
    events.append(sse_event(chunk_json(finish_reason="stop")))
    events.append(sse_event(chunk_json(no_choices=True, usage=USAGE)))
    events.append(DONE)
    return b"".join(events)


SSE_HEADERS = {"content-type": "text/event-stream"}


class RecordingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body yielding ``chunks`` (an exception in the list is raised in its place)
    that records whether it was closed, i.e. whether the connection was released."""

    def __init__(self, chunks: List[Any]) -> None:
        self.chunks = chunks
        self.closed = False

    def _items(self) -> Iterator[bytes]:
        for item in self.chunks:
            if isinstance(item, BaseException):
                raise item
            yield item

    def __iter__(self) -> Iterator[bytes]:
        yield from self._items()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for item in self._items():
            yield item

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def sse_handler(body: RecordingStream) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=SSE_HEADERS, stream=body)

    return handler


def sent_request(httpx_mock: HTTPXMock) -> httpx.Request:
    """The one request ``httpx_mock`` saw (asserting there was exactly one)."""
    request = httpx_mock.get_request()
    assert request is not None
    return request


def make_client(sleeps: Sleeps, **kwargs: Any) -> MegaNova:
    """A sync client whose retries record their waits instead of sleeping (no jitter)."""
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("random", lambda: 0.0)
    return MegaNova(**kwargs, sleep=sleeps.sync, clock=lambda: 1_700_000_000.0)


def make_async_client(sleeps: Sleeps, **kwargs: Any) -> AsyncMegaNova:
    """The async twin of :func:`make_client`."""
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("random", lambda: 0.0)
    return AsyncMegaNova(**kwargs, sleep=sleeps.async_, clock=lambda: 1_700_000_000.0)
