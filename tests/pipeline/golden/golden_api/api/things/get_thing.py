# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from zaguan._runtime import Call

from ...types import (
    STR,
    UNSET,
    Unset,
    check_bounds,
    check_header,
    check_parameter,
    compile_pattern,
    enum_kind,
    model_kind,
    path_segment,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions

    from ...client import AsyncSender, SyncSender

from ...models.get_thing_x_mode import GetThingXMode
from ...models.priority import Priority
from ...models.thing import Thing

_PATTERN_X_TRACE = compile_pattern("[a-z]")


def build_request(
    thing_id: str,
    *,
    x_trace: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_version: str | Unset = "1",
    x_mode: GetThingXMode | str | Unset = GetThingXMode.FAST,
    x_priority: Priority | int | Unset = UNSET,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """
    check_parameter(thing_id, STR, "thing_id")

    headers: dict[str, Any] = {}
    if not isinstance(x_trace, Unset):
        check_header(x_trace, STR, "x_trace")
        check_bounds(x_trace, "x_trace", max_length=8, pattern=_PATTERN_X_TRACE)
        headers["X-Trace"] = x_trace
    if not isinstance(x_request_id, Unset):
        check_header(x_request_id, STR, "x_request_id")
        headers["X-Request-Id"] = x_request_id
    if not isinstance(x_version, Unset):
        check_header(x_version, STR, "x_version")
        headers["X-Version"] = x_version
    if not isinstance(x_mode, Unset):
        check_header(x_mode, enum_kind(lambda: GetThingXMode), "x_mode")
        headers["X-Mode"] = str(getattr(x_mode, "value", x_mode))

    if not isinstance(x_priority, Unset):
        check_header(x_priority, enum_kind(lambda: Priority), "x_priority")
        headers["X-Priority"] = str(getattr(x_priority, "value", x_priority))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/things/{thing_id}".format(
            thing_id=path_segment(thing_id, "thing_id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


_SUCCESS = model_kind(lambda: Thing)


def parse_success(data: Any) -> Thing:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("Thing", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    thing_id: str,
    *,
    x_trace: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_version: str | Unset = "1",
    x_mode: GetThingXMode | str | Unset = GetThingXMode.FAST,
    x_priority: Priority | int | Unset = UNSET,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> Thing:
    """
    Args:
        thing_id (str):
        x_trace (str | Unset):
        x_request_id (str | Unset):
        x_version (str | Unset):  Default: '1'.
        x_mode (GetThingXMode | Unset):  Default: GetThingXMode.FAST.
        x_priority (Priority | Unset): How urgent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Thing
    """

    request = build_request(
        thing_id=thing_id,
        x_trace=x_trace,
        x_request_id=x_request_id,
        x_version=x_version,
        x_mode=x_mode,
        x_priority=x_priority,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    thing_id: str,
    *,
    x_trace: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_version: str | Unset = "1",
    x_mode: GetThingXMode | str | Unset = GetThingXMode.FAST,
    x_priority: Priority | int | Unset = UNSET,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> Thing:
    """
    Args:
        thing_id (str):
        x_trace (str | Unset):
        x_request_id (str | Unset):
        x_version (str | Unset):  Default: '1'.
        x_mode (GetThingXMode | Unset):  Default: GetThingXMode.FAST.
        x_priority (Priority | Unset): How urgent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Thing
    """

    request = build_request(
        thing_id=thing_id,
        x_trace=x_trace,
        x_request_id=x_request_id,
        x_version=x_version,
        x_mode=x_mode,
        x_priority=x_priority,
    )
    return await client.send(Call(request, parse_success), **options)
