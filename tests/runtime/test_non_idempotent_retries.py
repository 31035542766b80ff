"""A call that is not idempotent is sent again only when it certainly never reached the server.

The rule lives in the no-I/O core (``RetryState``), which both shells and both SDKs use; a
request description says ``"idempotent": False`` for such a call.
"""

from __future__ import annotations

from typing import Any, Dict

import httpx
import pytest
from pytest_httpx import HTTPXMock

from zaguan._runtime import (
    AsyncTransport,
    GatewayConnectionError,
    GatewayStatusError,
    GatewayTimeoutError,
    RequestOptions,
    RetryPolicy,
    RetryState,
    SyncTransport,
)
from zaguan._runtime._retry import resendable

from .conftest import FakeClock

ONCE: Dict[str, Any] = {"method": "post", "url": "/videos/generation", "json": {"a": 1}}
ONCE["idempotent"] = False


def _json(response: httpx.Response) -> Any:
    return response.json()


# --- the core's decisions --------------------------------------------------------------------


def test_core_retries_a_connect_error_of_a_non_idempotent_call() -> None:
    state = RetryState(RetryPolicy(jitter=0), idempotent=False)
    assert state.delay_after_exception(httpx.ConnectError("refused")) == 0.5


def test_core_retries_a_connect_timeout_of_a_non_idempotent_call() -> None:
    state = RetryState(RetryPolicy(jitter=0), idempotent=False)
    assert state.delay_after_exception(httpx.ConnectTimeout("slow")) == 0.5


@pytest.mark.parametrize(
    "exc",
    [
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("reset"),
        httpx.ReadTimeout("slow"),
        httpx.WriteError("broken pipe"),
        httpx.WriteTimeout("slow"),
    ],
)
def test_core_gives_up_on_a_failure_after_sending_for_a_non_idempotent_call(
    exc: httpx.HTTPError,
) -> None:
    assert RetryState(RetryPolicy(), idempotent=False).delay_after_exception(exc) is None


def test_core_still_retries_a_failure_after_sending_for_an_idempotent_call() -> None:
    state = RetryState(RetryPolicy(jitter=0))
    assert state.delay_after_exception(httpx.RemoteProtocolError("dropped")) == 0.5


def test_core_retries_a_429_of_a_non_idempotent_call() -> None:
    state = RetryState(RetryPolicy(), idempotent=False)
    assert state.delay_after_status(429, {"retry-after": "3"}) == 3.0


@pytest.mark.parametrize("status", [408, 409, 500, 502, 503, 529])
def test_core_gives_up_on_other_retryable_statuses_for_a_non_idempotent_call(status: int) -> None:
    assert RetryState(RetryPolicy(), idempotent=False).delay_after_status(status, None) is None


def test_core_keeps_counting_retries_of_a_non_idempotent_call() -> None:
    state = RetryState(RetryPolicy(max_retries=1), idempotent=False)
    assert state.delay_after_exception(httpx.ConnectError("refused")) is not None
    assert state.delay_after_exception(httpx.ConnectError("refused")) is None


# --- the shells follow it --------------------------------------------------------------------


def test_a_dropped_connection_ends_a_non_idempotent_call_after_one_request(
    httpx_mock: HTTPXMock, transport: SyncTransport, clock: FakeClock
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))

    with pytest.raises(GatewayConnectionError):
        transport.request(ONCE, _json)

    assert len(httpx_mock.get_requests()) == 1 and clock.sleeps == []


def test_a_read_timeout_ends_a_non_idempotent_call_after_one_request(
    httpx_mock: HTTPXMock, transport: SyncTransport, clock: FakeClock
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))

    with pytest.raises(GatewayTimeoutError):
        transport.request(ONCE, _json)

    assert len(httpx_mock.get_requests()) == 1


