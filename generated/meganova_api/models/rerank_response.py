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
    from ..models.rerank_result import RerankResult


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class RerankResponse(Model):
    """The ranked documents, most relevant first.

    Example:
        {'model': 'bge-reranker-v2-m3', 'results': [{'index': 1, 'relevance_score': 0.92}, {'index': 0,
            'relevance_score': 0.13}]}

    """

    results: list[RerankResult]
    model: str | None = None
    """ The model that ranked. """
    _FIELDS: ClassVar[FieldTable] = {
        "results": ("results", list_kind(model_kind(lambda: RerankResult)), True, None),
        "model": ("model", STR, False, None),
    }

    def __init__(
        self,
        *,
        results: Sequence[RerankResult | Mapping[str, Any]],
        model: str | None = None,
    ) -> None:
        self._parse(
            {
                "results": results,
                "model": model,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> RerankResponse:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("results")
        if type(value) is list:
            results_items = []
            parent = (path, "results")
            for index, item in enumerate(value):
                results_items.append(
                    item
                    if type(item) is RerankResult
                    else _parse_rerank_result(RerankResult, item, (parent, index))
                )
            value = results_items
        else:
            value = cls._coerce("results", value, path)
        self.results = value

        value = get("model")
        if value is not None and type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(RerankResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = RerankResponse.__dict__["_parse"].__func__


from ..models.rerank_result import RerankResult
from ..models.rerank_result import _parse as _parse_rerank_result
