# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelUsageBreakdown")


@_attrs_define
class ModelUsageBreakdown:
    """Credits used by one model (or provider, band or day) over the period."""

    model: str | Unset = UNSET
    """ Model id. """
    requests: int | Unset = UNSET
    """ Requests made. """
    credits_used: float | Unset = UNSET
    """ Credits used. """
    cost: float | Unset = UNSET
    """ Cost in US dollars. """
    total_tokens: int | Unset = UNSET
    """ Tokens used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "model": "model",
        "requests": "requests",
        "credits_used": "credits_used",
        "cost": "cost",
        "total_tokens": "total_tokens",
    }

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        requests = self.requests

        credits_used = self.credits_used

        cost = self.cost

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if requests is not UNSET:
            field_dict["requests"] = requests
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if cost is not UNSET:
            field_dict["cost"] = cost
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        requests = d.pop("requests", UNSET)

        credits_used = d.pop("credits_used", UNSET)

        cost = d.pop("cost", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        model_usage_breakdown = cls(
            model,
            requests,
            credits_used,
            cost,
            total_tokens,
        )

        model_usage_breakdown.additional_properties = d
        return model_usage_breakdown

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
