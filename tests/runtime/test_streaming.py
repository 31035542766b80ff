"""Stream / AsyncStream: chunk parsing, stream errors, no retry mid-stream, connection release."""

from __future__ import annotations

import asyncio
import collections.abc
import gc
import json
import threading
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator, List, Optional, Tuple

import httpx
import pytest
from pytest_httpx import HTTPXMock

from zaguan._runtime import (
    AsyncStream,
    AsyncTransport,
    ClientConfig,
    GatewayConnectionError,
    GatewayDecodeError,
    GatewayStatusError,
    GatewayStreamError,
    GatewayTimeoutError,
    RequestOptions,
    SyncTransport,
)
from zaguan._runtime._streaming import deferred_stream

from .conftest import API_KEY, FakeClock, RecordingStream, sse_handler

CHAT = {"method": "post", "url": "/chat/completions", "json": {"stream": True}}


def chunk(text: str) -> bytes:
    return b"data: " + json.dumps({"choices": [{"delta": {"content": text}}]}).encode() + b"\n\n"


def delta(payload: Any, request_id: str) -> str:
    return str(payload["choices"][0]["delta"]["content"])


def with_id(payload: Any, request_id: str) -> Tuple[str, str]:
    return delta(payload, request_id), request_id


DONE = b"data: [DONE]\n\n"


def sync_transport(
    config: ClientConfig, clock: FakeClock, body: RecordingStream, **kw: Any
) -> SyncTransport:
    client = httpx.Client(transport=httpx.MockTransport(sse_handler(body, **kw)))
    return SyncTransport(config, client, sleep=clock.sleep, random=clock.random, now=clock.now)


def async_transport(
    config: ClientConfig, clock: FakeClock, body: RecordingStream, **kw: Any
) -> AsyncTransport:
    client = httpx.AsyncClient(transport=httpx.MockTransport(sse_handler(body, **kw)))
    return AsyncTransport(
        config, client, async_sleep=clock.async_sleep, random=clock.random, now=clock.now
    )


# --- reading ------------------------------------------------------------------------------


