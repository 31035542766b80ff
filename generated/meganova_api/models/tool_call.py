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
    from ..models.function_call import FunctionCall


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ToolCall(Model):
    """A tool call made by the assistant in a complete message."""

    id: str
    """ Identifier to quote in the `tool` message that answers the call. """
    type: str
    """ Tool kind; `function` for function calls. """
    function: FunctionCall
    """ A function the model asked to call, with JSON-encoded arguments. """
    _FIELDS: ClassVar[FieldTable] = {
        "id": ("id", STR, True, None),
        "type": ("type", STR, True, None),
        "function": ("function", model_kind(lambda: FunctionCall), True, None),
    }

    def __init__(
        self,
        *,
        id: str,
        type: str,
        function: FunctionCall | Mapping[str, Any],
    ) -> None:
        self._parse(
            {
                "id": id,
                "type": type,
                "function": function,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> ToolCall:
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

        value = get("type")
        if type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

        value = get("function")
        if type(value) is dict:
            value = _parse_function_call(FunctionCall, value, (path, "function"))
        else:
            value = cls._coerce("function", value, path)
        self.function = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ToolCall._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ToolCall.__dict__["_parse"].__func__


from ..models.function_call import FunctionCall
from ..models.function_call import _parse as _parse_function_call
