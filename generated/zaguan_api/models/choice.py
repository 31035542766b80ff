# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="Choice")


@_attrs_define
class Choice:
    """One choice of a chat completion."""

    index: int
    """ Position of the choice. """
    message: Message
    """ One message of a conversation, in a request or in a reply. Reads both as attributes (`message.content`) and
    by key (`message["content"]`). """
    finish_reason: FinishReason | None | Unset = UNSET
    """ Why generation stopped. """
    logprobs: Any | Unset = UNSET
    """ Log probabilities, when requested (free-form JSON object or null). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "index": "index",
        "message": "message",
        "finish_reason": "finish_reason",
        "logprobs": "logprobs",
    }

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        message = self.message.to_dict()

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, FinishReason):
            finish_reason = getattr(self.finish_reason, "value", self.finish_reason)
        else:
            finish_reason = self.finish_reason

        logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
            }
        )
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        message = Message.from_dict(d.pop("message"))

        _finish_reason = d.pop("finish_reason", UNSET)
        finish_reason: FinishReason | None | Unset = _finish_reason
        if isinstance(_finish_reason, str):
            try:
                finish_reason_type_0 = FinishReason(_finish_reason)

                finish_reason = finish_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        logprobs = d.pop("logprobs", UNSET)

        choice = cls(
            index,
            message,
            finish_reason,
            logprobs,
        )

        choice.additional_properties = d
        return choice

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


from ..models.message import Message  # noqa: E402
