# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.image_response_format import ImageResponseFormat
from ..types import (
    ANY,
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
    from zaguan._runtime import FileInput

    from ..types import File


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ImageVariationRequest(Model):
    """An image to make variations of."""

    image: File
    """ The image (PNG). """
    model: str | None = None
    """ The image model. """
    n: int | None = None
    """ How many images. """
    size: str | None = None
    """ Such as `1024x1024`. """
    response_format: ImageResponseFormat | None = None
    """ `url` (a link that expires) or `b64_json` (the image itself, base64). """
    user: str | None = None
    """ An end-user id, for abuse monitoring. """
    _FIELDS: ClassVar[FieldTable] = {
        "image": ("image", ANY, True, None),
        "model": ("model", STR, False, None),
        "n": ("n", INT, False, None),
        "size": ("size", STR, False, None),
        "response_format": ("response_format", enum_kind(lambda: ImageResponseFormat), False, None),
        "user": ("user", STR, False, None),
    }

    def __init__(
        self,
        *,
        image: FileInput,
        model: str | None = None,
        n: int | None = None,
        size: str | None = None,
        response_format: ImageResponseFormat | str | None = None,
        user: str | None = None,
    ) -> None:
        self._parse(
            {
                "image": image,
                "model": model,
                "n": n,
                "size": size,
                "response_format": response_format,
                "user": user,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ImageVariationRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("image")
        self.image = value

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

        value = get("response_format")
        if value is not None:
            value = cls._coerce("response_format", value, path)
        self.response_format = value

        value = get("user")
        if value is not None and type(value) is not str:
            value = cls._coerce("user", value, path)
        self.user = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ImageVariationRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ImageVariationRequest.__dict__["_parse"].__func__
