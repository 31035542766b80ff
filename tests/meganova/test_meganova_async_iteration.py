"""Streams as Python users expect them (``async for`` on the call itself, ``next()`` on a sync
stream, chunks read by key, release of a forgotten stream), request ids on every method, and
the keyword arguments of chat calls (typed, passed through, extra_body and extra_query)."""

from __future__ import annotations

import asyncio
import collections.abc
import copy
import gc
import json
import pickle
import warnings
from typing import Any, Awaitable, Callable, Dict, List

import httpx
import pytest
from pytest_httpx import HTTPXMock

from meganova import AsyncChatStream, AsyncMegaNova, ChatStream, ChatStreamChunk, MegaNova
from meganova.errors import BadRequestError, InvalidArgumentError
from meganova.types import ChatMessageParam, ChatResponse

from .mn_helpers import (
    CHAT_URL,
    MESSAGES,
    MODEL,
    SSE_HEADERS,
    USAGE,
    RecordingStream,
    Sleeps,
    chat_json,
    chunk_json,
    make_async_client,
    sse_body,
    sse_event,
    sse_handler,
)


def add_stream(httpx_mock: HTTPXMock, *texts: str) -> None:
    httpx_mock.add_response(url=CHAT_URL, headers=SSE_HEADERS, content=sse_body(*texts))


def text(items: List[ChatStreamChunk]) -> str:
    return "".join(item.delta for item in items)


def body_of(httpx_mock: HTTPXMock) -> Any:
    request = httpx_mock.get_request()
    assert request is not None
    return json.loads(request.content)


# --- async streams: `async for` on the call, `await`, `async with` ------------------------------


async def test_async_for_works_on_the_call_itself(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "Hel", "lo")
    items = [item async for item in aclient.chat.stream(messages=MESSAGES, model=MODEL)]
    assert text(items) == "Hello"
    assert items[-1].done


async def test_await_and_async_with_still_work(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "a")
    add_stream(httpx_mock, "b")
    add_stream(httpx_mock, "c")
    stream = await aclient.chat.stream(messages=MESSAGES, model=MODEL)
    assert isinstance(stream, AsyncChatStream)
    assert len(httpx_mock.get_requests()) == 1
    assert text([item async for item in stream]) == "a"
    async with aclient.chat.stream(messages=MESSAGES, model=MODEL) as stream:
        assert text([item async for item in stream]) == "b"
    async with await aclient.chat.stream(messages=MESSAGES, model=MODEL) as stream:
        assert text([item async for item in stream]) == "c"


async def test_the_request_is_sent_on_first_use_with_the_id_known_before(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "a")
    stream = aclient.chat.stream(messages=MESSAGES, model=MODEL, request_id="rid-lazy")
    assert stream.request_id == "rid-lazy"
    assert httpx_mock.get_requests() == []
    first = await stream.__anext__()
    assert (first.delta, first.request_id) == ("a", "rid-lazy")
    request = httpx_mock.get_request()
    assert request is not None and request.headers["X-Request-Id"] == "rid-lazy"
    await stream.close()


async def test_create_stream_true_returns_a_started_stream(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "a")
    stream = await aclient.chat.create(messages=MESSAGES, model=MODEL, stream=True)
    assert isinstance(stream, AsyncChatStream)
    assert len(httpx_mock.get_requests()) == 1
    assert text([item async for item in stream]) == "a"


async def test_an_http_error_is_raised_where_the_stream_starts(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=400, json={"error": {"message": "bad"}}, is_reusable=True)
    with pytest.raises(BadRequestError):
        async for _ in aclient.chat.stream(messages=MESSAGES, model=MODEL):
            pass
    with pytest.raises(BadRequestError):
        await aclient.chat.stream(messages=MESSAGES, model=MODEL)
    with pytest.raises(BadRequestError):
        async with aclient.chat.stream(messages=MESSAGES, model=MODEL):
            pass


