# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FLOAT,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.transcription_response_words_item import TranscriptionResponseWordsItem
    from ..models.transcription_segment import TranscriptionSegment


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class TranscriptionResponse(Model):
    """The text of the audio; with `verbose_json`, also its language, duration and segments.

    Example:
        {'text': 'Hello from the local gateway.'}

    """

    text: str
    """ The text. """
    language: str | None = None
    """ The audio's language. """
    duration: float | None = None
    """ The audio's length, in seconds. """
    segments: list[TranscriptionSegment] | None = None
    words: list[TranscriptionResponseWordsItem] | None = None
    """ Word timings, when asked for. """
    _FIELDS: ClassVar[FieldTable] = {
        "text": ("text", STR, True, None),
        "language": ("language", STR, False, None),
        "duration": ("duration", FLOAT, False, None),
        "segments": ("segments", list_kind(model_kind(lambda: TranscriptionSegment)), False, None),
        "words": (
            "words",
            list_kind(model_kind(lambda: TranscriptionResponseWordsItem)),
            False,
            None,
        ),
    }

    def __init__(
        self,
        *,
        text: str,
        language: str | None = None,
        duration: float | None = None,
        segments: Sequence[TranscriptionSegment | Mapping[str, Any]] | None = None,
        words: Sequence[TranscriptionResponseWordsItem | Mapping[str, Any]] | None = None,
    ) -> None:
        self._parse(
            {
                "text": text,
                "language": language,
                "duration": duration,
                "segments": segments,
                "words": words,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> TranscriptionResponse:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("text")
        if type(value) is not str:
            value = cls._coerce("text", value, path)
        self.text = value

        value = get("language")
        if value is not None and type(value) is not str:
            value = cls._coerce("language", value, path)
        self.language = value

        value = get("duration")
        if value is not None and type(value) is not float:
            value = cls._coerce("duration", value, path)
        self.duration = value

        value = get("segments")
        if type(value) is list:
            segments_items = []
            parent = (path, "segments")
            for index, item in enumerate(value):
                segments_items.append(
                    item
                    if type(item) is TranscriptionSegment
                    else _parse_transcription_segment(TranscriptionSegment, item, (parent, index))
                )
            value = segments_items
        elif value is not None:
            value = cls._coerce("segments", value, path)
        self.segments = value

        value = get("words")
        if type(value) is list:
            words_items = []
            parent = (path, "words")
            for index, item in enumerate(value):
                words_items.append(
                    item
                    if type(item) is TranscriptionResponseWordsItem
                    else _parse_transcription_response_words_item(
                        TranscriptionResponseWordsItem, item, (parent, index)
                    )
                )
            value = words_items
        elif value is not None:
            value = cls._coerce("words", value, path)
        self.words = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(TranscriptionResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = TranscriptionResponse.__dict__["_parse"].__func__


from ..models.transcription_response_words_item import TranscriptionResponseWordsItem
from ..models.transcription_response_words_item import (
    _parse as _parse_transcription_response_words_item,
)
from ..models.transcription_segment import TranscriptionSegment
from ..models.transcription_segment import _parse as _parse_transcription_segment
