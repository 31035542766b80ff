# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from zaguan._runtime import Call

from ...types import (
    FLOAT,
    INT,
    STR,
    UNSET,
    Unset,
    check_bounds,
    check_parameter,
    compile_pattern,
    enum_kind,
    list_kind,
    model_kind,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import CallOptions

    from ...client import AsyncSender, SyncSender

from ...models.color import Color
from ...models.thing import Thing

_PATTERN_SINCE = compile_pattern("^\\d{4}-\\d{2}-\\d{2}$")


def build_request(
    *,
    limit: int | Unset = UNSET,
    color: Color | str | Unset = UNSET,
    q: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    since: str | Unset = UNSET,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    if not isinstance(limit, Unset):
        check_parameter(limit, INT, "limit")
        check_bounds(limit, "limit", minimum=1, maximum=100)
    if not isinstance(color, Unset):
        check_parameter(color, enum_kind(lambda: Color), "color")
    if not isinstance(q, Unset):
        check_parameter(q, STR, "q")
        check_bounds(q, "q", min_length=2, max_length=10)
    if not isinstance(min_score, Unset):
        check_parameter(min_score, FLOAT, "min_score")
        check_bounds(min_score, "min_score", exclusive_minimum=0, exclusive_maximum=1)
    if not isinstance(tags, Unset):
        check_parameter(tags, list_kind(STR), "tags")
        check_bounds(tags, "tags", max_items=2)
    if not isinstance(since, Unset):
        check_parameter(since, STR, "since")
        check_bounds(since, "since", pattern=_PATTERN_SINCE)
    params: dict[str, Any] = {}

    params["limit"] = limit

    json_color: str | Unset = UNSET
    if not isinstance(color, Unset):
        json_color = getattr(color, "value", color)

    params["color"] = json_color

    params["q"] = q

    params["min_score"] = min_score

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["since"] = since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/things",
        "params": params,
    }

    return _kwargs


_SUCCESS = list_kind(model_kind(lambda: Thing))


def parse_success(data: Any) -> list[Thing]:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("list[Thing]", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    *,
    limit: int | Unset = UNSET,
    color: Color | str | Unset = UNSET,
    q: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    since: str | Unset = UNSET,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> list[Thing]:
    """
    Args:
        limit (int | Unset):
        color (Color | Unset): A color; new ones may appear.
        q (str | Unset):
        min_score (float | Unset):
        tags (list[str] | Unset):
        since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Thing]
    """

    request = build_request(
        limit=limit,
        color=color,
        q=q,
        min_score=min_score,
        tags=tags,
        since=since,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    *,
    limit: int | Unset = UNSET,
    color: Color | str | Unset = UNSET,
    q: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    since: str | Unset = UNSET,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> list[Thing]:
    """
    Args:
        limit (int | Unset):
        color (Color | Unset): A color; new ones may appear.
        q (str | Unset):
        min_score (float | Unset):
        tags (list[str] | Unset):
        since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Thing]
    """

    request = build_request(
        limit=limit,
        color=color,
        q=q,
        min_score=min_score,
        tags=tags,
        since=since,
    )
    return await client.send(Call(request, parse_success), **options)
