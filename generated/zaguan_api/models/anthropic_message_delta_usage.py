# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    INT,
    NULL,
    FieldTable,
    Model,
    Path,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMessageDeltaUsage(Model):
    """The usage so far, in a `message_delta` event (counts are running totals)."""

    output_tokens: int | None = None
    """ Output tokens so far. """
    input_tokens: int | None = None
    """ Input tokens, when the provider repeats them. """
    cache_creation_input_tokens: int | None = None
    """ Input tokens written to the prompt cache. """
    cache_read_input_tokens: int | None = None
    """ Input tokens read from the prompt cache. """
    _FIELDS: ClassVar[FieldTable] = {
        "output_tokens": ("output_tokens", INT, False, None),
        "input_tokens": ("input_tokens", union_kind(INT, NULL), False, None),
        "cache_creation_input_tokens": (
            "cache_creation_input_tokens",
            union_kind(INT, NULL),
            False,
            None,
        ),
        "cache_read_input_tokens": ("cache_read_input_tokens", union_kind(INT, NULL), False, None),
    }

    def __init__(
        self,
        *,
        output_tokens: int | None = None,
        input_tokens: int | None = None,
        cache_creation_input_tokens: int | None = None,
        cache_read_input_tokens: int | None = None,
    ) -> None:
        self._parse(
            {
                "output_tokens": output_tokens,
                "input_tokens": input_tokens,
                "cache_creation_input_tokens": cache_creation_input_tokens,
                "cache_read_input_tokens": cache_read_input_tokens,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMessageDeltaUsage:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("output_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("output_tokens", value, path)
        self.output_tokens = value

        value = get("input_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("input_tokens", value, path)
        self.input_tokens = value

        value = get("cache_creation_input_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("cache_creation_input_tokens", value, path)
        self.cache_creation_input_tokens = value

        value = get("cache_read_input_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("cache_read_input_tokens", value, path)
        self.cache_read_input_tokens = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicMessageDeltaUsage._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMessageDeltaUsage.__dict__["_parse"].__func__
