"""Zaguan's request extensions reach the gateway unchanged; usage token details parse."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest
from pytest_httpx import HTTPXMock

from zaguan import AsyncZaguanClient, ChatRequest, TokenDetails, Usage, ZaguanClient
from zaguan.errors import InvalidArgumentError
from zaguan.models import ReasoningEffort

from .zg_helpers import MESSAGES, MODEL, body_of, chat_json

PROVIDER_PARAMS = {
    "anthropic": {"thinking": {"type": "enabled", "budget_tokens": 2048}},
    "google": {"safety_settings": [{"category": "HARM", "threshold": "BLOCK_NONE"}]},
    "top_k": 40,
}
EXTENSIONS: Dict[str, Any] = {
    "provider_specific_params": PROVIDER_PARAMS,
    "reasoning_effort": "high",
    "thinking": True,
    "virtual_model_id": "vm-support-bot",
    "metadata": {"team": "support", "ticket": {"id": 17, "tags": ["a", "b"]}},
}
USAGE_JSON = {
    "prompt_tokens": 120,
    "completion_tokens": 80,
    "total_tokens": 200,
    "prompt_tokens_details": {"cached_tokens": 64, "audio_tokens": 0},
    "completion_tokens_details": {
        "reasoning_tokens": 50,
        "accepted_prediction_tokens": 1,
        "rejected_prediction_tokens": 2,
    },
}


def test_extensions_round_trip_from_keyword_arguments(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat(model=MODEL, messages=MESSAGES, **EXTENSIONS)
    assert body_of(httpx_mock.get_request()) == {"model": MODEL, "messages": MESSAGES, **EXTENSIONS}


def test_extensions_round_trip_from_a_dict(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json())
    request = {"model": MODEL, "messages": MESSAGES, **EXTENSIONS}
    client.chat(request)
    assert body_of(httpx_mock.get_request()) == request


def test_extensions_round_trip_from_a_chat_request_model(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    request = {"model": MODEL, "messages": MESSAGES, **EXTENSIONS}
    client.chat(ChatRequest.from_dict(request))
    assert body_of(httpx_mock.get_request()) == request


async def test_async_extensions_round_trip(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    await aclient.chat(model=MODEL, messages=MESSAGES, **EXTENSIONS)
    assert body_of(httpx_mock.get_request()) == {"model": MODEL, "messages": MESSAGES, **EXTENSIONS}


def test_extensions_round_trip_in_a_stream_request(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        content=b"data: [DONE]\n\n", headers={"content-type": "text/event-stream"}
    )
    with client.chat_stream(model=MODEL, messages=MESSAGES, **EXTENSIONS) as stream:
        assert list(stream) == []
    sent = body_of(httpx_mock.get_request())
    assert sent == {"model": MODEL, "messages": MESSAGES, **EXTENSIONS, "stream": True}


def test_unknown_reasoning_effort_is_sent_unchanged(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat(model=MODEL, messages=MESSAGES, reasoning_effort="ultra")  # type: ignore[call-overload]  # not in the spec yet
    assert body_of(httpx_mock.get_request())["reasoning_effort"] == "ultra"


def test_reasoning_effort_enum_member_is_sent_as_its_value(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat(model=MODEL, messages=MESSAGES, reasoning_effort=ReasoningEffort.MINIMAL)  # type: ignore[call-overload]  # the Param type is a Literal
    assert body_of(httpx_mock.get_request())["reasoning_effort"] == "minimal"


def test_thinking_false_is_sent_not_dropped(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat(model=MODEL, messages=MESSAGES, thinking=False)
    assert body_of(httpx_mock.get_request())["thinking"] is False


def test_unknown_extra_fields_round_trip(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json())
    extras = {"future_flag": True, "routing": {"prefer": ["openai", "google"], "weight": 0.5}}
    client.chat(
        {"model": MODEL, "messages": MESSAGES, **extras}, extra_body={"another_new_field": [1, 2]}
    )
    assert body_of(httpx_mock.get_request()) == {
        "model": MODEL,
        "messages": MESSAGES,
        **extras,
        "another_new_field": [1, 2],
    }


@pytest.mark.parametrize("method", ["chat", "chat_stream"])
def test_an_unknown_keyword_is_refused_naming_it_and_extra_body(
    client: ZaguanClient, httpx_mock: HTTPXMock, method: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=r"'temprature'.*extra_body"):
        getattr(client, method)(model=MODEL, messages=MESSAGES, temprature=0.5)
    assert httpx_mock.get_requests() == []


async def test_async_an_unknown_keyword_is_refused_before_anything_is_sent(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match="temprature"):
        await aclient.chat(model=MODEL, messages=MESSAGES, temprature=0.5)  # type: ignore[call-overload]
    with pytest.raises(InvalidArgumentError, match="temprature"):
        aclient.chat_stream(model=MODEL, messages=MESSAGES, temprature=0.5)  # type: ignore[call-overload]
    assert httpx_mock.get_requests() == []


def test_extra_body_and_extra_query_reach_the_request(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat(
        model=MODEL,
        messages=MESSAGES,
        temperature=0.1,
        extra_body={"temperature": 0.2, "routing": "fast"},
        extra_query={"trace": "1"},
    )
    request = httpx_mock.get_request()
    assert body_of(request)["temperature"] == 0.2  # extra_body wins
    assert body_of(request)["routing"] == "fast"
    assert request is not None and request.url.params["trace"] == "1"


def test_unknown_message_fields_and_content_parts_round_trip(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    messages: List[Any] = [  # an unknown field in a message: not in ChatMessageParam
        {"role": "developer", "content": "Be brief."},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": "https://img.test/a.png"}},
            ],
            "cache_control": {"type": "ephemeral"},
        },
    ]
    client.chat(model=MODEL, messages=messages)
    assert body_of(httpx_mock.get_request())["messages"] == messages


def test_token_details_parse_on_the_response(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json(usage=USAGE_JSON))
    usage = client.chat(model=MODEL, messages=MESSAGES).usage
    assert isinstance(usage, Usage)
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (120, 80, 200)
    assert isinstance(usage.completion_tokens_details, TokenDetails)
    assert usage.completion_tokens_details.reasoning_tokens == 50
    assert usage.completion_tokens_details.rejected_prediction_tokens == 2
    assert isinstance(usage.prompt_tokens_details, TokenDetails)
    assert usage.prompt_tokens_details.cached_tokens == 64


async def test_async_token_details_parse_on_the_response(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json(usage=USAGE_JSON))
    usage = (await aclient.chat(model=MODEL, messages=MESSAGES)).usage
    assert isinstance(usage, Usage)
    assert isinstance(usage.completion_tokens_details, TokenDetails)
    assert usage.completion_tokens_details.reasoning_tokens == 50
    assert isinstance(usage.prompt_tokens_details, TokenDetails)
    assert usage.prompt_tokens_details.cached_tokens == 64


def test_unknown_response_fields_are_kept(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json(provider="openai", credits_debited=1.25))
    reply = client.chat(model=MODEL, messages=MESSAGES)
    assert reply["provider"] == "openai"
    assert reply["credits_debited"] == 1.25
