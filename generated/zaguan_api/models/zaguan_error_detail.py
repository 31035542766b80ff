# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
    CONSTRUCTING,
    FLOAT,
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
class ZaguanErrorDetail(Model):
    """The error with Zaguan's case fields. Some deployments nest the case fields under `details`; the SDK reads both
    places.

    """

    message: str
    """ Human-readable explanation. """
    type: None | str = None
    """ Error category, such as `invalid_request_error`. """
    code: int | None | str = None
    """ Machine-readable code. """
    param: None | str = None
    """ The request parameter at fault, if any. """
    credits_required: float | None = None
    """ Credits the request needed (402). """
    credits_remaining: float | None = None
    """ Credits left (402). """
    band: str | None = None
    """ Band of the model refused (403 `band_access_denied`). """
    required_tier: str | None = None
    """ Tier that may use the band (403). """
    current_tier: str | None = None
    """ The key's tier (403). """
    retry_after: float | None = None
    """ Seconds to wait (429). """
    details: Any | None = None
    """ The case fields, in deployments that nest them. (free-form JSON object) """
    _FIELDS: ClassVar[FieldTable] = {
        "message": ("message", STR, True, None),
        "type": ("type", union_kind(STR, NULL), False, None),
        "code": ("code", union_kind(STR, INT, NULL), False, None),
        "param": ("param", union_kind(STR, NULL), False, None),
        "credits_required": ("credits_required", FLOAT, False, None),
        "credits_remaining": ("credits_remaining", FLOAT, False, None),
        "band": ("band", STR, False, None),
        "required_tier": ("required_tier", STR, False, None),
        "current_tier": ("current_tier", STR, False, None),
        "retry_after": ("retry_after", FLOAT, False, None),
        "details": ("details", ANY, False, None),
    }

    def __init__(
        self,
        *,
        message: str,
        type: str | None = None,
        code: str | int | None = None,
        param: str | None = None,
        credits_required: float | None = None,
        credits_remaining: float | None = None,
        band: str | None = None,
        required_tier: str | None = None,
        current_tier: str | None = None,
        retry_after: float | None = None,
        details: Any | None = None,
    ) -> None:
        self._parse(
            {
                "message": message,
                "type": type,
                "code": code,
                "param": param,
                "credits_required": credits_required,
                "credits_remaining": credits_remaining,
                "band": band,
                "required_tier": required_tier,
                "current_tier": current_tier,
                "retry_after": retry_after,
                "details": details,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ZaguanErrorDetail:
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

        value = get("credits_required")
        if value is not None and type(value) is not float:
            value = cls._coerce("credits_required", value, path)
        self.credits_required = value

        value = get("credits_remaining")
        if value is not None and type(value) is not float:
            value = cls._coerce("credits_remaining", value, path)
        self.credits_remaining = value

        value = get("band")
        if value is not None and type(value) is not str:
            value = cls._coerce("band", value, path)
        self.band = value

        value = get("required_tier")
        if value is not None and type(value) is not str:
            value = cls._coerce("required_tier", value, path)
        self.required_tier = value

        value = get("current_tier")
        if value is not None and type(value) is not str:
            value = cls._coerce("current_tier", value, path)
        self.current_tier = value

        value = get("retry_after")
        if value is not None and type(value) is not float:
            value = cls._coerce("retry_after", value, path)
        self.retry_after = value

        value = get("details")
        self.details = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ZaguanErrorDetail._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ZaguanErrorDetail.__dict__["_parse"].__func__
