# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
# ruff: noqa: F401, UP035
# (the imports cover whatever the tag's operations name; `typing.List` because a method named
# `list` hides the builtin in the class body)
"""The usage operations: endpoint modules, and methods for the SDK facades."""

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
    from ...models.error_response import ErrorResponse
    from ...models.usage_group_by import UsageGroupBy
    from ...models.usage_summary import UsageSummary


from ...types import UNSET


class UsageMethods:
    """The usage operations as methods of a blocking SDK client or resource."""

    def summary(
        self: SyncSender,
        from_: str,
        to: str,
        group_by: UsageGroupBy | str | None = None,
        user_id: str | None = None,
        api_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> UsageSummary:
        """Usage summary over a time range"""
        from .get_usage_summary import build_request, parse_result

        request = build_request(
            from_=from_,
            to=to,
            group_by=UNSET if group_by is None else group_by,
            user_id=UNSET if user_id is None else user_id,
            api_key=UNSET if api_key is None else api_key,
        )
        return self.send(Call(request, parse_result), **options)


class AsyncUsageMethods:
    """The usage operations as methods of an async SDK client or resource."""

    async def summary(
        self: AsyncSender,
        from_: str,
        to: str,
        group_by: UsageGroupBy | str | None = None,
        user_id: str | None = None,
        api_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> UsageSummary:
        """Usage summary over a time range"""
        from .get_usage_summary import build_request, parse_result

        request = build_request(
            from_=from_,
            to=to,
            group_by=UNSET if group_by is None else group_by,
            user_id=UNSET if user_id is None else user_id,
            api_key=UNSET if api_key is None else api_key,
        )
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncUsageMethods", "UsageMethods"]
