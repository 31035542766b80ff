"""JSON Lines: the no-I/O decoder, and streams of JSON Lines bodies (sync and async)."""

from __future__ import annotations

import asyncio
import pickle
from typing import Any, AsyncIterator, Dict, List

import httpx
import pytest

from zaguan._runtime import (
    SKIP,
    AsyncTransport,
    ClientConfig,
    GatewayConnectionError,
    GatewayDecodeError,
    GatewayStreamError,
    JSONLinesDecoder,
    JSONLinesError,
    StreamSpec,
    SyncTransport,
    aiter_json_lines,
    iter_json_lines,
)
from zaguan._runtime._streaming import deferred_stream

from .conftest import FakeClock, RecordingStream

RESULTS = {"method": "get", "url": "/messages/batches/b1/results"}


def decode(reads: List[bytes]) -> List[Any]:
    decoder = JSONLinesDecoder()
    values: List[Any] = []
    for read in reads:
        values.extend(decoder.feed(read))
    values.extend(decoder.flush())
    return values


# --- the decoder ----------------------------------------------------------------------------


def test_each_line_is_one_json_value() -> None:
    assert decode([b'{"a": 1}\n[2]\n"three"\n4\nnull\n']) == [{"a": 1}, [2], "three", 4, None]


def test_a_line_split_between_reads_is_decoded_once_whole() -> None:
    assert decode([b'{"custom', b'_id": "r', b'1"}\n{"x"', b": 2}\n"]) == [
        {"custom_id": "r1"},
        {"x": 2},
    ]


def test_a_utf8_character_split_between_reads_is_decoded_whole() -> None:
    data = '{"text": "héllo ✓"}\n'.encode()
    cut = data.index("✓".encode()) + 1  # inside the three bytes of the check mark
    assert decode([data[:cut], data[cut:]]) == [{"text": "héllo ✓"}]


def test_crlf_line_ends_are_read_like_lf() -> None:
    assert decode([b'{"a": 1}\r\n{"b": 2}\r', b"\n"]) == [{"a": 1}, {"b": 2}]


def test_blank_lines_are_skipped() -> None:
    assert decode([b'\n{"a": 1}\n\n  \n{"b": 2}\n\n']) == [{"a": 1}, {"b": 2}]


def test_a_last_line_without_lf_is_delivered_by_flush() -> None:
    decoder = JSONLinesDecoder()
    assert decoder.feed(b'{"a": 1}\n{"b": 2}') == [{"a": 1}]
    assert decoder.flush() == [{"b": 2}]
    assert decoder.flush() == []


def test_a_byte_order_mark_at_the_start_is_ignored() -> None:
    assert decode([b"\xef\xbb", b'\xbf{"a": 1}\n']) == [{"a": 1}]


def test_nothing_is_returned_before_a_line_is_complete() -> None:
    decoder = JSONLinesDecoder()
    assert decoder.feed(b'{"a": ') == []
    assert decoder.feed(b"1}") == []
    assert decoder.feed(b"\n") == [{"a": 1}]


def test_a_malformed_line_raises_naming_its_number() -> None:
    decoder = JSONLinesDecoder()
    assert decoder.feed(b'{"a": 1}\n\n') == [{"a": 1}]
    with pytest.raises(JSONLinesError) as caught:
        decoder.feed(b'{"b": \n')
    assert caught.value.line == 3
    assert caught.value.text == '{"b": '
    assert "line 3" in str(caught.value)


def test_a_line_that_is_not_utf8_raises() -> None:
    with pytest.raises(JSONLinesError, match="not UTF-8"):
        decode([b'{"a": "\xff"}\n'])


def test_two_values_on_one_line_raise() -> None:
    with pytest.raises(JSONLinesError, match="line 1"):
        decode([b"{} {}\n"])


def test_absurdly_deep_json_raises_the_decoder_error() -> None:
    with pytest.raises(JSONLinesError, match="line 1"):
        decode([b"[" * 100_000 + b"\n"])


def test_a_decoder_error_is_a_value_error_that_pickles() -> None:
    error = JSONLinesError(2, "Expecting value", "x")
    assert isinstance(error, ValueError)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.line, copy.reason, copy.text, str(copy)) == (2, "Expecting value", "x", str(error))


def test_the_decoder_holds_no_more_than_the_unfinished_line() -> None:
    decoder = JSONLinesDecoder()
    for index in range(1000):
        assert decoder.feed(b'{"n": %d}\n{"n"' % index) != []
        decoder.feed(b": 0}\n")
    assert decoder._parts == []
    assert decoder.lines_read == 2000


def test_iter_json_lines_decodes_an_iterable_of_reads() -> None:
    assert list(iter_json_lines([b"1\n2", b"\n3"])) == [1, 2, 3]


async def test_aiter_json_lines_decodes_an_async_iterable_of_reads() -> None:
    async def reads() -> AsyncIterator[bytes]:
        for read in (b"1\n2", b"\n3"):
            yield read

    assert [value async for value in aiter_json_lines(reads())] == [1, 2, 3]


# --- a JSON Lines stream through the transport ----------------------------------------------


def line(value: Dict[str, Any]) -> bytes:
    import json

    return json.dumps(value).encode() + b"\n"


def custom_id(value: Any, request_id: str) -> str:
    return str(value["custom_id"])


