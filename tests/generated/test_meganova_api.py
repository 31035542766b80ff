"""The generated Meganova package used directly, with the SDK's client (the one runtime):
one operation of each tag, sync and async."""

from __future__ import annotations

import json
from typing import Any, AsyncIterator, Iterator

import httpx
import pytest
from pytest_httpx import HTTPXMock

from meganova import AsyncMegaNova, MegaNova
from meganova.errors import APIConnectionError, APIError, APITimeoutError, InternalServerError
from meganova.generated.api.agents import get_agent_info
from meganova.generated.api.billing import get_billing_balance
from meganova.generated.api.chat import create_chat_completion
from meganova.generated.api.models import get_model
from meganova.generated.api.usage import get_usage_summary
from meganova.generated.errors import InvalidArgumentError
from meganova.generated.models import (
    BillingBalance,
    ChatRequest,
    ChatResponse,
    ErrorResponse,
    FinishReason,
    ModelInfo,
    UsageSummary,
)

BASE = "https://api.meganova.test/v1"
REPLY = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "manta-flash",
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "Hello!"}, "finish_reason": "stop"}
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
}


@pytest.fixture
def client() -> Iterator[MegaNova]:
    with MegaNova(base_url=BASE, api_key="sk-test", max_retries=0) as sdk:
        yield sdk


@pytest.fixture
async def aclient() -> AsyncIterator[AsyncMegaNova]:
    async with AsyncMegaNova(base_url=BASE, api_key="sk-test", max_retries=0) as sdk:
        yield sdk


def _chat_request() -> ChatRequest:
    return ChatRequest.from_dict(
        {
            "model": "manta-flash",
            "messages": [{"role": "user", "content": "Hi"}],
            "session_id": "s1",
        }
    )


def test_chat_sends_the_body_and_bearer_key(httpx_mock: HTTPXMock, client: MegaNova) -> None:
    httpx_mock.add_response(method="POST", url=f"{BASE}/chat/completions", json=REPLY)

    reply = create_chat_completion.sync(client=client, body=_chat_request())

    sent = httpx_mock.get_request()
    assert sent is not None
    assert sent.headers["Authorization"] == "Bearer sk-test"
    assert json.loads(sent.content) == {
        "model": "manta-flash",
        "messages": [{"role": "user", "content": "Hi"}],
        "session_id": "s1",
    }
    assert isinstance(reply, ChatResponse)
    assert reply.choices[0].message.content == "Hello!"


def test_message_reads_by_key_and_by_attribute(httpx_mock: HTTPXMock, client: MegaNova) -> None:
    httpx_mock.add_response(json=REPLY)

    reply = create_chat_completion.sync(client=client, body=_chat_request())

    assert isinstance(reply, ChatResponse)
    message = reply.choices[0].message
    assert message["content"] == message.content == "Hello!"
    assert message.get("name", "nobody") == "nobody"
    assert "content" in message
    assert "name" not in message


async def test_chat_async_parses_the_same_reply(
    httpx_mock: HTTPXMock, aclient: AsyncMegaNova
) -> None:
    httpx_mock.add_response(method="POST", url=f"{BASE}/chat/completions", json=REPLY)

    reply = await create_chat_completion.asyncio(client=aclient, body=_chat_request())

    assert isinstance(reply, ChatResponse)
    assert reply.usage and reply.usage.total_tokens == 5


def test_unknown_enum_value_is_kept(httpx_mock: HTTPXMock, client: MegaNova) -> None:
    body = json.loads(json.dumps(REPLY))
    body["choices"][0]["finish_reason"] = "moderated_by_new_policy"
    body["choices"][0]["message"]["role"] = "narrator"
    httpx_mock.add_response(json=body)

    reply = create_chat_completion.sync(client=client, body=_chat_request())

    assert isinstance(reply, ChatResponse)
    choice = reply.choices[0]
    assert isinstance(choice.finish_reason, FinishReason)
    assert choice.finish_reason.value == "moderated_by_new_policy"
    assert choice.message.role == "narrator"
    assert reply.to_dict()["choices"][0]["finish_reason"] == "moderated_by_new_policy"


def test_unknown_fields_are_kept_and_round_trip(httpx_mock: HTTPXMock, client: MegaNova) -> None:
    body = {**REPLY, "service_tier": "priority", "timings": {"predicted_ms": 3.5}}
    httpx_mock.add_response(json=body)

    reply = create_chat_completion.sync(client=client, body=_chat_request())

    assert isinstance(reply, ChatResponse)
    assert reply["service_tier"] == "priority"
    assert reply.additional_properties["timings"] == {"predicted_ms": 3.5}
    assert reply.to_dict() == body


@pytest.mark.parametrize("status", [529, 520])
def test_a_status_outside_the_iana_list_raises_the_sdks_error(
    httpx_mock: HTTPXMock, client: MegaNova, status: int
) -> None:
    httpx_mock.add_response(status_code=status, json={"error": {"message": "overloaded"}})

    with pytest.raises(InternalServerError) as caught:
        create_chat_completion.sync(client=client, body=_chat_request())

    assert caught.value.status_code == status
    assert caught.value.message == "overloaded"


