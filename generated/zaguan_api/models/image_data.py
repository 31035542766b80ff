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
class ImageData(Model):
    """One image, as a URL or as base64 (save either with the SDK's `save_image`)."""

    url: str | None = None
    """ Where the image can be downloaded (for a while). """
    b64_json: str | None = None
    """ The image file, base64. """
    revised_prompt: str | None = None
    """ The prompt the model used, when it rewrote it. """
    _FIELDS: ClassVar[FieldTable] = {
        "url": ("url", STR, False, None),
        "b64_json": ("b64_json", STR, False, None),
        "revised_prompt": ("revised_prompt", STR, False, None),
    }

    def __init__(
        self,
        *,
        url: str | None = None,
        b64_json: str | None = None,
        revised_prompt: str | None = None,
    ) -> None:
        self._parse(
            {
                "url": url,
                "b64_json": b64_json,
                "revised_prompt": revised_prompt,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> ImageData:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("url")
        if value is not None and type(value) is not str:
            value = cls._coerce("url", value, path)
        self.url = value

        value = get("b64_json")
        if value is not None and type(value) is not str:
            value = cls._coerce("b64_json", value, path)
        self.b64_json = value

        value = get("revised_prompt")
        if value is not None and type(value) is not str:
            value = cls._coerce("revised_prompt", value, path)
        self.revised_prompt = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ImageData._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ImageData.__dict__["_parse"].__func__
