"""Error replies of every status and body shape map to the documented exception classes."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator

import httpx
import pytest
from pytest_httpx import HTTPXMock

from meganova import MegaNova, MeganovaError
from meganova.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from .mn_helpers import (
    API_KEY,
    MESSAGES,
    MODEL,
    Sleeps,
    make_async_client,
    make_client,
    sent_request,
)


@pytest.fixture
def client0(sleeps: Sleeps) -> Iterator[MegaNova]:
    """A client that never retries, so each mocked reply is final."""
    with make_client(sleeps, max_retries=0) as c:
        yield c


def chat(client: MegaNova) -> Any:
    return client.chat.create(messages=MESSAGES, model=MODEL)


STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (503, InternalServerError),
    (529, InternalServerError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_error_status_maps_to_its_class_with_every_attribute(
    client0: MegaNova, httpx_mock: HTTPXMock, status: int, cls: type[APIError]
) -> None:
    body = {"error": {"message": f"failure {status}", "code": f"code_{status}"}}
    httpx_mock.add_response(status_code=status, json=body, headers={"X-Upstream": "u1"})
    with pytest.raises(cls) as info:
        chat(client0)
    error = info.value
    assert type(error) is cls
    assert isinstance(error, APIError)
    assert isinstance(error, MeganovaError)
    assert error.message == f"failure {status}"
    # One line for a log reader: status, code, message and request id.
    rid = sent_request(httpx_mock).headers["X-Request-Id"]
    assert str(error) == f"{status} code_{status}: failure {status} (request_id={rid})"
    assert error.code == f"code_{status}"
    assert error.status == status
    assert error.request_id == sent_request(httpx_mock).headers["X-Request-Id"]
    assert error.body == body
    assert error.headers["X-Upstream"] == "u1"


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
async def test_async_error_status_maps_to_its_class(
    sleeps: Sleeps, httpx_mock: HTTPXMock, status: int, cls: type[APIError]
) -> None:
    httpx_mock.add_response(status_code=status, json={"error": {"message": "nope", "code": "c"}})
    async with make_async_client(sleeps, max_retries=0) as client:
        with pytest.raises(cls) as info:
            await client.billing.get_balance()
    assert (info.value.status, info.value.message, info.value.code) == (status, "nope", "c")
    assert info.value.request_id == sent_request(httpx_mock).headers["X-Request-Id"]


def test_unlisted_4xx_maps_to_api_error(client0: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=402, json={"error": {"message": "pay up"}})
    with pytest.raises(APIError) as info:
        chat(client0)
    assert type(info.value) is APIError
    assert (info.value.status, info.value.message) == (402, "pay up")


def test_rate_limit_error_carries_retry_after_seconds(
    client0: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=429,
        json={"error": {"message": "slow down", "code": "rate_limited"}},
        headers={"Retry-After": "17"},
    )
    with pytest.raises(RateLimitError) as info:
        chat(client0)
    assert info.value.retry_after == 17.0


def test_rate_limit_error_without_retry_after_has_none(
    client0: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=429, json={"error": {"message": "slow down"}})
    with pytest.raises(RateLimitError) as info:
        chat(client0)
    assert info.value.retry_after is None


@pytest.mark.parametrize(
    ("body", "message", "code"),
    [
        (
            {"error": {"message": "bad model", "code": "model_not_found"}},
            "bad model",
            "model_not_found",
        ),
        ({"error": {"message": "numeric", "code": 4001}}, "numeric", "4001"),
        ({"error": "plain text failure"}, "plain text failure", None),
        ({"detail": "FastAPI says no"}, "FastAPI says no", None),
        ({"message": "flat message", "code": "flat"}, "flat message", "flat"),
    ],
    ids=["error-object", "numeric-code", "error-string", "detail-string", "flat-message"],
)
def test_error_body_shapes_give_message_and_code(
    client0: MegaNova, httpx_mock: HTTPXMock, body: Dict[str, Any], message: str, code: Any
) -> None:
    httpx_mock.add_response(status_code=400, json=body)
    with pytest.raises(BadRequestError) as info:
        chat(client0)
    assert (info.value.message, info.value.code) == (message, code)
    assert info.value.body == body


def test_validation_detail_list_is_joined_into_message(
    client0: MegaNova, httpx_mock: HTTPXMock
) -> None:
    body = {
        "detail": [
            {"loc": ["body", "messages"], "msg": "field required", "type": "missing"},
            {"loc": ["body", "temperature"], "msg": "must be <= 2", "type": "value_error"},
        ]
    }
    httpx_mock.add_response(status_code=422, json=body)
    with pytest.raises(UnprocessableEntityError) as info:
        chat(client0)
    assert info.value.message == "body.messages: field required; body.temperature: must be <= 2"
    assert info.value.body == body


def test_html_proxy_page_gives_readable_server_error(
    client0: MegaNova, httpx_mock: HTTPXMock
) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
    httpx_mock.add_response(status_code=502, html=page)
    with pytest.raises(InternalServerError) as info:
        chat(client0)
    assert info.value.status == 502
    assert "502 Bad Gateway" in info.value.message
    assert "<html>" not in info.value.message
    assert info.value.body == page
    assert info.value.code is None


def test_empty_error_body_still_gives_a_message(client0: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=403, content=b"")
    with pytest.raises(PermissionDeniedError) as info:
        chat(client0)
    assert info.value.message == "HTTP 403 with empty body"
    assert info.value.body is None
    assert info.value.status == 403


def test_plain_text_error_body_is_in_message(client0: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=500, text="upstream exploded")
    with pytest.raises(InternalServerError) as info:
        chat(client0)
    assert "upstream exploded" in info.value.message


def test_malformed_json_on_success_raises_response_validation_error(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=200,
        content=b'{"id": "x", "choices": [',
        headers={"content-type": "application/json"},
    )
    with pytest.raises(APIResponseValidationError) as info:
        chat(client)
    error = info.value
    assert isinstance(error, APIError)
    assert isinstance(error, MeganovaError)
    assert error.status == 200
    assert error.body == '{"id": "x", "choices": ['
    assert error.request_id == sent_request(httpx_mock).headers["X-Request-Id"]
    assert len(httpx_mock.get_requests()) == 1  # a bad 200 is not retried


def test_success_body_of_wrong_shape_raises_response_validation_error(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"balance": 1.0})  # currency and status missing
    with pytest.raises(APIResponseValidationError):
        client.billing.get_balance()


async def test_async_malformed_json_on_success_raises_response_validation_error(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=b"<html>oops</html>")
    async with make_async_client(sleeps) as client:
        with pytest.raises(APIResponseValidationError):
            await client.models.list()


def test_connect_error_becomes_api_connection_error(
    client0: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("connection refused"))
    with pytest.raises(APIConnectionError) as info:
        chat(client0)
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value, MeganovaError)
    assert not isinstance(info.value, httpx.HTTPError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert "connection refused" in info.value.message
    assert info.value.request_id == sent_request(httpx_mock).headers["X-Request-Id"]


def test_read_timeout_becomes_api_timeout_error(client0: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("timed out"))
    with pytest.raises(APITimeoutError) as info:
        chat(client0)
    assert isinstance(info.value, APIConnectionError)
    assert not isinstance(info.value, httpx.HTTPError)
    assert info.value.request_id == sent_request(httpx_mock).headers["X-Request-Id"]


async def test_async_connect_error_becomes_api_connection_error(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    async with make_async_client(sleeps, max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            await client.billing.get_balance()


async def test_async_read_timeout_becomes_api_timeout_error(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    async with make_async_client(sleeps, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.chat.create(messages=MESSAGES, model=MODEL)


def test_unsupported_protocol_is_not_retried_and_is_wrapped(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.UnsupportedProtocol("no such scheme"))
    with pytest.raises(APIConnectionError):
        chat(client)
    assert len(httpx_mock.get_requests()) == 1


# --- the API key never leaks ----------------------------------------------------------------


def assert_no_key(error: BaseException) -> None:
    assert API_KEY not in str(error)
    assert API_KEY not in repr(error)
    assert API_KEY not in getattr(error, "message", "")
    assert all(API_KEY not in str(arg) for arg in error.args)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422, 429, 500])
def test_api_key_echoed_in_error_body_is_redacted(
    client0: MegaNova, httpx_mock: HTTPXMock, status: int
) -> None:
    httpx_mock.add_response(
        status_code=status, json={"error": {"message": f"bad key {API_KEY}", "code": API_KEY}}
    )
    with pytest.raises(APIError) as info:
        chat(client0)
    assert_no_key(info.value)
    assert API_KEY not in json.dumps(info.value.body)
    assert "[REDACTED]" in info.value.message


def test_api_key_echoed_in_html_error_is_redacted(client0: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=401, html=f"<html><title>denied {API_KEY}</title></html>")
    with pytest.raises(AuthenticationError) as info:
        chat(client0)
    assert_no_key(info.value)
    assert API_KEY not in str(info.value.body)


def test_api_key_in_connection_error_text_is_redacted(
    client0: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError(f"proxy refused Bearer {API_KEY}"))
    with pytest.raises(APIConnectionError) as info:
        chat(client0)
    assert_no_key(info.value)


def test_api_key_in_timeout_error_text_is_redacted(
    client0: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout(f"timeout for {API_KEY}"))
    with pytest.raises(APITimeoutError) as info:
        chat(client0)
    assert_no_key(info.value)


def test_api_key_echoed_in_malformed_success_is_not_in_message(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=f"not json {API_KEY}".encode())
    with pytest.raises(APIResponseValidationError) as info:
        chat(client)
    assert_no_key(info.value)


def test_api_key_echoed_in_malformed_success_is_not_in_body(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=f"not json {API_KEY}".encode())
    with pytest.raises(APIResponseValidationError) as info:
        chat(client)
    assert API_KEY not in str(info.value.body)
