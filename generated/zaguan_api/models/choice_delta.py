# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.chat_role import ChatRole
from ..types import (
    CONSTRUCTING,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    enum_kind,
    list_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.tool_call_delta import ToolCallDelta


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ChoiceDelta(Model):
    """What a stream chunk adds to one choice's message."""

    role: ChatRole | None = None
    """ Who wrote a message. Gateways add roles over time, so an unknown role is kept as is. """
    content: None | str = None
    """ The next piece of text; null or absent when the chunk carries none. """
    reasoning_content: None | str = None
    """ The next piece of reasoning text, from reasoning models. """
    tool_calls: list[ToolCallDelta] | None = None
    """ Tool-call fragments. """
    refusal: None | str = None
    """ The next piece of a refusal. """
    _FIELDS: ClassVar[FieldTable] = {
        "role": ("role", enum_kind(lambda: ChatRole), False, None),
        "content": ("content", union_kind(STR, NULL), False, None),
        "reasoning_content": ("reasoning_content", union_kind(STR, NULL), False, None),
        "tool_calls": ("tool_calls", list_kind(model_kind(lambda: ToolCallDelta)), False, None),
        "refusal": ("refusal", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        role: ChatRole | str | None = None,
        content: str | None = None,
        reasoning_content: str | None = None,
        tool_calls: Sequence[ToolCallDelta | Mapping[str, Any]] | None = None,
        refusal: str | None = None,
    ) -> None:
        self._parse(
            {
                "role": role,
                "content": content,
                "reasoning_content": reasoning_content,
                "tool_calls": tool_calls,
                "refusal": refusal,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ChoiceDelta:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("role")
        if value is not None:
            value = cls._coerce("role", value, path)
        self.role = value

        value = get("content")
        if value is not None and type(value) is not str:
            value = cls._coerce("content", value, path)
        self.content = value

        value = get("reasoning_content")
        if value is not None and type(value) is not str:
            value = cls._coerce("reasoning_content", value, path)
        self.reasoning_content = value

        value = get("tool_calls")
        if type(value) is list:
            tool_calls_items = []
            parent = (path, "tool_calls")
            for index, item in enumerate(value):
                tool_calls_items.append(
                    item
                    if type(item) is ToolCallDelta
                    else _parse_tool_call_delta(ToolCallDelta, item, (parent, index))
                )
            value = tool_calls_items
        elif value is not None:
            value = cls._coerce("tool_calls", value, path)
        self.tool_calls = value

        value = get("refusal")
        if value is not None and type(value) is not str:
            value = cls._coerce("refusal", value, path)
        self.refusal = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ChoiceDelta._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ChoiceDelta.__dict__["_parse"].__func__


from ..models.tool_call_delta import ToolCallDelta
from ..models.tool_call_delta import _parse as _parse_tool_call_delta
