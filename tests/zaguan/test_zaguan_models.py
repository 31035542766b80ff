"""The Zaguan models as a user coming from openai-python or pydantic meets them, through calls."""

from __future__ import annotations

import copy
import pickle
from typing import Optional

import pytest
from pytest_httpx import HTTPXMock

from zaguan import ChatRequest, ChatResponse, Message, ZaguanClient
from zaguan.errors import APIResponseValidationError, InvalidArgumentError

from .zg_helpers import CHAT_URL, MODEL, SSE_HEADERS, body_of, chat_json, chunk, sse_body


def test_a_request_built_from_nested_dicts_is_sent_as_their_json(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=CHAT_URL, json=chat_json())
    request = ChatRequest(model=MODEL, messages=[{"role": "user", "content": "hi"}])

    client.chat(request)

    assert isinstance(request.messages[0], Message)
    assert body_of(httpx_mock.get_request())["messages"] == [{"role": "user", "content": "hi"}]


def test_a_wrong_shape_is_refused_at_construction_naming_its_path() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        ChatRequest(model=MODEL, messages=[{"role": "user"}, {"role": 5}])

    assert caught.value.path == "messages[1].role"


def test_a_reply_reads_with_the_apis_names_and_none_for_what_is_absent(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=CHAT_URL, json=chat_json("Hello!"))

    reply = client.chat(model=MODEL, messages=[{"role": "user", "content": "hi"}])

    text: Optional[str] = reply.choices[0].message.content
    assert text == "Hello!"
    assert reply.object == "chat.completion"
    assert reply.system_fingerprint is None
    assert reply.usage.prompt_tokens >= 0
    assert dict(reply)["id"] == reply.id
    assert reply["choices"][0]["message"]["content"] == "Hello!"


def test_a_finish_chunk_has_no_content_rather_than_unset(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    events = [
        chunk([{"index": 0, "delta": {"role": "assistant", "content": "Hi"}}]),
        chunk([{"index": 0, "delta": {}, "finish_reason": "stop"}]),
    ]
    httpx_mock.add_response(url=CHAT_URL, content=sse_body(events), headers=SSE_HEADERS)

    with client.chat_stream(model=MODEL, messages=[{"role": "user", "content": "hi"}]) as stream:
        chunks = list(stream)

    assert chunks[-1].choices[0].delta.content is None
    assert chunks[0].choices[0].delta.content == "Hi"


def test_a_reply_value_of_the_wrong_type_is_a_validation_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    body = chat_json()
    body["choices"][0]["message"]["content"] = 5
    httpx_mock.add_response(url=CHAT_URL, json=body)

    with pytest.raises(APIResponseValidationError):
        client.chat(model=MODEL, messages=[{"role": "user", "content": "hi"}])


def test_a_reply_survives_pickle_and_deepcopy_with_its_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=CHAT_URL, json=chat_json(extra_field=1))

    reply = client.chat(model=MODEL, messages=[{"role": "user", "content": "hi"}], request_id="r-1")

    for twin in (pickle.loads(pickle.dumps(reply)), copy.deepcopy(reply)):
        assert isinstance(twin, ChatResponse)
        assert twin == reply
        assert twin.request_id == reply.request_id
        assert twin["extra_field"] == 1
