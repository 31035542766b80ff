"""Constructors check every argument when the client is built, for both SDKs, sync and async.

timeout, max_retries, base_url (with or without /v1, one rule for both), Meganova's region,
the API key's characters (never echoed), default_headers, user_agent_extra, and an
``http_client`` of the wrong kind. A caller's ``http_client`` keeps its own timeout unless
the SDK's is given.
"""

from __future__ import annotations

from typing import Any, Dict

import httpx
import pytest
from pytest_httpx import HTTPXMock

from .test_call_checks import FLAVOURS, MEGANOVA, MODES, ZAGUAN, Flavour, Sleeps, _settle, opened


def build(flavour: Flavour, mode: str, **kwargs: Any) -> Any:
    return flavour.make(mode, Sleeps(), **kwargs)


def refused(flavour: Flavour, mode: str, **kwargs: Any) -> BaseException:
    with pytest.raises(flavour.errors.InvalidArgumentError) as caught:
        build(flavour, mode, **kwargs)
    error = caught.value
    assert isinstance(error, ValueError)
    return error


@FLAVOURS
@MODES
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": "60"}, "timeout must be a number of seconds"),
        ({"timeout": -5}, "timeout must be a positive number"),
        ({"timeout": 0}, "timeout must be a positive number"),
        ({"timeout": float("nan")}, "timeout must be a positive number"),
        ({"timeout": httpx.Timeout(10.0, read=-1.0)}, "timeout.read must be a positive"),
        ({"timeout": httpx.Timeout(10.0, pool="x")}, "timeout.pool must be a number"),  # type: ignore[arg-type]
        ({"max_retries": -1}, "max_retries must be an integer >= 0"),
        ({"max_retries": 2.0}, "max_retries must be an integer >= 0, not float"),
        ({"max_retries": None}, "max_retries must be an integer >= 0, not NoneType"),
        ({"max_retries": False}, "max_retries must be an integer >= 0, not bool"),
        ({"base_url": 42}, "base_url must be a str"),
        ({"base_url": "api.example.com/v1"}, "base_url must be an absolute http(s) URL"),
        ({"base_url": "ftp://api.example.com"}, "base_url must be an absolute http(s) URL"),
        ({"base_url": "https://api.example .com"}, "base_url must be an absolute http(s) URL"),
        ({"base_url": "https://"}, "base_url must be an absolute http(s) URL"),
        ({"base_url": "https://api.example.com/v1?x=1"}, "base_url must not have a query"),
        ({"base_url": "https://api.example.com/#top"}, "base_url must not have a query"),
        ({"default_headers": {"X-A": 1}}, "default_headers['X-A'] must be a str"),
        ({"default_headers": {"X-A": "a\nb"}}, "default_headers['X-A'] holds a character"),
        ({"default_headers": ["X-A"]}, "default_headers must be a mapping"),
    ],
)
def test_a_bad_setting_fails_when_the_client_is_built(
    flavour: Flavour, mode: str, kwargs: Dict[str, Any], message: str
) -> None:
    assert message in str(refused(flavour, mode, **kwargs))


@FLAVOURS
@MODES
@pytest.mark.parametrize(
    ("key", "what"),
    [
        ("sk-secret-key\n", "whitespace"),
        ("sk-secret key", "whitespace"),
        ("\tsk-secret-key", "whitespace"),
        ("sk-secret-key\r", "whitespace"),
        ("sk-secret-\x00key", "a control character"),
        ("sk-secret-kéy", "a non-ASCII character"),
    ],
)
def test_an_api_key_with_characters_a_header_cannot_carry_is_refused_unquoted(
    flavour: Flavour, mode: str, key: str, what: str
) -> None:
    error = refused(flavour, mode, api_key=key)
    text = f"{error} {error!r} {error.args}"
    assert what in text
    assert "sk-secret" not in text and "kéy" not in text


