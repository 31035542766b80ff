# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class FunctionCallDelta(Model):
    """A fragment of a function call in a stream chunk; fragments concatenate."""

    name: str | None = None
    """ Function name, sent in the first fragment. """
    arguments: str | None = None
    """ The next piece of the JSON-encoded arguments. """
    _FIELDS: ClassVar[FieldTable] = {
        "name": ("name", STR, False, None),
        "arguments": ("arguments", STR, False, None),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        arguments: str | None = None,
    ) -> None:
        self._parse(
            {
                "name": name,
                "arguments": arguments,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> FunctionCallDelta:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("name")
        if value is not None and type(value) is not str:
            value = cls._coerce("name", value, path)
        self.name = value

        value = get("arguments")
        if value is not None and type(value) is not str:
            value = cls._coerce("arguments", value, path)
        self.arguments = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(FunctionCallDelta._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = FunctionCallDelta.__dict__["_parse"].__func__
