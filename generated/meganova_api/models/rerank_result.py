# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
    CONSTRUCTING,
    FLOAT,
    INT,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class RerankResult(Model):
    """One document's rank."""

    index: int
    """ Position of the document in the request's `documents`. """
    relevance_score: float
    """ How relevant the document is to the query (higher is more). """
    document: Any | None = None
    """ The document, when `return_documents` was true. """
    _FIELDS: ClassVar[FieldTable] = {
        "index": ("index", INT, True, None),
        "relevance_score": ("relevance_score", FLOAT, True, None),
        "document": ("document", ANY, False, None),
    }

    def __init__(
        self,
        *,
        index: int,
        relevance_score: float,
        document: Any | None = None,
    ) -> None:
        self._parse(
            {
                "index": index,
                "relevance_score": relevance_score,
                "document": document,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> RerankResult:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("index")
        if type(value) is not int:
            value = cls._coerce("index", value, path)
        self.index = value

        value = get("relevance_score")
        if type(value) is not float:
            value = cls._coerce("relevance_score", value, path)
        self.relevance_score = value

        value = get("document")
        self.document = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(RerankResult._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = RerankResult.__dict__["_parse"].__func__
