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
    from ..models.model_info import ModelInfo


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ModelList(Model):
    """The models list."""

    data: list[ModelInfo]
    object: str | None = None
    """ Always `list`. """
    _FIELDS: ClassVar[FieldTable] = {
        "data": ("data", list_kind(model_kind(lambda: ModelInfo)), True, None),
        "object": ("object", STR, False, None),
    }

    def __init__(
        self,
        *,
        data: Sequence[ModelInfo | Mapping[str, Any]],
        object: str | None = None,
    ) -> None:
        self._parse(
            {
                "data": data,
                "object": object,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> ModelList:
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
                    if type(item) is ModelInfo
                    else _parse_model_info(ModelInfo, item, (parent, index))
                )
            value = data_items
        else:
            value = cls._coerce("data", value, path)
        self.data = value

        value = get("object")
        if value is not None and type(value) is not str:
            value = cls._coerce("object", value, path)
        self.object = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ModelList._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ModelList.__dict__["_parse"].__func__


from ..models.model_info import ModelInfo
from ..models.model_info import _parse as _parse_model_info
