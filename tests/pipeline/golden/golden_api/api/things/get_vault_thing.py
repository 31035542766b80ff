# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from zaguan._runtime import Call

from ...types import (
    STR,
    check_bounds,
    check_parameter,
    model_kind,
    path_secret,
    path_segment,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions, Secret

    from ...client import AsyncSender, SyncSender

from ...models.thing import Thing


def build_request(
    vault_key: str | Secret,
    thing_id: str,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """
    vault_key = path_secret(vault_key, "vault_key")
    check_bounds(vault_key.reveal(), "vault_key", min_length=4)
    check_parameter(thing_id, STR, "thing_id")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vaults/{vault_key}/things/{thing_id}".format(
            vault_key="{vault_key}",
            thing_id=path_segment(thing_id, "thing_id"),
        ),
        "path_secrets": {
            "vault_key": vault_key,
        },
    }

    _kwargs.setdefault("headers", {})["Authorization"] = None
    return _kwargs


_SUCCESS = model_kind(lambda: Thing)


def parse_success(data: Any) -> Thing:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("Thing", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    vault_key: str | Secret,
    thing_id: str,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> Thing:
    """
    Args:
        vault_key (str):
        thing_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Thing
    """

    request = build_request(
        vault_key=vault_key,
        thing_id=thing_id,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    vault_key: str | Secret,
    thing_id: str,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> Thing:
    """
    Args:
        vault_key (str):
        thing_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Thing
    """

    request = build_request(
        vault_key=vault_key,
        thing_id=thing_id,
    )
    return await client.send(Call(request, parse_success), **options)
