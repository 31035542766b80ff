# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from zaguan._runtime import Call

from ...types import (
    INT,
    STR,
    UNSET,
    Unset,
    check_bounds,
    check_header,
    check_parameter,
    model_kind,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions

    from ...client import AsyncSender, SyncSender

from ...models.anthropic_messages_batch_list import AnthropicMessagesBatchList


def build_request(
    *,
    limit: int | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    anthropic_version: str | Unset = "2023-06-01",
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        check_header(x_request_id, STR, "x_request_id")
        headers["X-Request-Id"] = x_request_id
    if not isinstance(anthropic_version, Unset):
        check_header(anthropic_version, STR, "anthropic_version")
        headers["anthropic-version"] = anthropic_version

    if not isinstance(limit, Unset):
        check_parameter(limit, INT, "limit")
        check_bounds(limit, "limit", minimum=1, maximum=1000)
    if not isinstance(after_id, Unset):
        check_parameter(after_id, STR, "after_id")
    if not isinstance(before_id, Unset):
        check_parameter(before_id, STR, "before_id")
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/messages/batches",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_SUCCESS = model_kind(lambda: AnthropicMessagesBatchList)


def parse_success(data: Any) -> AnthropicMessagesBatchList:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("AnthropicMessagesBatchList", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    *,
    limit: int | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    anthropic_version: str | Unset = "2023-06-01",
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> AnthropicMessagesBatchList:
    """List message batches, newest first, one page

    Args:
        limit (int | Unset):
        after_id (str | Unset):
        before_id (str | Unset):
        x_request_id (str | Unset):
        anthropic_version (str | Unset):  Default: '2023-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicMessagesBatchList
    """

    request = build_request(
        limit=limit,
        after_id=after_id,
        before_id=before_id,
        x_request_id=x_request_id,
        anthropic_version=anthropic_version,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    *,
    limit: int | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    anthropic_version: str | Unset = "2023-06-01",
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> AnthropicMessagesBatchList:
    """List message batches, newest first, one page

    Args:
        limit (int | Unset):
        after_id (str | Unset):
        before_id (str | Unset):
        x_request_id (str | Unset):
        anthropic_version (str | Unset):  Default: '2023-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicMessagesBatchList
    """

    request = build_request(
        limit=limit,
        after_id=after_id,
        before_id=before_id,
        x_request_id=x_request_id,
        anthropic_version=anthropic_version,
    )
    return await client.send(Call(request, parse_success), **options)
