"""Binary responses (speech audio): iterated, read or written to a file without holding the
body, errors and retries before the body starts, and the connection released on every exit."""

from __future__ import annotations

import asyncio
import gc
import os
import pathlib
import threading
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Dict, Iterator, List, Optional

import httpx
import pytest
from pytest_httpx import HTTPXMock

from zaguan._runtime import (
    AsyncClientBase,
    AsyncResource,
    AsyncTransport,
    ClientConfig,
    GatewayConnectionError,
    GatewayInvalidArgumentError,
    GatewayStatusError,
    GatewayTimeoutError,
    RequestOptions,
    SyncClientBase,
    SyncResource,
    SyncTransport,
)
from zaguan._runtime._binary import AsyncBinaryResponse, BinaryResponse

from .conftest import API_KEY, FakeClock, RecordingStream

SPEECH = {"method": "post", "url": "/audio/speech", "json": {"input": "Hello", "voice": "alloy"}}
AUDIO = [b"ID3", b"\x00" * 1000, b"\xff" * 1000, b"end"]
AUDIO_BYTES = b"".join(AUDIO)


def handler(
    body: RecordingStream, status: int = 200, headers: Optional[Dict[str, str]] = None
) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, headers={"content-type": "audio/mpeg", **(headers or {})}, stream=body
        )

    return handle


def sync_transport(
    config: ClientConfig, clock: FakeClock, body: RecordingStream, **kw: Any
) -> SyncTransport:
    client = httpx.Client(transport=httpx.MockTransport(handler(body, **kw)))
    return SyncTransport(config, client, sleep=clock.sleep, random=clock.random, now=clock.now)


def async_transport(
    config: ClientConfig, clock: FakeClock, body: RecordingStream, **kw: Any
) -> AsyncTransport:
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler(body, **kw)))
    return AsyncTransport(
        config, client, async_sleep=clock.async_sleep, random=clock.random, now=clock.now
    )


def audio_body() -> RecordingStream:
    return RecordingStream(list(AUDIO))


# --- reading -----------------------------------------------------------------------------------


def test_iter_bytes_yields_the_body_and_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = audio_body()
    speech = sync_transport(config, clock, body).send_binary(SPEECH)
    assert isinstance(speech, BinaryResponse)
    assert body.consumed == 0  # nothing read before asked for
    assert b"".join(speech.iter_bytes()) == AUDIO_BYTES
    assert body.closed and speech.is_closed


def test_iter_bytes_in_chunks_of_a_given_size(config: ClientConfig, clock: FakeClock) -> None:
    speech = sync_transport(config, clock, audio_body()).send_binary(SPEECH)
    sizes = [len(chunk) for chunk in speech.iter_bytes(chunk_size=512)]
    assert sizes[:-1] == [512] * (len(sizes) - 1) and sum(sizes) == len(AUDIO_BYTES)


def test_read_returns_the_body_and_keeps_it(config: ClientConfig, clock: FakeClock) -> None:
    body = audio_body()
    speech = sync_transport(config, clock, body).send_binary(SPEECH)
    assert speech.read() == AUDIO_BYTES
    assert body.closed
    assert speech.read() == AUDIO_BYTES
    assert b"".join(speech.iter_bytes()) == AUDIO_BYTES


