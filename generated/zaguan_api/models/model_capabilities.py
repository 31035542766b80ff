# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
    BOOL,
    CONSTRUCTING,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ModelCapabilities(Model):
    """What one model supports."""

    model_id: str
    """ Model id. """
    supports_vision: bool
    """ Accepts images. """
    supports_tools: bool
    """ Accepts tools and makes tool calls. """
    supports_reasoning: bool
    """ Reasons before answering (`reasoning_effort`, `thinking`). """
    max_context_tokens: int | None = None
    """ Context window in tokens. """
    provider_specific: Any | None = None
    """ Provider-specific facts. (free-form JSON object) """
    _FIELDS: ClassVar[FieldTable] = {
        "model_id": ("model_id", STR, True, None),
        "supports_vision": ("supports_vision", BOOL, True, None),
        "supports_tools": ("supports_tools", BOOL, True, None),
        "supports_reasoning": ("supports_reasoning", BOOL, True, None),
        "max_context_tokens": ("max_context_tokens", INT, False, None),
        "provider_specific": ("provider_specific", ANY, False, None),
    }

    def __init__(
        self,
        *,
        model_id: str,
        supports_vision: bool,
        supports_tools: bool,
        supports_reasoning: bool,
        max_context_tokens: int | None = None,
        provider_specific: Any | None = None,
    ) -> None:
        self._parse(
            {
                "model_id": model_id,
                "supports_vision": supports_vision,
                "supports_tools": supports_tools,
                "supports_reasoning": supports_reasoning,
                "max_context_tokens": max_context_tokens,
                "provider_specific": provider_specific,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ModelCapabilities:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("model_id")
        if type(value) is not str:
            value = cls._coerce("model_id", value, path)
        self.model_id = value

        value = get("supports_vision")
        if type(value) is not bool:
            value = cls._coerce("supports_vision", value, path)
        self.supports_vision = value

        value = get("supports_tools")
        if type(value) is not bool:
            value = cls._coerce("supports_tools", value, path)
        self.supports_tools = value

        value = get("supports_reasoning")
        if type(value) is not bool:
            value = cls._coerce("supports_reasoning", value, path)
        self.supports_reasoning = value

        value = get("max_context_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("max_context_tokens", value, path)
        self.max_context_tokens = value

        value = get("provider_specific")
        self.provider_specific = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ModelCapabilities._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ModelCapabilities.__dict__["_parse"].__func__
