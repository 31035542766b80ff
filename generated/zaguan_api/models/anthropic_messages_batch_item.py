# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.anthropic_messages_request import AnthropicMessagesRequest


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMessagesBatchItem(Model):
    """One request of a batch, with an id of the caller's to match its result."""

    custom_id: str
    """ Unique in the batch: 1 to 64 letters, digits, `_` or `-`. """
    params: AnthropicMessagesRequest
    """ A request of Anthropic's Messages API. Fields the SDK does not name (`service_tier`, `container`, ...) reach
    the gateway unchanged through `extra_body`. """
    _FIELDS: ClassVar[FieldTable] = {
        "custom_id": ("custom_id", STR, True, None),
        "params": ("params", model_kind(lambda: AnthropicMessagesRequest), True, None),
    }

    def __init__(
        self,
        *,
        custom_id: str,
        params: AnthropicMessagesRequest | Mapping[str, Any],
    ) -> None:
        self._parse(
            {
                "custom_id": custom_id,
                "params": params,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMessagesBatchItem:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("custom_id")
        if type(value) is not str:
            value = cls._coerce("custom_id", value, path)
        self.custom_id = value

        value = get("params")
        if type(value) is dict:
            value = _parse_anthropic_messages_request(
                AnthropicMessagesRequest, value, (path, "params")
            )
        else:
            value = cls._coerce("params", value, path)
        self.params = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicMessagesBatchItem._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMessagesBatchItem.__dict__["_parse"].__func__


from ..models.anthropic_messages_request import AnthropicMessagesRequest
from ..models.anthropic_messages_request import _parse as _parse_anthropic_messages_request