def test_the_response_says_its_type_status_and_request_id(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = audio_body()
    speech = sync_transport(config, clock, body, headers={"x-request-id": "srv-42"}).send_binary(
        SPEECH, RequestOptions(request_id="mine")
    )
    with speech:
        assert speech.content_type == "audio/mpeg"
        assert speech.status_code == 200
        assert speech.headers["content-type"] == "audio/mpeg"
        assert speech.request_id == "srv-42"  # the server's, which its support can look up
        assert "srv-42" in repr(speech)
    speech = sync_transport(config, clock, audio_body()).send_binary(
        SPEECH, RequestOptions(request_id="mine")
    )
    with speech:
        assert speech.request_id == "mine"
        assert speech.response.request.headers["x-request-id"] == "mine"


def test_a_body_read_twice_or_after_close_raises_the_sdk_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    speech = sync_transport(config, clock, audio_body()).send_binary(SPEECH)
    list(speech.iter_bytes())
    with pytest.raises(GatewayConnectionError, match="already read or closed"):
        list(speech.iter_bytes())
    closed = sync_transport(config, clock, audio_body()).send_binary(SPEECH)
    closed.close()
    with pytest.raises(GatewayConnectionError, match="already read or closed"):
        closed.read()


def test_a_body_cut_mid_way_raises_the_sdk_connection_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([b"ID3", httpx.ReadError("connection reset")])
    speech = sync_transport(config, clock, body).send_binary(SPEECH)
    with pytest.raises(GatewayConnectionError, match="the response body was cut") as caught:
        list(speech.iter_bytes())
    assert caught.value.request_id == speech.request_id
    assert body.closed
    assert clock.sleeps == []  # a body that has started is never retried


def test_a_body_that_stalls_raises_the_sdk_timeout_error(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = RecordingStream([b"ID3", httpx.ReadTimeout("stalled")])
    with pytest.raises(GatewayTimeoutError):
        sync_transport(config, clock, body).send_binary(SPEECH).read()
    assert body.closed


# --- errors and retries happen at the call, before the body ----------------------------------------


def test_a_503_is_retried_before_the_body_is_handed_over(
    transport: SyncTransport, httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=503, json={"error": {"message": "busy"}})
    httpx_mock.add_response(content=AUDIO_BYTES, headers={"content-type": "audio/mpeg"})
    speech = transport.send_binary(SPEECH)
    assert speech.read() == AUDIO_BYTES
    assert len(clock.sleeps) == 1
    first, second = httpx_mock.get_requests()
    assert first.headers["x-request-id"] == second.headers["x-request-id"]


def test_an_error_status_raises_the_typed_error_at_the_call(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=400,
        json={"error": {"message": "voice must be one of alloy, echo", "code": "bad_voice"}},
        headers={"x-request-id": "srv-err"},
    )
    with pytest.raises(GatewayStatusError) as caught:
        transport.send_binary(SPEECH)
    assert caught.value.status == 400
    assert caught.value.request_id == "srv-err"
    assert "voice must be one of" in str(caught.value)


async def test_async_errors_and_retries_happen_while_awaiting(
    atransport: AsyncTransport, httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=429, headers={"retry-after": "2"})
    httpx_mock.add_response(content=AUDIO_BYTES, headers={"content-type": "audio/mpeg"})
    speech = await atransport.send_binary(SPEECH)
    assert isinstance(speech, AsyncBinaryResponse)
    assert clock.sleeps == [2.0]
    assert await speech.aread() == AUDIO_BYTES
    httpx_mock.add_response(status_code=404, json={"error": {"message": "no such model"}})
    with pytest.raises(GatewayStatusError, match="no such model"):
        await atransport.send_binary(SPEECH, RequestOptions(max_retries=0))


def test_bad_call_options_are_refused_before_sending(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(GatewayInvalidArgumentError, match="timeout"):
        transport.send_binary(SPEECH, RequestOptions(timeout=-1))
    assert httpx_mock.get_requests() == []


# --- writing to a file ---------------------------------------------------------------------------


def test_write_to_file_streams_the_body_to_disk(
    config: ClientConfig, clock: FakeClock, tmp_path: pathlib.Path
) -> None:
    body = audio_body()
    target = tmp_path / "hello.mp3"
    written = sync_transport(config, clock, body).send_binary(SPEECH).write_to_file(target)
    assert written == len(AUDIO_BYTES)
    assert target.read_bytes() == AUDIO_BYTES
    assert os.listdir(tmp_path) == ["hello.mp3"]  # no .part left behind
    assert body.closed


def test_write_to_file_takes_a_str_path(
    config: ClientConfig, clock: FakeClock, tmp_path: pathlib.Path
) -> None:
    target = str(tmp_path / "hello.mp3")
    sync_transport(config, clock, audio_body()).send_binary(SPEECH).write_to_file(target)
    assert pathlib.Path(target).read_bytes() == AUDIO_BYTES


def test_a_failed_download_leaves_no_file_and_keeps_the_old_one(
    config: ClientConfig, clock: FakeClock, tmp_path: pathlib.Path
) -> None:
    target = tmp_path / "hello.mp3"
    fresh = tmp_path / "fresh.mp3"
    target.write_bytes(b"the previous take")
    for path in (target, fresh):
        body = RecordingStream([b"ID3", b"\x00" * 100, httpx.RemoteProtocolError("peer closed")])
        speech = sync_transport(config, clock, body).send_binary(SPEECH)
        with pytest.raises(GatewayConnectionError, match="the response body was cut"):
            speech.write_to_file(path)
        assert body.closed
    assert target.read_bytes() == b"the previous take"
    assert sorted(os.listdir(tmp_path)) == ["hello.mp3"]


def test_write_to_file_into_a_missing_directory_raises_and_releases(
    config: ClientConfig, clock: FakeClock, tmp_path: pathlib.Path
) -> None:
    body = audio_body()
    speech = sync_transport(config, clock, body).send_binary(SPEECH)
    with pytest.raises(FileNotFoundError):
        speech.write_to_file(tmp_path / "missing" / "hello.mp3")
    assert body.closed


def test_write_to_file_refuses_what_is_no_path(config: ClientConfig, clock: FakeClock) -> None:
    speech = sync_transport(config, clock, audio_body()).send_binary(SPEECH)
    with (
        speech,
        pytest.raises(GatewayInvalidArgumentError, match=r"file must be a str or os\.PathLike"),
    ):
        speech.write_to_file(3)  # type: ignore[arg-type]


async def test_async_write_to_file_streams_the_body_to_disk(
    config: ClientConfig, clock: FakeClock, tmp_path: pathlib.Path
) -> None:
    body = RecordingStream([b"x" * 100_000 for _ in range(6)])  # more than one write batch
    target = tmp_path / "hello.mp3"
    speech = await async_transport(config, clock, body).send_binary(SPEECH)
    assert await speech.write_to_file(target) == 600_000
    assert target.read_bytes() == b"x" * 600_000
    assert os.listdir(tmp_path) == ["hello.mp3"] and body.closed


async def test_async_write_to_file_writes_from_worker_threads(
    config: ClientConfig,
    clock: FakeClock,
    tmp_path: pathlib.Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import zaguan._runtime._binary as binary

    loop_thread = threading.get_ident()
    threads: List[int] = []
    real_open = open

    def recording_open(path: Any, mode: str = "r") -> Any:
        threads.append(threading.get_ident())
        return real_open(path, mode)

    monkeypatch.setattr(binary, "open", recording_open, raising=False)
    speech = await async_transport(config, clock, audio_body()).send_binary(SPEECH)
    await speech.write_to_file(tmp_path / "hello.mp3")
    assert threads and loop_thread not in threads


async def test_an_async_failed_download_leaves_no_file(
    config: ClientConfig, clock: FakeClock, tmp_path: pathlib.Path
) -> None:
    body = RecordingStream([b"ID3", httpx.ReadError("reset")])
    speech = await async_transport(config, clock, body).send_binary(SPEECH)
    with pytest.raises(GatewayConnectionError):
        await speech.write_to_file(tmp_path / "hello.mp3")
    assert os.listdir(tmp_path) == [] and body.closed


async def test_async_reading_and_iterating(config: ClientConfig, clock: FakeClock) -> None:
    body = audio_body()
    speech = await async_transport(config, clock, body).send_binary(SPEECH)
    assert speech.content_type == "audio/mpeg"
    chunks = [chunk async for chunk in speech.aiter_bytes(chunk_size=700)]
    assert b"".join(chunks) == AUDIO_BYTES and len(chunks[0]) == 700
    assert body.closed
    again = await async_transport(config, clock, audio_body()).send_binary(SPEECH)
    assert await again.read() == AUDIO_BYTES  # openai-python's name for aread


# --- releasing the connection ----------------------------------------------------------------------


def test_breaking_out_of_iter_bytes_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = audio_body()
    speech = sync_transport(config, clock, body).send_binary(SPEECH)
    for _ in speech.iter_bytes():
        break
    assert body.closed and speech.is_closed  # while `speech` is still referenced


def test_close_and_with_release_the_connection(config: ClientConfig, clock: FakeClock) -> None:
    body = audio_body()
    sync_transport(config, clock, body).send_binary(SPEECH).close()
    assert body.closed
    body = audio_body()
    with sync_transport(config, clock, body).send_binary(SPEECH) as speech:
        next(speech.iter_bytes())
    assert body.closed


def test_a_response_dropped_unread_warns_and_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = audio_body()
    speech = sync_transport(config, clock, body).send_binary(SPEECH)
    with pytest.warns(ResourceWarning, match=r"`with` block, or call \.close\(\)"):
        del speech
        gc.collect()
    assert body.closed


def test_responses_read_closed_or_looped_over_do_not_warn(
    config: ClientConfig, clock: FakeClock
) -> None:
    bodies = [audio_body() for _ in range(4)]
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        for _ in sync_transport(config, clock, bodies[0]).send_binary(SPEECH).iter_bytes():
            break
        sync_transport(config, clock, bodies[1]).send_binary(SPEECH).read()
        sync_transport(config, clock, bodies[2]).send_binary(SPEECH).close()
        # An iterator taken and dropped before its first chunk: released all the same.
        unstarted = sync_transport(config, clock, bodies[3]).send_binary(SPEECH).iter_bytes()
        del unstarted
        gc.collect()
    assert all(body.closed for body in bodies)


async def test_async_break_releases_the_connection(config: ClientConfig, clock: FakeClock) -> None:
    body = audio_body()
    speech = await async_transport(config, clock, body).send_binary(SPEECH)
    async for _ in speech.aiter_bytes():
        break
    for _ in range(3):  # asyncio finalises an abandoned async generator on a later tick
        await asyncio.sleep(0)
    assert body.closed


async def test_async_with_and_aclose_release_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = audio_body()
    async with await async_transport(config, clock, body).send_binary(SPEECH) as speech:
        await speech.aiter_bytes().__anext__()
    assert body.closed  # on leaving the block, without waiting for a later tick
    body = audio_body()
    speech = await async_transport(config, clock, body).send_binary(SPEECH)
    await speech.aclose()
    assert body.closed


async def test_an_async_response_dropped_unread_warns_and_releases_the_connection(
    config: ClientConfig, clock: FakeClock
) -> None:
    body = audio_body()
    speech = await async_transport(config, clock, body).send_binary(SPEECH)
    with pytest.warns(ResourceWarning, match="async with"):
        del speech
        gc.collect()
    for _ in range(3):
        await asyncio.sleep(0)
    assert body.closed


# --- a pool of one connection: an early exit gives it back -----------------------------------------


class _AudioHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    ports: ClassVar[List[int]] = []

    def do_POST(self) -> None:
        self.ports.append(self.client_address[1])
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        chunk = b"\x00" * 65536
        self.send_response(200)
        self.send_header("Content-Type", "audio/mpeg")
        self.send_header("Content-Length", str(len(chunk) * 64))
        self.end_headers()
        try:
            for _ in range(64):  # 4 MiB: more than the socket buffers hold
                self.wfile.write(chunk)
        except OSError:
            pass  # the client stopped reading and closed the connection

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


@pytest.fixture
def audio_server() -> Iterator[str]:
    _AudioHandler.ports = []
    server = _QuietServer(("127.0.0.1", 0), _AudioHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


ONE_CONNECTION = httpx.Limits(max_connections=1, max_keepalive_connections=1)
POOL_TIMEOUT = httpx.Timeout(10.0, pool=0.3)


def test_an_early_exit_gives_the_only_connection_back(audio_server: str) -> None:
    config = ClientConfig(base_url=audio_server, api_key=API_KEY)
    client = httpx.Client(limits=ONE_CONNECTION, timeout=POOL_TIMEOUT)
    with client, SyncTransport(config, client) as transport:
        held = transport.send_binary(SPEECH)  # the pool really has one connection:
        with pytest.raises(GatewayTimeoutError, match="pool is exhausted"):
            transport.send_binary(SPEECH)
        held.close()
        kept = []  # still referenced: only leaving the loop can release them
        for _ in range(3):
            kept.append(transport.send_binary(SPEECH))
            for _ in kept[-1].iter_bytes():
                break
        speech = transport.send_binary(SPEECH)  # no PoolTimeout: the connection came back
        assert len(speech.read()) == 64 * 65536
        with transport.send_binary(SPEECH):
            pass
        assert transport.send_binary(SPEECH).write_to_file(os.devnull) == 64 * 65536
    assert len(_AudioHandler.ports) == 7


async def test_an_async_early_exit_gives_the_only_connection_back(audio_server: str) -> None:
    config = ClientConfig(base_url=audio_server, api_key=API_KEY)
    client = httpx.AsyncClient(limits=ONE_CONNECTION, timeout=POOL_TIMEOUT)
    async with client, AsyncTransport(config, client) as transport:
        held = await transport.send_binary(SPEECH)
        with pytest.raises(GatewayTimeoutError, match="pool is exhausted"):
            await transport.send_binary(SPEECH)
        await held.aclose()
        kept = []
        for _ in range(3):
            kept.append(await transport.send_binary(SPEECH))
            async for _ in kept[-1].aiter_bytes():
                break
            for _ in range(3):  # the abandoned generator is finalised on a later tick
                await asyncio.sleep(0)
        speech = await transport.send_binary(SPEECH)
        assert len(await speech.aread()) == 64 * 65536
        async with await transport.send_binary(SPEECH):
            pass
    assert len(_AudioHandler.ports) == 6


# --- through the clients ----------------------------------------------------------------------------


def test_a_client_sends_a_binary_call_with_its_options(
    config: ClientConfig, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=500)
    httpx_mock.add_response(content=AUDIO_BYTES, headers={"content-type": "audio/mpeg"})
    with SyncClientBase(config, None, sleep=clock.sleep, random=clock.random) as client:
        speech = SyncResource(client).send_binary(
            SPEECH, request_id="req-speech", extra_body={"speed": 1.5}, extra_headers={"X-A": "b"}
        )
        assert isinstance(speech, BinaryResponse)
        assert speech.read() == AUDIO_BYTES and speech.request_id == "req-speech"
    request = httpx_mock.get_requests()[-1]
    assert request.headers["x-a"] == "b"
    assert request.read() == b'{"input":"Hello","voice":"alloy","speed":1.5}'
    with pytest.raises(GatewayInvalidArgumentError, match="unexpected keyword"):
        client.send_binary(SPEECH, bogus=1)  # type: ignore[call-arg]


async def test_an_async_client_sends_a_binary_call(
    config: ClientConfig, clock: FakeClock, httpx_mock: HTTPXMock, tmp_path: pathlib.Path
) -> None:
    httpx_mock.add_response(content=AUDIO_BYTES, headers={"content-type": "audio/mpeg"})
    async with AsyncClientBase(config, None, sleep=clock.async_sleep) as client:
        speech = await AsyncResource(client).send_binary(SPEECH, timeout=30)
        async with speech:
            assert await speech.write_to_file(tmp_path / "a.mp3") == len(AUDIO_BYTES)
    assert (tmp_path / "a.mp3").read_bytes() == AUDIO_BYTES
