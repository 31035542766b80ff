# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
# ruff: noqa: F401, UP006, UP035
# (the imports cover whatever the tag's operations name; `typing.List` because a method named
# `list` hides the builtin in the class body)
"""The things operations: endpoint modules, and methods for the SDK facades."""

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
    from ...models.color import Color
    from ...models.get_thing_x_mode import GetThingXMode
    from ...models.new_thing import NewThing
    from ...models.note import Note
    from ...models.part import Part
    from ...models.priority import Priority
    from ...models.problem import Problem
    from ...models.thing import Thing
    from ...params import NewThingParam, NoteParam

    class NewThingKeywords(NewThingParam, CallOptions, total=False):
        """The keywords of a call with a NewThing body: its fields and the call options."""

    class NoteKeywords(NoteParam, CallOptions, total=False):
        """The keywords of a call with a Note body: its fields and the call options."""

    class AddNoteKeywords(CallOptions, total=False):
        """The keywords of add_note(): the body's fields
        but text (the first arguments, by position or by name), and the call options."""

        pinned: bool | None


from ...types import UNSET


class ThingsMethods:
    """The things operations as methods of a blocking SDK client or resource."""

    def get_thing(
        self: SyncSender,
        thing_id: str,
        /,
        *,
        x_trace: str | None = None,
        x_version: str | None = None,
        x_mode: GetThingXMode | str | None = None,
        x_priority: Priority | int | None = None,
        **options: Unpack[CallOptions],
    ) -> Thing:
        """get_thing"""
        from .get_thing import build_request, parse_result

        request = build_request(
            thing_id=thing_id,
            x_trace=UNSET if x_trace is None else x_trace,
            x_version="1" if x_version is None else x_version,
            x_mode="fast" if x_mode is None else x_mode,
            x_priority=UNSET if x_priority is None else x_priority,
        )
        return self.send(Call(request, parse_result), **options)

    def delete_thing(
        self: SyncSender,
        thing: str,
        *,
        x_confirm: str,
        **options: Unpack[CallOptions],
    ) -> Any:
        """delete_thing"""
        from .delete_thing import build_request, parse_result

        request = build_request(
            thing_id=thing,
            x_confirm=x_confirm,
        )
        return self.send(Call(request, parse_result), **options)

    def list_things(
        self: SyncSender,
        limit: int | None = None,
        color: Color | str | None = None,
        q: str | None = None,
        min_score: float | None = None,
        tags: List[str] | None = None,
        since: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[Thing]:
        """list_things"""
        from .list_things import build_request, parse_result

        request = build_request(
            limit=UNSET if limit is None else limit,
            color=UNSET if color is None else color,
            q=UNSET if q is None else q,
            min_score=UNSET if min_score is None else min_score,
            tags=UNSET if tags is None else tags,
            since=UNSET if since is None else since,
        )
        # A list result arrives as a ResultList, which carries the request id.
        return cast("ResultList[Thing]", self.send(Call(request, parse_result), **options))

    @overload
    def create_thing(
        self: SyncSender,
        request: NewThing | NewThingParam | Mapping[str, Any],
        /,
        *,
        x_tenant: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Thing: ...

    @overload
    def create_thing(
        self: SyncSender,
        request: None = None,
        /,
        *,
        x_tenant: str | None = None,
        **kwargs: Unpack[NewThingKeywords],
    ) -> Thing: ...

    def create_thing(
        self: SyncSender,
        request: Any = None,
        /,
        *,
        x_tenant: str | None = None,
        **kwargs: Any,
    ) -> Thing:
        """create_thing"""
        from .create_thing import build_request, parse_result

        # A request model or mapping, or the fields as keywords (the call options either way).
        json, options = split_options(kwargs)
        if request is not None:
            json = request_fields(request, json, invalid_argument)
        request = build_request(body=json, x_tenant=UNSET if x_tenant is None else x_tenant)
        return self.send(Call(request, parse_result), **options)

    def list_parts(
        self: SyncSender,
        thing_id: str,
        /,
        **options: Unpack[CallOptions],
    ) -> ResultList[Part]:
        """list_parts"""
        from .list_parts import build_request, parse_result

        request = build_request(
            thing_id=thing_id,
        )
        # A list result arrives as a ResultList, which carries the request id.
        return cast("ResultList[Part]", self.send(Call(request, parse_result), **options))

    @overload
    def rename_thing(
        self: SyncSender,
        thing_id: str,
        request: NewThing | NewThingParam | Mapping[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> Thing: ...

    @overload
    def rename_thing(
        self: SyncSender,
        thing_id: str,
        request: None = None,
        /,
        **kwargs: Unpack[NewThingKeywords],
    ) -> Thing: ...

    def rename_thing(
        self: SyncSender,
        thing_id: str,
        request: Any = None,
        /,
        **kwargs: Any,
    ) -> Thing:
        """rename_thing"""
        from .rename_thing import build_request, parse_result

        # A request model or mapping, or the fields as keywords (the call options either way).
        json, options = split_options(kwargs)
        if request is not None:
            json = request_fields(request, json, invalid_argument)
        request = build_request(thing_id=thing_id, body=json)
        return self.send(Call(request, parse_result), **options)

    def add_note(
        self: SyncSender,
        thing_id: str,
        /,
        text: str,
        **kwargs: Unpack[AddNoteKeywords],
    ) -> Thing:
        """add_note"""
        from .add_note import build_request, parse_result

        json, options = split_options(kwargs)
        json["text"] = text
        request = build_request(thing_id=thing_id, body=json)
        return self.send(Call(request, parse_result), **options)

    def get_vault_thing(
        self: SyncSender,
        vault_key: str | Secret,
        thing_id: str,
        /,
        **options: Unpack[CallOptions],
    ) -> Thing:
        """get_vault_thing"""
        from .get_vault_thing import build_request, parse_result

        request = build_request(
            vault_key=vault_key,
            thing_id=thing_id,
        )
        return self.send(Call(request, parse_result), **options)


class AsyncThingsMethods:
    """The things operations as methods of an async SDK client or resource."""

    async def get_thing(
        self: AsyncSender,
        thing_id: str,
        /,
        *,
        x_trace: str | None = None,
        x_version: str | None = None,
        x_mode: GetThingXMode | str | None = None,
        x_priority: Priority | int | None = None,
        **options: Unpack[CallOptions],
    ) -> Thing:
        """get_thing"""
        from .get_thing import build_request, parse_result

        request = build_request(
            thing_id=thing_id,
            x_trace=UNSET if x_trace is None else x_trace,
            x_version="1" if x_version is None else x_version,
            x_mode="fast" if x_mode is None else x_mode,
            x_priority=UNSET if x_priority is None else x_priority,
        )
        return await self.send(Call(request, parse_result), **options)

    async def delete_thing(
        self: AsyncSender,
        thing: str,
        *,
        x_confirm: str,
        **options: Unpack[CallOptions],
    ) -> Any:
        """delete_thing"""
        from .delete_thing import build_request, parse_result

        request = build_request(
            thing_id=thing,
            x_confirm=x_confirm,
        )
        return await self.send(Call(request, parse_result), **options)

    async def list_things(
        self: AsyncSender,
        limit: int | None = None,
        color: Color | str | None = None,
        q: str | None = None,
        min_score: float | None = None,
        tags: List[str] | None = None,
        since: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[Thing]:
        """list_things"""
        from .list_things import build_request, parse_result

        request = build_request(
            limit=UNSET if limit is None else limit,
            color=UNSET if color is None else color,
            q=UNSET if q is None else q,
            min_score=UNSET if min_score is None else min_score,
            tags=UNSET if tags is None else tags,
            since=UNSET if since is None else since,
        )
        # A list result arrives as a ResultList, which carries the request id.
        return cast("ResultList[Thing]", await self.send(Call(request, parse_result), **options))

    @overload
    async def create_thing(
        self: AsyncSender,
        request: NewThing | NewThingParam | Mapping[str, Any],
        /,
        *,
        x_tenant: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Thing: ...

    @overload
    async def create_thing(
        self: AsyncSender,
        request: None = None,
        /,
        *,
        x_tenant: str | None = None,
        **kwargs: Unpack[NewThingKeywords],
    ) -> Thing: ...

    async def create_thing(
        self: AsyncSender,
        request: Any = None,
        /,
        *,
        x_tenant: str | None = None,
        **kwargs: Any,
    ) -> Thing:
        """create_thing"""
        from .create_thing import build_request, parse_result

        # A request model or mapping, or the fields as keywords (the call options either way).
        json, options = split_options(kwargs)
        if request is not None:
            json = request_fields(request, json, invalid_argument)
        request = build_request(body=json, x_tenant=UNSET if x_tenant is None else x_tenant)
        return await self.send(Call(request, parse_result), **options)

    async def list_parts(
        self: AsyncSender,
        thing_id: str,
        /,
        **options: Unpack[CallOptions],
    ) -> ResultList[Part]:
        """list_parts"""
        from .list_parts import build_request, parse_result

        request = build_request(
            thing_id=thing_id,
        )
        # A list result arrives as a ResultList, which carries the request id.
        return cast("ResultList[Part]", await self.send(Call(request, parse_result), **options))

    @overload
    async def rename_thing(
        self: AsyncSender,
        thing_id: str,
        request: NewThing | NewThingParam | Mapping[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> Thing: ...

    @overload
    async def rename_thing(
        self: AsyncSender,
        thing_id: str,
        request: None = None,
        /,
        **kwargs: Unpack[NewThingKeywords],
    ) -> Thing: ...

    async def rename_thing(
        self: AsyncSender,
        thing_id: str,
        request: Any = None,
        /,
        **kwargs: Any,
    ) -> Thing:
        """rename_thing"""
        from .rename_thing import build_request, parse_result

        # A request model or mapping, or the fields as keywords (the call options either way).
        json, options = split_options(kwargs)
        if request is not None:
            json = request_fields(request, json, invalid_argument)
        request = build_request(thing_id=thing_id, body=json)
        return await self.send(Call(request, parse_result), **options)

    async def add_note(
        self: AsyncSender,
        thing_id: str,
        /,
        text: str,
        **kwargs: Unpack[AddNoteKeywords],
    ) -> Thing:
        """add_note"""
        from .add_note import build_request, parse_result

        json, options = split_options(kwargs)
        json["text"] = text
        request = build_request(thing_id=thing_id, body=json)
        return await self.send(Call(request, parse_result), **options)

    async def get_vault_thing(
        self: AsyncSender,
        vault_key: str | Secret,
        thing_id: str,
        /,
        **options: Unpack[CallOptions],
    ) -> Thing:
        """get_vault_thing"""
        from .get_vault_thing import build_request, parse_result

        request = build_request(
            vault_key=vault_key,
            thing_id=thing_id,
        )
        return await self.send(Call(request, parse_result), **options)


__all__ = ["AsyncThingsMethods", "ThingsMethods"]
