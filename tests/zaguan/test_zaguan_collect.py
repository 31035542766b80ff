"""collect_stream / acollect_stream fold a streamed reply back into one ChatResponse."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest
from pytest_httpx import HTTPXMock

from zaguan import (
    AsyncZaguanClient,
    ChatChunk,
    ChatResponse,
    Message,
    StreamAccumulator,
    TokenDetails,
    Usage,
    ZaguanClient,
    acollect_stream,
    collect_stream,
)
from zaguan.errors import APIConnectionError

from .zg_helpers import MESSAGES, MODEL, SSE_HEADERS, chunk, sent, sse_body, text_chunks


def tool(index: int, **fields: Any) -> Dict[str, Any]:
    return {"index": index, **fields}


def fn(index: int, arguments: str) -> Dict[str, Any]:
    return tool(index, function={"arguments": arguments})


def c0(delta: Dict[str, Any], finish: Any = None) -> Dict[str, Any]:
    return {"index": 0, "delta": delta, "finish_reason": finish}


def c1(delta: Dict[str, Any], finish: Any = None) -> Dict[str, Any]:
    return {"index": 1, "delta": delta, "finish_reason": finish}


# Choice 0 makes two tool calls whose argument fragments interleave by index; choice 1 streams
# text; each choice finishes on its own; a final usage chunk has no choices.
EVENTS: List[Dict[str, Any]] = [
    chunk(
        [
            c0(
                {
                    "role": "assistant",
                    "tool_calls": [
                        tool(
                            0,
                            id="call_weather",
                            type="function",
                            function={"name": "get_weather", "arguments": ""},
                        ),
                    ],
                }
            ),
            c1({"role": "assistant", "content": "The "}),
        ]
    ),
    chunk(
        [
            c0(
                {
                    "tool_calls": [
                        tool(
                            1,
                            id="call_time",
                            type="function",
                            function={"name": "get_time", "arguments": '{"tz"'},
                        ),
                    ]
                }
            )
        ]
    ),
    chunk([c0({"tool_calls": [fn(0, '{"city":')]}), c1({"content": "answer"})]),
    chunk([c0({"tool_calls": [fn(1, ': "UTC"'), fn(0, ' "Paris"')]})]),
    chunk([c1({"content": " is 42."}, "stop")]),
    chunk([c0({"tool_calls": [fn(1, "}")]})]),
    chunk([c0({"tool_calls": [fn(0, "}")]})]),
    chunk([c0({}, "tool_calls")]),
    chunk(
        [],
        usage={
            "prompt_tokens": 10,
            "completion_tokens": 20,
            "total_tokens": 30,
            "completion_tokens_details": {"reasoning_tokens": 5},
        },
    ),
]


def check_collected(reply: ChatResponse) -> None:
    assert isinstance(reply, ChatResponse)
    assert reply.id == "chatcmpl-s1"
    assert reply.model == MODEL
    assert [c.index for c in reply.choices] == [0, 1]

    first, second = reply.choices
    assert first.finish_reason == "tool_calls"
    assert second.finish_reason == "stop"

    calls = first.message.tool_calls
    assert isinstance(calls, list)
    assert [c.id for c in calls] == ["call_weather", "call_time"]
    assert [c.type for c in calls] == ["function", "function"]
    assert [c.function.name for c in calls] == ["get_weather", "get_time"]
    assert [c.function.arguments for c in calls] == ['{"city": "Paris"}', '{"tz": "UTC"}']
    assert first.message.content is None
    assert first.message.role == "assistant"

    assert second.message.content == "The answer is 42."
    assert not second.message.tool_calls

    usage = reply.usage
    assert isinstance(usage, Usage)
    assert (usage.prompt_tokens, usage.completion_tokens) == (10, 20)
    assert usage.total_tokens == 30
    assert isinstance(usage.completion_tokens_details, TokenDetails)
    assert usage.completion_tokens_details.reasoning_tokens == 5


def test_collect_stream_merges_interleaved_tool_calls_text_finish_reasons_and_usage(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=sse_body(EVENTS), headers=SSE_HEADERS)
    reply = collect_stream(client.chat_stream(model=MODEL, messages=MESSAGES, n=2))
    check_collected(reply)


async def test_acollect_stream_merges_interleaved_tool_calls_text_finish_reasons_and_usage(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=sse_body(EVENTS), headers=SSE_HEADERS)
    reply = await acollect_stream(await aclient.chat_stream(model=MODEL, messages=MESSAGES, n=2))
    check_collected(reply)


def test_collect_stream_result_carries_the_stream_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=sse_body(EVENTS), headers=SSE_HEADERS)
    stream = client.chat_stream(model=MODEL, messages=MESSAGES)
    reply = collect_stream(stream)
    assert reply.request_id == stream.request_id
    assert reply.request_id == sent(httpx_mock.get_request()).headers["X-Request-Id"]


async def test_acollect_stream_result_carries_the_stream_request_id(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=sse_body(EVENTS), headers=SSE_HEADERS)
    stream = await aclient.chat_stream(model=MODEL, messages=MESSAGES, request_id="rid-collect")
    reply = await acollect_stream(stream)
    assert reply.request_id == "rid-collect"


def test_collect_stream_releases_the_connection(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=sse_body(EVENTS), headers=SSE_HEADERS)
    stream = client.chat_stream(model=MODEL, messages=MESSAGES)
    assert not stream.response.is_closed
    collect_stream(stream)
    assert stream.response.is_closed


async def test_acollect_stream_releases_the_connection(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=sse_body(EVENTS), headers=SSE_HEADERS)
    stream = await aclient.chat_stream(model=MODEL, messages=MESSAGES)
    assert not stream.response.is_closed
    await acollect_stream(stream)
    assert stream.response.is_closed


def test_collect_stream_of_plain_text(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(content=sse_body(text_chunks("Hel", "lo", "!")), headers=SSE_HEADERS)
    reply = collect_stream(client.chat_stream(model=MODEL, messages=MESSAGES))
    assert reply.choices[0].message.content == "Hello!"
    assert reply.choices[0].finish_reason == "stop"
    # A stream without a usage chunk: the counts read 0 (usage is always present on a reply).
    assert (reply.usage.prompt_tokens, reply.usage.total_tokens) == (0, 0)


def test_collect_stream_releases_the_connection_when_the_stream_fails(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    body = sse_body(text_chunks("cut"), done=False)  # no [DONE]: the stream was cut short
    httpx_mock.add_response(content=body, headers=SSE_HEADERS)
    stream = client.chat_stream(model=MODEL, messages=MESSAGES)
    with pytest.raises(APIConnectionError):
        collect_stream(stream)
    assert stream.response.is_closed


def test_stream_accumulator_message_carries_the_joined_tool_calls() -> None:
    accumulator = StreamAccumulator()
    for data in EVENTS:
        accumulator.add_chunk(ChatChunk.from_dict(data))
    message = accumulator.get_message()
    assert isinstance(message, Message)
    assert message.role == "assistant" and message.content is None
    assert message.tool_calls is not None
    assert [(c.id, c.function.arguments) for c in message.tool_calls] == [
        ("call_weather", '{"city": "Paris"}'),
        ("call_time", '{"tz": "UTC"}'),
    ]
    assert accumulator.get_response().usage.total_tokens == 30


def test_collect_stream_merges_usage_split_over_chunks(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    events = [
        chunk([{"index": 0, "delta": {"content": "Hi"}}], usage={"prompt_tokens": 9}),
        chunk([{"index": 0, "delta": {}, "finish_reason": "stop"}]),
        chunk([], usage={"completion_tokens": 1, "total_tokens": 10}),
    ]
    httpx_mock.add_response(content=sse_body(events), headers=SSE_HEADERS)
    usage = collect_stream(client.chat_stream(model=MODEL, messages=MESSAGES)).usage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (9, 1, 10)
