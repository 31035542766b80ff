# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
# ruff: noqa: F401, UP035
# (the imports cover whatever the tag's operations name; `typing.List` because a method named
# `list` hides the builtin in the class body)
"""The images operations: endpoint modules, and methods for the SDK facades."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast, overload

from zaguan._runtime import Call, request_fields, split_options

from ...errors import invalid_argument

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import List

    from typing_extensions import Required, Unpack
    from zaguan._runtime import CallOptions, FileInput, ResultList, Secret

    from ...client import AsyncSender, SyncSender
    from ...models.error_response import ErrorResponse
    from ...models.image_edit_request import ImageEditRequest
    from ...models.image_generation_request import ImageGenerationRequest
    from ...models.image_response import ImageResponse
    from ...models.image_variation_request import ImageVariationRequest
    from ...models.zaguan_error_response import ZaguanErrorResponse
    from ...params import ImageGenerationRequestParam

    class ImageGenerationRequestKeywords(ImageGenerationRequestParam, CallOptions, total=False):
        """The keywords of a call with a ImageGenerationRequest body: its fields and the call options."""

    from ...models.image_response_format import ImageResponseFormat

    class EditImageKeywords(CallOptions, total=False):
        """The keywords of edit_image(): the body's fields
        but image, prompt (the first arguments, by position or by name), and the call options."""

        mask: FileInput | None
        model: str | None
        n: int | None
        size: str | None
        response_format: ImageResponseFormat | str | None
        user: str | None

    class CreateImageVariationKeywords(CallOptions, total=False):
        """The keywords of create_image_variation(): the body's fields
        but image (the first arguments, by position or by name), and the call options."""

        model: str | None
        n: int | None
        size: str | None
        response_format: ImageResponseFormat | str | None
        user: str | None


class ImagesMethods:
    """The images operations as methods of a blocking SDK client or resource."""

    @overload
    def create_image(
        self: SyncSender,
        request: ImageGenerationRequest | ImageGenerationRequestParam | Mapping[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> ImageResponse: ...

    @overload
    def create_image(
        self: SyncSender,
        request: None = None,
        /,
        **kwargs: Unpack[ImageGenerationRequestKeywords],
    ) -> ImageResponse: ...

    def create_image(
        self: SyncSender,
        request: Any = None,
        /,
        **kwargs: Any,
    ) -> ImageResponse:
        """Generate images from a prompt"""
        from .create_image import build_request, parse_result

        # A request model or mapping, or the fields as keywords (the call options either way).
        json, options = split_options(kwargs)
        if request is not None:
            json = request_fields(request, json, invalid_argument)
        request = build_request(body=json)
        return self.send(Call(request, parse_result), **options)

    def edit_image(
        self: SyncSender,
        image: FileInput,
        prompt: str,
        **kwargs: Unpack[EditImageKeywords],
    ) -> ImageResponse:
        """Edit an image from a prompt (and a mask)"""
        from .edit_image import build_request, parse_result

        json, options = split_options(kwargs)
        json["image"] = image
        json["prompt"] = prompt
        request = build_request(body=json)
        return self.send(Call(request, parse_result), **options)

    def create_image_variation(
        self: SyncSender,
        image: FileInput,
        **kwargs: Unpack[CreateImageVariationKeywords],
    ) -> ImageResponse:
        """Make variations of an image"""
        from .create_image_variation import build_request, parse_result

        json, options = split_options(kwargs)
        json["image"] = image
        request = build_request(body=json)
        return self.send(Call(request, parse_result), **options)


class AsyncImagesMethods:
    """The images operations as methods of an async SDK client or resource."""

    @overload
    async def create_image(
        self: AsyncSender,
        request: ImageGenerationRequest | ImageGenerationRequestParam | Mapping[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> ImageResponse: ...

    @overload
    async def create_image(
        self: AsyncSender,
        request: None = None,
        /,
        **kwargs: Unpack[ImageGenerationRequestKeywords],
    ) -> ImageResponse: ...

    async def create_image(
        self: AsyncSender,
        request: Any = None,
        /,
        **kwargs: Any,
    ) -> ImageResponse:
        """Generate images from a prompt"""
        from .create_image import build_request, parse_result

        # A request model or mapping, or the fields as keywords (the call options either way).
        json, options = split_options(kwargs)
        if request is not None:
            json = request_fields(request, json, invalid_argument)
        request = build_request(body=json)
        return await self.send(Call(request, parse_result), **options)

    async def edit_image(
        self: AsyncSender,
        image: FileInput,
        prompt: str,
        **kwargs: Unpack[EditImageKeywords],
    ) -> ImageResponse:
        """Edit an image from a prompt (and a mask)"""
        from .edit_image import build_request, parse_result

        json, options = split_options(kwargs)
        json["image"] = image
        json["prompt"] = prompt
        request = build_request(body=json)
        return await self.send(Call(request, parse_result), **options)

    async def create_image_variation(
        self: AsyncSender,
        image: FileInput,
        **kwargs: Unpack[CreateImageVariationKeywords],
    ) -> ImageResponse:
        """Make variations of an image"""
        from .create_image_variation import build_request, parse_result

        json, options = split_options(kwargs)
        json["image"] = image
        request = build_request(body=json)
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncImagesMethods", "ImagesMethods"]
