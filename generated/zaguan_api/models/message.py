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
    from ..models.content_part import ContentPart
    from ..models.tool_call import ToolCall


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class Message(Model):
    """One message of a conversation, in a request or in a reply. Reads both as attributes (`message.content`) and by key
    (`message["content"]`).

    """

    role: ChatRole
    """ Who wrote a message. Gateways add roles over time, so an unknown role is kept as is. """
    content: list[ContentPart] | None | str = None
    """ Text, a list of content parts, or null (an assistant message with tool calls). """
    name: str | None = None
    """ Optional name of the author, to tell participants of the same role apart. """
    tool_calls: list[ToolCall] | None = None
    """ Tool calls made by the assistant. """
    tool_call_id: str | None = None
    """ In a `tool` message, the id of the call it answers. """
    reasoning_content: None | str = None
    """ Reasoning text of a reasoning model, when the gateway returns it. """
    refusal: None | str = None
    """ The model's refusal message, when it refused. """
    _FIELDS: ClassVar[FieldTable] = {
        "role": ("role", enum_kind(lambda: ChatRole), True, ChatRole.ASSISTANT),
        "content": (
            "content",
            union_kind(STR, list_kind(model_kind(lambda: ContentPart)), NULL),
            False,
            None,
        ),
        "name": ("name", STR, False, None),
        "tool_calls": ("tool_calls", list_kind(model_kind(lambda: ToolCall)), False, None),
        "tool_call_id": ("tool_call_id", STR, False, None),
        "reasoning_content": ("reasoning_content", union_kind(STR, NULL), False, None),
        "refusal": ("refusal", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        role: ChatRole | str,
        content: str | Sequence[ContentPart | Mapping[str, Any]] | None = None,
        name: str | None = None,
        tool_calls: Sequence[ToolCall | Mapping[str, Any]] | None = None,
        tool_call_id: str | None = None,
        reasoning_content: str | None = None,
        refusal: str | None = None,
    ) -> None:
        self._parse(
            {
                "role": role,
                "content": content,
                "name": name,
                "tool_calls": tool_calls,
                "tool_call_id": tool_call_id,
                "reasoning_content": reasoning_content,
                "refusal": refusal,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> Message:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("role")
        value = cls._coerce("role", value, path)
        self.role = value

        value = get("content")
        if value is not None:
            value = cls._coerce("content", value, path)
        self.content = value

        value = get("name")
        if value is not None and type(value) is not str:
            value = cls._coerce("name", value, path)
        self.name = value

        value = get("tool_calls")
        if type(value) is list:
            tool_calls_items = []
            parent = (path, "tool_calls")
            for index, item in enumerate(value):
                tool_calls_items.append(
                    item
                    if type(item) is ToolCall
                    else _parse_tool_call(ToolCall, item, (parent, index))
                )
            value = tool_calls_items
        elif value is not None:
            value = cls._coerce("tool_calls", value, path)
        self.tool_calls = value

        value = get("tool_call_id")
        if value is not None and type(value) is not str:
            value = cls._coerce("tool_call_id", value, path)
        self.tool_call_id = value

        value = get("reasoning_content")
        if value is not None and type(value) is not str:
            value = cls._coerce("reasoning_content", value, path)
        self.reasoning_content = value

        value = get("refusal")
        if value is not None and type(value) is not str:
            value = cls._coerce("refusal", value, path)
        self.refusal = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(Message._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = Message.__dict__["_parse"].__func__


from ..models.content_part import ContentPart
from ..models.tool_call import ToolCall
from ..models.tool_call import _parse as _parse_tool_call
