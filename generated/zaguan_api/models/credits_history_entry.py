# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditsHistoryEntry")


@_attrs_define
class CreditsHistoryEntry:
    """One request's debit."""

    id: str
    """ Entry id. """
    timestamp: datetime.datetime
    """ When the request ran. """
    request_id: str | Unset = UNSET
    """ The request's `X-Request-Id`. """
    model: str | Unset = UNSET
    """ Model used. """
    provider: str | Unset = UNSET
    """ Provider that served it. """
    band: str | Unset = UNSET
    """ Band of the model. """
    prompt_tokens: int | Unset = UNSET
    """ Prompt tokens. """
    completion_tokens: int | Unset = UNSET
    """ Completion tokens. """
    total_tokens: int | Unset = UNSET
    """ All tokens. """
    credits_debited: float | Unset = UNSET
    """ Credits taken. """
    cost: float | Unset = UNSET
    """ Cost in US dollars. """
    latency_ms: int | Unset = UNSET
    """ Time to answer, in milliseconds. """
    status: str | Unset = UNSET
    """ Outcome, such as `success` or `error`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "timestamp": "timestamp",
        "request_id": "request_id",
        "model": "model",
        "provider": "provider",
        "band": "band",
        "prompt_tokens": "prompt_tokens",
        "completion_tokens": "completion_tokens",
        "total_tokens": "total_tokens",
        "credits_debited": "credits_debited",
        "cost": "cost",
        "latency_ms": "latency_ms",
        "status": "status",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp = self.timestamp.isoformat()

        request_id = self.request_id

        model = self.model

        provider = self.provider

        band = self.band

        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        credits_debited = self.credits_debited

        cost = self.cost

        latency_ms = self.latency_ms

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timestamp": timestamp,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider
        if band is not UNSET:
            field_dict["band"] = band
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if credits_debited is not UNSET:
            field_dict["credits_debited"] = credits_debited
        if cost is not UNSET:
            field_dict["cost"] = cost
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        timestamp = isoparse(d.pop("timestamp"))

        request_id = d.pop("request_id", UNSET)

        model = d.pop("model", UNSET)

        provider = d.pop("provider", UNSET)

        band = d.pop("band", UNSET)

        prompt_tokens = d.pop("prompt_tokens", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        credits_debited = d.pop("credits_debited", UNSET)

        cost = d.pop("cost", UNSET)

        latency_ms = d.pop("latency_ms", UNSET)

        status = d.pop("status", UNSET)

        credits_history_entry = cls(
            id,
            timestamp,
            request_id,
            model,
            provider,
            band,
            prompt_tokens,
            completion_tokens,
            total_tokens,
            credits_debited,
            cost,
            latency_ms,
            status,
        )

        credits_history_entry.additional_properties = d
        return credits_history_entry

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
