# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from zaguan._runtime import Call

from ...types import (
    STR,
    UNSET,
    Unset,
    check_header,
    model_kind,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions

    from ...client import AsyncSender, SyncSender

from ...models.new_thing import NewThing
from ...models.thing import Thing


def build_request(
    *,
    body: NewThing | Mapping[str, Any],
    x_tenant: str | Unset = UNSET,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    headers: dict[str, Any] = {}
    if not isinstance(x_tenant, Unset):
        check_header(x_tenant, STR, "x_tenant")
        headers["X-Tenant"] = x_tenant

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/things",
        "idempotent": False,
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, NewThing) else dict(body)

    _kwargs["headers"] = headers
    return _kwargs


_SUCCESS = model_kind(lambda: Thing)


def parse_success(data: Any) -> Thing:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("Thing", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    *,
    body: NewThing | Mapping[str, Any],
    x_tenant: str | Unset = UNSET,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> Thing:
    """
    Args:
        x_tenant (str | Unset):
        body (NewThing):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Thing
    """

    request = build_request(
        body=body,
        x_tenant=x_tenant,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    *,
    body: NewThing | Mapping[str, Any],
    x_tenant: str | Unset = UNSET,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> Thing:
    """
    Args:
        x_tenant (str | Unset):
        body (NewThing):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Thing
    """

    request = build_request(
        body=body,
        x_tenant=x_tenant,
    )
    return await client.send(Call(request, parse_success), **options)
