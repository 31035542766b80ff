# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from zaguan._runtime import Call

from ...types import (
    INT,
    STR,
    UNSET,
    Unset,
    check_bounds,
    check_header,
    check_parameter,
    model_kind,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions

    from ...client import AsyncSender, SyncSender

from ...models.credits_history import CreditsHistory


def build_request(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        check_header(x_request_id, STR, "x_request_id")
        headers["X-Request-Id"] = x_request_id

    if not isinstance(limit, Unset):
        check_parameter(limit, INT, "limit")
        check_bounds(limit, "limit", minimum=1, maximum=100)
    if not isinstance(cursor, Unset):
        check_parameter(cursor, STR, "cursor")
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/credits/history",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_SUCCESS = model_kind(lambda: CreditsHistory)


def parse_success(data: Any) -> CreditsHistory:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("CreditsHistory", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> CreditsHistory:
    """Credits history, one page

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsHistory
    """

    request = build_request(
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> CreditsHistory:
    """Credits history, one page

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsHistory
    """

    request = build_request(
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    )
    return await client.send(Call(request, parse_success), **options)
