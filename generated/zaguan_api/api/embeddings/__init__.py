# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
# ruff: noqa: F401, UP035
# (the imports cover whatever the tag's operations name; `typing.List` because a method named
# `list` hides the builtin in the class body)
"""The embeddings operations: endpoint modules, and methods for the SDK facades."""

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
    from ...models.embedding_request import EmbeddingRequest
    from ...models.embedding_response import EmbeddingResponse
    from ...models.error_response import ErrorResponse
    from ...models.zaguan_error_response import ZaguanErrorResponse
    from ...params import EmbeddingRequestParam

    class EmbeddingRequestKeywords(EmbeddingRequestParam, CallOptions, total=False):
        """The keywords of a call with a EmbeddingRequest body: its fields and the call options."""


class EmbeddingsMethods:
    """The embeddings operations as methods of a blocking SDK client or resource."""

    @overload
    def create_embeddings(
        self: SyncSender,
        request: EmbeddingRequest | EmbeddingRequestParam | Mapping[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> EmbeddingResponse: ...

    @overload
    def create_embeddings(
        self: SyncSender,
        request: None = None,
        /,
        **kwargs: Unpack[EmbeddingRequestKeywords],
    ) -> EmbeddingResponse: ...

    def create_embeddings(
        self: SyncSender,
        request: Any = None,
        /,
        **kwargs: Any,
    ) -> EmbeddingResponse:
        """Create embedding vectors for one or more inputs"""
        from .create_embeddings import build_request, parse_result

        # A request model or mapping, or the fields as keywords (the call options either way).
        json, options = split_options(kwargs)
        if request is not None:
            json = request_fields(request, json, invalid_argument)
        request = build_request(body=json)
        return self.send(Call(request, parse_result), **options)


class AsyncEmbeddingsMethods:
    """The embeddings operations as methods of an async SDK client or resource."""

    @overload
    async def create_embeddings(
        self: AsyncSender,
        request: EmbeddingRequest | EmbeddingRequestParam | Mapping[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> EmbeddingResponse: ...

    @overload
    async def create_embeddings(
        self: AsyncSender,
        request: None = None,
        /,
        **kwargs: Unpack[EmbeddingRequestKeywords],
    ) -> EmbeddingResponse: ...

    async def create_embeddings(
        self: AsyncSender,
        request: Any = None,
        /,
        **kwargs: Any,
    ) -> EmbeddingResponse:
        """Create embedding vectors for one or more inputs"""
        from .create_embeddings import build_request, parse_result

        # A request model or mapping, or the fields as keywords (the call options either way).
        json, options = split_options(kwargs)
        if request is not None:
            json = request_fields(request, json, invalid_argument)
        request = build_request(body=json)
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncEmbeddingsMethods", "EmbeddingsMethods"]
