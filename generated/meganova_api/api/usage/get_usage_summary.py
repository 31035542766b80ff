# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.usage_summary import UsageSummary
from ...types import UNSET, Response, Unset


def build_request(
    *,
    from_: str,
    to: str,
    group_by: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    api_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["group_by"] = group_by

    params["user_id"] = user_id

    params["api_key"] = api_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage/summary",
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> UsageSummary:
    """Build the typed result from the decoded JSON body of a successful reply."""
    response_200 = UsageSummary.from_dict(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UsageSummary | None:
    try:
        return _parse_documented(response)
    except (ValueError, KeyError, TypeError) as exc:
        # A body that is not the documented JSON, such as a proxy's HTML error page.
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content) from exc
        return None


def _parse_documented(response: httpx.Response) -> ErrorResponse | UsageSummary | None:
    if response.status_code == 200:
        response_200 = UsageSummary.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    raise KeyError(response.status_code)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UsageSummary]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str,
    group_by: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    api_key: str | Unset = UNSET,
) -> Response[ErrorResponse | UsageSummary]:
    """Usage summary over a time range

    Args:
        from_ (str):
        to (str):
        group_by (str | Unset):
        user_id (str | Unset):
        api_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsageSummary]
    """

    kwargs = build_request(
        from_=from_,
        to=to,
        group_by=group_by,
        user_id=user_id,
        api_key=api_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str,
    group_by: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    api_key: str | Unset = UNSET,
) -> ErrorResponse | UsageSummary | None:
    """Usage summary over a time range

    Args:
        from_ (str):
        to (str):
        group_by (str | Unset):
        user_id (str | Unset):
        api_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsageSummary
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        group_by=group_by,
        user_id=user_id,
        api_key=api_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str,
    group_by: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    api_key: str | Unset = UNSET,
) -> Response[ErrorResponse | UsageSummary]:
    """Usage summary over a time range

    Args:
        from_ (str):
        to (str):
        group_by (str | Unset):
        user_id (str | Unset):
        api_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsageSummary]
    """

    kwargs = build_request(
        from_=from_,
        to=to,
        group_by=group_by,
        user_id=user_id,
        api_key=api_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str,
    group_by: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    api_key: str | Unset = UNSET,
) -> ErrorResponse | UsageSummary | None:
    """Usage summary over a time range

    Args:
        from_ (str):
        to (str):
        group_by (str | Unset):
        user_id (str | Unset):
        api_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsageSummary
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            group_by=group_by,
            user_id=user_id,
            api_key=api_key,
        )
    ).parsed
