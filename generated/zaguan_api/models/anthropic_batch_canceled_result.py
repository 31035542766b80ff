# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FieldTable,
    Model,
    Path,
    const_kind,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicBatchCanceledResult(Model):
    """The batch was canceled before the request was processed."""

    type: Literal["canceled"]
    """ `canceled`. """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", const_kind("canceled"), True, None),
    }

    def __init__(
        self,
        *,
        type: Literal["canceled"],
    ) -> None:
        self._parse(
            {
                "type": type,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicBatchCanceledResult:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("type")
        value = cls._coerce("type", value, path)
        self.type = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicBatchCanceledResult._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicBatchCanceledResult.__dict__["_parse"].__func__
