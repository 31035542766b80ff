# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from zaguan._runtime import Call

from ...types import (
    STR,
    check_parameter,
    list_kind,
    model_kind,
    path_segment,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions

    from ...client import AsyncSender, SyncSender

from ...models.part import Part


def build_request(
    thing_id: str,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """
    check_parameter(thing_id, STR, "thing_id")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/things/{thing_id}/parts".format(
            thing_id=path_segment(thing_id, "thing_id"),
        ),
    }

    return _kwargs


_SUCCESS = list_kind(model_kind(lambda: Part))


def parse_success(data: Any) -> list[Part]:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("list[Part]", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    thing_id: str,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> list[Part]:
    """
    Args:
        thing_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Part]
    """

    request = build_request(
        thing_id=thing_id,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    thing_id: str,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> list[Part]:
    """
    Args:
        thing_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Part]
    """

    request = build_request(
        thing_id=thing_id,
    )
    return await client.send(Call(request, parse_success), **options)
