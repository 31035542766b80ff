"""The generated Zaguan CoreX package used directly, with the SDK's client (the one runtime):
one operation of each tag, sync and async."""

from __future__ import annotations

import datetime
import json
from typing import AsyncIterator, Iterator

import pytest
from pytest_httpx import HTTPXMock

from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan.errors import InsufficientCreditsError
from zaguan.generated.api.chat import create_chat_completion
from zaguan.generated.api.credit import get_credits_balance, get_credits_history
from zaguan.generated.api.health import health_check
from zaguan.generated.api.models import get_capabilities, list_models
from zaguan.generated.errors import InvalidArgumentError
from zaguan.generated.models import (
    ChatChunk,
    ChatRequest,
    ChatResponse,
    ContentPart,
    CreditsBalance,
    CreditsHistory,
    FinishReason,
    HealthStatus,
    Message,
    ModelCapabilities,
    ModelList,
    ReasoningEffort,
    TokenDetails,
    Usage,
    ZaguanErrorResponse,
)

BASE = "https://api.zaguan.test"


@pytest.fixture
def client() -> Iterator[ZaguanClient]:
    with ZaguanClient(base_url=BASE, api_key="zk-test", max_retries=0) as sdk:
        yield sdk


@pytest.fixture
async def aclient() -> AsyncIterator[AsyncZaguanClient]:
    async with AsyncZaguanClient(base_url=BASE, api_key="zk-test", max_retries=0) as sdk:
        yield sdk


def test_chat_sends_zaguan_extensions_unchanged(
    httpx_mock: HTTPXMock, client: ZaguanClient
) -> None:
    httpx_mock.add_response(
        url=f"{BASE}/v1/chat/completions",
        json={
            "id": "c1",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}}],
            "usage": {
                "prompt_tokens": 4,
                "completion_tokens": 6,
                "total_tokens": 10,
                "completion_tokens_details": {"reasoning_tokens": 5},
                "prompt_tokens_details": {"cached_tokens": 2},
            },
        },
    )
    extensions = {
        "provider_specific_params": {"anthropic": {"top_k": 5}},
        "reasoning_effort": "high",
        "thinking": True,
    }
    body = ChatRequest.from_dict(
        {
            "model": "openai/gpt-4o-mini",
            "messages": [{"role": "user", "content": "hi"}],
            **extensions,
        }
    )

    reply = create_chat_completion.sync(client=client, body=body, x_request_id="req-1")

    sent = httpx_mock.get_request()
    assert sent is not None
    assert sent.headers["X-Request-Id"] == "req-1"
    assert body.reasoning_effort is ReasoningEffort.HIGH
    assert isinstance(reply, ChatResponse)
    assert isinstance(reply.usage, Usage)
    assert isinstance(reply.usage.completion_tokens_details, TokenDetails)
    assert isinstance(reply.usage.prompt_tokens_details, TokenDetails)
    assert reply.usage.completion_tokens_details.reasoning_tokens == 5
    assert reply.usage.prompt_tokens_details.cached_tokens == 2
    assert {key: json.loads(sent.content)[key] for key in extensions} == extensions


def test_an_error_reply_raises_the_sdks_typed_error_with_its_fields(
    httpx_mock: HTTPXMock, client: ZaguanClient
) -> None:
    httpx_mock.add_response(
        status_code=402,
        json={
            "error": {
                "message": "no credits",
                "type": "insufficient_credits",
                "credits_required": 5,
            }
        },
    )
    body = ChatRequest(model="m", messages=[Message.from_dict({"role": "user", "content": "x"})])

    with pytest.raises(InsufficientCreditsError) as caught:
        create_chat_completion.sync(client=client, body=body)

    assert caught.value.status_code == 402
    assert caught.value.credits_required == 5


def test_the_error_body_model_parses_the_gateways_case_fields() -> None:
    body = {
        "error": {"message": "no credits", "type": "insufficient_credits", "credits_required": 5}
    }

    assert ZaguanErrorResponse.from_dict(body).error.credits_required == 5


async def test_list_models_async(httpx_mock: HTTPXMock, aclient: AsyncZaguanClient) -> None:
    httpx_mock.add_response(
        url=f"{BASE}/v1/models",
        json={"object": "list", "data": [{"id": "openai/gpt-4o-mini", "owned_by": "openai"}]},
    )

    models = await list_models.asyncio(client=aclient)

    assert isinstance(models, ModelList)
    assert [model.id for model in models.data] == ["openai/gpt-4o-mini"]


def test_capabilities_is_a_list(httpx_mock: HTTPXMock, client: ZaguanClient) -> None:
    httpx_mock.add_response(
        json=[
            {
                "model_id": "openai/gpt-4o",
                "supports_vision": True,
                "supports_tools": True,
                "supports_reasoning": False,
                "max_context_tokens": 128000,
            }
        ]
    )

    capabilities = get_capabilities.sync(client=client)

    assert isinstance(capabilities, list)
    assert isinstance(capabilities[0], ModelCapabilities)
    assert capabilities[0].max_context_tokens == 128000


