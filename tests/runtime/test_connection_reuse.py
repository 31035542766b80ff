"""Against a real loopback HTTP/1.1 server: a fully read stream leaves its connection
to the pool, an abandoned one does not poison it."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Iterator, List

import pytest

from zaguan._runtime import ClientConfig, SyncTransport

from .conftest import API_KEY


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, chunked bodies
    ports: ClassVar[List[int]] = []

    def do_POST(self) -> None:
        self.ports.append(self.client_address[1])
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        events = [f"data: {json.dumps({'i': i})}\n\n".encode() for i in range(5)]
        for event in [*events, b"data: [DONE]\n\n"]:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(event), event))
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client closing its pooled connection at teardown resets the socket; that is
        # expected here, not worth a traceback in the test output.
        pass


@pytest.fixture
def server_url() -> Iterator[str]:
    _Handler.ports = []
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def open_stream(transport: SyncTransport) -> Any:
    return transport.stream({"method": "post", "url": "/chat", "json": {}}, lambda p, rid: p["i"])


def test_fully_read_streams_reuse_one_connection(server_url: str) -> None:
    with SyncTransport(ClientConfig(base_url=server_url, api_key=API_KEY)) as transport:
        assert list(open_stream(transport)) == [0, 1, 2, 3, 4]
        assert list(open_stream(transport)) == [0, 1, 2, 3, 4]
    assert len(_Handler.ports) == 2
    assert len(set(_Handler.ports)) == 1


def test_abandoned_stream_does_not_break_the_next_call(server_url: str) -> None:
    with SyncTransport(ClientConfig(base_url=server_url, api_key=API_KEY)) as transport:
        for _ in open_stream(transport):
            break
        assert list(open_stream(transport)) == [0, 1, 2, 3, 4]
    # The half-read connection was closed rather than handed to the next caller.
    assert len(set(_Handler.ports)) == 2
