"""``client.with_options(...)`` (and ``client.copy(...)``): a new client with some settings
changed, sharing the original's connection pool; for both SDKs, sync and async.

The copy sends its own key, headers, timeout and retries while the original keeps its own;
closing the copy leaves the pool open (unless the original is gone and it is the last open
copy) and refuses the copy's calls, closing the original closes it for both; a bad or
unknown override is the SDK's InvalidArgumentError before anything is sent; a copy pickles
(and follows its original after os.fork()) like a client built with its settings.
"""

from __future__ import annotations

import pickle
from typing import Any, Dict, List

import httpx
import pytest
from pytest_httpx import HTTPXMock

from .test_call_checks import FLAVOURS, MEGANOVA, MODES, Flavour, Sleeps, _settle, opened

OTHER_KEY = "sk-other-fedcba9876543210"
# No injected sleep or random (the test helpers' are local functions, which pickle refuses).
PICKLABLE: Dict[str, Any] = {"sleep": None, "random": None}


def _sent(httpx_mock: HTTPXMock) -> List[httpx.Request]:
    return list(httpx_mock.get_requests())


def _timeout_of(request: httpx.Request) -> Dict[str, Any]:
    timeout: Dict[str, Any] = request.extensions["timeout"]
    return timeout


# --- what the copy is --------------------------------------------------------------------------


@FLAVOURS
@MODES
async def test_the_copy_is_a_client_of_the_same_class(flavour: Flavour, mode: str) -> None:
    async with opened(flavour, mode, Sleeps()) as client:
        copied = client.with_options(max_retries=0)
        assert type(copied) is type(client)
        assert copied is not client


@FLAVOURS
@MODES
async def test_copy_is_the_same_method_as_with_options(flavour: Flavour, mode: str) -> None:
    async with opened(flavour, mode, Sleeps()) as client:
        assert type(client).copy is type(client).with_options
        assert client.copy(max_retries=4)._transport.config.max_retries == 4


@FLAVOURS
@MODES
async def test_the_copy_shares_the_originals_http_client(flavour: Flavour, mode: str) -> None:
    async with opened(flavour, mode, Sleeps()) as client:
        copied = client.with_options(timeout=3.0, api_key=OTHER_KEY)
        assert copied._transport.http_client is client._transport.http_client


@FLAVOURS
@MODES
async def test_a_copy_of_a_copy_shares_the_same_pool(flavour: Flavour, mode: str) -> None:
    async with opened(flavour, mode, Sleeps()) as client:
        copied = client.with_options(max_retries=1).with_options(max_retries=0)
        assert copied._transport.http_client is client._transport.http_client
        assert copied._transport._pool_owner is client._transport


@FLAVOURS
@MODES
async def test_given_an_http_client_the_copy_uses_it_instead(flavour: Flavour, mode: str) -> None:
    own: Any = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    async with opened(flavour, mode, Sleeps()) as client:
        copied = client.with_options(http_client=own)
        assert copied._transport.http_client is own
    assert not own.is_closed
    await _settle(own.close() if mode == "sync" else own.aclose())


# --- the copy's settings are used, the original's unchanged -------------------------------------


@FLAVOURS
@MODES
async def test_the_copy_sends_its_own_api_key(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.models_url, json=flavour.models_json(), is_reusable=True)
    async with opened(flavour, mode, Sleeps()) as client:
        await flavour.list_models(client.with_options(api_key=OTHER_KEY))
        await flavour.list_models(client)
    copy_request, original_request = _sent(httpx_mock)
    assert copy_request.headers.get_list("authorization") == [f"Bearer {OTHER_KEY}"]
    assert original_request.headers.get_list("authorization") == [f"Bearer {flavour.key}"]


@FLAVOURS
@MODES
async def test_the_copy_keeps_the_originals_key_when_not_given(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.models_url, json=flavour.models_json())
    async with opened(flavour, mode, Sleeps()) as client:
        await flavour.list_models(client.with_options(max_retries=0))
    assert _sent(httpx_mock)[0].headers["authorization"] == f"Bearer {flavour.key}"


