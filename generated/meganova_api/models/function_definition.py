# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
    BOOL,
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
class FunctionDefinition(Model):
    """A function the model may call."""

    name: str
    """ Function name. """
    description: str | None = None
    """ What the function does, for the model. """
    parameters: Any | None = None
    """ JSON Schema of the arguments. (free-form JSON object) """
    strict: bool | None = None
    """ Whether the arguments must follow the schema exactly. """
    _FIELDS: ClassVar[FieldTable] = {
        "name": ("name", STR, True, None),
        "description": ("description", STR, False, None),
        "parameters": ("parameters", ANY, False, None),
        "strict": ("strict", BOOL, False, None),
    }

    def __init__(
        self,
        *,
        name: str,
        description: str | None = None,
        parameters: Any | None = None,
        strict: bool | None = None,
    ) -> None:
        self._parse(
            {
                "name": name,
                "description": description,
                "parameters": parameters,
                "strict": strict,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> FunctionDefinition:
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

        value = get("description")
        if value is not None and type(value) is not str:
            value = cls._coerce("description", value, path)
        self.description = value

        value = get("parameters")
        self.parameters = value

        value = get("strict")
        if value is not None and type(value) is not bool:
            value = cls._coerce("strict", value, path)
        self.strict = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(FunctionDefinition._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = FunctionDefinition.__dict__["_parse"].__func__
