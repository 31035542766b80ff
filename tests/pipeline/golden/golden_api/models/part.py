# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class Part(Model):
    name: str
    parts: list[Part] | None = None
    """ A schema holding itself (its parser imports its own module's). """
    _FIELDS: ClassVar[FieldTable] = {
        "name": ("name", STR, True, None),
        "parts": ("parts", list_kind(model_kind(lambda: Part)), False, None),
    }

    def __init__(
        self,
        *,
        name: str,
        parts: Sequence[Part | Mapping[str, Any]] | None = None,
    ) -> None:
        self._parse(
            {
                "name": name,
                "parts": parts,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> Part:
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

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(Part._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = Part.__dict__["_parse"].__func__


from ..models.part import _parse as _parse_part
