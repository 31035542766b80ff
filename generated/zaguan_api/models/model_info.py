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
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ModelInfo(Model):
    """A model the gateway routes to. Ids are namespaced by provider."""

    id: str
    """ Model id, such as `openai/gpt-4o-mini`. """
    object: str | None = None
    """ Always `model`. """
    owned_by: str | None = None
    """ Provider that owns the model. """
    description: str | None = None
    """ What the model is good at. """
    metadata: Any | None = None
    """ Extra provider facts. (free-form JSON object) """
    _FIELDS: ClassVar[FieldTable] = {
        "id": ("id", STR, True, None),
        "object": ("object", STR, False, None),
        "owned_by": ("owned_by", STR, False, None),
        "description": ("description", STR, False, None),
        "metadata": ("metadata", ANY, False, None),
    }

    def __init__(
        self,
        *,
        id: str,
        object: str | None = None,
        owned_by: str | None = None,
        description: str | None = None,
        metadata: Any | None = None,
    ) -> None:
        self._parse(
            {
                "id": id,
                "object": object,
                "owned_by": owned_by,
                "description": description,
                "metadata": metadata,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> ModelInfo:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("id")
        if type(value) is not str:
            value = cls._coerce("id", value, path)
        self.id = value

        value = get("object")
        if value is not None and type(value) is not str:
            value = cls._coerce("object", value, path)
        self.object = value

        value = get("owned_by")
        if value is not None and type(value) is not str:
            value = cls._coerce("owned_by", value, path)
        self.owned_by = value

        value = get("description")
        if value is not None and type(value) is not str:
            value = cls._coerce("description", value, path)
        self.description = value

        value = get("metadata")
        self.metadata = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ModelInfo._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ModelInfo.__dict__["_parse"].__func__
