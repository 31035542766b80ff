# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FieldTable,
    Model,
    Path,
    const_kind,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_control import AnthropicCacheControl
    from ..models.anthropic_image_source import AnthropicImageSource


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicImageBlock(Model):
    """An image, in a request."""

    type: Literal["image"]
    """ `image`. """
    source: AnthropicImageSource
    """ An image: `{"type": "base64", "media_type": "image/png", "data": ...}` or `{"type": "url", "url": ...}`. """
    cache_control: AnthropicCacheControl | None = None
    """ A prompt-caching breakpoint, such as `{"type": "ephemeral"}`. """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", const_kind("image"), True, None),
        "source": ("source", model_kind(lambda: AnthropicImageSource), True, None),
        "cache_control": ("cache_control", model_kind(lambda: AnthropicCacheControl), False, None),
    }

    def __init__(
        self,
        *,
        type: Literal["image"],
        source: AnthropicImageSource | Mapping[str, Any],
        cache_control: AnthropicCacheControl | Mapping[str, Any] | None = None,
    ) -> None:
        self._parse(
            {
                "type": type,
                "source": source,
                "cache_control": cache_control,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicImageBlock:
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

        value = get("source")
        if type(value) is dict:
            value = _parse_anthropic_image_source(AnthropicImageSource, value, (path, "source"))
        else:
            value = cls._coerce("source", value, path)
        self.source = value

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


_KEYS = frozenset(AnthropicImageBlock._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicImageBlock.__dict__["_parse"].__func__


from ..models.anthropic_cache_control import AnthropicCacheControl
from ..models.anthropic_cache_control import _parse as _parse_anthropic_cache_control
from ..models.anthropic_image_source import AnthropicImageSource
from ..models.anthropic_image_source import _parse as _parse_anthropic_image_source
