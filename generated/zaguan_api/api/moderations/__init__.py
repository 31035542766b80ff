# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
# ruff: noqa: F401, UP035
# (the imports cover whatever the tag's operations name; `typing.List` because a method named
# `list` hides the builtin in the class body)
"""The moderations operations: endpoint modules, and methods for the SDK facades."""

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
    from ...models.moderation_request import ModerationRequest
    from ...models.moderation_response import ModerationResponse
    from ...models.zaguan_error_response import ZaguanErrorResponse
    from ...params import ModerationRequestParam

    class ModerationRequestKeywords(ModerationRequestParam, CallOptions, total=False):
        """The keywords of a call with a ModerationRequest body: its fields and the call options."""


class ModerationsMethods:
    """The moderations operations as methods of a blocking SDK client or resource."""

    @overload
    def create_moderation(
        self: SyncSender,
        request: ModerationRequest | ModerationRequestParam | Mapping[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> ModerationResponse: ...

    @overload
    def create_moderation(
        self: SyncSender,
        request: None = None,
        /,
        **kwargs: Unpack[ModerationRequestKeywords],
    ) -> ModerationResponse: ...

    def create_moderation(
        self: SyncSender,
        request: Any = None,
        /,
        **kwargs: Any,
    ) -> ModerationResponse:
        """Classify text against the moderation categories"""
        from .create_moderation import build_request, parse_result

        # A request model or mapping, or the fields as keywords (the call options either way).
        json, options = split_options(kwargs)
        if request is not None:
            json = request_fields(request, json, invalid_argument)
        request = build_request(body=json)
        return self.send(Call(request, parse_result), **options)


class AsyncModerationsMethods:
    """The moderations operations as methods of an async SDK client or resource."""

    @overload
    async def create_moderation(
        self: AsyncSender,
        request: ModerationRequest | ModerationRequestParam | Mapping[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> ModerationResponse: ...

    @overload
    async def create_moderation(
        self: AsyncSender,
        request: None = None,
        /,
        **kwargs: Unpack[ModerationRequestKeywords],
    ) -> ModerationResponse: ...

    async def create_moderation(
        self: AsyncSender,
        request: Any = None,
        /,
        **kwargs: Any,
    ) -> ModerationResponse:
        """Classify text against the moderation categories"""
        from .create_moderation import build_request, parse_result

        # A request model or mapping, or the fields as keywords (the call options either way).
        json, options = split_options(kwargs)
        if request is not None:
            json = request_fields(request, json, invalid_argument)
        request = build_request(body=json)
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncModerationsMethods", "ModerationsMethods"]
