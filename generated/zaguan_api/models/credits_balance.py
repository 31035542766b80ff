# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditsBalance")


@_attrs_define
class CreditsBalance:
    """Credits left in the current period."""

    credits_remaining: int
    """ Credits left. """
    tier: str
    """ Subscription tier. """
    bands: list[str]
    """ Model bands the tier may use. """
    reset_date: datetime.datetime | None | Unset = UNSET
    """ When the credits reset. """
    credits_total: int | Unset = UNSET
    """ Credits granted for the period. """
    credits_used: int | Unset = UNSET
    """ Credits used so far in the period. """
    credits_percent: float | Unset = UNSET
    """ Share of the period's credits used, in percent. """
    warning: None | str | Unset = UNSET
    """ A warning when credits run low. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "credits_remaining": "credits_remaining",
        "tier": "tier",
        "bands": "bands",
        "reset_date": "reset_date",
        "credits_total": "credits_total",
        "credits_used": "credits_used",
        "credits_percent": "credits_percent",
        "warning": "warning",
    }

    def to_dict(self) -> dict[str, Any]:
        credits_remaining = self.credits_remaining

        tier = self.tier

        bands = self.bands

        reset_date: None | str | Unset
        if isinstance(self.reset_date, Unset):
            reset_date = UNSET
        elif isinstance(self.reset_date, datetime.datetime):
            reset_date = self.reset_date.isoformat()
        else:
            reset_date = self.reset_date

        credits_total = self.credits_total

        credits_used = self.credits_used

        credits_percent = self.credits_percent

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credits_remaining": credits_remaining,
                "tier": tier,
                "bands": bands,
            }
        )
        if reset_date is not UNSET:
            field_dict["reset_date"] = reset_date
        if credits_total is not UNSET:
            field_dict["credits_total"] = credits_total
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if credits_percent is not UNSET:
            field_dict["credits_percent"] = credits_percent
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_remaining = d.pop("credits_remaining")

        tier = d.pop("tier")

        bands: list[str] = d.pop("bands")

        _reset_date = d.pop("reset_date", UNSET)
        reset_date: datetime.datetime | None | Unset = _reset_date
        if isinstance(_reset_date, str):
            try:
                reset_date_type_0 = isoparse(_reset_date)

                reset_date = reset_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        credits_total = d.pop("credits_total", UNSET)

        credits_used = d.pop("credits_used", UNSET)

        credits_percent = d.pop("credits_percent", UNSET)

        warning: None | str | Unset = d.pop("warning", UNSET)

        credits_balance = cls(
            credits_remaining,
            tier,
            bands,
            reset_date,
            credits_total,
            credits_used,
            credits_percent,
            warning,
        )

        credits_balance.additional_properties = d
        return credits_balance

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