@FLAVOURS
@MODES
async def test_the_copys_timeout_is_used_and_the_originals_kept(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.models_url, json=flavour.models_json(), is_reusable=True)
    async with opened(flavour, mode, Sleeps(), timeout=5.0) as client:
        await flavour.list_models(client.with_options(timeout=9.0))
        await flavour.list_models(client)
    copy_request, original_request = _sent(httpx_mock)
    assert _timeout_of(copy_request) == {"connect": 9.0, "read": 9.0, "write": 9.0, "pool": 9.0}
    assert _timeout_of(original_request) == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}


@FLAVOURS
@MODES
async def test_the_copy_keeps_the_originals_timeout_when_not_given(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.models_url, json=flavour.models_json())
    async with opened(flavour, mode, Sleeps(), timeout=5.0) as client:
        await flavour.list_models(client.with_options(max_retries=0))
    assert _timeout_of(_sent(httpx_mock)[0])["read"] == 5.0


@FLAVOURS
@MODES
async def test_a_copy_of_a_client_with_the_default_timeout_can_have_none(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.models_url, json=flavour.models_json())
    async with opened(flavour, mode, Sleeps()) as client:
        await flavour.list_models(client.with_options(timeout=None))
    assert set(_timeout_of(_sent(httpx_mock)[0]).values()) == {None}


@FLAVOURS
@MODES
async def test_the_copys_max_retries_are_used_and_the_originals_kept(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.models_url, status_code=503, is_reusable=True)
    async with opened(flavour, mode, Sleeps(), max_retries=2) as client:
        with pytest.raises(flavour.errors.APIError):
            await flavour.list_models(client.with_options(max_retries=0))
        assert len(_sent(httpx_mock)) == 1
        with pytest.raises(flavour.errors.APIError):
            await flavour.list_models(client)
        assert len(_sent(httpx_mock)) == 1 + 3


@FLAVOURS
@MODES
async def test_the_copy_keeps_the_injected_sleep_random_and_clock(
    flavour: Flavour, mode: str
) -> None:
    def clock() -> float:
        return 1_700_000_000.0

    sleeps = Sleeps()
    async with opened(flavour, mode, sleeps, clock=clock) as client:
        copied = client.with_options(max_retries=5)
        assert copied._transport._sleep is client._transport._sleep
        assert copied._transport._random is client._transport._random
        assert copied._transport._now is clock


@FLAVOURS
@MODES
async def test_default_headers_are_merged_over_the_originals(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.models_url, json=flavour.models_json(), is_reusable=True)
    headers = {"X-Team": "a", "X-Keep": "k"}
    async with opened(flavour, mode, Sleeps(), default_headers=headers) as client:
        await flavour.list_models(client.with_options(default_headers={"x-team": "b"}))
        await flavour.list_models(client)
    copy_request, original_request = _sent(httpx_mock)
    assert copy_request.headers.get_list("x-team") == ["b"]
    assert copy_request.headers["x-keep"] == "k"
    assert original_request.headers.get_list("x-team") == ["a"]


@FLAVOURS
@MODES
async def test_set_default_headers_replace_the_originals(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.models_url, json=flavour.models_json(), is_reusable=True)
    async with opened(flavour, mode, Sleeps(), default_headers={"X-Team": "a"}) as client:
        await flavour.list_models(client.with_options(set_default_headers={"X-Other": "o"}))
        await flavour.list_models(client)
    copy_request, original_request = _sent(httpx_mock)
    assert "x-team" not in copy_request.headers  # though the shared pool holds it
    assert copy_request.headers["x-other"] == "o"
    assert copy_request.headers["user-agent"] == original_request.headers["user-agent"]
    assert original_request.headers["x-team"] == "a"


@FLAVOURS
@MODES
async def test_the_copy_of_a_client_with_your_http_client_sends_its_own_headers(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.models_url, json=flavour.models_json())
    own: Any = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    async with opened(flavour, mode, Sleeps(), http_client=own) as client:
        copied = client.with_options(api_key=OTHER_KEY, default_headers={"X-Team": "b"})
        assert copied._transport.http_client is own
        await flavour.list_models(copied)
    request = _sent(httpx_mock)[0]
    assert request.headers["authorization"] == f"Bearer {OTHER_KEY}"
    assert request.headers["x-team"] == "b"
    await _settle(own.close() if mode == "sync" else own.aclose())


# --- closing ------------------------------------------------------------------------------------