@FLAVOURS
@MODES
@pytest.mark.parametrize("key", [b"sk-bytes-key", 12345, ["sk"]])
def test_an_api_key_that_is_not_a_str_is_refused(flavour: Flavour, mode: str, key: Any) -> None:
    error = refused(flavour, mode, api_key=key)
    assert "api_key must be a str" in str(error)
    assert "sk-bytes-key" not in str(error) and "12345" not in str(error)


@FLAVOURS
def test_a_base_url_holding_the_key_is_not_echoed(flavour: Flavour) -> None:
    key = "sk-echo-0123456789"
    error = refused(flavour, "sync", api_key=key, base_url=f"https://x.test/{key}?q=1")
    assert key not in str(error) and "[REDACTED]" in str(error)


@FLAVOURS
def test_a_key_given_in_the_base_urls_place_is_not_echoed(flavour: Flavour) -> None:
    # ZaguanClient(base_url, api_key) and MegaNova(api_key, base_url): easily swapped.
    key = "sk-swapped-0123456789"
    error = refused(flavour, "sync", api_key="https://x.test/v1", base_url=key)
    assert key not in str(error)
    assert "base_url must be an absolute http(s) URL" in str(error)
    assert "a value without a scheme (21 characters" in str(error)


@FLAVOURS
def test_a_password_written_into_a_bad_base_url_is_not_echoed(flavour: Flavour) -> None:
    error = refused(flavour, "sync", base_url="https://user:hunter2@bad host/v1")
    assert "hunter2" not in str(error) and "https://***@bad host/v1" in str(error)


@FLAVOURS
@MODES
def test_an_http_client_of_the_wrong_kind_is_refused(flavour: Flavour, mode: str) -> None:
    wrong: Any = httpx.AsyncClient() if mode == "sync" else httpx.Client()
    try:
        error = refused(flavour, mode, http_client=wrong)
    finally:
        if isinstance(wrong, httpx.Client):
            wrong.close()
    wanted, given = ("Client", "AsyncClient") if mode == "sync" else ("AsyncClient", "Client")
    assert f"http_client must be an httpx.{wanted}, not httpx.{given}" in str(error)
    other = "async" if mode == "sync" else "blocking"
    assert f"goes to the SDK's {other} client" in str(error)


@FLAVOURS
@MODES
def test_an_http_client_that_is_no_client_at_all_is_refused(flavour: Flavour, mode: str) -> None:
    error = refused(flavour, mode, http_client="http://proxy")
    assert "http_client must be an httpx." in str(error) and "not builtins.str" in str(error)


@MODES
@pytest.mark.parametrize(
    "region", ["", "eu west", "eu\r\nX-Evil: 1", "eu\n", "région", 5, ["eu"], " eu"]
)
def test_meganova_refuses_a_region_that_is_not_one_word(mode: str, region: Any) -> None:
    error = refused(MEGANOVA, mode, region=region)
    assert "region must be" in str(error)


@MODES
@pytest.mark.parametrize(("region", "header"), [("eu-west-1", "eu-west-1"), ("auto", None)])
async def test_meganova_sends_a_good_region(
    mode: str, region: str, header: Any, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=MEGANOVA.models_json())
    async with opened(MEGANOVA, mode, Sleeps(), region=region) as client:
        await MEGANOVA.list_models(client)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers.get("x-mn-region") == header


@MODES
@pytest.mark.parametrize("extra", ["my-app/1.0\r\nX-Evil: 1", "app\x7f", "appé", 3])
def test_meganova_refuses_a_user_agent_extra_a_header_cannot_carry(mode: str, extra: Any) -> None:
    assert "user_agent_extra must be" in str(refused(MEGANOVA, mode, user_agent_extra=extra))


@FLAVOURS
@MODES
def test_a_missing_key_is_still_the_sdks_invalid_argument(flavour: Flavour, mode: str) -> None:
    assert "No API key" in str(refused(flavour, mode, api_key=None))


# --- one base-URL rule for both SDKs -----------------------------------------------------------


