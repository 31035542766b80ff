"""Every ZaguanClient / AsyncZaguanClient method end to end against the local gateway.

The gateway validates each request against the Zaguan spec, so a success here also shows that
the SDK sent a spec-valid request. Each test runs with both base URL forms (root and ``/v1``).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, List

from zaguan import AsyncZaguanClient, ZaguanClient, acollect_stream, collect_stream
from zaguan.models import Usage

from ._support import MESSAGES, TEXT, WORDS, RequestLog, present

TOOL_ARGUMENTS = [
    ("get_weather", {"location": "Paris", "unit": "celsius"}),
    ("get_time", {"timezone": "Europe/Paris"}),
]


def _deltas(chunks: List[Any]) -> List[str]:
    return [
        choice.delta.content
        for chunk in chunks
        for choice in chunk.choices
        if isinstance(choice.delta.content, str) and choice.delta.content
    ]


def _assert_tool_calls_of_two_choices(response: Any) -> None:
    assert [choice.index for choice in response.choices] == [0, 1]
    for choice in response.choices:
        assert choice.finish_reason == "tool_calls"
        calls = choice.message.tool_calls
        suffix = "" if choice.index == 0 else f"_{choice.index}"
        assert [call.id for call in calls] == [f"call_echo_0{suffix}", f"call_echo_1{suffix}"]
        got = [(call.function.name, json.loads(call.function.arguments)) for call in calls]
        assert got == TOOL_ARGUMENTS


# --- chat -------------------------------------------------------------------------------------


def test_chat_echoes_the_last_user_message(zg: ZaguanClient) -> None:
    reply = zg.chat(model="echo", messages=MESSAGES)
    assert reply.choices[0].message.content == TEXT
    assert reply.choices[0].finish_reason == "stop"
    assert reply.model == "echo"
    assert isinstance(reply.usage, Usage)
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens) == (4, 4)
    assert reply.usage.total_tokens == 8


async def test_async_chat_echoes_the_last_user_message(azg: AsyncZaguanClient) -> None:
    reply = await azg.chat(model="echo", messages=MESSAGES)
    assert reply.choices[0].message.content == TEXT
    assert isinstance(reply.usage, Usage)
    assert reply.usage.total_tokens == 8


def test_chat_max_tokens_cuts_the_reply_with_finish_reason_length(zg: ZaguanClient) -> None:
    reply = zg.chat({"model": "openai/gpt-4o-mini", "messages": MESSAGES, "max_tokens": 2})
    assert reply.choices[0].message.content == "hello brave"
    assert reply.choices[0].finish_reason == "length"
    assert isinstance(reply.usage, Usage)
    assert reply.usage.completion_tokens == 2


def test_chat_stamps_the_given_request_id_and_sends_it(zg: ZaguanClient, log: RequestLog) -> None:
    reply = zg.chat(model="echo", messages=MESSAGES, request_id="itest-request-1")
    assert reply.request_id == "itest-request-1"
    assert log.request_ids() == ["itest-request-1"]


def test_chat_requests_go_to_v1_chat_completions(zg: ZaguanClient, log: RequestLog) -> None:
    zg.chat(model="echo", messages=MESSAGES)
    assert log[0].url.path == "/v1/chat/completions"


# --- chat_stream ------------------------------------------------------------------------------


def test_chat_stream_yields_the_echo_token_by_token(zg: ZaguanClient) -> None:
    with zg.chat_stream(model="echo", messages=MESSAGES) as stream:
        chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert _deltas(chunks) == ["hello ", "brave ", "new ", "world"]
    assert "".join(_deltas(chunks)) == TEXT
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert stream.response.is_closed


async def test_async_chat_stream_yields_the_echo_token_by_token(azg: AsyncZaguanClient) -> None:
    stream = await azg.chat_stream(model="echo", messages=MESSAGES)
    chunks = [chunk async for chunk in stream]
    assert _deltas(chunks) == [word + " " for word in WORDS[:-1]] + [WORDS[-1]]
    assert stream.response.is_closed


def test_chat_stream_with_include_usage_ends_with_a_usage_chunk(zg: ZaguanClient) -> None:
    stream = zg.chat_stream(model="echo", messages=MESSAGES, stream_options={"include_usage": True})
    chunks = list(stream)
    last = chunks[-1]
    assert last.choices == []
    assert isinstance(last.usage, Usage)
    assert (last.usage.prompt_tokens, last.usage.completion_tokens) == (4, 4)
    assert last.usage.prompt_tokens + last.usage.completion_tokens == last.usage.total_tokens


def test_chat_stream_chunks_carry_the_request_id(zg: ZaguanClient, log: RequestLog) -> None:
    stream = zg.chat_stream(model="echo", messages=MESSAGES, request_id="itest-stream-1")
    assert stream.request_id == "itest-stream-1"
    assert {chunk.request_id for chunk in stream} == {"itest-stream-1"}
    assert log.request_ids() == ["itest-stream-1"]


# --- collect_stream ---------------------------------------------------------------------------


def test_collect_stream_adds_up_the_echo_and_its_usage(zg: ZaguanClient) -> None:
    stream = zg.chat_stream(model="echo", messages=MESSAGES, stream_options={"include_usage": True})
    reply = collect_stream(stream)
    assert reply.choices[0].message.content == TEXT
    assert reply.choices[0].finish_reason == "stop"
    assert isinstance(reply.usage, Usage)
    assert reply.usage.total_tokens == 8
    assert reply.request_id == stream.request_id


def test_collect_stream_merges_interleaved_tool_calls_of_two_choices(zg: ZaguanClient) -> None:
    reply = collect_stream(zg.chat_stream(model="tool-echo", messages=MESSAGES, n=2))
    _assert_tool_calls_of_two_choices(reply)


async def test_acollect_stream_merges_interleaved_tool_calls_of_two_choices(
    azg: AsyncZaguanClient,
) -> None:
    reply = await acollect_stream(await azg.chat_stream(model="tool-echo", messages=MESSAGES, n=2))
    _assert_tool_calls_of_two_choices(reply)


def test_collect_stream_equals_the_non_streamed_reply_for_tool_calls(zg: ZaguanClient) -> None:
    whole = zg.chat(model="tool-echo", messages=MESSAGES, n=2)
    collected = collect_stream(zg.chat_stream(model="tool-echo", messages=MESSAGES, n=2))
    assert [c.message.to_dict() for c in collected.choices] == [
        c.message.to_dict() for c in whole.choices
    ]


# --- models -----------------------------------------------------------------------------------

MODEL_IDS = [
    "echo",
    "tool-echo",
    "openai/gpt-4o-mini",
    "anthropic/claude-sonnet-4-5-20250929",
    "google/gemini-2.5-pro",
]


def test_list_models_returns_the_catalogue(zg: ZaguanClient) -> None:
    models = zg.list_models()
    assert [model.id for model in models] == MODEL_IDS
    assert models[2].owned_by == "openai"


async def test_async_list_models_returns_the_catalogue(azg: AsyncZaguanClient) -> None:
    assert [model.id for model in await azg.list_models()] == MODEL_IDS


def test_get_capabilities_describes_every_model(zg: ZaguanClient) -> None:
    capabilities = {item.model_id: item for item in zg.get_capabilities()}
    assert list(capabilities) == MODEL_IDS
    assert capabilities["tool-echo"].supports_tools is True
    assert capabilities["echo"].supports_tools is False
    assert capabilities["google/gemini-2.5-pro"].max_context_tokens == 1048576


async def test_async_get_capabilities_describes_every_model(azg: AsyncZaguanClient) -> None:
    assert [item.model_id for item in await azg.get_capabilities()] == MODEL_IDS


# --- credits ----------------------------------------------------------------------------------


def test_get_credits_balance_reads_the_balance(zg: ZaguanClient) -> None:
    balance = zg.get_credits_balance()
    assert (balance.credits_remaining, balance.tier, balance.bands) == (
        7500,
        "pro",
        ["A", "B", "C"],
    )
    assert isinstance(balance.reset_date, datetime)
    assert balance.reset_date.year == 2026


async def test_async_get_credits_balance_reads_the_balance(azg: AsyncZaguanClient) -> None:
    assert (await azg.get_credits_balance()).credits_remaining == 7500


def test_get_credits_history_returns_one_page_and_a_cursor(zg: ZaguanClient) -> None:
    page = zg.get_credits_history(limit=5)
    assert [entry.id for entry in page.entries] == [f"hist_{n:04d}" for n in range(23, 18, -1)]
    assert page.total_entries == 23
    assert isinstance(page.next_cursor, str)
    following = zg.get_credits_history(limit=5, cursor=page.next_cursor)
    assert following.entries[0].id == "hist_0018"


async def test_async_get_credits_history_follows_the_cursor(azg: AsyncZaguanClient) -> None:
    page = await azg.get_credits_history(limit=20)
    assert isinstance(page.next_cursor, str)
    last = await azg.get_credits_history(limit=20, cursor=page.next_cursor)
    assert len(page.entries) + len(last.entries) == 23
    assert not last.next_cursor


def test_iter_credits_history_walks_every_page(zg: ZaguanClient, log: RequestLog) -> None:
    entries = list(zg.iter_credits_history(limit=5))
    assert [entry.id for entry in entries] == [f"hist_{n:04d}" for n in range(23, 0, -1)]
    assert len(log) == 5  # ceil(23 / 5) pages
    assert all(request.url.path == "/v1/credits/history" for request in log)


async def test_async_iter_credits_history_walks_every_page(
    azg: AsyncZaguanClient, log: RequestLog
) -> None:
    entries = [entry async for entry in azg.iter_credits_history(limit=4)]
    assert len(entries) == 23
    assert len({entry.id for entry in entries}) == 23
    assert len(log) == 6


def test_iter_credits_history_with_the_default_page_size(zg: ZaguanClient, log: RequestLog) -> None:
    assert len(list(zg.iter_credits_history())) == 23
    assert len(log) == 3  # the gateway's default page is 10 entries


def test_get_credits_stats_sums_the_period(zg: ZaguanClient) -> None:
    stats = zg.get_credits_stats("week")
    assert stats.period == "week"
    assert (stats.total_requests, stats.total_credits_used) == (12, 24.0)
    assert sum(present(row.requests) for row in present(stats.model_breakdown)) == (
        stats.total_requests
    )
    assert isinstance(stats.by_band, dict)
    assert sum(stats.by_band.values()) == stats.total_credits_used


async def test_async_get_credits_stats_defaults_to_the_month(azg: AsyncZaguanClient) -> None:
    stats = await azg.get_credits_stats()
    assert stats.period == "month"
    assert stats.total_requests == sum(
        present(row.requests) for row in present(stats.model_breakdown)
    )


# --- health -----------------------------------------------------------------------------------


def test_health_check_reports_ok_from_the_root_path(zg: ZaguanClient, log: RequestLog) -> None:
    health = zg.health_check()
    assert health.status == "ok"
    assert log[0].url.path == "/health"


async def test_async_health_check_reports_ok(azg: AsyncZaguanClient) -> None:
    assert (await azg.health_check()).status == "ok"
