"""Client construction: both base URL forms, environment variables, the API key, defaults."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from zaguan import AsyncZaguanClient, ZaguanClient, ZaguanError
from zaguan.errors import InvalidArgumentError

from .zg_helpers import (
    API_KEY,
    MESSAGES,
    MODEL,
    Sleeps,
    chat_json,
    make_async_client,
    make_client,
    sent,
)

BASE_URL_FORMS = [
    "https://api.zaguan.test",
    "https://api.zaguan.test/",
    "https://api.zaguan.test/v1",
    "https://api.zaguan.test/v1/",
]


@pytest.mark.parametrize("base_url", BASE_URL_FORMS)
def test_every_base_url_form_reaches_v1_chat_completions(
    sleeps: Sleeps, httpx_mock: HTTPXMock, base_url: str
) -> None:
    httpx_mock.add_response(
        method="POST", url="https://api.zaguan.test/v1/chat/completions", json=chat_json()
    )
    with make_client(sleeps, base_url=base_url) as client:
        client.chat(model=MODEL, messages=MESSAGES)


@pytest.mark.parametrize("base_url", BASE_URL_FORMS)
def test_every_base_url_form_reaches_health_at_the_root(
    sleeps: Sleeps, httpx_mock: HTTPXMock, base_url: str
) -> None:
    httpx_mock.add_response(
        method="GET", url="https://api.zaguan.test/health", json={"status": "ok"}
    )
    with make_client(sleeps, base_url=base_url) as client:
        assert client.health_check().status == "ok"


@pytest.mark.parametrize("base_url", BASE_URL_FORMS)
async def test_async_every_base_url_form_reaches_v1_and_health(
    sleeps: Sleeps, httpx_mock: HTTPXMock, base_url: str
) -> None:
    httpx_mock.add_response(
        method="POST", url="https://api.zaguan.test/v1/chat/completions", json=chat_json()
    )
    httpx_mock.add_response(
        method="GET", url="https://api.zaguan.test/health", json={"status": "ok"}
    )
    async with make_async_client(sleeps, base_url=base_url) as client:
        await client.chat(model=MODEL, messages=MESSAGES)
        await client.health_check()


def test_base_url_is_kept_without_v1_and_trailing_slash(sleeps: Sleeps) -> None:
    with make_client(sleeps, base_url="https://api.zaguan.test/v1/") as client:
        assert client.base_url == "https://api.zaguan.test"


def test_base_url_with_a_path_prefix_keeps_the_prefix(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url="https://proxy.test/zaguan/v1/chat/completions", json=chat_json())
    with make_client(sleeps, base_url="https://proxy.test/zaguan/v1") as client:
        client.chat(model=MODEL, messages=MESSAGES)


def test_default_base_url_is_production(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="GET", url="https://api.zaguanai.com/health", json={"status": "ok"}
    )
    with make_client(sleeps, base_url=None) as client:
        assert client.base_url == "https://api.zaguanai.com"
        client.health_check()


def test_zaguan_base_url_env_var_is_used(
    monkeypatch: pytest.MonkeyPatch, sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    monkeypatch.setenv("ZAGUAN_BASE_URL", "https://env.zaguan.test/v1")
    httpx_mock.add_response(url="https://env.zaguan.test/v1/chat/completions", json=chat_json())
    with make_client(sleeps, base_url=None) as client:
        client.chat(model=MODEL, messages=MESSAGES)


def test_explicit_base_url_wins_over_the_env_var(
    monkeypatch: pytest.MonkeyPatch, sleeps: Sleeps
) -> None:
    monkeypatch.setenv("ZAGUAN_BASE_URL", "https://env.zaguan.test")
    with make_client(sleeps, base_url="https://explicit.zaguan.test") as client:
        assert client.base_url == "https://explicit.zaguan.test"


def test_zaguan_api_key_env_var_is_sent(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock
) -> None:
    monkeypatch.setenv("ZAGUAN_API_KEY", "zk-env-key-0123456789")
    httpx_mock.add_response(json=chat_json())
    with ZaguanClient(base_url="https://api.zaguan.test") as client:
        client.chat(model=MODEL, messages=MESSAGES)
    assert sent(httpx_mock.get_request()).headers["Authorization"] == "Bearer zk-env-key-0123456789"


async def test_async_zaguan_api_key_env_var_is_sent(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock
) -> None:
    monkeypatch.setenv("ZAGUAN_API_KEY", "zk-env-key-0123456789")
    httpx_mock.add_response(json=chat_json())
    async with AsyncZaguanClient(base_url="https://api.zaguan.test") as client:
        await client.chat(model=MODEL, messages=MESSAGES)
    assert sent(httpx_mock.get_request()).headers["Authorization"] == "Bearer zk-env-key-0123456789"


def test_explicit_api_key_wins_over_the_env_var(
    monkeypatch: pytest.MonkeyPatch, sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    monkeypatch.setenv("ZAGUAN_API_KEY", "zk-env-key-0123456789")
    httpx_mock.add_response(json=chat_json())
    with make_client(sleeps) as client:
        client.chat(model=MODEL, messages=MESSAGES)
    assert sent(httpx_mock.get_request()).headers["Authorization"] == f"Bearer {API_KEY}"


def test_missing_api_key_raises_invalid_argument_error() -> None:
    with pytest.raises(InvalidArgumentError, match="ZAGUAN_API_KEY") as info:
        ZaguanClient(base_url="https://api.zaguan.test")
    assert isinstance(info.value, ZaguanError)


def test_async_missing_api_key_raises_invalid_argument_error() -> None:
    with pytest.raises(InvalidArgumentError, match="ZAGUAN_API_KEY"):
        AsyncZaguanClient(base_url="https://api.zaguan.test")


def test_empty_api_key_and_empty_env_var_raise_invalid_argument_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ZAGUAN_API_KEY", "")
    with pytest.raises(InvalidArgumentError):
        ZaguanClient(api_key="")


def test_repr_does_not_show_the_api_key(sleeps: Sleeps) -> None:
    with make_client(sleeps) as client:
        assert API_KEY not in repr(client)
        assert API_KEY not in repr(client._transport.config)
