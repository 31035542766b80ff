# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_group import UsageGroup


T = TypeVar("T", bound="UsageSummary")


@_attrs_define
class UsageSummary:
    """Usage over a time range."""

    from_: str
    """ Start of the range. """
    to: str
    """ End of the range. """
    group_by: None | str | Unset = UNSET
    """ How the groups are formed, if grouped. """
    total_requests: int | Unset = UNSET
    """ Requests made. """
    prompt_tokens: int | Unset = UNSET
    """ Prompt tokens. """
    completion_tokens: int | Unset = UNSET
    """ Completion tokens. """
    total_tokens: int | Unset = UNSET
    """ All tokens. """
    total_cost: float | Unset = UNSET
    """ Cost in `currency`. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency code. """
    groups: list[UsageGroup] | Unset = UNSET
    """ Per-group figures, when grouped. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "from": "from_",
        "to": "to",
        "group_by": "group_by",
        "total_requests": "total_requests",
        "prompt_tokens": "prompt_tokens",
        "completion_tokens": "completion_tokens",
        "total_tokens": "total_tokens",
        "total_cost": "total_cost",
        "currency": "currency",
        "groups": "groups",
    }

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        group_by: None | str | Unset
        if isinstance(self.group_by, Unset):
            group_by = UNSET
        else:
            group_by = self.group_by

        total_requests = self.total_requests

        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        total_cost = self.total_cost

        currency = self.currency

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if total_requests is not UNSET:
            field_dict["total_requests"] = total_requests
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if currency is not UNSET:
            field_dict["currency"] = currency
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        group_by: None | str | Unset = d.pop("group_by", UNSET)

        total_requests = d.pop("total_requests", UNSET)

        prompt_tokens = d.pop("prompt_tokens", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        total_cost = d.pop("total_cost", UNSET)

        currency = d.pop("currency", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[UsageGroup] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = UsageGroup.from_dict(groups_item_data)

                groups.append(groups_item)

        usage_summary = cls(
            from_,
            to,
            group_by,
            total_requests,
            prompt_tokens,
            completion_tokens,
            total_tokens,
            total_cost,
            currency,
            groups,
        )

        usage_summary.additional_properties = d
        return usage_summary

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


from ..models.usage_group import UsageGroup  # noqa: E402
