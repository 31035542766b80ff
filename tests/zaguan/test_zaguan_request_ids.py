"""X-Request-Id: a fresh UUID or the caller's id, kept across retries, reported everywhere."""

from __future__ import annotations

import uuid

import httpx
import pytest
from pytest_httpx import HTTPXMock

from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    BadRequestError,
    InternalServerError,
)

from .zg_helpers import MESSAGES, MODEL, SSE_HEADERS, Sleeps, chat_json, sse_body, text_chunks

REQUEST = {"model": MODEL, "messages": MESSAGES}


def sent_ids(httpx_mock: HTTPXMock) -> list:  # type: ignore[type-arg]
    return [r.headers["X-Request-Id"] for r in httpx_mock.get_requests()]


def test_default_request_id_is_a_fresh_uuid(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat(REQUEST)
    (sent,) = sent_ids(httpx_mock)
    assert uuid.UUID(sent).version == 4


def test_default_request_id_differs_per_call(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json(), is_reusable=True)
    for _ in range(3):
        client.chat(REQUEST)
    ids = sent_ids(httpx_mock)
    assert len(set(ids)) == 3


async def test_async_default_request_id_differs_per_call(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json(), is_reusable=True)
    await aclient.chat(REQUEST)
    await aclient.chat(REQUEST)
    first, second = sent_ids(httpx_mock)
    assert first != second
    assert uuid.UUID(first).version == 4


def test_given_request_id_is_sent(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat(REQUEST, request_id="my-req-42")
    assert sent_ids(httpx_mock) == ["my-req-42"]


@pytest.mark.parametrize(
    "method",
    ["list_models", "get_capabilities", "get_credits_balance", "get_credits_stats", "health_check"],
)
def test_given_request_id_is_sent_by_every_get_method(
    client: ZaguanClient, httpx_mock: HTTPXMock, method: str
) -> None:
    bodies = {
        "list_models": {"object": "list", "data": []},
        "get_capabilities": [],
        "get_credits_balance": {"credits_remaining": 1, "tier": "free", "bands": []},
        "get_credits_stats": {"period": "day", "total_credits_used": 0},
        "health_check": {"status": "ok"},
    }
    httpx_mock.add_response(json=bodies[method])
    getattr(client, method)(request_id=f"rid-{method}")
    assert sent_ids(httpx_mock) == [f"rid-{method}"]


def test_same_request_id_on_every_retry(
    client: ZaguanClient, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_response(status_code=503, json={"error": {"message": "busy"}})
    httpx_mock.add_response(status_code=503, json={"error": {"message": "busy"}})
    httpx_mock.add_response(json=chat_json("finally"))
    reply = client.chat(REQUEST)
    ids = sent_ids(httpx_mock)
    assert len(ids) == 3
    assert len(set(ids)) == 1
    assert reply.request_id == ids[0]
    assert reply.choices[0].message.content == "finally"
    assert len(sleeps) == 2


def test_given_request_id_is_kept_on_every_retry(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(json=chat_json())
    client.chat(REQUEST, request_id="idem-1")
    assert sent_ids(httpx_mock) == ["idem-1", "idem-1", "idem-1"]


async def test_async_same_request_id_on_every_retry(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(json=chat_json())
    reply = await aclient.chat(REQUEST)
    ids = sent_ids(httpx_mock)
    assert len(ids) == 3 and len(set(ids)) == 1
    assert reply.request_id == ids[0]
    assert len(sleeps) == 2


def test_same_request_id_on_every_retry_after_connection_errors(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(json=chat_json())
    client.chat(REQUEST, request_id="idem-2")
    assert sent_ids(httpx_mock) == ["idem-2", "idem-2"]


def test_response_carries_the_request_id(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json())
    reply = client.chat(REQUEST)
    assert reply.request_id == sent_ids(httpx_mock)[0]


def test_every_list_item_carries_the_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"object": "list", "data": [{"id": "a"}, {"id": "b"}]})
    models = client.list_models(request_id="rid-models")
    assert [m.request_id for m in models] == ["rid-models", "rid-models"]


def test_stream_and_each_chunk_carry_the_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=sse_body(text_chunks("a", "b")), headers=SSE_HEADERS)
    with client.chat_stream(REQUEST) as stream:
        chunks = list(stream)
    sent = sent_ids(httpx_mock)[0]
    assert stream.request_id == sent
    assert [c.request_id for c in chunks] == [sent] * len(chunks)


async def test_async_stream_and_each_chunk_carry_the_given_request_id(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=sse_body(text_chunks("a")), headers=SSE_HEADERS)
    stream = await aclient.chat_stream(REQUEST, request_id="rid-stream")
    async with stream:
        chunks = [c async for c in stream]
    assert stream.request_id == "rid-stream"
    assert {c.request_id for c in chunks} == {"rid-stream"}
    assert sent_ids(httpx_mock) == ["rid-stream"]


def test_status_error_carries_the_request_id(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=400, json={"error": {"message": "bad"}})
    with pytest.raises(BadRequestError) as info:
        client.chat(REQUEST)
    assert info.value.request_id == sent_ids(httpx_mock)[0]


def test_error_after_retries_carries_the_shared_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    for _ in range(3):
        httpx_mock.add_response(status_code=500, json={"error": {"message": "boom"}})
    with pytest.raises(InternalServerError) as info:
        client.chat(REQUEST, request_id="rid-500")
    assert info.value.request_id == "rid-500"
    assert sent_ids(httpx_mock) == ["rid-500"] * 3


def test_connection_error_carries_the_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"), is_reusable=True)
    with pytest.raises(APIConnectionError) as info:
        client.chat(REQUEST, request_id="rid-conn")
    assert info.value.request_id == "rid-conn"


def test_validation_error_carries_the_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=b"{not json", headers={"content-type": "application/json"})
    with pytest.raises(APIResponseValidationError) as info:
        client.chat(REQUEST, request_id="rid-json")
    assert info.value.request_id == "rid-json"


def test_stream_opening_error_carries_the_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=400, json={"error": {"message": "bad"}})
    with pytest.raises(BadRequestError) as info:
        client.chat_stream(REQUEST, request_id="rid-s400")
    assert info.value.request_id == "rid-s400"


async def test_async_stream_opening_error_carries_the_request_id(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=400, json={"error": {"message": "bad"}})
    with pytest.raises(BadRequestError) as info:
        await aclient.chat_stream(REQUEST, request_id="rid-as400")
    assert info.value.request_id == "rid-as400"


def test_error_event_inside_a_stream_carries_the_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    body = b'data: {"error": {"message": "upstream died", "type": "server_error"}}\n\n'
    httpx_mock.add_response(content=body, headers=SSE_HEADERS)
    stream = client.chat_stream(REQUEST, request_id="rid-mid")
    with stream, pytest.raises(APIError) as info:
        list(stream)
    assert info.value.request_id == "rid-mid"
    assert "upstream died" in str(info.value)
