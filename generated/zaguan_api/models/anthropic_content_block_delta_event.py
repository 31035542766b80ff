# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    INT,
    FieldTable,
    Model,
    Path,
    const_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.anthropic_input_json_delta import AnthropicInputJSONDelta
    from ..models.anthropic_other_delta import AnthropicOtherDelta
    from ..models.anthropic_signature_delta import AnthropicSignatureDelta
    from ..models.anthropic_text_delta import AnthropicTextDelta
    from ..models.anthropic_thinking_delta import AnthropicThinkingDelta


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicContentBlockDeltaEvent(Model):
    """A piece of a content block."""

    type: Literal["content_block_delta"]
    """ `content_block_delta`. """
    index: int
    """ The block's position. """
    delta: (
        AnthropicInputJSONDelta
        | AnthropicOtherDelta
        | AnthropicSignatureDelta
        | AnthropicTextDelta
        | AnthropicThinkingDelta
    )
    """ What a `content_block_delta` event adds to its block, told apart by `type`. """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", const_kind("content_block_delta"), True, None),
        "index": ("index", INT, True, None),
        "delta": (
            "delta",
            union_kind(
                model_kind(lambda: AnthropicTextDelta),
                model_kind(lambda: AnthropicInputJSONDelta),
                model_kind(lambda: AnthropicThinkingDelta),
                model_kind(lambda: AnthropicSignatureDelta),
                model_kind(lambda: AnthropicOtherDelta),
            ),
            True,
            None,
        ),
    }

    def __init__(
        self,
        *,
        type: Literal["content_block_delta"],
        index: int,
        delta: AnthropicTextDelta
        | Mapping[str, Any]
        | AnthropicInputJSONDelta
        | Mapping[str, Any]
        | AnthropicThinkingDelta
        | Mapping[str, Any]
        | AnthropicSignatureDelta
        | Mapping[str, Any]
        | AnthropicOtherDelta
        | Mapping[str, Any],
    ) -> None:
        self._parse(
            {
                "type": type,
                "index": index,
                "delta": delta,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicContentBlockDeltaEvent:
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

        value = get("index")
        if type(value) is not int:
            value = cls._coerce("index", value, path)
        self.index = value

        value = get("delta")
        value = cls._coerce("delta", value, path)
        self.delta = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicContentBlockDeltaEvent._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicContentBlockDeltaEvent.__dict__["_parse"].__func__


from ..models.anthropic_input_json_delta import AnthropicInputJSONDelta
from ..models.anthropic_other_delta import AnthropicOtherDelta
from ..models.anthropic_signature_delta import AnthropicSignatureDelta
from ..models.anthropic_text_delta import AnthropicTextDelta
from ..models.anthropic_thinking_delta import AnthropicThinkingDelta
