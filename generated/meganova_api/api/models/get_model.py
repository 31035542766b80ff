# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from meganova._runtime import Call

from ...types import (
    STR,
    check_parameter,
    model_kind,
    path_segment,
)

if TYPE_CHECKING:
    from meganova._runtime import CallOptions
    from typing_extensions import Unpack

    from ...client import AsyncSender, SyncSender

from ...models.model_info import ModelInfo


def build_request(
    model_id: str,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """
    check_parameter(model_id, STR, "model_id")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/{model_id}".format(
            model_id=path_segment(model_id, "model_id"),
        ),
    }

    return _kwargs


_SUCCESS = model_kind(lambda: ModelInfo)


def parse_success(data: Any) -> ModelInfo:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("ModelInfo", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    model_id: str,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> ModelInfo:
    """Get one model

    Args:
        model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelInfo
    """

    request = build_request(
        model_id=model_id,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    model_id: str,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> ModelInfo:
    """Get one model

    Args:
        model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelInfo
    """

    request = build_request(
        model_id=model_id,
    )
    return await client.send(Call(request, parse_success), **options)
