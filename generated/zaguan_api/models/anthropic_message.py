# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.anthropic_role import AnthropicRole
from ..types import (
    CONSTRUCTING,
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
    from ..models.anthropic_image_block import AnthropicImageBlock
    from ..models.anthropic_other_block import AnthropicOtherBlock
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_result_block import AnthropicToolResultBlock
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMessage(Model):
    """One message of a Messages request."""

    role: AnthropicRole
    """ Who wrote a message of a Messages request. Unknown values are kept as is. """
    content: (
        list[
            AnthropicImageBlock
            | AnthropicOtherBlock
            | AnthropicRedactedThinkingBlock
            | AnthropicTextBlock
            | AnthropicThinkingBlock
            | AnthropicToolResultBlock
            | AnthropicToolUseBlock
        ]
        | str
    )
    """ Text, or a list of content blocks. """
    _FIELDS: ClassVar[FieldTable] = {
        "role": ("role", enum_kind(lambda: AnthropicRole), True, None),
        "content": (
            "content",
            union_kind(
                STR,
                list_kind(
                    union_kind(
                        model_kind(lambda: AnthropicTextBlock),
                        model_kind(lambda: AnthropicToolUseBlock),
                        model_kind(lambda: AnthropicThinkingBlock),
                        model_kind(lambda: AnthropicRedactedThinkingBlock),
                        model_kind(lambda: AnthropicToolResultBlock),
                        model_kind(lambda: AnthropicImageBlock),
                        model_kind(lambda: AnthropicOtherBlock),
                    )
                ),
            ),
            True,
            None,
        ),
    }

    def __init__(
        self,
        *,
        role: AnthropicRole | str,
        content: str
        | Sequence[
            AnthropicTextBlock
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
            | Mapping[str, Any]
        ],
    ) -> None:
        self._parse(
            {
                "role": role,
                "content": content,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMessage:
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
        value = cls._coerce("content", value, path)
        self.content = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicMessage._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMessage.__dict__["_parse"].__func__


from ..models.anthropic_image_block import AnthropicImageBlock
from ..models.anthropic_other_block import AnthropicOtherBlock
from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
from ..models.anthropic_text_block import AnthropicTextBlock
from ..models.anthropic_thinking_block import AnthropicThinkingBlock
from ..models.anthropic_tool_result_block import AnthropicToolResultBlock
from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
