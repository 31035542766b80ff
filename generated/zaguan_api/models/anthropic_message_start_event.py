# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FieldTable,
    Model,
    Path,
    const_kind,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.anthropic_messages_response import AnthropicMessagesResponse


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMessageStartEvent(Model):
    """The first event of a stream: the message, with no content yet."""

    type: Literal["message_start"]
    """ `message_start`. """
    message: AnthropicMessagesResponse
    """ A message the model wrote (Anthropic's Message). """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", const_kind("message_start"), True, None),
        "message": ("message", model_kind(lambda: AnthropicMessagesResponse), True, None),
    }

    def __init__(
        self,
        *,
        type: Literal["message_start"],
        message: AnthropicMessagesResponse | Mapping[str, Any],
    ) -> None:
        self._parse(
            {
                "type": type,
                "message": message,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMessageStartEvent:
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

        value = get("message")
        if type(value) is dict:
            value = _parse_anthropic_messages_response(
                AnthropicMessagesResponse, value, (path, "message")
            )
        else:
            value = cls._coerce("message", value, path)
        self.message = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicMessageStartEvent._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMessageStartEvent.__dict__["_parse"].__func__


from ..models.anthropic_messages_response import AnthropicMessagesResponse
from ..models.anthropic_messages_response import _parse as _parse_anthropic_messages_response
