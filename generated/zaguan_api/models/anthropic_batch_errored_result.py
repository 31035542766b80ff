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
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.anthropic_error_response import AnthropicErrorResponse


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicBatchErroredResult(Model):
    """The request failed."""

    type: Literal["errored"]
    """ `errored`. """
    error: AnthropicErrorResponse
    """ Anthropic's error body: `{"type": "error", "error": {"type", "message"}}`. """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", const_kind("errored"), True, None),
        "error": ("error", model_kind(lambda: AnthropicErrorResponse), True, None),
    }

    def __init__(
        self,
        *,
        type: Literal["errored"],
        error: AnthropicErrorResponse | Mapping[str, Any],
    ) -> None:
        self._parse(
            {
                "type": type,
                "error": error,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicBatchErroredResult:
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

        value = get("error")
        if type(value) is dict:
            value = _parse_anthropic_error_response(AnthropicErrorResponse, value, (path, "error"))
        else:
            value = cls._coerce("error", value, path)
        self.error = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicBatchErroredResult._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicBatchErroredResult.__dict__["_parse"].__func__


from ..models.anthropic_error_response import AnthropicErrorResponse
from ..models.anthropic_error_response import _parse as _parse_anthropic_error_response
