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

from ...models.transcription_response import TranscriptionResponse


def build_request(
    *,
    body: Mapping[str, Any],
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/transcriptions",
    }

    fields = {key: value for key, value in dict(body).items() if value is not None}
    _kwargs["multipart"] = {
        "files": {name: fields.pop(name) for name in ("file",) if name in fields},
        "data": fields,
    }

    _kwargs["headers"] = headers
    return _kwargs


_SUCCESS = model_kind(lambda: TranscriptionResponse)


def parse_success(data: Any) -> TranscriptionResponse:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("TranscriptionResponse", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    *,
    body: Mapping[str, Any],
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> TranscriptionResponse:
    """Transcribe audio into text

    Args:
        body (TranscriptionRequest): Audio to transcribe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TranscriptionResponse
    """

    request = build_request(
        body=body,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    *,
    body: Mapping[str, Any],
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> TranscriptionResponse:
    """Transcribe audio into text

    Args:
        body (TranscriptionRequest): Audio to transcribe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TranscriptionResponse
    """

    request = build_request(
        body=body,
    )
    return await client.send(Call(request, parse_success), **options)
