"""A scripted gateway (an httpx mock transport) and clients on it, for the telemetry and
logging tests: no network, no real sleeps."""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Optional, Union

import httpx

import meganova
import zaguan

API_KEY = "sk-telemetry-0123456789abcdef"
AGENT_KEY = "agent_secret0123456789abcdef"
ZAGUAN_URL = "https://zaguan.test"
MEGANOVA_URL = "https://meganova.test/v1"
MODEL = "openai/gpt-4o-mini"
MESSAGES: Any = [{"role": "user", "content": "the secret prompt"}]

Reply = Union[httpx.Response, Exception]


def chat_json(**overrides: Any) -> Dict[str, Any]:
    """A chat completion reply."""
    body: Dict[str, Any] = {
        "id": "chatcmpl-42",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "the secret answer"},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
    }
    body.update(overrides)
    return body


def embeddings_json() -> Dict[str, Any]:
    """An embeddings reply."""
    return {
        "object": "list",
        "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}],
        "model": "bge-m3",
        "usage": {"prompt_tokens": 3, "total_tokens": 3},
    }


def chunk(content: Optional[str], finish: Optional[str] = None, **extra: Any) -> Dict[str, Any]:
    """One chat stream chunk."""
    delta: Dict[str, Any] = {} if content is None else {"content": content}
    body: Dict[str, Any] = {
        "id": "chatcmpl-s1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    body.update(extra)
    return body


def sse(*events: Any, done: bool = True) -> bytes:
    """An SSE body of these JSON events (and ``[DONE]``)."""
    text = "".join(f"data: {json.dumps(event)}\n\n" for event in events)
    return (text + ("data: [DONE]\n\n" if done else "")).encode()


def stream_chunks() -> bytes:
    """A three-chunk stream with usage in its last chunk."""
    return sse(
        chunk("the secret "),
        chunk("answer", "stop"),
        {**chunk(None), "choices": [], "usage": {"prompt_tokens": 5, "completion_tokens": 2}},
    )


def sse_response(body: bytes) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)


class Gateway:
    """Answers each request with the next scripted reply (the last one repeats) and keeps
    the requests."""

    def __init__(self, *replies: Reply) -> None:
        self.replies: List[Reply] = list(replies)
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        return reply

    def sync(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))

    def async_(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self))


def no_sleep(seconds: float) -> None:
    """Retries never wait."""


async def no_async_sleep(seconds: float) -> None:
    """Retries never wait."""


def zaguan_client(gateway: Gateway, **kwargs: Any) -> zaguan.ZaguanClient:
    return zaguan.ZaguanClient(
        base_url=ZAGUAN_URL,
        api_key=API_KEY,
        http_client=gateway.sync(),
        sleep=no_sleep,
        random=lambda: 0.0,
        **kwargs,
    )


def zaguan_async_client(gateway: Gateway, **kwargs: Any) -> zaguan.AsyncZaguanClient:
    return zaguan.AsyncZaguanClient(
        base_url=ZAGUAN_URL,
        api_key=API_KEY,
        http_client=gateway.async_(),
        sleep=no_async_sleep,
        random=lambda: 0.0,
        **kwargs,
    )


def meganova_client(gateway: Gateway, **kwargs: Any) -> meganova.MegaNova:
    return meganova.MegaNova(
        base_url=MEGANOVA_URL,
        api_key=API_KEY,
        http_client=gateway.sync(),
        sleep=no_sleep,
        random=lambda: 0.0,
        **kwargs,
    )


def json_reply(body: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


Handler = Callable[[httpx.Request], httpx.Response]


def cloud_agent(gateway: Gateway) -> meganova.CloudAgent:
    return meganova.CloudAgent(
        AGENT_KEY,
        base_url="https://agents.test",
        http_client=gateway.sync(),
        sleep=no_sleep,
        random=lambda: 0.0,
    )


def agent_reply() -> httpx.Response:
    """A cloud agent's chat reply that echoes the agent key (a careless server)."""
    return json_reply(
        {
            "response": f"hello from {AGENT_KEY}",
            "conversation_id": "c1",
            "message_id": "m1",
            "agent_id": "a1",
            "agent_name": "helper",
        }
    )
