"""Zaguan's Anthropic-style Messages API against a real, independently written server: the
LiteLLM proxy (``_litellm.py``), blocking and async.

The proxy's mock answers every request with the same message (``MOCK_TEXT``, a constant id
and usage), answers ``stream: true`` with that whole JSON message instead of an event stream
(the SDK then yields the events the message stands for), counts tokens locally, and, having
no database, answers a wrong key with 400 ``no_db_connection``; see
``docs/realserver-notes.md``.
"""

from __future__ import annotations

from typing import Any, AsyncIterator, Iterator, List

import pytest

from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan import errors as zg_errors
from zaguan.generated.models import (
    AnthropicContentBlockDeltaEvent,
    AnthropicContentBlockStartEvent,
    AnthropicMessageDeltaEvent,
    AnthropicMessageStartEvent,
    AnthropicTextDelta,
)
from zaguan.generated.params import AnthropicMessageParam

from ._litellm import MOCK_MODEL, MOCK_TEXT, RATE_LIMITED_MODEL, SERVER_ERROR_MODEL, LiteLLMServer

MESSAGES: List[AnthropicMessageParam] = [{"role": "user", "content": "hi"}]
#: The event sequence of a one-text-block message.
EVENT_TYPES = [
    "message_start",
    "content_block_start",
    "content_block_delta",
    "content_block_stop",
    "message_delta",
    "message_stop",
]
WRONG_KEY = "sk-wrong-key-for-litellm-0123456789"


@pytest.fixture
def client(litellm_server: LiteLLMServer) -> Iterator[ZaguanClient]:
    with ZaguanClient(
        api_key=litellm_server.api_key, base_url=litellm_server.base_url, timeout=30
    ) as sdk:
        yield sdk


@pytest.fixture
async def aclient(litellm_server: LiteLLMServer) -> AsyncIterator[AsyncZaguanClient]:
    async with AsyncZaguanClient(
        api_key=litellm_server.api_key, base_url=litellm_server.base_url, timeout=30
    ) as sdk:
        yield sdk


def _assert_mock_message(reply: Any) -> None:
    assert reply.type == "message"
    assert reply.role == "assistant"
    assert len(reply.content) == 1
    assert reply.content[0].type == "text"
    assert reply.content[0].text == MOCK_TEXT
    assert reply.model == MOCK_MODEL
    assert reply.stop_reason == "end_turn"
    assert reply.id.startswith("msg_")
    assert isinstance(reply.usage.input_tokens, int)
    assert isinstance(reply.usage.output_tokens, int)
    assert isinstance(reply.request_id, str)


def _text_of(events: List[Any]) -> str:
    """The text deltas joined."""
    return "".join(
        event.delta.text
        for event in events
        if isinstance(event, AnthropicContentBlockDeltaEvent)
        and isinstance(event.delta, AnthropicTextDelta)
    )


def _assert_event_shapes(events: List[Any], final: Any) -> None:
    """What each synthesized event carries (the sequence of types is checked by the caller)."""
    start, block_start, delta, _, message_delta, _ = events
    assert isinstance(start, AnthropicMessageStartEvent)
    assert start.message.id == final.id
    assert start.message.content == []
    assert isinstance(block_start, AnthropicContentBlockStartEvent)
    assert block_start.index == 0
    assert block_start.content_block.type == "text"
    assert isinstance(delta, AnthropicContentBlockDeltaEvent)
    assert delta.index == 0
    assert isinstance(message_delta, AnthropicMessageDeltaEvent)
    assert message_delta.delta.stop_reason == "end_turn"
    assert message_delta.usage is not None
    assert message_delta.usage.output_tokens == final.usage.output_tokens


def _assert_not_leaked(exc: BaseException, *secrets: str) -> None:
    shown = " ".join([str(exc), repr(exc), repr(exc.args), repr(getattr(exc, "body", None))])
    for secret in secrets:
        assert secret not in shown


# --- whole messages ---------------------------------------------------------------------------


def test_messages_returns_the_whole_message(client: ZaguanClient) -> None:
    reply = client.messages(model=MOCK_MODEL, max_tokens=16, messages=MESSAGES)
    _assert_mock_message(reply)
    # LiteLLM's mock: a constant id and usage, not counts.
    assert reply.id == "msg_013Zva2CMHLNnXjNJJKqJ2EF"
    assert (reply.usage.input_tokens, reply.usage.output_tokens) == (2095, 503)
    assert reply.stop_sequence is None


