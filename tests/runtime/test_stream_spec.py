"""StreamSpec and the pieces Anthropic-style streams need: items skipped, a final event named by
its payload, a whole JSON reply standing for a stream, subclasses that take a stream over; and
what Meganova's chat stream needs: several items per event, and a closing item."""

from __future__ import annotations

import asyncio
import gc
import json
import warnings
from typing import Any, List

import httpx
import pytest

from zaguan._runtime import (
    SKIP,
    AsyncStream,
    AsyncTransport,
    ClientConfig,
    GatewayConnectionError,
    GatewayDecodeError,
    GatewayStreamError,
    Items,
    RequestOptions,
    Stream,
    StreamSpec,
    SyncTransport,
)
from zaguan._runtime._streaming import deferred_stream

from .conftest import FakeClock, RecordingStream

MESSAGES = {"method": "post", "url": "/messages", "json": {"stream": True}}


def event(kind: str, **fields: Any) -> bytes:
    data = json.dumps({"type": kind, **fields})
    return f"event: {kind}\ndata: {data}\n\n".encode()


def kind(payload: Any, request_id: str) -> str:
    return str(payload["type"])


def known(payload: Any, request_id: str) -> Any:
    return SKIP if payload["type"] == "mystery" else payload["type"]


def whole(payload: Any, request_id: str) -> List[str]:
    return [f"start:{payload['id']}", *[block["text"] for block in payload["content"]], "stop"]


def transport_for(
    config: ClientConfig, clock: FakeClock, body: Any, content_type: str = "text/event-stream"
) -> SyncTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        stream = body if isinstance(body, RecordingStream) else None
        content = None if stream is not None else body
        return httpx.Response(
            200, headers={"content-type": content_type}, stream=stream, content=content
        )

    client = httpx.Client(transport=httpx.MockTransport(handler))
    return SyncTransport(config, client, sleep=clock.sleep, random=clock.random, now=clock.now)


def async_transport_for(
    config: ClientConfig, clock: FakeClock, body: Any, content_type: str = "text/event-stream"
) -> AsyncTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        stream = body if isinstance(body, RecordingStream) else None
        content = None if stream is not None else body
        return httpx.Response(
            200, headers={"content-type": content_type}, stream=stream, content=content
        )

    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncTransport(config, client, async_sleep=clock.async_sleep, now=clock.now)


