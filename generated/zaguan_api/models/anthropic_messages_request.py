# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    BOOL,
    CONSTRUCTING,
    FLOAT,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.anthropic_message import AnthropicMessage
    from ..models.anthropic_metadata import AnthropicMetadata
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_thinking_disabled import AnthropicThinkingDisabled
    from ..models.anthropic_thinking_enabled import AnthropicThinkingEnabled
    from ..models.anthropic_tool import AnthropicTool
    from ..models.anthropic_tool_choice_any import AnthropicToolChoiceAny
    from ..models.anthropic_tool_choice_auto import AnthropicToolChoiceAuto
    from ..models.anthropic_tool_choice_none import AnthropicToolChoiceNone
    from ..models.anthropic_tool_choice_tool import AnthropicToolChoiceTool


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMessagesRequest(Model):
    """A request of Anthropic's Messages API. Fields the SDK does not name (`service_tier`, `container`, ...) reach the
    gateway unchanged through `extra_body`.

    """

    model: str
    """ Model id, such as `anthropic/claude-sonnet-4-5-20250929`. """
    max_tokens: int
    """ Most tokens to generate. """
    messages: list[AnthropicMessage]
    """ The conversation so far, user and assistant turns. """
    system: list[AnthropicTextBlock] | str | None = None
    """ The system prompt, as text or as text blocks. """
    metadata: AnthropicMetadata | None = None
    """ About the request. """
    stop_sequences: list[str] | None = None
    """ Texts that stop generation when the model writes them. """
    stream: bool | None = None
    """ Answer as a `text/event-stream` of events. """
    temperature: float | None = None
    """ Sampling temperature. """
    top_k: int | None = None
    """ Sample from the K most likely tokens only. """
    top_p: float | None = None
    """ Nucleus sampling probability mass. """
    tools: list[AnthropicTool] | None = None
    """ Tools the model may call. """
    tool_choice: (
        AnthropicToolChoiceAny
        | AnthropicToolChoiceAuto
        | AnthropicToolChoiceNone
        | AnthropicToolChoiceTool
        | None
    ) = None
    """ How the model uses the tools: `auto`, `any`, one named `tool`, or `none`. """
    thinking: AnthropicThinkingDisabled | AnthropicThinkingEnabled | None = None
    """ `{"type": "enabled", "budget_tokens": N}` or `{"type": "disabled"}`. """
    _FIELDS: ClassVar[FieldTable] = {
        "model": ("model", STR, True, None),
        "max_tokens": ("max_tokens", INT, True, None),
        "messages": ("messages", list_kind(model_kind(lambda: AnthropicMessage)), True, None),
        "system": (
            "system",
            union_kind(STR, list_kind(model_kind(lambda: AnthropicTextBlock))),
            False,
            None,
        ),
        "metadata": ("metadata", model_kind(lambda: AnthropicMetadata), False, None),
        "stop_sequences": ("stop_sequences", list_kind(STR), False, None),
        "stream": ("stream", BOOL, False, None),
        "temperature": ("temperature", FLOAT, False, None),
        "top_k": ("top_k", INT, False, None),
        "top_p": ("top_p", FLOAT, False, None),
        "tools": ("tools", list_kind(model_kind(lambda: AnthropicTool)), False, None),
        "tool_choice": (
            "tool_choice",
            union_kind(
                model_kind(lambda: AnthropicToolChoiceAuto),
                model_kind(lambda: AnthropicToolChoiceAny),
                model_kind(lambda: AnthropicToolChoiceTool),
                model_kind(lambda: AnthropicToolChoiceNone),
            ),
            False,
            None,
        ),
        "thinking": (
            "thinking",
            union_kind(
                model_kind(lambda: AnthropicThinkingEnabled),
                model_kind(lambda: AnthropicThinkingDisabled),
            ),
            False,
            None,
        ),
    }

    def __init__(
        self,
        *,
        model: str,
        max_tokens: int,
        messages: Sequence[AnthropicMessage | Mapping[str, Any]],
        system: str | Sequence[AnthropicTextBlock | Mapping[str, Any]] | None = None,
        metadata: AnthropicMetadata | Mapping[str, Any] | None = None,
        stop_sequences: Sequence[str] | None = None,
        stream: bool | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        tools: Sequence[AnthropicTool | Mapping[str, Any]] | None = None,
        tool_choice: AnthropicToolChoiceAuto
        | Mapping[str, Any]
        | AnthropicToolChoiceAny
        | Mapping[str, Any]
        | AnthropicToolChoiceTool
        | Mapping[str, Any]
        | AnthropicToolChoiceNone
        | Mapping[str, Any]
        | None = None,
        thinking: AnthropicThinkingEnabled
        | Mapping[str, Any]
        | AnthropicThinkingDisabled
        | Mapping[str, Any]
        | None = None,
    ) -> None:
        self._parse(
            {
                "model": model,
                "max_tokens": max_tokens,
                "messages": messages,
                "system": system,
                "metadata": metadata,
                "stop_sequences": stop_sequences,
                "stream": stream,
                "temperature": temperature,
                "top_k": top_k,
                "top_p": top_p,
                "tools": tools,
                "tool_choice": tool_choice,
                "thinking": thinking,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMessagesRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("model")
        if type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("max_tokens")
        if type(value) is not int:
            value = cls._coerce("max_tokens", value, path)
        self.max_tokens = value

        value = get("messages")
        if type(value) is list:
            messages_items = []
            parent = (path, "messages")
            for index, item in enumerate(value):
                messages_items.append(
                    item
                    if type(item) is AnthropicMessage
                    else _parse_anthropic_message(AnthropicMessage, item, (parent, index))
                )
            value = messages_items
        else:
            value = cls._coerce("messages", value, path)
        self.messages = value

        value = get("system")
        if value is not None:
            value = cls._coerce("system", value, path)
        self.system = value

        value = get("metadata")
        if type(value) is dict:
            value = _parse_anthropic_metadata(AnthropicMetadata, value, (path, "metadata"))
        elif value is not None:
            value = cls._coerce("metadata", value, path)
        self.metadata = value

        value = get("stop_sequences")
        if value is not None:
            value = cls._coerce("stop_sequences", value, path)
        self.stop_sequences = value

        value = get("stream")
        if value is not None and type(value) is not bool:
            value = cls._coerce("stream", value, path)
        self.stream = value

        value = get("temperature")
        if value is not None and type(value) is not float:
            value = cls._coerce("temperature", value, path)
        self.temperature = value

        value = get("top_k")
        if value is not None and type(value) is not int:
            value = cls._coerce("top_k", value, path)
        self.top_k = value

        value = get("top_p")
        if value is not None and type(value) is not float:
            value = cls._coerce("top_p", value, path)
        self.top_p = value

        value = get("tools")
        if type(value) is list:
            tools_items = []
            parent = (path, "tools")
            for index, item in enumerate(value):
                tools_items.append(
                    item
                    if type(item) is AnthropicTool
                    else _parse_anthropic_tool(AnthropicTool, item, (parent, index))
                )
            value = tools_items
        elif value is not None:
            value = cls._coerce("tools", value, path)
        self.tools = value

        value = get("tool_choice")
        if value is not None:
            value = cls._coerce("tool_choice", value, path)
        self.tool_choice = value

        value = get("thinking")
        if value is not None:
            value = cls._coerce("thinking", value, path)
        self.thinking = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicMessagesRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMessagesRequest.__dict__["_parse"].__func__


from ..models.anthropic_message import AnthropicMessage
from ..models.anthropic_message import _parse as _parse_anthropic_message
from ..models.anthropic_metadata import AnthropicMetadata
from ..models.anthropic_metadata import _parse as _parse_anthropic_metadata
from ..models.anthropic_text_block import AnthropicTextBlock
from ..models.anthropic_thinking_disabled import AnthropicThinkingDisabled
from ..models.anthropic_thinking_enabled import AnthropicThinkingEnabled
from ..models.anthropic_tool import AnthropicTool
from ..models.anthropic_tool import _parse as _parse_anthropic_tool
from ..models.anthropic_tool_choice_any import AnthropicToolChoiceAny
from ..models.anthropic_tool_choice_auto import AnthropicToolChoiceAuto
from ..models.anthropic_tool_choice_none import AnthropicToolChoiceNone
from ..models.anthropic_tool_choice_tool import AnthropicToolChoiceTool
