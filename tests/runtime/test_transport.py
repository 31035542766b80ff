"""SyncTransport / AsyncTransport: request building, retries and error mapping."""

from __future__ import annotations

import json
import uuid
from typing import Any, Dict, List

import httpx
import pytest
from pytest_httpx import HTTPXMock

from zaguan._runtime import (
    AsyncTransport,
    ClientConfig,
    GatewayConnectionError,
    GatewayDecodeError,
    GatewayStatusError,
    GatewayTimeoutError,
    RequestOptions,
    SyncTransport,
)
from zaguan._runtime._streaming import deferred_stream

from .conftest import API_KEY, BASE_URL, FakeClock

CHAT: Dict[str, Any] = {"method": "post", "url": "/chat/completions", "json": {"model": "m"}}


def as_json(response: httpx.Response) -> Any:
    return response.json()


def sent(httpx_mock: HTTPXMock) -> httpx.Request:
    request = httpx_mock.get_request()
    assert request is not None
    return request


def rid_header(request: httpx.Request) -> str:
    return request.headers["X-Request-Id"]


# --- building the request -------------------------------------------------------------


def test_json_call_returns_parsed_value_status_headers_and_request_id(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"id": "c1"}, headers={"x-served-by": "edge"})
    result = transport.request(CHAT, as_json)
    assert result.value == {"id": "c1"}
    assert result.status == 200
    assert result.headers["x-served-by"] == "edge"
    assert result.request_id == rid_header(sent(httpx_mock))


