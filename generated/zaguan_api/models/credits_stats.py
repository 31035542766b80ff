# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
    CONSTRUCTING,
    FLOAT,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.model_usage_breakdown import ModelUsageBreakdown


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class CreditsStats(Model):
    """Credits used over a period, broken down."""

    period: str
    """ The period aggregated. """
    total_credits_used: float
    """ Credits used over the period. """
    total_cost: float | None = None
    """ Cost in US dollars. """
    total_requests: int | None = None
    """ Requests made. """
    model_breakdown: list[ModelUsageBreakdown] | None = None
    by_provider: Any | None = None
    """ Credits used per provider. (free-form JSON object) """
    by_model: Any | None = None
    """ Credits used per model. (free-form JSON object) """
    by_band: Any | None = None
    """ Credits used per band. (free-form JSON object) """
    by_day: Any | None = None
    """ Credits used per day. (free-form JSON object) """
    _FIELDS: ClassVar[FieldTable] = {
        "period": ("period", STR, True, None),
        "total_credits_used": ("total_credits_used", FLOAT, True, None),
        "total_cost": ("total_cost", FLOAT, False, None),
        "total_requests": ("total_requests", INT, False, None),
        "model_breakdown": (
            "model_breakdown",
            list_kind(model_kind(lambda: ModelUsageBreakdown)),
            False,
            None,
        ),
        "by_provider": ("by_provider", ANY, False, None),
        "by_model": ("by_model", ANY, False, None),
        "by_band": ("by_band", ANY, False, None),
        "by_day": ("by_day", ANY, False, None),
    }

    def __init__(
        self,
        *,
        period: str,
        total_credits_used: float,
        total_cost: float | None = None,
        total_requests: int | None = None,
        model_breakdown: Sequence[ModelUsageBreakdown | Mapping[str, Any]] | None = None,
        by_provider: Any | None = None,
        by_model: Any | None = None,
        by_band: Any | None = None,
        by_day: Any | None = None,
    ) -> None:
        self._parse(
            {
                "period": period,
                "total_credits_used": total_credits_used,
                "total_cost": total_cost,
                "total_requests": total_requests,
                "model_breakdown": model_breakdown,
                "by_provider": by_provider,
                "by_model": by_model,
                "by_band": by_band,
                "by_day": by_day,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> CreditsStats:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("period")
        if type(value) is not str:
            value = cls._coerce("period", value, path)
        self.period = value

        value = get("total_credits_used")
        if type(value) is not float:
            value = cls._coerce("total_credits_used", value, path)
        self.total_credits_used = value

        value = get("total_cost")
        if value is not None and type(value) is not float:
            value = cls._coerce("total_cost", value, path)
        self.total_cost = value

        value = get("total_requests")
        if value is not None and type(value) is not int:
            value = cls._coerce("total_requests", value, path)
        self.total_requests = value

        value = get("model_breakdown")
        if type(value) is list:
            model_breakdown_items = []
            parent = (path, "model_breakdown")
            for index, item in enumerate(value):
                model_breakdown_items.append(
                    item
                    if type(item) is ModelUsageBreakdown
                    else _parse_model_usage_breakdown(ModelUsageBreakdown, item, (parent, index))
                )
            value = model_breakdown_items
        elif value is not None:
            value = cls._coerce("model_breakdown", value, path)
        self.model_breakdown = value

        value = get("by_provider")
        self.by_provider = value

        value = get("by_model")
        self.by_model = value

        value = get("by_band")
        self.by_band = value

        value = get("by_day")
        self.by_day = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(CreditsStats._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = CreditsStats.__dict__["_parse"].__func__


from ..models.model_usage_breakdown import ModelUsageBreakdown
from ..models.model_usage_breakdown import _parse as _parse_model_usage_breakdown
