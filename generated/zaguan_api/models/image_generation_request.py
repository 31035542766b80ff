# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.image_response_format import ImageResponseFormat
from ..types import (
    CONSTRUCTING,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    enum_kind,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ImageGenerationRequest(Model):
    """A request for generated images."""

    prompt: str
    """ What the image shows. """
    model: str | None = None
    """ The image model (the gateway's default when left out). """
    n: int | None = None
    """ How many images. """
    size: str | None = None
    """ Such as `1024x1024`. """
    quality: str | None = None
    """ Such as `standard` or `hd`. """
    response_format: ImageResponseFormat | None = None
    """ `url` (a link that expires) or `b64_json` (the image itself, base64). """
    style: str | None = None
    """ Such as `vivid` or `natural`. """
    user: str | None = None
    """ An end-user id, for abuse monitoring. """
    _FIELDS: ClassVar[FieldTable] = {
        "prompt": ("prompt", STR, True, None),
        "model": ("model", STR, False, None),
        "n": ("n", INT, False, None),
        "size": ("size", STR, False, None),
        "quality": ("quality", STR, False, None),
        "response_format": ("response_format", enum_kind(lambda: ImageResponseFormat), False, None),
        "style": ("style", STR, False, None),
        "user": ("user", STR, False, None),
    }

    def __init__(
        self,
        *,
        prompt: str,
        model: str | None = None,
        n: int | None = None,
        size: str | None = None,
        quality: str | None = None,
        response_format: ImageResponseFormat | str | None = None,
        style: str | None = None,
        user: str | None = None,
    ) -> None:
        self._parse(
            {
                "prompt": prompt,
                "model": model,
                "n": n,
                "size": size,
                "quality": quality,
                "response_format": response_format,
                "style": style,
                "user": user,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ImageGenerationRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("prompt")
        if type(value) is not str:
            value = cls._coerce("prompt", value, path)
        self.prompt = value

        value = get("model")
        if value is not None and type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("n")
        if value is not None and type(value) is not int:
            value = cls._coerce("n", value, path)
        self.n = value

        value = get("size")
        if value is not None and type(value) is not str:
            value = cls._coerce("size", value, path)
        self.size = value

        value = get("quality")
        if value is not None and type(value) is not str:
            value = cls._coerce("quality", value, path)
        self.quality = value

        value = get("response_format")
        if value is not None:
            value = cls._coerce("response_format", value, path)
        self.response_format = value

        value = get("style")
        if value is not None and type(value) is not str:
            value = cls._coerce("style", value, path)
        self.style = value

        value = get("user")
        if value is not None and type(value) is not str:
            value = cls._coerce("user", value, path)
        self.user = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ImageGenerationRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ImageGenerationRequest.__dict__["_parse"].__func__