def test_a_503_ends_a_non_idempotent_call_after_one_request(
    httpx_mock: HTTPXMock, transport: SyncTransport
) -> None:
    httpx_mock.add_response(status_code=503, json={"error": {"message": "busy"}})

    with pytest.raises(GatewayStatusError):
        transport.request(ONCE, _json)

    assert len(httpx_mock.get_requests()) == 1


def test_a_refused_connection_is_retried_for_a_non_idempotent_call(
    httpx_mock: HTTPXMock, transport: SyncTransport, clock: FakeClock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(json={"ok": True})

    assert transport.request(ONCE, _json).value == {"ok": True}
    assert len(httpx_mock.get_requests()) == 2 and len(clock.sleeps) == 1


def test_a_429_is_retried_for_a_non_idempotent_call(
    httpx_mock: HTTPXMock, transport: SyncTransport, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "1"})
    httpx_mock.add_response(json={"ok": True})

    assert transport.request(ONCE, _json).value == {"ok": True}
    assert clock.sleeps == [1.0]


def test_a_non_idempotent_stream_is_not_retried_after_a_dropped_connection(
    httpx_mock: HTTPXMock, transport: SyncTransport
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))

    with pytest.raises(GatewayConnectionError):
        transport.stream(ONCE, lambda data, rid: data)

    assert len(httpx_mock.get_requests()) == 1


async def test_async_a_dropped_connection_ends_a_non_idempotent_call_after_one_request(
    httpx_mock: HTTPXMock, atransport: AsyncTransport, clock: FakeClock
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))

    with pytest.raises(GatewayConnectionError):
        await atransport.request(ONCE, _json)

    assert len(httpx_mock.get_requests()) == 1 and clock.sleeps == []


async def test_async_a_refused_connection_is_retried_for_a_non_idempotent_call(
    httpx_mock: HTTPXMock, atransport: AsyncTransport
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(json={"ok": True})

    assert (await atransport.request(ONCE, _json)).value == {"ok": True}
    assert len(httpx_mock.get_requests()) == 2


def test_an_idempotent_call_is_still_retried_after_a_dropped_connection(
    httpx_mock: HTTPXMock, transport: SyncTransport
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))
    httpx_mock.add_response(json={"ok": True})

    result = transport.request({"method": "post", "url": "/embeddings", "json": {}}, _json)

    assert result.value == {"ok": True} and len(httpx_mock.get_requests()) == 2


# --- the mark for retry loops above the transport (the batch runner) -------------------------


def test_a_non_idempotent_call_that_may_have_acted_fails_with_an_error_marked_not_resendable(
    httpx_mock: HTTPXMock, transport: SyncTransport
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))

    with pytest.raises(GatewayConnectionError) as caught:
        transport.request(ONCE, _json)

    assert resendable(caught.value) is False


async def test_async_a_503_of_a_non_idempotent_call_is_marked_not_resendable(
    httpx_mock: HTTPXMock, atransport: AsyncTransport
) -> None:
    httpx_mock.add_response(status_code=503, json={"error": {"message": "busy"}})

    with pytest.raises(GatewayStatusError) as caught:
        await atransport.request(ONCE, _json)

    assert resendable(caught.value) is False


def test_a_refused_non_idempotent_call_out_of_retries_stays_resendable(
    httpx_mock: HTTPXMock, transport: SyncTransport
) -> None:
    httpx_mock.add_response(status_code=429, json={"error": {"message": "slow down"}})

    with pytest.raises(GatewayStatusError) as caught:
        transport.request(ONCE, _json, RequestOptions(max_retries=0))

    assert resendable(caught.value) is True


def test_an_idempotent_call_out_of_retries_stays_resendable(
    httpx_mock: HTTPXMock, transport: SyncTransport
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))
    request = {"method": "post", "url": "/embeddings", "json": {}}

    with pytest.raises(GatewayConnectionError) as caught:
        transport.request(request, _json, RequestOptions(max_retries=0))

    assert resendable(caught.value) is True
