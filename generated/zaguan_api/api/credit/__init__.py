# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
# ruff: noqa: F401, UP035
# (the imports cover whatever the tag's operations name; `typing.List` because a method named
# `list` hides the builtin in the class body)
"""The credit operations: endpoint modules, and methods for the SDK facades."""

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
    from ...models.credits_balance import CreditsBalance
    from ...models.credits_period import CreditsPeriod
    from ...models.credits_stats import CreditsStats
    from ...models.error_response import ErrorResponse
    from ...models.zaguan_error_response import ZaguanErrorResponse


from ...types import UNSET


class CreditMethods:
    """The credit operations as methods of a blocking SDK client or resource."""

    def get_credits_balance(
        self: SyncSender,
        **options: Unpack[CallOptions],
    ) -> CreditsBalance:
        """Credits balance"""
        from .get_credits_balance import build_request, parse_result

        request = build_request()
        return self.send(Call(request, parse_result), **options)

    def get_credits_stats(
        self: SyncSender,
        period: CreditsPeriod | str | None = None,
        **options: Unpack[CallOptions],
    ) -> CreditsStats:
        """Credits statistics"""
        from .get_credits_stats import build_request, parse_result

        request = build_request(
            period=UNSET if period is None else period,
        )
        return self.send(Call(request, parse_result), **options)


class AsyncCreditMethods:
    """The credit operations as methods of an async SDK client or resource."""

    async def get_credits_balance(
        self: AsyncSender,
        **options: Unpack[CallOptions],
    ) -> CreditsBalance:
        """Credits balance"""
        from .get_credits_balance import build_request, parse_result

        request = build_request()
        return await self.send(Call(request, parse_result), **options)

    async def get_credits_stats(
        self: AsyncSender,
        period: CreditsPeriod | str | None = None,
        **options: Unpack[CallOptions],
    ) -> CreditsStats:
        """Credits statistics"""
        from .get_credits_stats import build_request, parse_result

        request = build_request(
            period=UNSET if period is None else period,
        )
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncCreditMethods", "CreditMethods"]
