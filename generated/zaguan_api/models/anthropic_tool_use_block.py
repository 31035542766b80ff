# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define

from ..types import (
    ANY,
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    const_kind,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_control import AnthropicCacheControl


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicToolUseBlock(Model):
    """A tool call the model makes."""

    type: Literal["tool_use"]
    """ `tool_use`. """
    id: str
    """ The call's id (quote it in the `tool_result` that answers it). """
    name: str
    """ The tool's name. """
    input: Any
    """ The tool's arguments, as the model wrote them. (free-form JSON object) """
    cache_control: AnthropicCacheControl | None = None
    """ A prompt-caching breakpoint, such as `{"type": "ephemeral"}`. """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", const_kind("tool_use"), True, None),
        "id": ("id", STR, True, None),
        "name": ("name", STR, True, None),
        "input": ("input", ANY, True, None),
        "cache_control": ("cache_control", model_kind(lambda: AnthropicCacheControl), False, None),
    }

    def __init__(
        self,
        *,
        type: Literal["tool_use"],
        id: str,
        name: str,
        input: Any,
        cache_control: AnthropicCacheControl | Mapping[str, Any] | None = None,
    ) -> None:
        self._parse(
            {
                "type": type,
                "id": id,
                "name": name,
                "input": input,
                "cache_control": cache_control,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicToolUseBlock:
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

        value = get("id")
        if type(value) is not str:
            value = cls._coerce("id", value, path)
        self.id = value

        value = get("name")
        if type(value) is not str:
            value = cls._coerce("name", value, path)
        self.name = value

        value = get("input")
        self.input = value

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


_KEYS = frozenset(AnthropicToolUseBlock._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicToolUseBlock.__dict__["_parse"].__func__


from ..models.anthropic_cache_control import AnthropicCacheControl
from ..models.anthropic_cache_control import _parse as _parse_anthropic_cache_control
