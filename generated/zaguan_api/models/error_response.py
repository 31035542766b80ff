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
    _KEYS: ClassVar[frozenset[str]] = frozenset(_FIELDS)

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
    def _parse(cls, src: Mapping[str, Any], path: Path, self: Any = None) -> ErrorResponse:
        # One function for construction (given `self`) and parsing: a call saved per object.
        if type(src) is not dict:
            src = cls._source(src, path)
        if self is None:
            self = cls.__new__(cls)
        get = src.get
        value = get("error")
        if type(value) is dict:
            value = ErrorDetail._parse(value, (path, "error"))
        else:
            value = cls._coerce("error", value, path)
        self.error = value

        if not src.keys() <= cls._KEYS:
            self._extras(src)
        return self  # type: ignore[no-any-return]


from ..models.error_detail import ErrorDetail  # noqa: E402
