# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FLOAT,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class EmbeddingData(Model):
    """One embedding vector, at the position of its input."""

    embedding: list[float] | str
    """ The vector: numbers, or a base64 string when `encoding_format` was `base64` (decode it with the SDK's
    `decode_embedding`). """
    index: int
    """ Position of the input this vector is of. """
    object: str | None = None
    """ Always `embedding`. """
    _FIELDS: ClassVar[FieldTable] = {
        "embedding": ("embedding", union_kind(list_kind(FLOAT), STR), True, None),
        "index": ("index", INT, True, None),
        "object": ("object", STR, False, None),
    }

    def __init__(
        self,
        *,
        embedding: Sequence[float] | str,
        index: int,
        object: str | None = None,
    ) -> None:
        self._parse(
            {
                "embedding": embedding,
                "index": index,
                "object": object,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> EmbeddingData:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("embedding")
        value = cls._coerce("embedding", value, path)
        self.embedding = value

        value = get("index")
        if type(value) is not int:
            value = cls._coerce("index", value, path)
        self.index = value

        value = get("object")
        if value is not None and type(value) is not str:
            value = cls._coerce("object", value, path)
        self.object = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(EmbeddingData._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = EmbeddingData.__dict__["_parse"].__func__
