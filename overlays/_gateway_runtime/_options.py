"""Client-wide configuration and per-call options."""

from __future__ import annotations

import types
from dataclasses import dataclass, field
from typing import Mapping, Optional, Union

import httpx

from ._errors import DefaultErrorFactory, ErrorFactory
from ._retry import RetryPolicy

__all__ = ["DEFAULT_TIMEOUT", "ClientConfig", "RequestOptions", "TimeoutTypes", "to_timeout"]

TimeoutTypes = Union[None, float, httpx.Timeout]

#: Generous read timeout because a long completion can take a minute; a short
#: connect timeout because an unreachable host should fail (and be retried) fast.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


def to_timeout(value: TimeoutTypes) -> httpx.Timeout:
    """An ``httpx.Timeout`` from seconds, an ``httpx.Timeout`` or ``None`` (no timeout)."""
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value)


def _base_url(value: str) -> str:
    value = str(value).strip().rstrip("/")
    url = httpx.URL(value)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an absolute http(s) URL, got {value!r}")
    return value


def _frozen_headers(value: Optional[Mapping[str, str]]) -> Mapping[str, str]:
    # A read-only copy: the transport precomputes its headers from this once, so a
    # later change to the caller's dict must not silently diverge from them.
    return types.MappingProxyType(dict(value or {}))


@dataclass(frozen=True)
class ClientConfig:
    """Everything a transport needs to know about one SDK client, fixed at construction.

    ``base_url`` has no trailing slash; request paths are appended to it verbatim.
    ``api_key`` is sent as ``Authorization: Bearer <api_key>`` (omitted when empty)
    and is hidden from ``repr``. ``default_headers`` go on every request (the SDK
    puts ``User-Agent`` and its own headers here). ``timeout`` ``None`` means no
    timeout. ``errors`` maps failures to the SDK's exception types.
    """

    base_url: str
    api_key: str = field(repr=False)
    timeout: TimeoutTypes = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = 2
    default_headers: Mapping[str, str] = field(default_factory=dict)
    request_id_header: str = "X-Request-Id"
    initial_retry_delay: float = 0.5
    max_retry_delay: float = 8.0
    max_retry_after: float = 60.0
    retry_jitter: float = 0.25
    errors: ErrorFactory = field(default_factory=DefaultErrorFactory)
    # Retries are logged at INFO on this logger; each SDK names its own ("zaguan", "meganova").
    logger_name: str = "_gateway_runtime"

    def __post_init__(self) -> None:
        # Normalised once here, so every reader sees a plain base URL, an httpx.Timeout and a
        # read-only copy of the headers. (A frozen dataclass is set through object.__setattr__.)
        object.__setattr__(self, "base_url", _base_url(self.base_url))
        object.__setattr__(self, "timeout", to_timeout(self.timeout))
        object.__setattr__(self, "default_headers", _frozen_headers(self.default_headers))

    @property
    def http_timeout(self) -> httpx.Timeout:
        """``timeout`` as the ``httpx.Timeout`` it was normalised to."""
        return self.timeout  # type: ignore[return-value]

    def retry_policy(self) -> RetryPolicy:
        """The :class:`RetryPolicy` these settings describe."""
        return RetryPolicy(
            max_retries=self.max_retries,
            initial_delay=self.initial_retry_delay,
            max_delay=self.max_retry_delay,
            max_retry_after=self.max_retry_after,
            jitter=self.retry_jitter,
        )


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides; every ``None`` means "use the client's setting".

    ``extra_headers`` win over every other header; a header given as ``None`` is
    removed. ``request_id`` becomes the request-id header (otherwise a fresh UUID4
    is used) and stays the same on every retry of the call.
    """

    timeout: TimeoutTypes = None
    max_retries: Optional[int] = None
    extra_headers: Optional[Mapping[str, Optional[str]]] = None
    request_id: Optional[str] = None
