# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    BOOL,
    CONSTRUCTING,
    FieldTable,
    Model,
    Path,
)


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class StreamOptions(Model):
    """Options of a streamed reply."""

    include_usage: bool | None = None
    """ Send a last chunk with `usage` and no choices before `[DONE]`. """
    _FIELDS: ClassVar[FieldTable] = {
        "include_usage": ("include_usage", BOOL, False, None),
    }
    _KEYS: ClassVar[frozenset[str]] = frozenset(_FIELDS)

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
    def _parse(cls, src: Mapping[str, Any], path: Path, self: Any = None) -> StreamOptions:
        # One function for construction (given `self`) and parsing: a call saved per object.
        if type(src) is not dict:
            src = cls._source(src, path)
        if self is None:
            self = cls.__new__(cls)
        get = src.get
        value = get("include_usage")
        if value is not None and type(value) is not bool:
            value = cls._coerce("include_usage", value, path)
        self.include_usage = value

        if not src.keys() <= cls._KEYS:
            self._extras(src)
        return self  # type: ignore[no-any-return]
