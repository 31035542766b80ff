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
    from ..models.anthropic_message_delta_usage import AnthropicMessageDeltaUsage
    from ..models.anthropic_messages_delta import AnthropicMessagesDelta


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMessageDeltaEvent(Model):
    """The stop reason and the final usage, near the end of a stream."""

    type: Literal["message_delta"]
    """ `message_delta`. """
    delta: AnthropicMessagesDelta
    """ What a `message_delta` event changes in the message. Anthropic sends it without a `type`; some gateways add
    one. """
    usage: AnthropicMessageDeltaUsage | None = None
    """ The usage so far, in a `message_delta` event (counts are running totals). """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", const_kind("message_delta"), True, None),
        "delta": ("delta", model_kind(lambda: AnthropicMessagesDelta), True, None),
        "usage": ("usage", model_kind(lambda: AnthropicMessageDeltaUsage), False, None),
    }

    def __init__(
        self,
        *,
        type: Literal["message_delta"],
        delta: AnthropicMessagesDelta | Mapping[str, Any],
        usage: AnthropicMessageDeltaUsage | Mapping[str, Any] | None = None,
    ) -> None:
        self._parse(
            {
                "type": type,
                "delta": delta,
                "usage": usage,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMessageDeltaEvent:
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

        value = get("delta")
        if type(value) is dict:
            value = _parse_anthropic_messages_delta(AnthropicMessagesDelta, value, (path, "delta"))
        else:
            value = cls._coerce("delta", value, path)
        self.delta = value

        value = get("usage")
        if type(value) is dict:
            value = _parse_anthropic_message_delta_usage(
                AnthropicMessageDeltaUsage, value, (path, "usage")
            )
        elif value is not None:
            value = cls._coerce("usage", value, path)
        self.usage = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicMessageDeltaEvent._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMessageDeltaEvent.__dict__["_parse"].__func__


from ..models.anthropic_message_delta_usage import AnthropicMessageDeltaUsage
from ..models.anthropic_message_delta_usage import _parse as _parse_anthropic_message_delta_usage
from ..models.anthropic_messages_delta import AnthropicMessagesDelta
from ..models.anthropic_messages_delta import _parse as _parse_anthropic_messages_delta
