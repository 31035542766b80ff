# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_role import ChatRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_part import ContentPart
    from ..models.tool_call import ToolCall


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """One message of a conversation, in a request or in a reply. Reads both as attributes (`message.content`) and by key
    (`message["content"]`).

    """

    role: ChatRole
    """ Who wrote a message. Gateways add roles over time, so an unknown role is kept as is. """
    content: list[ContentPart] | None | str | Unset = UNSET
    """ Text, a list of content parts, or null (an assistant message with tool calls). """
    name: str | Unset = UNSET
    """ Optional name of the author, to tell participants of the same role apart. """
    tool_calls: list[ToolCall] | Unset = UNSET
    """ Tool calls made by the assistant. """
    tool_call_id: str | Unset = UNSET
    """ In a `tool` message, the id of the call it answers. """
    reasoning_content: None | str | Unset = UNSET
    """ Reasoning text of a reasoning model, when the gateway returns it. """
    refusal: None | str | Unset = UNSET
    """ The model's refusal message, when it refused. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "name": "name",
        "tool_calls": "tool_calls",
        "tool_call_id": "tool_call_id",
        "reasoning_content": "reasoning_content",
        "refusal": "refusal",
    }

    def to_dict(self) -> dict[str, Any]:
        role = getattr(self.role, "value", self.role)

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        tool_call_id = self.tool_call_id

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = ChatRole(d.pop("role"))

        _content = d.pop("content", UNSET)
        content: list[ContentPart] | None | str | Unset = _content
        if isinstance(_content, list):
            try:
                content_type_1 = []
                _content_type_1 = _content
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ContentPart.from_dict(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                content = content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        name = d.pop("name", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        tool_call_id = d.pop("tool_call_id", UNSET)

        reasoning_content: None | str | Unset = d.pop("reasoning_content", UNSET)

        refusal: None | str | Unset = d.pop("refusal", UNSET)

        message = cls(
            role,
            content,
            name,
            tool_calls,
            tool_call_id,
            reasoning_content,
            refusal,
        )

        message.additional_properties = d
        return message

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


from ..models.content_part import ContentPart  # noqa: E402
from ..models.tool_call import ToolCall  # noqa: E402
