"""Fixtures of the Zaguan facade's tests; the helpers live in ``zg_helpers``."""

from __future__ import annotations

from typing import AsyncIterator, Iterator

import pytest

from zaguan import AsyncZaguanClient, ZaguanClient

from .zg_helpers import Sleeps, make_async_client, make_client


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZAGUAN_API_KEY", raising=False)
    monkeypatch.delenv("ZAGUAN_BASE_URL", raising=False)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(sleeps: Sleeps) -> Iterator[ZaguanClient]:
    with make_client(sleeps) as c:
        yield c


@pytest.fixture
async def aclient(sleeps: Sleeps) -> AsyncIterator[AsyncZaguanClient]:
    async with make_async_client(sleeps) as c:
        yield c
