# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicImageSource(Model):
    """An image: `{"type": "base64", "media_type": "image/png", "data": ...}` or `{"type": "url", "url": ...}`."""

    type: str
    """ `base64` or `url`. """
    media_type: str | None = None
    """ The image's type, such as `image/png` (base64 images). """
    data: str | None = None
    """ The image file, base64. """
    url: str | None = None
    """ Where the image is (url images). """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", STR, True, None),
        "media_type": ("media_type", STR, False, None),
        "data": ("data", STR, False, None),
        "url": ("url", STR, False, None),
    }

    def __init__(
        self,
        *,
        type: str,
        media_type: str | None = None,
        data: str | None = None,
        url: str | None = None,
    ) -> None:
        self._parse(
            {
                "type": type,
                "media_type": media_type,
                "data": data,
                "url": url,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicImageSource:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("type")
        if type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

        value = get("media_type")
        if value is not None and type(value) is not str:
            value = cls._coerce("media_type", value, path)
        self.media_type = value

        value = get("data")
        if value is not None and type(value) is not str:
            value = cls._coerce("data", value, path)
        self.data = value

        value = get("url")
        if value is not None and type(value) is not str:
            value = cls._coerce("url", value, path)
        self.url = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicImageSource._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicImageSource.__dict__["_parse"].__func__
