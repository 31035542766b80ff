"""Faults on demand: how a test (or a demo user) makes the gateway misbehave.

Grammar
-------
A request picks faults with the header ``X-Gateway-Fault``, a comma-separated list of
``<name>[:<arg>[:<arg>]]`` items, for example ``X-Gateway-Fault: stall:0.5, cut-stream:3``.
For chat completions the same item can be given as the model name ``fault-<item>`` (for example
``"model": "fault-rate-limit:2"`` or ``"model": "fault-cut-stream:3"``), so a demo user can
trigger faults without setting headers; the header's faults come first when both are present.
Underscores in names read as hyphens (``stream_chunks`` = ``stream-chunks``). An unknown name
or a bad argument is a 400 ``invalid_request_error`` naming ``X-Gateway-Fault`` (or ``model``).

Faults that answer before the operation runs, in this order:

``stall:<seconds>``
    sleep before anything else (the request still succeeds unless another fault applies).
``disconnect``
    close the TCP connection without sending a byte: the client sees a connection error.
``fail-then-succeed:<N>[:<status>]``
    answer ``status`` (default 503, error body) to the first N requests carrying the same
    ``X-Request-Id`` (and the same fault header), then serve normally; a retrying client that
    reuses its request id gets through on attempt N+1. Requests without an id share one count.
    A 429 here carries ``Retry-After: 0`` and ``retry_after``. An upload (a form body) is read
    and recorded before the fault answers, so ``GET /_gateway/uploads/{request_id}`` shows what
    every attempt carried.
``rate-limit[:<seconds>]``
    429 with ``Retry-After: <seconds>`` (default 0) and ``error.retry_after``.
``insufficient-credits[:nested]``
    402 with ``credits_required`` and ``credits_remaining`` (under ``error.details`` when nested).
``band-denied[:nested]``
    403 ``band_access_denied`` with ``band``, ``required_tier`` and ``current_tier``.
``status:<code>``
    any status from 200 to 599 (529, 499, ...) with an error body; 204, 205 and 304, whose
    replies HTTP forbids a body, with headers only.
``html-502``
    a reverse proxy's HTML 502 page.

Faults that change the reply itself (chat completions, whole or streamed, the cloud agents'
completions included; the stream ones and ``chunks`` also apply to the speech audio, sent in
1 KiB chunks):

``malformed-json``
    200 with a truncated JSON body (for streams: one event with truncated JSON, then ``[DONE]``).
``cut-stream[:<events>]``
    send that many SSE events (default 3, the role chunk included), then drop the connection
    without ``[DONE]``; for speech, that many audio chunks.
``stall-stream:<seconds>``
    sleep that long between stream events (or audio chunks), after the first.
``crlf-sse``
    the stream with CRLF line ends, ``: comment`` lines and one event whose JSON is split over
    two ``data:`` lines.
``error-event``
    a few chunks, then ``data: {"error": {...}}``, and the stream ends (no ``[DONE]``).
``chunks:<N>`` (aliases ``stream-chunks``)
    the reply is exactly N words ``w0 w1 ...``; streamed, N content chunks written in batches,
    for benchmarks. For speech: N audio chunks of 1 KiB (default 8).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

__all__ = ["FaultError", "Faults", "malformed", "parse_faults"]

_NAMES = {
    "rate-limit",
    "fail-then-succeed",
    "insufficient-credits",
    "band-denied",
    "disconnect",
    "cut-stream",
    "stall",
    "stall-stream",
    "html-502",
    "malformed-json",
    "status",
    "crlf-sse",
    "error-event",
    "chunks",
    "stream-chunks",
}


class FaultError(ValueError):
    """A fault item the gateway does not understand."""


@dataclass
class Faults:
    """The faults one request asked for; the default is none."""

    stall: float = 0.0
    disconnect: bool = False
    fail_times: int = 0
    fail_status: int = 503
    fail_key: str = ""
    rate_limit: Optional[float] = None
    insufficient_credits: Optional[bool] = None  # the value says: nested under details
    band_denied: Optional[bool] = None
    status: Optional[int] = None
    html_502: bool = False
    malformed_json: bool = False
    cut_stream: Optional[int] = None
    stall_stream: float = 0.0
    crlf_sse: bool = False
    error_event: bool = False
    chunks: Optional[int] = None

    @property
    def any(self) -> bool:
        """Whether any fault is set (lets the hot path skip the fault handling)."""
        return self != _NONE


_NONE = Faults()


def malformed(text: str) -> str:
    """What ``malformed-json`` sends of a JSON text (a body, an event, a line): its first half."""
    return text[: len(text) // 2]


def _seconds(item: str, value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise FaultError(f"{item}: {value!r} is not a number of seconds") from None
    if not 0 <= seconds <= 3600:
        raise FaultError(f"{item}: seconds must be between 0 and 3600")
    return seconds


def _count(item: str, value: str, low: int, high: int) -> int:
    if not value.isdigit() or not low <= int(value) <= high:
        raise FaultError(f"{item}: {value!r} is not a whole number from {low} to {high}")
    return int(value)


def _nested(item: str, args: List[str]) -> bool:
    if not args:
        return False
    if args == ["nested"]:
        return True
    raise FaultError(f"{item}: the only option is 'nested'")


def parse_faults(spec: str, into: Optional[Faults] = None) -> Faults:
    """Read a comma-separated fault list into ``into`` (or new ``Faults``)."""
    faults = into if into is not None else Faults()
    for raw in spec.split(","):
        item = raw.strip()
        if not item:
            continue
        name, *args = item.split(":")
        name = name.strip().lower().replace("_", "-")
        args = [arg.strip() for arg in args]
        if name not in _NAMES:
            raise FaultError(f"unknown fault {name!r}; known: {', '.join(sorted(_NAMES))}")
        if name == "stall":
            faults.stall = _seconds(item, args[0] if args else "")
        elif name == "stall-stream":
            faults.stall_stream = _seconds(item, args[0] if args else "")
        elif name == "disconnect":
            faults.disconnect = True
        elif name == "fail-then-succeed":
            if not args or len(args) > 2:
                raise FaultError(f"{item}: expected fail-then-succeed:<N>[:<status>]")
            faults.fail_times = _count(item, args[0], 0, 1000)
            faults.fail_status = _count(item, args[1], 400, 599) if len(args) > 1 else 503
            faults.fail_key = item
        elif name == "rate-limit":
            faults.rate_limit = _seconds(item, args[0]) if args else 0.0
        elif name == "insufficient-credits":
            faults.insufficient_credits = _nested(item, args)
        elif name == "band-denied":
            faults.band_denied = _nested(item, args)
        elif name == "status":
            faults.status = _count(item, args[0] if args else "", 200, 599)
        elif name == "html-502":
            faults.html_502 = True
        elif name == "malformed-json":
            faults.malformed_json = True
        elif name == "cut-stream":
            faults.cut_stream = _count(item, args[0], 0, 100000) if args else 3
        elif name == "crlf-sse":
            faults.crlf_sse = True
        elif name == "error-event":
            faults.error_event = True
        else:  # chunks, stream-chunks
            faults.chunks = _count(item, args[0] if args else "", 0, 10_000_000)
    return faults
