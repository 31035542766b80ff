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
    from ..models.moderation_result import ModerationResult


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ModerationResponse(Model):
    """One result per input.

    Example:
        {'id': 'modr-1', 'model': 'omni-moderation-latest', 'results': [{'flagged': False, 'categories': {'hate': False,
            'hate/threatening': False, 'violence': False}, 'category_scores': {'hate': 0.001, 'hate/threatening': 0.0001,
            'violence': 0.002}}]}

    """

    results: list[ModerationResult]
    id: str | None = None
    """ The moderation id. """
    model: str | None = None
    """ The model that classified. """
    _FIELDS: ClassVar[FieldTable] = {
        "results": ("results", list_kind(model_kind(lambda: ModerationResult)), True, None),
        "id": ("id", STR, False, None),
        "model": ("model", STR, False, None),
    }

    def __init__(
        self,
        *,
        results: Sequence[ModerationResult | Mapping[str, Any]],
        id: str | None = None,
        model: str | None = None,
    ) -> None:
        self._parse(
            {
                "results": results,
                "id": id,
                "model": model,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ModerationResponse:
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
                    if type(item) is ModerationResult
                    else _parse_moderation_result(ModerationResult, item, (parent, index))
                )
            value = results_items
        else:
            value = cls._coerce("results", value, path)
        self.results = value

        value = get("id")
        if value is not None and type(value) is not str:
            value = cls._coerce("id", value, path)
        self.id = value

        value = get("model")
        if value is not None and type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ModerationResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ModerationResponse.__dict__["_parse"].__func__


from ..models.moderation_result import ModerationResult
from ..models.moderation_result import _parse as _parse_moderation_result