def test_an_undocumented_status_raises_the_sdks_error(
    httpx_mock: HTTPXMock, client: MegaNova
) -> None:
    httpx_mock.add_response(status_code=499, text="client closed request")

    with pytest.raises(APIError) as caught:
        get_billing_balance.sync(client=client)

    assert caught.value.status_code == 499


def test_an_html_error_page_raises_the_sdks_error_not_a_json_error(
    httpx_mock: HTTPXMock, client: MegaNova
) -> None:
    httpx_mock.add_response(status_code=502, html="<html><title>502 Bad Gateway</title></html>")

    with pytest.raises(InternalServerError) as caught:
        get_billing_balance.sync(client=client)

    assert "502 Bad Gateway" in str(caught.value)


def test_the_error_body_model_parses_the_message() -> None:
    assert (
        ErrorResponse.from_dict({"error": {"message": "overloaded"}}).error.message == "overloaded"
    )


def test_model_id_with_slash_is_percent_encoded(httpx_mock: HTTPXMock, client: MegaNova) -> None:
    httpx_mock.add_response(
        url=f"{BASE}/models/meganova-ai%2Fmanta-flash-1.0",
        json={"id": "meganova-ai/manta-flash-1.0", "context_length": 32768, "pricing": None},
    )

    model = get_model.sync(client=client, model_id="meganova-ai/manta-flash-1.0")

    assert isinstance(model, ModelInfo)
    assert model.id == "meganova-ai/manta-flash-1.0"
    assert model.pricing is None


def test_an_agent_function_keeps_the_api_key_from_the_agents_host(
    httpx_mock: HTTPXMock, client: MegaNova
) -> None:
    # The agents' operations say `security: []`: their credential is the agent key in the path.
    httpx_mock.add_response(
        url="https://studio-api.meganova.ai/agents/v1/agent-key-1/info",
        json={"id": "agt_1", "name": "Helper", "welcome_message": "Hi!", "is_available": True},
    )

    get_agent_info.sync(client=client, agent_key="agent-key-1")

    sent = httpx_mock.get_request()
    assert sent is not None and "authorization" not in sent.headers


async def test_usage_summary_sends_from_as_a_query_parameter(
    httpx_mock: HTTPXMock, aclient: AsyncMegaNova
) -> None:
    httpx_mock.add_response(json={"from": "2025-11-01", "to": "2025-11-30", "total_requests": 4})

    summary = await get_usage_summary.asyncio(client=aclient, from_="2025-11-01", to="2025-11-30")

    sent = httpx_mock.get_request()
    assert sent is not None
    assert dict(sent.url.params) == {"from": "2025-11-01", "to": "2025-11-30"}
    assert isinstance(summary, UsageSummary)
    assert summary.from_ == "2025-11-01"
    assert summary["from"] == "2025-11-01"


def test_billing_balance_sync(httpx_mock: HTTPXMock, client: MegaNova) -> None:
    httpx_mock.add_response(json={"balance": 12.5, "currency": "USD", "status": "active"})

    balance = get_billing_balance.sync(client=client)

    assert isinstance(balance, BillingBalance)
    assert (balance.balance, balance.currency, balance.status) == (12.5, "USD", "active")


def test_build_request_describes_the_call_without_sending() -> None:
    described = get_usage_summary.build_request(
        from_="2025-11-01", to="2025-11-30", group_by="user"
    )

    assert described == {
        "method": "get",
        "url": "/usage/summary",
        "params": {"from": "2025-11-01", "to": "2025-11-30", "group_by": "user"},
    }


def test_parse_success_builds_the_typed_result() -> None:
    parsed = create_chat_completion.parse_success(REPLY)

    assert isinstance(parsed, ChatResponse)
    assert parsed.choices[0].finish_reason is FinishReason.STOP


def test_request_id_slot_is_empty_until_the_sdk_fills_it() -> None:
    parsed = create_chat_completion.parse_success(REPLY)

    assert parsed.request_id is None
    assert "request_id" not in parsed.to_dict()


def test_a_timeout_raises_the_sdks_timeout_error_not_httpxs(
    httpx_mock: HTTPXMock, client: MegaNova
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))

    with pytest.raises(APITimeoutError) as caught:
        get_billing_balance.sync(client=client)

    assert isinstance(caught.value, APIConnectionError)


@pytest.mark.parametrize("model_id", ["", "a\ud800", None, 1.5, b"x"])
def test_a_path_parameter_that_cannot_be_a_url_segment_is_refused_naming_it(
    model_id: Any,
) -> None:
    with pytest.raises(InvalidArgumentError, match="model_id"):
        get_model.build_request(model_id=model_id)


def test_a_path_parameter_is_quoted_as_one_segment() -> None:
    assert get_model.build_request(model_id="org/model 1")["url"] == "/models/org%2Fmodel%201"


def test_a_generated_function_sends_a_non_idempotent_call_at_most_once(
    httpx_mock: HTTPXMock,
) -> None:
    from meganova.generated.api.videos import generate_video

    # The connection drops after the request went out: the server may have started the job.
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))
    sdk = MegaNova(base_url=BASE, api_key="sk-test", max_retries=3, sleep=lambda s: None)
    with sdk, pytest.raises(APIConnectionError):
        generate_video.sync(client=sdk, body={"model_name": "m", "prompt": "a fox"})
    assert generate_video.build_request(body={"model_name": "m"})["idempotent"] is False
    assert len(httpx_mock.get_requests()) == 1
