# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.color import Color
from ...models.thing import Thing
from ...types import UNSET, Response, Unset


def build_request(
    *,
    limit: int | Unset = UNSET,
    color: Color | Unset = UNSET,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_color: str | Unset = UNSET
    if not isinstance(color, Unset):
        json_color = getattr(color, "value", color)

    params["color"] = json_color

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/things",
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Thing]:
    """Build the typed result from the decoded JSON body of a successful reply."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Thing.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Thing] | None:
    try:
        return _parse_documented(response)
    except (ValueError, KeyError, TypeError) as exc:
        # A body that is not the documented JSON, such as a proxy's HTML error page.
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content) from exc
        return None


def _parse_documented(response: httpx.Response) -> list[Thing] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Thing.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise KeyError(response.status_code)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Thing]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    color: Color | Unset = UNSET,
) -> Response[list[Thing]]:
    """
    Args:
        limit (int | Unset):
        color (Color | Unset): A color; new ones may appear.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Thing]]
    """

    kwargs = build_request(
        limit=limit,
        color=color,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    color: Color | Unset = UNSET,
) -> list[Thing] | None:
    """
    Args:
        limit (int | Unset):
        color (Color | Unset): A color; new ones may appear.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Thing]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        color=color,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    color: Color | Unset = UNSET,
) -> Response[list[Thing]]:
    """
    Args:
        limit (int | Unset):
        color (Color | Unset): A color; new ones may appear.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Thing]]
    """

    kwargs = build_request(
        limit=limit,
        color=color,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    color: Color | Unset = UNSET,
) -> list[Thing] | None:
    """
    Args:
        limit (int | Unset):
        color (Color | Unset): A color; new ones may appear.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Thing]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            color=color,
        )
    ).parsed
