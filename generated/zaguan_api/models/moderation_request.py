# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
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
class ModerationRequest(Model):
    """Text to classify."""

    input: list[str] | str
    """ A string or a list of strings. """
    model: str | None = None
    """ The moderation model (the gateway's default when left out). """
    _FIELDS: ClassVar[FieldTable] = {
        "input": ("input", union_kind(STR, list_kind(STR)), True, None),
        "model": ("model", STR, False, None),
    }

    def __init__(
        self,
        *,
        input: str | Sequence[str],
        model: str | None = None,
    ) -> None:
        self._parse(
            {
                "input": input,
                "model": model,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ModerationRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("input")
        value = cls._coerce("input", value, path)
        self.input = value

        value = get("model")
        if value is not None and type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ModerationRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ModerationRequest.__dict__["_parse"].__func__
