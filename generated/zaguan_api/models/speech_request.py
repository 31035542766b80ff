# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.speech_request_response_format import SpeechRequestResponseFormat
from ..types import (
    CONSTRUCTING,
    FLOAT,
    STR,
    FieldTable,
    Model,
    Path,
    enum_kind,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class SpeechRequest(Model):
    """Text to speak."""

    model: str
    """ The speech model. """
    input: str
    """ The text. """
    voice: str
    """ Such as `alloy`, `echo`, `nova`. """
    response_format: SpeechRequestResponseFormat | None = None
    """ The audio format. """
    speed: float | None = None
    """ Speaking speed. """
    _FIELDS: ClassVar[FieldTable] = {
        "model": ("model", STR, True, None),
        "input": ("input", STR, True, None),
        "voice": ("voice", STR, True, None),
        "response_format": (
            "response_format",
            enum_kind(lambda: SpeechRequestResponseFormat),
            False,
            None,
        ),
        "speed": ("speed", FLOAT, False, None),
    }

    def __init__(
        self,
        *,
        model: str,
        input: str,
        voice: str,
        response_format: SpeechRequestResponseFormat | str | None = None,
        speed: float | None = None,
    ) -> None:
        self._parse(
            {
                "model": model,
                "input": input,
                "voice": voice,
                "response_format": response_format,
                "speed": speed,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> SpeechRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("model")
        if type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("input")
        if type(value) is not str:
            value = cls._coerce("input", value, path)
        self.input = value

        value = get("voice")
        if type(value) is not str:
            value = cls._coerce("voice", value, path)
        self.voice = value

        value = get("response_format")
        if value is not None:
            value = cls._coerce("response_format", value, path)
        self.response_format = value

        value = get("speed")
        if value is not None and type(value) is not float:
            value = cls._coerce("speed", value, path)
        self.speed = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(SpeechRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = SpeechRequest.__dict__["_parse"].__func__