def test_stream_yields_parsed_chunks_until_done(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([chunk("Hel"), chunk("lo"), DONE, chunk("ignored")])
    stream = sync_transport(config, clock, body).stream(CHAT, delta)
    assert list(stream) == ["Hel", "lo"]


def test_parse_chunk_and_stream_get_the_request_id(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([chunk("a"), DONE])
    stream = sync_transport(config, clock, body).stream(
        CHAT, with_id, RequestOptions(request_id="sid-1")
    )
    assert stream.request_id == "sid-1"
    assert list(stream) == [("a", "sid-1")]


def test_stream_exposes_response_headers(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([DONE])
    stream = sync_transport(config, clock, body, headers={"x-model": "m1"}).stream(CHAT, delta)
    assert stream.headers["x-model"] == "m1"
    assert stream.response.status_code == 200
    stream.close()


def test_events_split_across_reads_are_reassembled(config: ClientConfig, clock: FakeClock) -> None:
    raw = chunk("split") + DONE
    body = RecordingStream([raw[:9], raw[9:20], raw[20:]])
    assert list(sync_transport(config, clock, body).stream(CHAT, delta)) == ["split"]


def test_many_events_in_one_read_are_delivered_in_order(
    config: ClientConfig, clock: FakeClock
) -> None:
    # One read holding objects, a comment, an event of another type and the terminator.
    read = chunk("a") + b": note\n\n" + chunk("b") + b"event: other\n" + chunk("c") + DONE
    body = RecordingStream([read])
    assert list(sync_transport(config, clock, body).stream(CHAT, delta)) == ["a", "b", "c"]


def test_a_malformed_event_in_a_read_fails_after_the_events_before_it(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a") + chunk("b") + b"data: {broken\n\n" + chunk("c") + DONE])
    received: List[str] = []
    with pytest.raises(GatewayDecodeError) as caught:
        # extend() keeps what it appended before the error.
        received.extend(sync_transport(config, clock, body).stream(CHAT, delta))
    assert received == ["a", "b"]
    assert caught.value.info is not None and caught.value.info.body == "{broken"


def test_an_event_holding_two_json_values_is_a_decode_error_among_others(
    config: ClientConfig, clock: FakeClock
) -> None:
    # Joined with its neighbours, the second event would read as two array items.
    two_values = b'data: {"choices": [{"delta": {"content": "x"}}]}, {"x": 1}\n\n'
    body = RecordingStream([chunk("a") + two_values + chunk("c") + DONE])
    received: List[str] = []
    with pytest.raises(GatewayDecodeError, match="not valid JSON"):
        # extend() keeps what it appended before the error.
        received.extend(sync_transport(config, clock, body).stream(CHAT, delta))
    assert received == ["a"]


def test_comments_and_empty_data_are_skipped(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([b": keep-alive\n\n", b"data:\n\n", chunk("x"), DONE])
    assert list(sync_transport(config, clock, body).stream(CHAT, delta)) == ["x"]


def test_done_without_trailing_blank_line_still_ends_the_stream(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), b"data: [DONE]\n"])
    assert list(sync_transport(config, clock, body).stream(CHAT, delta)) == ["a"]


def test_final_event_ends_a_stream_without_done(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream(
        [
            b'event: message_start\ndata: {"type": "message_start"}\n\n',
            b'event: message_stop\ndata: {"type": "message_stop"}\n\n',
        ]
    )
    stream = sync_transport(config, clock, body).stream(
        {"method": "post", "url": "/messages"}, lambda p, rid: p["type"], final_event="message_stop"
    )
    assert list(stream) == ["message_start", "message_stop"]


# --- errors inside the stream ---------------------------------------------------------------


def test_error_event_raises_stream_error(config: ClientConfig, clock: FakeClock) -> None:
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    body = RecordingStream(
        [chunk("a"), b"event: error\ndata: " + json.dumps(error).encode() + b"\n\n"]
    )
    stream = sync_transport(config, clock, body).stream(CHAT, delta)
    assert next(stream) == "a"
    with pytest.raises(GatewayStreamError) as caught:
        next(stream)
    info = caught.value.info
    assert info is not None
    assert (info.status, info.type, info.message) == (None, "overloaded_error", "Overloaded")
    assert body.closed


def test_error_payload_without_event_type_raises_stream_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([b'data: {"error": {"message": "upstream died", "code": "503"}}\n\n'])
    with pytest.raises(GatewayStreamError) as caught:
        list(sync_transport(config, clock, body).stream(CHAT, delta))
    assert caught.value.message == "upstream died"
    assert caught.value.request_id is not None


def test_stream_ending_before_done_is_a_connection_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a")])
    with pytest.raises(GatewayConnectionError) as caught:
        list(sync_transport(config, clock, body).stream(CHAT, delta))
    assert caught.value.message == "stream ended before [DONE]"
    assert body.closed


def test_cut_stream_is_a_connection_error(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([chunk("a"), httpx.RemoteProtocolError("peer closed connection")])
    with pytest.raises(GatewayConnectionError) as caught:
        list(sync_transport(config, clock, body).stream(CHAT, delta))
    assert not isinstance(caught.value, GatewayTimeoutError)
    assert caught.value.message.startswith("stream ended before [DONE]")
    assert body.closed


def test_read_timeout_between_chunks_is_a_timeout_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), httpx.ReadTimeout("read timed out")])
    with pytest.raises(GatewayTimeoutError):
        list(sync_transport(config, clock, body).stream(CHAT, delta))
    assert body.closed


def test_invalid_json_chunk_is_a_decode_error(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([b"data: {not json\n\n"])
    with pytest.raises(GatewayDecodeError):
        list(sync_transport(config, clock, body).stream(CHAT, delta))
    assert body.closed


@pytest.mark.parametrize("data", [b'{"a": 1} trailing', b"[1, 2", b"[" * 100_000, b"nan?"])
def test_malformed_json_variants_are_decode_errors(
    data: bytes, config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([b"data: " + data + b"\n\n"])
    with pytest.raises(GatewayDecodeError):
        list(sync_transport(config, clock, body).stream(CHAT, lambda p, rid: p))


def test_an_error_event_with_absurdly_deep_json_is_still_a_stream_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    # Found by test_sse_properties: json.loads raises RecursionError, not ValueError, here.
    body = RecordingStream([b"event: error\ndata: " + b"[" * 100_000 + b"\n\n"])
    with pytest.raises(GatewayStreamError):
        list(sync_transport(config, clock, body).stream(CHAT, delta))
    assert body.closed


def test_a_json_body_too_deep_to_decode_where_events_were_expected_is_a_decode_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([b"[" * 100_000])
    stream = sync_transport(
        config, clock, body, headers={"content-type": "application/json"}
    ).stream(CHAT, delta)
    with pytest.raises(GatewayDecodeError, match="malformed JSON"):
        list(stream)


def test_json_with_surrounding_whitespace_is_accepted(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([b'data:   {"a": 1} \t\n\n', DONE])
    assert list(sync_transport(config, clock, body).stream(CHAT, lambda p, rid: p)) == [{"a": 1}]


def test_unexpected_chunk_shape_is_a_decode_error(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([b'data: {"choices": []}\n\n'])
    with pytest.raises(GatewayDecodeError):
        list(sync_transport(config, clock, body).stream(CHAT, delta))


# --- retries happen only before the stream is handed over -------------------------------------


def test_stream_open_is_retried_on_503(
    transport: SyncTransport, httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(content=chunk("ok") + DONE)
    assert list(transport.stream(CHAT, delta)) == ["ok"]
    assert clock.sleeps == [0.5]
    assert len({r.headers["x-request-id"] for r in httpx_mock.get_requests()}) == 1


def test_stream_open_http_error_is_raised_before_iteration(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=401, json={"error": {"message": "bad key"}})
    with pytest.raises(GatewayStatusError) as caught:
        transport.stream(CHAT, delta)
    assert caught.value.message == "bad key"


def test_stream_is_not_retried_after_the_first_chunk(
    config: ClientConfig, clock: FakeClock
) -> None:
    requests: List[httpx.Request] = []
    body = RecordingStream([chunk("a"), httpx.ReadError("connection reset")])

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, stream=body)

    client = httpx.Client(transport=httpx.MockTransport(handler))
    stream = SyncTransport(config, client, sleep=clock.sleep).stream(CHAT, delta)
    assert next(stream) == "a"
    with pytest.raises(GatewayConnectionError):
        next(stream)
    assert len(requests) == 1
    assert clock.sleeps == []


# --- releasing the connection -------------------------------------------------------------------


def test_fully_read_stream_releases_the_connection(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([chunk("a"), DONE, b""])
    stream = sync_transport(config, clock, body).stream(CHAT, delta)
    list(stream)
    assert body.closed and stream.response.is_closed
    assert body.consumed == 3  # read to the end, so a pool could reuse the connection


def test_early_break_releases_the_connection(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([chunk("a"), chunk("b"), DONE])
    for _ in sync_transport(config, clock, body).stream(CHAT, delta):
        break
    assert body.closed


def test_close_releases_the_connection(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([chunk("a"), chunk("b"), DONE])
    stream = sync_transport(config, clock, body).stream(CHAT, delta)
    assert next(stream) == "a"
    stream.close()
    assert body.closed
    assert list(stream) == []


def test_close_before_iterating_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), DONE])
    sync_transport(config, clock, body).stream(CHAT, delta).close()
    assert body.closed


def test_dropping_an_unread_stream_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), DONE])
    stream = sync_transport(config, clock, body).stream(CHAT, delta)
    with pytest.warns(ResourceWarning, match=r"`with` block, or call \.close\(\)"):
        del stream
        gc.collect()
    assert body.closed


def test_leaving_with_block_releases_the_connection(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([chunk("a"), chunk("b"), DONE])
    with sync_transport(config, clock, body).stream(CHAT, delta) as stream:
        assert next(stream) == "a"
    assert body.closed


def test_error_status_response_is_closed(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([b'{"error": {"message": "nope"}}'])
    with pytest.raises(GatewayStatusError):
        sync_transport(config, clock, body, status=400).stream(CHAT, delta)
    assert body.closed


def test_api_key_not_in_stream_error_messages(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream(
        [b'data: {"error": {"message": "bad key ' + API_KEY.encode() + b'"}}\n\n']
    )
    with pytest.raises(GatewayStreamError) as caught:
        list(sync_transport(config, clock, body).stream(CHAT, delta))
    assert API_KEY not in str(caught.value)


# --- async ------------------------------------------------------------------------------------


async def test_async_stream_yields_parsed_chunks_until_done(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("Hel"), chunk("lo"), DONE])
    stream = await async_transport(config, clock, body).stream(CHAT, with_id)
    assert [item async for item in stream] == [
        ("Hel", stream.request_id),
        ("lo", stream.request_id),
    ]
    assert body.closed


async def test_async_stream_open_is_retried_before_handing_over(
    atransport: AsyncTransport, httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "1"})
    httpx_mock.add_response(content=chunk("ok") + DONE)
    stream = await atransport.stream(CHAT, delta)
    assert clock.sleeps == [1.0]
    assert [item async for item in stream] == ["ok"]


async def test_async_error_event_raises_stream_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([b'event: error\ndata: {"error": {"message": "boom"}}\n\n'])
    stream = await async_transport(config, clock, body).stream(CHAT, delta)
    with pytest.raises(GatewayStreamError):
        await stream.__anext__()
    assert body.closed


async def test_async_stream_ending_before_done_is_a_connection_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), httpx.RemoteProtocolError("cut")])
    stream = await async_transport(config, clock, body).stream(CHAT, delta)
    with pytest.raises(GatewayConnectionError):
        [item async for item in stream]
    assert body.closed


async def test_async_read_timeout_is_a_timeout_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([httpx.ReadTimeout("slow")])
    stream = await async_transport(config, clock, body).stream(CHAT, delta)
    with pytest.raises(GatewayTimeoutError):
        [item async for item in stream]


async def test_async_leaving_async_with_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), chunk("b"), DONE])
    async with await async_transport(config, clock, body).stream(CHAT, delta) as stream:
        async for _ in stream:
            break
    assert body.closed


