# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    from meganova._runtime import FileInput

    from ..types import File


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class TranscriptionRequest(Model):
    """Audio to transcribe."""

    file: File
    """ The audio file. """
    model: str
    """ The transcription model, such as `Systran/faster-whisper-large-v3`. """
    language: str | None = None
    """ The audio's language (ISO 639-1), if known. """
    _FIELDS: ClassVar[FieldTable] = {
        "file": ("file", ANY, True, None),
        "model": ("model", STR, True, None),
        "language": ("language", STR, False, None),
    }

    def __init__(
        self,
        *,
        file: FileInput,
        model: str,
        language: str | None = None,
    ) -> None:
        self._parse(
            {
                "file": file,
                "model": model,
                "language": language,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> TranscriptionRequest:
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

        value = get("language")
        if value is not None and type(value) is not str:
            value = cls._coerce("language", value, path)
        self.language = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(TranscriptionRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = TranscriptionRequest.__dict__["_parse"].__func__