def test_credits_balance_parses_a_z_suffixed_date(
    httpx_mock: HTTPXMock, client: ZaguanClient
) -> None:
    httpx_mock.add_response(
        json={
            "credits_remaining": 90,
            "tier": "pro",
            "bands": ["a"],
            "reset_date": "2025-12-01T00:00:00Z",
        }
    )

    balance = get_credits_balance.sync(client=client)

    assert isinstance(balance, CreditsBalance)
    assert balance.reset_date == datetime.datetime(2025, 12, 1, tzinfo=datetime.timezone.utc)


async def test_credits_history_sends_limit_and_cursor(
    httpx_mock: HTTPXMock, aclient: AsyncZaguanClient
) -> None:
    httpx_mock.add_response(
        json={
            "entries": [{"id": "e1", "timestamp": "2025-11-02T10:00:00.5Z", "request_id": "r1"}],
            "total_entries": 11,
            "next_cursor": None,
        }
    )

    page = await get_credits_history.asyncio(client=aclient, limit=10, cursor="abc")

    sent = httpx_mock.get_request()
    assert sent is not None
    assert dict(sent.url.params) == {"limit": "10", "cursor": "abc"}
    assert isinstance(page, CreditsHistory)
    assert page.next_cursor is None
    assert page.entries[0].request_id == "r1"
    assert page.entries[0].timestamp.microsecond == 500000


def test_health_check_goes_through_the_client_with_its_request_id(
    httpx_mock: HTTPXMock, client: ZaguanClient
) -> None:
    httpx_mock.add_response(url=f"{BASE}/health", json={"status": "ok"})

    health = health_check.sync(client=client, request_id="rid-health")

    sent = httpx_mock.get_request()
    assert sent is not None
    assert sent.headers["X-Request-Id"] == "rid-health"
    assert health.request_id == "rid-health"
    assert isinstance(health, HealthStatus)
    assert health.status == "ok"


def test_zaguan_names_follow_the_sdk_notes() -> None:
    chunk = ChatChunk.from_dict(
        {"id": "c", "choices": [{"index": 0, "delta": {"content": "Hel"}, "finish_reason": None}]}
    )

    assert chunk.choices[0].delta.content == "Hel"
    assert chunk.choices[0].finish_reason is None


CHUNK = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1750000000,
    "model": "echo",
    "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": None}],
}


def test_nullable_enum_field_becomes_the_enum_and_null_stays_none() -> None:
    done = ChatChunk.from_dict(
        {**CHUNK, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
    )
    assert done.choices[0].finish_reason is FinishReason.STOP
    assert ChatChunk.from_dict(CHUNK).choices[0].finish_reason is None


def test_nullable_model_field_becomes_the_model() -> None:
    chunk = ChatChunk.from_dict(
        {**CHUNK, "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}}
    )
    assert isinstance(chunk.usage, Usage)
    assert chunk.usage.total_tokens == 5


def test_usage_counts_a_provider_leaves_out_read_zero_and_unknown_ones_are_kept() -> None:
    chunk = ChatChunk.from_dict({**CHUNK, "usage": {"tokens": 5}})
    assert chunk.usage is not None
    assert (chunk.usage.prompt_tokens, chunk.usage.total_tokens) == (0, 0)
    assert chunk.usage["tokens"] == 5


def test_a_field_of_the_wrong_type_is_refused_naming_its_path() -> None:
    with pytest.raises(
        InvalidArgumentError, match=r"choices\[0\]\.delta\.content must be a string"
    ):
        ChatChunk.from_dict({**CHUNK, "choices": [{"index": 0, "delta": {"content": 5}}]})


def test_message_content_is_text_or_typed_parts() -> None:
    assert Message.from_dict({"role": "user", "content": "hi"}).content == "hi"
    parts = Message.from_dict({"role": "user", "content": [{"type": "text", "text": "hi"}]}).content
    assert isinstance(parts, list)
    assert isinstance(parts[0], ContentPart)
    assert parts[0].to_dict() == {"type": "text", "text": "hi"}


def test_chunk_round_trips_through_from_dict_and_to_dict_except_explicit_nulls() -> None:
    # None and absent are the same in a model: an optional null is left out of to_dict().
    chunk = dict(CHUNK, system_fingerprint="fp_1", x_extra={"kept": True})
    expected = json.loads(json.dumps(chunk))
    for choice in expected["choices"]:
        if choice.get("finish_reason") is None:
            choice.pop("finish_reason", None)
    assert ChatChunk.from_dict(chunk).to_dict() == expected
