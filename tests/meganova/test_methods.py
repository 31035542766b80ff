"""Every resource method, sync and async: the request it sends and the typed result it returns."""

from __future__ import annotations

import json
from typing import Any, Dict, List, TypedDict

import httpx
import pytest
from pytest_httpx import HTTPXMock

from meganova import AsyncChatStream, AsyncMegaNova, ChatStream, MegaNova
from meganova.errors import InvalidArgumentError, NotFoundError
from meganova.generated.params import ToolParam
from meganova.types import (
    BillingBalance,
    ChatResponse,
    FinishReason,
    ModelInfo,
    ModelPricing,
    TokenUsage,
    UsageSummary,
)

from .mn_helpers import (
    BASE_URL,
    CHAT_URL,
    MESSAGES,
    MODEL,
    SSE_HEADERS,
    Sleeps,
    chat_json,
    make_client,
    sent_request,
    sse_body,
)

MODEL_JSON = {
    "id": "meganova-ai/manta-flash-1.0",
    "object": "model",
    "name": "Manta Flash",
    "context_length": 32768,
    "modalities": ["text"],
    "tags": ["chat"],
    "nsfw_support": "none",
    "status": "active",
    "pricing": {"prompt_tokens_per_1k": 0.1, "completion_tokens_per_1k": 0.2},
}
USAGE_JSON = {
    "from": "2025-11-01T00:00:00Z",
    "to": "2025-11-30T23:59:59Z",
    "group_by": "user",
    "total_requests": 12,
    "total_tokens": 340,
    "groups": [{"key": "u1", "requests": 12, "total_tokens": 340}],
}
BALANCE_JSON = {"balance": 12.5, "currency": "USD", "status": "active"}


class UsageKwargs(TypedDict):
    from_: str
    to: str
    group_by: str
    user_id: str
    api_key: str


USAGE_KW: UsageKwargs = {
    "from_": "2025-11-01T00:00:00Z",
    "to": "2025-11-30T23:59:59Z",
    "group_by": "user",
    "user_id": "u1",
    "api_key": "key_abc",
}
USAGE_QUERY = {
    "from": "2025-11-01T00:00:00Z",
    "to": "2025-11-30T23:59:59Z",
    "group_by": "user",
    "user_id": "u1",
    "api_key": "key_abc",
}


def body_of(request: httpx.Request) -> Dict[str, Any]:
    body = json.loads(request.content)
    assert isinstance(body, dict)
    return body


# --- chat.create ----------------------------------------------------------------------------


def test_chat_create_posts_messages_and_model(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=chat_json())
    client.chat.create(messages=MESSAGES, model=MODEL, temperature=0.9, max_tokens=512)
    sent = body_of(sent_request(httpx_mock))
    assert sent == {"messages": MESSAGES, "model": MODEL, "temperature": 0.9, "max_tokens": 512}


def test_chat_create_returns_content_by_key_and_attribute(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json("Hello there"))
    resp = client.chat.create(messages=MESSAGES, model=MODEL)
    assert isinstance(resp, ChatResponse)
    assert resp.choices[0].message["content"] == "Hello there"
    assert resp.choices[0].message.content == "Hello there"
    assert resp.choices[0].finish_reason == FinishReason.STOP
    assert isinstance(resp.usage, TokenUsage)
    assert resp.usage.total_tokens == 5


async def test_async_chat_create_returns_content_by_key_and_attribute(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=chat_json("Hello async"))
    resp = await aclient.chat.create(messages=MESSAGES, model=MODEL)
    assert resp.choices[0].message["content"] == "Hello async"
    assert resp.choices[0].message.content == "Hello async"
    assert body_of(sent_request(httpx_mock)) == {"messages": MESSAGES, "model": MODEL}


def test_chat_create_sends_extra_kwargs_in_body(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    tools: List[ToolParam] = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Weather of a city",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            },
        }
    ]
    httpx_mock.add_response(json=chat_json())
    client.chat.create(
        messages=MESSAGES, model=MODEL, session_id="sess_123", top_p=0.5, tools=tools, seed=7
    )
    sent = body_of(sent_request(httpx_mock))
    assert sent["session_id"] == "sess_123"
    assert sent["top_p"] == 0.5
    assert sent["tools"] == tools
    assert sent["seed"] == 7


