# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from zaguan._runtime import Call

from ...types import (
    model_kind,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions

    from ...client import AsyncSender, SyncSender

from ...models.health_status import HealthStatus


def build_request() -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health",
    }

    return _kwargs


_SUCCESS = model_kind(lambda: HealthStatus)


def parse_success(data: Any) -> HealthStatus:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("HealthStatus", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> HealthStatus:
    """Liveness

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HealthStatus
    """

    request = build_request()
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> HealthStatus:
    """Liveness

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HealthStatus
    """

    request = build_request()
    return await client.send(Call(request, parse_success), **options)
