# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.agent_user_identifier_type import AgentUserIdentifierType
from ..types import (
    ANY,
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    enum_kind,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AgentChatRequest(Model):
    """A message for an agent."""

    message: str
    """ The user's message. """
    conversation_id: str | None = None
    """ The conversation to continue; a new one starts without it. """
    user_identifier: str | None = None
    """ Who the user is, for the agent's memory. """
    user_identifier_type: AgentUserIdentifierType | None = None
    """ What kind of value `user_identifier` is. A value the SDK does not know yet is sent as given. """
    extra_data: Any | None = None
    """ Metadata for the agent. (free-form JSON object) """
    _FIELDS: ClassVar[FieldTable] = {
        "message": ("message", STR, True, None),
        "conversation_id": ("conversation_id", STR, False, None),
        "user_identifier": ("user_identifier", STR, False, None),
        "user_identifier_type": (
            "user_identifier_type",
            enum_kind(lambda: AgentUserIdentifierType),
            False,
            None,
        ),
        "extra_data": ("extra_data", ANY, False, None),
    }

    def __init__(
        self,
        *,
        message: str,
        conversation_id: str | None = None,
        user_identifier: str | None = None,
        user_identifier_type: AgentUserIdentifierType | str | None = None,
        extra_data: Any | None = None,
    ) -> None:
        self._parse(
            {
                "message": message,
                "conversation_id": conversation_id,
                "user_identifier": user_identifier,
                "user_identifier_type": user_identifier_type,
                "extra_data": extra_data,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AgentChatRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("message")
        if type(value) is not str:
            value = cls._coerce("message", value, path)
        self.message = value

        value = get("conversation_id")
        if value is not None and type(value) is not str:
            value = cls._coerce("conversation_id", value, path)
        self.conversation_id = value

        value = get("user_identifier")
        if value is not None and type(value) is not str:
            value = cls._coerce("user_identifier", value, path)
        self.user_identifier = value

        value = get("user_identifier_type")
        if value is not None:
            value = cls._coerce("user_identifier_type", value, path)
        self.user_identifier_type = value

        value = get("extra_data")
        self.extra_data = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AgentChatRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AgentChatRequest.__dict__["_parse"].__func__
