"""close() and context managers; a caller's own httpx client is never closed by the SDK."""

from __future__ import annotations

import httpx
import pytest
from pytest_httpx import HTTPXMock

from zaguan import AsyncZaguanClient, ZaguanError

from .zg_helpers import API_KEY, BASE_URL, HEALTH_URL, Sleeps, make_async_client, make_client, sent

HEALTH = {"status": "ok"}


def test_close_closes_the_clients_own_connections(sleeps: Sleeps) -> None:
    client = make_client(sleeps)
    http = client._transport.http_client
    assert not http.is_closed
    client.close()
    assert http.is_closed


def test_close_twice_is_harmless(sleeps: Sleeps) -> None:
    client = make_client(sleeps)
    client.close()
    client.close()
    assert client._transport.http_client.is_closed


def test_context_manager_returns_the_client_and_closes_it(sleeps: Sleeps) -> None:
    client = make_client(sleeps)
    with client as entered:
        assert entered is client
    assert client._transport.http_client.is_closed


def test_context_manager_closes_on_error(sleeps: Sleeps) -> None:
    client = make_client(sleeps)
    with pytest.raises(KeyError), client:
        raise KeyError("boom")
    assert client._transport.http_client.is_closed


async def test_async_close_closes_the_clients_own_connections(sleeps: Sleeps) -> None:
    client = make_async_client(sleeps)
    http = client._transport.http_client
    assert not http.is_closed
    await client.close()
    assert http.is_closed


async def test_async_context_manager_returns_the_client_and_closes_it(sleeps: Sleeps) -> None:
    client = make_async_client(sleeps)
    async with client as entered:
        assert entered is client
    assert client._transport.http_client.is_closed


def test_user_http_client_is_used(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=HEALTH_URL, json=HEALTH)
    with httpx.Client(headers={"X-Tenant": "acme"}) as http:
        client = make_client(sleeps, http_client=http)
        assert client._transport.http_client is http
        client.health_check()
    request = sent(httpx_mock.get_request())
    assert request.headers["X-Tenant"] == "acme"
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"


def test_user_http_client_is_not_closed_by_close(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=HEALTH_URL, json=HEALTH, is_reusable=True)
    with httpx.Client() as http:
        client = make_client(sleeps, http_client=http)
        client.health_check()
        client.close()
        assert not http.is_closed
        assert http.get(HEALTH_URL).status_code == 200  # still usable


def test_user_http_client_is_not_closed_by_the_context_manager(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=HEALTH_URL, json=HEALTH)
    with httpx.Client() as http:
        with make_client(sleeps, http_client=http) as client:
            client.health_check()
        assert not http.is_closed


async def test_async_user_http_client_is_not_closed(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=HEALTH_URL, json=HEALTH)
    async with httpx.AsyncClient() as http:
        async with make_async_client(sleeps, http_client=http) as client:
            assert client._transport.http_client is http
            await client.health_check()
        assert not http.is_closed


def test_repr_names_the_base_url(sleeps: Sleeps) -> None:
    with make_client(sleeps) as client:
        assert repr(client) == f"ZaguanClient(base_url={BASE_URL!r})"


def test_call_after_close_raises_a_zaguan_error(sleeps: Sleeps) -> None:
    client = make_client(sleeps)
    client.close()
    with pytest.raises(ZaguanError):
        client.health_check()


async def test_async_call_after_close_raises_a_zaguan_error(sleeps: Sleeps) -> None:
    client: AsyncZaguanClient = make_async_client(sleeps)
    await client.close()
    with pytest.raises(ZaguanError):
        await client.health_check()
