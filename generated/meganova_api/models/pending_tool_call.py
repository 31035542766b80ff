# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
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
class PendingToolCall(Model):
    """A tool call the agent is waiting to have approved (`confirm_tool`)."""

    approval_id: str
    """ What `confirm_tool` approves or rejects. """
    tool_name: str
    """ The tool. """
    tool_arguments: Any
    """ The tool's arguments. (free-form JSON object) """
    description: str
    """ What the call would do, for the user to judge. """
    _FIELDS: ClassVar[FieldTable] = {
        "approval_id": ("approval_id", STR, True, None),
        "tool_name": ("tool_name", STR, True, None),
        "tool_arguments": ("tool_arguments", ANY, True, None),
        "description": ("description", STR, True, None),
    }

    def __init__(
        self,
        *,
        approval_id: str,
        tool_name: str,
        tool_arguments: Any,
        description: str,
    ) -> None:
        self._parse(
            {
                "approval_id": approval_id,
                "tool_name": tool_name,
                "tool_arguments": tool_arguments,
                "description": description,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> PendingToolCall:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("approval_id")
        if type(value) is not str:
            value = cls._coerce("approval_id", value, path)
        self.approval_id = value

        value = get("tool_name")
        if type(value) is not str:
            value = cls._coerce("tool_name", value, path)
        self.tool_name = value

        value = get("tool_arguments")
        self.tool_arguments = value

        value = get("description")
        if type(value) is not str:
            value = cls._coerce("description", value, path)
        self.description = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(PendingToolCall._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = PendingToolCall.__dict__["_parse"].__func__
