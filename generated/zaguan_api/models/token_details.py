# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenDetails")


@_attrs_define
class TokenDetails:
    """Breakdown of prompt or completion tokens."""

    reasoning_tokens: int | Unset = UNSET
    """ Tokens spent on hidden reasoning. """
    cached_tokens: int | Unset = UNSET
    """ Prompt tokens served from the provider's cache. """
    audio_tokens: int | Unset = UNSET
    """ Audio input or output tokens. """
    accepted_prediction_tokens: int | Unset = UNSET
    """ Predicted-output tokens that appeared in the completion. """
    rejected_prediction_tokens: int | Unset = UNSET
    """ Predicted-output tokens that did not appear in the completion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "reasoning_tokens": "reasoning_tokens",
        "cached_tokens": "cached_tokens",
        "audio_tokens": "audio_tokens",
        "accepted_prediction_tokens": "accepted_prediction_tokens",
        "rejected_prediction_tokens": "rejected_prediction_tokens",
    }

    def to_dict(self) -> dict[str, Any]:
        reasoning_tokens = self.reasoning_tokens

        cached_tokens = self.cached_tokens

        audio_tokens = self.audio_tokens

        accepted_prediction_tokens = self.accepted_prediction_tokens

        rejected_prediction_tokens = self.rejected_prediction_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if accepted_prediction_tokens is not UNSET:
            field_dict["accepted_prediction_tokens"] = accepted_prediction_tokens
        if rejected_prediction_tokens is not UNSET:
            field_dict["rejected_prediction_tokens"] = rejected_prediction_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reasoning_tokens = d.pop("reasoning_tokens", UNSET)

        cached_tokens = d.pop("cached_tokens", UNSET)

        audio_tokens = d.pop("audio_tokens", UNSET)

        accepted_prediction_tokens = d.pop("accepted_prediction_tokens", UNSET)

        rejected_prediction_tokens = d.pop("rejected_prediction_tokens", UNSET)

        token_details = cls(
            reasoning_tokens,
            cached_tokens,
            audio_tokens,
            accepted_prediction_tokens,
            rejected_prediction_tokens,
        )

        token_details.additional_properties = d
        return token_details

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
