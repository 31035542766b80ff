# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""The things operations: endpoint modules, and methods for the SDK facades."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from _gateway_runtime import Call, split_options

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, List

    from _gateway_runtime import CallOptions, ResultList
    from typing_extensions import Required, Unpack

    from ...client import AsyncSender, SyncSender
    from ...models.color import Color
    from ...models.new_thing import NewThing
    from ...models.problem import Problem
    from ...models.thing import Thing
    from ...params import NewThingParam

    class NewThingKeywords(NewThingParam, CallOptions, total=False):
        """The keywords of a call with a NewThing body: its fields and the call options."""


from ...types import UNSET


class ThingsMethods:
    """The things operations as methods of a blocking SDK client or resource."""

    def get_thing(
        self: SyncSender,
        thing_id: str,
        /,
        **options: Unpack[CallOptions],
    ) -> Thing:
        """get_thing"""
        from .get_thing import build_request, parse_result

        request = build_request(
            thing_id=thing_id,
        )
        return self.send(Call(request, parse_result), **options)

    def list_things(
        self: SyncSender,
        limit: int | None = None,
        color: Color | str | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[Thing]:
        """list_things"""
        from .list_things import build_request, parse_result

        request = build_request(
            limit=UNSET if limit is None else limit,
            color=UNSET if color is None else color,
        )
        # A list result arrives as a ResultList, which carries the request id.
        return cast("ResultList[Thing]", self.send(Call(request, parse_result), **options))

    def create_thing(
        self: SyncSender,
        **kwargs: Unpack[NewThingKeywords],
    ) -> Thing:
        """create_thing"""
        from .create_thing import build_request, parse_result

        json, options = split_options(kwargs)
        request = build_request(body=json)
        return self.send(Call(request, parse_result), **options)


class AsyncThingsMethods:
    """The things operations as methods of an async SDK client or resource."""

    async def get_thing(
        self: AsyncSender,
        thing_id: str,
        /,
        **options: Unpack[CallOptions],
    ) -> Thing:
        """get_thing"""
        from .get_thing import build_request, parse_result

        request = build_request(
            thing_id=thing_id,
        )
        return await self.send(Call(request, parse_result), **options)

    async def list_things(
        self: AsyncSender,
        limit: int | None = None,
        color: Color | str | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[Thing]:
        """list_things"""
        from .list_things import build_request, parse_result

        request = build_request(
            limit=UNSET if limit is None else limit,
            color=UNSET if color is None else color,
        )
        # A list result arrives as a ResultList, which carries the request id.
        return cast("ResultList[Thing]", await self.send(Call(request, parse_result), **options))

    async def create_thing(
        self: AsyncSender,
        **kwargs: Unpack[NewThingKeywords],
    ) -> Thing:
        """create_thing"""
        from .create_thing import build_request, parse_result

        json, options = split_options(kwargs)
        request = build_request(body=json)
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncThingsMethods", "ThingsMethods"]
