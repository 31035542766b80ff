"""Retry decisions that do no I/O: which failures to retry and how long to wait.

One engine serves both shells: :class:`RetryState` tracks one call's attempts and
answers "wait this long, then try again" or "give up"; the sync shell then calls an
injected ``sleep`` and the async shell awaits an injected async sleep.
"""

from __future__ import annotations

import random as _random
import time
from dataclasses import dataclass, fields
from email.utils import mktime_tz, parsedate_tz
from typing import Callable, Mapping, Optional

import httpx

__all__ = [
    "RetryPolicy",
    "RetryState",
    "mark_not_resendable",
    "parse_retry_after",
    "resendable",
]

# 408 timeout, 409 lock conflict, 429 rate limit: the same request may well succeed
# later. Other 4xx mean the request itself is wrong, so repeating it cannot help.
_RETRYABLE_4XX = frozenset({408, 409, 429})

# Failures that happen before or while talking to the server, where an identical
# request can succeed. LocalProtocolError, UnsupportedProtocol, InvalidURL and the
# like are our own mistakes and would fail the same way again.
_RETRYABLE_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

# Failures that certainly happened before any byte of the request left: no connection was
# made (refused, unreachable host, TLS handshake failed, connect timeout). Only these, and a
# 429 (the server refused the request unread), may be retried for a call that is not
# idempotent. A pool timeout also sends nothing, but the transport never retries it.
_UNSENT_EXCEPTIONS = (httpx.ConnectError, httpx.ConnectTimeout)


def _header(headers: Mapping[str, str], name: str) -> Optional[str]:
    """Look a header up case-insensitively in httpx.Headers or a plain mapping."""
    value: Optional[str] = headers.get(name)
    if isinstance(headers, httpx.Headers):
        return value
    if value is not None:
        return value
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def _parse_seconds(value: str) -> Optional[float]:
    try:
        seconds = float(value)
    except ValueError:
        return None
    # float() also accepts "nan", "inf" and negative numbers: none is a usable wait.
    if seconds != seconds or seconds in (float("inf"), float("-inf")) or seconds < 0:
        return None
    return seconds


def parse_retry_after(
    headers: Mapping[str, str], now: Callable[[], float] = time.time
) -> Optional[float]:
    """Seconds the server asks us to wait, or ``None`` if it did not say (or said nonsense).

    Reads ``retry-after-ms`` first (milliseconds, used by OpenAI-style gateways),
    then ``Retry-After`` as delta-seconds or as an HTTP-date. ``now`` returns the
    current Unix time and is only called for the HTTP-date form; a date in the past
    means "retry now" (0.0).
    """
    value = _header(headers, "retry-after-ms")
    if value is not None:
        ms = _parse_seconds(value.strip())
        if ms is not None:
            return ms / 1000.0
    value = _header(headers, "retry-after")
    if value is None:
        return None
    value = value.strip()
    seconds = _parse_seconds(value)
    if seconds is not None:
        return seconds
    try:
        parsed = parsedate_tz(value)
        if parsed is None:
            return None
        # mktime_tz treats a missing zone as UTC, which is what HTTP-dates use.
        return max(0.0, float(mktime_tz(parsed)) - now())
    except (TypeError, ValueError, OverflowError):
        return None


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait between attempts.

    ``max_retries`` counts retries, not attempts (2 means at most 3 requests).
    Backoff doubles from ``initial_delay`` up to ``max_delay``; ``jitter`` is the
    fraction by which a computed delay may be randomly shortened, so that many
    clients that failed together do not come back together. A server-sent
    ``Retry-After`` / ``retry-after-ms`` is honoured when it is at most
    ``max_retry_after`` seconds; a longer one falls back to the computed backoff
    rather than stalling the caller.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25

    def __post_init__(self) -> None:
        for setting in fields(self):
            if getattr(self, setting.name) < 0:
                raise ValueError(
                    f"{setting.name} must be >= 0, got {getattr(self, setting.name)!r}"
                )
        if not 0 <= self.jitter <= 1:
            raise ValueError(f"jitter must be between 0 and 1, got {self.jitter!r}")

    def is_retryable_status(self, status: int) -> bool:
        """True for 408, 409, 429 and every 5xx; False for all other statuses."""
        return status >= 500 or status in _RETRYABLE_4XX

    def is_retryable_exception(self, exc: BaseException) -> bool:
        """True for timeouts, network errors and a server breaking the protocol."""
        return isinstance(exc, _RETRYABLE_EXCEPTIONS)

    @staticmethod
    def is_unsent_exception(exc: BaseException) -> bool:
        """True when the request certainly never reached the server: the connection itself
        failed (``httpx.ConnectError``, ``httpx.ConnectTimeout``)."""
        return isinstance(exc, _UNSENT_EXCEPTIONS)

    @staticmethod
    def is_refusal_status(status: int) -> bool:
        """True for 429: the server refused the request without acting on it."""
        return status == 429

    def backoff(self, retries_taken: int, random_value: float) -> float:
        """Exponential delay before retry number ``retries_taken + 1``, capped, with jitter.

        ``random_value`` is in [0, 1); 0 gives the full delay.
        """
        # min() before the power would overflow on absurd retry counts.
        base = min(self.initial_delay * 2.0 ** min(retries_taken, 62), self.max_delay)
        return base * (1.0 - self.jitter * random_value)

    def delay(
        self,
        retries_taken: int,
        headers: Optional[Mapping[str, str]],
        *,
        random_value: float,
        now: Callable[[], float] = time.time,
    ) -> float:
        """Seconds to wait before the next retry, honouring the server's Retry-After."""
        if headers:
            retry_after = parse_retry_after(headers, now)
            if retry_after is not None and retry_after <= self.max_retry_after:
                return retry_after
        return self.backoff(retries_taken, random_value)