async def test_async_early_break_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), chunk("b"), DONE])
    async for _ in await async_transport(config, clock, body).stream(CHAT, delta):
        break
    for _ in range(3):  # asyncio finalises an abandoned async generator on a later tick
        await asyncio.sleep(0)
    assert body.closed


async def test_async_close_releases_the_connection(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([chunk("a"), chunk("b"), DONE])
    stream = await async_transport(config, clock, body).stream(CHAT, delta)
    assert await stream.__anext__() == "a"
    await stream.close()
    assert body.closed


async def test_async_status_error_before_stream(
    atransport: AsyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=403, json={"error": {"message": "tier", "band": "b"}})
    with pytest.raises(GatewayStatusError) as caught:
        await atransport.stream(CHAT, delta)
    info: Optional[Any] = caught.value.info
    assert info is not None and info.details == {"band": "b"}


def test_break_releases_the_connection_while_the_stream_is_still_referenced(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    body = RecordingStream([b'data: {"n": 1}\n\n', b'data: {"n": 2}\n\n', b"data: [DONE]\n\n"])
    httpx_mock.add_response(stream=body)
    stream = transport.stream({"method": "post", "url": "/chat"}, lambda data, rid: data)

    for _ in stream:
        break

    assert body.closed
    assert stream.response.is_closed


# --- sync streams are iterators ------------------------------------------------------------------


def test_a_sync_stream_is_an_iterator(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([chunk("a"), chunk("b"), DONE])
    with sync_transport(config, clock, body).stream(CHAT, delta) as stream:
        assert isinstance(stream, collections.abc.Iterator)
        assert next(stream) == "a"
        assert list(stream) == ["b"]  # a loop goes on where next() stopped
        with pytest.raises(StopIteration):
            next(stream)
    assert body.closed


def test_dropping_a_partly_read_stream_warns_and_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), chunk("b"), DONE])
    stream = sync_transport(config, clock, body).stream(CHAT, delta)
    assert next(stream) == "a"
    with pytest.warns(ResourceWarning, match="request id"):
        del stream
        gc.collect()
    assert body.closed


