"""Retries as the transport runs them: logged on the SDK's logger, timed by the server."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from zaguan._runtime import ClientConfig, RequestOptions, SyncTransport

from .conftest import FakeClock


def test_a_retried_status_is_logged_with_its_request_id(
    httpx_mock: HTTPXMock, config: ClientConfig, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(json={"ok": True})
    transport = SyncTransport(
        dataclasses.replace(config, logger_name="sdk-under-test"),
        sleep=clock.sleep,
        random=clock.random,
    )

    with caplog.at_level(logging.INFO, logger="sdk-under-test"):
        transport.request(
            {"method": "get", "url": "/things", "params": {"secret": "x"}},
            lambda r: r.json(),
            RequestOptions(request_id="rid-7"),
        )

    [record] = caplog.records
    assert record.name == "sdk-under-test"
    assert "HTTP 503" in record.getMessage()
    assert "rid-7" in record.getMessage()
    assert "secret" not in record.getMessage()


def test_a_retried_connection_error_is_logged_by_its_kind(
    httpx_mock: HTTPXMock, config: ClientConfig, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(json={})
    transport = SyncTransport(config, sleep=clock.sleep, random=clock.random)

    with caplog.at_level(logging.INFO, logger="zaguan._runtime"):
        transport.request({"method": "get", "url": "/x"}, lambda r: r.json())

    messages: list[Any] = [r.getMessage() for r in caplog.records if r.name == "zaguan._runtime"]
    assert len(messages) == 1
    assert "ConnectError" in messages[0]


def test_a_429_body_retry_after_times_the_retry_when_headers_have_none(
    httpx_mock: HTTPXMock, transport: SyncTransport, clock: FakeClock
) -> None:
    httpx_mock.add_response(
        status_code=429, json={"error": {"message": "slow down", "retry_after": 7}}
    )
    httpx_mock.add_response(json={"ok": True})

    transport.request({"method": "get", "url": "/x"}, lambda r: r.json())

    assert clock.sleeps == [7.0]


def test_a_429_retry_after_header_wins_over_the_body(
    httpx_mock: HTTPXMock, transport: SyncTransport, clock: FakeClock
) -> None:
    httpx_mock.add_response(
        status_code=429,
        headers={"Retry-After": "2"},
        json={"error": {"message": "slow down", "retry_after": 7}},
    )
    httpx_mock.add_response(json={"ok": True})

    transport.request({"method": "get", "url": "/x"}, lambda r: r.json())

    assert clock.sleeps == [2.0]


async def test_a_429_body_retry_after_times_an_async_retry(
    httpx_mock: HTTPXMock, atransport: Any, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=429, json={"error": {"message": "x", "retry_after": 3}})
    httpx_mock.add_response(json={"ok": True})

    await atransport.request({"method": "get", "url": "/x"}, lambda r: r.json())

    assert clock.sleeps == [3.0]
