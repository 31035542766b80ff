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
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.anthropic_error import AnthropicError


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicErrorResponse(Model):
    """Anthropic's error body: `{"type": "error", "error": {"type", "message"}}`."""

    error: AnthropicError
    """ What went wrong, in Anthropic's shape. """
    type: str | None = None
    """ Always `error`. """
    _FIELDS: ClassVar[FieldTable] = {
        "error": ("error", model_kind(lambda: AnthropicError), True, None),
        "type": ("type", STR, False, "error"),
    }

    def __init__(
        self,
        *,
        error: AnthropicError | Mapping[str, Any],
        type: str | None = None,
    ) -> None:
        self._parse(
            {
                "error": error,
                "type": type,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicErrorResponse:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("error")
        if type(value) is dict:
            value = _parse_anthropic_error(AnthropicError, value, (path, "error"))
        else:
            value = cls._coerce("error", value, path)
        self.error = value

        value = get("type")
        if value is not None and type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicErrorResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicErrorResponse.__dict__["_parse"].__func__


from ..models.anthropic_error import AnthropicError
from ..models.anthropic_error import _parse as _parse_anthropic_error
