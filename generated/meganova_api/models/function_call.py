# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    pass


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
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> FunctionCall:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("name")
        if type(value) is not str:
            value = cls._coerce("name", value, path)
        self.name = value

        value = get("arguments")
        if type(value) is not str:
            value = cls._coerce("arguments", value, path)
        self.arguments = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(FunctionCall._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = FunctionCall.__dict__["_parse"].__func__
