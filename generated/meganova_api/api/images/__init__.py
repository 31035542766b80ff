# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
# ruff: noqa: F401, UP035
# (the imports cover whatever the tag's operations name; `typing.List` because a method named
# `list` hides the builtin in the class body)
"""The images operations: endpoint modules, and methods for the SDK facades."""

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
    from ...models.image_generation_request import ImageGenerationRequest
    from ...models.image_generation_response import ImageGenerationResponse
    from ...params import ImageGenerationRequestParam

    class ImageGenerationRequestKeywords(ImageGenerationRequestParam, CallOptions, total=False):
        """The keywords of a call with a ImageGenerationRequest body: its fields and the call options."""

    class GenerateImageKeywords(CallOptions, total=False):
        """The keywords of generate(): the body's fields
        but prompt (the first arguments, by position or by name), and the call options."""

        model: Required[str]
        width: int | None
        height: int | None
        num_steps: int | None
        guidance_scale: float | None
        seed: int | None
        negative_prompt: str | None
        max_sequence_length: int | None
        image: str | None
        mask: str | None


class ImagesMethods:
    """The images operations as methods of a blocking SDK client or resource."""

    def generate(
        self: SyncSender,
        prompt: str,
        **kwargs: Unpack[GenerateImageKeywords],
    ) -> ImageGenerationResponse:
        """Generate images from a prompt"""
        from .generate_image import build_request, parse_result

        json, options = split_options(kwargs)
        json["prompt"] = prompt
        request = build_request(body=json)
        return self.send(Call(request, parse_result), **options)


class AsyncImagesMethods:
    """The images operations as methods of an async SDK client or resource."""

    async def generate(
        self: AsyncSender,
        prompt: str,
        **kwargs: Unpack[GenerateImageKeywords],
    ) -> ImageGenerationResponse:
        """Generate images from a prompt"""
        from .generate_image import build_request, parse_result

        json, options = split_options(kwargs)
        json["prompt"] = prompt
        request = build_request(body=json)
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncImagesMethods", "ImagesMethods"]
