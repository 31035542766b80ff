# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.color import Color
from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    enum_kind,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class NewThing(Model):
    name: str
    color: Color | None = None
    """ A color; new ones may appear. """
    _FIELDS: ClassVar[FieldTable] = {
        "name": ("name", STR, True, None),
        "color": ("color", enum_kind(lambda: Color), False, None),
    }

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
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> NewThing:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("name")
        if type(value) is not str:
            value = cls._coerce("name", value, path)
        self.name = value

        value = get("color")
        if value is not None:
            value = cls._coerce("color", value, path)
        self.color = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(NewThing._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = NewThing.__dict__["_parse"].__func__
