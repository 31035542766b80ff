"""MessageAccumulator folds typed Messages events into a message; message_events undoes it."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zaguan.generated.models as zg
from zaguan._runtime import MessageAccumulator, message_events

EVENT_MODELS: Dict[str, Any] = {
    "message_start": zg.AnthropicMessageStartEvent,
    "content_block_start": zg.AnthropicContentBlockStartEvent,
    "content_block_delta": zg.AnthropicContentBlockDeltaEvent,
    "content_block_stop": zg.AnthropicContentBlockStopEvent,
    "message_delta": zg.AnthropicMessageDeltaEvent,
    "message_stop": zg.AnthropicMessageStopEvent,
    "ping": zg.AnthropicPingEvent,
}

HEAD = {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-x"}


def fold(events: List[Dict[str, Any]]) -> Dict[str, Any]:
    accumulator = MessageAccumulator()
    for data in events:
        accumulator.add(EVENT_MODELS[data["type"]].from_dict(data))
    return accumulator.result()


def start(usage: Dict[str, Any]) -> Dict[str, Any]:
    message: Dict[str, Any] = {**HEAD, "content": [], "stop_reason": None, "usage": usage}
    return {"type": "message_start", "message": message}


def block_start(index: int, block: Dict[str, Any]) -> Dict[str, Any]:
    return {"type": "content_block_start", "index": index, "content_block": block}


def block_delta(index: int, delta: Dict[str, Any]) -> Dict[str, Any]:
    return {"type": "content_block_delta", "index": index, "delta": delta}


def stop(index: int) -> Dict[str, Any]:
    return {"type": "content_block_stop", "index": index}


def message_delta(delta: Dict[str, Any], usage: Dict[str, Any]) -> Dict[str, Any]:
    return {"type": "message_delta", "delta": delta, "usage": usage}


# Thinking with its signature, text in pieces, then a tool call whose input JSON arrives in
# pieces; pings in between; message_delta's delta without a `type`, as Anthropic sends it.
STREAM = [
    start({"input_tokens": 25, "output_tokens": 1, "cache_read_input_tokens": 7}),
    {"type": "ping"},
    block_start(0, {"type": "thinking", "thinking": "", "signature": ""}),
    block_delta(0, {"type": "thinking_delta", "thinking": "Let me "}),
    block_delta(0, {"type": "thinking_delta", "thinking": "think."}),
    block_delta(0, {"type": "signature_delta", "signature": "sig-123"}),
    stop(0),
    block_start(1, {"type": "text", "text": ""}),
    block_delta(1, {"type": "text_delta", "text": "The weather"}),
    {"type": "ping"},
    block_delta(1, {"type": "text_delta", "text": " is:"}),
    stop(1),
    block_start(2, {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {}}),
    block_delta(2, {"type": "input_json_delta", "partial_json": ""}),
    block_delta(2, {"type": "input_json_delta", "partial_json": '{"city": "Pa'}),
    block_delta(2, {"type": "input_json_delta", "partial_json": 'ris", "days": 2}'}),
    stop(2),
    message_delta({"stop_reason": "tool_use", "stop_sequence": None}, {"output_tokens": 42}),
    {"type": "message_stop"},
]


def test_a_stream_folds_into_the_whole_message() -> None:
    message = fold(STREAM)
    assert message == {
        **HEAD,
        "content": [
            {"type": "thinking", "thinking": "Let me think.", "signature": "sig-123"},
            {"type": "text", "text": "The weather is:"},
            {
                "type": "tool_use",
                "id": "toolu_1",
                "name": "get_weather",
                "input": {"city": "Paris", "days": 2},
            },
        ],
        "stop_reason": "tool_use",
        "usage": {"input_tokens": 25, "output_tokens": 42, "cache_read_input_tokens": 7},
    }


def test_the_folded_message_parses_with_the_generated_model() -> None:
    message = zg.AnthropicMessagesResponse.from_dict(fold(STREAM))
    assert isinstance(message.content[2], zg.AnthropicToolUseBlock)
    assert message.content[2].input == {"city": "Paris", "days": 2}
    assert message.usage.output_tokens == 42


def test_blocks_are_ordered_by_index_whatever_order_their_events_come_in() -> None:
    events = [
        start({"input_tokens": 1, "output_tokens": 0}),
        block_start(1, {"type": "text", "text": ""}),
        block_start(0, {"type": "text", "text": ""}),
        block_delta(1, {"type": "text_delta", "text": "second"}),
        block_delta(0, {"type": "text_delta", "text": "first"}),
    ]
    assert [block["text"] for block in fold(events)["content"]] == ["first", "second"]


def test_a_tool_call_without_input_pieces_keeps_its_start_input() -> None:
    events = [
        start({"input_tokens": 1, "output_tokens": 0}),
        block_start(0, {"type": "tool_use", "id": "t", "name": "now", "input": {"tz": "UTC"}}),
    ]
    assert fold(events)["content"][0]["input"] == {"tz": "UTC"}


def test_empty_input_pieces_join_into_an_empty_input() -> None:
    events = [
        start({"input_tokens": 1, "output_tokens": 0}),
        block_start(0, {"type": "tool_use", "id": "t", "name": "now", "input": {}}),
        block_delta(0, {"type": "input_json_delta", "partial_json": ""}),
    ]
    assert fold(events)["content"][0]["input"] == {}


def test_input_pieces_that_are_not_json_raise_value_error() -> None:
    events = [
        start({"input_tokens": 1, "output_tokens": 0}),
        block_start(0, {"type": "tool_use", "id": "t", "name": "now", "input": {}}),
        block_delta(0, {"type": "input_json_delta", "partial_json": '{"cut'}),
    ]
    with pytest.raises(ValueError):
        fold(events)


def test_citations_deltas_append_to_the_blocks_citations() -> None:
    citation = {"type": "char_location", "cited_text": "x", "document_index": 0}
    events = [
        start({"input_tokens": 1, "output_tokens": 0}),
        block_start(0, {"type": "text", "text": ""}),
        block_delta(0, {"type": "citations_delta", "citation": citation}),
        block_delta(0, {"type": "text_delta", "text": "quoted"}),
    ]
    assert fold(events)["content"][0] == {"type": "text", "text": "quoted", "citations": [citation]}


def test_deltas_of_an_unknown_type_change_nothing() -> None:
    events = [
        start({"input_tokens": 1, "output_tokens": 0}),
        block_start(0, {"type": "text", "text": "a"}),
        block_delta(0, {"type": "sparkle_delta", "sparkle": "*"}),
    ]
    assert fold(events)["content"] == [{"type": "text", "text": "a"}]


def test_usage_merges_a_later_non_zero_count_wins() -> None:
    events = [
        start({"input_tokens": 25, "output_tokens": 1}),
        message_delta({"stop_reason": "end_turn"}, {"output_tokens": 0, "input_tokens": None}),
        message_delta({}, {"output_tokens": 9}),
    ]
    assert fold(events)["usage"] == {"input_tokens": 25, "output_tokens": 9}


def test_a_message_delta_with_a_type_in_its_delta_does_not_change_the_message_type() -> None:
    events = [
        start({"input_tokens": 1, "output_tokens": 0}),
        message_delta({"type": "message_delta", "stop_reason": "max_tokens"}, {"output_tokens": 3}),
    ]
    folded = fold(events)
    assert (folded["type"], folded["stop_reason"]) == ("message", "max_tokens")


# --- message_events: the events a whole message stands for ----------------------------------

WHOLE: Dict[str, Any] = {
    **HEAD,
    "content": [
        {"type": "thinking", "thinking": "Hm.", "signature": "sig"},
        {"type": "text", "text": "Hello there"},
        {"type": "tool_use", "id": "toolu_9", "name": "f", "input": {"a": [1, "é"]}},
        {"type": "redacted_thinking", "data": "opaque"},
        {"type": "server_tool_use", "id": "srv_1", "name": "web_search", "input": {"q": "x"}},
    ],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 12, "output_tokens": 5, "cache_creation_input_tokens": 0},
}


def test_message_events_fold_back_into_the_message() -> None:
    expected = json.loads(json.dumps(WHOLE))
    del expected["stop_sequence"]  # null: absent once through the generated models
    assert fold(message_events(WHOLE)) == expected


def test_message_events_are_the_standard_sequence() -> None:
    kinds = [(event["type"], event.get("index")) for event in message_events(WHOLE)]
    assert kinds[0] == ("message_start", None)
    assert kinds[-2:] == [("message_delta", None), ("message_stop", None)]
    for index in range(len(WHOLE["content"])):
        mine = [kind for kind, at in kinds if at == index]
        assert mine[0] == "content_block_start" and mine[-1] == "content_block_stop"


def test_message_events_send_text_as_a_text_delta_from_an_empty_start() -> None:
    events = message_events(WHOLE)
    assert block_start(1, {"type": "text", "text": ""}) in events
    assert block_delta(1, {"type": "text_delta", "text": "Hello there"}) in events


def test_message_events_send_the_usage_split_as_a_stream_does() -> None:
    events = message_events(WHOLE)
    assert events[0]["message"]["usage"]["output_tokens"] == 0
    assert events[0]["message"]["usage"]["input_tokens"] == 12
    assert events[-2]["usage"] == {"output_tokens": 5}
    assert events[-2]["delta"] == {"stop_reason": "end_turn", "stop_sequence": None}


def test_message_events_of_a_message_without_content_still_start_and_stop() -> None:
    events = message_events({**HEAD, "content": [], "usage": {}})
    assert [event["type"] for event in events] == ["message_start", "message_delta", "message_stop"]


def test_every_message_event_parses_with_the_generated_event_models() -> None:
    for data in message_events(WHOLE):
        assert EVENT_MODELS[data["type"]].from_dict(data).type == data["type"]


# --- any message survives the trip through events and back ------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)
_BLOCKS = st.one_of(
    st.builds(lambda text: {"type": "text", "text": text}, st.text()),
    st.builds(
        lambda id_, name, arguments: {
            "type": "tool_use",
            "id": id_,
            "name": name,
            "input": arguments,
        },
        st.text(min_size=1, max_size=8),
        st.text(min_size=1, max_size=8),
        st.dictionaries(st.text(max_size=5), _JSON, max_size=4),
    ),
    st.builds(
        lambda thought, signature: {
            "type": "thinking",
            "thinking": thought,
            "signature": signature,
        },
        st.text(),
        st.text(min_size=1, max_size=12),
    ),
    st.builds(lambda data: {"type": "redacted_thinking", "data": data}, st.text(max_size=12)),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_BLOCKS, max_size=5),
    st.sampled_from(["end_turn", "max_tokens", "tool_use", "stop_sequence"]),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
)
def test_any_message_folds_back_from_the_events_it_stands_for(
    blocks: List[Dict[str, Any]], stop_reason: str, input_tokens: int, output_tokens: int
) -> None:
    message = {
        **HEAD,
        "content": blocks,
        "stop_reason": stop_reason,
        "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
    }
    parsed = zg.AnthropicMessagesResponse.from_dict(fold(message_events(message)))
    assert parsed == zg.AnthropicMessagesResponse.from_dict(message)
