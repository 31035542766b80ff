# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    DATETIME,
    FLOAT,
    INT,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class CreditsBalance(Model):
    """Credits left in the current period."""

    credits_remaining: int
    """ Credits left. """
    tier: str
    """ Subscription tier. """
    bands: list[str]
    """ Model bands the tier may use. """
    reset_date: datetime.datetime | None = None
    """ When the credits reset. """
    credits_total: int | None = None
    """ Credits granted for the period. """
    credits_used: int | None = None
    """ Credits used so far in the period. """
    credits_percent: float | None = None
    """ Share of the period's credits used, in percent. """
    warning: None | str = None
    """ A warning when credits run low. """
    _FIELDS: ClassVar[FieldTable] = {
        "credits_remaining": ("credits_remaining", INT, True, None),
        "tier": ("tier", STR, True, None),
        "bands": ("bands", list_kind(STR), True, None),
        "reset_date": ("reset_date", union_kind(DATETIME, NULL), False, None),
        "credits_total": ("credits_total", INT, False, None),
        "credits_used": ("credits_used", INT, False, None),
        "credits_percent": ("credits_percent", FLOAT, False, None),
        "warning": ("warning", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        credits_remaining: int,
        tier: str,
        bands: Sequence[str],
        reset_date: datetime.datetime | str | None = None,
        credits_total: int | None = None,
        credits_used: int | None = None,
        credits_percent: float | None = None,
        warning: str | None = None,
    ) -> None:
        self._parse(
            {
                "credits_remaining": credits_remaining,
                "tier": tier,
                "bands": bands,
                "reset_date": reset_date,
                "credits_total": credits_total,
                "credits_used": credits_used,
                "credits_percent": credits_percent,
                "warning": warning,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> CreditsBalance:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("credits_remaining")
        if type(value) is not int:
            value = cls._coerce("credits_remaining", value, path)
        self.credits_remaining = value

        value = get("tier")
        if type(value) is not str:
            value = cls._coerce("tier", value, path)
        self.tier = value

        value = get("bands")
        value = cls._coerce("bands", value, path)
        self.bands = value

        value = get("reset_date")
        if value is not None:
            value = cls._coerce("reset_date", value, path)
        self.reset_date = value

        value = get("credits_total")
        if value is not None and type(value) is not int:
            value = cls._coerce("credits_total", value, path)
        self.credits_total = value

        value = get("credits_used")
        if value is not None and type(value) is not int:
            value = cls._coerce("credits_used", value, path)
        self.credits_used = value

        value = get("credits_percent")
        if value is not None and type(value) is not float:
            value = cls._coerce("credits_percent", value, path)
        self.credits_percent = value

        value = get("warning")
        if value is not None and type(value) is not str:
            value = cls._coerce("warning", value, path)
        self.warning = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(CreditsBalance._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = CreditsBalance.__dict__["_parse"].__func__
