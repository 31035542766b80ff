# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
)


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class HealthStatus(Model):
    """Liveness answer."""

    status: str
    """ `ok` when the gateway is up. """
    version: str | None = None
    """ Gateway version. """
    _FIELDS: ClassVar[FieldTable] = {
        "status": ("status", STR, True, None),
        "version": ("version", STR, False, None),
    }
    _KEYS: ClassVar[frozenset[str]] = frozenset(_FIELDS)

    def __init__(
        self,
        *,
        status: str,
        version: str | None = None,
    ) -> None:
        self._parse(
            {
                "status": status,
                "version": version,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src: Mapping[str, Any], path: Path, self: Any = None) -> HealthStatus:
        # One function for construction (given `self`) and parsing: a call saved per object.
        if type(src) is not dict:
            src = cls._source(src, path)
        if self is None:
            self = cls.__new__(cls)
        get = src.get
        value = get("status")
        if type(value) is not str:
            value = cls._coerce("status", value, path)
        self.status = value

        value = get("version")
        if value is not None and type(value) is not str:
            value = cls._coerce("version", value, path)
        self.version = value

        if not src.keys() <= cls._KEYS:
            self._extras(src)
        return self  # type: ignore[no-any-return]