def test_streams_that_were_closed_or_looped_over_do_not_warn(
    config: ClientConfig, clock: FakeClock
) -> None:
    bodies = [RecordingStream([chunk("a"), chunk("b"), DONE]) for _ in range(3)]
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        for _ in sync_transport(config, clock, bodies[0]).stream(CHAT, delta):
            break
        sync_transport(config, clock, bodies[1]).stream(CHAT, delta).close()
        with sync_transport(config, clock, bodies[2]).stream(CHAT, delta) as stream:
            next(stream)
        del stream
        gc.collect()
    assert all(body.closed for body in bodies)


# --- deferred async streams: `async for`, `await` and `async with` on a plain call ---------------


def deferred(
    transport: AsyncTransport, options: Optional[RequestOptions] = None
) -> AsyncStream[str]:
    return deferred_stream(transport, CHAT, delta, options)


async def test_a_deferred_stream_sends_nothing_until_first_used(
    atransport: AsyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        content=chunk("a") + DONE, headers={"content-type": "text/event-stream"}
    )
    stream = deferred(atransport)
    assert httpx_mock.get_requests() == []
    assert [item async for item in stream] == ["a"]
    request = httpx_mock.get_request()
    assert request is not None and request.headers["x-request-id"] == stream.request_id
    assert stream.completed


