# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.generated_image import GeneratedImage


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ImageGenerationResponse(Model):
    """Generated images.

    Example:
        {'model': 'black-forest-labs/flux-schnell', 'data': [{'b64_json': 'iVBORw0KGgo=', 'index': 0}]}

    """

    data: list[GeneratedImage]
    model: str | None = None
    """ The model that generated. """
    object: str | None = None
    """ The object type. """
    message: str | None = None
    """ A note from the API. """
    status: str | None = None
    """ The generation status. """
    _FIELDS: ClassVar[FieldTable] = {
        "data": ("data", list_kind(model_kind(lambda: GeneratedImage)), True, None),
        "model": ("model", STR, False, None),
        "object": ("object", STR, False, None),
        "message": ("message", STR, False, None),
        "status": ("status", STR, False, None),
    }

    def __init__(
        self,
        *,
        data: Sequence[GeneratedImage | Mapping[str, Any]],
        model: str | None = None,
        object: str | None = None,
        message: str | None = None,
        status: str | None = None,
    ) -> None:
        self._parse(
            {
                "data": data,
                "model": model,
                "object": object,
                "message": message,
                "status": status,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ImageGenerationResponse:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("data")
        if type(value) is list:
            data_items = []
            parent = (path, "data")
            for index, item in enumerate(value):
                data_items.append(
                    item
                    if type(item) is GeneratedImage
                    else _parse_generated_image(GeneratedImage, item, (parent, index))
                )
            value = data_items
        else:
            value = cls._coerce("data", value, path)
        self.data = value

        value = get("model")
        if value is not None and type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("object")
        if value is not None and type(value) is not str:
            value = cls._coerce("object", value, path)
        self.object = value

        value = get("message")
        if value is not None and type(value) is not str:
            value = cls._coerce("message", value, path)
        self.message = value

        value = get("status")
        if value is not None and type(value) is not str:
            value = cls._coerce("status", value, path)
        self.status = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ImageGenerationResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ImageGenerationResponse.__dict__["_parse"].__func__


from ..models.generated_image import GeneratedImage
from ..models.generated_image import _parse as _parse_generated_image
