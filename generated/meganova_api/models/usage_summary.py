# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FLOAT,
    INT,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.usage_group import UsageGroup


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class UsageSummary(Model):
    """Usage over a time range."""

    from_: str
    """ Start of the range. """
    to: str
    """ End of the range. """
    group_by: None | str = None
    """ How the groups are formed, if grouped. """
    total_requests: int | None = None
    """ Requests made. """
    prompt_tokens: int | None = None
    """ Prompt tokens. """
    completion_tokens: int | None = None
    """ Completion tokens. """
    total_tokens: int | None = None
    """ All tokens. """
    total_cost: float | None = None
    """ Cost in `currency`. """
    currency: str | None = None
    """ ISO 4217 currency code. """
    groups: list[UsageGroup] | None = None
    """ Per-group figures, when grouped. """
    _FIELDS: ClassVar[FieldTable] = {
        "from": ("from_", STR, True, None),
        "to": ("to", STR, True, None),
        "group_by": ("group_by", union_kind(STR, NULL), False, None),
        "total_requests": ("total_requests", INT, False, None),
        "prompt_tokens": ("prompt_tokens", INT, False, None),
        "completion_tokens": ("completion_tokens", INT, False, None),
        "total_tokens": ("total_tokens", INT, False, None),
        "total_cost": ("total_cost", FLOAT, False, None),
        "currency": ("currency", STR, False, None),
        "groups": ("groups", list_kind(model_kind(lambda: UsageGroup)), False, None),
    }

    def __init__(
        self,
        *,
        from_: str,
        to: str,
        group_by: str | None = None,
        total_requests: int | None = None,
        prompt_tokens: int | None = None,
        completion_tokens: int | None = None,
        total_tokens: int | None = None,
        total_cost: float | None = None,
        currency: str | None = None,
        groups: Sequence[UsageGroup | Mapping[str, Any]] | None = None,
    ) -> None:
        self._parse(
            {
                "from": from_,
                "to": to,
                "group_by": group_by,
                "total_requests": total_requests,
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
                "total_cost": total_cost,
                "currency": currency,
                "groups": groups,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> UsageSummary:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("from")
        if type(value) is not str:
            value = cls._coerce("from", value, path)
        self.from_ = value

        value = get("to")
        if type(value) is not str:
            value = cls._coerce("to", value, path)
        self.to = value

        value = get("group_by")
        if value is not None and type(value) is not str:
            value = cls._coerce("group_by", value, path)
        self.group_by = value

        value = get("total_requests")
        if value is not None and type(value) is not int:
            value = cls._coerce("total_requests", value, path)
        self.total_requests = value

        value = get("prompt_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("prompt_tokens", value, path)
        self.prompt_tokens = value

        value = get("completion_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("completion_tokens", value, path)
        self.completion_tokens = value

        value = get("total_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("total_tokens", value, path)
        self.total_tokens = value

        value = get("total_cost")
        if value is not None and type(value) is not float:
            value = cls._coerce("total_cost", value, path)
        self.total_cost = value

        value = get("currency")
        if value is not None and type(value) is not str:
            value = cls._coerce("currency", value, path)
        self.currency = value

        value = get("groups")
        if type(value) is list:
            groups_items = []
            parent = (path, "groups")
            for index, item in enumerate(value):
                groups_items.append(
                    item
                    if type(item) is UsageGroup
                    else _parse_usage_group(UsageGroup, item, (parent, index))
                )
            value = groups_items
        elif value is not None:
            value = cls._coerce("groups", value, path)
        self.groups = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(UsageSummary._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = UsageSummary.__dict__["_parse"].__func__


from ..models.usage_group import UsageGroup
from ..models.usage_group import _parse as _parse_usage_group
