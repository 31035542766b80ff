# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""The moderations operations: endpoint modules, and methods for the SDK facades."""

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
    from ...models.moderation_request import ModerationRequest
    from ...models.moderation_response import ModerationResponse
    from ...models.zaguan_error_response import ZaguanErrorResponse
    from ...params import ModerationRequestParam

    class ModerationRequestKeywords(ModerationRequestParam, CallOptions, total=False):
        """The keywords of a call with a ModerationRequest body: its fields and the call options."""


class ModerationsMethods:
    """The moderations operations as methods of a blocking SDK client or resource."""

    def create_moderation(
        self: SyncSender,
        **kwargs: Unpack[ModerationRequestKeywords],
    ) -> ModerationResponse:
        """Classify text against the moderation categories"""
        from .create_moderation import build_request, parse_result

        json, options = split_options(kwargs)
        request = build_request(body=json)
        return self.send(Call(request, parse_result), **options)


class AsyncModerationsMethods:
    """The moderations operations as methods of an async SDK client or resource."""

    async def create_moderation(
        self: AsyncSender,
        **kwargs: Unpack[ModerationRequestKeywords],
    ) -> ModerationResponse:
        """Classify text against the moderation categories"""
        from .create_moderation import build_request, parse_result

        json, options = split_options(kwargs)
        request = build_request(body=json)
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncModerationsMethods", "ModerationsMethods"]
