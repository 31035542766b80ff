# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define

from ..types import (
    BOOL,
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    const_kind,
    list_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_control import AnthropicCacheControl
    from ..models.anthropic_image_block import AnthropicImageBlock
    from ..models.anthropic_other_block import AnthropicOtherBlock
    from ..models.anthropic_text_block import AnthropicTextBlock


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicToolResultBlock(Model):
    """The result of a tool call, in a user message."""

    type: Literal["tool_result"]
    """ `tool_result`. """
    tool_use_id: str
    """ The id of the `tool_use` block it answers. """
    content: list[AnthropicImageBlock | AnthropicOtherBlock | AnthropicTextBlock] | str | None = (
        None
    )
    """ The result, as text or as text and image blocks. """
    is_error: bool | None = None
    """ Whether the tool failed. """
    cache_control: AnthropicCacheControl | None = None
    """ A prompt-caching breakpoint, such as `{"type": "ephemeral"}`. """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", const_kind("tool_result"), True, None),
        "tool_use_id": ("tool_use_id", STR, True, None),
        "content": (
            "content",
            union_kind(
                STR,
                list_kind(
                    union_kind(
                        model_kind(lambda: AnthropicTextBlock),
                        model_kind(lambda: AnthropicImageBlock),
                        model_kind(lambda: AnthropicOtherBlock),
                    )
                ),
            ),
            False,
            None,
        ),
        "is_error": ("is_error", BOOL, False, None),
        "cache_control": ("cache_control", model_kind(lambda: AnthropicCacheControl), False, None),
    }

    def __init__(
        self,
        *,
        type: Literal["tool_result"],
        tool_use_id: str,
        content: str
        | Sequence[
            AnthropicTextBlock
            | Mapping[str, Any]
            | AnthropicImageBlock
            | Mapping[str, Any]
            | AnthropicOtherBlock
            | Mapping[str, Any]
        ]
        | None = None,
        is_error: bool | None = None,
        cache_control: AnthropicCacheControl | Mapping[str, Any] | None = None,
    ) -> None:
        self._parse(
            {
                "type": type,
                "tool_use_id": tool_use_id,
                "content": content,
                "is_error": is_error,
                "cache_control": cache_control,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicToolResultBlock:
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

        value = get("tool_use_id")
        if type(value) is not str:
            value = cls._coerce("tool_use_id", value, path)
        self.tool_use_id = value

        value = get("content")
        if value is not None:
            value = cls._coerce("content", value, path)
        self.content = value

        value = get("is_error")
        if value is not None and type(value) is not bool:
            value = cls._coerce("is_error", value, path)
        self.is_error = value

        value = get("cache_control")
        if type(value) is dict:
            value = _parse_anthropic_cache_control(
                AnthropicCacheControl, value, (path, "cache_control")
            )
        elif value is not None:
            value = cls._coerce("cache_control", value, path)
        self.cache_control = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicToolResultBlock._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicToolResultBlock.__dict__["_parse"].__func__


from ..models.anthropic_cache_control import AnthropicCacheControl
from ..models.anthropic_cache_control import _parse as _parse_anthropic_cache_control
from ..models.anthropic_image_block import AnthropicImageBlock
from ..models.anthropic_other_block import AnthropicOtherBlock
from ..models.anthropic_text_block import AnthropicTextBlock