def test_url_is_base_url_plus_path_and_body_is_json(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    transport.request(CHAT, as_json)
    request = sent(httpx_mock)
    assert request.method == "POST"
    assert str(request.url) == f"{BASE_URL}/chat/completions"
    assert json.loads(request.content) == {"model": "m"}


def test_base_url_trailing_slash_is_ignored(clock: FakeClock, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={})
    with SyncTransport(ClientConfig(base_url=BASE_URL + "/", api_key=API_KEY)) as t:
        t.request({"method": "get", "url": "/models"}, as_json)
    assert str(sent(httpx_mock).url) == f"{BASE_URL}/models"


def test_absolute_url_is_used_as_is(transport: SyncTransport, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={})
    transport.request({"method": "get", "url": "https://other.test/health"}, as_json)
    assert str(sent(httpx_mock).url) == "https://other.test/health"


def test_params_with_none_values_are_dropped(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    req = {"method": "get", "url": "/credits/history", "params": {"limit": 5, "cursor": None}}
    transport.request(req, as_json)
    assert dict(sent(httpx_mock).url.params) == {"limit": "5"}


def test_auth_and_default_headers_are_sent(transport: SyncTransport, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={})
    transport.request(CHAT, as_json)
    headers = sent(httpx_mock).headers
    assert headers["Authorization"] == f"Bearer {API_KEY}"
    assert headers["User-Agent"] == "runtime-tests/1.0"


def test_request_and_extra_headers_override_defaults_and_none_removes(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    req = {**CHAT, "headers": {"anthropic-version": "2023-06-01", "X-Mode": "req"}}
    options = RequestOptions(extra_headers={"x-mode": "call", "User-Agent": None})
    transport.request(req, as_json, options)
    headers = sent(httpx_mock).headers
    assert headers["anthropic-version"] == "2023-06-01"
    assert headers.get_list("x-mode") == ["call"]
    assert "runtime-tests" not in headers.get("user-agent", "")


@pytest.mark.parametrize("removes", [False, True], ids=["keeps-defaults", "none-removes-one"])
@pytest.mark.parametrize("owned", [True, False], ids=["owned-client", "callers-client"])
@pytest.mark.parametrize("path", ["request", "stream", "async-request", "async-deferred-stream"])
async def test_described_and_extra_headers_win_over_the_defaults_on_every_path(
    path: str, owned: bool, removes: bool, httpx_mock: HTTPXMock
) -> None:
    # One request-building path: it once let a default User-Agent beat the request's own
    # when an extra header was None (owned client only).
    httpx_mock.add_response(
        content=b"data: [DONE]\n\n" if "stream" in path else b"{}",
        headers={"content-type": "text/event-stream" if "stream" in path else "application/json"},
    )
    config = ClientConfig(
        base_url=BASE_URL,
        api_key=API_KEY,
        default_headers={"User-Agent": "sdk/1.0", "X-Team": "sdk", "X-Mode": "sdk"},
    )
    described = {**CHAT, "headers": {"User-Agent": "described/2.0", "X-Mode": "described"}}
    extra: Dict[str, Any] = {"x-mode": "call", "X-Call": "1"}
    if removes:
        extra["X-Team"] = None
    options = RequestOptions(extra_headers=extra)
    client_headers = {"X-Client": "callers", "X-Team": "callers"}
    if path.startswith("async"):
        async with (
            httpx.AsyncClient(headers=client_headers) as ahttp,
            AsyncTransport(config, None if owned else ahttp) as atransport,
        ):
            if path == "async-request":
                await atransport.request(described, as_json, options)
            else:
                astream = deferred_stream(atransport, described, lambda data, rid: data, options)
                async with astream:
                    assert [item async for item in astream] == []
    else:
        with (
            httpx.Client(headers=client_headers) as http,
            SyncTransport(config, None if owned else http) as transport,
        ):
            if path == "request":
                transport.request(described, as_json, options)
            else:
                with transport.stream(described, lambda data, rid: data, options) as stream:
                    assert list(stream) == []
    headers = sent(httpx_mock).headers
    assert headers.get_list("user-agent") == ["described/2.0"]
    assert headers.get_list("x-mode") == ["call"]
    assert headers["x-call"] == "1"
    assert headers["authorization"] == f"Bearer {API_KEY}"
    assert headers.get_list("x-team") == ([] if removes else ["sdk"])
    assert headers.get("x-client") == (None if owned else "callers")
    assert len(headers.get_list("x-request-id")) == 1


def test_none_in_extra_headers_removes_a_header_of_the_callers_own_client(
    config: ClientConfig, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    with httpx.Client(headers={"X-Client": "callers"}) as http, SyncTransport(config, http) as t:
        t.request(CHAT, as_json, RequestOptions(extra_headers={"X-Client": None}))
    assert "x-client" not in sent(httpx_mock).headers


def test_none_for_the_request_id_header_still_sends_the_calls_id(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    options = RequestOptions(extra_headers={"X-Request-Id": None})
    result = transport.request(CHAT, as_json, options)
    assert rid_header(sent(httpx_mock)) == result.request_id


def test_a_request_id_among_the_described_headers_is_the_calls_id(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    result = transport.request({**CHAT, "headers": {"X-Request-Id": "described-1"}}, as_json)
    assert result.request_id == "described-1" == rid_header(sent(httpx_mock))
    assert sent(httpx_mock).headers.get_list("x-request-id") == ["described-1"]


def test_fresh_uuid_request_id_per_call(transport: SyncTransport, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={}, is_reusable=True)
    first = transport.request(CHAT, as_json).request_id
    second = transport.request(CHAT, as_json).request_id
    assert first != second
    parsed = uuid.UUID(first)
    assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == first


def test_caller_request_id_is_sent_and_returned(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    result = transport.request(CHAT, as_json, RequestOptions(request_id="my-id"))
    assert result.request_id == "my-id" == rid_header(sent(httpx_mock))


def test_custom_request_id_header_name(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={})
    config = ClientConfig(base_url=BASE_URL, api_key=API_KEY, request_id_header="X-MN-Request")
    with SyncTransport(config) as t:
        result = t.request(CHAT, as_json)
    assert sent(httpx_mock).headers["X-MN-Request"] == result.request_id


def test_default_timeout_goes_into_request_extensions(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    transport.request(CHAT, as_json)
    timeout = sent(httpx_mock).extensions["timeout"]
    assert timeout == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}


def test_per_call_timeout_overrides_default(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    transport.request(CHAT, as_json, RequestOptions(timeout=3.0))
    assert sent(httpx_mock).extensions["timeout"]["read"] == 3.0


def test_api_key_is_hidden_from_config_repr(config: ClientConfig) -> None:
    assert API_KEY not in repr(config)


def test_invalid_base_url_is_rejected() -> None:
    with pytest.raises(ValueError):
        ClientConfig(base_url="gateway.test/v1", api_key=API_KEY)


# --- retries ----------------------------------------------------------------------------


def test_retries_429_then_succeeds_waiting_retry_after(
    transport: SyncTransport, httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "2"})
    httpx_mock.add_response(json={"ok": True})
    assert transport.request(CHAT, as_json).value == {"ok": True}
    assert clock.sleeps == [2.0]


def test_retries_5xx_with_exponential_backoff(
    transport: SyncTransport, httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(status_code=500)
    httpx_mock.add_response(json={})
    transport.request(CHAT, as_json)
    assert clock.sleeps == [0.5, 1.0]


def test_request_id_is_the_same_on_every_retry(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=502)
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(json={})
    result = transport.request(CHAT, as_json)
    ids = {rid_header(r) for r in httpx_mock.get_requests()}
    assert ids == {result.request_id}
    assert len(httpx_mock.get_requests()) == 3


def test_gives_up_after_max_retries_with_last_error(
    transport: SyncTransport, httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=503, json={"error": {"message": "busy 1"}})
    httpx_mock.add_response(status_code=503, json={"error": {"message": "busy 2"}})
    httpx_mock.add_response(status_code=503, json={"error": {"message": "busy 3"}})
    with pytest.raises(GatewayStatusError) as caught:
        transport.request(CHAT, as_json)
    assert caught.value.message == "busy 3"
    assert caught.value.status == 503
    assert len(clock.sleeps) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(
    status: int, transport: SyncTransport, httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=status, json={"error": {"message": "no"}})
    with pytest.raises(GatewayStatusError) as caught:
        transport.request(CHAT, as_json)
    assert caught.value.status == status
    assert len(httpx_mock.get_requests()) == 1
    assert clock.sleeps == []


def test_per_call_max_retries_zero_disables_retries(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=503)
    with pytest.raises(GatewayStatusError):
        transport.request(CHAT, as_json, RequestOptions(max_retries=0))
    assert len(httpx_mock.get_requests()) == 1


def test_status_error_carries_request_id_and_details(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    body = {"error": {"message": "no credits", "credits_required": 5}}
    httpx_mock.add_response(status_code=402, json=body)
    with pytest.raises(GatewayStatusError) as caught:
        transport.request(CHAT, as_json, RequestOptions(request_id="rid-402"))
    info = caught.value.info
    assert info is not None
    assert (info.request_id, info.details) == ("rid-402", {"credits_required": 5})


# --- transport failures and parsing -------------------------------------------------------


def test_connection_errors_are_retried_then_raised_as_connection_error(
    transport: SyncTransport, httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    for _ in range(3):
        httpx_mock.add_exception(httpx.ConnectError("connection refused"))
    with pytest.raises(GatewayConnectionError) as caught:
        transport.request(CHAT, as_json)
    assert not isinstance(caught.value, GatewayTimeoutError)
    assert "connection refused" in caught.value.message
    assert clock.sleeps == [0.5, 1.0]


def test_timeout_is_raised_as_timeout_error(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("timed out"), is_reusable=True)
    with pytest.raises(GatewayTimeoutError) as caught:
        transport.request(CHAT, as_json, RequestOptions(request_id="r-t"))
    assert caught.value.request_id == "r-t"


def test_non_retryable_transport_error_is_raised_at_once(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.LocalProtocolError("bad"))
    with pytest.raises(GatewayConnectionError):
        transport.request(CHAT, as_json)
    assert len(httpx_mock.get_requests()) == 1


def test_invalid_json_success_body_is_a_decode_error(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=b"<html>oops</html>")
    with pytest.raises(GatewayDecodeError) as caught:
        transport.request(CHAT, as_json)
    assert caught.value.info is not None and caught.value.info.status == 200


def test_unexpected_shape_is_a_decode_error(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"data": []})
    with pytest.raises(GatewayDecodeError):
        transport.request(CHAT, lambda r: r.json()["choices"][0])


def test_api_key_never_appears_in_error_messages(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=401, json={"error": {"message": f"key {API_KEY} is not valid"}}
    )
    httpx_mock.add_exception(httpx.ConnectError(f"proxy said {API_KEY}"), is_reusable=True)
    httpx_mock.add_response(json={"x": 1}, url=f"{BASE_URL}/parse")
    errors: List[Exception] = []
    for req, parse in [
        (CHAT, as_json),
        ({**CHAT, "url": "/down"}, as_json),
        ({"method": "get", "url": "/parse"}, lambda r: r.json()[API_KEY]),
    ]:
        with pytest.raises(Exception) as caught:  # any of the SDK's errors
            transport.request(req, parse, RequestOptions(max_retries=0))
        errors.append(caught.value)
    for error in errors:
        assert API_KEY not in str(error)
        assert API_KEY not in repr(getattr(error, "info", None))


# --- client ownership -----------------------------------------------------------------


def test_transport_closes_the_client_it_created(config: ClientConfig) -> None:
    transport = SyncTransport(config)
    transport.close()
    assert transport.http_client.is_closed


def test_transport_leaves_a_callers_client_open(config: ClientConfig) -> None:
    client = httpx.Client()
    with SyncTransport(config, client):
        pass
    assert not client.is_closed
    client.close()


def test_callers_client_default_headers_still_apply(
    config: ClientConfig, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    with httpx.Client(headers={"X-Tenant": "t1"}) as client:
        SyncTransport(config, client).request(CHAT, as_json)
    assert sent(httpx_mock).headers["X-Tenant"] == "t1"


# --- async shell: same rules, awaited -----------------------------------------------------


async def test_async_json_call(atransport: AsyncTransport, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "a1"})
    result = await atransport.request(CHAT, as_json)
    assert result.value == {"id": "a1"}
    assert result.request_id == rid_header(sent(httpx_mock))


async def test_async_retries_with_same_request_id_and_fake_sleep(
    atransport: AsyncTransport, httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=429, headers={"retry-after-ms": "250"})
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    httpx_mock.add_response(json={})
    result = await atransport.request(CHAT, as_json)
    assert clock.sleeps == [0.25, 1.0]
    assert {rid_header(r) for r in httpx_mock.get_requests()} == {result.request_id}


async def test_async_no_retry_on_404(
    atransport: AsyncTransport, httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=404, json={"detail": "Not Found"})
    with pytest.raises(GatewayStatusError) as caught:
        await atransport.request(CHAT, as_json)
    assert caught.value.message == "Not Found"
    assert clock.sleeps == []


async def test_async_timeout_error(atransport: AsyncTransport, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectTimeout("slow"), is_reusable=True)
    with pytest.raises(GatewayTimeoutError):
        await atransport.request(CHAT, as_json)
    assert len(httpx_mock.get_requests()) == 3


async def test_async_decode_error(atransport: AsyncTransport, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(content=b"not json")
    with pytest.raises(GatewayDecodeError):
        await atransport.request(CHAT, as_json)


async def test_async_transport_leaves_a_callers_client_open(config: ClientConfig) -> None:
    client = httpx.AsyncClient()
    async with AsyncTransport(config, client):
        pass
    assert not client.is_closed
    await client.aclose()


async def test_async_transport_closes_the_client_it_created(config: ClientConfig) -> None:
    transport = AsyncTransport(config)
    await transport.aclose()
    assert transport.http_client.is_closed
