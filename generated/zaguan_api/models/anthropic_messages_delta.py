# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.anthropic_stop_reason import AnthropicStopReason
from ..types import (
    CONSTRUCTING,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    enum_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMessagesDelta(Model):
    """What a `message_delta` event changes in the message. Anthropic sends it without a `type`; some gateways add one."""

    type: str | None = None
    """ Absent in Anthropic's events. """
    stop_reason: AnthropicStopReason | None = None
    """ Why the model stopped. """
    stop_sequence: None | str = None
    """ The stop sequence the model wrote, if one stopped it. """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", STR, False, None),
        "stop_reason": (
            "stop_reason",
            union_kind(enum_kind(lambda: AnthropicStopReason), NULL),
            False,
            None,
        ),
        "stop_sequence": ("stop_sequence", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        type: str | None = None,
        stop_reason: AnthropicStopReason | str | None = None,
        stop_sequence: str | None = None,
    ) -> None:
        self._parse(
            {
                "type": type,
                "stop_reason": stop_reason,
                "stop_sequence": stop_sequence,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMessagesDelta:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("type")
        if value is not None and type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

        value = get("stop_reason")
        if value is not None:
            value = cls._coerce("stop_reason", value, path)
        self.stop_reason = value

        value = get("stop_sequence")
        if value is not None and type(value) is not str:
            value = cls._coerce("stop_sequence", value, path)
        self.stop_sequence = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicMessagesDelta._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMessagesDelta.__dict__["_parse"].__func__