async def test_await_returns_the_started_stream_itself(
    atransport: AsyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=chunk("a") + DONE)
    stream = deferred(atransport)
    started = await stream
    assert started is stream
    assert len(httpx_mock.get_requests()) == 1
    assert stream.response.status_code == 200 and stream.headers is not None
    assert await stream is stream  # awaiting again sends nothing more
    assert [item async for item in stream] == ["a"]
    assert len(httpx_mock.get_requests()) == 1


async def test_async_with_starts_the_stream_and_releases_it(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), chunk("b"), DONE])
    async with deferred(async_transport(config, clock, body)) as stream:
        assert await stream.__anext__() == "a"
    assert body.closed


async def test_anext_works_on_a_deferred_stream(config: ClientConfig, clock: FakeClock) -> None:
    body = RecordingStream([chunk("a"), DONE])
    stream = deferred(async_transport(config, clock, body))
    assert await stream.__anext__() == "a"
    with pytest.raises(StopAsyncIteration):
        await stream.__anext__()
    assert body.closed


async def test_a_deferred_stream_knows_its_request_id_before_it_starts(
    atransport: AsyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=DONE)
    httpx_mock.add_response(content=DONE)
    given = deferred(atransport, RequestOptions(request_id="rid-given"))
    from_header = deferred(atransport, RequestOptions(extra_headers={"X-REQUEST-ID": "rid-h"}))
    assert (given.request_id, from_header.request_id) == ("rid-given", "rid-h")
    for stream in (given, from_header):
        async with stream:
            pass
    assert [r.headers["x-request-id"] for r in httpx_mock.get_requests()] == ["rid-given", "rid-h"]


async def test_a_deferred_stream_sends_the_body_as_it_was_at_the_call(
    atransport: AsyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=chunk("a") + DONE)
    messages = [{"role": "user", "content": "first"}]
    described: Any = {"method": "POST", "url": "/chat/completions", "json": {"messages": messages}}
    stream = deferred_stream(atransport, described, delta)
    messages.append({"role": "user", "content": "added after the call"})
    assert [item async for item in stream] == ["a"]
    request = httpx_mock.get_request()
    assert request is not None
    assert json.loads(request.content) == {"messages": [{"role": "user", "content": "first"}]}


async def test_an_http_error_is_raised_on_first_use(
    atransport: AsyncTransport, httpx_mock: HTTPXMock
) -> None:
    for _ in range(3):
        httpx_mock.add_response(status_code=400, json={"error": {"message": "bad"}})
    with pytest.raises(GatewayStatusError):
        await deferred(atransport)
    with pytest.raises(GatewayStatusError):
        async with deferred(atransport):
            pass
    with pytest.raises(GatewayStatusError):
        async for _ in deferred(atransport):
            pass


async def test_closing_a_deferred_stream_before_it_starts_sends_nothing(
    atransport: AsyncTransport, httpx_mock: HTTPXMock
) -> None:
    stream = deferred(atransport)
    await stream.close()
    assert [item async for item in stream] == []
    assert httpx_mock.get_requests() == []
    with pytest.raises(RuntimeError, match="not started"):
        _ = stream.response


