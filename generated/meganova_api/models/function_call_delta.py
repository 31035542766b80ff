# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
)


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class FunctionCallDelta(Model):
    """A fragment of a function call in a stream chunk; fragments concatenate."""

    name: str | None = None
    """ Function name, sent in the first fragment. """
    arguments: str | None = None
    """ The next piece of the JSON-encoded arguments. """
    _FIELDS: ClassVar[FieldTable] = {
        "name": ("name", STR, False, None),
        "arguments": ("arguments", STR, False, None),
    }
    _KEYS: ClassVar[frozenset[str]] = frozenset(_FIELDS)

    def __init__(
        self,
        *,
        name: str | None = None,
        arguments: str | None = None,
    ) -> None:
        self._parse(
            {
                "name": name,
                "arguments": arguments,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src: Mapping[str, Any], path: Path, self: Any = None) -> FunctionCallDelta:
        # One function for construction (given `self`) and parsing: a call saved per object.
        if type(src) is not dict:
            src = cls._source(src, path)
        if self is None:
            self = cls.__new__(cls)
        get = src.get
        value = get("name")
        if value is not None and type(value) is not str:
            value = cls._coerce("name", value, path)
        self.name = value

        value = get("arguments")
        if value is not None and type(value) is not str:
            value = cls._coerce("arguments", value, path)
        self.arguments = value

        if not src.keys() <= cls._KEYS:
            self._extras(src)
        return self  # type: ignore[no-any-return]
