# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.embedding_encoding_format import EmbeddingEncodingFormat
from ..types import (
    CONSTRUCTING,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    enum_kind,
    list_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class EmbeddingRequest(Model):
    """A request for embedding vectors."""

    model: str
    """ The embedding model. """
    input: list[int] | list[list[int]] | list[str] | str
    """ What to embed: a string, a list of strings, a list of token ids, or a list of token-id lists. """
    encoding_format: EmbeddingEncodingFormat | None = None
    """ `float` (the default) returns lists of numbers; `base64` returns each vector as base64 of little-endian
    float32s, a quarter of the size (the SDK decodes it on request). """
    dimensions: int | None = None
    """ Vector size, for models that can shorten their vectors. """
    user: str | None = None
    """ An end-user id, for abuse monitoring. """
    _FIELDS: ClassVar[FieldTable] = {
        "model": ("model", STR, True, None),
        "input": (
            "input",
            union_kind(STR, list_kind(STR), list_kind(INT), list_kind(list_kind(INT))),
            True,
            None,
        ),
        "encoding_format": (
            "encoding_format",
            enum_kind(lambda: EmbeddingEncodingFormat),
            False,
            None,
        ),
        "dimensions": ("dimensions", INT, False, None),
        "user": ("user", STR, False, None),
    }

    def __init__(
        self,
        *,
        model: str,
        input: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]],
        encoding_format: EmbeddingEncodingFormat | str | None = None,
        dimensions: int | None = None,
        user: str | None = None,
    ) -> None:
        self._parse(
            {
                "model": model,
                "input": input,
                "encoding_format": encoding_format,
                "dimensions": dimensions,
                "user": user,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> EmbeddingRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("model")
        if type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("input")
        value = cls._coerce("input", value, path)
        self.input = value

        value = get("encoding_format")
        if value is not None:
            value = cls._coerce("encoding_format", value, path)
        self.encoding_format = value

        value = get("dimensions")
        if value is not None and type(value) is not int:
            value = cls._coerce("dimensions", value, path)
        self.dimensions = value

        value = get("user")
        if value is not None and type(value) is not str:
            value = cls._coerce("user", value, path)
        self.user = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(EmbeddingRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = EmbeddingRequest.__dict__["_parse"].__func__
