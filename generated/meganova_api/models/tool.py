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
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.function_definition import FunctionDefinition


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class Tool(Model):
    """A tool offered to the model."""

    type: str
    """ Tool kind; `function` for function tools. """
    function: FunctionDefinition
    """ A function the model may call. """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", STR, True, None),
        "function": ("function", model_kind(lambda: FunctionDefinition), True, None),
    }

    def __init__(
        self,
        *,
        type: str,
        function: FunctionDefinition | Mapping[str, Any],
    ) -> None:
        self._parse(
            {
                "type": type,
                "function": function,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> Tool:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("type")
        if type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

        value = get("function")
        if type(value) is dict:
            value = _parse_function_definition(FunctionDefinition, value, (path, "function"))
        else:
            value = cls._coerce("function", value, path)
        self.function = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(Tool._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = Tool.__dict__["_parse"].__func__


from ..models.function_definition import FunctionDefinition
from ..models.function_definition import _parse as _parse_function_definition
