# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    INT,
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
class ErrorDetail(Model):
    """What went wrong. Gateways add fields by case; unknown ones are kept."""

    message: str
    """ Human-readable explanation. """
    type: None | str = None
    """ Error category, such as `invalid_request_error`. """
    code: int | None | str = None
    """ Machine-readable code. """
    param: None | str = None
    """ The request parameter at fault, if any. """
    _FIELDS: ClassVar[FieldTable] = {
        "message": ("message", STR, True, None),
        "type": ("type", union_kind(STR, NULL), False, None),
        "code": ("code", union_kind(STR, INT, NULL), False, None),
        "param": ("param", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        message: str,
        type: str | None = None,
        code: str | int | None = None,
        param: str | None = None,
    ) -> None:
        self._parse(
            {
                "message": message,
                "type": type,
                "code": code,
                "param": param,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ErrorDetail:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("message")
        if type(value) is not str:
            value = cls._coerce("message", value, path)
        self.message = value

        value = get("type")
        if value is not None and type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

        value = get("code")
        if value is not None:
            value = cls._coerce("code", value, path)
        self.code = value

        value = get("param")
        if value is not None and type(value) is not str:
            value = cls._coerce("param", value, path)
        self.param = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ErrorDetail._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ErrorDetail.__dict__["_parse"].__func__
