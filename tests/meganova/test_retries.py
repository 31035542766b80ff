"""Retries: what is retried, how long the client waits, and what the caller finally sees."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from meganova import MegaNova
from meganova.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from .mn_helpers import MESSAGES, MODEL, Sleeps, chat_json, make_async_client, make_client


def chat(client: MegaNova, **kwargs: Any) -> Any:
    return client.chat.create(messages=MESSAGES, model=MODEL, **kwargs)


def request_ids(httpx_mock: HTTPXMock) -> list:  # type: ignore[type-arg]
    return [r.headers["X-Request-Id"] for r in httpx_mock.get_requests()]


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529])
def test_retryable_status_is_retried_then_succeeds(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps, status: int
) -> None:
    httpx_mock.add_response(status_code=status, json={"error": {"message": "later"}})
    httpx_mock.add_response(status_code=status, json={"error": {"message": "later"}})
    httpx_mock.add_response(json=chat_json("finally"))
    resp = chat(client)
    assert resp.choices[0].message["content"] == "finally"
    assert len(httpx_mock.get_requests()) == 3
    assert sleeps == [0.5, 1.0]  # exponential backoff, no jitter (random() == 0)


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("connect timeout"),
        httpx.ReadTimeout("read timeout"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("server hung up"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_network_failure_is_retried_then_succeeds(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps, exc: Exception
) -> None:
    httpx_mock.add_exception(exc)
    httpx_mock.add_response(json=chat_json("recovered"))
    resp = chat(client)
    assert resp.choices[0].message.content == "recovered"
    assert len(httpx_mock.get_requests()) == 2
    assert sleeps == [0.5]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
    ],
)
def test_client_error_is_never_retried(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps, status: int, cls: type
) -> None:
    httpx_mock.add_response(status_code=status, json={"error": {"message": "no"}})
    with pytest.raises(cls):
        chat(client)
    assert len(httpx_mock.get_requests()) == 1
    assert sleeps == []


def test_request_id_is_the_same_on_every_retry_and_on_the_response(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(json=chat_json())
    resp = chat(client)
    ids = request_ids(httpx_mock)
    assert len(ids) == 3
    assert len(set(ids)) == 1
    assert resp.request_id == ids[0]


def test_request_id_is_the_same_on_every_retry_and_on_the_error(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    for _ in range(3):
        httpx_mock.add_response(status_code=500, json={"error": {"message": "down"}})
    with pytest.raises(InternalServerError) as info:
        chat(client)
    ids = request_ids(httpx_mock)
    assert len(set(ids)) == 1
    assert info.value.request_id == ids[0]


def test_exhausted_retries_raise_the_last_error(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_response(status_code=503, json={"error": {"message": "first"}})
    httpx_mock.add_response(status_code=502, json={"error": {"message": "second"}})
    httpx_mock.add_response(status_code=500, json={"error": {"message": "third", "code": "c3"}})
    with pytest.raises(InternalServerError) as info:
        chat(client)
    assert (info.value.status, info.value.message, info.value.code) == (500, "third", "c3")
    assert len(httpx_mock.get_requests()) == 3  # max_retries=2 by default
    assert sleeps == [0.5, 1.0]


def test_exhausted_network_retries_raise_connection_error(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    for _ in range(3):
        httpx_mock.add_exception(httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        chat(client)
    assert len(httpx_mock.get_requests()) == 3


def test_exhausted_timeout_retries_raise_timeout_error(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    for _ in range(3):
        httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        chat(client)
    assert len(httpx_mock.get_requests()) == 3


def test_exhausted_rate_limit_raises_rate_limit_error_with_retry_after(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    for _ in range(3):
        httpx_mock.add_response(
            status_code=429, json={"error": {"message": "slow"}}, headers={"Retry-After": "2"}
        )
    with pytest.raises(RateLimitError) as info:
        chat(client)
    assert info.value.retry_after == 2.0
    assert sleeps == [2.0, 2.0]


def test_retry_after_seconds_is_honoured(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "3"})
    httpx_mock.add_response(json=chat_json())
    chat(client)
    assert sleeps == [3.0]


def test_retry_after_ms_is_honoured(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_response(status_code=503, headers={"retry-after-ms": "1500"})
    httpx_mock.add_response(json=chat_json())
    chat(client)
    assert sleeps == [1.5]


def test_retry_after_ms_wins_over_retry_after(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_response(status_code=429, headers={"retry-after-ms": "250", "Retry-After": "9"})
    httpx_mock.add_response(json=chat_json())
    chat(client)
    assert sleeps == [0.25]


def test_retry_after_http_date_is_honoured(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    # the client's clock reads 1_700_000_000 (2023-11-14 22:13:20 UTC)
    httpx_mock.add_response(
        status_code=429, headers={"Retry-After": "Tue, 14 Nov 2023 22:13:25 GMT"}
    )
    httpx_mock.add_response(json=chat_json())
    chat(client)
    assert sleeps == [5.0]


def test_excessive_retry_after_falls_back_to_backoff(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "3600"})
    httpx_mock.add_response(json=chat_json())
    chat(client)
    assert sleeps == [0.5]


def test_backoff_is_capped_at_eight_seconds(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    client = make_client(sleeps, max_retries=6)
    for _ in range(6):
        httpx_mock.add_response(status_code=500)
    httpx_mock.add_response(json=chat_json())
    chat(client)
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_jitter_only_shortens_the_backoff(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    client = make_client(sleeps, random=lambda: 0.999)
    httpx_mock.add_response(status_code=500)
    httpx_mock.add_response(json=chat_json())
    chat(client)
    assert 0.5 * 0.75 <= sleeps[0] < 0.5


def test_per_call_max_retries_zero_sends_one_request(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_response(status_code=503)
    with pytest.raises(InternalServerError):
        chat(client, max_retries=0)
    assert len(httpx_mock.get_requests()) == 1
    assert sleeps == []


def test_per_call_max_retries_overrides_client_setting(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    client = make_client(sleeps, max_retries=0)
    for _ in range(4):
        httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(json=chat_json())
    chat(client, max_retries=4)
    assert len(httpx_mock.get_requests()) == 5


def test_client_max_retries_zero_sends_one_request(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    client = make_client(sleeps, max_retries=0)
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        client.billing.get_balance()
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.models.list(max_retries=0),
        lambda c: c.models.get("m", max_retries=0),
        lambda c: c.usage.summary(from_="2025-11-01", to="2025-11-30", max_retries=0),
        lambda c: c.billing.get_balance(max_retries=0),
        lambda c: c.chat.stream(messages=MESSAGES, model=MODEL, max_retries=0),
    ],
    ids=["models.list", "models.get", "usage.summary", "billing.get_balance", "chat.stream"],
)
def test_per_call_max_retries_applies_to_every_method(
    client: MegaNova, httpx_mock: HTTPXMock, call: Any
) -> None:
    httpx_mock.add_response(status_code=500)
    with pytest.raises(InternalServerError):
        call(client)
    assert len(httpx_mock.get_requests()) == 1


def test_retried_request_resends_the_same_body(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=502)
    httpx_mock.add_response(json=chat_json())
    chat(client, session_id="s-1")
    first, second = httpx_mock.get_requests()
    assert first.content == second.content
    assert b'"session_id": "s-1"' in first.content or b'"session_id":"s-1"' in first.content


async def test_async_retryable_status_is_retried_with_recorded_sleeps(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "4"})
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    httpx_mock.add_response(json=chat_json("ok"))
    async with make_async_client(sleeps) as client:
        resp = await client.chat.create(messages=MESSAGES, model=MODEL)
    assert resp.choices[0].message.content == "ok"
    assert sleeps == [4.0, 1.0]
    ids = request_ids(httpx_mock)
    assert len(ids) == 3
    assert set(ids) == {resp.request_id}


async def test_async_client_error_is_never_retried(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=401, json={"error": {"message": "bad key"}})
    async with make_async_client(sleeps) as client:
        with pytest.raises(AuthenticationError):
            await client.models.list()
    assert len(httpx_mock.get_requests()) == 1
    assert sleeps == []


async def test_async_exhausted_retries_raise_the_last_error(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=500, json={"error": {"message": "one"}})
    httpx_mock.add_response(status_code=503, json={"error": {"message": "two"}})
    async with make_async_client(sleeps, max_retries=1) as client:
        with pytest.raises(InternalServerError) as info:
            await client.billing.get_balance()
    assert (info.value.status, info.value.message) == (503, "two")
    assert sleeps == [0.5]


async def test_async_per_call_max_retries_zero_sends_one_request(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    async with make_async_client(sleeps) as client:
        with pytest.raises(APIConnectionError):
            await client.usage.summary(from_="2025-11-01", to="2025-11-30", max_retries=0)
    assert len(httpx_mock.get_requests()) == 1
