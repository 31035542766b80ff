# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    INT,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.image_data import ImageData


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ImageResponse(Model):
    """Generated images.

    Example:
        {'created': 1700000000, 'data': [{'url': 'https://images.zaguanai.test/img-1.png', 'revised_prompt': 'a red
            fox'}]}

    """

    created: int
    """ Unix time of the generation. """
    data: list[ImageData]
    _FIELDS: ClassVar[FieldTable] = {
        "created": ("created", INT, True, None),
        "data": ("data", list_kind(model_kind(lambda: ImageData)), True, None),
    }

    def __init__(
        self,
        *,
        created: int,
        data: Sequence[ImageData | Mapping[str, Any]],
    ) -> None:
        self._parse(
            {
                "created": created,
                "data": data,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ImageResponse:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("created")
        if type(value) is not int:
            value = cls._coerce("created", value, path)
        self.created = value

        value = get("data")
        if type(value) is list:
            data_items = []
            parent = (path, "data")
            for index, item in enumerate(value):
                data_items.append(
                    item
                    if type(item) is ImageData
                    else _parse_image_data(ImageData, item, (parent, index))
                )
            value = data_items
        else:
            value = cls._coerce("data", value, path)
        self.data = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ImageResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ImageResponse.__dict__["_parse"].__func__


from ..models.image_data import ImageData
from ..models.image_data import _parse as _parse_image_data
