"""Helpers of the Zaguan facade's tests: clients with an injected clock, canned replies, SSE.

(A plain module, not a package: a ``tests/zaguan`` package would shadow the SDK.)
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Optional

import httpx

from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan.models import ChatMessageParam

API_KEY = "zk-live-0123456789abcdef"
BASE_URL = "https://api.zaguan.test"
CHAT_URL = f"{BASE_URL}/v1/chat/completions"
HEALTH_URL = f"{BASE_URL}/health"
MODEL = "openai/gpt-4o-mini"
MESSAGES: List[ChatMessageParam] = [{"role": "user", "content": "Hi!"}]
SSE_HEADERS = {"content-type": "text/event-stream"}


class Sleeps(List[float]):
    """Every sleep the transport asked for, in seconds; nothing really waits."""

    def sync(self, seconds: float) -> None:
        self.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.append(seconds)


def make_client(sleeps: Sleeps, base_url: Optional[str] = BASE_URL, **kwargs: Any) -> ZaguanClient:
    kwargs.setdefault("api_key", API_KEY)
    return ZaguanClient(base_url=base_url, sleep=sleeps.sync, **kwargs)


def make_async_client(
    sleeps: Sleeps, base_url: Optional[str] = BASE_URL, **kwargs: Any
) -> AsyncZaguanClient:
    kwargs.setdefault("api_key", API_KEY)
    return AsyncZaguanClient(base_url=base_url, sleep=sleeps.async_, **kwargs)


def chat_json(content: str = "Hello!", **extra: Any) -> Dict[str, Any]:
    reply: Dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    }
    reply.update(extra)
    return reply


def chunk(choices: List[Dict[str, Any]], usage: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    data: Dict[str, Any] = {
        "id": "chatcmpl-s1",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": MODEL,
        "choices": choices,
    }
    if usage is not None:
        data["usage"] = usage
    return data


def sse_body(events: Iterable[Dict[str, Any]], done: bool = True) -> bytes:
    text = "".join(f"data: {json.dumps(event)}\n\n" for event in events)
    if done:
        text += "data: [DONE]\n\n"
    return text.encode()


def text_chunks(*parts: str) -> List[Dict[str, Any]]:
    """A plain streamed reply: one chunk per text part, then a finish chunk."""
    events = [
        chunk([{"index": 0, "delta": {"role": "assistant", "content": part}}]) for part in parts
    ]
    events.append(chunk([{"index": 0, "delta": {}, "finish_reason": "stop"}]))
    return events


def sent(request: Optional[httpx.Request]) -> httpx.Request:
    """A recorded request, narrowed from ``Optional``; fails the test when none was recorded."""
    assert request is not None, "no request was recorded"
    return request


def body_of(request: Optional[httpx.Request]) -> Any:
    """The JSON body of a recorded request; fails the test when no request was recorded."""
    return json.loads(sent(request).content)


def error_body(
    message: str, type_: Optional[str], fields: Dict[str, Any], nested: bool
) -> Dict[str, Any]:
    """A Zaguan error body with its case fields directly in ``error`` or in ``error.details``."""
    error: Dict[str, Any] = {"message": message}
    if type_ is not None:
        error["type"] = type_
    if nested:
        error["details"] = dict(fields)
    else:
        error.update(fields)
    return {"error": error}
