# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.color import Color
from ..models.priority import Priority
from ..types import (
    ANY,
    BOOL,
    CONSTRUCTING,
    DATE,
    DATETIME,
    INT,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    enum_kind,
    list_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.part import Part


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class Thing(Model):
    """A thing, with every kind of field."""

    id: str
    created: datetime.datetime
    from_: str | None = None
    """ A Python keyword as a field name. """
    due: datetime.date | None = None
    color: Color | None = None
    priority: Priority | None = None
    """ How urgent. """
    parts: list[Part] | None = None
    note: None | str = None
    extra: Any | None = None
    """ Free-form JSON. """
    object: str | None = None
    """ A builtin's name """
    type: str | None = None
    """ Another builtin's name """
    items_: list[int] | None = None
    """ A name the model's mapping needs, renamed to items_. """
    str_: bool | None = None
    """ A name the class body's annotations need """
    thing: str | None = None
    """ The schema's own snake-case name as a field. """
    _FIELDS: ClassVar[FieldTable] = {
        "id": ("id", STR, True, None),
        "created": ("created", DATETIME, True, None),
        "from": ("from_", STR, False, None),
        "due": ("due", DATE, False, None),
        "color": ("color", union_kind(enum_kind(lambda: Color), NULL), False, None),
        "priority": ("priority", enum_kind(lambda: Priority), False, None),
        "parts": ("parts", list_kind(model_kind(lambda: Part)), False, None),
        "note": ("note", union_kind(STR, NULL), False, None),
        "extra": ("extra", ANY, False, None),
        "object": ("object", STR, False, None),
        "type": ("type", STR, False, None),
        "items": ("items_", list_kind(INT), False, None),
        "str": ("str_", BOOL, False, None),
        "thing": ("thing", STR, False, None),
    }

    def __init__(
        self,
        *,
        id: str,
        created: datetime.datetime | str,
        from_: str | None = None,
        due: datetime.date | str | None = None,
        color: Color | str | None = None,
        priority: Priority | int | None = None,
        parts: Sequence[Part | Mapping[str, Any]] | None = None,
        note: str | None = None,
        extra: Any | None = None,
        object: str | None = None,
        type: str | None = None,
        items_: Sequence[int] | None = None,
        str_: bool | None = None,
        thing: str | None = None,
    ) -> None:
        self._parse(
            {
                "id": id,
                "created": created,
                "from": from_,
                "due": due,
                "color": color,
                "priority": priority,
                "parts": parts,
                "note": note,
                "extra": extra,
                "object": object,
                "type": type,
                "items": items_,
                "str": str_,
                "thing": thing,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> Thing:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("id")
        if type(value) is not str:
            value = cls._coerce("id", value, path)
        self.id = value

        value = get("created")
        value = cls._coerce("created", value, path)
        self.created = value

        value = get("from")
        if value is not None and type(value) is not str:
            value = cls._coerce("from", value, path)
        self.from_ = value

        value = get("due")
        if value is not None:
            value = cls._coerce("due", value, path)
        self.due = value

        value = get("color")
        if value is not None:
            value = cls._coerce("color", value, path)
        self.color = value

        value = get("priority")
        if value is not None:
            value = cls._coerce("priority", value, path)
        self.priority = value

        value = get("parts")
        if type(value) is list:
            parts_items = []
            parent = (path, "parts")
            for index, item in enumerate(value):
                parts_items.append(
                    item if type(item) is Part else _parse_part(Part, item, (parent, index))
                )
            value = parts_items
        elif value is not None:
            value = cls._coerce("parts", value, path)
        self.parts = value

        value = get("note")
        if value is not None and type(value) is not str:
            value = cls._coerce("note", value, path)
        self.note = value

        value = get("extra")
        self.extra = value

        value = get("object")
        if value is not None and type(value) is not str:
            value = cls._coerce("object", value, path)
        self.object = value

        value = get("type")
        if value is not None and type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

        value = get("items")
        if value is not None:
            value = cls._coerce("items", value, path)
        self.items_ = value

        value = get("str")
        if value is not None and type(value) is not bool:
            value = cls._coerce("str", value, path)
        self.str_ = value

        value = get("thing")
        if value is not None and type(value) is not str:
            value = cls._coerce("thing", value, path)
        self.thing = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(Thing._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = Thing.__dict__["_parse"].__func__


from ..models.part import Part
from ..models.part import _parse as _parse_part
