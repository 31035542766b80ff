# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""The images operations: endpoint modules, and methods for the SDK facades."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from _gateway_runtime import Call, split_options

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, List

    from _gateway_runtime import CallOptions, ResultList
    from typing_extensions import Required, Unpack

    from ...client import AsyncSender, SyncSender
    from ...models.error_response import ErrorResponse
    from ...models.image_generation_request import ImageGenerationRequest
    from ...models.image_response import ImageResponse
    from ...models.zaguan_error_response import ZaguanErrorResponse
    from ...params import ImageGenerationRequestParam

    class ImageGenerationRequestKeywords(ImageGenerationRequestParam, CallOptions, total=False):
        """The keywords of a call with a ImageGenerationRequest body: its fields and the call options."""


class ImagesMethods:
    """The images operations as methods of a blocking SDK client or resource."""

    def create_image(
        self: SyncSender,
        **kwargs: Unpack[ImageGenerationRequestKeywords],
    ) -> ImageResponse:
        """Generate images from a prompt"""
        from .create_image import build_request, parse_result

        json, options = split_options(kwargs)
        request = build_request(body=json)
        return self.send(Call(request, parse_result), **options)


class AsyncImagesMethods:
    """The images operations as methods of an async SDK client or resource."""

    async def create_image(
        self: AsyncSender,
        **kwargs: Unpack[ImageGenerationRequestKeywords],
    ) -> ImageResponse:
        """Generate images from a prompt"""
        from .create_image import build_request, parse_result

        json, options = split_options(kwargs)
        request = build_request(body=json)
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncImagesMethods", "ImagesMethods"]
