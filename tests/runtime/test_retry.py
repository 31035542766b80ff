"""RetryPolicy / RetryState decide retries and delays without any I/O."""

from __future__ import annotations

from email.utils import formatdate
from typing import Dict, Optional

import httpx
import pytest

from zaguan._runtime import RetryPolicy, RetryState, parse_retry_after

NOW = 1_700_000_000.0


def state(
    policy: Optional[RetryPolicy] = None, max_retries: Optional[int] = None, rand: float = 0.0
) -> RetryState:
    return RetryState(
        policy or RetryPolicy(jitter=0.0), max_retries, random=lambda: rand, now=lambda: NOW
    )


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529, 599])
def test_retryable_statuses(status: int) -> None:
    assert RetryPolicy().is_retryable_status(status)


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 405, 413, 422, 451])
def test_other_4xx_are_never_retried(status: int) -> None:
    assert state().delay_after_status(status, {}) is None


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("slow"),
        httpx.ReadTimeout("slow"),
        httpx.PoolTimeout("busy"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("peer closed"),
    ],
)
def test_connection_errors_and_timeouts_are_retried(exc: httpx.HTTPError) -> None:
    assert state().delay_after_exception(exc) == 0.5


@pytest.mark.parametrize(
    "exc", [httpx.UnsupportedProtocol("ftp"), httpx.LocalProtocolError("bad header")]
)
def test_errors_of_our_own_making_are_not_retried(exc: httpx.HTTPError) -> None:
    assert state().delay_after_exception(exc) is None


def test_backoff_doubles_and_is_capped_at_max_delay() -> None:
    s = state(RetryPolicy(max_retries=7, jitter=0.0))
    delays = [s.delay_after_status(503, {}) for _ in range(7)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_jitter_shortens_the_delay_by_up_to_its_fraction() -> None:
    policy = RetryPolicy(jitter=0.25)
    assert policy.backoff(2, random_value=0.0) == 2.0
    assert policy.backoff(2, random_value=0.999) == pytest.approx(1.5, abs=0.01)


def test_gives_up_after_max_retries() -> None:
    s = state(max_retries=2)
    assert s.delay_after_status(500, {}) is not None
    assert s.delay_after_exception(httpx.ConnectError("x")) is not None
    assert s.delay_after_status(500, {}) is None
    assert s.retries_taken == 2


def test_per_call_max_retries_overrides_policy() -> None:
    assert state(RetryPolicy(max_retries=5), max_retries=0).delay_after_status(503, {}) is None


def test_retry_after_seconds_is_honoured() -> None:
    assert state().delay_after_status(429, {"Retry-After": "7"}) == 7.0


def test_retry_after_ms_is_honoured_and_wins_over_retry_after() -> None:
    headers = httpx.Headers({"retry-after-ms": "1500", "retry-after": "9"})
    assert state().delay_after_status(429, headers) == 1.5


def test_retry_after_http_date_uses_injected_clock() -> None:
    headers = {"retry-after": formatdate(NOW + 12, usegmt=True)}
    assert state().delay_after_status(503, headers) == 12.0


def test_retry_after_date_in_the_past_means_now() -> None:
    assert parse_retry_after({"Retry-After": formatdate(NOW - 30, usegmt=True)}, lambda: NOW) == 0


def test_retry_after_beyond_cap_falls_back_to_backoff() -> None:
    s = state(RetryPolicy(jitter=0.0, max_retry_after=60.0))
    assert s.delay_after_status(429, {"Retry-After": "61"}) == 0.5


def test_retry_after_at_cap_is_honoured() -> None:
    assert (
        state(RetryPolicy(max_retry_after=60.0)).delay_after_status(429, {"Retry-After": "60"})
        == 60
    )


@pytest.mark.parametrize("value", ["soon", "-5", "nan", "inf", ""])
def test_unusable_retry_after_falls_back_to_backoff(value: str) -> None:
    assert state().delay_after_status(429, {"Retry-After": value}) == 0.5


def test_retry_after_header_lookup_is_case_insensitive_on_plain_dicts() -> None:
    headers: Dict[str, str] = {"RETRY-AFTER-MS": "250"}
    assert parse_retry_after(headers) == 0.25


def test_invalid_policy_values_are_rejected() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError):
        RetryPolicy(jitter=1.5)
