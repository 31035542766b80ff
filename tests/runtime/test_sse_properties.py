"""Property-based tests of the SSE decoder and of a stream built on it (hypothesis).

Whatever the bytes and however they are split into reads, the decoder yields the events a
straightforward reading of the WHATWG rules gives for the whole buffer, and never raises; a
stream over them yields the same chunks, or the SDK's own error, for every split.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any, AsyncIterator, List, Optional, Sequence, Tuple

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from zaguan._runtime import (
    AsyncTransport,
    ClientConfig,
    GatewayError,
    ServerSentEvent,
    SSEDecoder,
    SyncTransport,
)

SETTINGS = settings(max_examples=300, deadline=None)

# Lines an LLM gateway's stream is made of, plus the odd ones the rules must cope with.
_LINES = st.one_of(
    st.sampled_from(
        [
            "data: [DONE]",
            "data:",
            "data",
            ":",
            ": ping",
            "event: error",
            "event: message",
            "event:message_stop",
            "id: 7",
            "id: a\x00b",
            "id",
            "retry: 100",
            "retry: ²",
            "retry: x",
            "data: {}",
            "data: []",
            "data: null",
            'data: {"error": {"message": "boom"}}',
            'data: {"error": "text"}',
            'data: {"choices": []}',
            'data: {"choices": [{"delta": {"content": "hé"}}]}',
            'data: {"choices": [{"delta": {"content": 1}}]}',
            'data: {"choices": [{"delta": {}}]}',
            "data: " + "[" * 2000,
            "\ufeffdata: x",
        ]
    ),
    st.builds(
        "{}:{}{}".format,
        st.sampled_from(["data", "event", "id", "retry", "other", ""]),
        st.sampled_from(["", " "]),
        st.text(max_size=20),
    ),
    st.text(max_size=30),
)
_ENDS = st.sampled_from(["\n", "\r", "\r\n", "\n\n", "\r\n\r\n", ""])
_SSE_TEXT = st.lists(st.tuples(_LINES, _ENDS), max_size=12).map(
    lambda pairs: "".join(line + end for line, end in pairs)
)
# Mostly stream-shaped text (UTF-8, an optional BOM), sometimes raw or corrupted bytes.
STREAM_BYTES = st.one_of(
    _SSE_TEXT.map(str.encode),
    st.tuples(st.sampled_from([b"", b"\xef\xbb\xbf"]), _SSE_TEXT.map(str.encode)).map(b"".join),
    st.tuples(_SSE_TEXT.map(str.encode), st.binary(max_size=8), _SSE_TEXT.map(str.encode)).map(
        b"".join
    ),
    st.binary(max_size=200),
)


@st.composite
def split(draw: st.DrawFn, data: bytes) -> List[bytes]:
    """``data`` cut at arbitrary places (empty reads included)."""
    cuts = sorted(draw(st.lists(st.integers(0, len(data)), max_size=10)))
    bounds = [0, *cuts, len(data)]
    return [data[a:b] for a, b in zip(bounds, bounds[1:])]


BYTES_AND_READS = STREAM_BYTES.flatmap(lambda data: st.tuples(st.just(data), split(data)))


def decode(reads: Sequence[bytes], flush: bool) -> List[ServerSentEvent]:
    decoder = SSEDecoder()
    events: List[ServerSentEvent] = []
    for read in reads:
        events.extend(decoder.feed(read))
    if flush:
        events.extend(decoder.flush())
    return events


def reference(data: bytes) -> List[ServerSentEvent]:
    """The WHATWG event-stream interpretation of a whole buffer, line by line, plus the
    decoder's leniency at the end (a last line and event are dispatched as if terminated)."""
    text = data.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    events: List[ServerSentEvent] = []
    buffer: List[str] = []
    event_type: Optional[str] = None
    last_id: Optional[str] = None
    retry: Optional[int] = None
    for line in [*re.split("\r\n|\r|\n", text), ""]:
        if line == "":
            if buffer:
                events.append(
                    ServerSentEvent("\n".join(buffer), event_type or "message", last_id, retry)
                )
            buffer, event_type, retry = [], None, None
            continue
        if line.startswith(":"):
            continue
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            buffer.append(value)
        elif name == "event":
            event_type = value
        elif name == "id" and "\0" not in value:
            last_id = value
        elif name == "retry" and value and all("0" <= c <= "9" for c in value):
            retry = int(value)
    return events


