# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.function_call_delta import FunctionCallDelta


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ToolCallDelta(Model):
    """A fragment of a tool call in a stream chunk. Fragments with the same `index` belong to the same call."""

    index: int
    """ Position of the call in the message's `tool_calls`. """
    id: str | None = None
    """ Call identifier, sent in the first fragment. """
    type: str | None = None
    """ Tool kind, sent in the first fragment. """
    function: FunctionCallDelta | None = None
    """ A fragment of a function call in a stream chunk; fragments concatenate. """
    _FIELDS: ClassVar[FieldTable] = {
        "index": ("index", INT, True, None),
        "id": ("id", STR, False, None),
        "type": ("type", STR, False, None),
        "function": ("function", model_kind(lambda: FunctionCallDelta), False, None),
    }

    def __init__(
        self,
        *,
        index: int,
        id: str | None = None,
        type: str | None = None,
        function: FunctionCallDelta | Mapping[str, Any] | None = None,
    ) -> None:
        self._parse(
            {
                "index": index,
                "id": id,
                "type": type,
                "function": function,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ToolCallDelta:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("index")
        if type(value) is not int:
            value = cls._coerce("index", value, path)
        self.index = value

        value = get("id")
        if value is not None and type(value) is not str:
            value = cls._coerce("id", value, path)
        self.id = value

        value = get("type")
        if value is not None and type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

        value = get("function")
        if type(value) is dict:
            value = _parse_function_call_delta(FunctionCallDelta, value, (path, "function"))
        elif value is not None:
            value = cls._coerce("function", value, path)
        self.function = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ToolCallDelta._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ToolCallDelta.__dict__["_parse"].__func__


from ..models.function_call_delta import FunctionCallDelta
from ..models.function_call_delta import _parse as _parse_function_call_delta
