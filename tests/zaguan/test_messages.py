"""messages() and count_tokens(): the request they send, the typed result, the checks and errors."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from zaguan import (
    AnthropicCountTokensRequest,
    AnthropicCountTokensResponse,
    AnthropicMessagesRequest,
    AnthropicMessagesResponse,
    AsyncZaguanClient,
    ZaguanClient,
)
from zaguan.errors import (
    APIResponseValidationError,
    BadRequestError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    RateLimitError,
)
from zaguan.models import (
    AnthropicOtherBlock,
    AnthropicRedactedThinkingBlock,
    AnthropicStopReason,
    AnthropicTextBlock,
    AnthropicThinkingBlock,
    AnthropicToolUseBlock,
)

from .msg_helpers import COUNT_URL, MESSAGES_URL, MODEL, USER, anthropic_error, message_json
from .zg_helpers import Sleeps, body_of, sent


def reply(httpx_mock: HTTPXMock, **extra: Any) -> None:
    httpx_mock.add_response(url=MESSAGES_URL, method="POST", json=message_json(**extra))


# --- the request -----------------------------------------------------------------------------


def test_messages_posts_the_keyword_fields_as_the_body(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    reply(httpx_mock)
    client.messages(model=MODEL, max_tokens=128, messages=USER, system="Be brief.", top_k=5)
    assert body_of(httpx_mock.get_request()) == {
        "model": MODEL,
        "max_tokens": 128,
        "messages": USER,
        "system": "Be brief.",
        "top_k": 5,
    }


def test_messages_sends_anthropic_version_2023_06_01_by_default(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    reply(httpx_mock)
    client.messages(model=MODEL, max_tokens=8, messages=USER)
    assert sent(httpx_mock.get_request()).headers["anthropic-version"] == "2023-06-01"


def test_anthropic_version_given_per_call_is_the_header_and_not_a_field(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    reply(httpx_mock)
    client.messages(model=MODEL, max_tokens=8, messages=USER, anthropic_version="2024-10-22")
    request = sent(httpx_mock.get_request())
    assert request.headers["anthropic-version"] == "2024-10-22"
    assert "anthropic_version" not in body_of(request)


def test_messages_takes_a_request_model(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    reply(httpx_mock)
    request = AnthropicMessagesRequest(
        model=MODEL,
        max_tokens=8,
        messages=USER,
        thinking={"type": "enabled", "budget_tokens": 2048},
        tool_choice={"type": "tool", "name": "get_weather"},
        metadata={"user_id": "u-1"},
        stop_sequences=["END"],
    )
    client.messages(request)
    assert body_of(httpx_mock.get_request()) == {
        "model": MODEL,
        "max_tokens": 8,
        "messages": USER,
        "thinking": {"type": "enabled", "budget_tokens": 2048},
        "tool_choice": {"type": "tool", "name": "get_weather"},
        "metadata": {"user_id": "u-1"},
        "stop_sequences": ["END"],
    }


def test_keyword_fields_win_over_a_request_dict(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    reply(httpx_mock)
    request = {"model": MODEL, "max_tokens": 8, "messages": USER, "temperature": 0.2}
    client.messages(request, temperature=0.9)  # type: ignore[call-overload]
    assert body_of(httpx_mock.get_request())["temperature"] == 0.9


def test_content_blocks_and_tools_are_sent_as_given(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    reply(httpx_mock)
    messages: Any = [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is this?", "cache_control": {"type": "ephemeral"}},
                {
                    "type": "image",
                    "source": {"type": "base64", "media_type": "image/png", "data": "iVBOR"},
                },
            ],
        },
        {
            "role": "assistant",
            "content": [{"type": "tool_use", "id": "toolu_1", "name": "look", "input": {}}],
        },
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "a fox"}],
        },
    ]
    tools: Any = [
        {"name": "look", "description": "Look closer", "input_schema": {"type": "object"}}
    ]
    client.messages(model=MODEL, max_tokens=8, messages=messages, tools=tools)
    body = body_of(httpx_mock.get_request())
    assert (body["messages"], body["tools"]) == (messages, tools)


def test_the_call_options_go_to_the_request_not_the_body(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    reply(httpx_mock)
    result = client.messages(
        model=MODEL,
        max_tokens=8,
        messages=USER,
        request_id="req-msg-1",
        extra_headers={"anthropic-beta": "tools-2024"},
        extra_body={"service_tier": "auto"},
    )
    request = sent(httpx_mock.get_request())
    assert request.headers["x-request-id"] == "req-msg-1"
    assert request.headers["anthropic-beta"] == "tools-2024"
    assert body_of(request)["service_tier"] == "auto"
    assert result.request_id == "req-msg-1"


# --- the result ------------------------------------------------------------------------------


def test_messages_returns_the_typed_message(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    reply(httpx_mock)
    result = client.messages(model=MODEL, max_tokens=8, messages=USER)
    assert isinstance(result, AnthropicMessagesResponse)
    assert (result.id, result.role, result.type, result.model) == (
        "msg_01",
        "assistant",
        "message",
        MODEL,
    )
    assert result.content[0].type == "text"
    assert isinstance(result.content[0], AnthropicTextBlock)
    assert result.content[0].text == "Hi! How can I help?"
    assert result.stop_reason == AnthropicStopReason.END_TURN
    assert (result.usage.input_tokens, result.usage.output_tokens) == (10, 6)


def test_content_blocks_parse_into_the_class_of_their_type(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    content = [
        {"type": "thinking", "thinking": "Hmm.", "signature": "sig"},
        {"type": "redacted_thinking", "data": "opaque"},
        {"type": "text", "text": "Calling a tool."},
        {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"x": [1, 2]}},
        {"type": "web_search_tool_result", "tool_use_id": "srv_1", "content": []},
    ]
    reply(httpx_mock, content=content, stop_reason="tool_use")
    result = client.messages(model=MODEL, max_tokens=8, messages=USER)
    assert [type(block) for block in result.content] == [
        AnthropicThinkingBlock,
        AnthropicRedactedThinkingBlock,
        AnthropicTextBlock,
        AnthropicToolUseBlock,
        AnthropicOtherBlock,
    ]
    tool = result.content[3]
    assert isinstance(tool, AnthropicToolUseBlock) and tool.input == {"x": [1, 2]}
    assert result.content[4]["tool_use_id"] == "srv_1"  # an unknown block keeps every field


def test_cache_usage_and_an_unknown_stop_reason_are_kept(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    usage = {"input_tokens": 3, "output_tokens": 4, "cache_read_input_tokens": 100}
    reply(httpx_mock, usage=usage, stop_reason="model_context_window_exceeded")
    result = client.messages(model=MODEL, max_tokens=8, messages=USER)
    assert result.usage.cache_read_input_tokens == 100
    assert result.usage.cache_creation_input_tokens is None
    assert result.stop_reason == "model_context_window_exceeded"


def test_a_reply_with_a_value_of_the_wrong_type_raises_the_validation_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    reply(httpx_mock, usage={"input_tokens": "ten", "output_tokens": 1})
    with pytest.raises(APIResponseValidationError, match=r"usage\.input_tokens"):
        client.messages(model=MODEL, max_tokens=8, messages=USER)


def test_a_reply_that_is_not_json_raises_the_validation_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=MESSAGES_URL, content=b'{"id": "msg_', headers={"content-type": "application/json"}
    )
    with pytest.raises(APIResponseValidationError):
        client.messages(model=MODEL, max_tokens=8, messages=USER)


# --- bad input, refused before sending -------------------------------------------------------


def test_messages_with_stream_true_points_to_messages_stream(client: ZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match="messages_stream"):
        client.messages(model=MODEL, max_tokens=8, messages=USER, stream=True)


def test_an_unknown_keyword_is_refused_naming_extra_body(client: ZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match=r"'max_token'.*extra_body"):
        client.messages(model=MODEL, max_token=8, messages=USER)  # type: ignore[call-overload]


@pytest.mark.parametrize("max_tokens", [None, 0, -1, "8", 8.0, True])
def test_messages_without_a_positive_integer_max_tokens_is_refused(
    client: ZaguanClient, max_tokens: Any
) -> None:
    with pytest.raises(InvalidArgumentError, match="max_tokens must be a positive integer"):
        client.messages({"model": MODEL, "max_tokens": max_tokens, "messages": USER})


def test_messages_without_a_model_is_refused(client: ZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match="model must be a non-empty string"):
        client.messages({"max_tokens": 8, "messages": USER})


def test_messages_without_messages_is_refused(client: ZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match="messages must be a non-empty list"):
        client.messages(model=MODEL, max_tokens=8, messages=[])


def test_a_message_without_a_role_is_refused_naming_it(client: ZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match=r"messages\[1\] has no role"):
        client.messages(model=MODEL, max_tokens=8, messages=[*USER, {"content": "x"}])  # type: ignore[typeddict-item]


@pytest.mark.parametrize("version", ["", "  ", 2023, "2023-06-01\r\nX-Evil: 1"])
def test_a_bad_anthropic_version_is_refused(client: ZaguanClient, version: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="anthropic_version"):
        client.messages(model=MODEL, max_tokens=8, messages=USER, anthropic_version=version)


def test_a_value_json_cannot_hold_is_refused_naming_its_path(client: ZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match=r"temperature"):
        client.messages(model=MODEL, max_tokens=8, messages=USER, temperature=float("nan"))


def test_a_request_of_the_wrong_kind_is_refused(client: ZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match="request must be"):
        client.messages(42)  # type: ignore[call-overload]


# --- errors and retries ----------------------------------------------------------------------


def test_anthropics_error_body_raises_the_typed_error_with_its_type_and_message(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    body = anthropic_error("invalid_request_error", "max_tokens: must be at most 8192")
    httpx_mock.add_response(url=MESSAGES_URL, status_code=400, json=body)
    with pytest.raises(BadRequestError) as caught:
        client.messages(model=MODEL, max_tokens=99999, messages=USER)
    assert caught.value.status_code == 400
    assert caught.value.type == "invalid_request_error"
    assert caught.value.message == "max_tokens: must be at most 8192"


def test_an_unknown_model_raises_not_found(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    body = anthropic_error("not_found_error", "model: no-such-model")
    httpx_mock.add_response(url=MESSAGES_URL, status_code=404, json=body)
    with pytest.raises(NotFoundError, match="not_found_error: model: no-such-model"):
        client.messages(model="no-such-model", max_tokens=8, messages=USER)


def test_an_overloaded_529_is_retried_with_the_same_request_id_then_raised(
    client: ZaguanClient, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    body = anthropic_error("overloaded_error", "Overloaded")
    httpx_mock.add_response(url=MESSAGES_URL, status_code=529, json=body, is_reusable=True)
    with pytest.raises(InternalServerError) as caught:
        client.messages(model=MODEL, max_tokens=8, messages=USER, request_id="r-529")
    assert caught.value.status_code == 529
    assert [r.headers["x-request-id"] for r in httpx_mock.get_requests()] == ["r-529"] * 3
    assert len(sleeps) == 2


def test_a_rate_limit_gives_its_retry_after(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    body = anthropic_error("rate_limit_error", "Slow down")
    httpx_mock.add_response(
        url=MESSAGES_URL, status_code=429, json=body, headers={"retry-after": "7"}
    )
    with pytest.raises(RateLimitError) as caught:
        client.messages(model=MODEL, max_tokens=8, messages=USER, max_retries=0)
    assert caught.value.retry_after == 7.0


def test_a_failed_attempt_is_retried_with_the_same_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"), url=MESSAGES_URL)
    reply(httpx_mock)
    result = client.messages(model=MODEL, max_tokens=8, messages=USER)
    first, second = httpx_mock.get_requests()
    assert first.headers["x-request-id"] == second.headers["x-request-id"] == result.request_id


# --- count_tokens ----------------------------------------------------------------------------


def test_count_tokens_posts_the_input_and_returns_input_tokens(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=COUNT_URL, method="POST", json={"input_tokens": 14})
    result = client.count_tokens(model=MODEL, messages=USER, system="Be brief.")
    assert isinstance(result, AnthropicCountTokensResponse)
    assert result.input_tokens == 14
    request = sent(httpx_mock.get_request())
    assert json.loads(request.content) == {"model": MODEL, "messages": USER, "system": "Be brief."}
    assert request.headers["anthropic-version"] == "2023-06-01"


def test_count_tokens_takes_a_request_model(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=COUNT_URL, json={"input_tokens": 3})
    client.count_tokens(AnthropicCountTokensRequest(model=MODEL, messages=USER))
    assert body_of(httpx_mock.get_request()) == {"model": MODEL, "messages": USER}


def test_count_tokens_needs_no_max_tokens_but_messages(client: ZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match="messages must be a non-empty list"):
        client.count_tokens(model=MODEL, messages=[])


def test_count_tokens_refuses_a_field_of_messages_only(client: ZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match=r"'max_tokens'.*extra_body"):
        client.count_tokens(model=MODEL, messages=USER, max_tokens=8)  # type: ignore[call-overload]


# --- async -----------------------------------------------------------------------------------


async def test_async_messages_returns_the_typed_message(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    reply(httpx_mock)
    result = await aclient.messages(
        model=MODEL, max_tokens=8, messages=USER, anthropic_version="2024-01-01"
    )
    assert result.content[0].text == "Hi! How can I help?"  # type: ignore[union-attr]
    assert sent(httpx_mock.get_request()).headers["anthropic-version"] == "2024-01-01"


async def test_async_messages_refuses_bad_input_before_sending(aclient: AsyncZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match="max_tokens"):
        await aclient.messages({"model": MODEL, "messages": USER})


async def test_async_count_tokens_returns_input_tokens(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=COUNT_URL, json={"input_tokens": 9})
    assert (await aclient.count_tokens(model=MODEL, messages=USER)).input_tokens == 9
