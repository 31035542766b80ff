"""A secret in a request path (Meganova's agent key) is filled in only when the request is
built, and never shown: not in errors, request reprs, retry logs or httpx's own log records.

Also: routes, which send the paths under a prefix to another host.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import pickle
from typing import Any, Dict

import httpx
import pytest
from pytest_httpx import HTTPXMock

from zaguan._runtime import (
    ClientConfig,
    GatewayError,
    GatewayInvalidArgumentError,
    GatewayStatusError,
    RequestOptions,
    Secret,
    SyncTransport,
)

from .conftest import FakeClock

KEY = "agent_s3cr3t-Key.0042"


def _info(secret: Secret) -> Dict[str, Any]:
    return {
        "method": "get",
        "url": "/agents/v1/{agent_key}/info",
        "path_secrets": {"agent_key": secret},
    }


def _json(response: httpx.Response) -> Any:
    return response.json()


def test_a_secret_shows_no_value_in_repr_str_or_format() -> None:
    secret = Secret(KEY)
    assert KEY not in repr(secret) and KEY not in str(secret) and KEY not in f"{secret}"
    assert secret.reveal() == KEY


def test_a_secret_refuses_to_be_pickled() -> None:
    with pytest.raises(TypeError):
        pickle.dumps(Secret(KEY))


def test_a_secret_refuses_an_empty_value() -> None:
    with pytest.raises(TypeError):
        Secret("")


def test_the_secret_is_filled_into_the_path_percent_encoded(
    httpx_mock: HTTPXMock, transport: SyncTransport
) -> None:
    httpx_mock.add_response(json={})
    transport.request(_info(Secret("a/b c")), _json)
    assert httpx_mock.get_request().url.raw_path == b"/v1/agents/v1/a%2Fb%20c/info"  # type: ignore[union-attr]


def test_a_description_with_a_secret_never_holds_its_value() -> None:
    description = _info(Secret(KEY))
    assert KEY not in repr(description) and KEY not in repr(copy.copy(description))


def test_a_built_request_with_a_secret_hides_its_url_in_repr(transport: SyncTransport) -> None:
    request, _ = transport.build_request(_info(Secret(KEY)))
    assert KEY in str(request.url)
    assert KEY not in repr(request)


def test_an_error_body_echoing_the_secret_is_redacted(
    httpx_mock: HTTPXMock, transport: SyncTransport
) -> None:
    httpx_mock.add_response(
        status_code=404,
        json={"error": {"message": f"no agent {KEY}", "code": KEY}},
        headers={"x-echo": KEY},
    )
    with pytest.raises(GatewayStatusError) as caught:
        transport.request(_info(Secret(KEY)), _json)
    error = caught.value
    assert KEY not in str(error) and KEY not in repr(error)
    assert KEY not in repr(error.info) and KEY not in str(dict(error.info.headers))  # type: ignore[union-attr]


def test_a_percent_encoded_echo_of_the_secret_is_redacted(
    httpx_mock: HTTPXMock, transport: SyncTransport
) -> None:
    httpx_mock.add_response(status_code=404, json={"error": {"message": "no agent a%2Fb"}})
    with pytest.raises(GatewayStatusError) as caught:
        transport.request(_info(Secret("a/b")), _json)
    assert "a%2Fb" not in str(caught.value)


def test_a_connection_error_naming_the_url_is_redacted(
    httpx_mock: HTTPXMock, transport: SyncTransport
) -> None:
    httpx_mock.add_exception(httpx.ConnectError(f"cannot reach /agents/v1/{KEY}/info"))
    with pytest.raises(GatewayError) as caught:
        transport.request(_info(Secret(KEY)), _json, RequestOptions(max_retries=0))
    assert KEY not in str(caught.value)


def test_a_retry_log_hides_the_secret(
    httpx_mock: HTTPXMock,
    config: ClientConfig,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(json={})
    transport = SyncTransport(config, sleep=clock.sleep, random=clock.random)
    with caplog.at_level(logging.DEBUG):
        transport.request(_info(Secret(KEY)), _json)
    assert caplog.records
    assert all(KEY not in record.getMessage() for record in caplog.records)


def test_httpx_own_request_log_hides_a_live_secret(
    httpx_mock: HTTPXMock, transport: SyncTransport, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(json={})
    secret = Secret(KEY)
    with caplog.at_level(logging.DEBUG, logger="httpx"):
        transport.request(_info(secret), _json)
        logging.getLogger("httpx").info("HTTP Request: GET %s", f"https://h/agents/v1/{KEY}/info")
    assert [r for r in caplog.records if r.name == "httpx"]
    assert all(KEY not in record.getMessage() for record in caplog.records)


def test_a_path_secret_that_is_not_a_secret_is_refused(transport: SyncTransport) -> None:
    description = {**_info(Secret(KEY)), "path_secrets": {"agent_key": KEY}}
    with pytest.raises(GatewayInvalidArgumentError) as caught:
        transport.build_request(description)
    assert KEY not in str(caught.value)


def test_a_path_secret_without_its_placeholder_is_refused(transport: SyncTransport) -> None:
    description = {**_info(Secret(KEY)), "url": "/agents/v1/info"}
    with pytest.raises(GatewayInvalidArgumentError):
        transport.build_request(description)


# --- routes ------------------------------------------------------------------------------------


def test_a_routed_prefix_goes_to_its_own_host(
    httpx_mock: HTTPXMock, config: ClientConfig, clock: FakeClock
) -> None:
    routed = dataclasses.replace(config, routes={"/agents/v1/": "https://studio.test"})
    httpx_mock.add_response(json={})
    httpx_mock.add_response(json={})
    with SyncTransport(routed, sleep=clock.sleep) as transport:
        transport.request({"method": "get", "url": "/agents/v1/x/info"}, _json)
        transport.request({"method": "get", "url": "/models"}, _json)
    first, second = httpx_mock.get_requests()
    assert str(first.url) == "https://studio.test/agents/v1/x/info"
    assert str(second.url) == "https://gateway.test/v1/models"


def test_a_route_with_a_bad_base_url_is_refused_naming_it(config: ClientConfig) -> None:
    with pytest.raises(GatewayInvalidArgumentError) as caught:
        dataclasses.replace(config, routes={"/api/": "ftp://nope"})
    assert "routes['/api/']" in str(caught.value)


def test_a_route_prefix_must_start_with_a_slash(config: ClientConfig) -> None:
    with pytest.raises(GatewayInvalidArgumentError):
        dataclasses.replace(config, routes={"api/": "https://web.test"})
