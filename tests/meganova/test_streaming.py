"""Streamed chat replies: items, SSE framing, errors mid-stream, no late retries, releasing."""

from __future__ import annotations

import asyncio
import json
from typing import Any, Dict, List

import httpx
import pytest
from pytest_httpx import HTTPXMock

from meganova import AsyncChatStream, AsyncMegaNova, ChatStream, ChatStreamChunk, MegaNova
from meganova.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    MeganovaError,
    RateLimitError,
)
from meganova.types import ChatCompletionChunk, FinishReason, TokenUsage

from .mn_helpers import (
    API_KEY,
    CHAT_URL,
    DONE,
    MESSAGES,
    MODEL,
    SSE_HEADERS,
    USAGE,
    RecordingStream,
    Sleeps,
    chunk_json,
    make_async_client,
    make_client,
    sent_request,
    sse_body,
    sse_event,
    sse_handler,
)


def stream(client: MegaNova, **kwargs: Any) -> ChatStream:
    return client.chat.stream(messages=MESSAGES, model=MODEL, **kwargs)


def recording_client(sleeps: Sleeps, body: RecordingStream) -> MegaNova:
    http = httpx.Client(transport=httpx.MockTransport(sse_handler(body)))
    return make_client(sleeps, http_client=http)


def recording_async_client(sleeps: Sleeps, body: RecordingStream) -> AsyncMegaNova:
    http = httpx.AsyncClient(transport=httpx.MockTransport(sse_handler(body)))
    return make_async_client(sleeps, http_client=http)


def three_chunks() -> RecordingStream:
    return RecordingStream(
        [sse_event(chunk_json("a")), sse_event(chunk_json("b")), sse_event(chunk_json("c")), DONE]
    )


# --- items ----------------------------------------------------------------------------------


