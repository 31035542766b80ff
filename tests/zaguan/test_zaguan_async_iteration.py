"""Streams as Python users expect them (``async for`` on the call itself, ``next()`` on a sync
stream, release of a forgotten stream), request ids on every method, cursors that repeat, and
the helpers of Zaguan's earlier SDK."""

from __future__ import annotations

import asyncio
import collections.abc
import gc
import json
from typing import Any, Awaitable, Callable, Dict, List

import pytest
from pytest_httpx import HTTPXMock

from zaguan import (
    AsyncStream,
    AsyncZaguanClient,
    ChatChunk,
    ChatResponse,
    Message,
    Stream,
    StreamAccumulator,
    ZaguanClient,
    acollect_stream,
    reconstruct_message_from_stream,
)
from zaguan.errors import APIResponseValidationError, BadRequestError, InvalidArgumentError

from .zg_helpers import (
    BASE_URL,
    CHAT_URL,
    MESSAGES,
    MODEL,
    SSE_HEADERS,
    chat_json,
    chunk,
    sse_body,
    text_chunks,
)


def add_stream(httpx_mock: HTTPXMock, *parts: str) -> None:
    httpx_mock.add_response(
        url=CHAT_URL, content=sse_body(text_chunks(*parts)), headers=SSE_HEADERS
    )


