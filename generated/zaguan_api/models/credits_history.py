# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
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
    from ..models.credits_history_entry import CreditsHistoryEntry


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class CreditsHistory(Model):
    """One page of the credits history."""

    entries: list[CreditsHistoryEntry]
    total_entries: int | None = None
    """ Entries over all pages. """
    next_cursor: None | str = None
    """ Cursor of the next page; absent or null on the last page. """
    _FIELDS: ClassVar[FieldTable] = {
        "entries": ("entries", list_kind(model_kind(lambda: CreditsHistoryEntry)), True, None),
        "total_entries": ("total_entries", INT, False, None),
        "next_cursor": ("next_cursor", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        entries: Sequence[CreditsHistoryEntry | Mapping[str, Any]],
        total_entries: int | None = None,
        next_cursor: str | None = None,
    ) -> None:
        self._parse(
            {
                "entries": entries,
                "total_entries": total_entries,
                "next_cursor": next_cursor,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> CreditsHistory:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("entries")
        if type(value) is list:
            entries_items = []
            parent = (path, "entries")
            for index, item in enumerate(value):
                entries_items.append(
                    item
                    if type(item) is CreditsHistoryEntry
                    else _parse_credits_history_entry(CreditsHistoryEntry, item, (parent, index))
                )
            value = entries_items
        else:
            value = cls._coerce("entries", value, path)
        self.entries = value

        value = get("total_entries")
        if value is not None and type(value) is not int:
            value = cls._coerce("total_entries", value, path)
        self.total_entries = value

        value = get("next_cursor")
        if value is not None and type(value) is not str:
            value = cls._coerce("next_cursor", value, path)
        self.next_cursor = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(CreditsHistory._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = CreditsHistory.__dict__["_parse"].__func__


from ..models.credits_history_entry import CreditsHistoryEntry
from ..models.credits_history_entry import _parse as _parse_credits_history_entry
