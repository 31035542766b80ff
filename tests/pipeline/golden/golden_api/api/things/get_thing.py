# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.thing import Thing
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    thing_id: str,
    *,
    x_trace: str | Unset = UNSET,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """
    headers: dict[str, Any] = {}
    if not isinstance(x_trace, Unset):
        headers["X-Trace"] = x_trace

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/things/{thing_id}".format(
            thing_id=path_segment(thing_id, "thing_id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> Thing:
    """Build the typed result from the decoded JSON body of a successful reply."""
    response_200 = Thing.from_dict(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Thing | None:
    try:
        return _parse_documented(response)
    except (ValueError, KeyError, TypeError) as exc:
        # A body that is not the documented JSON, such as a proxy's HTML error page.
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content) from exc
        return None


def _parse_documented(response: httpx.Response) -> Problem | Thing | None:
    if response.status_code == 200:
        response_200 = Thing.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if 500 <= response.status_code <= 599:
        response_5xx = Problem.from_dict(response.json())

        return response_5xx

    raise KeyError(response.status_code)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | Thing]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thing_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_trace: str | Unset = UNSET,
) -> Response[Problem | Thing]:
    """
    Args:
        thing_id (str):
        x_trace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Thing]
    """

    kwargs = build_request(
        thing_id=thing_id,
        x_trace=x_trace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thing_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_trace: str | Unset = UNSET,
) -> Problem | Thing | None:
    """
    Args:
        thing_id (str):
        x_trace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Thing
    """

    return sync_detailed(
        thing_id=thing_id,
        client=client,
        x_trace=x_trace,
    ).parsed


async def asyncio_detailed(
    thing_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_trace: str | Unset = UNSET,
) -> Response[Problem | Thing]:
    """
    Args:
        thing_id (str):
        x_trace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Thing]
    """

    kwargs = build_request(
        thing_id=thing_id,
        x_trace=x_trace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thing_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_trace: str | Unset = UNSET,
) -> Problem | Thing | None:
    """
    Args:
        thing_id (str):
        x_trace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Thing
    """

    return (
        await asyncio_detailed(
            thing_id=thing_id,
            client=client,
            x_trace=x_trace,
        )
    ).parsed
