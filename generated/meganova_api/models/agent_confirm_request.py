# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.agent_tool_action import AgentToolAction
from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    enum_kind,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AgentConfirmRequest(Model):
    """The decision on a pending tool call."""

    approval_id: str
    """ The `approval_id` of the `PendingToolCall`. """
    action: AgentToolAction
    """ What to do with a pending tool call. """
    _FIELDS: ClassVar[FieldTable] = {
        "approval_id": ("approval_id", STR, True, None),
        "action": ("action", enum_kind(lambda: AgentToolAction), True, None),
    }

    def __init__(
        self,
        *,
        approval_id: str,
        action: AgentToolAction | str,
    ) -> None:
        self._parse(
            {
                "approval_id": approval_id,
                "action": action,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AgentConfirmRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("approval_id")
        if type(value) is not str:
            value = cls._coerce("approval_id", value, path)
        self.approval_id = value

        value = get("action")
        value = cls._coerce("action", value, path)
        self.action = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AgentConfirmRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AgentConfirmRequest.__dict__["_parse"].__func__
