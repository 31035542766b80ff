# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    BOOL,
    CONSTRUCTING,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.rerank_request_documents_item_type_1 import RerankRequestDocumentsItemType1


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class RerankRequest(Model):
    """A query and the documents to rank against it."""

    query: str
    """ The query. """
    documents: list[RerankRequestDocumentsItemType1 | str]
    """ The documents, as text or as objects. """
    model: str
    """ The reranking model. """
    top_n: int | None = None
    """ Return only the best `top_n` (all when left out). """
    return_documents: bool | None = None
    """ Whether each result repeats its document. """
    _FIELDS: ClassVar[FieldTable] = {
        "query": ("query", STR, True, None),
        "documents": (
            "documents",
            list_kind(union_kind(STR, model_kind(lambda: RerankRequestDocumentsItemType1))),
            True,
            None,
        ),
        "model": ("model", STR, True, None),
        "top_n": ("top_n", INT, False, None),
        "return_documents": ("return_documents", BOOL, False, None),
    }

    def __init__(
        self,
        *,
        query: str,
        documents: Sequence[str | RerankRequestDocumentsItemType1 | Mapping[str, Any]],
        model: str,
        top_n: int | None = None,
        return_documents: bool | None = None,
    ) -> None:
        self._parse(
            {
                "query": query,
                "documents": documents,
                "model": model,
                "top_n": top_n,
                "return_documents": return_documents,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> RerankRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("query")
        if type(value) is not str:
            value = cls._coerce("query", value, path)
        self.query = value

        value = get("documents")
        value = cls._coerce("documents", value, path)
        self.documents = value

        value = get("model")
        if type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("top_n")
        if value is not None and type(value) is not int:
            value = cls._coerce("top_n", value, path)
        self.top_n = value

        value = get("return_documents")
        if value is not None and type(value) is not bool:
            value = cls._coerce("return_documents", value, path)
        self.return_documents = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(RerankRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = RerankRequest.__dict__["_parse"].__func__


from ..models.rerank_request_documents_item_type_1 import RerankRequestDocumentsItemType1
