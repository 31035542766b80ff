"""Every MegaNova / AsyncMegaNova resource method end to end against the local gateway.

The gateway validates each request against the Meganova spec, so a success here also shows
that the SDK sent a spec-valid request.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, TypedDict

import pytest

from meganova import AsyncMegaNova, ChatStream, ChatStreamChunk, MegaNova
from meganova.errors import NotFoundError
from meganova.types import ModelPricing, TokenUsage

from ._support import MESSAGES, TEXT, RequestLog, present


class _Range(TypedDict):
    from_: str
    to: str


PINNED = "meganova-ai/manta-flash-1.0"
MODEL_IDS = ["manta-flash", PINNED, "echo", "tool-echo"]
JUNE: _Range = {"from_": "2025-06-01T00:00:00Z", "to": "2025-06-30T23:59:59Z"}


def _text(chunks: List[ChatStreamChunk]) -> List[str]:
    return [chunk.delta for chunk in chunks if chunk.delta]


# --- chat.create ------------------------------------------------------------------------------


def test_chat_create_echoes_the_last_user_message(mn: MegaNova) -> None:
    reply = mn.chat.create(messages=MESSAGES, model="manta-flash")
    assert reply.choices[0].message.content == TEXT
    assert reply.choices[0].finish_reason == "stop"
    assert reply.model == "manta-flash"
    assert isinstance(reply.usage, TokenUsage)
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens) == (4, 4)
    assert reply.usage.total_tokens == 8


async def test_async_chat_create_echoes_the_last_user_message(amn: AsyncMegaNova) -> None:
    reply = await amn.chat.create(messages=MESSAGES, model="manta-flash")
    assert reply.choices[0].message.content == TEXT


def test_chat_create_max_tokens_cuts_the_reply(mn: MegaNova) -> None:
    reply = mn.chat.create(messages=MESSAGES, model="manta-flash", max_tokens=3, temperature=0.2)
    assert reply.choices[0].message.content == "hello brave new"
    assert reply.choices[0].finish_reason == "length"


def test_chat_create_sends_to_chat_completions(mn: MegaNova, log: RequestLog) -> None:
    reply = mn.chat.create(messages=MESSAGES, model="manta-flash")
    assert log[0].url.path == "/meganova/v1/chat/completions"
    assert log[0].headers["x-mn-sdk"] == "python"
    assert reply.request_id == log.request_ids()[0]


def test_chat_create_with_tools_returns_the_tool_calls(mn: MegaNova) -> None:
    reply = mn.chat.create(messages=MESSAGES, model="tool-echo")
    calls = present(reply.choices[0].message.tool_calls)
    assert [call.function.name for call in calls] == ["get_weather", "get_time"]
    assert json.loads(calls[1].function.arguments) == {"timezone": "Europe/Paris"}


# --- chat.create(stream=True) and chat.stream -------------------------------------------------


def test_chat_create_stream_true_streams_token_by_token(mn: MegaNova) -> None:
    stream = mn.chat.create(messages=MESSAGES, model="manta-flash", stream=True)
    assert isinstance(stream, ChatStream)
    with stream:
        chunks = list(stream)
    assert _text(chunks) == ["hello ", "brave ", "new ", "world"]
    assert "".join(_text(chunks)) == TEXT
    assert [chunk.done for chunk in chunks].count(True) == 1
    assert chunks[-1].done
    assert [c.finish_reason for c in chunks if c.finish_reason] == ["stop"]


async def test_async_chat_create_stream_true_streams_token_by_token(amn: AsyncMegaNova) -> None:
    stream = await amn.chat.create(messages=MESSAGES, model="manta-flash", stream=True)
    async with stream:
        chunks = [chunk async for chunk in stream]
    assert "".join(_text(chunks)) == TEXT
    assert chunks[-1].done


def test_chat_stream_puts_the_usage_on_the_done_chunk(mn: MegaNova) -> None:
    chunks = list(
        mn.chat.stream(
            messages=MESSAGES, model="manta-flash", stream_options={"include_usage": True}
        )
    )
    done = chunks[-1]
    assert done.done and done.delta == ""
    assert done.usage is not None
    assert (done.usage.prompt_tokens, done.usage.completion_tokens) == (4, 4)
    assert done.usage.prompt_tokens + done.usage.completion_tokens == done.usage.total_tokens
    assert done.usage.completion_tokens == len(_text(chunks))


async def test_async_chat_stream_puts_the_usage_on_the_done_chunk(amn: AsyncMegaNova) -> None:
    stream = await amn.chat.stream(
        messages=MESSAGES, model="manta-flash", stream_options={"include_usage": True}
    )
    chunks = [chunk async for chunk in stream]
    done = chunks[-1]
    assert done.done
    assert done.usage is not None
    assert done.usage.total_tokens == done.usage.prompt_tokens + done.usage.completion_tokens == 8


def test_chat_stream_without_include_usage_has_no_usage(mn: MegaNova) -> None:
    chunks = list(mn.chat.stream(messages=MESSAGES, model="manta-flash"))
    assert chunks[-1].done and chunks[-1].usage is None


def test_chat_stream_items_carry_the_request_id(mn: MegaNova, log: RequestLog) -> None:
    stream = mn.chat.stream(
        messages=MESSAGES, model="manta-flash", extra_headers={"X-Request-Id": "mn-stream-1"}
    )
    assert stream.request_id == "mn-stream-1"
    assert {chunk.request_id for chunk in stream} == {"mn-stream-1"}


def test_chat_stream_tool_call_fragments_of_two_choices_join_up(mn: MegaNova) -> None:
    arguments: Dict[Any, str] = {}
    for item in mn.chat.stream(messages=MESSAGES, model="tool-echo", n=2):
        if item.done:
            continue
        assert item.chunk is not None
        for choice in item.chunk.choices:
            for call in choice.delta.tool_calls or []:
                key = (choice.index, call.index)
                assert call.function is not None
                arguments[key] = arguments.get(key, "") + (call.function.arguments or "")
    assert sorted(arguments) == [(0, 0), (0, 1), (1, 0), (1, 1)]
    for (_, position), text in arguments.items():
        expected = [{"location": "Paris", "unit": "celsius"}, {"timezone": "Europe/Paris"}]
        assert json.loads(text) == expected[position]


# --- models -----------------------------------------------------------------------------------


def test_models_list_returns_the_catalogue(mn: MegaNova) -> None:
    models = mn.models.list()
    assert [model.id for model in models] == MODEL_IDS
    assert models[0].default is True
    assert isinstance(models[0].pricing, ModelPricing)
    assert models[0].pricing.completion_tokens_per_1k == 0.0004


async def test_async_models_list_returns_the_catalogue(amn: AsyncMegaNova) -> None:
    assert [model.id for model in await amn.models.list()] == MODEL_IDS


def test_models_get_finds_an_id_with_a_slash(mn: MegaNova, log: RequestLog) -> None:
    model = mn.models.get(PINNED)
    assert model.id == PINNED
    assert model.name == "Manta Flash 1.0"
    assert log[0].url.raw_path == b"/meganova/v1/models/meganova-ai%2Fmanta-flash-1.0"


async def test_async_models_get_finds_an_id_with_a_slash(amn: AsyncMegaNova) -> None:
    assert (await amn.models.get(PINNED)).context_length == 32768


def test_models_get_unknown_id_raises_not_found(mn: MegaNova) -> None:
    with pytest.raises(NotFoundError) as caught:
        mn.models.get("no-such/model")
    assert caught.value.status == 404
    assert caught.value.code == "model_not_found"


# --- usage ------------------------------------------------------------------------------------


def test_usage_summary_sums_the_range(mn: MegaNova, log: RequestLog) -> None:
    summary = mn.usage.summary(**JUNE)
    assert summary.total_requests == 765
    assert present(summary.prompt_tokens) + present(summary.completion_tokens) == (
        summary.total_tokens
    )
    assert log[0].url.params["from"] == JUNE["from_"]


def test_usage_summary_grouped_by_model_adds_up(mn: MegaNova) -> None:
    summary = mn.usage.summary(**JUNE, group_by="model")
    assert summary.group_by == "model"
    groups = present(summary.groups)
    assert [group.key for group in groups] == ["manta-flash", PINNED]
    assert sum(present(group.requests) for group in groups) == summary.total_requests
    assert sum(present(group.total_tokens) for group in groups) == summary.total_tokens


async def test_async_usage_summary_sums_the_range(amn: AsyncMegaNova) -> None:
    summary = await amn.usage.summary(**JUNE, group_by="day")
    groups = present(summary.groups)
    assert len(groups) == 30
    assert sum(present(group.requests) for group in groups) == summary.total_requests


# --- billing ----------------------------------------------------------------------------------


def test_billing_get_balance_reads_the_balance(mn: MegaNova) -> None:
    balance = mn.billing.get_balance()
    assert (balance.balance, balance.currency, balance.status) == (42.5, "USD", "active")


async def test_async_billing_get_balance_reads_the_balance(amn: AsyncMegaNova) -> None:
    assert (await amn.billing.get_balance()).balance == 42.5
