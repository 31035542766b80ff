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
    from ..models.anthropic_image_block import AnthropicImageBlock
    from ..models.anthropic_other_block import AnthropicOtherBlock
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_result_block import AnthropicToolResultBlock
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicContentBlockStartEvent(Model):
    """A content block begins (text empty, tool input `{}`)."""

    type: Literal["content_block_start"]
    """ `content_block_start`. """
    index: int
    """ The block's position in the message's content. """
    content_block: (
        AnthropicImageBlock
        | AnthropicOtherBlock
        | AnthropicRedactedThinkingBlock
        | AnthropicTextBlock
        | AnthropicThinkingBlock
        | AnthropicToolResultBlock
        | AnthropicToolUseBlock
    )
    """ One block of a message's content, told apart by `type`: text, image, tool_use, tool_result, thinking,
    redacted_thinking, or another type kept as is. """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", const_kind("content_block_start"), True, None),
        "index": ("index", INT, True, None),
        "content_block": (
            "content_block",
            union_kind(
                model_kind(lambda: AnthropicTextBlock),
                model_kind(lambda: AnthropicToolUseBlock),
                model_kind(lambda: AnthropicThinkingBlock),
                model_kind(lambda: AnthropicRedactedThinkingBlock),
                model_kind(lambda: AnthropicToolResultBlock),
                model_kind(lambda: AnthropicImageBlock),
                model_kind(lambda: AnthropicOtherBlock),
            ),
            True,
            None,
        ),
    }

    def __init__(
        self,
        *,
        type: Literal["content_block_start"],
        index: int,
        content_block: AnthropicTextBlock
        | Mapping[str, Any]
        | AnthropicToolUseBlock
        | Mapping[str, Any]
        | AnthropicThinkingBlock
        | Mapping[str, Any]
        | AnthropicRedactedThinkingBlock
        | Mapping[str, Any]
        | AnthropicToolResultBlock
        | Mapping[str, Any]
        | AnthropicImageBlock
        | Mapping[str, Any]
        | AnthropicOtherBlock
        | Mapping[str, Any],
    ) -> None:
        self._parse(
            {
                "type": type,
                "index": index,
                "content_block": content_block,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicContentBlockStartEvent:
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

        value = get("content_block")
        value = cls._coerce("content_block", value, path)
        self.content_block = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicContentBlockStartEvent._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicContentBlockStartEvent.__dict__["_parse"].__func__


from ..models.anthropic_image_block import AnthropicImageBlock
from ..models.anthropic_other_block import AnthropicOtherBlock
from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
from ..models.anthropic_text_block import AnthropicTextBlock
from ..models.anthropic_thinking_block import AnthropicThinkingBlock
from ..models.anthropic_tool_result_block import AnthropicToolResultBlock
from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