def test_messages_takes_a_request_dict_and_the_call_options(client: ZaguanClient) -> None:
    reply = client.messages(
        {"model": MOCK_MODEL, "max_tokens": 16, "messages": MESSAGES},
        request_id="req-litellm-whole",
        anthropic_version="2023-06-01",
    )
    _assert_mock_message(reply)
    assert reply.request_id == "req-litellm-whole"


def test_messages_sends_the_optional_fields_the_server_accepts(client: ZaguanClient) -> None:
    """system, sampling, stop sequences, metadata and tools all pass LiteLLM's validation."""
    reply = client.messages(
        model=MOCK_MODEL,
        max_tokens=1024,
        messages=[
            {"role": "user", "content": [{"type": "text", "text": "What is the weather?"}]},
        ],
        system="Answer briefly.",
        temperature=0.5,
        top_k=5,
        stop_sequences=["\n\nHuman:"],
        metadata={"user_id": "user-1"},
        tools=[
            {
                "name": "get_weather",
                "description": "The weather in a city.",
                "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
            }
        ],
        tool_choice={"type": "auto"},
    )
    _assert_mock_message(reply)


async def test_async_messages_returns_the_whole_message(aclient: AsyncZaguanClient) -> None:
    reply = await aclient.messages(
        model=MOCK_MODEL, max_tokens=16, messages=MESSAGES, request_id="req-litellm-async"
    )
    _assert_mock_message(reply)
    assert reply.request_id == "req-litellm-async"


# --- token counts -----------------------------------------------------------------------------


def test_count_tokens_gives_a_positive_count(client: ZaguanClient) -> None:
    short = client.count_tokens(model=MOCK_MODEL, messages=MESSAGES)
    assert isinstance(short.input_tokens, int)
    assert short.input_tokens > 0
    longer = client.count_tokens(
        model=MOCK_MODEL, messages=MESSAGES, system="You are a terse assistant, one word only."
    )
    assert longer.input_tokens > short.input_tokens


async def test_async_count_tokens_gives_the_same_count(
    aclient: AsyncZaguanClient, client: ZaguanClient
) -> None:
    counted = await aclient.count_tokens(model=MOCK_MODEL, messages=MESSAGES)
    assert isinstance(counted.input_tokens, int)
    assert counted.input_tokens > 0
    assert (
        counted.input_tokens
        == client.count_tokens(model=MOCK_MODEL, messages=MESSAGES).input_tokens
    )


# --- streams: the server answers with one whole JSON message ----------------------------------


def test_messages_stream_yields_the_events_of_the_whole_message(client: ZaguanClient) -> None:
    stream = client.messages_stream(model=MOCK_MODEL, max_tokens=16, messages=MESSAGES)
    with stream:
        events = list(stream)
        final = stream.get_final_message()
    assert [event.type for event in events] == EVENT_TYPES
    assert _text_of(events) == MOCK_TEXT
    _assert_event_shapes(events, final)
    _assert_mock_message(final)
    assert final.usage.output_tokens == 503
    assert final.request_id == stream.request_id


def test_get_final_message_without_iterating(client: ZaguanClient) -> None:
    stream = client.messages_stream(model=MOCK_MODEL, max_tokens=16, messages=MESSAGES)
    final = stream.get_final_message()
    _assert_mock_message(final)
    assert stream.response.is_closed


async def test_async_messages_stream_yields_the_events_of_the_whole_message(
    aclient: AsyncZaguanClient,
) -> None:
    stream = aclient.messages_stream(model=MOCK_MODEL, max_tokens=16, messages=MESSAGES)
    async with stream:
        events = [event async for event in stream]
        final = await stream.get_final_message()
    assert [event.type for event in events] == EVENT_TYPES
    assert _text_of(events) == MOCK_TEXT
    _assert_event_shapes(events, final)
    _assert_mock_message(final)


async def test_async_get_final_message_without_iterating(aclient: AsyncZaguanClient) -> None:
    stream = aclient.messages_stream(model=MOCK_MODEL, max_tokens=16, messages=MESSAGES)
    assert await stream is stream  # awaiting sends the request and returns the stream
    final = await stream.get_final_message()
    _assert_mock_message(final)
    assert final.request_id == stream.request_id


