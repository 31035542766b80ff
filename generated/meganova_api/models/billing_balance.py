# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FLOAT,
    STR,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class BillingBalance(Model):
    """Account balance."""

    balance: float
    """ Money left. """
    currency: str
    """ ISO 4217 currency code. """
    status: str
    """ Account status, such as `active` or `suspended`. """
    _FIELDS: ClassVar[FieldTable] = {
        "balance": ("balance", FLOAT, True, None),
        "currency": ("currency", STR, True, None),
        "status": ("status", STR, True, None),
    }

    def __init__(
        self,
        *,
        balance: float,
        currency: str,
        status: str,
    ) -> None:
        self._parse(
            {
                "balance": balance,
                "currency": currency,
                "status": status,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> BillingBalance:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("balance")
        if type(value) is not float:
            value = cls._coerce("balance", value, path)
        self.balance = value

        value = get("currency")
        if type(value) is not str:
            value = cls._coerce("currency", value, path)
        self.currency = value

        value = get("status")
        if type(value) is not str:
            value = cls._coerce("status", value, path)
        self.status = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(BillingBalance._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = BillingBalance.__dict__["_parse"].__func__
