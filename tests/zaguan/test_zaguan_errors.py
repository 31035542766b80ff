"""HTTP and transport failures map to the SDK's exceptions, with every field read."""

from __future__ import annotations

from typing import Any, Dict, Type

import httpx
import pytest
from pytest_httpx import HTTPXMock

from zaguan import AsyncZaguanClient, ZaguanClient, ZaguanError
from zaguan.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BandAccessDeniedError,
    ConflictError,
    InsufficientCreditsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from .zg_helpers import API_KEY, MESSAGES, MODEL, Sleeps, chat_json, error_body, make_client

REQUEST = {"model": MODEL, "messages": MESSAGES}
LAYOUTS = pytest.mark.parametrize("nested", [False, True], ids=["flat", "nested-details"])

# status, error type, case fields, expected class
STATUS_CASES = [
    (400, "invalid_request_error", {"hint": "messages is empty"}, BadRequestError),
    (401, "authentication_error", {}, AuthenticationError),
    (
        402,
        "insufficient_credits",
        {"credits_required": 12, "credits_remaining": 3.5},
        InsufficientCreditsError,
    ),
    (403, "permission_denied", {}, PermissionDeniedError),
    (
        403,
        "band_access_denied",
        {"band": "C", "required_tier": "enterprise", "current_tier": "pro"},
        BandAccessDeniedError,
    ),
    (404, "not_found", {}, NotFoundError),
    (409, "conflict", {}, ConflictError),
    (422, "unprocessable_entity", {}, UnprocessableEntityError),
    (429, "rate_limit_exceeded", {"retry_after": 7}, RateLimitError),
    (500, "server_error", {}, InternalServerError),
    (503, "service_unavailable", {}, InternalServerError),
    (529, "overloaded", {}, InternalServerError),
]
STATUS_IDS = [f"{status}-{type_}" for status, type_, _, _ in STATUS_CASES]


def raise_from(
    client: ZaguanClient, httpx_mock: HTTPXMock, status: int, body: Any, **headers: str
) -> APIError:
    httpx_mock.add_response(status_code=status, json=body, headers=headers)
    with pytest.raises(APIError) as info:
        client.chat(REQUEST, max_retries=0, request_id="rid-err")
    return info.value


@LAYOUTS
@pytest.mark.parametrize(("status", "type_", "fields", "expected"), STATUS_CASES, ids=STATUS_IDS)
def test_each_status_raises_its_error_type_with_both_body_layouts(
    client: ZaguanClient,
    httpx_mock: HTTPXMock,
    status: int,
    type_: str,
    fields: Dict[str, Any],
    expected: Type[APIError],
    nested: bool,
) -> None:
    body = error_body(f"failure {status}", type_, fields, nested)
    error = raise_from(client, httpx_mock, status, body)
    assert type(error) is expected
    assert isinstance(error, ZaguanError)
    assert error.status_code == status
    assert error.message == f"failure {status}"
    # One line for a log reader: status, code or type, message and request id.
    assert str(error) == f"{status} {type_}: failure {status} (request_id=rid-err)"
    assert error.request_id == "rid-err"
    assert error.type == type_
    for key, value in fields.items():
        assert error.details[key] == value


@LAYOUTS
@pytest.mark.parametrize(("status", "type_", "fields", "expected"), STATUS_CASES, ids=STATUS_IDS)
async def test_async_each_status_raises_its_error_type_with_both_body_layouts(
    aclient: AsyncZaguanClient,
    httpx_mock: HTTPXMock,
    status: int,
    type_: str,
    fields: Dict[str, Any],
    expected: Type[APIError],
    nested: bool,
) -> None:
    body = error_body(f"failure {status}", type_, fields, nested)
    httpx_mock.add_response(status_code=status, json=body)
    with pytest.raises(APIError) as info:
        await aclient.chat(REQUEST, max_retries=0, request_id="rid-aerr")
    assert type(info.value) is expected
    assert info.value.status_code == status
    assert info.value.request_id == "rid-aerr"
    assert info.value.message == f"failure {status}"


@LAYOUTS
def test_insufficient_credits_error_reads_credits(
    client: ZaguanClient, httpx_mock: HTTPXMock, nested: bool
) -> None:
    fields = {"credits_required": 12, "credits_remaining": 3.5}
    body = error_body("Not enough credits", "insufficient_credits", fields, nested)
    error = raise_from(client, httpx_mock, 402, body)
    assert isinstance(error, InsufficientCreditsError)
    assert error.credits_required == 12
    assert error.credits_remaining == 3.5


