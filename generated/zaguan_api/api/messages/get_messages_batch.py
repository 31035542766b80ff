# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from zaguan._runtime import Call

from ...types import (
    STR,
    UNSET,
    Unset,
    check_header,
    check_parameter,
    model_kind,
    path_segment,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions

    from ...client import AsyncSender, SyncSender

from ...models.anthropic_messages_batch_response import AnthropicMessagesBatchResponse


def build_request(
    message_batch_id: str,
    *,
    x_request_id: str | Unset = UNSET,
    anthropic_version: str | Unset = "2023-06-01",
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """
    check_parameter(message_batch_id, STR, "message_batch_id")

    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        check_header(x_request_id, STR, "x_request_id")
        headers["X-Request-Id"] = x_request_id
    if not isinstance(anthropic_version, Unset):
        check_header(anthropic_version, STR, "anthropic_version")
        headers["anthropic-version"] = anthropic_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/messages/batches/{message_batch_id}".format(
            message_batch_id=path_segment(message_batch_id, "message_batch_id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


_SUCCESS = model_kind(lambda: AnthropicMessagesBatchResponse)


def parse_success(data: Any) -> AnthropicMessagesBatchResponse:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("AnthropicMessagesBatchResponse", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    message_batch_id: str,
    *,
    x_request_id: str | Unset = UNSET,
    anthropic_version: str | Unset = "2023-06-01",
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> AnthropicMessagesBatchResponse:
    """A message batch and its progress

    Args:
        message_batch_id (str):
        x_request_id (str | Unset):
        anthropic_version (str | Unset):  Default: '2023-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicMessagesBatchResponse
    """

    request = build_request(
        message_batch_id=message_batch_id,
        x_request_id=x_request_id,
        anthropic_version=anthropic_version,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    message_batch_id: str,
    *,
    x_request_id: str | Unset = UNSET,
    anthropic_version: str | Unset = "2023-06-01",
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> AnthropicMessagesBatchResponse:
    """A message batch and its progress

    Args:
        message_batch_id (str):
        x_request_id (str | Unset):
        anthropic_version (str | Unset):  Default: '2023-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicMessagesBatchResponse
    """

    request = build_request(
        message_batch_id=message_batch_id,
        x_request_id=x_request_id,
        anthropic_version=anthropic_version,
    )
    return await client.send(Call(request, parse_success), **options)
