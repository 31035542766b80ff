# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ..models.anthropic_usage import AnthropicUsage


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMessagesResponse(Model):
    """A message the model wrote (Anthropic's Message)."""

    id: str
    """ The message id. """
    type: str
    """ Always `message` (a reply that leaves it out reads so). """
    role: str
    """ Always `assistant` (a reply that leaves it out reads so). """
    content: list[
        AnthropicImageBlock
        | AnthropicOtherBlock
        | AnthropicRedactedThinkingBlock
        | AnthropicTextBlock
        | AnthropicThinkingBlock
        | AnthropicToolResultBlock
        | AnthropicToolUseBlock
    ]
    """ What the model wrote, block by block. """
    model: str
    """ The model that wrote it. """
    usage: AnthropicUsage
    """ Tokens a message used. """
    stop_reason: AnthropicStopReason | None = None
    """ Why the model stopped (null in `message_start`). """
    stop_sequence: None | str = None
    """ The stop sequence the model wrote, if one stopped it. """
    _FIELDS: ClassVar[FieldTable] = {
        "id": ("id", STR, True, None),
        "type": ("type", STR, True, "message"),
        "role": ("role", STR, True, "assistant"),
        "content": (
            "content",
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
            True,
            None,
        ),
        "model": ("model", STR, True, None),
        "usage": ("usage", model_kind(lambda: AnthropicUsage), True, None),
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
        id: str,
        type: str,
        role: str,
        content: Sequence[
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
        model: str,
        usage: AnthropicUsage | Mapping[str, Any],
        stop_reason: AnthropicStopReason | str | None = None,
        stop_sequence: str | None = None,
    ) -> None:
        self._parse(
            {
                "id": id,
                "type": type,
                "role": role,
                "content": content,
                "model": model,
                "usage": usage,
                "stop_reason": stop_reason,
                "stop_sequence": stop_sequence,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMessagesResponse:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("id")
        if type(value) is not str:
            value = cls._coerce("id", value, path)
        self.id = value

        value = get("type")
        if type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

        value = get("role")
        if type(value) is not str:
            value = cls._coerce("role", value, path)
        self.role = value

        value = get("content")
        value = cls._coerce("content", value, path)
        self.content = value

        value = get("model")
        if type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("usage")
        if type(value) is dict:
            value = _parse_anthropic_usage(AnthropicUsage, value, (path, "usage"))
        else:
            value = cls._coerce("usage", value, path)
        self.usage = value

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


_KEYS = frozenset(AnthropicMessagesResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMessagesResponse.__dict__["_parse"].__func__


from ..models.anthropic_image_block import AnthropicImageBlock
from ..models.anthropic_other_block import AnthropicOtherBlock
from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
from ..models.anthropic_text_block import AnthropicTextBlock
from ..models.anthropic_thinking_block import AnthropicThinkingBlock
from ..models.anthropic_tool_result_block import AnthropicToolResultBlock
from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
from ..models.anthropic_usage import AnthropicUsage
from ..models.anthropic_usage import _parse as _parse_anthropic_usage