@LAYOUTS
def test_band_access_denied_reads_band_and_tiers(
    client: ZaguanClient, httpx_mock: HTTPXMock, nested: bool
) -> None:
    fields = {"band": "C", "required_tier": "enterprise", "current_tier": "pro"}
    body = error_body("Band C needs enterprise", "band_access_denied", fields, nested)
    error = raise_from(client, httpx_mock, 403, body)
    assert isinstance(error, BandAccessDeniedError)
    assert isinstance(error, PermissionDeniedError)
    assert (error.band, error.required_tier, error.current_tier) == ("C", "enterprise", "pro")


def test_band_access_denied_is_recognised_by_code_too(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    body = {"error": {"message": "no", "code": "band_access_denied", "band": "D"}}
    error = raise_from(client, httpx_mock, 403, body)
    assert isinstance(error, BandAccessDeniedError)
    assert error.band == "D"


def test_plain_403_is_not_a_band_access_denied_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    error = raise_from(client, httpx_mock, 403, {"error": {"message": "no", "type": "forbidden"}})
    assert isinstance(error, PermissionDeniedError)
    assert not isinstance(error, BandAccessDeniedError)


def test_rate_limit_retry_after_from_the_header(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    body = {"error": {"message": "slow down", "type": "rate_limit_exceeded"}}
    error = raise_from(client, httpx_mock, 429, body, **{"Retry-After": "12"})
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 12.0


@LAYOUTS
def test_rate_limit_retry_after_from_the_body(
    client: ZaguanClient, httpx_mock: HTTPXMock, nested: bool
) -> None:
    body = error_body("slow down", "rate_limit_exceeded", {"retry_after": 7}, nested)
    error = raise_from(client, httpx_mock, 429, body)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 7.0


def test_rate_limit_retry_after_header_wins_over_the_body(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    body = {"error": {"message": "slow down", "retry_after": 30}}
    error = raise_from(client, httpx_mock, 429, body, **{"Retry-After": "2"})
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 2.0


def test_rate_limit_without_retry_after_is_none(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    error = raise_from(client, httpx_mock, 429, {"error": {"message": "slow down"}})
    assert isinstance(error, RateLimitError)
    assert error.retry_after is None


def test_rate_limit_retry_waits_as_the_header_asks(
    client: ZaguanClient, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "3"})
    httpx_mock.add_response(json=chat_json())
    client.chat(REQUEST)
    assert sleeps == [3.0]


def test_unmapped_4xx_is_an_api_error(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    error = raise_from(client, httpx_mock, 418, {"error": {"message": "teapot"}})
    assert type(error) is APIError
    assert error.status_code == 418


def test_server_errors_are_retried_then_raised(
    client: ZaguanClient, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    for _ in range(3):
        httpx_mock.add_response(status_code=529, json={"error": {"message": "overloaded"}})
    with pytest.raises(InternalServerError) as info:
        client.chat(REQUEST)
    assert info.value.status_code == 529
    assert len(httpx_mock.get_requests()) == 3
    assert len(sleeps) == 2


def test_client_errors_are_not_retried(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=400, json={"error": {"message": "bad"}})
    with pytest.raises(BadRequestError):
        client.chat(REQUEST)
    assert len(httpx_mock.get_requests()) == 1


def test_connect_error_becomes_api_connection_error_after_retries(
    client: ZaguanClient, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("connection refused"), is_reusable=True)
    with pytest.raises(APIConnectionError) as info:
        client.chat(REQUEST)
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value, ZaguanError)
    assert len(httpx_mock.get_requests()) == 3
    assert len(sleeps) == 2


async def test_async_connect_error_becomes_api_connection_error_after_retries(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("connection refused"), is_reusable=True)
    with pytest.raises(APIConnectionError):
        await aclient.chat(REQUEST)
    assert len(httpx_mock.get_requests()) == 3
    assert len(sleeps) == 2


def test_read_timeout_becomes_api_timeout_error_after_retries(
    client: ZaguanClient, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("read timed out"), is_reusable=True)
    with pytest.raises(APITimeoutError) as info:
        client.chat(REQUEST, request_id="rid-timeout")
    assert isinstance(info.value, APIConnectionError)
    assert info.value.request_id == "rid-timeout"
    assert len(httpx_mock.get_requests()) == 3
    assert len(sleeps) == 2


async def test_async_read_timeout_becomes_api_timeout_error_after_retries(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("read timed out"), is_reusable=True)
    with pytest.raises(APITimeoutError):
        await aclient.health_check()
    assert len(httpx_mock.get_requests()) == 3
    assert len(sleeps) == 2


def test_max_retries_zero_sends_once(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    with make_client(sleeps, max_retries=0) as client, pytest.raises(APIConnectionError):
        client.chat(REQUEST)
    assert len(httpx_mock.get_requests()) == 1
    assert sleeps == []


def test_malformed_json_on_200_raises_api_response_validation_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=200,
        content=b'{"id": "x", "choices": [',
        headers={"content-type": "application/json"},
    )
    with pytest.raises(APIResponseValidationError) as info:
        client.chat(REQUEST)
    assert isinstance(info.value, APIError)
    assert info.value.status_code == 200
    assert len(httpx_mock.get_requests()) == 1


def test_wrong_shape_on_200_raises_api_response_validation_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"unexpected": True})
    with pytest.raises(APIResponseValidationError):
        client.get_credits_balance()


async def test_async_malformed_json_on_200_raises_api_response_validation_error(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=b"not json at all")
    with pytest.raises(APIResponseValidationError):
        await aclient.list_models()


def test_html_502_gives_a_readable_message(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    page = (
        b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"
        b"<style>body{color:red}</style></head><body><h1>502 Bad Gateway</h1>"
        b"<hr><center>nginx</center></body></html>"
    )
    httpx_mock.add_response(status_code=502, content=page, headers={"content-type": "text/html"})
    with pytest.raises(InternalServerError) as info:
        client.chat(REQUEST, max_retries=0)
    message = str(info.value)
    assert "502 Bad Gateway" in message
    assert "<" not in message
    assert len(message) < 300


def test_empty_error_body_gives_a_readable_message(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=401, content=b"")
    with pytest.raises(AuthenticationError) as info:
        client.chat(REQUEST)
    assert "401" in str(info.value)


@pytest.mark.parametrize(
    "body",
    [
        {"error": {"message": f"Invalid API key {API_KEY}", "type": "authentication_error"}},
        {"error": f"bad key {API_KEY}"},
        {"detail": f"key {API_KEY} revoked"},
    ],
    ids=["error-object", "error-string", "detail"],
)
def test_api_key_never_appears_in_status_error_messages(
    client: ZaguanClient, httpx_mock: HTTPXMock, body: Any
) -> None:
    httpx_mock.add_response(status_code=401, json=body)
    with pytest.raises(AuthenticationError) as info:
        client.chat(REQUEST)
    assert API_KEY not in str(info.value)
    assert API_KEY not in info.value.message
    assert API_KEY not in repr(info.value.body)


def test_api_key_never_appears_in_connection_error_messages(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(
        httpx.ConnectError(f"failed with Authorization: Bearer {API_KEY}"), is_reusable=True
    )
    with pytest.raises(APIConnectionError) as info:
        client.chat(REQUEST)
    assert API_KEY not in str(info.value)


def test_api_key_never_appears_in_validation_error_messages(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=f"oops {API_KEY}".encode())
    with pytest.raises(APIResponseValidationError) as info:
        client.chat(REQUEST)
    assert API_KEY not in str(info.value)


def test_error_exposes_headers_and_body(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    body = {"error": {"message": "nope", "type": "invalid_request_error", "code": "bad_model"}}
    error = raise_from(client, httpx_mock, 400, body, **{"X-Trace": "t-1"})
    assert error.body == body
    assert error.code == "bad_model"
    assert error.headers["x-trace"] == "t-1"


def test_every_error_type_is_a_zaguan_error() -> None:
    classes = [
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        BandAccessDeniedError,
        ConflictError,
        InsufficientCreditsError,
        InternalServerError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        UnprocessableEntityError,
    ]
    assert all(issubclass(cls, ZaguanError) for cls in classes)


def test_api_error_takes_status_code_message_request_id_positionally() -> None:
    error = APIError(500, "boom", "rid-1")
    assert (error.status_code, error.message, error.request_id) == (500, "boom", "rid-1")
    assert str(error) == "500: boom (request_id=rid-1)"
