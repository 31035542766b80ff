"""ChatAccumulator folds the typed chunks of either SDK, through their generated models only."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Type

import pytest

import meganova.generated.models as mn
import zaguan.generated.models as zg
from zaguan._runtime import ChatAccumulator

SDKS = pytest.mark.parametrize(
    ("chunk_model", "response_model"),
    [(zg.ChatChunk, zg.ChatResponse), (mn.ChatCompletionChunk, mn.ChatResponse)],
    ids=["zaguan", "meganova"],
)


def event(choices: List[Dict[str, Any]], **fields: Any) -> Dict[str, Any]:
    return {"id": "chatcmpl-7", "object": "chat.completion.chunk", "choices": choices, **fields}


def fold(chunk_model: Type[Any], events: List[Dict[str, Any]]) -> Dict[str, Any]:
    accumulator = ChatAccumulator()
    for data in events:
        accumulator.add(chunk_model.from_dict(data))
    return accumulator.result()


TOOL_EVENTS = [
    event(
        [{"index": 0, "delta": {"role": "assistant", "content": None}}],
        model="m-1",
        created=1_700_000_000,
    ),
    # Fragments without their index take their position in the list (the generated parser).
    event(
        [
            {
                "index": 0,
                "delta": {
                    "tool_calls": [
                        {"id": "call_a", "type": "function", "function": {"name": "get"}},
                        {"index": 1, "id": "call_b", "function": {"name": "put"}},
                    ]
                },
            }
        ]
    ),
    event([{"index": 0, "delta": {"tool_calls": [{"index": 1, "function": {"arguments": "{}"}}]}}]),
    event(
        [
            {
                "index": 0,
                "delta": {
                    "tool_calls": [
                        {"index": 0, "id": "call_a", "type": "function", "function": {}},
                        {"index": 0, "function": {"arguments": '{"k": 1}'}},
                    ]
                },
            }
        ]
    ),
    # A choice without delta still finishes.
    event([{"index": 0, "finish_reason": "tool_calls"}]),
]


@SDKS
def test_tool_calls_join_per_index_and_the_result_is_plain_json(
    chunk_model: Type[Any], response_model: Type[Any]
) -> None:
    result = fold(chunk_model, TOOL_EVENTS)
    assert json.loads(json.dumps(result)) == result  # enums written as their values
    assert result["choices"] == [
        {
            "index": 0,
            "finish_reason": "tool_calls",
            "message": {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_a",
                        "type": "function",
                        "function": {"name": "get", "arguments": '{"k": 1}'},
                    },
                    {
                        "id": "call_b",
                        "type": "function",
                        "function": {"name": "put", "arguments": "{}"},
                    },
                ],
            },
        }
    ]
    assert (result["model"], result["created"]) == ("m-1", 1_700_000_000)
    reply = response_model.from_dict(result)
    calls = reply.choices[0].message.tool_calls
    assert [(c.id, c.function.name) for c in calls] == [("call_a", "get"), ("call_b", "put")]


@SDKS
def test_text_reasoning_and_refusal_concatenate_per_choice(
    chunk_model: Type[Any], response_model: Type[Any]
) -> None:
    events = [
        event(
            [
                {"index": 1, "delta": {"role": "assistant", "content": "B"}},
                {"index": 0, "delta": {"reasoning_content": "think "}},
            ]
        ),
        event([{"index": 0, "delta": {"reasoning_content": "hard", "content": "A"}}]),
        event([{"index": 1, "delta": {"refusal": "no"}, "finish_reason": "content_filter"}]),
        event([{"index": 0, "delta": {"content": "!"}, "finish_reason": "stop"}]),
    ]
    reply = response_model.from_dict(fold(chunk_model, events))
    first, second = reply.choices
    assert (first.message.content, first.message.reasoning_content) == ("A!", "think hard")
    assert first.message.role == "assistant"  # the default, for a choice that sent no role
    assert (second.message.content, second.message.refusal) == ("B", "no")
    assert (first.finish_reason, second.finish_reason) == ("stop", "content_filter")


@SDKS
def test_usage_split_over_chunks_merges(chunk_model: Type[Any], response_model: Type[Any]) -> None:
    events = [
        event([{"index": 0, "delta": {"content": "x"}}], usage={"prompt_tokens": 11}),
        event(
            [],
            usage={
                "completion_tokens": 4,
                "total_tokens": 15,
                "completion_tokens_details": {"reasoning_tokens": 2},
            },
        ),
    ]
    usage = response_model.from_dict(fold(chunk_model, events)).usage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (11, 4, 15)
    assert usage.completion_tokens_details.reasoning_tokens == 2


@SDKS
def test_running_usage_totals_keep_the_last(
    chunk_model: Type[Any], response_model: Type[Any]
) -> None:
    events = [
        event(
            [{"index": 0, "delta": {"content": str(n)}}],
            usage={"prompt_tokens": 5, "completion_tokens": n, "total_tokens": 5 + n},
        )
        for n in (1, 2, 3)
    ]
    usage = response_model.from_dict(fold(chunk_model, events)).usage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (5, 3, 8)


@SDKS
def test_head_fields_come_from_the_first_chunk_that_has_them(
    chunk_model: Type[Any], response_model: Type[Any]
) -> None:
    events = [
        event([{"index": 0, "delta": {"content": "a"}}]),
        event([{"index": 0, "delta": {"content": "b"}}], model="late", system_fingerprint="fp"),
        event([], id="other", model="later"),
    ]
    result = fold(chunk_model, events)
    assert (result["id"], result["model"], result["system_fingerprint"]) == (
        "chatcmpl-7",
        "late",
        "fp",
    )
    assert "usage" not in result
    reply = response_model.from_dict(result)
    assert reply.usage.total_tokens == 0  # a stream without usage: the model's zero counts


def test_an_empty_accumulator_is_an_empty_reply() -> None:
    result = ChatAccumulator().result()
    assert result == {"id": "", "object": "chat.completion", "choices": []}
    assert zg.ChatResponse.from_dict(result).choices == []


def test_chunks_of_both_sdks_fold_to_the_same_reply() -> None:
    assert fold(zg.ChatChunk, TOOL_EVENTS) == fold(mn.ChatCompletionChunk, TOOL_EVENTS)
