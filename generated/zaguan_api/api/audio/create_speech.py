# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from zaguan._runtime import Call

from ...types import (
    ANY,
    STR,
    UNSET,
    Unset,
    check_header,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions

    from ...client import AsyncSender, SyncSender

from ...models.speech_request import SpeechRequest
from ...types import File


def build_request(
    *,
    body: SpeechRequest | Mapping[str, Any],
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
        "url": "/v1/audio/speech",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, SpeechRequest) else dict(body)

    _kwargs["headers"] = headers
    return _kwargs


_SUCCESS = ANY


def parse_success(data: Any) -> File:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("File", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    *,
    body: SpeechRequest | Mapping[str, Any],
    x_request_id: str | Unset = UNSET,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> File:
    """Turn text into speech

    Args:
        x_request_id (str | Unset):
        body (SpeechRequest): Text to speak.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    request = build_request(
        body=body,
        x_request_id=x_request_id,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    *,
    body: SpeechRequest | Mapping[str, Any],
    x_request_id: str | Unset = UNSET,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> File:
    """Turn text into speech

    Args:
        x_request_id (str | Unset):
        body (SpeechRequest): Text to speak.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    request = build_request(
        body=body,
        x_request_id=x_request_id,
    )
    return await client.send(Call(request, parse_success), **options)
