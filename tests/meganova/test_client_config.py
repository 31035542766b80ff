"""Client construction: headers on every request, environment variables, base URL, closing."""

from __future__ import annotations

import re

import httpx
import pytest
from pytest_httpx import HTTPXMock

import meganova
from meganova import AsyncMegaNova, MegaNova, MeganovaError, __version__
from meganova.errors import InvalidArgumentError

from .mn_helpers import (
    API_KEY,
    BASE_URL,
    MESSAGES,
    MODEL,
    Sleeps,
    chat_json,
    make_async_client,
    make_client,
    sent_request,
)

BALANCE_JSON = {"balance": 1.0, "currency": "USD", "status": "active"}
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


# --- headers --------------------------------------------------------------------------------


def test_requests_carry_bearer_authorization(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=BALANCE_JSON)
    client.billing.get_balance()
    assert sent_request(httpx_mock).headers["Authorization"] == f"Bearer {API_KEY}"


def test_user_agent_names_sdk_and_version(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=BALANCE_JSON)
    client.billing.get_balance()
    assert sent_request(httpx_mock).headers["User-Agent"] == f"meganova-python/{__version__}"


def test_user_agent_extra_is_appended(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    client = make_client(sleeps, user_agent_extra="luna-bot/2.1")
    httpx_mock.add_response(json=BALANCE_JSON)
    client.billing.get_balance()
    user_agent = sent_request(httpx_mock).headers["User-Agent"]
    assert user_agent == f"meganova-python/{__version__} luna-bot/2.1"


def test_version_is_semver() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    assert meganova.__version__ == __version__


def test_sdk_header_is_python(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=BALANCE_JSON)
    client.billing.get_balance()
    assert sent_request(httpx_mock).headers["X-MN-SDK"] == "python"


def test_region_header_is_absent_for_auto(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=BALANCE_JSON)
    client.billing.get_balance()
    assert "X-MN-Region" not in sent_request(httpx_mock).headers


def test_region_header_is_absent_for_none(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    client = make_client(sleeps, region=None)
    httpx_mock.add_response(json=BALANCE_JSON)
    client.billing.get_balance()
    assert "X-MN-Region" not in sent_request(httpx_mock).headers


def test_region_header_is_sent_when_region_is_set(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    client = make_client(sleeps, region="eu-west")
    httpx_mock.add_response(json=BALANCE_JSON)
    client.billing.get_balance()
    assert sent_request(httpx_mock).headers["X-MN-Region"] == "eu-west"


async def test_async_client_sends_the_same_identity_headers(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    async with make_async_client(sleeps, region="us-east", user_agent_extra="x/1") as client:
        httpx_mock.add_response(json=BALANCE_JSON)
        await client.billing.get_balance()
    headers = sent_request(httpx_mock).headers
    assert headers["Authorization"] == f"Bearer {API_KEY}"
    assert headers["User-Agent"] == f"meganova-python/{__version__} x/1"
    assert headers["X-MN-SDK"] == "python"
    assert headers["X-MN-Region"] == "us-east"


def test_request_id_is_a_fresh_uuid4_per_call(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=BALANCE_JSON, is_reusable=True)
    first = client.billing.get_balance()
    second = client.billing.get_balance()
    ids = [r.headers["X-Request-Id"] for r in httpx_mock.get_requests()]
    assert all(UUID4.match(i) for i in ids)
    assert ids[0] != ids[1]
    assert [first.request_id, second.request_id] == ids


def test_caller_request_id_header_is_kept_and_reported(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=chat_json())
    resp = client.chat.create(
        messages=MESSAGES, model=MODEL, extra_headers={"X-Request-Id": "trace-42"}
    )
    assert sent_request(httpx_mock).headers["X-Request-Id"] == "trace-42"
    assert resp.request_id == "trace-42"


def test_default_headers_reach_every_request(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    client = make_client(sleeps, default_headers={"X-Tenant": "acme"})
    httpx_mock.add_response(json=BALANCE_JSON)
    client.billing.get_balance()
    assert sent_request(httpx_mock).headers["X-Tenant"] == "acme"


# --- api key and base URL -------------------------------------------------------------------


def test_api_key_comes_from_environment_when_not_given(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock
) -> None:
    monkeypatch.setenv("MEGANOVA_API_KEY", "sk-env-9876543210fedcba")
    httpx_mock.add_response(json=BALANCE_JSON)
    with MegaNova() as client:
        client.billing.get_balance()
    assert sent_request(httpx_mock).headers["Authorization"] == "Bearer sk-env-9876543210fedcba"


def test_explicit_api_key_wins_over_environment(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock
) -> None:
    monkeypatch.setenv("MEGANOVA_API_KEY", "sk-env-9876543210fedcba")
    httpx_mock.add_response(json=BALANCE_JSON)
    with MegaNova(api_key=API_KEY) as client:
        client.billing.get_balance()
    assert sent_request(httpx_mock).headers["Authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize("cls", [MegaNova, AsyncMegaNova])
def test_missing_api_key_raises_invalid_argument_before_any_request(
    cls: type, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(InvalidArgumentError, match="MEGANOVA_API_KEY") as info:
        cls()
    assert isinstance(info.value, MeganovaError)
    assert httpx_mock.get_requests() == []


def test_empty_environment_api_key_counts_as_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEGANOVA_API_KEY", "")
    with pytest.raises(InvalidArgumentError):
        MegaNova()


@pytest.mark.parametrize("bad", [-1, 1.5, True, "2"])
def test_invalid_max_retries_is_rejected(bad: object) -> None:
    with pytest.raises(InvalidArgumentError, match="max_retries"):
        MegaNova(api_key=API_KEY, max_retries=bad)  # type: ignore[arg-type]


def test_default_base_url_is_production(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=BALANCE_JSON)
    client.billing.get_balance()
    assert client.base_url == "https://api.meganova.ai/v1"
    assert str(sent_request(httpx_mock).url) == "https://api.meganova.ai/v1/billing/balance"


def test_base_url_comes_from_environment(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock
) -> None:
    monkeypatch.setenv("MEGANOVA_BASE_URL", "https://eu.meganova.test/v2/")
    httpx_mock.add_response(json=BALANCE_JSON)
    with MegaNova(api_key=API_KEY) as client:
        client.billing.get_balance()
    assert client.base_url == "https://eu.meganova.test/v2"
    assert str(sent_request(httpx_mock).url) == "https://eu.meganova.test/v2/billing/balance"


def test_explicit_base_url_wins_over_environment(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock
) -> None:
    monkeypatch.setenv("MEGANOVA_BASE_URL", "https://eu.meganova.test/v2")
    httpx_mock.add_response(json=BALANCE_JSON)
    with MegaNova(api_key=API_KEY, base_url="https://inference.meganova.ai/v1") as client:
        client.billing.get_balance()
    assert sent_request(httpx_mock).url.host == "inference.meganova.ai"


def test_client_repr_hides_the_api_key(client: MegaNova) -> None:
    assert API_KEY not in repr(client)
    assert API_KEY not in repr(client._transport.config)
    assert "api.meganova.ai" in repr(client)


# --- close and context managers -------------------------------------------------------------


def test_close_leaves_a_caller_http_client_open() -> None:
    http_client = httpx.Client()
    client = MegaNova(api_key=API_KEY, http_client=http_client)
    client.close()
    assert not http_client.is_closed
    http_client.close()


def test_with_block_leaves_a_caller_http_client_open() -> None:
    http_client = httpx.Client()
    with MegaNova(api_key=API_KEY, http_client=http_client):
        pass
    assert not http_client.is_closed
    http_client.close()


def test_close_closes_the_http_client_the_sdk_created() -> None:
    client = MegaNova(api_key=API_KEY)
    client.close()
    assert client._transport.http_client.is_closed


def test_with_block_closes_the_http_client_the_sdk_created() -> None:
    with MegaNova(api_key=API_KEY) as client:
        assert not client._transport.http_client.is_closed
    assert client._transport.http_client.is_closed


def test_caller_http_client_is_used_for_requests() -> None:
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=BALANCE_JSON)

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    with MegaNova(api_key=API_KEY, http_client=http_client) as client:
        client.billing.get_balance()
    assert len(seen) == 1
    assert str(seen[0].url) == f"{BASE_URL}/billing/balance"


async def test_async_close_leaves_a_caller_http_client_open() -> None:
    http_client = httpx.AsyncClient()
    async with AsyncMegaNova(api_key=API_KEY, http_client=http_client):
        pass
    assert not http_client.is_closed
    await http_client.aclose()


async def test_async_with_block_closes_the_http_client_the_sdk_created() -> None:
    async with AsyncMegaNova(api_key=API_KEY) as client:
        assert not client._transport.http_client.is_closed
    assert client._transport.http_client.is_closed


async def test_async_close_closes_the_http_client_the_sdk_created() -> None:
    client = AsyncMegaNova(api_key=API_KEY)
    await client.close()
    assert client._transport.http_client.is_closed
