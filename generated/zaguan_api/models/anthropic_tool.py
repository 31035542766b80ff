# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_control import AnthropicCacheControl


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicTool(Model):
    """A tool the model may call: a name, what it does, and a JSON Schema of its input."""

    name: str
    """ The tool's name. """
    description: str | None = None
    """ What the tool does, for the model. """
    input_schema: Any | None = None
    """ JSON Schema of the tool's input (custom tools). (free-form JSON object) """
    type: str | None = None
    """ `custom`, or the type of a tool the provider runs (such as `web_search_20250305`). """
    cache_control: AnthropicCacheControl | None = None
    """ A prompt-caching breakpoint, such as `{"type": "ephemeral"}`. """
    _FIELDS: ClassVar[FieldTable] = {
        "name": ("name", STR, True, None),
        "description": ("description", STR, False, None),
        "input_schema": ("input_schema", ANY, False, None),
        "type": ("type", STR, False, None),
        "cache_control": ("cache_control", model_kind(lambda: AnthropicCacheControl), False, None),
    }

    def __init__(
        self,
        *,
        name: str,
        description: str | None = None,
        input_schema: Any | None = None,
        type: str | None = None,
        cache_control: AnthropicCacheControl | Mapping[str, Any] | None = None,
    ) -> None:
        self._parse(
            {
                "name": name,
                "description": description,
                "input_schema": input_schema,
                "type": type,
                "cache_control": cache_control,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicTool:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("name")
        if type(value) is not str:
            value = cls._coerce("name", value, path)
        self.name = value

        value = get("description")
        if value is not None and type(value) is not str:
            value = cls._coerce("description", value, path)
        self.description = value

        value = get("input_schema")
        self.input_schema = value

        value = get("type")
        if value is not None and type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

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


_KEYS = frozenset(AnthropicTool._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicTool.__dict__["_parse"].__func__


from ..models.anthropic_cache_control import AnthropicCacheControl
from ..models.anthropic_cache_control import _parse as _parse_anthropic_cache_control
