"""Helpers of the integration tests: clients whose sleeps are recorded and requests logged."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, TypeVar

import httpx

from meganova import AsyncMegaNova, MegaNova
from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan.models import ChatMessageParam

T = TypeVar("T")

TEXT = "hello brave new world"
WORDS = TEXT.split()
MESSAGES: List[ChatMessageParam] = [{"role": "user", "content": TEXT}]
FAULT = "X-Gateway-Fault"


def fault(spec: str) -> Dict[str, str]:
    """``extra_headers`` asking the gateway for these faults."""
    return {FAULT: spec}


def present(value: Optional[T]) -> T:
    """``value`` of an optional generated field, asserting the response did carry it."""
    assert value is not None, "field missing from the response"
    return value


class Sleeps(List[float]):
    """Every backoff the transport asked for, in seconds; nothing really waits."""

    def sync(self, seconds: float) -> None:
        self.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.append(seconds)


class RequestLog(List[httpx.Request]):
    """Every request that went on the wire (an httpx event hook: no mock involved)."""

    def sync(self, request: httpx.Request) -> None:
        self.append(request)

    async def async_(self, request: httpx.Request) -> None:
        self.append(request)

    def request_ids(self) -> List[Optional[str]]:
        return [request.headers.get("x-request-id") for request in self]


def zaguan_client(
    base_url: str,
    api_key: str,
    sleeps: Sleeps,
    log: Optional[RequestLog] = None,
    **kwargs: Any,
) -> ZaguanClient:
    """A Zaguan client with recorded sleeps; with ``log``, on an httpx client that logs."""
    if log is not None:
        kwargs["http_client"] = httpx.Client(event_hooks={"request": [log.sync]})
    return ZaguanClient(base_url, api_key, sleep=sleeps.sync, **kwargs)


def async_zaguan_client(
    base_url: str,
    api_key: str,
    sleeps: Sleeps,
    log: Optional[RequestLog] = None,
    **kwargs: Any,
) -> AsyncZaguanClient:
    if log is not None:
        kwargs["http_client"] = httpx.AsyncClient(event_hooks={"request": [log.async_]})
    return AsyncZaguanClient(base_url, api_key, sleep=sleeps.async_, **kwargs)


def meganova_client(
    base_url: str,
    api_key: str,
    sleeps: Sleeps,
    log: Optional[RequestLog] = None,
    **kwargs: Any,
) -> MegaNova:
    if log is not None:
        kwargs["http_client"] = httpx.Client(event_hooks={"request": [log.sync]})
    return MegaNova(api_key=api_key, base_url=base_url, sleep=sleeps.sync, **kwargs)


def async_meganova_client(
    base_url: str,
    api_key: str,
    sleeps: Sleeps,
    log: Optional[RequestLog] = None,
    **kwargs: Any,
) -> AsyncMegaNova:
    if log is not None:
        kwargs["http_client"] = httpx.AsyncClient(event_hooks={"request": [log.async_]})
    return AsyncMegaNova(api_key=api_key, base_url=base_url, sleep=sleeps.async_, **kwargs)


def active_connections(client: Any) -> List[Any]:
    """The pooled connections of an SDK client (its own httpx client) that are not idle."""
    pool = client._transport.http_client._transport._pool
    return [connection for connection in pool.connections if not connection.is_idle()]
