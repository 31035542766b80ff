"""Server-sent events decoding that does no I/O.

The decoder follows the WHATWG event-stream rules
(https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
Both the sync and the async stream feed it bytes; it never reads anything itself.
"""

from __future__ import annotations

from typing import AsyncIterable, AsyncIterator, Iterable, Iterator, List, Optional

__all__ = ["SSEDecoder", "ServerSentEvent", "aiter_events", "iter_events"]

_BOM = "\ufeff"


class ServerSentEvent:
    """One dispatched server-sent event.

    ``event`` is the event type (``"message"`` when the stream set none), ``data``
    the data lines joined by ``"\\n"``, ``id`` the last event id seen so far on the
    stream (``None`` if none was ever set) and ``retry`` the reconnection time in
    milliseconds given inside this event, if any.
    """

    # A hand-written slotted class: this object is built once per streamed chunk,
    # and a plain __init__ is the cheapest constructor Python offers.
    __slots__ = ("data", "event", "id", "retry")

    def __init__(
        self,
        data: str = "",
        event: str = "message",
        id: Optional[str] = None,
        retry: Optional[int] = None,
    ) -> None:
        self.data = data
        self.event = event
        self.id = id
        self.retry = retry

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, "
            f"id={self.id!r}, retry={self.retry!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.data, self.event, self.id, self.retry) == (
            other.data,
            other.event,
            other.id,
            other.retry,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable attributes, like a dataclass


class SSEDecoder:
    """Incremental event-stream decoder: feed it bytes, get complete events back.

    Lines may end in CR, LF or CRLF, also when a CRLF is split between two reads;
    a UTF-8 character split between reads is decoded once whole. The decoder works
    on whole buffers (``bytes.rfind`` for the last complete line, one UTF-8 decode
    per read, ``str.split`` into lines) rather than byte by byte, because it sits on
    the streaming hot path. One instance serves one stream; it is not thread-safe.
    """

    __slots__ = ("_data", "_event", "_last_id", "_parts", "_pending_cr", "_retry", "_started")

    def __init__(self) -> None:
        # Bytes of a line that has not been terminated yet.
        self._parts: List[bytes] = []
        # The previous read ended in CR: an LF at the start of the next read belongs
        # to the same CRLF terminator and must not end a second (empty) line.
        self._pending_cr = False
        self._started = False
        self._data: List[str] = []
        self._event: Optional[str] = None
        self._last_id: Optional[str] = None
        self._retry: Optional[int] = None

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        """Add one network read; return the events it completed, in order."""
        if self._pending_cr:
            if not chunk:
                return []
            self._pending_cr = False
            if chunk[0] == 0x0A:
                chunk = chunk[1:]
        # Only the new chunk needs searching: earlier parts held no terminator.
        end = chunk.rfind(b"\n")
        cr = chunk.rfind(b"\r", end + 1)
        if cr > end:
            end = cr
        if end < 0:
            if chunk:
                self._parts.append(chunk)
            return []
        if end == len(chunk) - 1:
            block = chunk
            self._pending_cr = cr == end
            tail = b""
        else:
            block = chunk[: end + 1]
            tail = chunk[end + 1 :]
        if self._parts:
            self._parts.append(block)
            block = b"".join(self._parts)
            self._parts = []
        if tail:
            self._parts.append(tail)
        # Terminators are ASCII and never occur inside a multi-byte UTF-8 sequence,
        # so a block of complete lines always decodes cleanly on its own.
        text = block.decode("utf-8", "replace")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not self._started:
            self._started = True
            if text.startswith(_BOM):
                text = text[1:]
        lines = text.split("\n")
        lines.pop()  # the block ends with a terminator, so the last item is ""
        return self._process(lines)

    def flush(self) -> List[ServerSentEvent]:
        """End of stream: treat a partial last line as complete and dispatch any pending event.

        The WHATWG rules discard an event that the stream did not end with a blank
        line; callers that want that strictness simply do not call ``flush``.
        """
        lines: List[str] = []
        if self._parts:
            text = b"".join(self._parts).decode("utf-8", "replace")
            self._parts = []
            if not self._started:
                self._started = True
                if text.startswith(_BOM):
                    text = text[1:]
            lines.append(text)
        lines.append("")
        self._pending_cr = False
        return self._process(lines)

    def _process(self, lines: List[str]) -> List[ServerSentEvent]:
        events: List[ServerSentEvent] = []
        data = self._data
        for line in lines:
            if not line:
                if data:
                    events.append(
                        ServerSentEvent(
                            "\n".join(data),
                            self._event or "message",
                            self._last_id,
                            self._retry,
                        )
                    )
                    data = self._data = []
                self._event = None
                self._retry = None
                continue
            # Nearly every non-blank line of an LLM stream is a data line: tested first.
            if line.startswith("data: "):
                data.append(line[6:])
                continue
            colon = line.find(":")
            if colon == 0:
                continue  # comment, e.g. a keep-alive ": ping"
            if colon < 0:
                field, value = line, ""
            else:
                field = line[:colon]
                value = (
                    line[colon + 2 :] if line[colon + 1 : colon + 2] == " " else line[colon + 1 :]
                )
            if field == "event":
                self._event = value
            elif field == "data":
                data.append(value)
            elif field == "id":
                if "\0" not in value:
                    self._last_id = value
            # ASCII digits only: str.isdigit alone would accept "²" or "٣".
            elif field == "retry" and value.isascii() and value.isdigit():
                self._retry = int(value)
            # Any other field name is ignored, as the standard requires.
        return events


def iter_events(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    """Decode an iterable of byte chunks (e.g. ``response.iter_bytes()``) into events."""
    decoder = SSEDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)


async def aiter_events(chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    """Decode an async iterable of byte chunks (e.g. ``response.aiter_bytes()``) into events."""
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event
