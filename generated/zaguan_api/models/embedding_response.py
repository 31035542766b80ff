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
    from ..models.embedding import Embedding
    from ..models.embedding_usage import EmbeddingUsage


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class EmbeddingResponse(Model):
    """The embedding vectors of a request, one per input, in input order.

    Example:
        {'object': 'list', 'data': [{'object': 'embedding', 'embedding': [0.1, -0.2, 0.3], 'index': 0}], 'model': 'text-
            embedding-3-small', 'usage': {'prompt_tokens': 3, 'total_tokens': 3}}

    """

    data: list[Embedding]
    model: str
    """ The model that made the vectors. """
    object: str | None = None
    """ Always `list`. """
    usage: EmbeddingUsage | None = None
    """ Tokens an embedding request used. """
    _FIELDS: ClassVar[FieldTable] = {
        "data": ("data", list_kind(model_kind(lambda: Embedding)), True, None),
        "model": ("model", STR, True, None),
        "object": ("object", STR, False, None),
        "usage": ("usage", model_kind(lambda: EmbeddingUsage), False, None),
    }

    def __init__(
        self,
        *,
        data: Sequence[Embedding | Mapping[str, Any]],
        model: str,
        object: str | None = None,
        usage: EmbeddingUsage | Mapping[str, Any] | None = None,
    ) -> None:
        self._parse(
            {
                "data": data,
                "model": model,
                "object": object,
                "usage": usage,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> EmbeddingResponse:
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
                    if type(item) is Embedding
                    else _parse_embedding(Embedding, item, (parent, index))
                )
            value = data_items
        else:
            value = cls._coerce("data", value, path)
        self.data = value

        value = get("model")
        if type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("object")
        if value is not None and type(value) is not str:
            value = cls._coerce("object", value, path)
        self.object = value

        value = get("usage")
        if type(value) is dict:
            value = _parse_embedding_usage(EmbeddingUsage, value, (path, "usage"))
        elif value is not None:
            value = cls._coerce("usage", value, path)
        self.usage = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(EmbeddingResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = EmbeddingResponse.__dict__["_parse"].__func__


from ..models.embedding import Embedding
from ..models.embedding import _parse as _parse_embedding
from ..models.embedding_usage import EmbeddingUsage
from ..models.embedding_usage import _parse as _parse_embedding_usage
