# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _attrs_define

from ..models.color import Color
from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    enum_kind,
)


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class NewThing(Model):
    name: str
    color: Color | None = None
    """ A color; new ones may appear. """
    _FIELDS: ClassVar[FieldTable] = {
        "name": ("name", STR, True, None),
        "color": ("color", enum_kind(lambda: Color), False, None),
    }
    _KEYS: ClassVar[frozenset[str]] = frozenset(_FIELDS)

    def __init__(
        self,
        *,
        name: str,
        color: Color | str | None = None,
    ) -> None:
        self._parse(
            {
                "name": name,
                "color": color,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src: Mapping[str, Any], path: Path, self: Any = None) -> NewThing:
        # One function for construction (given `self`) and parsing: a call saved per object.
        if type(src) is not dict:
            src = cls._source(src, path)
        if self is None:
            self = cls.__new__(cls)
        get = src.get
        value = get("name")
        if type(value) is not str:
            value = cls._coerce("name", value, path)
        self.name = value

        value = get("color")
        if value is not None:
            value = cls._coerce("color", value, path)
        self.color = value

        if not src.keys() <= cls._KEYS:
            self._extras(src)
        return self  # type: ignore[no-any-return]
