"""Fixtures of the Meganova facade's tests; the helpers live in ``mn_helpers``."""

from __future__ import annotations

from typing import AsyncIterator, Iterator

import pytest

from meganova import AsyncMegaNova, MegaNova

from .mn_helpers import Sleeps, make_async_client, make_client


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEGANOVA_API_KEY", raising=False)
    monkeypatch.delenv("MEGANOVA_BASE_URL", raising=False)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(sleeps: Sleeps) -> Iterator[MegaNova]:
    with make_client(sleeps) as c:
        yield c


@pytest.fixture
async def aclient(sleeps: Sleeps) -> AsyncIterator[AsyncMegaNova]:
    async with make_async_client(sleeps) as c:
        yield c
