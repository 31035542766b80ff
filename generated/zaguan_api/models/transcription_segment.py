# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FLOAT,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class TranscriptionSegment(Model):
    """One segment of a `verbose_json` transcription."""

    id: int | None = None
    """ Segment number. """
    start: float | None = None
    """ Start, in seconds. """
    end: float | None = None
    """ End, in seconds. """
    text: str | None = None
    """ The segment's text. """
    _FIELDS: ClassVar[FieldTable] = {
        "id": ("id", INT, False, None),
        "start": ("start", FLOAT, False, None),
        "end": ("end", FLOAT, False, None),
        "text": ("text", STR, False, None),
    }

    def __init__(
        self,
        *,
        id: int | None = None,
        start: float | None = None,
        end: float | None = None,
        text: str | None = None,
    ) -> None:
        self._parse(
            {
                "id": id,
                "start": start,
                "end": end,
                "text": text,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> TranscriptionSegment:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("id")
        if value is not None and type(value) is not int:
            value = cls._coerce("id", value, path)
        self.id = value

        value = get("start")
        if value is not None and type(value) is not float:
            value = cls._coerce("start", value, path)
        self.start = value

        value = get("end")
        if value is not None and type(value) is not float:
            value = cls._coerce("end", value, path)
        self.end = value

        value = get("text")
        if value is not None and type(value) is not str:
            value = cls._coerce("text", value, path)
        self.text = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(TranscriptionSegment._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = TranscriptionSegment.__dict__["_parse"].__func__
