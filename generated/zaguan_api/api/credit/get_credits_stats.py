# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from zaguan._runtime import Call

from ...types import (
    STR,
    UNSET,
    Unset,
    check_header,
    check_parameter,
    enum_kind,
    model_kind,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions

    from ...client import AsyncSender, SyncSender

from ...models.credits_period import CreditsPeriod
from ...models.credits_stats import CreditsStats


def build_request(
    *,
    period: CreditsPeriod | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        check_header(x_request_id, STR, "x_request_id")
        headers["X-Request-Id"] = x_request_id

    if not isinstance(period, Unset):
        check_parameter(period, enum_kind(lambda: CreditsPeriod), "period")
    params: dict[str, Any] = {}

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = getattr(period, "value", period)

    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/credits/stats",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_SUCCESS = model_kind(lambda: CreditsStats)


def parse_success(data: Any) -> CreditsStats:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("CreditsStats", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    *,
    period: CreditsPeriod | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> CreditsStats:
    """Credits statistics

    Args:
        period (CreditsPeriod | Unset): A period credits statistics aggregate over. A period the
            SDK does not know yet is sent as given.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsStats
    """

    request = build_request(
        period=period,
        x_request_id=x_request_id,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    *,
    period: CreditsPeriod | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> CreditsStats:
    """Credits statistics

    Args:
        period (CreditsPeriod | Unset): A period credits statistics aggregate over. A period the
            SDK does not know yet is sent as given.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsStats
    """

    request = build_request(
        period=period,
        x_request_id=x_request_id,
    )
    return await client.send(Call(request, parse_success), **options)
