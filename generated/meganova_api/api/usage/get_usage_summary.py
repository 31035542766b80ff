# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from meganova._runtime import Call

from ...types import (
    STR,
    UNSET,
    Unset,
    check_bounds,
    check_parameter,
    compile_pattern,
    enum_kind,
    model_kind,
)

if TYPE_CHECKING:
    from meganova._runtime import CallOptions
    from typing_extensions import Unpack

    from ...client import AsyncSender, SyncSender

from ...models.usage_group_by import UsageGroupBy
from ...models.usage_summary import UsageSummary

_PATTERN_FROM_ = compile_pattern(
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$"
)
_PATTERN_TO = compile_pattern(
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$"
)


def build_request(
    *,
    from_: str,
    to: str,
    group_by: UsageGroupBy | str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    api_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    check_parameter(from_, STR, "from_")
    check_bounds(from_, "from_", pattern=_PATTERN_FROM_)
    check_parameter(to, STR, "to")
    check_bounds(to, "to", pattern=_PATTERN_TO)
    if not isinstance(group_by, Unset):
        check_parameter(group_by, enum_kind(lambda: UsageGroupBy), "group_by")
    if not isinstance(user_id, Unset):
        check_parameter(user_id, STR, "user_id")
    if not isinstance(api_key, Unset):
        check_parameter(api_key, STR, "api_key")
    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = getattr(group_by, "value", group_by)

    params["group_by"] = json_group_by

    params["user_id"] = user_id

    params["api_key"] = api_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage/summary",
        "params": params,
    }

    return _kwargs


_SUCCESS = model_kind(lambda: UsageSummary)


def parse_success(data: Any) -> UsageSummary:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("UsageSummary", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    *,
    from_: str,
    to: str,
    group_by: UsageGroupBy | str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    api_key: str | Unset = UNSET,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> UsageSummary:
    """Usage summary over a time range

    Args:
        from_ (str):
        to (str):
        group_by (UsageGroupBy | Unset): How usage figures are grouped. A grouping the SDK does
            not know yet is sent as given.
        user_id (str | Unset):
        api_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UsageSummary
    """

    request = build_request(
        from_=from_,
        to=to,
        group_by=group_by,
        user_id=user_id,
        api_key=api_key,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    *,
    from_: str,
    to: str,
    group_by: UsageGroupBy | str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    api_key: str | Unset = UNSET,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> UsageSummary:
    """Usage summary over a time range

    Args:
        from_ (str):
        to (str):
        group_by (UsageGroupBy | Unset): How usage figures are grouped. A grouping the SDK does
            not know yet is sent as given.
        user_id (str | Unset):
        api_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UsageSummary
    """

    request = build_request(
        from_=from_,
        to=to,
        group_by=group_by,
        user_id=user_id,
        api_key=api_key,
    )
    return await client.send(Call(request, parse_success), **options)
