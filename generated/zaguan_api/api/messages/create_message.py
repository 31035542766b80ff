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

from ...models.anthropic_messages_request import AnthropicMessagesRequest
from ...models.anthropic_messages_response import AnthropicMessagesResponse


def build_request(
    *,
    body: AnthropicMessagesRequest | Mapping[str, Any],
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

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AnthropicMessagesRequest) else dict(body)

    _kwargs["headers"] = headers
    return _kwargs


_SUCCESS = model_kind(lambda: AnthropicMessagesResponse)


def parse_success(data: Any) -> AnthropicMessagesResponse:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("AnthropicMessagesResponse", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    *,
    body: AnthropicMessagesRequest | Mapping[str, Any],
    x_request_id: str | Unset = UNSET,
    anthropic_version: str | Unset = "2023-06-01",
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> AnthropicMessagesResponse:
    """Create a message (Anthropic's Messages API)

     With `stream: true` the reply is a `text/event-stream` of Anthropic's events (`message_start`,
    `content_block_start`, `content_block_delta`, `content_block_stop`, `message_delta`, `message_stop`,
    `ping`, `error`); the SDK reads it with `messages_stream()`.

    Args:
        x_request_id (str | Unset):
        anthropic_version (str | Unset):  Default: '2023-06-01'.
        body (AnthropicMessagesRequest): A request of Anthropic's Messages API. Fields the SDK
            does not name (`service_tier`, `container`, ...) reach the gateway unchanged through
            `extra_body`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicMessagesResponse
    """

    request = build_request(
        body=body,
        x_request_id=x_request_id,
        anthropic_version=anthropic_version,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    *,
    body: AnthropicMessagesRequest | Mapping[str, Any],
    x_request_id: str | Unset = UNSET,
    anthropic_version: str | Unset = "2023-06-01",
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> AnthropicMessagesResponse:
    """Create a message (Anthropic's Messages API)

     With `stream: true` the reply is a `text/event-stream` of Anthropic's events (`message_start`,
    `content_block_start`, `content_block_delta`, `content_block_stop`, `message_delta`, `message_stop`,
    `ping`, `error`); the SDK reads it with `messages_stream()`.

    Args:
        x_request_id (str | Unset):
        anthropic_version (str | Unset):  Default: '2023-06-01'.
        body (AnthropicMessagesRequest): A request of Anthropic's Messages API. Fields the SDK
            does not name (`service_tier`, `container`, ...) reach the gateway unchanged through
            `extra_body`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicMessagesResponse
    """

    request = build_request(
        body=body,
        x_request_id=x_request_id,
        anthropic_version=anthropic_version,
    )
    return await client.send(Call(request, parse_success), **options)
