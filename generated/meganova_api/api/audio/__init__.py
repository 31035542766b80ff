# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
# ruff: noqa: F401, UP035
# (the imports cover whatever the tag's operations name; `typing.List` because a method named
# `list` hides the builtin in the class body)
"""The audio operations: endpoint modules, and methods for the SDK facades."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast, overload

from meganova._runtime import Call, request_fields, split_options

from ...errors import invalid_argument

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import List

    from meganova._runtime import CallOptions, FileInput, ResultList, Secret
    from typing_extensions import Required, Unpack

    from ...client import AsyncSender, SyncSender
    from ...models.error_response import ErrorResponse
    from ...models.transcription_request import TranscriptionRequest
    from ...models.transcription_response import TranscriptionResponse

    class TranscribeAudioKeywords(CallOptions, total=False):
        """The keywords of transcribe(): the body's fields
        but file (the first arguments, by position or by name), and the call options."""

        model: Required[str]
        language: str | None


class AudioMethods:
    """The audio operations as methods of a blocking SDK client or resource."""

    def transcribe(
        self: SyncSender,
        file: FileInput,
        **kwargs: Unpack[TranscribeAudioKeywords],
    ) -> TranscriptionResponse:
        """Transcribe audio into text"""
        from .transcribe_audio import build_request, parse_result

        json, options = split_options(kwargs)
        json["file"] = file
        request = build_request(body=json)
        return self.send(Call(request, parse_result), **options)


class AsyncAudioMethods:
    """The audio operations as methods of an async SDK client or resource."""

    async def transcribe(
        self: AsyncSender,
        file: FileInput,
        **kwargs: Unpack[TranscribeAudioKeywords],
    ) -> TranscriptionResponse:
        """Transcribe audio into text"""
        from .transcribe_audio import build_request, parse_result

        json, options = split_options(kwargs)
        json["file"] = file
        request = build_request(body=json)
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncAudioMethods", "AudioMethods"]
