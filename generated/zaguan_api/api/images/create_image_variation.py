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

from ...models.image_response import ImageResponse


def build_request(
    *,
    body: Mapping[str, Any],
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        check_header(x_request_id, STR, "x_request_id")
        headers["X-Request-Id"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/images/variations",
    }

    fields = {key: value for key, value in dict(body).items() if value is not None}
    _kwargs["multipart"] = {
        "files": {name: fields.pop(name) for name in ("image",) if name in fields},
        "data": fields,
    }

    _kwargs["headers"] = headers
    return _kwargs


_SUCCESS = model_kind(lambda: ImageResponse)


def parse_success(data: Any) -> ImageResponse:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("ImageResponse", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    *,
    body: Mapping[str, Any],
    x_request_id: str | Unset = UNSET,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> ImageResponse:
    """Make variations of an image

    Args:
        x_request_id (str | Unset):
        body (ImageVariationRequest): An image to make variations of.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImageResponse
    """

    request = build_request(
        body=body,
        x_request_id=x_request_id,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    *,
    body: Mapping[str, Any],
    x_request_id: str | Unset = UNSET,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> ImageResponse:
    """Make variations of an image

    Args:
        x_request_id (str | Unset):
        body (ImageVariationRequest): An image to make variations of.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImageResponse
    """

    request = build_request(
        body=body,
        x_request_id=x_request_id,
    )
    return await client.send(Call(request, parse_success), **options)
