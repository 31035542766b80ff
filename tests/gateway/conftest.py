"""Fixtures of the gateway's own tests: one server for the session and raw httpx clients."""

from __future__ import annotations

from typing import Iterator

import httpx
import pytest

from local_gateway import Gateway, start_gateway


@pytest.fixture(scope="session")
def gateway() -> Iterator[Gateway]:
    """The local gateway, serving both APIs for the whole session."""
    with start_gateway() as running:
        yield running


def _client(base_url: str, api_key: str) -> httpx.Client:
    return httpx.Client(
        base_url=base_url, headers={"Authorization": f"Bearer {api_key}"}, timeout=10.0
    )


@pytest.fixture()
def zaguan(gateway: Gateway) -> Iterator[httpx.Client]:
    """An authorised client whose base URL is the Zaguan root."""
    with _client(gateway.zaguan_url, gateway.api_key) as client:
        yield client


@pytest.fixture()
def meganova(gateway: Gateway) -> Iterator[httpx.Client]:
    """An authorised client whose base URL is the Meganova base URL."""
    with _client(gateway.meganova_url, gateway.api_key) as client:
        yield client
