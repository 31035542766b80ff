"""Fixtures of the integration tests: one local gateway per session, clients per test.

The clients log every request through an httpx event hook (to show the X-Request-Id of each
attempt and the pages walked) and record backoff sleeps instead of sleeping.
"""

from __future__ import annotations

from typing import AsyncIterator, Iterator

import pytest

from local_gateway import Gateway, start_gateway
from meganova import AsyncMegaNova, MegaNova
from zaguan import AsyncZaguanClient, ZaguanClient

from ._support import (
    RequestLog,
    Sleeps,
    async_meganova_client,
    async_zaguan_client,
    meganova_client,
    zaguan_client,
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ZAGUAN_API_KEY", "ZAGUAN_BASE_URL", "MEGANOVA_API_KEY", "MEGANOVA_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def gateway() -> Iterator[Gateway]:
    """The local gateway, serving both APIs on 127.0.0.1 for the whole session."""
    with start_gateway() as running:
        yield running


@pytest.fixture(params=["root", "v1"])
def zaguan_url(request: pytest.FixtureRequest, gateway: Gateway) -> str:
    """Zaguan's base URL in both accepted forms: the root and the root plus ``/v1``."""
    return gateway.zaguan_url + ("/v1" if request.param == "v1" else "")


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def log() -> RequestLog:
    return RequestLog()


@pytest.fixture
def zg(
    gateway: Gateway, zaguan_url: str, sleeps: Sleeps, log: RequestLog
) -> Iterator[ZaguanClient]:
    client = zaguan_client(zaguan_url, gateway.api_key, sleeps, log)
    with client, client._transport.http_client:
        yield client


@pytest.fixture
async def azg(
    gateway: Gateway, zaguan_url: str, sleeps: Sleeps, log: RequestLog
) -> AsyncIterator[AsyncZaguanClient]:
    client = async_zaguan_client(zaguan_url, gateway.api_key, sleeps, log)
    async with client, client._transport.http_client:
        yield client


@pytest.fixture
def mn(gateway: Gateway, sleeps: Sleeps, log: RequestLog) -> Iterator[MegaNova]:
    client = meganova_client(gateway.meganova_url, gateway.api_key, sleeps, log)
    with client, client._transport.http_client:
        yield client


@pytest.fixture
async def amn(gateway: Gateway, sleeps: Sleeps, log: RequestLog) -> AsyncIterator[AsyncMegaNova]:
    client = async_meganova_client(gateway.meganova_url, gateway.api_key, sleeps, log)
    async with client, client._transport.http_client:
        yield client
