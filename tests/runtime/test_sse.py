"""SSEDecoder follows the WHATWG event-stream rules whatever the read boundaries."""

from __future__ import annotations

from typing import AsyncIterator, List

from zaguan._runtime import ServerSentEvent, SSEDecoder, aiter_events, iter_events


def feed_all(*chunks: bytes) -> List[ServerSentEvent]:
    decoder = SSEDecoder()
    events: List[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    return events


def datas(*chunks: bytes) -> List[str]:
    return [event.data for event in feed_all(*chunks)]


def test_lf_terminated_events_are_dispatched_on_blank_line() -> None:
    assert datas(b"data: one\n\ndata: two\n\n") == ["one", "two"]


def test_event_is_not_dispatched_before_its_blank_line() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: one\n") == []
    assert [e.data for e in decoder.feed(b"\n")] == ["one"]


def test_crlf_split_across_reads_does_not_count_as_two_line_ends() -> None:
    # If the LF after a read-final CR were a second line end, "a" would be
    # dispatched alone and "b" would start a new event.
    assert datas(b"data: a\r", b"\ndata: b\r\n\r\n") == ["a\nb"]


def test_cr_then_cr_across_reads_is_a_blank_line() -> None:
    assert datas(b"data: a\r", b"\rdata: b\r\r") == ["a", "b"]


def test_cr_only_line_endings() -> None:
    assert datas(b"event: x\rdata: a\rdata: b\r\r") == ["a\nb"]


def test_crlf_line_endings() -> None:
    assert datas(b"data: a\r\ndata: b\r\n\r\n") == ["a\nb"]


def test_data_without_space_after_colon() -> None:
    assert datas(b"data:compact\n\n") == ["compact"]


def test_only_one_leading_space_is_removed() -> None:
    assert datas(b"data:  two spaces\n\n") == [" two spaces"]


def test_multiline_data_is_joined_with_newline() -> None:
    assert datas(b'data: {\ndata: "a": 1\ndata: }\n\n') == ['{\n"a": 1\n}']


def test_empty_data_line_dispatches_empty_string() -> None:
    assert datas(b"data\n\n", b"data:\n\n") == ["", ""]


def test_comment_lines_are_ignored() -> None:
    assert datas(b": keep-alive\n\n:ping\ndata: x\n: mid\n\n") == ["x"]


def test_event_without_data_is_not_dispatched() -> None:
    assert feed_all(b"event: ping\n\n", b"id: 7\n\n") == []


def test_event_type_defaults_to_message_and_resets_after_dispatch() -> None:
    events = feed_all(b"event: error\ndata: a\n\ndata: b\n\n")
    assert [(e.event, e.data) for e in events] == [("error", "a"), ("message", "b")]


def test_id_is_kept_for_later_events() -> None:
    events = feed_all(b"id: 42\ndata: a\n\ndata: b\n\n")
    assert [e.id for e in events] == ["42", "42"]


def test_id_containing_nul_is_ignored() -> None:
    events = feed_all(b"id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n")
    assert [e.id for e in events] == ["1", "1"]


def test_retry_field_accepts_ascii_digits_only() -> None:
    events = feed_all(
        b"retry: 3000\ndata: a\n\nretry: 1.5\ndata: b\n\n", "retry: ²\ndata: c\n\n".encode()
    )
    assert [e.retry for e in events] == [3000, None, None]


def test_unknown_fields_are_ignored() -> None:
    assert feed_all(b"foo: bar\ndata: x\n\n") == [ServerSentEvent("x")]


def test_utf8_character_split_across_reads() -> None:
    raw = "data: héllo 🌍\n\n".encode()
    split = raw.index("🌍".encode()) + 2  # in the middle of the 4-byte emoji
    assert datas(raw[:split], raw[split:]) == ["héllo 🌍"]


def test_leading_bom_is_stripped() -> None:
    assert datas(b"\xef\xbb", b"\xbfdata: x\n\n") == ["x"]


def test_empty_reads_change_nothing() -> None:
    assert datas(b"", b"data: a\r", b"", b"\n\n", b"") == ["a"]


def test_every_split_point_gives_the_same_events() -> None:
    raw = (
        '\ufeff: hi\r\nevent: delta\r\nid: 9\r\ndata: {"t": "é"}\r\n\r\n'
        "data:x\rdata: y\r\rretry: 10\ndata: z\n\ndata: [DONE]\n\n"
    ).encode()
    expected = feed_all(raw)
    assert [e.data for e in expected] == ['{"t": "é"}', "x\ny", "z", "[DONE]"]
    for i in range(len(raw) + 1):
        for j in range(i, len(raw) + 1):
            assert feed_all(raw[:i], raw[i:j], raw[j:]) == expected, (i, j)


def test_one_byte_reads_give_the_same_events() -> None:
    raw = b"event: a\r\ndata: 1\r\n\r\ndata: 2\r\r"
    assert feed_all(*(raw[i : i + 1] for i in range(len(raw)))) == feed_all(raw)


def test_iter_events_discards_an_unterminated_last_event() -> None:
    assert [e.data for e in iter_events([b"data: a\n\n", b"data: b\n"])] == ["a"]


def test_flush_dispatches_a_pending_event_and_partial_line() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\ndata: [DO") == []
    assert [e.data for e in decoder.flush()] == ["a\n[DO"]


async def test_aiter_events_decodes_async_chunks() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for chunk in (b"data: a\r", b"\n\r\ndata: b\n\n"):
            yield chunk

    assert [e.data async for e in aiter_events(chunks())] == ["a", "b"]