async def test_bad_arguments_are_refused_at_the_call(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match="messages"):
        aclient.chat.stream(messages=[], model=MODEL)
    with pytest.raises(InvalidArgumentError, match="timeout"):
        aclient.chat.stream(messages=MESSAGES, model=MODEL, timeout=-1.0)
    assert httpx_mock.get_requests() == []


# --- sync streams are iterators ------------------------------------------------------------------


def test_next_works_on_a_sync_stream(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    add_stream(httpx_mock, "a", "b")
    with client.chat.stream(messages=MESSAGES, model=MODEL) as stream:
        assert isinstance(stream, collections.abc.Iterator)
        assert next(stream).delta == "a"
        rest = list(stream)  # a loop goes on where next() stopped
    assert [item.delta for item in rest] == ["b", "", "", ""]
    assert rest[-1].done and rest[-1].usage is not None
    with pytest.raises(StopIteration):
        next(stream)


async def test_anext_works_on_an_async_stream(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "a", "b")
    async with aclient.chat.stream(messages=MESSAGES, model=MODEL) as stream:
        assert isinstance(stream, collections.abc.AsyncIterator)
        assert (await stream.__anext__()).delta == "a"
        rest = [item async for item in stream]
    assert rest[0].delta == "b"
    assert rest[-1].done


def test_two_choices_of_one_event_are_not_lost_between_next_and_for(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    event = chunk_json("x")
    event["choices"].append({"index": 1, "delta": {"content": "y"}, "finish_reason": None})
    httpx_mock.add_response(headers=SSE_HEADERS, content=sse_event(event) + b"data: [DONE]\n\n")
    stream = client.chat.stream(messages=MESSAGES, model=MODEL, n=2)
    assert next(stream).delta == "x"
    assert [(item.index, item.delta) for item in stream if not item.done] == [(1, "y")]


# --- a ChatStreamChunk reads by key --------------------------------------------------------------


def test_a_chunk_reads_by_key(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    add_stream(httpx_mock, "Hi")
    items = list(client.chat.stream(messages=MESSAGES, model=MODEL, request_id="rid-key"))
    first, last = items[0], items[-1]
    assert first["delta"] == "Hi" and first["index"] == 0 and first["request_id"] == "rid-key"
    assert "delta" in first and "chunk" not in first and "nope" not in first
    assert first.get("finish_reason") is None and first.get("nope", 7) == 7
    assert isinstance(first, collections.abc.Mapping)
    assert dict(first) == {
        "delta": "Hi",
        "index": 0,
        "request_id": "rid-key",
        "done": False,
        "finish_reason": None,
        "usage": None,
    }
    assert list(first.keys()) == list(ChatStreamChunk.KEYS) and len(first) == 6
    assert last["done"] is True and last["usage"]["total_tokens"] == USAGE["total_tokens"]
    with pytest.raises(KeyError):
        first["nope"]
    assert {first}  # still hashable, compared by identity


def test_a_chunk_pickles_and_copies(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    add_stream(httpx_mock, "Hi")
    first = next(iter(client.chat.stream(messages=MESSAGES, model=MODEL)))
    for clone in (pickle.loads(pickle.dumps(first)), copy.deepcopy(first)):
        assert isinstance(clone, ChatStreamChunk)
        assert dict(clone) == dict(first)
        assert clone.chunk is not None and clone.chunk.choices[0].delta.content == "Hi"


# --- a stream nobody reads gives its connection back ------------------------------------------


def test_a_dropped_unread_stream_warns_and_releases_the_connection(sleeps: Sleeps) -> None:
    body = RecordingStream([sse_event(chunk_json("a")), b"data: [DONE]\n\n"])
    http = httpx.Client(transport=httpx.MockTransport(sse_handler(body)))
    with MegaNova(api_key="sk-test-key-123", http_client=http) as client:
        stream = client.chat.stream(messages=MESSAGES, model=MODEL)
        with pytest.warns(ResourceWarning, match=r"`with` block, or call \.close\(\)"):
            del stream
            gc.collect()
    assert body.closed


async def test_a_dropped_unread_async_stream_warns_and_releases_the_connection(
    sleeps: Sleeps,
) -> None:
    body = RecordingStream([sse_event(chunk_json("a")), b"data: [DONE]\n\n"])
    http = httpx.AsyncClient(transport=httpx.MockTransport(sse_handler(body)))
    async with make_async_client(sleeps, http_client=http) as client:
        stream = await client.chat.stream(messages=MESSAGES, model=MODEL)
        with pytest.warns(ResourceWarning, match="async with"):
            del stream
            gc.collect()
        for _ in range(5):  # the release runs as a task on the event loop
            await asyncio.sleep(0)
    assert body.closed


async def test_a_stream_never_started_sends_nothing_and_does_not_warn(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        stream = aclient.chat.stream(messages=MESSAGES, model=MODEL)
        del stream
        gc.collect()
    assert httpx_mock.get_requests() == []


# --- request_id on every method: the X-Request-Id header, never a body field -------------------

BALANCE = {"balance": 1.5, "currency": "USD", "status": "active"}
MODEL_JSON = {"id": "m", "name": "M", "context_length": 8}
SUMMARY = {"from": "a", "to": "b", "total_tokens": 0, "total_cost": 0, "groups": []}
REPLIES: Dict[str, Any] = {
    "chat.create": chat_json(),
    "chat.completions.create": chat_json(),
    "models.list": {"object": "list", "data": [MODEL_JSON]},
    "models.get": MODEL_JSON,
    "usage.summary": SUMMARY,
    "billing.get_balance": BALANCE,
    "billing.get_user_instance_billings": BALANCE,
}
SYNC_CALLS: Dict[str, Callable[[MegaNova, str], Any]] = {
    "chat.create": lambda c, rid: c.chat.create(messages=MESSAGES, model=MODEL, request_id=rid),
    "chat.create(stream=True)": lambda c, rid: list(
        c.chat.create(messages=MESSAGES, model=MODEL, stream=True, request_id=rid)
    ),
    "chat.stream": lambda c, rid: list(
        c.chat.stream(messages=MESSAGES, model=MODEL, request_id=rid)
    ),
    "chat.completions.create": lambda c, rid: c.chat.completions.create(
        messages=MESSAGES, model=MODEL, request_id=rid
    ),
    "models.list": lambda c, rid: c.models.list(request_id=rid),
    "models.get": lambda c, rid: c.models.get("a/b", request_id=rid),
    "usage.summary": lambda c, rid: c.usage.summary(
        from_="2025-11-01", to="2025-11-30", request_id=rid
    ),
    "billing.get_balance": lambda c, rid: c.billing.get_balance(request_id=rid),
    "billing.get_user_instance_billings": lambda c, rid: c.billing.get_user_instance_billings(
        request_id=rid
    ),
}


def _reply_for(httpx_mock: HTTPXMock, name: str) -> None:
    if name in REPLIES:
        httpx_mock.add_response(json=REPLIES[name])
    else:
        add_stream(httpx_mock, "a")


def _assert_sent_as_header(httpx_mock: HTTPXMock, request_id: str) -> None:
    request = httpx_mock.get_request()
    assert request is not None and request.headers["X-Request-Id"] == request_id
    if request.content:
        assert "request_id" not in json.loads(request.content)


@pytest.mark.parametrize("name", sorted(SYNC_CALLS))
def test_request_id_is_the_header_of_every_method(
    client: MegaNova, httpx_mock: HTTPXMock, name: str
) -> None:
    _reply_for(httpx_mock, name)
    result = SYNC_CALLS[name](client, f"rid-{name}")
    _assert_sent_as_header(httpx_mock, f"rid-{name}")
    assert getattr(result, "request_id", f"rid-{name}") == f"rid-{name}"


ASYNC_CALLS: Dict[str, Callable[[AsyncMegaNova, str], Awaitable[Any]]] = {
    "chat.create": lambda c, rid: c.chat.create(messages=MESSAGES, model=MODEL, request_id=rid),
    "chat.completions.create": lambda c, rid: c.chat.completions.create(
        messages=MESSAGES, model=MODEL, request_id=rid
    ),
    "models.list": lambda c, rid: c.models.list(request_id=rid),
    "models.get": lambda c, rid: c.models.get("a/b", request_id=rid),
    "usage.summary": lambda c, rid: c.usage.summary(
        from_="2025-11-01", to="2025-11-30", request_id=rid
    ),
    "billing.get_balance": lambda c, rid: c.billing.get_balance(request_id=rid),
    "billing.get_user_instance_billings": lambda c, rid: c.billing.get_user_instance_billings(
        request_id=rid
    ),
}


@pytest.mark.parametrize("name", sorted(ASYNC_CALLS))
async def test_async_request_id_is_the_header_of_every_method(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock, name: str
) -> None:
    _reply_for(httpx_mock, name)
    await ASYNC_CALLS[name](aclient, f"rid-{name}")
    _assert_sent_as_header(httpx_mock, f"rid-{name}")


async def test_async_stream_request_ids_are_headers(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    add_stream(httpx_mock, "a")
    add_stream(httpx_mock, "b")
    [_ async for _ in aclient.chat.stream(messages=MESSAGES, model=MODEL, request_id="r1")]
    stream = await aclient.chat.create(messages=MESSAGES, model=MODEL, stream=True, request_id="r2")
    [_ async for _ in stream]
    sent = [r.headers["X-Request-Id"] for r in httpx_mock.get_requests()]
    assert sent == ["r1", "r2"]
    assert all("request_id" not in json.loads(r.content) for r in httpx_mock.get_requests())


# --- the keywords of chat calls ------------------------------------------------------------------


def test_unknown_keywords_go_into_the_body_as_the_guideline_asks(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat.create(  # type: ignore[call-overload]  # not a field the SDK knows
        messages=MESSAGES, model=MODEL, character_id="luna", timeout=5.0
    )
    assert body_of(httpx_mock) == {"messages": MESSAGES, "model": MODEL, "character_id": "luna"}


def test_extra_body_and_extra_query_reach_the_request(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat.create(
        messages=MESSAGES,
        model=MODEL,
        temperature=0.1,
        extra_body={"temperature": 0.3, "character_id": "luna"},
        extra_query={"trace": "1"},
        extra_headers={"X-Trace": "t"},
    )
    request = httpx_mock.get_request()
    assert request is not None
    assert json.loads(request.content)["temperature"] == 0.3  # extra_body wins
    assert json.loads(request.content)["character_id"] == "luna"
    assert request.url.params["trace"] == "1" and request.headers["X-Trace"] == "t"


async def test_async_stream_takes_extra_body(aclient: AsyncMegaNova, httpx_mock: HTTPXMock) -> None:
    add_stream(httpx_mock, "a")
    [_ async for _ in aclient.chat.stream(messages=MESSAGES, model=MODEL, extra_body={"x": 1})]
    assert body_of(httpx_mock) == {"messages": MESSAGES, "model": MODEL, "stream": True, "x": 1}


def test_messages_may_be_any_iterable(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json(), is_reusable=True)
    messages: List[ChatMessageParam] = [{"role": "user", "content": "Hi!"}]
    client.chat.create(messages=tuple(messages), model=MODEL)  # type: ignore[call-overload]
    client.chat.create(messages=(m for m in messages), model=MODEL)  # type: ignore[call-overload]
    bodies = [json.loads(r.content)["messages"] for r in httpx_mock.get_requests()]
    assert bodies == [messages, messages]


def test_a_missing_model_or_messages_is_refused_before_sending(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match="model"):
        client.chat.create(messages=MESSAGES)  # type: ignore[call-overload]
    with pytest.raises(InvalidArgumentError, match="messages"):
        client.chat.stream(model=MODEL)  # type: ignore[call-arg]
    assert httpx_mock.get_requests() == []


def test_chat_create_returns_a_chat_response(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json())
    assert isinstance(client.chat.create(messages=MESSAGES, model=MODEL), ChatResponse)
    assert isinstance(ChatStream, type)
