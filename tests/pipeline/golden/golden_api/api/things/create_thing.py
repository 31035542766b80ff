# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.new_thing import NewThing
from ...models.thing import Thing
from ...types import Response


def build_request(
    *,
    body: NewThing | Mapping[str, Any],
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/things",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, NewThing) else dict(body)

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> Thing:
    """Build the typed result from the decoded JSON body of a successful reply."""
    response_201 = Thing.from_dict(data)

    return response_201


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Thing | None:
    try:
        return _parse_documented(response)
    except (ValueError, KeyError, TypeError) as exc:
        # A body that is not the documented JSON, such as a proxy's HTML error page.
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content) from exc
        return None


def _parse_documented(response: httpx.Response) -> Thing | None:
    if response.status_code == 201:
        response_201 = Thing.from_dict(response.json())

        return response_201

    raise KeyError(response.status_code)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Thing]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewThing | Mapping[str, Any],
) -> Response[Thing]:
    """
    Args:
        body (NewThing):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Thing]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: NewThing | Mapping[str, Any],
) -> Thing | None:
    """
    Args:
        body (NewThing):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Thing
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewThing | Mapping[str, Any],
) -> Response[Thing]:
    """
    Args:
        body (NewThing):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Thing]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NewThing | Mapping[str, Any],
) -> Thing | None:
    """
    Args:
        body (NewThing):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Thing
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
