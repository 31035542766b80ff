# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMetadata(Model):
    """About the request."""

    user_id: None | str = None
    """ An opaque id of the end user, for abuse detection. """
    _FIELDS: ClassVar[FieldTable] = {
        "user_id": ("user_id", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        user_id: str | None = None,
    ) -> None:
        self._parse(
            {
                "user_id": user_id,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMetadata:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("user_id")
        if value is not None and type(value) is not str:
            value = cls._coerce("user_id", value, path)
        self.user_id = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicMetadata._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMetadata.__dict__["_parse"].__func__
