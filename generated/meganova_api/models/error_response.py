# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FieldTable,
    Model,
    Path,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ErrorResponse(Model):
    """The error body of both gateways."""

    error: ErrorDetail
    """ What went wrong. Gateways add fields by case; unknown ones are kept. """
    _FIELDS: ClassVar[FieldTable] = {
        "error": ("error", model_kind(lambda: ErrorDetail), True, None),
    }

    def __init__(
        self,
        *,
        error: ErrorDetail | Mapping[str, Any],
    ) -> None:
        self._parse(
            {
                "error": error,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ErrorResponse:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("error")
        if type(value) is dict:
            value = _parse_error_detail(ErrorDetail, value, (path, "error"))
        else:
            value = cls._coerce("error", value, path)
        self.error = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ErrorResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ErrorResponse.__dict__["_parse"].__func__


from ..models.error_detail import ErrorDetail
from ..models.error_detail import _parse as _parse_error_detail
