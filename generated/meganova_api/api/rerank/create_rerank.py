# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from meganova._runtime import Call

from ...types import (
    model_kind,
)

if TYPE_CHECKING:
    from meganova._runtime import CallOptions
    from typing_extensions import Unpack

    from ...client import AsyncSender, SyncSender

from ...models.rerank_request import RerankRequest
from ...models.rerank_response import RerankResponse


def build_request(
    *,
    body: RerankRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rerank",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, RerankRequest) else dict(body)

    _kwargs["headers"] = headers
    return _kwargs


_SUCCESS = model_kind(lambda: RerankResponse)


def parse_success(data: Any) -> RerankResponse:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("RerankResponse", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    *,
    body: RerankRequest | Mapping[str, Any],
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> RerankResponse:
    """Rank documents by relevance to a query

    Args:
        body (RerankRequest): A query and the documents to rank against it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RerankResponse
    """

    request = build_request(
        body=body,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    *,
    body: RerankRequest | Mapping[str, Any],
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> RerankResponse:
    """Rank documents by relevance to a query

    Args:
        body (RerankRequest): A query and the documents to rank against it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RerankResponse
    """

    request = build_request(
        body=body,
    )
    return await client.send(Call(request, parse_success), **options)
