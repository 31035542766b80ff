"""Every method of ZaguanClient and AsyncZaguanClient: the request it sends, the typed result."""

from __future__ import annotations

import datetime
from typing import Any, Dict, List, Optional

import pytest
from pytest_httpx import HTTPXMock

from zaguan import (
    AsyncStream,
    AsyncZaguanClient,
    ChatChunk,
    ChatRequest,
    ChatResponse,
    CreditsBalance,
    CreditsHistory,
    CreditsHistoryEntry,
    CreditsStats,
    HealthStatus,
    ModelCapabilities,
    ModelInfo,
    Stream,
    ZaguanClient,
)

from .zg_helpers import (
    BASE_URL,
    CHAT_URL,
    HEALTH_URL,
    MESSAGES,
    MODEL,
    SSE_HEADERS,
    body_of,
    chat_json,
    sent,
    sse_body,
    text_chunks,
)

MODELS_JSON = {
    "object": "list",
    "data": [
        {"id": "openai/gpt-4o-mini", "object": "model", "owned_by": "openai"},
        {
            "id": "anthropic/claude-sonnet-4-5-20250929",
            "object": "model",
            "owned_by": "anthropic",
            "description": "Claude",
            "metadata": {"band": "B"},
        },
    ],
}
CAPABILITIES_JSON = [
    {
        "model_id": "openai/gpt-4o-mini",
        "supports_vision": True,
        "supports_tools": True,
        "supports_reasoning": False,
        "max_context_tokens": 128000,
    },
    {
        "model_id": "google/gemini-2.5-pro",
        "supports_vision": True,
        "supports_tools": True,
        "supports_reasoning": True,
        "provider_specific": {"thinking_budget": True},
    },
]
BALANCE_JSON = {
    "credits_remaining": 900,
    "tier": "pro",
    "bands": ["A", "B"],
    "reset_date": "2025-12-01T00:00:00Z",
}
STATS_JSON = {
    "period": "week",
    "total_credits_used": 12.5,
    "total_cost": 0.31,
    "model_breakdown": [{"model": MODEL, "requests": 4, "credits_used": 12.5}],
}
HEALTH_JSON = {"status": "ok", "version": "1.2.3"}
CHAT_REQUEST = {"model": MODEL, "messages": MESSAGES}


def entry(n: int) -> Dict[str, Any]:
    return {
        "id": f"e{n}",
        "timestamp": "2025-11-20T10:00:00Z",
        "request_id": f"req-{n}",
        "model": MODEL,
        "credits_debited": 1.5,
        "status": "success",
    }


def page(ids: List[int], next_cursor: Any = "absent") -> Dict[str, Any]:
    data: Dict[str, Any] = {"entries": [entry(n) for n in ids], "total_entries": 5}
    if next_cursor != "absent":
        data["next_cursor"] = next_cursor
    return data


def add_three_pages(httpx_mock: HTTPXMock, last_cursor: Any) -> None:
    httpx_mock.add_response(json=page([1, 2], "c2"))
    httpx_mock.add_response(json=page([3, 4], "c3"))
    httpx_mock.add_response(json=page([5], last_cursor))


# --- chat -------------------------------------------------------------------------------------


def test_chat_accepts_a_chat_request_model(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=chat_json("Hello!"))
    reply = client.chat(ChatRequest.from_dict({**CHAT_REQUEST, "temperature": 0.2}))
    assert isinstance(reply, ChatResponse)
    assert reply.choices[0].message.content == "Hello!"
    assert body_of(httpx_mock.get_request()) == {**CHAT_REQUEST, "temperature": 0.2}


def test_chat_accepts_a_dict(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=chat_json("From a dict"))
    reply = client.chat({**CHAT_REQUEST, "max_tokens": 64})
    assert reply.choices[0].message["content"] == "From a dict"
    assert body_of(httpx_mock.get_request()) == {**CHAT_REQUEST, "max_tokens": 64}