@FLAVOURS
@MODES
async def test_closing_the_copy_leaves_the_original_working(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.models_url, json=flavour.models_json())
    async with opened(flavour, mode, Sleeps()) as client:
        await _settle(client.with_options(max_retries=0).close())
        assert not client._transport.http_client.is_closed
        assert len(await flavour.list_models(client)) == 2


@FLAVOURS
@MODES
async def test_closing_the_original_closes_the_copys_connections_too(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    client = flavour.make(mode, Sleeps())
    copied = client.with_options(max_retries=0)
    await _settle(client.close())
    with pytest.raises(flavour.errors.APIConnectionError, match="client is closed"):
        await flavour.list_models(copied)
    assert _sent(httpx_mock) == []


@FLAVOURS
@MODES
async def test_a_closed_copy_refuses_calls_while_the_original_works(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.models_url, json=flavour.models_json())
    async with opened(flavour, mode, Sleeps()) as client:
        copied = client.with_options(max_retries=0)
        await _settle(copied.close())
        with pytest.raises(flavour.errors.APIConnectionError, match="client is closed"):
            await flavour.list_models(copied)
        assert len(await flavour.list_models(client)) == 2


@FLAVOURS
@MODES
async def test_the_last_copy_of_a_client_nobody_holds_releases_the_pool(
    flavour: Flavour, mode: str
) -> None:
    import gc

    copied = flavour.make(mode, Sleeps()).with_options(max_retries=0)  # the original: dropped
    gc.collect()
    pool = copied._transport.http_client
    assert not pool.is_closed
    await _settle(copied.close())
    assert pool.is_closed


@FLAVOURS
@MODES
async def test_a_copy_closed_while_its_original_lives_leaves_the_pool_open(
    flavour: Flavour, mode: str
) -> None:
    async with opened(flavour, mode, Sleeps()) as client:
        first, second = client.with_options(max_retries=0), client.with_options(max_retries=1)
        await _settle(first.close())
        await _settle(second.close())
        assert not client._transport.http_client.is_closed


# --- refused overrides --------------------------------------------------------------------------


@FLAVOURS
@MODES
@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": -1}, "timeout must be a positive number"),
        ({"timeout": "9"}, "timeout must be a number of seconds"),
        ({"max_retries": -1}, "max_retries must be an integer >= 0"),
        ({"max_retries": None}, "max_retries must be an integer >= 0"),
        ({"base_url": "ftp://example.test"}, "base_url must be an absolute http(s) URL"),
        ({"api_key": "sk bad"}, "api_key holds whitespace"),
        ({"api_key": 42}, "api_key must be a str"),
        ({"default_headers": {"X-A": 1}}, "default_headers['X-A'] must be a str"),
        ({"default_headers": ["X-A"]}, "default_headers must be a mapping"),
        ({"set_default_headers": "X-A: 1"}, "set_default_headers must be a mapping"),
        ({"http_client": object()}, "http_client must be an httpx."),
        (
            {"default_headers": {"X-A": "1"}, "set_default_headers": {}},
            "default_headers (merged over the client's) or set_default_headers",
        ),
    ],
)
async def test_a_bad_override_is_refused_before_anything_is_sent(
    flavour: Flavour, mode: str, options: Dict[str, Any], message: str, httpx_mock: HTTPXMock
) -> None:
    async with opened(flavour, mode, Sleeps()) as client:
        with pytest.raises(flavour.errors.InvalidArgumentError) as caught:
            client.with_options(**options)
    assert message in str(caught.value)
    assert isinstance(caught.value, (ValueError, TypeError))
    assert _sent(httpx_mock) == []


@FLAVOURS
@MODES
async def test_an_unknown_keyword_is_refused_naming_it(flavour: Flavour, mode: str) -> None:
    async with opened(flavour, mode, Sleeps()) as client:
        with pytest.raises(flavour.errors.InvalidArgumentError, match="'max_retry'"):
            client.with_options(max_retry=3)


@FLAVOURS
@MODES
async def test_a_refused_override_never_shows_the_key(flavour: Flavour, mode: str) -> None:
    async with opened(flavour, mode, Sleeps()) as client:
        with pytest.raises(flavour.errors.InvalidArgumentError) as caught:
            client.with_options(base_url=OTHER_KEY)
    assert OTHER_KEY not in str(caught.value)