@MODES
@pytest.mark.parametrize(
    ("given", "base", "models_url"),
    [
        ("https://api.meganova.test/v1", "https://api.meganova.test/v1", "/v1/models"),
        ("https://api.meganova.test", "https://api.meganova.test/v1", "/v1/models"),
        ("https://api.meganova.test/", "https://api.meganova.test/v1", "/v1/models"),
        ("https://api.meganova.test/v1/", "https://api.meganova.test/v1", "/v1/models"),
        ("http://127.0.0.1:9/meganova", "http://127.0.0.1:9/meganova/v1", "/meganova/v1/models"),
        ("https://eu.meganova.test/v2", "https://eu.meganova.test/v2", "/v2/models"),
        ("  https://api.meganova.test  ", "https://api.meganova.test/v1", "/v1/models"),
    ],
)
async def test_meganova_takes_its_base_url_with_or_without_v1(
    mode: str, given: str, base: str, models_url: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=MEGANOVA.models_json())
    async with opened(MEGANOVA, mode, Sleeps(), base_url=given) as client:
        assert client.base_url == base
        await MEGANOVA.list_models(client)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.path == models_url


@MODES
@pytest.mark.parametrize("given", ["https://api.zaguan.test", "https://api.zaguan.test/v1/"])
async def test_zaguan_takes_its_base_url_with_or_without_v1_by_the_same_rule(
    mode: str, given: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=ZAGUAN.models_json())
    async with opened(ZAGUAN, mode, Sleeps(), base_url=given) as client:
        assert client.base_url == "https://api.zaguan.test"
        await ZAGUAN.list_models(client)
    request = httpx_mock.get_request()
    assert request is not None
    assert str(request.url) == "https://api.zaguan.test/v1/models"


@pytest.mark.parametrize("given", ["https://env.meganova.test", "https://env.meganova.test/v1"])
def test_meganova_base_url_from_the_environment_follows_the_rule_too(
    given: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEGANOVA_BASE_URL", given)
    client = MEGANOVA.make("sync", Sleeps(), base_url=None)
    with client:
        assert client.base_url == "https://env.meganova.test/v1"


# --- a caller's http_client and its timeout ------------------------------------------------------


def _timeout_of(request: httpx.Request) -> Dict[str, Any]:
    timeout: Dict[str, Any] = request.extensions["timeout"]
    return timeout


@FLAVOURS
@MODES
async def test_a_callers_http_client_keeps_its_own_timeout(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=flavour.models_json())
    own: Any = httpx.Client(timeout=7.0) if mode == "sync" else httpx.AsyncClient(timeout=7.0)
    async with opened(flavour, mode, Sleeps(), http_client=own) as client:
        await flavour.list_models(client)
    await _settle(own.aclose() if mode == "async" else own.close())
    request = httpx_mock.get_request()
    assert request is not None
    assert _timeout_of(request) == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}


@FLAVOURS
@MODES
@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (3.0, {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}),
        (None, {"connect": None, "read": None, "write": None, "pool": None}),
        (
            httpx.Timeout(60.0, connect=5.0),
            {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0},
        ),
    ],
)
async def test_an_explicit_sdk_timeout_overrides_the_callers_http_client(
    flavour: Flavour, mode: str, timeout: Any, expected: Dict[str, Any], httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=flavour.models_json())
    httpx_mock.add_response(json=flavour.models_json())
    own: Any = httpx.Client(timeout=7.0) if mode == "sync" else httpx.AsyncClient(timeout=7.0)
    async with opened(flavour, mode, Sleeps(), http_client=own, timeout=timeout) as client:
        await flavour.list_models(client)
        await flavour.list_models(client, timeout=1.5)  # a per-call timeout wins over both
    await _settle(own.aclose() if mode == "async" else own.close())
    first, second = httpx_mock.get_requests()
    assert _timeout_of(first) == expected
    assert _timeout_of(second) == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}


@FLAVOURS
@MODES
async def test_an_owned_client_uses_the_sdk_default_timeout(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=flavour.models_json())
    async with opened(flavour, mode, Sleeps()) as client:
        await flavour.list_models(client)
    request = httpx_mock.get_request()
    assert request is not None
    assert _timeout_of(request) == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
