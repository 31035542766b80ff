# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    BOOL,
    CONSTRUCTING,
    FLOAT,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.chat_message import ChatMessage


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AgentCompletionRequest(Model):
    """An OpenAI-style chat request for an agent (its model and prompt are the agent's own)."""

    messages: list[ChatMessage]
    stream: bool | None = None
    """ Stream the reply as `ChatCompletionChunk` events. """
    temperature: float | None = None
    """ Overrides the agent's temperature. """
    max_tokens: int | None = None
    """ Overrides the agent's maximum tokens. """
    user: str | None = None
    """ Who the user is, for the agent's memory (its `user_identifier`). """
    _FIELDS: ClassVar[FieldTable] = {
        "messages": ("messages", list_kind(model_kind(lambda: ChatMessage)), True, None),
        "stream": ("stream", BOOL, False, None),
        "temperature": ("temperature", FLOAT, False, None),
        "max_tokens": ("max_tokens", INT, False, None),
        "user": ("user", STR, False, None),
    }

    def __init__(
        self,
        *,
        messages: Sequence[ChatMessage | Mapping[str, Any]],
        stream: bool | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
        user: str | None = None,
    ) -> None:
        self._parse(
            {
                "messages": messages,
                "stream": stream,
                "temperature": temperature,
                "max_tokens": max_tokens,
                "user": user,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AgentCompletionRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("messages")
        if type(value) is list:
            messages_items = []
            parent = (path, "messages")
            for index, item in enumerate(value):
                messages_items.append(
                    item
                    if type(item) is ChatMessage
                    else _parse_chat_message(ChatMessage, item, (parent, index))
                )
            value = messages_items
        else:
            value = cls._coerce("messages", value, path)
        self.messages = value

        value = get("stream")
        if value is not None and type(value) is not bool:
            value = cls._coerce("stream", value, path)
        self.stream = value

        value = get("temperature")
        if value is not None and type(value) is not float:
            value = cls._coerce("temperature", value, path)
        self.temperature = value

        value = get("max_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("max_tokens", value, path)
        self.max_tokens = value

        value = get("user")
        if value is not None and type(value) is not str:
            value = cls._coerce("user", value, path)
        self.user = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AgentCompletionRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AgentCompletionRequest.__dict__["_parse"].__func__


from ..models.chat_message import ChatMessage
from ..models.chat_message import _parse as _parse_chat_message
