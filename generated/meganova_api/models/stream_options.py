# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    BOOL,
    CONSTRUCTING,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class StreamOptions(Model):
    """Options of a streamed reply."""

    include_usage: bool | None = None
    """ Send a last chunk with `usage` and no choices before `[DONE]`. """
    _FIELDS: ClassVar[FieldTable] = {
        "include_usage": ("include_usage", BOOL, False, None),
    }

    def __init__(
        self,
        *,
        include_usage: bool | None = None,
    ) -> None:
        self._parse(
            {
                "include_usage": include_usage,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> StreamOptions:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("include_usage")
        if value is not None and type(value) is not bool:
            value = cls._coerce("include_usage", value, path)
        self.include_usage = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(StreamOptions._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = StreamOptions.__dict__["_parse"].__func__