# --- pickling and os.fork() ---------------------------------------------------------------------


@FLAVOURS
@MODES
async def test_a_pickled_copy_carries_its_own_configuration_and_opens_its_own_pool(
    flavour: Flavour, mode: str
) -> None:
    async with opened(flavour, mode, Sleeps(), **PICKLABLE) as client:
        copied = client.with_options(api_key=OTHER_KEY, timeout=9.0, default_headers={"X-A": "1"})
        restored = pickle.loads(pickle.dumps(copied))
        try:
            assert type(restored) is type(client)
            assert restored._transport.config == copied._transport.config
            assert restored._transport.http_client is not client._transport.http_client
            assert restored._transport._owns_client
        finally:
            await _settle(restored.close())


@FLAVOURS
@MODES
async def test_an_unpickled_client_can_be_copied(flavour: Flavour, mode: str) -> None:
    async with opened(flavour, mode, Sleeps(), default_headers={"X-A": "1"}, **PICKLABLE) as client:
        restored = pickle.loads(pickle.dumps(client))
        copied = restored.with_options(max_retries=0)
        assert copied._transport.config.default_headers["X-A"] == "1"
        assert copied._transport.http_client is restored._transport.http_client
        await _settle(restored.close())


@FLAVOURS
@MODES
async def test_a_copy_of_a_client_with_your_http_client_refuses_to_pickle(
    flavour: Flavour, mode: str
) -> None:
    own: Any = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    async with opened(flavour, mode, Sleeps(), http_client=own) as client:
        with pytest.raises(flavour.errors.InvalidArgumentError, match="your own http_client"):
            pickle.dumps(client.with_options(max_retries=0))
    await _settle(own.close() if mode == "sync" else own.aclose())


@FLAVOURS
@MODES
async def test_after_a_fork_the_copy_follows_its_original_to_a_new_pool(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.models_url, json=flavour.models_json())
    async with opened(flavour, mode, Sleeps()) as client:
        copied = client.with_options(max_retries=0)
        inherited = client._transport.http_client
        # What a child of os.fork() sees: transports built in another process.
        client._transport._pid = copied._transport._pid = -1
        await flavour.list_models(copied)
        assert client._transport.http_client is not inherited
        assert copied._transport.http_client is client._transport.http_client
        assert not inherited.is_closed  # the parent's connections are left alone
        await _settle(inherited.close() if mode == "sync" else inherited.aclose())


# --- Meganova's own settings, and its resources -------------------------------------------------


@MODES
async def test_a_meganova_copys_resources_send_through_the_copy(
    mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=MEGANOVA.chat_url, json=MEGANOVA.chat_json())
    async with opened(MEGANOVA, mode, Sleeps()) as client:
        copied = client.with_options(api_key=OTHER_KEY)
        assert copied.chat._transport is copied._transport
        assert copied.models._client is copied
        await MEGANOVA.chat(copied)
    assert _sent(httpx_mock)[0].headers["authorization"] == f"Bearer {OTHER_KEY}"


@MODES
async def test_a_meganova_copy_takes_its_own_region_and_user_agent_extra(
    mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=MEGANOVA.models_url, json=MEGANOVA.models_json(), is_reusable=True)
    async with opened(MEGANOVA, mode, Sleeps(), region="us", user_agent_extra="app/1") as client:
        await MEGANOVA.list_models(client.with_options(region="auto", user_agent_extra="app/2"))
        await MEGANOVA.list_models(client)
    copy_request, original_request = _sent(httpx_mock)
    assert "x-mn-region" not in copy_request.headers
    assert copy_request.headers["user-agent"].endswith(" app/2")
    assert original_request.headers["x-mn-region"] == "us"
    assert original_request.headers["user-agent"].endswith(" app/1")


@MODES
async def test_a_meganova_copy_with_another_base_url_derives_its_web_host_from_it(
    mode: str,
) -> None:
    async with opened(MEGANOVA, mode, Sleeps()) as client:
        copied = client.with_options(base_url="https://proxy.test/v1")
        assert copied.base_url == "https://proxy.test/v1"
        assert copied.web_base_url == "https://proxy.test"
        assert copied.cloud_base_url == client.cloud_base_url