async def test_dropping_a_deferred_stream_that_never_started_is_silent(
    atransport: AsyncTransport, httpx_mock: HTTPXMock
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        stream = deferred(atransport)
        del stream
        gc.collect()
    assert httpx_mock.get_requests() == []


# --- async streams dropped unclosed -------------------------------------------------------------


async def settle() -> None:
    for _ in range(5):  # the release runs as a task on the event loop
        await asyncio.sleep(0)


async def test_dropping_an_unread_async_stream_warns_and_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), DONE])
    stream = await async_transport(config, clock, body).stream(CHAT, delta)
    with pytest.warns(ResourceWarning, match=r"`async with` block, or `await \.close\(\)`"):
        del stream
        gc.collect()
    await settle()
    assert body.closed


async def test_dropping_a_started_deferred_stream_warns_and_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), chunk("b"), DONE])
    stream = await deferred(async_transport(config, clock, body))
    assert await stream.__anext__() == "a"
    with pytest.warns(ResourceWarning):
        del stream
        gc.collect()
    await settle()
    assert body.closed


async def test_leaving_async_for_early_then_dropping_releases_without_a_warning(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), chunk("b"), DONE])
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        async for _ in deferred(async_transport(config, clock, body)):
            break
        gc.collect()
        await settle()
    assert body.closed


def test_an_async_stream_dropped_after_its_loop_closed_is_still_marked_closed(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), DONE])
    loop = asyncio.new_event_loop()
    try:
        stream = loop.run_until_complete(async_transport(config, clock, body).stream(CHAT, delta))
    finally:
        loop.close()
    response = stream.response
    with pytest.warns(ResourceWarning):
        del stream
        gc.collect()
    # Nothing can await the close any more; it is driven by hand, which suffices here.
    assert response.is_closed and body.closed


def test_an_async_stream_dropped_in_another_thread_is_closed_on_its_own_loop(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([chunk("a"), DONE])
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        opening = async_transport(config, clock, body).stream(CHAT, delta)
        stream = asyncio.run_coroutine_threadsafe(opening, loop).result(timeout=10)
        with pytest.warns(ResourceWarning):
            del stream
            gc.collect()
        # A no-op scheduled after the close task has run means the close has run too.
        asyncio.run_coroutine_threadsafe(asyncio.sleep(0), loop).result(timeout=10)
        asyncio.run_coroutine_threadsafe(asyncio.sleep(0), loop).result(timeout=10)
        assert body.closed
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()


# --- on a real one-connection pool ---------------------------------------------------------------


class _SSEHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for event in (chunk("a"), chunk("b"), DONE):
            self.wfile.write(b"%x\r\n%s\r\n" % (len(event), event))
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a connection the client dropped resets; expected here


@pytest.fixture
def sse_server() -> Iterator[str]:
    server = _QuietServer(("127.0.0.1", 0), _SSEHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# If the connection were not given back, the next request would wait for the pool: a short
# pool timeout turns that into a test failure instead of a hang. A passing run never waits.
ONE_CONNECTION = httpx.Limits(max_connections=1, max_keepalive_connections=1)
POOL_TIMEOUT = httpx.Timeout(10.0, pool=3.0)


def test_a_dropped_unread_stream_frees_a_one_connection_pool(sse_server: str) -> None:
    config = ClientConfig(base_url=sse_server, api_key=API_KEY, max_retries=0)
    http = httpx.Client(limits=ONE_CONNECTION, timeout=POOL_TIMEOUT)
    with http, SyncTransport(config, http) as transport:
        stream = transport.stream(CHAT, delta)
        with pytest.warns(ResourceWarning):
            del stream
            gc.collect()
        assert list(transport.stream(CHAT, delta)) == ["a", "b"]


async def test_a_dropped_unread_async_stream_frees_a_one_connection_pool(sse_server: str) -> None:
    config = ClientConfig(base_url=sse_server, api_key=API_KEY, max_retries=0)
    http = httpx.AsyncClient(limits=ONE_CONNECTION, timeout=POOL_TIMEOUT)
    async with http, AsyncTransport(config, http) as transport:
        stream = await deferred(transport)
        with pytest.warns(ResourceWarning):
            del stream
            gc.collect()
        assert [item async for item in deferred(transport)] == ["a", "b"]
