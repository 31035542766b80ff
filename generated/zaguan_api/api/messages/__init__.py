# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
# ruff: noqa: F401, UP035
# (the imports cover whatever the tag's operations name; `typing.List` because a method named
# `list` hides the builtin in the class body)
"""The messages operations: endpoint modules, and methods for the SDK facades."""

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
    from ...models.anthropic_messages_batch_list import AnthropicMessagesBatchList
    from ...models.anthropic_messages_batch_response import AnthropicMessagesBatchResponse
    from ...models.error_response import ErrorResponse
    from ...models.zaguan_error_response import ZaguanErrorResponse


from ...types import UNSET


class MessagesMethods:
    """The messages operations as methods of a blocking SDK client or resource."""

    def list_messages_batches(
        self: SyncSender,
        limit: int | None = None,
        after_id: str | None = None,
        before_id: str | None = None,
        *,
        anthropic_version: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AnthropicMessagesBatchList:
        """List message batches, newest first, one page"""
        from .list_messages_batches import build_request, parse_result

        request = build_request(
            limit=UNSET if limit is None else limit,
            after_id=UNSET if after_id is None else after_id,
            before_id=UNSET if before_id is None else before_id,
            anthropic_version="2023-06-01" if anthropic_version is None else anthropic_version,
        )
        return self.send(Call(request, parse_result), **options)

    def get_messages_batch(
        self: SyncSender,
        batch_id: str,
        *,
        anthropic_version: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AnthropicMessagesBatchResponse:
        """A message batch and its progress"""
        from .get_messages_batch import build_request, parse_result

        request = build_request(
            message_batch_id=batch_id,
            anthropic_version="2023-06-01" if anthropic_version is None else anthropic_version,
        )
        return self.send(Call(request, parse_result), **options)

    def cancel_messages_batch(
        self: SyncSender,
        batch_id: str,
        *,
        anthropic_version: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AnthropicMessagesBatchResponse:
        """Cancel a message batch (requests not yet processed are canceled)"""
        from .cancel_messages_batch import build_request, parse_result

        request = build_request(
            message_batch_id=batch_id,
            anthropic_version="2023-06-01" if anthropic_version is None else anthropic_version,
        )
        return self.send(Call(request, parse_result), **options)


class AsyncMessagesMethods:
    """The messages operations as methods of an async SDK client or resource."""

    async def list_messages_batches(
        self: AsyncSender,
        limit: int | None = None,
        after_id: str | None = None,
        before_id: str | None = None,
        *,
        anthropic_version: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AnthropicMessagesBatchList:
        """List message batches, newest first, one page"""
        from .list_messages_batches import build_request, parse_result

        request = build_request(
            limit=UNSET if limit is None else limit,
            after_id=UNSET if after_id is None else after_id,
            before_id=UNSET if before_id is None else before_id,
            anthropic_version="2023-06-01" if anthropic_version is None else anthropic_version,
        )
        return await self.send(Call(request, parse_result), **options)

    async def get_messages_batch(
        self: AsyncSender,
        batch_id: str,
        *,
        anthropic_version: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AnthropicMessagesBatchResponse:
        """A message batch and its progress"""
        from .get_messages_batch import build_request, parse_result

        request = build_request(
            message_batch_id=batch_id,
            anthropic_version="2023-06-01" if anthropic_version is None else anthropic_version,
        )
        return await self.send(Call(request, parse_result), **options)

    async def cancel_messages_batch(
        self: AsyncSender,
        batch_id: str,
        *,
        anthropic_version: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AnthropicMessagesBatchResponse:
        """Cancel a message batch (requests not yet processed are canceled)"""
        from .cancel_messages_batch import build_request, parse_result

        request = build_request(
            message_batch_id=batch_id,
            anthropic_version="2023-06-01" if anthropic_version is None else anthropic_version,
        )
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncMessagesMethods", "MessagesMethods"]
