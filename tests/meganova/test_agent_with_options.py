"""``agent.with_options(...)`` (and ``copy``) on cloud agents, sync and async: the same agent
(its key kept, never shown) with other settings, over the same connections."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from meganova import AsyncCloudAgent, AsyncMegaNova, CloudAgent, MegaNova
from meganova.errors import APIConnectionError, InvalidArgumentError

from .mn_helpers import Sleeps

KEY = "agent_Zx9-secret-Key_42"
STUDIO = "https://studio-api.meganova.ai"
INFO = {"id": "agt_1", "name": "Helper", "welcome_message": "Hi!", "is_available": True}


@pytest.fixture(autouse=True)
def _no_host_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEGANOVA_CLOUD_BASE_URL", raising=False)
    monkeypatch.delenv("MEGANOVA_API_KEY", raising=False)


def _timeout_read(request: httpx.Request) -> Any:
    return request.extensions["timeout"]["read"]


def test_an_agents_copy_sends_the_same_key_with_its_own_settings(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{STUDIO}/agents/v1/{KEY}/info", json=INFO, is_reusable=True)
    with CloudAgent(KEY, timeout=5.0, default_headers={"X-Team": "a"}) as agent:
        copied = agent.with_options(timeout=9.0, default_headers={"X-More": "m"})
        assert type(copied) is CloudAgent
        copied.info()
        agent.info()
    copy_request, original_request = httpx_mock.get_requests()
    assert _timeout_read(copy_request) == 9.0 and _timeout_read(original_request) == 5.0
    assert copy_request.headers["x-team"] == "a" and copy_request.headers["x-more"] == "m"
    assert "x-more" not in original_request.headers
    assert "authorization" not in copy_request.headers


def test_an_agents_copy_shares_its_connections_and_leaves_them_open_when_closed() -> None:
    with CloudAgent(KEY) as agent:
        copied = agent.copy(max_retries=0)
        assert copied._client._transport.http_client is agent._client._transport.http_client
        copied.close()
        assert not agent._client._transport.http_client.is_closed


def test_closing_the_agent_closes_its_copys_connections(httpx_mock: HTTPXMock) -> None:
    agent = CloudAgent(KEY)
    copied = agent.with_options(max_retries=0)
    agent.close()
    with pytest.raises(APIConnectionError, match="client is closed"):
        copied.info()


def test_an_agents_copy_never_shows_its_key() -> None:
    with CloudAgent(KEY) as agent:
        copied = agent.with_options(max_retries=0)
        assert KEY not in repr(copied)
        with pytest.raises(InvalidArgumentError) as caught:
            agent.with_options(timeout=-1)
    assert KEY not in str(caught.value)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"agent_key": "agent_other"}, "'agent_key'"),
        ({"api_key": "agent_other"}, "'api_key'"),
        ({"max_retries": -1}, "max_retries must be an integer >= 0"),
        ({"base_url": "nope"}, "base_url must be an absolute http(s) URL"),
    ],
)
def test_an_agents_bad_or_unknown_override_is_refused(
    options: Any, message: str, httpx_mock: HTTPXMock
) -> None:
    with CloudAgent(KEY) as agent, pytest.raises(InvalidArgumentError) as caught:
        agent.with_options(**options)
    assert message in str(caught.value)


def test_a_clients_agent_copy_sends_through_the_clients_copy(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"https://agents.test/agents/v1/{KEY}/info", json=INFO)
    with MegaNova(api_key="sk-live-0123456789abcdef") as client:
        copied = client.agents(KEY).with_options(base_url="https://agents.test", timeout=4.0)
        assert copied._client._transport.http_client is client._transport.http_client
        assert copied.base_url == "https://agents.test"
        copied.info()
    request = httpx_mock.get_requests()[0]
    assert _timeout_read(request) == 4.0
    assert "authorization" not in request.headers


def test_a_clients_agent_refuses_what_an_agent_does_not_take() -> None:
    client = MegaNova(api_key="sk-live-0123456789abcdef")
    with client, pytest.raises(InvalidArgumentError, match="'region'"):
        client.agents(KEY).with_options(region="eu")  # type: ignore[call-arg]


async def test_an_async_agents_copy_sends_its_own_settings(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{STUDIO}/agents/v1/{KEY}/info", json=INFO)
    sleeps = Sleeps()
    async with AsyncCloudAgent(KEY, sleep=sleeps.async_) as agent:
        copied = agent.with_options(timeout=9.0)
        assert type(copied) is AsyncCloudAgent
        assert copied._client._transport._sleep is agent._client._transport._sleep
        await copied.info()
    assert _timeout_read(httpx_mock.get_requests()[0]) == 9.0


async def test_an_async_clients_agent_copy_sends_through_the_clients_copy(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(url=f"{STUDIO}/agents/v1/{KEY}/info", json=INFO)
    async with AsyncMegaNova(api_key="sk-live-0123456789abcdef") as client:
        copied = client.agents(KEY).copy(max_retries=0, timeout=3.0)
        assert copied._client._transport.http_client is client._transport.http_client
        await copied.info()
    assert _timeout_read(httpx_mock.get_requests()[0]) == 3.0
