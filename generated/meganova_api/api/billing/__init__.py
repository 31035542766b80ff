# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
# ruff: noqa: F401, UP035
# (the imports cover whatever the tag's operations name; `typing.List` because a method named
# `list` hides the builtin in the class body)
"""The billing operations: endpoint modules, and methods for the SDK facades."""

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
    from ...models.billing_balance import BillingBalance
    from ...models.error_response import ErrorResponse


class BillingMethods:
    """The billing operations as methods of a blocking SDK client or resource."""

    def get_balance(
        self: SyncSender,
        **options: Unpack[CallOptions],
    ) -> BillingBalance:
        """Account balance"""
        from .get_billing_balance import build_request, parse_result

        request = build_request()
        return self.send(Call(request, parse_result), **options)


class AsyncBillingMethods:
    """The billing operations as methods of an async SDK client or resource."""

    async def get_balance(
        self: AsyncSender,
        **options: Unpack[CallOptions],
    ) -> BillingBalance:
        """Account balance"""
        from .get_billing_balance import build_request, parse_result

        request = build_request()
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncBillingMethods", "BillingMethods"]