async def test_async_chat_create_sends_extra_kwargs_in_body(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    await aclient.chat.create(messages=MESSAGES, model=MODEL, session_id="sess_9", top_p=0.25)
    sent = body_of(sent_request(httpx_mock))
    assert (sent["session_id"], sent["top_p"]) == ("sess_9", 0.25)


def test_chat_create_sends_unknown_kwargs_verbatim(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat.create(  # type: ignore[call-overload]  # passed through at run time
        messages=MESSAGES, model=MODEL, character_id="luna", mood={"x": 1}
    )
    sent = body_of(sent_request(httpx_mock))
    assert (sent["character_id"], sent["mood"]) == ("luna", {"x": 1})


def test_chat_create_without_stream_leaves_stream_out_of_body(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat.create(messages=MESSAGES, model=MODEL)
    assert "stream" not in body_of(sent_request(httpx_mock))


def test_chat_create_keeps_zero_temperature(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat.create(messages=MESSAGES, model=MODEL, temperature=0.0)
    assert body_of(sent_request(httpx_mock))["temperature"] == 0.0


def test_chat_create_response_carries_the_request_id(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    resp = client.chat.create(messages=MESSAGES, model=MODEL)
    assert resp.request_id == sent_request(httpx_mock).headers["X-Request-Id"]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"messages": [], "model": MODEL}, "messages"),
        ({"messages": "Hi", "model": MODEL}, "messages"),
        ({"messages": MESSAGES, "model": ""}, "model"),
    ],
)
def test_chat_create_rejects_invalid_arguments_before_sending(
    client: MegaNova,
    httpx_mock: HTTPXMock,
    kwargs: Dict[str, Any],
    field: str,
) -> None:
    with pytest.raises(InvalidArgumentError, match=field):
        client.chat.create(**kwargs)
    assert httpx_mock.get_requests() == []


# --- chat streaming -------------------------------------------------------------------------


def test_chat_create_stream_true_returns_chat_stream(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=CHAT_URL, headers=SSE_HEADERS, content=sse_body("Hel", "lo"))
    stream = client.chat.create(messages=MESSAGES, model=MODEL, stream=True)
    assert isinstance(stream, ChatStream)
    assert "".join(item.delta for item in stream) == "Hello"
    assert body_of(sent_request(httpx_mock))["stream"] is True


def test_chat_stream_yields_the_reply_text(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=CHAT_URL, headers=SSE_HEADERS, content=sse_body("Neon ", "Harbor"))
    with client.chat.stream(messages=MESSAGES, model=MODEL, session_id="s1") as stream:
        text = "".join(item.delta for item in stream)
    assert text == "Neon Harbor"
    sent = body_of(sent_request(httpx_mock))
    assert (sent["stream"], sent["session_id"]) == (True, "s1")


async def test_async_chat_create_stream_true_returns_async_chat_stream(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=CHAT_URL, headers=SSE_HEADERS, content=sse_body("Hel", "lo"))
    stream = await aclient.chat.create(messages=MESSAGES, model=MODEL, stream=True)
    assert isinstance(stream, AsyncChatStream)
    assert "".join([item.delta async for item in stream]) == "Hello"
    assert body_of(sent_request(httpx_mock))["stream"] is True


async def test_async_chat_stream_yields_the_reply_text(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=CHAT_URL, headers=SSE_HEADERS, content=sse_body("a", "b", "c"))
    async with await aclient.chat.stream(messages=MESSAGES, model=MODEL, top_p=0.1) as stream:
        text = "".join([item.delta async for item in stream])
    assert text == "abc"
    assert body_of(sent_request(httpx_mock))["top_p"] == 0.1


# --- models ---------------------------------------------------------------------------------


def test_models_list_returns_model_infos(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="GET", url=f"{BASE_URL}/models", json={"object": "list", "data": [MODEL_JSON]}
    )
    models = client.models.list()
    assert [m.id for m in models] == ["meganova-ai/manta-flash-1.0"]
    assert isinstance(models[0], ModelInfo)
    assert models[0].context_length == 32768
    assert isinstance(models[0].pricing, ModelPricing)
    assert models[0].pricing.prompt_tokens_per_1k == 0.1
    assert models[0].request_id == sent_request(httpx_mock).headers["X-Request-Id"]


async def test_async_models_list_returns_model_infos(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        method="GET", url=f"{BASE_URL}/models", json={"object": "list", "data": [MODEL_JSON]}
    )
    models = await aclient.models.list()
    assert [(m.id, m.name) for m in models] == [("meganova-ai/manta-flash-1.0", "Manta Flash")]


def test_models_get_percent_encodes_slash_in_id(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=MODEL_JSON)
    model = client.models.get("meganova-ai/manta-flash-1.0")
    request = sent_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.raw_path == b"/v1/models/meganova-ai%2Fmanta-flash-1.0"
    assert model.id == "meganova-ai/manta-flash-1.0"
    assert model["status"] == "active"


async def test_async_models_get_percent_encodes_slash_in_id(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=MODEL_JSON)
    model = await aclient.models.get("meganova-ai/manta-flash-1.0")
    assert sent_request(httpx_mock).url.raw_path == b"/v1/models/meganova-ai%2Fmanta-flash-1.0"
    assert model.name == "Manta Flash"


def test_models_get_rejects_empty_id_before_sending(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError):
        client.models.get("")
    assert httpx_mock.get_requests() == []


# --- usage ----------------------------------------------------------------------------------


def test_usage_summary_sends_from_to_and_filters_as_query(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", json=USAGE_JSON)
    summary = client.usage.summary(**USAGE_KW)
    request = sent_request(httpx_mock)
    assert request.url.path == "/v1/usage/summary"
    assert dict(request.url.params) == USAGE_QUERY
    assert isinstance(summary, UsageSummary)
    assert (summary.from_, summary.total_tokens) == ("2025-11-01T00:00:00Z", 340)
    assert isinstance(summary.groups, list)
    assert summary.groups[0].key == "u1"


def test_usage_summary_omits_filters_not_given(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=USAGE_JSON)
    client.usage.summary(from_="2025-11-01T00:00:00Z", to="2025-11-30T23:59:59Z")
    params = dict(sent_request(httpx_mock).url.params)
    assert params == {"from": "2025-11-01T00:00:00Z", "to": "2025-11-30T23:59:59Z"}


async def test_async_usage_summary_sends_from_to_and_filters_as_query(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", json=USAGE_JSON)
    summary = await aclient.usage.summary(**USAGE_KW)
    assert dict(sent_request(httpx_mock).url.params) == USAGE_QUERY
    assert summary.total_requests == 12


def test_usage_summary_rejects_missing_range_before_sending(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match="from_"):
        client.usage.summary(from_="", to="2025-11-30T23:59:59Z")
    assert httpx_mock.get_requests() == []


def test_usage_summary_refuses_a_date_that_is_not_iso_8601_before_sending(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^to must match \^\[0-9\]\{4\}-") as caught:
        client.usage.summary(from_="2025-11-01", to="30/11/2025")
    assert caught.value.path == "to"
    assert "30/11/2025" not in str(caught.value)
    assert httpx_mock.get_requests() == []


# --- billing --------------------------------------------------------------------------------


def test_billing_get_balance_returns_balance(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=f"{BASE_URL}/billing/balance", json=BALANCE_JSON)
    balance = client.billing.get_balance()
    assert isinstance(balance, BillingBalance)
    assert (balance.balance, balance.currency, balance.status) == (12.5, "USD", "active")


async def test_async_billing_get_balance_returns_balance(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", url=f"{BASE_URL}/billing/balance", json=BALANCE_JSON)
    balance = await aclient.billing.get_balance()
    assert (balance.balance, balance.currency) == (12.5, "USD")
    assert balance.request_id == sent_request(httpx_mock).headers["X-Request-Id"]


# --- per-call options -----------------------------------------------------------------------


def test_per_call_timeout_overrides_client_timeout(httpx_mock: HTTPXMock, sleeps: Sleeps) -> None:
    client = make_client(sleeps, timeout=30.0)
    httpx_mock.add_response(json=chat_json())
    httpx_mock.add_response(json=chat_json())
    client.chat.create(messages=MESSAGES, model=MODEL)
    client.chat.create(messages=MESSAGES, model=MODEL, timeout=2.5)
    first, second = httpx_mock.get_requests()
    assert first.extensions["timeout"] == httpx.Timeout(30.0).as_dict()
    assert second.extensions["timeout"] == httpx.Timeout(2.5).as_dict()


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.models.list(timeout=1.5),
        lambda c: c.models.get("m", timeout=1.5),
        lambda c: c.usage.summary(from_="2025-11-01", to="2025-11-30", timeout=1.5),
        lambda c: c.billing.get_balance(timeout=1.5),
    ],
    ids=["models.list", "models.get", "usage.summary", "billing.get_balance"],
)
def test_per_call_timeout_applies_to_every_method(
    client: MegaNova, httpx_mock: HTTPXMock, call: object
) -> None:
    httpx_mock.add_response(status_code=404, json={"error": {"message": "nope"}})
    with pytest.raises(NotFoundError):
        call(client)  # type: ignore[operator]
    assert sent_request(httpx_mock).extensions["timeout"] == httpx.Timeout(1.5).as_dict()


async def test_async_per_call_timeout_overrides_client_timeout(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=BALANCE_JSON)
    await aclient.billing.get_balance(timeout=httpx.Timeout(4.0, connect=1.0))
    assert (
        sent_request(httpx_mock).extensions["timeout"] == httpx.Timeout(4.0, connect=1.0).as_dict()
    )


def test_default_timeout_is_sixty_seconds_with_short_connect(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=BALANCE_JSON)
    client.billing.get_balance()
    assert (
        sent_request(httpx_mock).extensions["timeout"] == httpx.Timeout(60.0, connect=5.0).as_dict()
    )


def test_per_call_extra_headers_override_client_headers(
    httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    client = make_client(sleeps, default_headers={"X-Team": "core", "X-Keep": "yes"})
    httpx_mock.add_response(json=chat_json())
    client.chat.create(
        messages=MESSAGES, model=MODEL, extra_headers={"X-Team": "web", "X-MN-SDK": "custom"}
    )
    headers = sent_request(httpx_mock).headers
    assert headers["X-Team"] == "web"
    assert headers["X-Keep"] == "yes"
    assert headers["X-MN-SDK"] == "custom"
    assert headers.get_list("X-Team") == ["web"]


async def test_async_per_call_extra_headers_reach_the_request(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=MODEL_JSON)
    await aclient.models.get("m", extra_headers={"X-Trace": "t-1"})
    assert sent_request(httpx_mock).headers["X-Trace"] == "t-1"
