# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    DATETIME,
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
class CreditsHistoryEntry(Model):
    """One request's debit."""

    id: str
    """ Entry id. """
    timestamp: datetime.datetime
    """ When the request ran. """
    request_id: str | None = None
    """ The request's `X-Request-Id`. """
    model: str | None = None
    """ Model used. """
    provider: str | None = None
    """ Provider that served it. """
    band: str | None = None
    """ Band of the model. """
    prompt_tokens: int | None = None
    """ Prompt tokens. """
    completion_tokens: int | None = None
    """ Completion tokens. """
    total_tokens: int | None = None
    """ All tokens. """
    credits_debited: float | None = None
    """ Credits taken. """
    cost: float | None = None
    """ Cost in US dollars. """
    latency_ms: int | None = None
    """ Time to answer, in milliseconds. """
    status: str | None = None
    """ Outcome, such as `success` or `error`. """
    _FIELDS: ClassVar[FieldTable] = {
        "id": ("id", STR, True, None),
        "timestamp": ("timestamp", DATETIME, True, None),
        "request_id": ("request_id", STR, False, None),
        "model": ("model", STR, False, None),
        "provider": ("provider", STR, False, None),
        "band": ("band", STR, False, None),
        "prompt_tokens": ("prompt_tokens", INT, False, None),
        "completion_tokens": ("completion_tokens", INT, False, None),
        "total_tokens": ("total_tokens", INT, False, None),
        "credits_debited": ("credits_debited", FLOAT, False, None),
        "cost": ("cost", FLOAT, False, None),
        "latency_ms": ("latency_ms", INT, False, None),
        "status": ("status", STR, False, None),
    }

    def __init__(
        self,
        *,
        id: str,
        timestamp: datetime.datetime | str,
        request_id: str | None = None,
        model: str | None = None,
        provider: str | None = None,
        band: str | None = None,
        prompt_tokens: int | None = None,
        completion_tokens: int | None = None,
        total_tokens: int | None = None,
        credits_debited: float | None = None,
        cost: float | None = None,
        latency_ms: int | None = None,
        status: str | None = None,
    ) -> None:
        self._parse(
            {
                "id": id,
                "timestamp": timestamp,
                "request_id": request_id,
                "model": model,
                "provider": provider,
                "band": band,
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
                "credits_debited": credits_debited,
                "cost": cost,
                "latency_ms": latency_ms,
                "status": status,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> CreditsHistoryEntry:
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

        value = get("timestamp")
        value = cls._coerce("timestamp", value, path)
        self.timestamp = value

        value = get("request_id")
        if value is not None and type(value) is not str:
            value = cls._coerce("request_id", value, path)
        self.request_id = value

        value = get("model")
        if value is not None and type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("provider")
        if value is not None and type(value) is not str:
            value = cls._coerce("provider", value, path)
        self.provider = value

        value = get("band")
        if value is not None and type(value) is not str:
            value = cls._coerce("band", value, path)
        self.band = value

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

        value = get("credits_debited")
        if value is not None and type(value) is not float:
            value = cls._coerce("credits_debited", value, path)
        self.credits_debited = value

        value = get("cost")
        if value is not None and type(value) is not float:
            value = cls._coerce("cost", value, path)
        self.cost = value

        value = get("latency_ms")
        if value is not None and type(value) is not int:
            value = cls._coerce("latency_ms", value, path)
        self.latency_ms = value

        value = get("status")
        if value is not None and type(value) is not str:
            value = cls._coerce("status", value, path)
        self.status = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(CreditsHistoryEntry._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = CreditsHistoryEntry.__dict__["_parse"].__func__
