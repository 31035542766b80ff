# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_usage_breakdown import ModelUsageBreakdown


T = TypeVar("T", bound="CreditsStats")


@_attrs_define
class CreditsStats:
    """Credits used over a period, broken down."""

    period: str
    """ The period aggregated. """
    total_credits_used: float
    """ Credits used over the period. """
    total_cost: float | Unset = UNSET
    """ Cost in US dollars. """
    total_requests: int | Unset = UNSET
    """ Requests made. """
    model_breakdown: list[ModelUsageBreakdown] | Unset = UNSET
    by_provider: Any | Unset = UNSET
    """ Credits used per provider. (free-form JSON object) """
    by_model: Any | Unset = UNSET
    """ Credits used per model. (free-form JSON object) """
    by_band: Any | Unset = UNSET
    """ Credits used per band. (free-form JSON object) """
    by_day: Any | Unset = UNSET
    """ Credits used per day. (free-form JSON object) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "period": "period",
        "total_credits_used": "total_credits_used",
        "total_cost": "total_cost",
        "total_requests": "total_requests",
        "model_breakdown": "model_breakdown",
        "by_provider": "by_provider",
        "by_model": "by_model",
        "by_band": "by_band",
        "by_day": "by_day",
    }

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        total_credits_used = self.total_credits_used

        total_cost = self.total_cost

        total_requests = self.total_requests

        model_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_breakdown, Unset):
            model_breakdown = []
            for model_breakdown_item_data in self.model_breakdown:
                model_breakdown_item = model_breakdown_item_data.to_dict()
                model_breakdown.append(model_breakdown_item)

        by_provider = self.by_provider

        by_model = self.by_model

        by_band = self.by_band

        by_day = self.by_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "total_credits_used": total_credits_used,
            }
        )
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if total_requests is not UNSET:
            field_dict["total_requests"] = total_requests
        if model_breakdown is not UNSET:
            field_dict["model_breakdown"] = model_breakdown
        if by_provider is not UNSET:
            field_dict["by_provider"] = by_provider
        if by_model is not UNSET:
            field_dict["by_model"] = by_model
        if by_band is not UNSET:
            field_dict["by_band"] = by_band
        if by_day is not UNSET:
            field_dict["by_day"] = by_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period")

        total_credits_used = d.pop("total_credits_used")

        total_cost = d.pop("total_cost", UNSET)

        total_requests = d.pop("total_requests", UNSET)

        _model_breakdown = d.pop("model_breakdown", UNSET)
        model_breakdown: list[ModelUsageBreakdown] | Unset = UNSET
        if _model_breakdown is not UNSET:
            model_breakdown = []
            for model_breakdown_item_data in _model_breakdown:
                model_breakdown_item = ModelUsageBreakdown.from_dict(model_breakdown_item_data)

                model_breakdown.append(model_breakdown_item)

        by_provider = d.pop("by_provider", UNSET)

        by_model = d.pop("by_model", UNSET)

        by_band = d.pop("by_band", UNSET)

        by_day = d.pop("by_day", UNSET)

        credits_stats = cls(
            period,
            total_credits_used,
            total_cost,
            total_requests,
            model_breakdown,
            by_provider,
            by_model,
            by_band,
            by_day,
        )

        credits_stats.additional_properties = d
        return credits_stats

    @property
    def request_id(self) -> str | None:
        """The X-Request-Id of the HTTP exchange that returned this object, if the SDK sent it."""
        return self._request_id

    def __getitem__(self, key: str) -> Any:
        """Read a field by its JSON name, like a dict: ``obj["content"]``.

        Raises KeyError when the field is absent from the object.
        """
        name = self._JSON_NAMES.get(key)
        if name is not None:
            value = getattr(self, name)
            if isinstance(value, Unset):
                raise KeyError(key)
            return value
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """Read a field by its JSON name, or ``default`` when it is absent."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        name = self._JSON_NAMES.get(key)
        if name is not None:
            return not isinstance(getattr(self, name), Unset)
        return key in self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        """Names of the fields the server sent that the spec does not describe."""
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        name = self._JSON_NAMES.get(key)
        if name is not None:
            setattr(self, name, value)
        else:
            self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.model_usage_breakdown import ModelUsageBreakdown  # noqa: E402
