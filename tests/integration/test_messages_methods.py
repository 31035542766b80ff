"""Every Anthropic-style method of ZaguanClient and AsyncZaguanClient against the local gateway.

The gateway validates each request against the Zaguan spec (so a success shows the SDK sent a
spec-valid request) and answers with echo messages; see ``local_gateway.messages``.
"""

from __future__ import annotations

from typing import Any, List

from zaguan import AnthropicMessagesResponse, AsyncZaguanClient, ZaguanClient
from zaguan.models import (
    AnthropicBatchCanceledResult,
    AnthropicBatchErroredResult,
    AnthropicBatchExpiredResult,
    AnthropicBatchSucceededResult,
    AnthropicContentBlockDeltaEvent,
    AnthropicMessageParam,
    AnthropicTextBlock,
    AnthropicTextDelta,
    AnthropicThinkingBlock,
    AnthropicToolUseBlock,
)

from ._support import TEXT, WORDS, RequestLog

USER: List[AnthropicMessageParam] = [{"role": "user", "content": TEXT}]
WEATHER_TOOL: Any = {"name": "weather", "input_schema": {"type": "object"}}


def text_of(message: AnthropicMessagesResponse) -> str:
    return "".join(block.text for block in message.content if isinstance(block, AnthropicTextBlock))


def deltas(events: List[Any]) -> List[str]:
    return [
        e.delta.text
        for e in events
        if isinstance(e, AnthropicContentBlockDeltaEvent)
        and isinstance(e.delta, AnthropicTextDelta)
    ]


def item(custom_id: str, model: str = "echo") -> Any:
    return {"custom_id": custom_id, "params": {"model": model, "max_tokens": 32, "messages": USER}}


# --- messages --------------------------------------------------------------------------------


def test_messages_echoes_the_last_user_message(zg: ZaguanClient, log: RequestLog) -> None:
    message = zg.messages(model="echo", max_tokens=64, messages=USER)
    assert message.content[0].type == "text"
    assert text_of(message) == TEXT
    assert (message.role, message.stop_reason) == ("assistant", "end_turn")
    assert (message.usage.input_tokens, message.usage.output_tokens) == (4, 4)
    assert message.id.startswith("msg_")
    assert log[0].url.path == "/v1/messages"
    assert log[0].headers["anthropic-version"] == "2023-06-01"


def test_messages_max_tokens_cuts_the_reply(zg: ZaguanClient) -> None:
    message = zg.messages(model="echo", max_tokens=2, messages=USER)
    assert text_of(message) == "hello brave"
    assert message.stop_reason == "max_tokens"


def test_messages_with_thinking_and_tools_gives_typed_blocks(zg: ZaguanClient) -> None:
    message = zg.messages(
        model="tool-echo",
        max_tokens=4096,
        messages=USER,
        tools=[WEATHER_TOOL],
        thinking={"type": "enabled", "budget_tokens": 1024},
        anthropic_version="2023-06-01",
    )
    thinking, first, second = message.content
    assert isinstance(thinking, AnthropicThinkingBlock) and thinking.signature
    assert isinstance(first, AnthropicToolUseBlock) and first.name == "weather"
    assert isinstance(second, AnthropicToolUseBlock) and second.input == {
        "timezone": "Europe/Paris"
    }
    assert message.stop_reason == "tool_use"


async def test_async_messages_echoes_the_last_user_message(azg: AsyncZaguanClient) -> None:
    message = await azg.messages(model="echo", max_tokens=64, messages=USER, system="Be kind")
    assert text_of(message) == TEXT
    assert message.usage.input_tokens == 6  # the system prompt's words count too


# --- streams ---------------------------------------------------------------------------------


def test_messages_stream_sends_text_word_by_word(zg: ZaguanClient) -> None:
    with zg.messages_stream(model="echo", max_tokens=64, messages=USER) as stream:
        events = list(stream)
    assert events[0].type == "message_start" and events[-1].type == "message_stop"
    assert "ping" in [e.type for e in events]
    assert [piece.strip() for piece in deltas(events)] == WORDS
    assert stream.completed


def test_the_collector_gives_the_same_message_as_a_whole_call(zg: ZaguanClient) -> None:
    request: Any = {
        "model": "tool-echo",
        "max_tokens": 4096,
        "messages": USER,
        "thinking": {"type": "enabled", "budget_tokens": 1024},
    }
    streamed = zg.messages_stream(request).get_final_message()
    whole = zg.messages(request)
    assert streamed.content == whole.content
    assert (streamed.stop_reason, streamed.usage) == (whole.stop_reason, whole.usage)


