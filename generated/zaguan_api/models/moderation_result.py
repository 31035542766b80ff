# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    BOOL,
    CONSTRUCTING,
    FieldTable,
    Model,
    Path,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.moderation_categories import ModerationCategories
    from ..models.moderation_category_scores import ModerationCategoryScores


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ModerationResult(Model):
    """The classification of one input."""

    flagged: bool
    """ Whether any category applies. """
    categories: ModerationCategories
    """ Whether the input is in each category, by category name (`hate`, `hate/threatening`, ...). An open mapping:
    categories added later are kept and read by key. """
    category_scores: ModerationCategoryScores
    """ The model's score for each category, by category name. An open mapping. """
    _FIELDS: ClassVar[FieldTable] = {
        "flagged": ("flagged", BOOL, True, None),
        "categories": ("categories", model_kind(lambda: ModerationCategories), True, None),
        "category_scores": (
            "category_scores",
            model_kind(lambda: ModerationCategoryScores),
            True,
            None,
        ),
    }

    def __init__(
        self,
        *,
        flagged: bool,
        categories: ModerationCategories | Mapping[str, Any],
        category_scores: ModerationCategoryScores | Mapping[str, Any],
    ) -> None:
        self._parse(
            {
                "flagged": flagged,
                "categories": categories,
                "category_scores": category_scores,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ModerationResult:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("flagged")
        if type(value) is not bool:
            value = cls._coerce("flagged", value, path)
        self.flagged = value

        value = get("categories")
        if type(value) is dict:
            value = _parse_moderation_categories(ModerationCategories, value, (path, "categories"))
        else:
            value = cls._coerce("categories", value, path)
        self.categories = value

        value = get("category_scores")
        if type(value) is dict:
            value = _parse_moderation_category_scores(
                ModerationCategoryScores, value, (path, "category_scores")
            )
        else:
            value = cls._coerce("category_scores", value, path)
        self.category_scores = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ModerationResult._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ModerationResult.__dict__["_parse"].__func__


from ..models.moderation_categories import ModerationCategories
from ..models.moderation_categories import _parse as _parse_moderation_categories
from ..models.moderation_category_scores import ModerationCategoryScores
from ..models.moderation_category_scores import _parse as _parse_moderation_category_scores