def test_chat_accepts_keyword_arguments_alone(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=chat_json())
    client.chat(model=MODEL, messages=MESSAGES, top_p=0.5)
    assert body_of(httpx_mock.get_request()) == {**CHAT_REQUEST, "top_p": 0.5}


def test_chat_keyword_arguments_override_the_dict(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=chat_json())
    original = {**CHAT_REQUEST, "temperature": 0.1}
    client.chat(original, model="anthropic/claude-sonnet-4-5-20250929", temperature=0.9)  # type: ignore[call-overload]  # overriding a request's fields works at run time only
    assert body_of(httpx_mock.get_request()) == {
        "model": "anthropic/claude-sonnet-4-5-20250929",
        "messages": MESSAGES,
        "temperature": 0.9,
    }
    assert original == {**CHAT_REQUEST, "temperature": 0.1}  # the caller's dict is untouched


def test_chat_keyword_arguments_override_a_chat_request_model(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=chat_json())
    client.chat(ChatRequest.from_dict({**CHAT_REQUEST, "temperature": 0.1}), temperature=1.5)  # type: ignore[call-overload]  # overriding a request's fields works at run time only
    assert body_of(httpx_mock.get_request())["temperature"] == 1.5


def test_chat_sends_the_bearer_key_and_json_content_type(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat(CHAT_REQUEST)
    request = sent(httpx_mock.get_request())
    assert request.headers["Authorization"] == "Bearer zk-live-0123456789abcdef"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"].startswith("zaguan-python/")


def test_chat_does_not_send_stream_false_or_unset_fields(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    client.chat(model=MODEL, messages=MESSAGES, temperature=None)  # type: ignore[call-overload]  # None: not given, at run time
    assert body_of(httpx_mock.get_request()) == CHAT_REQUEST


async def test_async_chat_accepts_a_chat_request_model(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=chat_json("Async hello"))
    reply = await aclient.chat(ChatRequest.from_dict(CHAT_REQUEST))
    assert isinstance(reply, ChatResponse)
    assert reply.choices[0].message.content == "Async hello"
    assert body_of(httpx_mock.get_request()) == CHAT_REQUEST


async def test_async_chat_accepts_a_dict(aclient: AsyncZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=chat_json())
    await aclient.chat({**CHAT_REQUEST, "seed": 7})
    assert body_of(httpx_mock.get_request()) == {**CHAT_REQUEST, "seed": 7}


async def test_async_chat_accepts_keyword_arguments_alone(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=chat_json())
    await aclient.chat(model=MODEL, messages=MESSAGES)
    assert body_of(httpx_mock.get_request()) == CHAT_REQUEST


async def test_async_chat_keyword_arguments_override_the_dict(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=chat_json())
    await aclient.chat({**CHAT_REQUEST, "max_tokens": 10}, max_tokens=20, user="u-1")  # type: ignore[call-overload]  # overriding a request's fields works at run time only
    assert body_of(httpx_mock.get_request()) == {**CHAT_REQUEST, "max_tokens": 20, "user": "u-1"}


# --- chat_stream --------------------------------------------------------------------------------


def test_chat_stream_yields_chat_chunks(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=CHAT_URL,
        content=sse_body(text_chunks("Hel", "lo")),
        headers=SSE_HEADERS,
    )
    with client.chat_stream(model=MODEL, messages=MESSAGES) as stream:
        assert isinstance(stream, Stream)
        chunks = list(stream)
    assert all(isinstance(c, ChatChunk) for c in chunks)
    texts = [c.choices[0].delta.content for c in chunks[:2]]
    assert texts == ["Hel", "lo"]
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_chat_stream_sends_stream_true(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(content=sse_body(text_chunks("x")), headers=SSE_HEADERS)
    with client.chat_stream(CHAT_REQUEST) as stream:
        list(stream)
    assert body_of(httpx_mock.get_request()) == {**CHAT_REQUEST, "stream": True}


async def test_async_chat_stream_yields_chat_chunks(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        method="POST", url=CHAT_URL, content=sse_body(text_chunks("A", "B")), headers=SSE_HEADERS
    )
    stream = await aclient.chat_stream(CHAT_REQUEST)
    assert isinstance(stream, AsyncStream)
    async with stream:
        chunks = [c async for c in stream]
    assert all(isinstance(c, ChatChunk) for c in chunks)
    assert [c.choices[0].delta.content for c in chunks[:2]] == ["A", "B"]
    assert body_of(httpx_mock.get_request())["stream"] is True


# --- models and capabilities -------------------------------------------------------------------


def test_list_models_returns_model_infos(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=f"{BASE_URL}/v1/models", json=MODELS_JSON)
    models = client.list_models()
    assert all(isinstance(m, ModelInfo) for m in models)
    assert [m.id for m in models] == ["openai/gpt-4o-mini", "anthropic/claude-sonnet-4-5-20250929"]
    assert models[1].owned_by == "anthropic"
    assert models[1].metadata == {"band": "B"}


async def test_async_list_models_returns_model_infos(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", url=f"{BASE_URL}/v1/models", json=MODELS_JSON)
    models = await aclient.list_models()
    assert [m.id for m in models] == ["openai/gpt-4o-mini", "anthropic/claude-sonnet-4-5-20250929"]
    assert all(isinstance(m, ModelInfo) for m in models)


@pytest.mark.parametrize(
    "body",
    [
        CAPABILITIES_JSON,
        {"capabilities": CAPABILITIES_JSON},
        {"models": CAPABILITIES_JSON},
    ],
    ids=["plain-list", "capabilities-wrapper", "models-wrapper"],
)
def test_get_capabilities_reads_every_body_layout(
    client: ZaguanClient, httpx_mock: HTTPXMock, body: Any
) -> None:
    httpx_mock.add_response(method="GET", url=f"{BASE_URL}/v1/capabilities", json=body)
    caps = client.get_capabilities()
    assert all(isinstance(c, ModelCapabilities) for c in caps)
    assert [c.model_id for c in caps] == ["openai/gpt-4o-mini", "google/gemini-2.5-pro"]
    assert caps[0].max_context_tokens == 128000
    assert caps[1].supports_reasoning is True
    assert caps[1].provider_specific == {"thinking_budget": True}


@pytest.mark.parametrize(
    "body",
    [
        CAPABILITIES_JSON,
        {"capabilities": CAPABILITIES_JSON},
        {"models": CAPABILITIES_JSON},
    ],
    ids=["plain-list", "capabilities-wrapper", "models-wrapper"],
)
async def test_async_get_capabilities_reads_every_body_layout(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock, body: Any
) -> None:
    httpx_mock.add_response(method="GET", url=f"{BASE_URL}/v1/capabilities", json=body)
    caps = await aclient.get_capabilities()
    assert [c.model_id for c in caps] == ["openai/gpt-4o-mini", "google/gemini-2.5-pro"]
    assert all(isinstance(c, ModelCapabilities) for c in caps)


# --- credits ------------------------------------------------------------------------------------


def test_get_credits_balance_returns_a_credits_balance(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", url=f"{BASE_URL}/v1/credits/balance", json=BALANCE_JSON)
    balance = client.get_credits_balance()
    assert isinstance(balance, CreditsBalance)
    assert (balance.credits_remaining, balance.tier, balance.bands) == (900, "pro", ["A", "B"])
    assert isinstance(balance.reset_date, datetime.datetime)
    assert balance.reset_date.year == 2025


async def test_async_get_credits_balance_returns_a_credits_balance(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", url=f"{BASE_URL}/v1/credits/balance", json=BALANCE_JSON)
    balance = await aclient.get_credits_balance()
    assert isinstance(balance, CreditsBalance)
    assert balance.credits_remaining == 900


def test_get_credits_history_sends_limit_and_cursor_as_query(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=page([1, 2], "c2"))
    history = client.get_credits_history(limit=2, cursor="c1")
    request = sent(httpx_mock.get_request())
    assert request.method == "GET"
    assert request.url.path == "/v1/credits/history"
    assert dict(request.url.params) == {"limit": "2", "cursor": "c1"}
    assert isinstance(history, CreditsHistory)
    assert [e.id for e in history.entries] == ["e1", "e2"]
    assert history.next_cursor == "c2"


def test_get_credits_history_without_arguments_sends_no_query(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=page([1]))
    client.get_credits_history()
    assert dict(sent(httpx_mock.get_request()).url.params) == {}


def test_credits_history_entry_keeps_its_own_request_id_field(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=page([1]))
    history = client.get_credits_history(request_id="call-id")
    assert history.request_id == "call-id"
    assert history.entries[0].request_id == "req-1"  # the billed request's id, from the data


async def test_async_get_credits_history_sends_limit_and_cursor_as_query(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=page([1, 2], None))
    history = await aclient.get_credits_history(limit=2, cursor="c1")
    assert dict(sent(httpx_mock.get_request()).url.params) == {"limit": "2", "cursor": "c1"}
    assert [e.id for e in history.entries] == ["e1", "e2"]
    assert history.next_cursor is None


@pytest.mark.parametrize("last_cursor", [None, "absent"], ids=["null", "absent"])
def test_iter_credits_history_walks_every_page_to_the_last(
    client: ZaguanClient, httpx_mock: HTTPXMock, last_cursor: Optional[str]
) -> None:
    add_three_pages(httpx_mock, last_cursor)
    entries = list(client.iter_credits_history(limit=2))
    assert all(isinstance(e, CreditsHistoryEntry) for e in entries)
    assert [e.id for e in entries] == ["e1", "e2", "e3", "e4", "e5"]
    queries = [dict(r.url.params) for r in httpx_mock.get_requests()]
    assert queries == [
        {"limit": "2"},
        {"limit": "2", "cursor": "c2"},
        {"limit": "2", "cursor": "c3"},
    ]


@pytest.mark.parametrize("last_cursor", [None, "absent"], ids=["null", "absent"])
async def test_async_iter_credits_history_walks_every_page_to_the_last(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock, last_cursor: Optional[str]
) -> None:
    add_three_pages(httpx_mock, last_cursor)
    entries = [e async for e in aclient.iter_credits_history(limit=2)]
    assert [e.id for e in entries] == ["e1", "e2", "e3", "e4", "e5"]
    queries = [dict(r.url.params) for r in httpx_mock.get_requests()]
    assert queries == [
        {"limit": "2"},
        {"limit": "2", "cursor": "c2"},
        {"limit": "2", "cursor": "c3"},
    ]


def test_iter_credits_history_fetches_pages_lazily(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=page([1, 2], "c2"))
    entries = client.iter_credits_history()
    assert httpx_mock.get_requests() == []
    assert next(entries).id == "e1"
    assert len(httpx_mock.get_requests()) == 1


def test_get_credits_stats_sends_the_period(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="GET", url=f"{BASE_URL}/v1/credits/stats?period=week", json=STATS_JSON
    )
    stats = client.get_credits_stats(period="week")
    assert isinstance(stats, CreditsStats)
    assert stats.period == "week"
    assert stats.total_credits_used == 12.5
    assert isinstance(stats.model_breakdown, list)
    assert stats.model_breakdown[0].model == MODEL


async def test_async_get_credits_stats_sends_the_period(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        method="GET", url=f"{BASE_URL}/v1/credits/stats?period=month", json=STATS_JSON
    )
    stats = await aclient.get_credits_stats(period="month")
    assert isinstance(stats, CreditsStats)
    assert stats.total_cost == 0.31


# --- health -------------------------------------------------------------------------------------


def test_health_check_gets_health_at_the_root(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=HEALTH_URL, json=HEALTH_JSON)
    health = client.health_check()
    assert isinstance(health, HealthStatus)
    assert (health.status, health.version) == ("ok", "1.2.3")


async def test_async_health_check_gets_health_at_the_root(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", url=HEALTH_URL, json=HEALTH_JSON)
    health = await aclient.health_check()
    assert isinstance(health, HealthStatus)
    assert health.status == "ok"
