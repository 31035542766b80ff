# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelCapabilities")


@_attrs_define
class ModelCapabilities:
    """What one model supports."""

    model_id: str
    """ Model id. """
    supports_vision: bool
    """ Accepts images. """
    supports_tools: bool
    """ Accepts tools and makes tool calls. """
    supports_reasoning: bool
    """ Reasons before answering (`reasoning_effort`, `thinking`). """
    max_context_tokens: int | Unset = UNSET
    """ Context window in tokens. """
    provider_specific: Any | Unset = UNSET
    """ Provider-specific facts. (free-form JSON object) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "model_id": "model_id",
        "supports_vision": "supports_vision",
        "supports_tools": "supports_tools",
        "supports_reasoning": "supports_reasoning",
        "max_context_tokens": "max_context_tokens",
        "provider_specific": "provider_specific",
    }

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        supports_vision = self.supports_vision

        supports_tools = self.supports_tools

        supports_reasoning = self.supports_reasoning

        max_context_tokens = self.max_context_tokens

        provider_specific = self.provider_specific

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "supports_vision": supports_vision,
                "supports_tools": supports_tools,
                "supports_reasoning": supports_reasoning,
            }
        )
        if max_context_tokens is not UNSET:
            field_dict["max_context_tokens"] = max_context_tokens
        if provider_specific is not UNSET:
            field_dict["provider_specific"] = provider_specific

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_id = d.pop("model_id")

        supports_vision = d.pop("supports_vision")

        supports_tools = d.pop("supports_tools")

        supports_reasoning = d.pop("supports_reasoning")

        max_context_tokens = d.pop("max_context_tokens", UNSET)

        provider_specific = d.pop("provider_specific", UNSET)

        model_capabilities = cls(
            model_id,
            supports_vision,
            supports_tools,
            supports_reasoning,
            max_context_tokens,
            provider_specific,
        )

        model_capabilities.additional_properties = d
        return model_capabilities

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
