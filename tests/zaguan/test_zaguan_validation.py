"""Invalid arguments raise InvalidArgumentError before anything is sent."""

from __future__ import annotations

from typing import Any, Dict

import pytest
from pytest_httpx import HTTPXMock

from zaguan import AsyncZaguanClient, ChatRequest, Message, ZaguanClient, ZaguanError
from zaguan.errors import InvalidArgumentError
from zaguan.models import ChatRole

from .zg_helpers import (
    MESSAGES,
    MODEL,
    SSE_HEADERS,
    Sleeps,
    body_of,
    chat_json,
    make_client,
    sse_body,
)

INVALID_CHATS: Dict[str, Dict[str, Any]] = {
    "no-messages": {"model": MODEL},
    "empty-messages": {"model": MODEL, "messages": []},
    "no-model": {"messages": MESSAGES},
    "empty-model": {"model": "", "messages": MESSAGES},
    "messages-is-a-string": {"model": MODEL, "messages": "hi"},
    "message-without-role": {"model": MODEL, "messages": [{"content": "hi"}]},
    "nothing-at-all": {},
}


@pytest.mark.parametrize("kwargs", list(INVALID_CHATS.values()), ids=list(INVALID_CHATS))
def test_invalid_chat_raises_before_sending(
    client: ZaguanClient, httpx_mock: HTTPXMock, kwargs: Dict[str, Any]
) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        client.chat(**kwargs)
    assert isinstance(info.value, ZaguanError)
    assert isinstance(info.value, ValueError)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("kwargs", list(INVALID_CHATS.values()), ids=list(INVALID_CHATS))
def test_invalid_chat_stream_raises_before_sending(
    client: ZaguanClient, httpx_mock: HTTPXMock, kwargs: Dict[str, Any]
) -> None:
    with pytest.raises(InvalidArgumentError):
        client.chat_stream(**kwargs)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("kwargs", list(INVALID_CHATS.values()), ids=list(INVALID_CHATS))
async def test_async_invalid_chat_raises_before_sending(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock, kwargs: Dict[str, Any]
) -> None:
    with pytest.raises(InvalidArgumentError):
        await aclient.chat(**kwargs)
    assert httpx_mock.get_requests() == []


def test_chat_without_messages_names_messages(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    with pytest.raises(InvalidArgumentError, match="messages"):
        client.chat(model=MODEL, messages=[])


def test_chat_without_model_names_model(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    with pytest.raises(InvalidArgumentError, match="model"):
        client.chat(messages=MESSAGES)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    "request_", [42, "hello", ["not", "a", "request"]], ids=["int", "str", "list"]
)
def test_chat_with_a_request_of_the_wrong_type_raises_before_sending(
    client: ZaguanClient, httpx_mock: HTTPXMock, request_: Any
) -> None:
    with pytest.raises(InvalidArgumentError, match="request must be"):
        client.chat(request_)
    assert httpx_mock.get_requests() == []


async def test_async_chat_with_request_42_raises_before_sending(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError):
        await aclient.chat(42)  # type: ignore[call-overload]
    assert httpx_mock.get_requests() == []


def test_chat_stream_true_points_at_chat_stream(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match="chat_stream"):
        client.chat(model=MODEL, messages=MESSAGES, stream=True)
    assert httpx_mock.get_requests() == []


def test_chat_with_stream_true_in_the_dict_points_at_chat_stream(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match="chat_stream"):
        client.chat({"model": MODEL, "messages": MESSAGES, "stream": True})
    assert httpx_mock.get_requests() == []


async def test_async_chat_stream_true_points_at_chat_stream(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match="chat_stream"):
        await aclient.chat(model=MODEL, messages=MESSAGES, stream=True)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("limit", [0, -1, True, "5", 2.5])
def test_get_credits_history_with_a_bad_limit_raises_before_sending(
    client: ZaguanClient, httpx_mock: HTTPXMock, limit: Any
) -> None:
    with pytest.raises(InvalidArgumentError, match="limit"):
        client.get_credits_history(limit=limit)
    assert httpx_mock.get_requests() == []


async def test_async_get_credits_history_limit_zero_raises_before_sending(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match="limit"):
        await aclient.get_credits_history(limit=0)
    assert httpx_mock.get_requests() == []


def test_iter_credits_history_limit_zero_raises_before_sending(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match="limit"):
        list(client.iter_credits_history(limit=0))
    assert httpx_mock.get_requests() == []


async def test_async_iter_credits_history_limit_zero_raises_before_sending(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match="limit"):
        [e async for e in aclient.iter_credits_history(limit=0)]
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("max_retries", [-1, 1.5, True])
def test_invalid_max_retries_raises_from_the_constructor(sleeps: Sleeps, max_retries: Any) -> None:
    with pytest.raises(InvalidArgumentError):
        make_client(sleeps, max_retries=max_retries)


def test_chat_request_built_with_enum_role_messages_is_sent(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    request = ChatRequest(model=MODEL, messages=[Message(role=ChatRole.USER, content="Hi!")])
    client.chat(request)
    assert body_of(httpx_mock.get_request()) == {"model": MODEL, "messages": MESSAGES}


def test_chat_request_built_with_string_role_messages_is_sent(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    request = ChatRequest(model=MODEL, messages=[Message(role="user", content="Hi!")])
    client.chat(request)
    assert body_of(httpx_mock.get_request()) == {"model": MODEL, "messages": MESSAGES}


def test_chat_stream_false_in_a_chat_stream_call_still_streams(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=sse_body([]), headers=SSE_HEADERS)
    with client.chat_stream({"model": MODEL, "messages": MESSAGES, "stream": False}) as stream:
        list(stream)
    assert body_of(httpx_mock.get_request())["stream"] is True
