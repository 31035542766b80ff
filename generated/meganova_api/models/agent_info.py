# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    BOOL,
    CONSTRUCTING,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AgentInfo(Model):
    """An agent's public information."""

    id: str
    """ The agent's id. """
    name: str
    """ The agent's name. """
    welcome_message: str
    """ What the agent says first. """
    is_available: bool
    """ Whether the agent takes messages now. """
    description: None | str = None
    """ What the agent does. """
    avatar_url: None | str = None
    """ The agent's picture. """
    _FIELDS: ClassVar[FieldTable] = {
        "id": ("id", STR, True, None),
        "name": ("name", STR, True, None),
        "welcome_message": ("welcome_message", STR, True, None),
        "is_available": ("is_available", BOOL, True, None),
        "description": ("description", union_kind(STR, NULL), False, None),
        "avatar_url": ("avatar_url", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        id: str,
        name: str,
        welcome_message: str,
        is_available: bool,
        description: str | None = None,
        avatar_url: str | None = None,
    ) -> None:
        self._parse(
            {
                "id": id,
                "name": name,
                "welcome_message": welcome_message,
                "is_available": is_available,
                "description": description,
                "avatar_url": avatar_url,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> AgentInfo:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("id")
        if type(value) is not str:
            value = cls._coerce("id", value, path)
        self.id = value

        value = get("name")
        if type(value) is not str:
            value = cls._coerce("name", value, path)
        self.name = value

        value = get("welcome_message")
        if type(value) is not str:
            value = cls._coerce("welcome_message", value, path)
        self.welcome_message = value

        value = get("is_available")
        if type(value) is not bool:
            value = cls._coerce("is_available", value, path)
        self.is_available = value

        value = get("description")
        if value is not None and type(value) is not str:
            value = cls._coerce("description", value, path)
        self.description = value

        value = get("avatar_url")
        if value is not None and type(value) is not str:
            value = cls._coerce("avatar_url", value, path)
        self.avatar_url = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AgentInfo._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AgentInfo.__dict__["_parse"].__func__
