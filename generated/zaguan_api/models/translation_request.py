# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.transcription_format import TranscriptionFormat
from ..types import (
    ANY,
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
    from zaguan._runtime import FileInput

    from ..types import File


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class TranslationRequest(Model):
    """Audio to translate into English."""

    file: File
    """ The audio file. """
    model: str
    """ The model. """
    prompt: str | None = None
    """ Text to guide the style, in English. """
    response_format: TranscriptionFormat | None = None
    """ `json` and `verbose_json` return a TranscriptionResponse; `text`, `srt` and `vtt` return plain text. """
    temperature: float | None = None
    """ Sampling temperature. """
    _FIELDS: ClassVar[FieldTable] = {
        "file": ("file", ANY, True, None),
        "model": ("model", STR, True, None),
        "prompt": ("prompt", STR, False, None),
        "response_format": ("response_format", enum_kind(lambda: TranscriptionFormat), False, None),
        "temperature": ("temperature", FLOAT, False, None),
    }

    def __init__(
        self,
        *,
        file: FileInput,
        model: str,
        prompt: str | None = None,
        response_format: TranscriptionFormat | str | None = None,
        temperature: float | None = None,
    ) -> None:
        self._parse(
            {
                "file": file,
                "model": model,
                "prompt": prompt,
                "response_format": response_format,
                "temperature": temperature,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> TranslationRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("file")
        self.file = value

        value = get("model")
        if type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("prompt")
        if value is not None and type(value) is not str:
            value = cls._coerce("prompt", value, path)
        self.prompt = value

        value = get("response_format")
        if value is not None:
            value = cls._coerce("response_format", value, path)
        self.response_format = value

        value = get("temperature")
        if value is not None and type(value) is not float:
            value = cls._coerce("temperature", value, path)
        self.temperature = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(TranslationRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = TranslationRequest.__dict__["_parse"].__func__
