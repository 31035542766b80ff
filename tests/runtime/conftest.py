"""Fixtures for the shared runtime's tests: a fake clock and ready-made transports."""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Iterator, List, Optional

import httpx
import pytest

import meganova._runtime
from zaguan._runtime import AsyncTransport, ClientConfig, ErrorInfo, SyncTransport

API_KEY = "sk-test-0123456789abcdef"
BASE_URL = "https://gateway.test/v1"


class FakeClock:
    """Records every requested sleep instead of sleeping; fixed time and randomness."""

    def __init__(self) -> None:
        self.sleeps: List[float] = []
        self.time = 1_700_000_000.0
        self.random_value = 0.0

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def now(self) -> float:
        return self.time

    def random(self) -> float:
        return self.random_value


class RecordingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that yields the given chunks (or raises a given exception in
    their place) and records whether it was closed, i.e. whether the connection
    was released."""

    def __init__(self, chunks: List[Any]) -> None:
        self.chunks = chunks
        self.closed = False
        self.consumed = 0

    def _next_items(self) -> Iterator[bytes]:
        for item in self.chunks:
            if isinstance(item, BaseException):
                raise item
            self.consumed += 1
            yield item

    def __iter__(self) -> Iterator[bytes]:
        yield from self._next_items()

    async def __aiter__(self) -> Any:
        for chunk in self._next_items():
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def as_meganova(info: ErrorInfo) -> meganova._runtime.ErrorInfo:
    """The same error description as the Meganova SDK's runtime types it.

    Each SDK carries its own copy of the runtime, so the class differs (by name) between them;
    these tests build one description and hand it to both SDKs' error tables.
    """
    fields = {field.name: getattr(info, field.name) for field in dataclasses.fields(info)}
    return meganova._runtime.ErrorInfo(**fields)


def sse_handler(
    stream: RecordingStream, status: int = 200, headers: Optional[dict[str, str]] = None
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status,
            headers={"content-type": "text/event-stream", **(headers or {})},
            stream=stream,
        )

    return handler


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def config() -> ClientConfig:
    return ClientConfig(
        base_url=BASE_URL,
        api_key=API_KEY,
        max_retries=2,
        retry_jitter=0.0,
        default_headers={"User-Agent": "runtime-tests/1.0"},
    )


@pytest.fixture
def transport(config: ClientConfig, clock: FakeClock) -> Iterator[SyncTransport]:
    with SyncTransport(config, sleep=clock.sleep, random=clock.random, now=clock.now) as t:
        yield t


@pytest.fixture
async def atransport(config: ClientConfig, clock: FakeClock) -> Any:
    async with AsyncTransport(
        config, async_sleep=clock.async_sleep, random=clock.random, now=clock.now
    ) as t:
        yield t
