"""The echo models: content, usage arithmetic, streams and tool calls."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import httpx
import pytest

from .helpers import USER_TEXT, chat_body, post_stream, stream_chunks

WORDS = USER_TEXT.split()


def _content(chunks: List[Dict[str, Any]], index: int = 0) -> str:
    return "".join(
        choice["delta"].get("content") or ""
        for chunk in chunks
        for choice in chunk["choices"]
        if choice["index"] == index
    )


def test_echo_answers_with_the_last_user_message(zaguan: httpx.Client) -> None:
    body = {
        "model": "echo",
        "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": "first question"},
            {"role": "assistant", "content": "first answer"},
            {"role": "user", "content": USER_TEXT},
        ],
    }
    reply = zaguan.post("/v1/chat/completions", json=body).json()
    assert reply["object"] == "chat.completion"
    assert reply["model"] == "echo"
    assert reply["choices"] == [
        {
            "index": 0,
            "message": {"role": "assistant", "content": USER_TEXT},
            "finish_reason": "stop",
            "logprobs": None,
        }
    ]


def test_usage_counts_words_of_every_message_and_of_the_answer(zaguan: httpx.Client) -> None:
    body = {
        "model": "openai/gpt-4o-mini",
        "messages": [
            {"role": "system", "content": "one two"},
            {"role": "assistant", "content": None, "tool_calls": []},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "three four five"},
                    {"type": "image_url", "image_url": {"url": "data:,"}},
                    {"type": "text", "text": "six"},
                ],
            },
        ],
    }
    reply = zaguan.post("/v1/chat/completions", json=body).json()
    assert reply["choices"][0]["message"]["content"] == "three four five six"
    assert reply["usage"] == {
        "prompt_tokens": 6,
        "completion_tokens": 4,
        "total_tokens": 10,
        "prompt_tokens_details": {"cached_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0},
    }


def test_meganova_usage_has_no_token_details(meganova: httpx.Client) -> None:
    reply = meganova.post("/chat/completions", json=chat_body(model="manta-flash")).json()
    assert reply["usage"] == {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10}


def test_max_tokens_truncates_the_words_and_finishes_with_length(zaguan: httpx.Client) -> None:
    reply = zaguan.post("/v1/chat/completions", json=chat_body(max_tokens=2)).json()
    assert reply["choices"][0]["message"]["content"] == "the quick"
    assert reply["choices"][0]["finish_reason"] == "length"
    assert reply["usage"]["completion_tokens"] == 2


def test_n_choices_each_echo_and_count_in_usage(meganova: httpx.Client) -> None:
    reply = meganova.post("/chat/completions", json=chat_body(n=3)).json()
    assert [choice["index"] for choice in reply["choices"]] == [0, 1, 2]
    assert {choice["message"]["content"] for choice in reply["choices"]} == {USER_TEXT}
    assert reply["usage"]["completion_tokens"] == 3 * len(WORDS)


@pytest.mark.parametrize("model", ["anthropic/claude-sonnet-4-5-20250929", "google/gemini-2.5-pro"])
def test_namespaced_zaguan_models_are_echo_models(zaguan: httpx.Client, model: str) -> None:
    reply = zaguan.post("/v1/chat/completions", json=chat_body(model=model)).json()
    assert reply["choices"][0]["message"]["content"] == USER_TEXT
    assert reply["model"] == model


def test_unknown_model_is_404_naming_the_model(meganova: httpx.Client) -> None:
    reply = meganova.post("/chat/completions", json=chat_body(model="openai/gpt-4o-mini"))
    assert reply.status_code == 404
    assert reply.json()["error"]["code"] == "model_not_found"
    assert reply.json()["error"]["param"] == "model"


def test_stream_is_role_chunk_then_one_chunk_per_word_then_stop_then_done(
    zaguan: httpx.Client,
) -> None:
    reply = post_stream(zaguan, chat_body())
    assert reply.headers["content-type"].startswith("text/event-stream")
    chunks = stream_chunks(reply.content)
    deltas = [chunk["choices"][0]["delta"] for chunk in chunks]
    assert deltas[0]["role"] == "assistant"
    assert [delta["content"] for delta in deltas[1:-1]] == [
        "the ",
        "quick ",
        "brown ",
        "fox ",
        "jumps",
    ]
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert all(chunk["choices"][0]["finish_reason"] is None for chunk in chunks[:-1])
    assert len({chunk["id"] for chunk in chunks}) == 1
    assert {chunk["object"] for chunk in chunks} == {"chat.completion.chunk"}
    assert all("usage" not in chunk for chunk in chunks)


def test_stream_with_include_usage_ends_with_a_usage_chunk_without_choices(
    meganova: httpx.Client,
) -> None:
    body = chat_body(model="manta-flash", stream_options={"include_usage": True}, max_tokens=3)
    chunks = stream_chunks(post_stream(meganova, body, path="/chat/completions").content)
    assert _content(chunks) == "the quick brown"
    assert chunks[-2]["choices"][0]["finish_reason"] == "length"
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"] == {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8}


def test_zaguan_stream_usage_has_token_details(zaguan: httpx.Client) -> None:
    chunks = stream_chunks(
        post_stream(zaguan, chat_body(stream_options={"include_usage": True})).content
    )
    assert chunks[-1]["usage"]["completion_tokens_details"] == {"reasoning_tokens": 0}
    assert chunks[-1]["usage"]["prompt_tokens_details"] == {"cached_tokens": 0}


def test_tool_echo_returns_two_tool_calls(zaguan: httpx.Client) -> None:
    reply = zaguan.post("/v1/chat/completions", json=chat_body(model="tool-echo")).json()
    choice = reply["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    calls = choice["message"]["tool_calls"]
    assert [call["function"]["name"] for call in calls] == ["get_weather", "get_time"]
    assert [call["type"] for call in calls] == ["function", "function"]
    assert json.loads(calls[0]["function"]["arguments"]) == {"location": "Paris", "unit": "celsius"}
    assert len({call["id"] for call in calls}) == 2


def test_tool_echo_calls_the_tools_offered(meganova: httpx.Client) -> None:
    tools = [
        {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}},
        {"type": "function", "function": {"name": "book"}},
    ]
    body = chat_body(model="tool-echo", tools=tools)
    calls = meganova.post("/chat/completions", json=body).json()["choices"][0]["message"][
        "tool_calls"
    ]
    assert [call["function"]["name"] for call in calls] == ["lookup", "book"]


def _assemble_tool_calls(chunks: List[Dict[str, Any]]) -> Dict[int, Dict[int, Dict[str, str]]]:
    calls: Dict[int, Dict[int, Dict[str, str]]] = {}
    for chunk in chunks:
        for choice in chunk["choices"]:
            for fragment in choice["delta"].get("tool_calls") or []:
                call = calls.setdefault(choice["index"], {}).setdefault(
                    fragment["index"], {"id": "", "name": "", "arguments": ""}
                )
                call["id"] += fragment.get("id", "")
                call["name"] += fragment.get("function", {}).get("name", "")
                call["arguments"] += fragment.get("function", {}).get("arguments", "")
    return calls


def test_tool_echo_stream_interleaves_two_choices_and_splits_arguments(
    zaguan: httpx.Client,
) -> None:
    chunks = stream_chunks(post_stream(zaguan, chat_body(model="tool-echo", n=2)).content)
    order = [chunk["choices"][0]["index"] for chunk in chunks]
    assert order[:4] == [0, 1, 0, 1]  # the choices interleave
    whole = zaguan.post("/v1/chat/completions", json=chat_body(model="tool-echo", n=2)).json()
    assembled = _assemble_tool_calls(chunks)
    for choice in whole["choices"]:
        expected = {
            position: {
                "id": call["id"],
                "name": call["function"]["name"],
                "arguments": call["function"]["arguments"],
            }
            for position, call in enumerate(choice["message"]["tool_calls"])
        }
        assert assembled[choice["index"]] == expected
    pieces = [
        fragment["function"]["arguments"]
        for chunk in chunks
        for fragment in chunk["choices"][0]["delta"].get("tool_calls") or []
        if chunk["choices"][0]["index"] == 0 and fragment["index"] == 0
    ]
    assert len([piece for piece in pieces if piece]) >= 3
    finishes = [chunk["choices"][0]["finish_reason"] for chunk in chunks]
    assert finishes.count("tool_calls") == 2


def test_request_id_is_echoed_in_the_reply_headers(zaguan: httpx.Client) -> None:
    reply = zaguan.post("/v1/chat/completions", json=chat_body(), headers={"X-Request-Id": "rid-7"})
    assert reply.headers["x-request-id"] == "rid-7"
    assert zaguan.get("/v1/models").headers["x-request-id"]