def test_a_whole_message_answer_to_a_stream_request_streams_as_events(zg: ZaguanClient) -> None:
    with zg.messages_stream(model="whole-message", max_tokens=64, messages=USER) as stream:
        events = list(stream)
        message = stream.get_final_message()
    assert [e.type for e in events][:2] == ["message_start", "content_block_start"]
    assert deltas(events) == [TEXT]
    assert text_of(message) == TEXT


async def test_async_messages_stream_and_its_collector(azg: AsyncZaguanClient) -> None:
    async with azg.messages_stream(model="echo", max_tokens=64, messages=USER) as stream:
        pieces = [
            e.delta.text
            async for e in stream
            if isinstance(e, AnthropicContentBlockDeltaEvent)
            and isinstance(e.delta, AnthropicTextDelta)
        ]
        message = await stream.get_final_message()
    assert "".join(pieces) == TEXT == text_of(message)


async def test_async_a_whole_message_answer_streams_as_events(azg: AsyncZaguanClient) -> None:
    stream = azg.messages_stream(model="whole-message", max_tokens=64, messages=USER)
    assert text_of(await stream.get_final_message()) == TEXT


# --- count_tokens ----------------------------------------------------------------------------


def test_count_tokens_counts_the_words_of_the_input(zg: ZaguanClient) -> None:
    counted = zg.count_tokens(model="echo", messages=USER, system="Be kind", tools=[WEATHER_TOOL])
    assert counted.input_tokens == 4 + 2 + 1


async def test_async_count_tokens_counts_the_words_of_the_input(azg: AsyncZaguanClient) -> None:
    assert (await azg.count_tokens(model="echo", messages=USER)).input_tokens == 4


# --- batches ---------------------------------------------------------------------------------


def test_a_batch_is_created_in_progress_and_ends_when_read(zg: ZaguanClient) -> None:
    created = zg.create_messages_batch([item("a"), item("b")])
    assert created.processing_status == "in_progress"
    assert created.request_counts.processing == 2
    fetched = zg.get_messages_batch(created.id)
    assert fetched.processing_status == "ended"
    assert fetched.request_counts.succeeded == 2
    assert fetched.ended_at is not None and fetched.results_url is not None


def test_batch_results_are_typed_per_outcome(zg: ZaguanClient) -> None:
    batch = zg.create_messages_batch(
        [item("ok"), item("bad", "no-such-model"), item("late", "slow")]
    )
    with zg.get_messages_batch_results(batch.id) as results:
        by_id = {line.custom_id: line.result for line in results}
    ok, bad, late = by_id["ok"], by_id["bad"], by_id["late"]
    assert isinstance(ok, AnthropicBatchSucceededResult) and text_of(ok.message) == TEXT
    assert isinstance(bad, AnthropicBatchErroredResult)
    assert bad.error.error.type == "not_found_error"
    assert isinstance(late, AnthropicBatchExpiredResult)


def test_a_batch_canceled_before_it_runs_ends_with_every_request_canceled(
    zg: ZaguanClient,
) -> None:
    batch = zg.create_messages_batch([item("a"), item("b")])
    canceling = zg.cancel_messages_batch(batch.id)
    assert canceling.processing_status == "canceling"
    assert canceling.cancel_initiated_at is not None
    results = list(zg.get_messages_batch_results(batch.id))
    assert {type(line.result) for line in results} == {AnthropicBatchCanceledResult}
    assert zg.get_messages_batch(batch.id).request_counts.canceled == 2


def test_list_pages_newest_first_and_iter_walks_every_page(zg: ZaguanClient) -> None:
    made = [zg.create_messages_batch([item(f"n{n}")]).id for n in range(3)]
    first = zg.list_messages_batches(limit=2)
    assert [b.id for b in first.data] == made[::-1][:2]
    assert first.has_more and first.last_id == made[1]
    second = zg.list_messages_batches(limit=2, after_id=first.last_id)
    assert second.data[0].id == made[0]
    walked = [b.id for b in zg.iter_messages_batches(limit=2)]
    assert walked[:3] == made[::-1]
    assert walked[-1] == "msgbatch_local_example"
    assert len(walked) == len(set(walked))


async def test_async_batches_create_get_list_cancel_results(azg: AsyncZaguanClient) -> None:
    batch = await azg.create_messages_batch([item("a"), item("b", "no-such-model")])
    assert (await azg.get_messages_batch(batch.id)).request_counts.errored == 1
    assert (await azg.list_messages_batches(limit=1)).data[0].id == batch.id
    assert batch.id in [b.id async for b in azg.iter_messages_batches(limit=3)]
    ended = await azg.cancel_messages_batch(batch.id)  # too late: it stays as it ended
    assert ended.processing_status == "ended"
    async with azg.get_messages_batch_results(batch.id) as results:
        kinds = sorted([line.result.type async for line in results])
    assert kinds == ["errored", "succeeded"]