class RetryState:
    """Attempt bookkeeping for one call, shared by the sync and async shells.

    Each ``delay_after_*`` method either returns how long to wait before the next
    attempt (and counts that retry) or ``None``, meaning: give up and raise. The
    object does no I/O and never sleeps; create one per call, never share it.

    ``idempotent=False`` is for a call that creates something or acts (a generation that
    is paid for, an agent's tool run) on an API that takes no idempotency key: sending it
    twice could do it twice. Such a call is retried only when the request certainly never
    reached the server: the connection failed (:meth:`RetryPolicy.is_unsent_exception`) or
    the server answered 429, refusing it. A dropped connection, a read timeout or a 5xx
    after the request went out end the call with its error.
    """

    __slots__ = ("_now", "_random", "idempotent", "max_retries", "policy", "retries_taken")

    def __init__(
        self,
        policy: RetryPolicy,
        max_retries: Optional[int] = None,
        *,
        random: Callable[[], float] = _random.random,
        now: Callable[[], float] = time.time,
        idempotent: bool = True,
    ) -> None:
        self.policy = policy
        self.max_retries = policy.max_retries if max_retries is None else max_retries
        self.retries_taken = 0
        self.idempotent = idempotent
        self._random = random
        self._now = now

    def resend_safe_after_status(self, status: int) -> bool:
        """Whether sending the call again after this answer cannot make it act twice."""
        return self.idempotent or self.policy.is_refusal_status(status)

    def resend_safe_after_exception(self, exc: BaseException) -> bool:
        """Whether sending the call again after this failure cannot make it act twice."""
        return self.idempotent or self.policy.is_unsent_exception(exc)

    def delay_after_status(
        self, status: int, headers: Optional[Mapping[str, str]]
    ) -> Optional[float]:
        """Wait before retrying a response with this status, or ``None`` to give up."""
        if self.retries_taken >= self.max_retries or not self.policy.is_retryable_status(status):
            return None
        if not self.resend_safe_after_status(status):
            return None
        return self._next(headers)

    def delay_after_exception(self, exc: BaseException) -> Optional[float]:
        """Wait before retrying after this transport exception, or ``None`` to give up."""
        if self.retries_taken >= self.max_retries or not self.policy.is_retryable_exception(exc):
            return None
        if not self.resend_safe_after_exception(exc):
            return None
        return self._next(None)

    def _next(self, headers: Optional[Mapping[str, str]]) -> float:
        delay = self.policy.delay(
            self.retries_taken, headers, random_value=self._random(), now=self._now
        )
        self.retries_taken += 1
        return delay


# An error's mark that its call may have acted and must not be sent again, for whoever retries
# above the transport (the batch runner sends with max_retries=0 and retries rows itself).
_NOT_RESENDABLE = "_gateway_not_resendable"


def mark_not_resendable(error: BaseException) -> None:
    """Mark ``error``: its call must not be sent again (see :func:`resendable`)."""
    error.__dict__[_NOT_RESENDABLE] = True


def resendable(error: BaseException) -> bool:
    """False for an error of a call that may have acted (an ``idempotent=False`` call whose
    request may have reached the server): sending it again could act twice."""
    return not getattr(error, "__dict__", {}).get(_NOT_RESENDABLE, False)
