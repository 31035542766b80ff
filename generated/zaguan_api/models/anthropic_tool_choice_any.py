# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define

from ..types import (
    BOOL,
    CONSTRUCTING,
    FieldTable,
    Model,
    Path,
    const_kind,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicToolChoiceAny(Model):
    """The model must call one of the tools."""

    type: Literal["any"]
    """ `any`. """
    disable_parallel_tool_use: bool | None = None
    """ Exactly one tool call. """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", const_kind("any"), True, None),
        "disable_parallel_tool_use": ("disable_parallel_tool_use", BOOL, False, None),
    }

    def __init__(
        self,
        *,
        type: Literal["any"],
        disable_parallel_tool_use: bool | None = None,
    ) -> None:
        self._parse(
            {
                "type": type,
                "disable_parallel_tool_use": disable_parallel_tool_use,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicToolChoiceAny:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("type")
        value = cls._coerce("type", value, path)
        self.type = value

        value = get("disable_parallel_tool_use")
        if value is not None and type(value) is not bool:
            value = cls._coerce("disable_parallel_tool_use", value, path)
        self.disable_parallel_tool_use = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicToolChoiceAny._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicToolChoiceAny.__dict__["_parse"].__func__
