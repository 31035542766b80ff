# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
# ruff: noqa: F401, UP035
# (the imports cover whatever the tag's operations name; `typing.List` because a method named
# `list` hides the builtin in the class body)
"""The models operations: endpoint modules, and methods for the SDK facades."""

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
    from ...models.model_info import ModelInfo
    from ...models.model_list import ModelList
    from ...models.zaguan_error_response import ZaguanErrorResponse


class ModelsMethods:
    """The models operations as methods of a blocking SDK client or resource."""

    def list_models(
        self: SyncSender,
        **options: Unpack[CallOptions],
    ) -> ResultList[ModelInfo]:
        """List models"""
        from .list_models import build_request, parse_result

        request = build_request()
        # A list result arrives as a ResultList, which carries the request id.
        return cast("ResultList[ModelInfo]", self.send(Call(request, parse_result), **options))


class AsyncModelsMethods:
    """The models operations as methods of an async SDK client or resource."""

    async def list_models(
        self: AsyncSender,
        **options: Unpack[CallOptions],
    ) -> ResultList[ModelInfo]:
        """List models"""
        from .list_models import build_request, parse_result

        request = build_request()
        # A list result arrives as a ResultList, which carries the request id.
        return cast(
            "ResultList[ModelInfo]", await self.send(Call(request, parse_result), **options)
        )


__all__ = ["AsyncModelsMethods", "ModelsMethods"]