def test_an_item_the_parser_skips_is_not_yielded(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream(
        [event("ping"), event("mystery"), event("message_stop")],
    )
    stream = transport_for(config, clock, body).stream(MESSAGES, known, final_event="message_stop")
    assert list(stream) == ["ping", "message_stop"]


def test_the_final_event_ends_the_stream_without_done(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([event("ping"), event("message_stop"), event("after")])
    stream = transport_for(config, clock, body).stream(MESSAGES, kind, final_event="message_stop")
    assert list(stream) == ["ping", "message_stop"]
    assert stream.completed


def test_the_final_event_is_known_by_its_payload_type_without_an_event_line(
    config: ClientConfig, clock: FakeClock
) -> None:
    data_only = [b'data: {"type": "ping"}\n\n', b'data: {"type": "message_stop"}\n\n']
    stream = transport_for(config, clock, RecordingStream(data_only)).stream(
        MESSAGES, kind, final_event="message_stop"
    )
    assert list(stream) == ["ping", "message_stop"]
    assert stream.completed


def test_a_stream_cut_before_its_final_event_names_it(
    config: ClientConfig, clock: FakeClock
) -> None:
    stream = transport_for(config, clock, RecordingStream([event("ping")])).stream(
        MESSAGES, kind, final_event="message_stop"
    )
    with pytest.raises(Exception, match="'message_stop'"):
        list(stream)


def test_a_whole_json_reply_stands_for_the_stream_with_a_whole_body_reader(
    config: ClientConfig, clock: FakeClock
) -> None:
    reply = json.dumps({"id": "msg_1", "content": [{"text": "a"}, {"text": "b"}]}).encode()
    stream = transport_for(config, clock, reply, "application/json").stream(
        MESSAGES, StreamSpec(kind, whole_body=whole), final_event="message_stop"
    )
    assert list(stream) == ["start:msg_1", "a", "b", "stop"]
    assert stream.completed
    assert stream.response.is_closed


def test_a_whole_json_reply_without_a_whole_body_reader_is_a_decode_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    reply = json.dumps({"id": "msg_1", "content": []}).encode()
    stream = transport_for(config, clock, reply, "application/json").stream(MESSAGES, kind)
    with pytest.raises(GatewayDecodeError, match="Expected an event stream, got a JSON body"):
        list(stream)


def test_a_json_error_body_is_the_stream_error_even_with_a_whole_body_reader(
    config: ClientConfig, clock: FakeClock
) -> None:
    reply = json.dumps({"type": "error", "error": {"type": "overloaded_error", "message": "busy"}})
    stream = transport_for(config, clock, reply.encode(), "application/json").stream(
        MESSAGES, StreamSpec(kind, whole_body=whole)
    )
    with pytest.raises(GatewayStreamError, match="busy"):
        list(stream)


def test_a_whole_json_reply_the_reader_cannot_read_is_a_decode_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    reply = json.dumps({"not": "a message"}).encode()
    stream = transport_for(config, clock, reply, "application/json").stream(
        MESSAGES, StreamSpec(kind, whole_body=whole)
    )
    with pytest.raises(GatewayDecodeError, match="no whole reply: KeyError"):
        list(stream)


def test_items_the_whole_body_reader_skips_are_not_yielded(
    config: ClientConfig, clock: FakeClock
) -> None:
    def some(payload: Any, request_id: str) -> List[Any]:
        return ["a", SKIP, "b"]

    stream = transport_for(config, clock, b"{}", "application/json").stream(
        MESSAGES, StreamSpec(kind, whole_body=some)
    )
    assert list(stream) == ["a", "b"]


async def test_an_async_whole_json_reply_stands_for_the_stream(
    config: ClientConfig, clock: FakeClock
) -> None:
    reply = json.dumps({"id": "msg_2", "content": [{"text": "x"}]}).encode()
    transport = async_transport_for(config, clock, reply, "application/json")
    stream = deferred_stream(
        transport, MESSAGES, StreamSpec(kind, whole_body=whole), final_event="message_stop"
    )
    assert [item async for item in stream] == ["start:msg_2", "x", "stop"]
    assert stream.completed


def test_a_stream_spec_is_called_like_its_parse_callback() -> None:
    assert StreamSpec(kind)({"type": "ping"}, "rid") == "ping"


# --- subclasses that take a stream over -------------------------------------------------------


class Counting(Stream[str]):
    def count_rest(self) -> int:
        return sum(1 for _ in self)


class AsyncCounting(AsyncStream[str]):
    async def count_rest(self) -> int:
        return len([item async for item in self])


def test_a_subclass_adopting_a_stream_reads_it(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([event("a"), event("b"), event("message_stop")])
    plain = transport_for(config, clock, body).stream(MESSAGES, kind, final_event="message_stop")
    adopted = Counting._adopt(plain)
    assert adopted.request_id == plain.request_id
    assert next(adopted) == "a"
    assert adopted.count_rest() == 2
    assert adopted.completed
    assert body.closed


def test_an_adopted_stream_dropped_unread_warns_once_and_releases(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([event("a"), event("message_stop")])
    plain = transport_for(config, clock, body).stream(MESSAGES, kind, final_event="message_stop")
    adopted = Counting._adopt(plain)
    # Earlier tests' garbage first, so that only this stream's warning is counted below.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gc.collect()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        del plain, adopted
        gc.collect()
    assert body.closed
    assert len([w for w in caught if issubclass(w.category, ResourceWarning)]) == 1


async def test_deferred_stream_returns_the_stream_class_asked_for(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([event("a"), event("b"), event("message_stop")])
    transport = async_transport_for(config, clock, body)
    stream = deferred_stream(
        transport, MESSAGES, kind, final_event="message_stop", stream_class=AsyncCounting
    )
    assert isinstance(stream, AsyncCounting)
    async with stream:
        assert await stream.count_rest() == 3
    assert body.closed


def doubled(payload: Any, request_id: str) -> Any:
    return Items((payload["type"], payload["type"].upper())) if payload["type"] == "ab" else SKIP


def closing(request_id: str) -> List[str]:
    return [f"closing:{request_id}"]


def test_items_a_parser_gives_for_one_event_are_yielded_in_order(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([event("ab"), event("mystery"), event("ab"), b"data: [DONE]\n\n"])
    stream = transport_for(config, clock, body).stream(MESSAGES, doubled)
    assert list(stream) == ["ab", "AB", "ab", "AB"]


def test_skip_is_an_empty_items() -> None:
    assert type(SKIP) is Items and len(SKIP) == 0


def test_a_plain_tuple_from_the_parser_is_one_item(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([event("ab"), b"data: [DONE]\n\n"])
    stream = transport_for(config, clock, body).stream(MESSAGES, lambda p, r: (p["type"], 1))
    assert list(stream) == [("ab", 1)]


def test_the_tail_follows_a_stream_that_reached_its_end_once_released(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([event("a"), b"data: [DONE]\n\n"])
    spec = StreamSpec(kind, tail=closing)
    stream = transport_for(config, clock, body).stream(
        MESSAGES, spec, RequestOptions(request_id="req-1")
    )
    items = iter(stream)
    assert next(items) == "a"
    assert not body.closed
    assert next(items) == "closing:req-1"
    assert body.closed
    assert list(items) == []


def test_no_tail_after_a_stream_closed_early(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([event("a"), event("b"), b"data: [DONE]\n\n"])
    stream = transport_for(config, clock, body).stream(MESSAGES, StreamSpec(kind, tail=closing))
    for item in stream:
        assert item == "a"
        break
    assert list(stream) == []
    assert body.closed and not stream.completed


def test_no_tail_after_a_cut_stream(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([event("a")])
    stream = transport_for(config, clock, body).stream(MESSAGES, StreamSpec(kind, tail=closing))
    items = iter(stream)
    assert next(items) == "a"
    with pytest.raises(GatewayConnectionError, match="stream ended before"):
        next(items)


def test_the_tail_follows_a_json_lines_body(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([b'{"type": "a"}\n{"type": "b"}\n'])
    spec = StreamSpec(kind, json_lines=True, tail=closing)
    transport = transport_for(config, clock, body, "application/x-ndjson")
    stream = transport.stream(MESSAGES, spec, RequestOptions(request_id="req-2"))
    assert list(stream) == ["a", "b", "closing:req-2"]


async def test_the_async_tail_follows_a_stream_that_reached_its_end(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([event("ab"), b"data: [DONE]\n\n"])
    spec = StreamSpec(doubled, tail=closing)
    transport = async_transport_for(config, clock, body)
    stream = await transport.stream(MESSAGES, spec, RequestOptions(request_id="req-3"))
    assert [item async for item in stream] == ["ab", "AB", "closing:req-3"]


async def test_leaving_an_async_for_early_releases_a_stream_still_referenced(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([event("a"), event("b"), b"data: [DONE]\n\n"])
    stream = await async_transport_for(config, clock, body).stream(MESSAGES, kind)
    async for _ in stream:
        break
    for _ in range(10):  # the event loop finalises the abandoned loop's guard
        if body.closed:
            break
        await asyncio.sleep(0)
    assert body.closed and stream.response.is_closed


async def test_an_async_for_over_a_deferred_stream_sends_its_request(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([event("a"), b"data: [DONE]\n\n"])
    transport = async_transport_for(config, clock, body)
    stream = deferred_stream(transport, MESSAGES, StreamSpec(kind, tail=closing))
    assert [item async for item in stream] == ["a", f"closing:{stream.request_id}"]
    assert body.closed


async def test_a_loop_after_an_abandoned_async_for_gets_every_remaining_item(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([*(event(f"e{i}") for i in range(6)), b"data: [DONE]\n\n"])
    stream = await async_transport_for(config, clock, body).stream(MESSAGES, kind)
    async for _ in stream:
        break
    rest = []
    async for item in stream:
        await asyncio.sleep(0)  # lets the loop finalise the first loop's guard meanwhile
        rest.append(item)
    assert rest == ["e1", "e2", "e3", "e4", "e5"]
    assert stream.completed and body.closed


async def test_anext_after_an_abandoned_async_for_reads_on(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([event("a"), event("b"), event("c"), b"data: [DONE]\n\n"])
    stream = await async_transport_for(config, clock, body).stream(MESSAGES, kind)
    async for _ in stream:
        break
    assert await stream.__anext__() == "b"  # read on at once: the stream is the caller's again
    for _ in range(5):
        await asyncio.sleep(0)  # the loop finalises the first loop's guard meanwhile
    assert await stream.__anext__() == "c"