# --- errors -----------------------------------------------------------------------------------


def test_a_wrong_key_is_a_typed_error_without_the_key(litellm_server: LiteLLMServer) -> None:
    """Without a database LiteLLM answers a wrong key with 400 ``no_db_connection``."""
    with ZaguanClient(api_key=WRONG_KEY, base_url=litellm_server.base_url, timeout=30) as sdk:
        with pytest.raises(zg_errors.BadRequestError) as caught:
            sdk.messages(model=MOCK_MODEL, max_tokens=16, messages=MESSAGES)
        with pytest.raises(zg_errors.BadRequestError):
            sdk.count_tokens(model=MOCK_MODEL, messages=MESSAGES)
    assert caught.value.status_code == 400
    assert "No connected db." in caught.value.message
    _assert_not_leaked(caught.value, WRONG_KEY, litellm_server.api_key)


def test_a_malformed_credential_is_an_authentication_error(client: ZaguanClient) -> None:
    """A 401 from the real server: an ``Authorization`` header without ``Bearer ``."""
    bad = "sk-not-a-bearer-credential-987654"
    with pytest.raises(zg_errors.AuthenticationError) as caught:
        client.messages(
            model=MOCK_MODEL,
            max_tokens=16,
            messages=MESSAGES,
            extra_headers={"Authorization": bad},
        )
    assert caught.value.status_code == 401
    assert "Malformed API Key" in caught.value.message
    _assert_not_leaked(caught.value, bad)


async def test_async_wrong_key_is_a_typed_error_without_the_key(
    litellm_server: LiteLLMServer,
) -> None:
    async with AsyncZaguanClient(
        api_key=WRONG_KEY, base_url=litellm_server.base_url, timeout=30
    ) as sdk:
        with pytest.raises(zg_errors.BadRequestError) as caught:
            await sdk.messages(model=MOCK_MODEL, max_tokens=16, messages=MESSAGES)
    assert caught.value.status_code == 400
    _assert_not_leaked(caught.value, WRONG_KEY, litellm_server.api_key)


def test_an_unknown_model_is_a_bad_request(
    client: ZaguanClient, litellm_server: LiteLLMServer
) -> None:
    with pytest.raises(zg_errors.BadRequestError) as caught:
        client.messages(model="no-such-model", max_tokens=16, messages=MESSAGES)
    assert caught.value.status_code == 400
    assert caught.value.type == "invalid_request_error"
    assert "no-such-model" in caught.value.message
    _assert_not_leaked(caught.value, litellm_server.api_key)


def test_messages_stream_raises_the_error_when_called(client: ZaguanClient) -> None:
    with pytest.raises(zg_errors.BadRequestError) as caught:
        client.messages_stream(model="no-such-model", max_tokens=16, messages=MESSAGES)
    assert caught.value.type == "invalid_request_error"


async def test_async_messages_stream_raises_the_error_when_awaited(
    aclient: AsyncZaguanClient,
) -> None:
    stream = aclient.messages_stream(model="no-such-model", max_tokens=16, messages=MESSAGES)
    with pytest.raises(zg_errors.BadRequestError):
        await stream


def test_a_rate_limit_is_retried_then_raised(litellm_server: LiteLLMServer) -> None:
    """429 is retried (the injected sleep records the waits), then raised as RateLimitError."""
    waits: List[float] = []
    with (
        ZaguanClient(
            api_key=litellm_server.api_key,
            base_url=litellm_server.base_url,
            timeout=30,
            max_retries=2,
            sleep=waits.append,
        ) as sdk,
        pytest.raises(zg_errors.RateLimitError) as caught,
    ):
        sdk.messages(model=RATE_LIMITED_MODEL, max_tokens=16, messages=MESSAGES)
    assert len(waits) == 2
    assert caught.value.status_code == 429
    assert caught.value.type == "rate_limit_error"
    _assert_not_leaked(caught.value, litellm_server.api_key)


async def test_async_server_error_is_raised_without_retries(
    aclient: AsyncZaguanClient,
) -> None:
    with pytest.raises(zg_errors.InternalServerError) as caught:
        await aclient.messages(
            model=SERVER_ERROR_MODEL, max_tokens=16, messages=MESSAGES, max_retries=0
        )
    assert caught.value.status_code == 500
    assert caught.value.type == "api_error"