LINES = StreamSpec(custom_id, json_lines=True)


def handler(body: RecordingStream, content_type: str = "application/x-jsonl") -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": content_type}, stream=body)

    return handle


def sync_transport(config: ClientConfig, clock: FakeClock, body: RecordingStream) -> SyncTransport:
    client = httpx.Client(transport=httpx.MockTransport(handler(body)))
    return SyncTransport(config, client, sleep=clock.sleep, random=clock.random, now=clock.now)


def async_transport(
    config: ClientConfig, clock: FakeClock, body: RecordingStream
) -> AsyncTransport:
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler(body)))
    return AsyncTransport(
        config, client, async_sleep=clock.async_sleep, random=clock.random, now=clock.now
    )


def test_a_json_lines_stream_yields_one_item_per_line_until_the_body_ends(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([line({"custom_id": "a"}) + b'{"custom_id"', b': "b"}\n'])
    with sync_transport(config, clock, body).stream(RESULTS, LINES) as stream:
        assert list(stream) == ["a", "b"]
        assert stream.completed
    assert body.closed


def test_a_json_lines_stream_reads_a_body_labelled_application_json_as_lines(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([line({"custom_id": "a"}), line({"custom_id": "b"})])
    client = httpx.Client(transport=httpx.MockTransport(handler(body, "application/json")))
    stream = SyncTransport(config, client).stream(RESULTS, LINES)
    assert list(stream) == ["a", "b"]


def test_a_json_lines_item_the_parser_skips_is_not_yielded(
    config: ClientConfig, clock: FakeClock
) -> None:
    def only_a(value: Any, request_id: str) -> Any:
        return value["custom_id"] if value["custom_id"] == "a" else SKIP

    body = RecordingStream([line({"custom_id": "a"}), line({"custom_id": "b"})])
    stream = sync_transport(config, clock, body).stream(
        RESULTS, StreamSpec(only_a, json_lines=True)
    )
    assert list(stream) == ["a"]


def test_a_malformed_line_raises_the_decode_error_after_the_lines_before_it(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([line({"custom_id": "a"}) + b"{broken\n" + line({"custom_id": "c"})])
    received: List[str] = []
    with pytest.raises(GatewayDecodeError, match="line 2") as caught:
        received.extend(sync_transport(config, clock, body).stream(RESULTS, LINES))
    assert received == ["a"]
    assert caught.value.info is not None and caught.value.info.body == "{broken"
    assert body.closed


def test_a_line_of_the_wrong_shape_raises_the_decode_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([line({"no_custom_id": 1})])
    with pytest.raises(GatewayDecodeError, match="Unexpected JSON Lines item: KeyError"):
        list(sync_transport(config, clock, body).stream(RESULTS, LINES))


def test_an_error_line_raises_the_stream_error(config: ClientConfig, clock: FakeClock) -> None:
    error = {"type": "error", "error": {"type": "api_error", "message": "results lost"}}
    body = RecordingStream([line({"custom_id": "a"}), line(error)])
    with pytest.raises(GatewayStreamError, match="results lost"):
        list(sync_transport(config, clock, body).stream(RESULTS, LINES))


def test_a_body_cut_mid_way_raises_the_connection_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([line({"custom_id": "a"}), httpx.ReadError("peer closed")])
    received: List[str] = []
    with pytest.raises(GatewayConnectionError, match="the JSON Lines body was cut"):
        received.extend(sync_transport(config, clock, body).stream(RESULTS, LINES))
    assert received == ["a"]
    assert body.closed


def test_leaving_a_json_lines_loop_early_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([line({"custom_id": str(n)}) for n in range(10)])
    stream = sync_transport(config, clock, body).stream(RESULTS, LINES)
    for item in stream:
        if item == "1":
            break
    assert body.closed
    assert body.consumed < 10
    assert not stream.completed


async def test_an_async_json_lines_stream_yields_one_item_per_line(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([line({"custom_id": "a"}), b'{"custom_id": "b"}'])
    transport = async_transport(config, clock, body)
    async with deferred_stream(transport, RESULTS, LINES) as stream:
        assert [item async for item in stream] == ["a", "b"]
        assert stream.completed
    assert body.closed


async def test_an_async_json_lines_stream_raises_the_decode_error_for_a_malformed_line(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([line({"custom_id": "a"}), b"[1,\n"])
    transport = async_transport(config, clock, body)
    with pytest.raises(GatewayDecodeError, match="line 2"):
        async for _ in deferred_stream(transport, RESULTS, LINES):
            pass
    assert body.closed


async def test_an_async_json_lines_stream_closed_early_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([line({"custom_id": str(n)}) for n in range(10)])
    transport = async_transport(config, clock, body)
    stream = await deferred_stream(transport, RESULTS, LINES)
    assert await stream.__anext__() == "0"
    await stream.aclose()
    await asyncio.sleep(0)
    assert body.closed


def test_the_lines_before_a_malformed_one_are_returned_before_it_raises() -> None:
    decoder = JSONLinesDecoder()
    assert decoder.feed(b'{"a": 1}\n{broken\n{"c": 3}\n') == [{"a": 1}]
    with pytest.raises(JSONLinesError, match="line 2"):
        decoder.flush()
    with pytest.raises(JSONLinesError, match="line 2"):
        decoder.feed(b'{"d": 4}\n')
