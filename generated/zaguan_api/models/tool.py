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
    _KEYS: ClassVar[frozenset[str]] = frozenset(_FIELDS)

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
    def _parse(cls, src: Mapping[str, Any], path: Path, self: Any = None) -> Tool:
        # One function for construction (given `self`) and parsing: a call saved per object.
        if type(src) is not dict:
            src = cls._source(src, path)
        if self is None:
            self = cls.__new__(cls)
        get = src.get
        value = get("type")
        if type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

        value = get("function")
        if type(value) is dict:
            value = FunctionDefinition._parse(value, (path, "function"))
        else:
            value = cls._coerce("function", value, path)
        self.function = value

        if not src.keys() <= cls._KEYS:
            self._extras(src)
        return self  # type: ignore[no-any-return]


from ..models.function_definition import FunctionDefinition  # noqa: E402
