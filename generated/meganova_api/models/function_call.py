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
class FunctionCall(Model):
    """A function the model asked to call, with JSON-encoded arguments."""

    name: str
    """ Name of the function to call. """
    arguments: str
    """ Arguments as a JSON-encoded string, exactly as the model produced them. """
    _FIELDS: ClassVar[FieldTable] = {
        "name": ("name", STR, True, None),
        "arguments": ("arguments", STR, True, None),
    }
    _KEYS: ClassVar[frozenset[str]] = frozenset(_FIELDS)

    def __init__(
        self,
        *,
        name: str,
        arguments: str,
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
    def _parse(cls, src: Mapping[str, Any], path: Path, self: Any = None) -> FunctionCall:
        # One function for construction (given `self`) and parsing: a call saved per object.
        if type(src) is not dict:
            src = cls._source(src, path)
        if self is None:
            self = cls.__new__(cls)
        get = src.get
        value = get("name")
        if type(value) is not str:
            value = cls._coerce("name", value, path)
        self.name = value

        value = get("arguments")
        if type(value) is not str:
            value = cls._coerce("arguments", value, path)
        self.arguments = value

        if not src.keys() <= cls._KEYS:
            self._extras(src)
        return self  # type: ignore[no-any-return]
