# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FLOAT,
    INT,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.pending_tool_call import PendingToolCall


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AgentChatResponse(Model):
    """An agent's reply."""

    response: str
    """ The agent's reply. """
    conversation_id: str
    """ The conversation (pass it to continue). """
    message_id: str
    """ The reply's id. """
    agent_id: str
    """ The agent's id. """
    agent_name: str
    """ The agent's name. """
    tokens_used: int | None = None
    """ Tokens the reply used. """
    memories_used: int | None = None
    """ Memories the agent drew on. """
    image_urls: list[str] | None = None
    """ Images in the reply. """
    resolution_status: None | str = None
    """ Whether the user's request is resolved, as the agent judges. """
    resolution_confidence: float | None = None
    """ How sure the agent is of that. """
    pending_tool_call: None | PendingToolCall = None
    """ A tool call waiting for approval (`confirm_tool`), if any. """
    status: None | str = None
    """ The reply's status. """
    _FIELDS: ClassVar[FieldTable] = {
        "response": ("response", STR, True, None),
        "conversation_id": ("conversation_id", STR, True, None),
        "message_id": ("message_id", STR, True, None),
        "agent_id": ("agent_id", STR, True, None),
        "agent_name": ("agent_name", STR, True, None),
        "tokens_used": ("tokens_used", union_kind(INT, NULL), False, None),
        "memories_used": ("memories_used", INT, False, 0),
        "image_urls": ("image_urls", union_kind(list_kind(STR), NULL), False, None),
        "resolution_status": ("resolution_status", union_kind(STR, NULL), False, None),
        "resolution_confidence": ("resolution_confidence", union_kind(FLOAT, NULL), False, None),
        "pending_tool_call": (
            "pending_tool_call",
            union_kind(model_kind(lambda: PendingToolCall), NULL),
            False,
            None,
        ),
        "status": ("status", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        response: str,
        conversation_id: str,
        message_id: str,
        agent_id: str,
        agent_name: str,
        tokens_used: int | None = None,
        memories_used: int | None = None,
        image_urls: Sequence[str] | None = None,
        resolution_status: str | None = None,
        resolution_confidence: float | None = None,
        pending_tool_call: PendingToolCall | Mapping[str, Any] | None = None,
        status: str | None = None,
    ) -> None:
        self._parse(
            {
                "response": response,
                "conversation_id": conversation_id,
                "message_id": message_id,
                "agent_id": agent_id,
                "agent_name": agent_name,
                "tokens_used": tokens_used,
                "memories_used": memories_used,
                "image_urls": image_urls,
                "resolution_status": resolution_status,
                "resolution_confidence": resolution_confidence,
                "pending_tool_call": pending_tool_call,
                "status": status,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AgentChatResponse:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("response")
        if type(value) is not str:
            value = cls._coerce("response", value, path)
        self.response = value

        value = get("conversation_id")
        if type(value) is not str:
            value = cls._coerce("conversation_id", value, path)
        self.conversation_id = value

        value = get("message_id")
        if type(value) is not str:
            value = cls._coerce("message_id", value, path)
        self.message_id = value

        value = get("agent_id")
        if type(value) is not str:
            value = cls._coerce("agent_id", value, path)
        self.agent_id = value

        value = get("agent_name")
        if type(value) is not str:
            value = cls._coerce("agent_name", value, path)
        self.agent_name = value

        value = get("tokens_used")
        if value is not None and type(value) is not int:
            value = cls._coerce("tokens_used", value, path)
        self.tokens_used = value

        value = get("memories_used")
        if value is not None and type(value) is not int:
            value = cls._coerce("memories_used", value, path)
        self.memories_used = value

        value = get("image_urls")
        if value is not None:
            value = cls._coerce("image_urls", value, path)
        self.image_urls = value

        value = get("resolution_status")
        if value is not None and type(value) is not str:
            value = cls._coerce("resolution_status", value, path)
        self.resolution_status = value

        value = get("resolution_confidence")
        if value is not None and type(value) is not float:
            value = cls._coerce("resolution_confidence", value, path)
        self.resolution_confidence = value

        value = get("pending_tool_call")
        if type(value) is dict:
            value = _parse_pending_tool_call(PendingToolCall, value, (path, "pending_tool_call"))
        elif value is not None:
            value = cls._coerce("pending_tool_call", value, path)
        self.pending_tool_call = value

        value = get("status")
        if value is not None and type(value) is not str:
            value = cls._coerce("status", value, path)
        self.status = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AgentChatResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AgentChatResponse.__dict__["_parse"].__func__


from ..models.pending_tool_call import PendingToolCall
from ..models.pending_tool_call import _parse as _parse_pending_tool_call