def test_stream_items_are_chat_stream_chunks_with_delta_index_and_request_id(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(headers=SSE_HEADERS, content=sse_body("Hel", "lo"))
    with stream(client) as s:
        items = list(s)
    rid = sent_request(httpx_mock).headers["X-Request-Id"]
    assert all(isinstance(item, ChatStreamChunk) for item in items)
    assert [(i.delta, i.index, i.request_id, i.done) for i in items[:2]] == [
        ("Hel", 0, rid, False),
        ("lo", 0, rid, False),
    ]
    assert s.request_id == rid


def test_stream_item_exposes_typed_chunk_and_finish_reason(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(headers=SSE_HEADERS, content=sse_body("Hi"))
    items = list(stream(client))
    first, finish = items[0], items[1]
    assert isinstance(first.chunk, ChatCompletionChunk)
    assert first.chunk.id == "chatcmpl-1"
    assert first.chunk.choices[0].delta.content == "Hi"
    assert first.finish_reason is None
    assert finish.finish_reason == FinishReason.STOP
    assert finish.delta == ""


def test_last_item_is_done_and_carries_usage(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(headers=SSE_HEADERS, content=sse_body("x", "y"))
    items = list(stream(client, stream_options={"include_usage": True}))
    last = items[-1]
    assert last.done is True
    assert last.delta == ""
    assert last.chunk is None
    assert isinstance(last.usage, TokenUsage)
    assert (last.usage.prompt_tokens, last.usage.total_tokens) == (3, 5)
    assert [i.done for i in items].count(True) == 1
    assert json.loads(sent_request(httpx_mock).content)["stream_options"] == {"include_usage": True}


def test_usage_only_chunk_is_an_item_with_usage(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(headers=SSE_HEADERS, content=sse_body("x"))
    items = list(stream(client))
    usage_items = [i for i in items if i.usage is not None and not i.done]
    assert len(usage_items) == 1
    assert usage_items[0].usage is not None
    assert usage_items[0].usage.completion_tokens == USAGE["completion_tokens"]


def test_done_item_has_no_usage_when_server_sent_none(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    body = sse_event(chunk_json("x")) + DONE
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    items = list(stream(client))
    assert [(i.delta, i.done, i.usage) for i in items] == [("x", False, None), ("", True, None)]


def test_two_choices_give_items_with_index_0_and_1(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    both = chunk_json("A0")
    both["choices"].append({"index": 1, "delta": {"content": "B0"}, "finish_reason": None})
    body = (
        sse_event(both)
        + sse_event(chunk_json("B1", index=1))
        + sse_event(chunk_json("A1", index=0))
        + DONE
    )
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    items = [i for i in stream(client, n=2) if not i.done]
    assert [(i.index, i.delta) for i in items] == [(0, "A0"), (1, "B0"), (1, "B1"), (0, "A1")]
    by_index = {0: "", 1: ""}
    for item in items:
        by_index[item.index] += item.delta
    assert by_index == {0: "A0A1", 1: "B0B1"}


def test_role_only_delta_gives_empty_text(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    role = chunk_json()
    role["choices"][0]["delta"] = {"role": "assistant"}
    httpx_mock.add_response(headers=SSE_HEADERS, content=sse_event(role) + DONE)
    items = list(stream(client))
    assert items[0].delta == ""
    assert items[0].chunk is not None
    assert items[0].chunk.choices[0].delta.role == "assistant"


# --- items read through the generated ChatCompletionChunk -------------------------------------


def items_of(client: MegaNova, httpx_mock: HTTPXMock, *events: Any) -> List[ChatStreamChunk]:
    body = b"".join(sse_event(event) for event in events) + DONE
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    return list(stream(client))


def test_each_event_is_parsed_once_and_its_items_share_the_typed_chunk(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    both = chunk_json("A")
    both["choices"].append({"index": 1, "delta": {"content": "B"}, "finish_reason": "stop"})
    first, second, done = items_of(client, httpx_mock, both)
    assert isinstance(first.chunk, ChatCompletionChunk)
    assert first.chunk is second.chunk
    assert first.chunk.request_id == first.request_id
    assert (second.index, second.delta, second.finish_reason) == (1, "B", FinishReason.STOP)
    assert second.finish_reason is second.chunk.choices[1].finish_reason
    assert done.chunk is None


def test_a_choice_without_delta_reads_as_an_empty_delta(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    event = chunk_json()
    event["choices"] = [{"index": 0, "finish_reason": "length"}]
    item = items_of(client, httpx_mock, event)[0]
    assert (item.delta, item.finish_reason) == ("", FinishReason.LENGTH)
    assert item.chunk is not None and item.chunk.choices[0].delta.content is None


def test_a_choice_without_index_takes_its_position(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    event = chunk_json()
    event["choices"] = [{"delta": {"content": "a"}}, {"delta": {"content": "b"}}]
    items = items_of(client, httpx_mock, event)
    assert [(i.index, i.delta) for i in items if not i.done] == [(0, "a"), (1, "b")]


def test_a_tool_call_delta_without_index_takes_its_position(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    event = chunk_json()
    event["choices"][0]["delta"] = {
        "tool_calls": [{"id": "call_1", "function": {"name": "f", "arguments": "{}"}}]
    }
    item = items_of(client, httpx_mock, event)[0]
    assert item.delta == ""
    assert item.chunk is not None
    calls = item.chunk.choices[0].delta.tool_calls
    assert calls is not None and [(c.index, c.id) for c in calls] == [(0, "call_1")]


def test_a_usage_without_counts_reads_zero_as_the_model_does(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    items = items_of(client, httpx_mock, chunk_json(no_choices=True, usage={}))
    usage = items[0].usage
    assert isinstance(usage, TokenUsage)
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (0, 0, 0)
    assert items[-1].done and items[-1].usage is usage


@pytest.mark.parametrize(
    "change",
    [
        {"usage": "lots"},
        {"usage": {"prompt_tokens": "3"}},
        {"choices": [{"index": 0, "delta": {"content": 5}}]},
        {"choices": [{"index": 0, "delta": "text"}]},
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"index": "0"}]}}]},
    ],
    ids=["usage-text", "usage-count-text", "content-number", "delta-text", "tool-index-text"],
)
def test_an_event_of_the_wrong_types_raises_while_streaming(
    client: MegaNova, httpx_mock: HTTPXMock, change: Dict[str, Any]
) -> None:
    event = {**chunk_json("x"), **change}
    body = sse_event(chunk_json("before")) + sse_event(event) + DONE
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    seen: List[str] = []
    with pytest.raises(APIResponseValidationError) as info:
        for item in stream(client):
            seen.append(item.delta)  # noqa: PERF401 - items seen before the error
    assert seen == ["before"]
    assert info.value.body == event


# --- SSE framing ----------------------------------------------------------------------------


def texts(s: Any) -> List[str]:
    return [i.delta for i in s if not i.done]


def test_data_field_without_space_is_parsed(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    body = b"data:" + json.dumps(chunk_json("tight")).encode() + b"\n\ndata:[DONE]\n\n"
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    assert texts(stream(client)) == ["tight"]


def test_crlf_line_endings_are_parsed(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    body = (
        b"data: " + json.dumps(chunk_json("one")).encode() + b"\r\n\r\n"
        b"data: " + json.dumps(chunk_json("two")).encode() + b"\r\n\r\n"
        b"data: [DONE]\r\n\r\n"
    )
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    assert texts(stream(client)) == ["one", "two"]


def test_comments_and_unknown_fields_are_ignored(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    body = (
        b": keep-alive\n\n"
        b": OPENROUTER PROCESSING\n"
        b"id: 7\nretry: 1000\nfoo: bar\n" + sse_event(chunk_json("real")) + b": ping\n\n" + DONE
    )
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    assert texts(stream(client)) == ["real"]


def test_multi_line_data_is_joined_before_parsing(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    payload = json.dumps(chunk_json("multi"), indent=1).encode()
    lines = b"".join(b"data: " + line + b"\n" for line in payload.split(b"\n"))
    httpx_mock.add_response(headers=SSE_HEADERS, content=lines + b"\n" + DONE)
    assert texts(stream(client)) == ["multi"]


def test_events_split_across_reads_are_reassembled(sleeps: Sleeps) -> None:
    whole = sse_event(chunk_json("split")) + DONE
    body = RecordingStream([whole[i : i + 7] for i in range(0, len(whole), 7)])
    with recording_client(sleeps, body) as client:
        assert texts(stream(client)) == ["split"]


def test_events_after_done_are_ignored(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    body = sse_event(chunk_json("kept")) + DONE + sse_event(chunk_json("dropped"))
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    assert texts(stream(client)) == ["kept"]


# --- errors ---------------------------------------------------------------------------------


def test_error_payload_mid_stream_raises_api_error_after_earlier_items(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    body = (
        sse_event(chunk_json("partial"))
        + sse_event({"error": {"message": "upstream overloaded", "code": "overloaded"}})
        + DONE
    )
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    seen: List[str] = []
    s = stream(client)
    with pytest.raises(APIError) as info:
        for item in s:
            seen.append(item.delta)  # noqa: PERF401 - items seen before the error
    assert seen == ["partial"]
    error = info.value
    assert isinstance(error, MeganovaError)
    assert (error.message, error.code) == ("upstream overloaded", "overloaded")
    assert error.request_id == s.request_id == sent_request(httpx_mock).headers["X-Request-Id"]
    assert error.body == {"error": {"message": "upstream overloaded", "code": "overloaded"}}


def test_error_event_type_mid_stream_raises_api_error(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    body = b'event: error\ndata: {"error": {"message": "model crashed"}}\n\n' + DONE
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    with pytest.raises(APIError, match="model crashed"):
        list(stream(client))


def test_error_payload_mid_stream_naming_429_raises_rate_limit_error(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    body = sse_event({"error": {"message": "rate limited", "code": 429}}) + DONE
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    with pytest.raises(RateLimitError):
        list(stream(client))


def test_json_error_reply_to_a_stream_request_keeps_the_server_message(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"error": {"message": "model overloaded", "code": "overloaded"}})
    with pytest.raises(APIError, match="model overloaded"):
        list(stream(client))


def test_invalid_json_event_raises_response_validation_error(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(headers=SSE_HEADERS, content=b"data: {not json\n\n" + DONE)
    with pytest.raises(APIResponseValidationError):
        list(stream(client))


def test_chunk_of_wrong_shape_raises_response_validation_error(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(headers=SSE_HEADERS, content=sse_event({"choices": "nope"}) + DONE)
    with pytest.raises(APIResponseValidationError):
        list(stream(client))


def test_stream_ending_without_done_raises_connection_error(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(headers=SSE_HEADERS, content=sse_event(chunk_json("cut")))
    seen: List[str] = []
    with pytest.raises(APIConnectionError, match=r"\[DONE\]") as info:
        for item in stream(client):
            seen.append(item.delta)  # noqa: PERF401 - items seen before the error
    assert seen == ["cut"]
    assert info.value.request_id == sent_request(httpx_mock).headers["X-Request-Id"]


def test_done_without_trailing_blank_line_still_ends_the_stream(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    body = sse_event(chunk_json("ok")) + b"data: [DONE]\n"
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    assert [i.done for i in stream(client)] == [False, True]


def test_stream_cut_by_network_error_is_not_retried(sleeps: Sleeps) -> None:
    calls: List[httpx.Request] = []
    body = RecordingStream([sse_event(chunk_json("first")), httpx.ReadError("connection reset")])

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, headers=SSE_HEADERS, stream=body)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = make_client(sleeps, http_client=http)
    seen: List[str] = []
    with pytest.raises(APIConnectionError, match="connection reset"):
        for item in stream(client):
            seen.append(item.delta)  # noqa: PERF401 - items seen before the error
    assert seen == ["first"]
    assert len(calls) == 1
    assert sleeps == []
    assert body.closed


def test_stream_read_timeout_mid_stream_raises_timeout_error(sleeps: Sleeps) -> None:
    body = RecordingStream([sse_event(chunk_json("first")), httpx.ReadTimeout("no chunk")])
    client = recording_client(sleeps, body)
    with pytest.raises(APITimeoutError):
        list(stream(client))
    assert body.closed


def test_stream_is_retried_before_the_reply_starts(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_response(status_code=503, json={"error": {"message": "busy"}})
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(headers=SSE_HEADERS, content=sse_body("ok"))
    s = stream(client)
    assert texts(s) == ["ok", "", ""]
    ids = {r.headers["X-Request-Id"] for r in httpx_mock.get_requests()}
    assert ids == {s.request_id}
    assert sleeps == [0.5, 1.0]


def test_stream_http_error_raises_before_iteration(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=401, json={"error": {"message": "bad key"}})
    with pytest.raises(AuthenticationError) as info:
        stream(client)
    assert info.value.request_id == sent_request(httpx_mock).headers["X-Request-Id"]
    assert len(httpx_mock.get_requests()) == 1


def test_stream_error_message_never_contains_the_api_key(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    body = sse_event({"error": {"message": f"key {API_KEY} revoked"}}) + DONE
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    with pytest.raises(APIError) as info:
        list(stream(client))
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value)


# --- releasing the connection ---------------------------------------------------------------


def test_fully_read_stream_releases_the_connection(sleeps: Sleeps) -> None:
    body = three_chunks()
    s = stream(recording_client(sleeps, body))
    assert texts(s) == ["a", "b", "c"]
    assert body.closed
    assert s.response.is_closed


def test_break_releases_the_connection(sleeps: Sleeps) -> None:
    body = three_chunks()
    s = stream(recording_client(sleeps, body))
    for item in s:
        assert item.delta == "a"
        break
    assert body.closed
    assert s.response.is_closed


def test_close_releases_the_connection(sleeps: Sleeps) -> None:
    body = three_chunks()
    s = stream(recording_client(sleeps, body))
    iterator = iter(s)
    assert next(iterator).delta == "a"
    s.close()
    assert body.closed
    assert s.response.is_closed


def test_close_before_reading_releases_the_connection(sleeps: Sleeps) -> None:
    body = three_chunks()
    s = stream(recording_client(sleeps, body))
    s.close()
    s.close()  # idempotent
    assert body.closed


def test_leaving_with_releases_the_connection(sleeps: Sleeps) -> None:
    body = three_chunks()
    with stream(recording_client(sleeps, body)) as s:
        iterator = iter(s)
        assert next(iterator).delta == "a"
        assert not body.closed
    assert body.closed
    assert s.response.is_closed


def test_error_mid_stream_releases_the_connection(sleeps: Sleeps) -> None:
    body = RecordingStream([sse_event({"error": {"message": "boom"}}), DONE])
    with pytest.raises(APIError):
        list(stream(recording_client(sleeps, body)))
    assert body.closed


def test_stream_closed_early_never_reports_done(sleeps: Sleeps) -> None:
    s = stream(recording_client(sleeps, three_chunks()))
    iterator = iter(s)
    next(iterator)
    s.close()
    assert [i for i in iterator if i.done] == []


def test_second_iteration_of_a_finished_stream_yields_nothing(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(headers=SSE_HEADERS, content=sse_body("x"))
    s = stream(client)
    assert list(s)[-1].done
    assert list(s) == []


# --- async ----------------------------------------------------------------------------------


async def test_async_stream_items_carry_delta_index_request_id_and_done(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=CHAT_URL, headers=SSE_HEADERS, content=sse_body("Hel", "lo"))
    s = await aclient.chat.stream(messages=MESSAGES, model=MODEL)
    assert isinstance(s, AsyncChatStream)
    items = [item async for item in s]
    rid = sent_request(httpx_mock).headers["X-Request-Id"]
    assert s.request_id == rid
    assert [(i.delta, i.index) for i in items[:2]] == [("Hel", 0), ("lo", 0)]
    assert {i.request_id for i in items} == {rid}
    assert items[1].chunk is not None
    assert items[2].finish_reason == FinishReason.STOP
    assert items[-1].done
    assert items[-1].usage is not None
    assert items[-1].usage.total_tokens == 5


async def test_async_two_choices_give_items_with_index_0_and_1(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    body = sse_event(chunk_json("A", index=0)) + sse_event(chunk_json("B", index=1)) + DONE
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    s = await aclient.chat.stream(messages=MESSAGES, model=MODEL, n=2)
    assert [(i.index, i.delta) async for i in s if not i.done] == [(0, "A"), (1, "B")]


async def test_async_sse_framing_variants_are_parsed(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    body = (
        b": comment\r\n"
        b"data:" + json.dumps(chunk_json("x")).encode() + b"\r\n\r\n"
        b'data: {"id": "c",\r\ndata: "choices": [{"index": 0, "delta": {"content": "y"}}]}\r\n\r\n'
        b"data: [DONE]\r\n\r\n"
    )
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    s = await aclient.chat.stream(messages=MESSAGES, model=MODEL)
    assert [i.delta async for i in s if not i.done] == ["x", "y"]


async def test_async_error_payload_mid_stream_raises_api_error(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    body = sse_event(chunk_json("p")) + sse_event({"error": {"message": "bad", "code": "e1"}})
    httpx_mock.add_response(headers=SSE_HEADERS, content=body + DONE)
    s = await aclient.chat.stream(messages=MESSAGES, model=MODEL)
    with pytest.raises(APIError) as info:
        async for _ in s:
            pass
    assert (info.value.message, info.value.code, info.value.request_id) == (
        "bad",
        "e1",
        s.request_id,
    )


async def test_async_stream_ending_without_done_raises_connection_error(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(headers=SSE_HEADERS, content=sse_event(chunk_json("cut")))
    s = await aclient.chat.stream(messages=MESSAGES, model=MODEL)
    with pytest.raises(APIConnectionError):
        async for _ in s:
            pass


async def test_async_stream_cut_by_network_error_is_not_retried(sleeps: Sleeps) -> None:
    calls: List[httpx.Request] = []
    body = RecordingStream([sse_event(chunk_json("first")), httpx.ReadError("reset")])

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, headers=SSE_HEADERS, stream=body)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = make_async_client(sleeps, http_client=http)
    s = await client.chat.stream(messages=MESSAGES, model=MODEL)
    with pytest.raises(APIConnectionError):
        async for _ in s:
            pass
    assert len(calls) == 1
    assert sleeps == []
    assert body.closed


async def test_async_create_stream_true_is_retried_before_the_reply_starts(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_response(status_code=429, headers={"retry-after-ms": "100"})
    httpx_mock.add_response(headers=SSE_HEADERS, content=sse_body("ok"))
    s = await aclient.chat.create(messages=MESSAGES, model=MODEL, stream=True)
    deltas = [i.delta async for i in s]
    assert deltas[0] == "ok"
    assert sleeps == [0.1]
    assert {r.headers["X-Request-Id"] for r in httpx_mock.get_requests()} == {s.request_id}


async def test_async_fully_read_stream_releases_the_connection(sleeps: Sleeps) -> None:
    body = three_chunks()
    s = await recording_async_client(sleeps, body).chat.stream(messages=MESSAGES, model=MODEL)
    assert [i.delta async for i in s if not i.done] == ["a", "b", "c"]
    assert body.closed
    assert s.response.is_closed


async def test_async_close_releases_the_connection(sleeps: Sleeps) -> None:
    body = three_chunks()
    s = await recording_async_client(sleeps, body).chat.stream(messages=MESSAGES, model=MODEL)
    iterator = s.__aiter__()
    assert (await iterator.__anext__()).delta == "a"
    await s.close()
    assert body.closed
    assert s.response.is_closed


async def test_async_leaving_async_with_releases_the_connection(sleeps: Sleeps) -> None:
    body = three_chunks()
    client = recording_async_client(sleeps, body)
    async with await client.chat.stream(messages=MESSAGES, model=MODEL) as s:
        async for item in s:
            assert item.delta == "a"
            break
    assert body.closed
    assert s.response.is_closed


async def test_async_break_releases_the_connection_once_the_loop_runs(sleeps: Sleeps) -> None:
    # An abandoned async generator is closed by the event loop's finaliser, not at once.
    body = three_chunks()
    s = await recording_async_client(sleeps, body).chat.stream(messages=MESSAGES, model=MODEL)
    async for _ in s:
        break
    for _ in range(10):
        if body.closed:
            break
        await asyncio.sleep(0)
    assert body.closed


async def test_async_error_mid_stream_releases_the_connection(sleeps: Sleeps) -> None:
    body = RecordingStream([sse_event({"error": {"message": "boom"}}), DONE])
    s = await recording_async_client(sleeps, body).chat.stream(messages=MESSAGES, model=MODEL)
    with pytest.raises(APIError):
        async for _ in s:
            pass
    assert body.closed


def test_api_key_in_unparsable_stream_event_is_not_in_error_body(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    body = f"data: {{bad json {API_KEY}\n\n".encode() + DONE
    httpx_mock.add_response(headers=SSE_HEADERS, content=body)
    with pytest.raises(APIResponseValidationError) as info:
        list(stream(client))
    assert API_KEY not in str(info.value)
    assert API_KEY not in str(info.value.body)


def test_a_single_choice_piece_holds_every_field_of_its_class() -> None:
    # The usual piece is built field by field (see chunk_reader): a field added to the class
    # must be set there too.
    import attrs

    from meganova._streaming import ChatStreamChunk, chunk_reader

    event = {
        "id": "c",
        "choices": [{"index": 0, "delta": {"content": "hi"}, "finish_reason": None}],
    }
    piece = chunk_reader().parse(event, "rid")
    assert isinstance(piece, ChatStreamChunk)
    expected = ChatStreamChunk("hi", 0, "rid", False, None, None, piece.chunk)
    assert attrs.asdict(piece, recurse=False) == attrs.asdict(expected, recurse=False)
