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
class UsageGroup(Model):
    """Usage of one group (a user, model, key or day)."""

    key: str | None = None
    """ The group's value (user id, model id, key id or date). """
    requests: int | None = None
    """ Requests made. """
    prompt_tokens: int | None = None
    """ Prompt tokens. """
    completion_tokens: int | None = None
    """ Completion tokens. """
    total_tokens: int | None = None
    """ All tokens. """
    cost: float | None = None
    """ Cost in the account currency. """
    _FIELDS: ClassVar[FieldTable] = {
        "key": ("key", STR, False, None),
        "requests": ("requests", INT, False, None),
        "prompt_tokens": ("prompt_tokens", INT, False, None),
        "completion_tokens": ("completion_tokens", INT, False, None),
        "total_tokens": ("total_tokens", INT, False, None),
        "cost": ("cost", FLOAT, False, None),
    }

    def __init__(
        self,
        *,
        key: str | None = None,
        requests: int | None = None,
        prompt_tokens: int | None = None,
        completion_tokens: int | None = None,
        total_tokens: int | None = None,
        cost: float | None = None,
    ) -> None:
        self._parse(
            {
                "key": key,
                "requests": requests,
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
                "cost": cost,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> UsageGroup:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("key")
        if value is not None and type(value) is not str:
            value = cls._coerce("key", value, path)
        self.key = value

        value = get("requests")
        if value is not None and type(value) is not int:
            value = cls._coerce("requests", value, path)
        self.requests = value

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

        value = get("cost")
        if value is not None and type(value) is not float:
            value = cls._coerce("cost", value, path)
        self.cost = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(UsageGroup._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = UsageGroup.__dict__["_parse"].__func__
