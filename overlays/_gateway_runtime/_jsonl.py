"""JSON Lines decoding that does no I/O (https://jsonlines.org/).

One JSON value per line, lines ending in LF (a CR before it is tolerated, as JSON whitespace).
Both the sync and the async readers feed :class:`JSONLinesDecoder` the bytes they read; it never
reads anything itself, and holds at most one unfinished line: a file of any size streams
through it line by line.
"""

from __future__ import annotations

import json
from typing import Any, AsyncIterable, AsyncIterator, Iterable, Iterator, List, Optional

__all__ = ["JSONLinesDecoder", "JSONLinesError", "aiter_json_lines", "iter_json_lines"]

_BOM = b"\xef\xbb\xbf"
# Shown of a line that does not decode, in an error message.
_SNIPPET = 200


class JSONLinesError(ValueError):
    """A line that is not one JSON value (or not UTF-8). ``line`` is its 1-based number in
    the body, ``text`` the line (cut to 200 characters)."""

    def __init__(self, line: int, reason: str, text: str) -> None:
        super().__init__(f"line {line} of the JSON Lines body is not valid JSON: {reason}")
        self.line = line
        self.reason = reason
        self.text = text

    def __reduce__(self) -> Any:
        return (type(self), (self.line, self.reason, self.text))


class JSONLinesDecoder:
    """Incremental JSON Lines decoder: feed it bytes, get the JSON values of complete lines back.

    A line split between reads (a multi-byte UTF-8 character included) is decoded once whole;
    blank lines are skipped; a UTF-8 byte order mark at the very start is ignored. A line that
    is not one JSON value raises :class:`JSONLinesError` naming it, once the values of the
    lines before it have been returned: the call that meets it returns those, and that call's
    next one (``feed`` or ``flush``) raises, as does every call after. One instance serves one
    body; it is not thread-safe.
    """

    __slots__ = ("_error", "_line", "_parts", "_started")

    def __init__(self) -> None:
        # Bytes of a line that has not been terminated yet.
        self._parts: List[bytes] = []
        # Lines seen so far, blank ones included: the number of the next line is one more.
        self._line = 0
        self._started = False
        # A bad line met after good ones: raised by the next call (and every call after).
        self._error: Optional[JSONLinesError] = None

    @property
    def lines_read(self) -> int:
        """How many complete lines (blank ones included) have been decoded."""
        return self._line

    def feed(self, chunk: bytes) -> List[Any]:
        """Add one network read; return the values of the lines it completed, in order."""
        if self._error is not None:
            raise self._error
        end = chunk.rfind(b"\n")
        if end < 0:
            if chunk:
                self._parts.append(chunk)
            return []
        block = chunk[: end + 1]
        if self._parts:
            self._parts.append(block)
            block = b"".join(self._parts)
            self._parts = []
        if end + 1 < len(chunk):
            self._parts.append(chunk[end + 1 :])
        lines = block.split(b"\n")
        lines.pop()  # the block ends with LF, so the last item is b""
        return self._decode(lines)

    def flush(self) -> List[Any]:
        """End of body: the value of a last line that has no LF after it (if any)."""
        if self._error is not None:
            raise self._error
        if not self._parts:
            return []
        line = b"".join(self._parts)
        self._parts = []
        return self._decode([line])

    def _decode(self, lines: List[bytes]) -> List[Any]:
        if not self._started:
            self._started = True
            if lines[0].startswith(_BOM):
                lines[0] = lines[0][len(_BOM) :]
        values: List[Any] = []
        for raw in lines:
            self._line += 1
            if not raw.strip():
                continue
            try:
                values.append(json.loads(raw.decode("utf-8")))
            except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep JSON
                self._error = _line_error(self._line, raw, exc)
                if values:
                    return values  # the error waits for the next call
                raise self._error from None
        return values


def _line_error(line: int, raw: bytes, exc: BaseException) -> JSONLinesError:
    if isinstance(exc, UnicodeDecodeError):
        reason = f"not UTF-8 ({exc.reason})"
    elif isinstance(exc, RecursionError):
        reason = "nested too deeply"
    else:
        reason = str(exc)
    return JSONLinesError(line, reason, raw.decode("utf-8", "replace")[:_SNIPPET])


def iter_json_lines(chunks: Iterable[bytes]) -> Iterator[Any]:
    """Decode an iterable of byte chunks (e.g. ``response.iter_bytes()``) into JSON values."""
    decoder = JSONLinesDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)
    yield from decoder.flush()


async def aiter_json_lines(chunks: AsyncIterable[bytes]) -> AsyncIterator[Any]:
    """Decode an async iterable of byte chunks (e.g. ``response.aiter_bytes()``) into values."""
    decoder = JSONLinesDecoder()
    async for chunk in chunks:
        for value in decoder.feed(chunk):
            yield value
    for value in decoder.flush():
        yield value
