"""What handlers are given and return: the validated call, JSON and error bodies, and
replies written chunk by chunk (event streams, JSON Lines, audio) with the call's faults applied.

Every stream goes through :func:`fault_stream` (and an event stream through
:func:`event_stream`), so that ``cut-stream``, ``stall-stream`` and the batching of the long
``chunks:N`` streams mean the same on every operation that streams.

Its own module so that handler modules (``chat``-like ``messages``, ``agents``) need not import
the application that imports them.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Dict, Iterable, Mapping, Optional

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .chat import dumps
from .faults import Faults, malformed
from .forms import Form

__all__ = [
    "Call",
    "DropConnection",
    "Handler",
    "StreamResponse",
    "drop_connection",
    "error_response",
    "event_stream",
    "fault_stream",
    "json_reply",
    "json_response",
    "sleep_unless_gone",
]


# The benchmark's N-chunk streams (`chunks:N`) are written this many events per write: the
# client still parses N events, while the server spends far fewer syscalls than one per event.
_BATCH = 64


def json_response(status: int, payload: Any, headers: Optional[Dict[str, str]] = None) -> Response:
    """``payload`` as a compact JSON body."""
    return Response(dumps(payload).encode(), status, headers, "application/json")


def error_response(
    status: int,
    message: str,
    kind: str,
    code: Optional[str] = None,
    param: Optional[str] = None,
    extra: Optional[Mapping[str, Any]] = None,
    headers: Optional[Dict[str, str]] = None,
) -> Response:
    """The error body both gateways use: ``{"error": {"message", "type", ...}}``."""
    error: Dict[str, Any] = {"message": message, "type": kind}
    if code is not None:
        error["code"] = code
    if param is not None:
        error["param"] = param
    if extra:
        error.update(extra)
    return json_response(status, {"error": error}, headers)


@dataclass
class Call:
    """One request, validated, as the handlers see it."""

    api: str
    request: Request
    query: Dict[str, Any]
    body: Any
    faults: Faults
    headers: Dict[str, str]
    # A multipart/form-data request's form (``body`` then holds its typed text fields).
    form: Optional[Form] = None


async def _wait_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def sleep_unless_gone(seconds: float, receive: Receive) -> bool:
    """Sleep; stop early and return True when the client disconnects meanwhile."""
    watcher = asyncio.ensure_future(_wait_disconnect(receive))
    try:
        done, _ = await asyncio.wait({watcher}, timeout=seconds)
        return bool(done)
    finally:
        watcher.cancel()


async def drop_connection(receive: Receive) -> None:
    # uvicorn answers 500 when an app fails before starting a response, so raising cannot
    # simulate a dropped connection. uvicorn's `receive` is a method of its request cycle,
    # which holds the asyncio transport: closing it sends FIN with no response at all.
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        # Not under uvicorn (an in-process ASGI transport): an exception is the closest thing.
        raise ConnectionAbortedError("local gateway fault: connection dropped")
    transport.close()
    # Return only once uvicorn has seen the connection go, or it would log "returned without
    # starting response" and try to send a 500 on the closed socket.
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(_wait_disconnect(receive), 2.0)


class DropConnection(Response):
    """Not a response: closes the connection before sending anything."""

    def __init__(self) -> None:
        super().__init__(b"")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await drop_connection(receive)


class StreamResponse(Response):
    """A reply written chunk by chunk (chunked transfer), with the stream faults applied:
    ``stall`` seconds between chunks (after the first), ``cut_after`` chunks then a dropped
    connection, ``batch`` chunks per write (the benchmark's long streams)."""

    def __init__(
        self,
        chunks: Iterable[bytes],
        headers: Dict[str, str],
        media_type: str,
        batch: int = 1,
        stall: float = 0.0,
        cut_after: Optional[int] = None,
    ) -> None:
        # Response.__init__ would set a Content-Length; a stream is sent chunked instead.
        self.status_code = 200
        self.background = None
        self.media_type = media_type
        self.chunks = chunks
        self.batch = batch
        self.stall = stall
        self.cut_after = cut_after
        self.init_headers(headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        chunks = iter(self.chunks)
        if self.cut_after is not None:
            chunks = itertools.islice(chunks, self.cut_after)
        if self.batch > 1:
            while True:
                group = list(itertools.islice(chunks, self.batch))
                if not group:
                    break
                body = b"".join(group)
                await send({"type": "http.response.body", "body": body, "more_body": True})
        else:
            for position, chunk in enumerate(chunks):
                if self.stall and position and await sleep_unless_gone(self.stall, receive):
                    return
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        if self.cut_after is not None:
            await drop_connection(receive)
            return
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def json_reply(call: Call, payload: Any) -> Response:
    """A 200 with ``payload`` as JSON; under ``malformed-json``, its first half only."""
    if not call.faults.malformed_json:
        return json_response(200, payload, call.headers)
    text = malformed(dumps(payload))
    return Response(text.encode(), 200, call.headers, "application/json")


def fault_stream(
    call: Call,
    chunks: Iterable[bytes],
    media_type: str,
    headers: Optional[Dict[str, str]] = None,
    batch: int = 1,
) -> StreamResponse:
    """``chunks`` written one by one with the call's ``stall-stream`` and ``cut-stream``, or
    ``batch`` per write (then without stalls); ``headers`` replace the call's."""
    faults = call.faults
    return StreamResponse(
        chunks,
        call.headers if headers is None else headers,
        media_type,
        batch,
        faults.stall_stream,
        faults.cut_stream,
    )


def event_stream(call: Call, events: Iterable[bytes]) -> StreamResponse:
    """A ``text/event-stream`` of ``events`` (each whole, its blank line included) with the
    call's stream faults; a ``chunks:N`` stream is written many events per write unless it
    stalls between them."""
    faults = call.faults
    batch = _BATCH if faults.chunks is not None and not faults.stall_stream else 1
    headers = {"cache-control": "no-cache", **call.headers}
    return fault_stream(call, events, "text/event-stream", headers, batch)


Handler = Callable[[Call], Awaitable[Response]]
