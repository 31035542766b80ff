# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.color import Color
from ..models.priority import Priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.part import Part


T = TypeVar("T", bound="Thing")


@_attrs_define
class Thing:
    """A thing, with every kind of field."""

    id: str
    created: datetime.datetime
    from_: str | Unset = UNSET
    """ A Python keyword as a field name. """
    due: datetime.date | Unset = UNSET
    color: Color | None | Unset = UNSET
    priority: Priority | Unset = UNSET
    """ How urgent. """
    parts: list[Part] | Unset = UNSET
    note: None | str | Unset = UNSET
    extra: Any | Unset = UNSET
    """ Free-form JSON. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "created": "created",
        "from": "from_",
        "due": "due",
        "color": "color",
        "priority": "priority",
        "parts": "parts",
        "note": "note",
        "extra": "extra",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        from_ = self.from_

        due: str | Unset = UNSET
        if not isinstance(self.due, Unset):
            due = self.due.isoformat()

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        elif isinstance(self.color, Color):
            color = getattr(self.color, "value", self.color)
        else:
            color = self.color

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = getattr(self.priority, "value", self.priority)

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if due is not UNSET:
            field_dict["due"] = due
        if color is not UNSET:
            field_dict["color"] = color
        if priority is not UNSET:
            field_dict["priority"] = priority
        if parts is not UNSET:
            field_dict["parts"] = parts
        if note is not UNSET:
            field_dict["note"] = note
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created = isoparse(d.pop("created"))

        from_ = d.pop("from", UNSET)

        _due = d.pop("due", UNSET)
        due: datetime.date | Unset
        if isinstance(_due, Unset):
            due = UNSET
        else:
            due = isoparse(_due).date()

        _color = d.pop("color", UNSET)
        color: Color | None | Unset = _color
        if isinstance(_color, str):
            try:
                color_type_0 = Color(_color)

                color = color_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _priority = d.pop("priority", UNSET)
        priority: Priority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = Priority(_priority)

        _parts = d.pop("parts", UNSET)
        parts: list[Part] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = Part.from_dict(parts_item_data)

                parts.append(parts_item)

        note: None | str | Unset = d.pop("note", UNSET)

        extra = d.pop("extra", UNSET)

        thing = cls(
            id,
            created,
            from_,
            due,
            color,
            priority,
            parts,
            note,
            extra,
        )

        thing.additional_properties = d
        return thing

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


from ..models.part import Part  # noqa: E402
