# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ZaguanErrorDetail")


@_attrs_define
class ZaguanErrorDetail:
    """The error with Zaguan's case fields. Some deployments nest the case fields under `details`; the SDK reads both
    places.

    """

    message: str
    """ Human-readable explanation. """
    type_: None | str | Unset = UNSET
    """ Error category, such as `invalid_request_error`. """
    code: int | None | str | Unset = UNSET
    """ Machine-readable code. """
    param: None | str | Unset = UNSET
    """ The request parameter at fault, if any. """
    credits_required: float | Unset = UNSET
    """ Credits the request needed (402). """
    credits_remaining: float | Unset = UNSET
    """ Credits left (402). """
    band: str | Unset = UNSET
    """ Band of the model refused (403 `band_access_denied`). """
    required_tier: str | Unset = UNSET
    """ Tier that may use the band (403). """
    current_tier: str | Unset = UNSET
    """ The key's tier (403). """
    retry_after: float | Unset = UNSET
    """ Seconds to wait (429). """
    details: Any | Unset = UNSET
    """ The case fields, in deployments that nest them. (free-form JSON object) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "message": "message",
        "type": "type_",
        "code": "code",
        "param": "param",
        "credits_required": "credits_required",
        "credits_remaining": "credits_remaining",
        "band": "band",
        "required_tier": "required_tier",
        "current_tier": "current_tier",
        "retry_after": "retry_after",
        "details": "details",
    }

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        code: int | None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        credits_required = self.credits_required

        credits_remaining = self.credits_remaining

        band = self.band

        required_tier = self.required_tier

        current_tier = self.current_tier

        retry_after = self.retry_after

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param
        if credits_required is not UNSET:
            field_dict["credits_required"] = credits_required
        if credits_remaining is not UNSET:
            field_dict["credits_remaining"] = credits_remaining
        if band is not UNSET:
            field_dict["band"] = band
        if required_tier is not UNSET:
            field_dict["required_tier"] = required_tier
        if current_tier is not UNSET:
            field_dict["current_tier"] = current_tier
        if retry_after is not UNSET:
            field_dict["retry_after"] = retry_after
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        type_: None | str | Unset = d.pop("type", UNSET)

        code: int | None | str | Unset = d.pop("code", UNSET)

        param: None | str | Unset = d.pop("param", UNSET)

        credits_required = d.pop("credits_required", UNSET)

        credits_remaining = d.pop("credits_remaining", UNSET)

        band = d.pop("band", UNSET)

        required_tier = d.pop("required_tier", UNSET)

        current_tier = d.pop("current_tier", UNSET)

        retry_after = d.pop("retry_after", UNSET)

        details = d.pop("details", UNSET)

        zaguan_error_detail = cls(
            message,
            type_,
            code,
            param,
            credits_required,
            credits_remaining,
            band,
            required_tier,
            current_tier,
            retry_after,
            details,
        )

        zaguan_error_detail.additional_properties = d
        return zaguan_error_detail

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
