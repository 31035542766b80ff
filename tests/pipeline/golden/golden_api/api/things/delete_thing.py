# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zaguan._runtime import Call

from ...types import (
    STR,
    check_bounds,
    check_header,
    check_parameter,
    path_segment,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions

    from ...client import AsyncSender, SyncSender


def build_request(
    thing_id: str,
    *,
    x_confirm: str,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """
    check_parameter(thing_id, STR, "thing_id")
    check_bounds(thing_id, "thing_id", min_length=2)

    headers: dict[str, Any] = {}
    check_header(x_confirm, STR, "x_confirm")
    headers["X-Confirm"] = x_confirm

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/things/{thing_id}".format(
            thing_id=path_segment(thing_id, "thing_id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> None:
    """This operation's reply has no documented JSON body."""
    return None


parse_result = parse_success


def sync(
    thing_id: str,
    *,
    x_confirm: str,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> None:
    """
    Args:
        thing_id (str):
        x_confirm (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    request = build_request(
        thing_id=thing_id,
        x_confirm=x_confirm,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    thing_id: str,
    *,
    x_confirm: str,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> None:
    """
    Args:
        thing_id (str):
        x_confirm (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    request = build_request(
        thing_id=thing_id,
        x_confirm=x_confirm,
    )
    return await client.send(Call(request, parse_success), **options)
