"""Multipart uploads: what a file argument accepts, what is refused before anything is sent,
whole bodies on every retry, files streamed from disk, and no file I/O on the event loop."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import enum
import hashlib
import io
import os
import pathlib
import tempfile
import threading
import tracemalloc
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, ClassVar, Dict, Iterator, List, Optional

import httpx
import pytest
from pytest_httpx import HTTPXMock

from zaguan._runtime import (
    AsyncClientBase,
    AsyncTransport,
    Call,
    ClientConfig,
    GatewayConnectionError,
    GatewayInvalidArgumentError,
    RequestOptions,
    SyncClientBase,
    SyncTransport,
    _uploads,
)

from .conftest import API_KEY, FakeClock

URL = "https://gateway.test/v1/audio/transcriptions"


@dataclass
class Part:
    name: str
    filename: Optional[str]
    content_type: str
    content: bytes


def form(request: httpx.Request) -> List[Part]:
    """The parts of a multipart request, read by the standard library's MIME parser (not by
    code that shares anything with the encoder)."""
    raw = b"Content-Type: %s\r\n\r\n%s" % (
        request.headers["content-type"].encode(),
        request.content,
    )
    message: Any = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    assert message.is_multipart() and not message.defects
    return [
        Part(
            part.get_param("name", header="content-disposition"),
            part.get_filename(),
            part.get_content_type(),
            part.get_payload(decode=True),
        )
        for part in message.iter_parts()
    ]


def fields(request: httpx.Request) -> Dict[str, List[str]]:
    found: Dict[str, List[str]] = {}
    for part in form(request):
        if part.filename is None:
            found.setdefault(part.name, []).append(part.content.decode())
    return found


def upload(files: Any, data: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    return {
        "method": "post",
        "url": "/audio/transcriptions",
        "multipart": {"data": data or {}, "files": files},
    }


def json_of(response: httpx.Response) -> Any:
    return response.json()


@pytest.fixture
def audio(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "speech.mp3"
    path.write_bytes(os.urandom(700_000))  # three chunks and a bit
    return path


# --- what a file argument accepts ---------------------------------------------------------------


def test_a_path_is_sent_whole_with_its_name_and_guessed_type(
    transport: SyncTransport, httpx_mock: HTTPXMock, audio: pathlib.Path
) -> None:
    httpx_mock.add_response(url=URL, json={"text": "hi"})
    result = transport.request(upload({"file": str(audio)}, {"model": "whisper-1"}), json_of)
    assert result.value == {"text": "hi"}
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert request.headers["content-length"] == str(len(request.content))
    model, file = form(request)
    assert (model.name, model.filename, model.content) == ("model", None, b"whisper-1")
    assert (file.name, file.filename, file.content_type) == ("file", "speech.mp3", "audio/mpeg")
    assert file.content == audio.read_bytes()


def test_every_kind_of_file_argument(
    transport: SyncTransport, httpx_mock: HTTPXMock, audio: pathlib.Path
) -> None:
    httpx_mock.add_response(json={})
    content = audio.read_bytes()
    with open(audio, "rb") as opened:
        files = {
            "path": audio,  # os.PathLike
            "raw": b"\x00\x01",
            "memory": io.BytesIO(b"in memory"),
            "opened": opened,
            "named": ("clip.wav", b"RIFF"),
            "typed": ("clip", io.BytesIO(b"x"), "audio/ogg"),
            "renamed": ("other.flac", audio),
            "many": [b"one", ("two.png", b"two")],
        }
        transport.request(upload(files), json_of)
    parts = [
        (p.name, p.filename, p.content_type, p.content) for p in form(httpx_mock.get_requests()[0])
    ]
    assert parts == [
        ("path", "speech.mp3", "audio/mpeg", content),
        ("raw", "upload", "application/octet-stream", b"\x00\x01"),
        ("memory", "upload", "application/octet-stream", b"in memory"),
        ("opened", "speech.mp3", "audio/mpeg", content),
        ("named", "clip.wav", parts[4][2], b"RIFF"),
        ("typed", "clip", "audio/ogg", b"x"),
        ("renamed", "other.flac", parts[6][2], content),
        ("many", "upload", "application/octet-stream", b"one"),
        ("many", "two.png", "image/png", b"two"),
    ]
    assert parts[4][2] in ("audio/wav", "audio/x-wav")  # mimetypes' answer varies by system
    assert parts[6][2] in ("audio/flac", "audio/x-flac")


def test_a_file_object_is_sent_from_where_it_was(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    stream = io.BytesIO(b"header|payload")
    stream.seek(7)
    transport.request(upload({"file": stream}), json_of)
    assert form(httpx_mock.get_requests()[0])[0].content == b"payload"


class Format(enum.Enum):
    JSON = "json"


def test_form_fields_are_text_lists_repeat_and_none_is_dropped(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    data = {
        "model": "whisper-1",
        "temperature": 0.5,
        "n": 2,
        "stream": False,
        "response_format": Format.JSON,
        "timestamp_granularities": ["word", "segment"],
        "prompt": None,
        "language": "ελληνικά",
    }
    transport.request(upload({"file": b"x"}, data), json_of)
    assert fields(httpx_mock.get_requests()[0]) == {
        "model": ["whisper-1"],
        "temperature": ["0.5"],
        "n": ["2"],
        "stream": ["false"],
        "response_format": ["json"],
        "timestamp_granularities": ["word", "segment"],
        "language": ["ελληνικά"],
    }


def test_names_with_quotes_and_line_breaks_are_escaped(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    transport.request(upload({"file": ('a"b\r\n.txt', b"x")}, {'we"ird': "v"}), json_of)
    content = httpx_mock.get_requests()[0].content
    assert b'name="we%22ird"' in content
    assert b'filename="a%22b%0D%0A.txt"' in content


def test_extra_body_fields_become_form_fields(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    options = RequestOptions(extra_body={"language": "en", "model": "override", "beta": True})
    transport.request(upload({"file": b"x"}, {"model": "whisper-1"}), json_of, options)
    request = httpx_mock.get_requests()[0]
    assert fields(request) == {"model": ["override"], "language": ["en"], "beta": ["true"]}
    assert [p.name for p in form(request) if p.filename] == ["file"]


def test_extra_body_cannot_replace_a_file(transport: SyncTransport, httpx_mock: HTTPXMock) -> None:
    with pytest.raises(GatewayInvalidArgumentError, match=r"extra_body\.file names a file"):
        transport.request(upload({"file": b"x"}), json_of, RequestOptions(extra_body={"file": "y"}))
    assert httpx_mock.get_requests() == []


def test_a_caller_content_type_cannot_break_the_boundary(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    req = {
        **upload({"file": b"x"}),
        "headers": {"Content-Type": "multipart/form-data; boundary=+++"},
    }
    transport.request(req, json_of, RequestOptions(extra_headers={"content-type": "text/plain"}))
    request = httpx_mock.get_requests()[0]
    assert "+++" not in request.headers["content-type"]
    assert form(request)[0].content == b"x"


# --- refused before anything is sent -------------------------------------------------------------


def refusals(tmp_path: pathlib.Path) -> Dict[str, Any]:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    (tmp_path / "folder").mkdir()
    closed = open(text, "rb")  # noqa: SIM115
    closed.close()
    return {
        "a text-mode file": (open(text), r"file \('notes\.txt'\) is a file opened in text mode"),
        "a StringIO": (io.StringIO("x"), "text mode"),
        "a file opened for writing": (
            open(tmp_path / "out.bin", "wb"),
            "cannot be read|not open for reading",
        ),
        "a closed file": (closed, r"file \('notes\.txt'\) cannot be read"),
        "a str that names no file": (
            "transcribe me.mp3",
            r"file \('transcribe me\.mp3'\): no such file \(a str is taken as a path",
        ),
        "a missing Path": (tmp_path / "gone.wav", r"file \('gone\.wav'\): no such file$"),
        "a directory": (tmp_path / "folder", r"file \('folder'\) is a directory"),
        "an int": (3, "file must be a path, bytes, a binary file object or a"),
        "a str in a tuple": (
            ("a.txt", "text"),
            "content must be bytes or a binary file object, not str",
        ),
        "a tuple of four": (("a", b"x", "text/plain", {}), "not a tuple of 4"),
        "a bad file name": ((3, b"x"), "the file name must be a str, not int"),
        "a MIME type with a line break": (
            ("a", b"x", "text/plain\r\nX-Evil: 1"),
            "MIME type must be",
        ),
        "a list holding an int": ([b"x", 7], r"file\[1\] must be a path"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "a text-mode file",
        "a StringIO",
        "a file opened for writing",
        "a closed file",
        "a str that names no file",
        "a missing Path",
        "a directory",
        "an int",
        "a str in a tuple",
        "a tuple of four",
        "a bad file name",
        "a MIME type with a line break",
        "a list holding an int",
    ],
)
def test_a_bad_file_argument_is_refused_naming_the_field(
    case: str, transport: SyncTransport, httpx_mock: HTTPXMock, tmp_path: pathlib.Path
) -> None:
    cases = refusals(tmp_path)
    value, message = cases[case]
    try:
        with pytest.raises(GatewayInvalidArgumentError, match=message) as caught:
            transport.request(upload({"file": value}), json_of)
        assert isinstance(caught.value, ValueError)
        assert str(tmp_path) not in str(caught.value)  # a file's name, never its directories
    finally:
        for other, _ in cases.values():
            if hasattr(other, "close"):
                other.close()
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"temperature": float("nan")}, "temperature is nan"),
        ({"t": float("inf")}, "t is inf"),
        ({"meta": {"a": 1}}, "meta is a dict, which a form field cannot hold"),
        ({"blob": b"x"}, "blob is a bytes"),
        ({"tags": ["a", None]}, r"tags\[1\] is a NoneType"),
        ({"tags": ["a", ["b"]]}, r"tags\[1\] is a list"),
        ({"bad": "\ud800"}, "bad holds a lone surrogate"),
        ({3: "x"}, "field name of type int"),
    ],
)
def test_a_bad_form_field_is_refused_naming_it(
    data: Dict[Any, Any], message: str, transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(GatewayInvalidArgumentError, match=message):
        transport.request(upload({"file": b"x"}, data), json_of)
    assert httpx_mock.get_requests() == []


def test_content_passed_as_a_str_is_not_repeated_in_the_message(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    secret = "Patient notes: confidential\nline two of the transcript"
    with pytest.raises(GatewayInvalidArgumentError) as caught:
        transport.request(upload({"file": secret}), json_of)
    assert "confidential" not in str(caught.value) and "transcript" not in str(caught.value)
    assert "no such file" in str(caught.value)


def test_a_multipart_request_holds_no_other_body(transport: SyncTransport) -> None:
    with pytest.raises(GatewayInvalidArgumentError, match="one body"):
        transport.request({**upload({"file": b"x"}), "json": {}}, json_of)


# --- retries send the whole body again -----------------------------------------------------------


def retried(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=503, json={"error": {"message": "busy"}})
    httpx_mock.add_response(json={"text": "ok"})


def pipe_with(content: bytes) -> Any:
    """The read end of a pipe (a stream that cannot seek) that ``content`` is written into."""
    read_fd, write_fd = os.pipe()

    def feed() -> None:
        with open(write_fd, "wb") as writer:
            writer.write(content)

    threading.Thread(target=feed, daemon=True).start()
    return open(read_fd, "rb")


def file_inputs(audio: pathlib.Path) -> Dict[str, Callable[[], Any]]:
    def offset_file() -> Any:
        opened = open(audio, "rb")  # noqa: SIM115
        opened.seek(1000)
        return opened

    return {
        "path": lambda: str(audio),
        "pathlib": lambda: audio,
        "opened file": lambda: open(audio, "rb"),
        "file sought past its start": offset_file,
        "BytesIO": lambda: io.BytesIO(audio.read_bytes()),
        "bytes": audio.read_bytes,
        "pipe": lambda: pipe_with(audio.read_bytes()),
    }


KINDS = ["path", "pathlib", "opened file", "file sought past its start", "BytesIO", "bytes", "pipe"]


def expected_content(kind: str, audio: pathlib.Path) -> bytes:
    content = audio.read_bytes()
    return content[1000:] if kind == "file sought past its start" else content


@pytest.mark.parametrize("kind", KINDS)
def test_a_retried_upload_sends_the_whole_file_again(
    kind: str,
    transport: SyncTransport,
    httpx_mock: HTTPXMock,
    audio: pathlib.Path,
    clock: FakeClock,
) -> None:
    retried(httpx_mock)
    value = file_inputs(audio)[kind]()
    try:
        result = transport.request(upload({"file": value}, {"model": "m"}), json_of)
    finally:
        if hasattr(value, "close"):
            value.close()
    assert result.value == {"text": "ok"}
    assert len(clock.sleeps) == 1
    first, second = httpx_mock.get_requests()
    assert first is not second
    assert first.content == second.content
    assert form(second)[1].content == expected_content(kind, audio)
    if kind == "pipe":  # its length is unknown until read
        assert first.headers["transfer-encoding"] == "chunked"
    else:
        assert int(first.headers["content-length"]) == len(first.content)


@pytest.mark.parametrize("kind", KINDS)
async def test_an_async_retried_upload_sends_the_whole_file_again(
    kind: str,
    atransport: AsyncTransport,
    httpx_mock: HTTPXMock,
    audio: pathlib.Path,
    clock: FakeClock,
) -> None:
    retried(httpx_mock)
    value = file_inputs(audio)[kind]()
    try:
        result = await atransport.request(upload({"file": value}), json_of)
    finally:
        if hasattr(value, "close"):
            value.close()
    assert result.value == {"text": "ok"}
    first, second = httpx_mock.get_requests()
    assert first.content == second.content
    assert form(second)[0].content == expected_content(kind, audio)


def test_a_retry_after_a_connection_error_sends_the_whole_file_again(
    transport: SyncTransport, httpx_mock: HTTPXMock, audio: pathlib.Path
) -> None:
    httpx_mock.add_exception(httpx.WriteError("connection reset"))
    httpx_mock.add_response(json={})
    transport.request(upload({"file": audio}), json_of)
    first, second = httpx_mock.get_requests()
    assert first.content == second.content
    assert form(second)[0].content == audio.read_bytes()


def test_a_pipe_without_retries_is_sent_once_without_a_copy(
    transport: SyncTransport, httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_spool(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a call that is never retried needs no copy of the stream")

    monkeypatch.setattr(tempfile, "SpooledTemporaryFile", no_spool)
    httpx_mock.add_response(json={})
    with pipe_with(b"streamed once") as pipe:
        transport.request(upload({"file": pipe}), json_of, RequestOptions(max_retries=0))
    assert form(httpx_mock.get_requests()[0])[0].content == b"streamed once"


def test_a_file_that_shrinks_before_a_retry_stops_the_call(
    transport: SyncTransport, httpx_mock: HTTPXMock, audio: pathlib.Path
) -> None:
    def truncate_then_fail(request: httpx.Request) -> httpx.Response:
        audio.write_bytes(b"short")
        return httpx.Response(503)

    httpx_mock.add_callback(truncate_then_fail)
    with pytest.raises(GatewayInvalidArgumentError) as caught:
        transport.request(upload({"file": audio}), json_of)
    message = str(caught.value)
    assert "file ('speech.mp3') changed size while it was being sent" in message
    assert str(audio.parent) not in message
    assert len(httpx_mock.get_requests()) == 1  # the second attempt never completed a body


def test_a_file_deleted_before_a_retry_stops_the_call(
    transport: SyncTransport, httpx_mock: HTTPXMock, audio: pathlib.Path
) -> None:
    def delete_then_fail(request: httpx.Request) -> httpx.Response:
        audio.unlink()
        return httpx.Response(503)

    httpx_mock.add_callback(delete_then_fail)
    with pytest.raises(
        GatewayInvalidArgumentError,
        match=r"file \('speech\.mp3'\) could not be opened \(FileNotFoundError",
    ):
        transport.request(upload({"file": str(audio)}), json_of)


async def test_an_async_file_closed_before_a_retry_stops_the_call(
    atransport: AsyncTransport, httpx_mock: HTTPXMock, audio: pathlib.Path
) -> None:
    opened = open(audio, "rb")  # noqa: SIM115

    def close_then_fail(request: httpx.Request) -> httpx.Response:
        opened.close()
        return httpx.Response(503)

    httpx_mock.add_callback(close_then_fail)
    with pytest.raises(GatewayInvalidArgumentError, match=r"could not be rewound"):
        await atransport.request(upload({"file": opened}), json_of)


# --- files are read while sending: from disk, closed afterwards, off the event loop ---------------


class OpenedFiles:
    """Wraps ``open`` in the uploads module: which files were opened, closed, read, where."""

    def __init__(self) -> None:
        self.files: List[Any] = []
        self.threads: List[int] = []
        self.largest_read = 0

    def open(self, path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.get_ident())
        files = self

        class Recorded(io.BufferedReader):
            def read(self, size: Optional[int] = -1) -> bytes:
                files.threads.append(threading.get_ident())
                files.largest_read = max(files.largest_read, size or 0)
                return super().read(size)

        opened = Recorded(io.FileIO(path, mode))
        self.files.append(opened)
        return opened


@pytest.fixture
def opened_files(monkeypatch: pytest.MonkeyPatch) -> OpenedFiles:
    recorder = OpenedFiles()
    monkeypatch.setattr(_uploads, "open", recorder.open, raising=False)
    return recorder


def test_a_path_is_read_in_chunks_and_closed_after_every_attempt(
    transport: SyncTransport, httpx_mock: HTTPXMock, audio: pathlib.Path, opened_files: OpenedFiles
) -> None:
    retried(httpx_mock)
    transport.request(upload({"file": audio}), json_of)
    assert len(opened_files.files) == 2  # re-opened for the retry
    assert all(f.closed for f in opened_files.files)
    assert 0 < opened_files.largest_read <= _uploads.CHUNK_SIZE


def test_a_file_left_open_by_an_interrupted_attempt_is_closed(
    transport: SyncTransport, audio: pathlib.Path, opened_files: OpenedFiles
) -> None:
    # A transport that reads part of the body, then fails: the file stays open in a
    # suspended iterator until the call is over.
    seen: List[Iterator[bytes]] = []

    class CutMidBody(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            chunks = iter(request.stream)  # type: ignore[arg-type]
            next(chunks)  # the framing
            next(chunks)  # the first chunk of the file
            seen.append(chunks)
            raise httpx.WriteError("reset mid-body")

    client = httpx.Client(transport=CutMidBody())
    cut = SyncTransport(transport.config, client, sleep=lambda s: None)
    with cut, pytest.raises(GatewayConnectionError, match="reset mid-body"):
        cut.request(upload({"file": audio}), json_of, RequestOptions(max_retries=1))
    assert len(seen) == 2 and len(opened_files.files) == 2
    assert all(f.closed for f in opened_files.files)


async def test_an_async_upload_does_its_file_io_in_worker_threads(
    atransport: AsyncTransport,
    httpx_mock: HTTPXMock,
    audio: pathlib.Path,
    opened_files: OpenedFiles,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loop_thread = threading.get_ident()
    stats: List[int] = []
    real_stat = os.stat

    def recording_stat(path: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(path) == os.fspath(audio):
            stats.append(threading.get_ident())
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", recording_stat)
    retried(httpx_mock)
    await atransport.request(upload({"file": audio}), json_of)
    assert stats and opened_files.threads
    assert loop_thread not in stats + opened_files.threads
    assert len(opened_files.files) == 2 and all(f.closed for f in opened_files.files)
    first, second = httpx_mock.get_requests()
    assert form(first)[0].content == form(second)[0].content == audio.read_bytes()


async def test_an_async_upload_of_a_slow_file_object_leaves_the_loop_free(
    atransport: AsyncTransport, httpx_mock: HTTPXMock, audio: pathlib.Path
) -> None:
    loop_thread = threading.get_ident()
    readers: List[int] = []

    class SlowDisk(io.BufferedReader):
        def read(self, size: Optional[int] = -1) -> bytes:
            readers.append(threading.get_ident())
            if size:
                threading.Event().wait(0.02)  # a slow disk, blocking whoever reads
            return super().read(size)

    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.002)
            ticks += 1

    httpx_mock.add_response(json={})
    ticking = asyncio.ensure_future(ticker())
    with SlowDisk(io.FileIO(audio, "rb")) as slow:
        await atransport.request(upload({"file": slow}), json_of)
    ticking.cancel()
    assert readers and loop_thread not in readers
    assert ticks >= 10  # 4 reads of 20 ms each: the loop kept running meanwhile
    assert form(httpx_mock.get_requests()[0])[0].content == audio.read_bytes()


# --- real sockets: the server reads both attempts whole; a big file is never in memory -------------


class _UploadHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    digests: ClassVar[List[str]] = []
    sizes: ClassVar[List[int]] = []
    fail_first: ClassVar[bool] = True

    def do_POST(self) -> None:
        digest = hashlib.sha256()
        size = 0
        if self.headers.get("Transfer-Encoding") == "chunked":
            while True:
                length = int(self.rfile.readline().strip(), 16)
                if length == 0:
                    self.rfile.readline()
                    break
                data = self.rfile.read(length)
                digest.update(data)
                size += len(data)
                self.rfile.readline()
        else:
            remaining = int(self.headers["Content-Length"])
            while remaining:
                data = self.rfile.read(min(65536, remaining))
                digest.update(data)
                size += len(data)
                remaining -= len(data)
        self.digests.append(digest.hexdigest())
        self.sizes.append(size)
        status = 503 if self.fail_first and len(self.digests) == 1 else 200
        body = b'{"ok": true}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


@pytest.fixture
def upload_server() -> Iterator[str]:
    _UploadHandler.digests = []
    _UploadHandler.sizes = []
    _UploadHandler.fail_first = True
    server = _QuietServer(("127.0.0.1", 0), _UploadHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def server_config(url: str) -> ClientConfig:
    return ClientConfig(base_url=url, api_key=API_KEY, max_retries=1, retry_jitter=0.0)


@pytest.mark.parametrize("kind", ["path", "file sought past its start", "pipe"])
def test_a_real_server_receives_the_whole_body_on_both_attempts(
    kind: str, upload_server: str, audio: pathlib.Path
) -> None:
    value = file_inputs(audio)[kind]()
    with SyncTransport(server_config(upload_server), sleep=lambda s: None) as transport:
        try:
            transport.request(upload({"file": value}, {"model": "m"}), json_of)
        finally:
            if hasattr(value, "close"):
                value.close()
    assert len(_UploadHandler.digests) == 2
    assert _UploadHandler.digests[0] == _UploadHandler.digests[1]
    assert _UploadHandler.sizes[0] > len(expected_content(kind, audio))


@pytest.mark.parametrize("kind", ["path", "pipe"])
async def test_a_real_server_receives_the_whole_async_body_on_both_attempts(
    kind: str, upload_server: str, audio: pathlib.Path
) -> None:
    value = file_inputs(audio)[kind]()

    async def no_wait(seconds: float) -> None:
        pass

    async with AsyncTransport(server_config(upload_server), async_sleep=no_wait) as transport:
        try:
            await transport.request(upload({"file": value}), json_of)
        finally:
            if hasattr(value, "close"):
                value.close()
    assert len(_UploadHandler.digests) == 2
    assert _UploadHandler.digests[0] == _UploadHandler.digests[1]


def big_file(tmp_path: pathlib.Path, size: int = 32 * 1024 * 1024) -> pathlib.Path:
    path = tmp_path / "long.wav"
    block = os.urandom(1024 * 1024)
    with open(path, "wb") as out:
        for _ in range(size // len(block)):
            out.write(block)
    return path


def test_a_large_file_streams_from_disk(upload_server: str, tmp_path: pathlib.Path) -> None:
    path = big_file(tmp_path)
    _UploadHandler.fail_first = False
    with SyncTransport(server_config(upload_server)) as transport:
        tracemalloc.start()
        try:
            transport.request(upload({"file": path}), json_of)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert _UploadHandler.sizes[0] > path.stat().st_size
    assert peak < 4 * 1024 * 1024  # a few chunks, not the 32 MiB file


async def test_a_large_file_streams_from_disk_async(
    upload_server: str, tmp_path: pathlib.Path
) -> None:
    path = big_file(tmp_path)
    _UploadHandler.fail_first = False
    async with AsyncTransport(server_config(upload_server)) as transport:
        tracemalloc.start()
        try:
            await transport.request(upload({"file": path}), json_of)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert _UploadHandler.sizes[0] > path.stat().st_size
    assert peak < 4 * 1024 * 1024


# --- through the clients' send ---------------------------------------------------------------------


def test_a_client_sends_an_upload_with_its_call_options(
    config: ClientConfig, clock: FakeClock, httpx_mock: HTTPXMock, audio: pathlib.Path
) -> None:
    retried(httpx_mock)
    client = SyncClientBase(config, None, sleep=clock.sleep, random=clock.random)
    with client:
        result = client.send(
            Call(upload({"file": audio}), lambda data: data["text"]),
            extra_body={"language": "en"},
            request_id="req-upload",
        )
    assert result == "ok"
    first, second = httpx_mock.get_requests()
    assert first.content == second.content
    assert second.headers["x-request-id"] == "req-upload"
    assert fields(second) == {"language": ["en"]}


async def test_an_async_client_sends_an_upload(
    config: ClientConfig, clock: FakeClock, httpx_mock: HTTPXMock, audio: pathlib.Path
) -> None:
    httpx_mock.add_response(json={"text": "ok"})
    async with AsyncClientBase(config, None, sleep=clock.async_sleep) as client:
        result = await client.send(Call(upload({"file": audio}), lambda data: data["text"]))
    assert result == "ok"
    assert form(httpx_mock.get_requests()[0])[0].content == audio.read_bytes()
