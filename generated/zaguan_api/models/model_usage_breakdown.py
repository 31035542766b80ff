# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FLOAT,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ModelUsageBreakdown(Model):
    """Credits used by one model (or provider, band or day) over the period."""

    model: str | None = None
    """ Model id. """
    requests: int | None = None
    """ Requests made. """
    credits_used: float | None = None
    """ Credits used. """
    cost: float | None = None
    """ Cost in US dollars. """
    total_tokens: int | None = None
    """ Tokens used. """
    _FIELDS: ClassVar[FieldTable] = {
        "model": ("model", STR, False, None),
        "requests": ("requests", INT, False, None),
        "credits_used": ("credits_used", FLOAT, False, None),
        "cost": ("cost", FLOAT, False, None),
        "total_tokens": ("total_tokens", INT, False, None),
    }

    def __init__(
        self,
        *,
        model: str | None = None,
        requests: int | None = None,
        credits_used: float | None = None,
        cost: float | None = None,
        total_tokens: int | None = None,
    ) -> None:
        self._parse(
            {
                "model": model,
                "requests": requests,
                "credits_used": credits_used,
                "cost": cost,
                "total_tokens": total_tokens,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ModelUsageBreakdown:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("model")
        if value is not None and type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("requests")
        if value is not None and type(value) is not int:
            value = cls._coerce("requests", value, path)
        self.requests = value

        value = get("credits_used")
        if value is not None and type(value) is not float:
            value = cls._coerce("credits_used", value, path)
        self.credits_used = value

        value = get("cost")
        if value is not None and type(value) is not float:
            value = cls._coerce("cost", value, path)
        self.cost = value

        value = get("total_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("total_tokens", value, path)
        self.total_tokens = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ModelUsageBreakdown._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ModelUsageBreakdown.__dict__["_parse"].__func__