def text_of(chunks: List[ChatChunk]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


# --- async streams: `async for` on the call, `await`, `async with` ------------------------------


async def test_async_for_works_on_the_call_itself(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "Hel", "lo")
    chunks = [c async for c in aclient.chat_stream(model=MODEL, messages=MESSAGES)]
    assert all(isinstance(c, ChatChunk) for c in chunks)
    assert text_of(chunks) == "Hello"


async def test_await_still_returns_the_stream(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "a")
    stream = await aclient.chat_stream(model=MODEL, messages=MESSAGES)
    assert isinstance(stream, AsyncStream)
    assert len(httpx_mock.get_requests()) == 1  # the response has started
    assert text_of([c async for c in stream]) == "a"


async def test_async_with_works_on_the_call_and_on_its_await(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "a")
    add_stream(httpx_mock, "b")
    async with aclient.chat_stream(model=MODEL, messages=MESSAGES) as stream:
        assert text_of([c async for c in stream]) == "a"
    async with await aclient.chat_stream(model=MODEL, messages=MESSAGES) as stream:
        assert text_of([c async for c in stream]) == "b"


async def test_the_request_is_sent_on_first_use_with_the_id_known_before(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "a")
    stream = aclient.chat_stream({"model": MODEL, "messages": MESSAGES}, request_id="rid-lazy")
    assert stream.request_id == "rid-lazy"
    assert httpx_mock.get_requests() == []
    chunks = [c async for c in stream]
    request = httpx_mock.get_request()
    assert request is not None and request.headers["X-Request-Id"] == "rid-lazy"
    assert json.loads(request.content)["stream"] is True
    assert chunks[0].request_id == "rid-lazy"


async def test_an_http_error_is_raised_where_the_stream_starts(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=400, json={"error": {"message": "bad"}}, is_reusable=True)
    with pytest.raises(BadRequestError):
        async for _ in aclient.chat_stream(model=MODEL, messages=MESSAGES):
            pass
    with pytest.raises(BadRequestError):
        await aclient.chat_stream(model=MODEL, messages=MESSAGES)
    with pytest.raises(BadRequestError):
        async with aclient.chat_stream(model=MODEL, messages=MESSAGES):
            pass


async def test_bad_arguments_are_refused_at_the_call(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match="messages"):
        aclient.chat_stream(model=MODEL, messages=[])
    with pytest.raises(InvalidArgumentError, match="timeout"):
        aclient.chat_stream(model=MODEL, messages=MESSAGES, timeout=-1.0)
    with pytest.raises(InvalidArgumentError, match="temperature"):
        aclient.chat_stream(model=MODEL, messages=MESSAGES, temperature=float("nan"))
    assert httpx_mock.get_requests() == []


async def test_acollect_stream_takes_the_call_without_await(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "Hel", "lo")
    reply = await acollect_stream(aclient.chat_stream(model=MODEL, messages=MESSAGES))
    assert isinstance(reply, ChatResponse)
    assert reply.choices[0].message.content == "Hello"


# --- sync streams are iterators ------------------------------------------------------------------


def test_next_works_on_a_sync_stream(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    add_stream(httpx_mock, "a", "b")
    with client.chat_stream(model=MODEL, messages=MESSAGES) as stream:
        assert isinstance(stream, Stream)
        assert isinstance(stream, collections.abc.Iterator)
        first = next(stream)
        assert first.choices[0].delta.content == "a"
        assert text_of(list(stream)) == "b"


# --- a stream nobody reads gives its connection back ------------------------------------------


def test_a_dropped_unread_stream_warns_and_is_closed(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "a")
    stream = client.chat_stream(model=MODEL, messages=MESSAGES)
    response = stream.response
    with pytest.warns(ResourceWarning, match=r"`with` block, or call \.close\(\)"):
        del stream
        gc.collect()
    assert response.is_closed


async def test_a_dropped_unread_async_stream_warns_and_is_closed(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "a")
    stream = await aclient.chat_stream(model=MODEL, messages=MESSAGES)
    response = stream.response
    with pytest.warns(ResourceWarning, match="async with"):
        del stream
        gc.collect()
    for _ in range(5):  # the release runs as a task on the event loop
        await asyncio.sleep(0)
    assert response.is_closed


# --- request_id on every method: the X-Request-Id header, never a body field -------------------

CREDITS_PAGE: Dict[str, Any] = {"entries": [], "next_cursor": None}
REPLIES: Dict[str, Any] = {
    "chat": chat_json(),
    "chat_simple": chat_json(),
    "chat_with_system": chat_json(),
    "list_models": {"object": "list", "data": []},
    "get_capabilities": [],
    "get_credits_balance": {"credits_remaining": 1, "tier": "free", "bands": []},
    "get_credits_history": CREDITS_PAGE,
    "get_credits_stats": {"period": "day", "total_credits_used": 0},
    "health_check": {"status": "ok"},
}
SYNC_CALLS: Dict[str, Callable[[ZaguanClient, str], Any]] = {
    "chat": lambda c, rid: c.chat(model=MODEL, messages=MESSAGES, request_id=rid),
    "chat_request": lambda c, rid: c.chat({"model": MODEL, "messages": MESSAGES}, request_id=rid),
    "chat_stream": lambda c, rid: list(
        c.chat_stream(model=MODEL, messages=MESSAGES, request_id=rid)
    ),
    "chat_simple": lambda c, rid: c.chat_simple("hi", request_id=rid),
    "chat_with_system": lambda c, rid: c.chat_with_system("be brief", "hi", request_id=rid),
    "list_models": lambda c, rid: c.list_models(request_id=rid),
    "get_capabilities": lambda c, rid: c.get_capabilities(request_id=rid),
    "get_credits_balance": lambda c, rid: c.get_credits_balance(request_id=rid),
    "get_credits_history": lambda c, rid: c.get_credits_history(10, request_id=rid),
    "iter_credits_history": lambda c, rid: list(c.iter_credits_history(request_id=rid)),
    "get_credits_stats": lambda c, rid: c.get_credits_stats("day", request_id=rid),
    "health_check": lambda c, rid: c.health_check(request_id=rid),
}


def _reply_for(httpx_mock: HTTPXMock, name: str) -> None:
    if name == "chat_stream":
        add_stream(httpx_mock, "a")
    else:
        key = {"chat_request": "chat", "iter_credits_history": "get_credits_history"}.get(
            name, name
        )
        httpx_mock.add_response(json=REPLIES[key])


@pytest.mark.parametrize("name", sorted(SYNC_CALLS))
def test_request_id_is_the_header_of_every_method(
    client: ZaguanClient, httpx_mock: HTTPXMock, name: str
) -> None:
    _reply_for(httpx_mock, name)
    SYNC_CALLS[name](client, f"rid-{name}")
    request = httpx_mock.get_request()
    assert request is not None and request.headers["X-Request-Id"] == f"rid-{name}"
    if request.content:
        assert "request_id" not in json.loads(request.content)


ASYNC_CALLS: Dict[str, Callable[[AsyncZaguanClient, str], Awaitable[Any]]] = {
    "chat": lambda c, rid: c.chat(model=MODEL, messages=MESSAGES, request_id=rid),
    "chat_stream": lambda c, rid: acollect_stream(
        c.chat_stream(model=MODEL, messages=MESSAGES, request_id=rid)
    ),
    "chat_simple": lambda c, rid: c.chat_simple("hi", request_id=rid),
    "chat_with_system": lambda c, rid: c.chat_with_system("be brief", "hi", request_id=rid),
    "list_models": lambda c, rid: c.list_models(request_id=rid),
    "get_capabilities": lambda c, rid: c.get_capabilities(request_id=rid),
    "get_credits_balance": lambda c, rid: c.get_credits_balance(request_id=rid),
    "get_credits_history": lambda c, rid: c.get_credits_history(request_id=rid),
    "get_credits_stats": lambda c, rid: c.get_credits_stats(request_id=rid),
    "health_check": lambda c, rid: c.health_check(request_id=rid),
}


@pytest.mark.parametrize("name", sorted(ASYNC_CALLS))
async def test_async_request_id_is_the_header_of_every_method(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock, name: str
) -> None:
    _reply_for(httpx_mock, name)
    await ASYNC_CALLS[name](aclient, f"rid-{name}")
    request = httpx_mock.get_request()
    assert request is not None and request.headers["X-Request-Id"] == f"rid-{name}"
    if request.content:
        assert "request_id" not in json.loads(request.content)


# --- a cursor that comes back stops the iterator ------------------------------------------------

HISTORY_URL = f"{BASE_URL}/v1/credits/history"


def entry(n: int) -> Dict[str, Any]:
    return {"id": f"e{n}", "timestamp": "2025-01-01T00:00:00Z", "credits_debited": n}


def add_looping_history(httpx_mock: HTTPXMock) -> None:
    # Page 1 -> cursor "c1" -> page 2 -> cursor "c2" -> page 3 -> "c1" again.
    pages = [([entry(1)], "c1"), ([entry(2)], "c2"), ([entry(3)], "c1")]
    for entries, cursor in pages:
        httpx_mock.add_response(json={"entries": entries, "next_cursor": cursor})


def test_a_repeated_cursor_raises_instead_of_looping(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    add_looping_history(httpx_mock)
    seen: List[Any] = []
    with pytest.raises(APIResponseValidationError, match="'c1' a second time") as caught:
        seen.extend(
            item.id for item in client.iter_credits_history(limit=1, request_id="rid-pages")
        )
    assert seen == ["e1", "e2", "e3"]
    assert len(httpx_mock.get_requests()) == 3
    assert caught.value.request_id == "rid-pages"


async def test_async_a_repeated_cursor_raises_instead_of_looping(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    add_looping_history(httpx_mock)
    seen: List[Any] = []
    with pytest.raises(APIResponseValidationError):
        async for item in aclient.iter_credits_history(limit=1):
            seen.append(item.id)  # noqa: PERF401  # kept up to the error
    assert seen == ["e1", "e2", "e3"]
    assert len(httpx_mock.get_requests()) == 3


def test_the_same_cursor_back_to_back_raises_at_once(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"entries": [entry(1)], "next_cursor": "same"})
    httpx_mock.add_response(json={"entries": [entry(2)], "next_cursor": "same"})
    with pytest.raises(APIResponseValidationError):
        list(client.iter_credits_history())
    assert len(httpx_mock.get_requests()) == 2


# --- the helpers of Zaguan's earlier SDK ----------------------------------------------------------


def test_chat_simple_and_chat_with_system_send_the_messages(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json(), is_reusable=True)
    assert client.chat_simple("Hi").choices[0].message.content == "Hello!"
    client.chat_with_system("Be brief.", "Hi", model="google/gemini", timeout=5.0)
    first, second = (json.loads(r.content) for r in httpx_mock.get_requests())
    assert first == {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}
    assert second == {
        "model": "google/gemini",
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Hi"},
        ],
    }


async def test_async_chat_simple_and_chat_with_system(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json(), is_reusable=True)
    assert (await aclient.chat_simple("Hi")).choices[0].message.content == "Hello!"
    reply = await aclient.chat_with_system("Be brief.", "Hi")
    assert isinstance(reply, ChatResponse)


def tool_chunks() -> List[ChatChunk]:
    events = [
        chunk([{"index": 0, "delta": {"role": "assistant", "content": "Hel"}}]),
        chunk([{"index": 0, "delta": {"content": "lo"}}]),
        chunk([{"index": 0, "delta": {}, "finish_reason": "stop"}]),
    ]
    return [ChatChunk.from_dict(event) for event in events]


def test_stream_accumulator_folds_chunks_one_at_a_time() -> None:
    accumulator = StreamAccumulator()
    for item in tool_chunks():
        accumulator.add_chunk(item)
    message = accumulator.get_message()
    assert isinstance(message, Message)
    assert (message.role, message.content) == ("assistant", "Hello")
    assert accumulator.get_content() == "Hello"
    assert accumulator.get_response().choices[0].finish_reason == "stop"
    accumulator.reset()
    assert accumulator.get_content() == ""


def test_reconstruct_message_from_stream() -> None:
    assert reconstruct_message_from_stream(tool_chunks()).content == "Hello"
    assert reconstruct_message_from_stream([]).content is None
