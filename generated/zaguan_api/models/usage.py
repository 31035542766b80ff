# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_details import TokenDetails


T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage:
    """Token usage of one request."""

    prompt_tokens: int
    """ Tokens in the prompt. """
    completion_tokens: int
    """ Tokens in the completion. """
    total_tokens: int
    """ Prompt plus completion tokens. """
    prompt_tokens_details: TokenDetails | Unset = UNSET
    """ Breakdown of prompt or completion tokens. """
    completion_tokens_details: TokenDetails | Unset = UNSET
    """ Breakdown of prompt or completion tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "prompt_tokens": "prompt_tokens",
        "completion_tokens": "completion_tokens",
        "total_tokens": "total_tokens",
        "prompt_tokens_details": "prompt_tokens_details",
        "completion_tokens_details": "completion_tokens_details",
    }

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        prompt_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()

        completion_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.completion_tokens_details, Unset):
            completion_tokens_details = self.completion_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
            }
        )
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens")

        completion_tokens = d.pop("completion_tokens")

        total_tokens = d.pop("total_tokens")

        _prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
        prompt_tokens_details: TokenDetails | Unset
        if isinstance(_prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        else:
            prompt_tokens_details = TokenDetails.from_dict(_prompt_tokens_details)

        _completion_tokens_details = d.pop("completion_tokens_details", UNSET)
        completion_tokens_details: TokenDetails | Unset
        if isinstance(_completion_tokens_details, Unset):
            completion_tokens_details = UNSET
        else:
            completion_tokens_details = TokenDetails.from_dict(_completion_tokens_details)

        usage = cls(
            prompt_tokens,
            completion_tokens,
            total_tokens,
            prompt_tokens_details,
            completion_tokens_details,
        )

        usage.additional_properties = d
        return usage

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


from ..models.token_details import TokenDetails  # noqa: E402
