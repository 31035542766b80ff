# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_request import ChatRequest
from ...models.chat_response import ChatResponse
from ...models.error_response import ErrorResponse
from ...models.zaguan_error_response import ZaguanErrorResponse
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: ChatRequest | Mapping[str, Any],
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-Id"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chat/completions",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ChatRequest) else dict(body)

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> ChatResponse:
    """Build the typed result from the decoded JSON body of a successful reply."""
    response_200 = ChatResponse.from_dict(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatResponse | ErrorResponse | ZaguanErrorResponse | None:
    try:
        return _parse_documented(response)
    except (ValueError, KeyError, TypeError) as exc:
        # A body that is not the documented JSON, such as a proxy's HTML error page.
        if client.raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content) from exc
        return None


def _parse_documented(
    response: httpx.Response,
) -> ChatResponse | ErrorResponse | ZaguanErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ZaguanErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ZaguanErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ZaguanErrorResponse.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    raise KeyError(response.status_code)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatResponse | ErrorResponse | ZaguanErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatRequest | Mapping[str, Any],
    x_request_id: str | Unset = UNSET,
) -> Response[ChatResponse | ErrorResponse | ZaguanErrorResponse]:
    """Create a chat completion

     With `stream: true` the reply is a `text/event-stream` of `ChatCompletionChunk` events ending with
    `data: [DONE]`; the SDK facades read it with their stream helpers.

    Args:
        x_request_id (str | Unset):
        body (ChatRequest): A chat request: the OpenAI-compatible fields plus Zaguan's extensions,
            which reach the provider unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatResponse | ErrorResponse | ZaguanErrorResponse]
    """

    kwargs = build_request(
        body=body,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ChatRequest | Mapping[str, Any],
    x_request_id: str | Unset = UNSET,
) -> ChatResponse | ErrorResponse | ZaguanErrorResponse | None:
    """Create a chat completion

     With `stream: true` the reply is a `text/event-stream` of `ChatCompletionChunk` events ending with
    `data: [DONE]`; the SDK facades read it with their stream helpers.

    Args:
        x_request_id (str | Unset):
        body (ChatRequest): A chat request: the OpenAI-compatible fields plus Zaguan's extensions,
            which reach the provider unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatResponse | ErrorResponse | ZaguanErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatRequest | Mapping[str, Any],
    x_request_id: str | Unset = UNSET,
) -> Response[ChatResponse | ErrorResponse | ZaguanErrorResponse]:
    """Create a chat completion

     With `stream: true` the reply is a `text/event-stream` of `ChatCompletionChunk` events ending with
    `data: [DONE]`; the SDK facades read it with their stream helpers.

    Args:
        x_request_id (str | Unset):
        body (ChatRequest): A chat request: the OpenAI-compatible fields plus Zaguan's extensions,
            which reach the provider unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatResponse | ErrorResponse | ZaguanErrorResponse]
    """

    kwargs = build_request(
        body=body,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ChatRequest | Mapping[str, Any],
    x_request_id: str | Unset = UNSET,
) -> ChatResponse | ErrorResponse | ZaguanErrorResponse | None:
    """Create a chat completion

     With `stream: true` the reply is a `text/event-stream` of `ChatCompletionChunk` events ending with
    `data: [DONE]`; the SDK facades read it with their stream helpers.

    Args:
        x_request_id (str | Unset):
        body (ChatRequest): A chat request: the OpenAI-compatible fields plus Zaguan's extensions,
            which reach the provider unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatResponse | ErrorResponse | ZaguanErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_request_id=x_request_id,
        )
    ).parsed
