# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
# ruff: noqa: F401, UP035
# (the imports cover whatever the tag's operations name; `typing.List` because a method named
# `list` hides the builtin in the class body)
"""The embeddings operations: endpoint modules, and methods for the SDK facades."""

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
    from ...models.embedding_request import EmbeddingRequest
    from ...models.embedding_response import EmbeddingResponse
    from ...models.error_response import ErrorResponse
    from ...params import EmbeddingRequestParam

    class EmbeddingRequestKeywords(EmbeddingRequestParam, CallOptions, total=False):
        """The keywords of a call with a EmbeddingRequest body: its fields and the call options."""

    from ...models.embedding_encoding_format import EmbeddingEncodingFormat

    class CreateEmbeddingsKeywords(CallOptions, total=False):
        """The keywords of create(): the body's fields
        but input (the first arguments, by position or by name), and the call options."""

        model: Required[str]
        encoding_format: EmbeddingEncodingFormat | str | None
        dimensions: int | None
        user: str | None


class EmbeddingsMethods:
    """The embeddings operations as methods of a blocking SDK client or resource."""

    def create(
        self: SyncSender,
        input: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]],
        **kwargs: Unpack[CreateEmbeddingsKeywords],
    ) -> EmbeddingResponse:
        """Create embedding vectors for one or more inputs"""
        from .create_embeddings import build_request, parse_result

        json, options = split_options(kwargs)
        json["input"] = input
        request = build_request(body=json)
        return self.send(Call(request, parse_result), **options)


class AsyncEmbeddingsMethods:
    """The embeddings operations as methods of an async SDK client or resource."""

    async def create(
        self: AsyncSender,
        input: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]],
        **kwargs: Unpack[CreateEmbeddingsKeywords],
    ) -> EmbeddingResponse:
        """Create embedding vectors for one or more inputs"""
        from .create_embeddings import build_request, parse_result

        json, options = split_options(kwargs)
        json["input"] = input
        request = build_request(body=json)
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncEmbeddingsMethods", "EmbeddingsMethods"]
