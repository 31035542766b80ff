# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from meganova._runtime import Call

from ...types import (
    model_kind,
)

if TYPE_CHECKING:
    from meganova._runtime import CallOptions
    from typing_extensions import Unpack

    from ...client import AsyncSender, SyncSender

from ...models.supported_video_models import SupportedVideoModels


def build_request() -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/videos/models/supported_models",
    }

    return _kwargs


_SUCCESS = model_kind(lambda: SupportedVideoModels)


def parse_success(data: Any) -> SupportedVideoModels:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("SupportedVideoModels", _SUCCESS.parse(data, None))


def parse_result(data: Any) -> list[str]:
    """The part of the reply the SDK methods return: its `data` field."""
    return parse_success(data).data


def sync(
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> SupportedVideoModels:
    """List the video generation models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SupportedVideoModels
    """

    request = build_request()
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> SupportedVideoModels:
    """List the video generation models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SupportedVideoModels
    """

    request = build_request()
    return await client.send(Call(request, parse_success), **options)