@SETTINGS
@given(BYTES_AND_READS)
def test_any_split_gives_the_events_of_the_whole_buffer(case: Tuple[bytes, List[bytes]]) -> None:
    data, reads = case
    assert decode(reads, flush=True) == decode([data], flush=True)
    assert decode(reads, flush=False) == decode([data], flush=False)


@SETTINGS
@given(BYTES_AND_READS)
def test_the_events_are_those_of_the_whatwg_rules(case: Tuple[bytes, List[bytes]]) -> None:
    data, reads = case
    assert decode(reads, flush=True) == reference(data)


@SETTINGS
@given(st.lists(st.binary(max_size=50), max_size=20))
def test_the_decoder_never_raises(reads: List[bytes]) -> None:
    decoder = SSEDecoder()
    for read in reads:
        for event in decoder.feed(read):
            assert isinstance(event.data, str) and isinstance(event.event, str)
    decoder.flush()


# --- a whole stream: the chunks, or the SDK's own error, for every split ----------------------


def content(payload: Any, request_id: str) -> Any:
    """A parse callback as a facade writes one: it trusts the shape, the runtime does not."""
    return payload["choices"][0]["delta"]["content"]


def outcome(reads: List[bytes]) -> Tuple[List[Any], Optional[str]]:
    body = _Reads(reads)
    client = httpx.Client(
        transport=httpx.MockTransport(
            lambda request: httpx.Response(
                200, headers={"content-type": "text/event-stream"}, stream=body
            )
        )
    )
    config = ClientConfig(base_url="https://gateway.test", api_key="sk-test", max_retries=0)
    items: List[Any] = []
    with client, SyncTransport(config, client) as transport:
        try:
            with transport.stream({"method": "post", "url": "/chat"}, content) as stream:
                items.extend(stream)  # extends item by item: kept up to an error
        except GatewayError as exc:  # anything else fails the test
            return items, f"{type(exc).__name__}: {exc}"
    return items, None


class _Reads(httpx.SyncByteStream):
    def __init__(self, reads: List[bytes]) -> None:
        self.reads = reads

    def __iter__(self) -> Any:
        return iter(self.reads)


@SETTINGS
@given(BYTES_AND_READS)
def test_a_stream_gives_the_same_chunks_or_the_sdks_error_for_any_split(
    case: Tuple[bytes, List[bytes]],
) -> None:
    data, reads = case
    assert outcome(reads) == outcome([data])


class _AsyncReads(httpx.AsyncByteStream):
    def __init__(self, reads: List[bytes]) -> None:
        self.reads = reads

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for read in self.reads:
            yield read


async def aoutcome(reads: List[bytes]) -> Tuple[List[Any], Optional[str]]:
    body = _AsyncReads(reads)
    client = httpx.AsyncClient(
        transport=httpx.MockTransport(
            lambda request: httpx.Response(
                200, headers={"content-type": "text/event-stream"}, stream=body
            )
        )
    )
    config = ClientConfig(base_url="https://gateway.test", api_key="sk-test", max_retries=0)
    items: List[Any] = []
    async with client, AsyncTransport(config, client) as transport:
        try:
            async with await transport.stream({"method": "post", "url": "/chat"}, content) as s:
                async for item in s:
                    items.append(item)  # noqa: PERF401  # kept up to an error
        except GatewayError as exc:
            return items, f"{type(exc).__name__}: {exc}"
    return items, None


@settings(max_examples=100, deadline=None)
@given(BYTES_AND_READS)
def test_an_async_stream_gives_what_a_sync_stream_gives(case: Tuple[bytes, List[bytes]]) -> None:
    data, reads = case
    assert asyncio.run(aoutcome(reads)) == outcome([data])
