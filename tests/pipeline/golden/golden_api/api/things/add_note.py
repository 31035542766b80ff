# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from zaguan._runtime import Call

from ...types import (
    STR,
    check_parameter,
    model_kind,
    path_segment,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions

    from ...client import AsyncSender, SyncSender

from ...models.note import Note
from ...models.thing import Thing


def build_request(
    thing_id: str,
    *,
    body: Note | Mapping[str, Any],
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """
    check_parameter(thing_id, STR, "thing_id")

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/things/{thing_id}/notes".format(
            thing_id=path_segment(thing_id, "thing_id"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, Note) else dict(body)

    _kwargs["headers"] = headers
    return _kwargs


_SUCCESS = model_kind(lambda: Thing)


def parse_success(data: Any) -> Thing:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("Thing", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    thing_id: str,
    *,
    body: Note | Mapping[str, Any],
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> Thing:
    """
    Args:
        thing_id (str):
        body (Note):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Thing
    """

    request = build_request(
        thing_id=thing_id,
        body=body,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    thing_id: str,
    *,
    body: Note | Mapping[str, Any],
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> Thing:
    """
    Args:
        thing_id (str):
        body (Note):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Thing
    """

    request = build_request(
        thing_id=thing_id,
        body=body,
    )
    return await client.send(Call(request, parse_success), **options)
