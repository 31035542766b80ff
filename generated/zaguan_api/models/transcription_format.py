# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class TranscriptionFormat(str, Enum):
    """`json` and `verbose_json` return a TranscriptionResponse; `text`, `srt` and `vtt` return
    plain text.

    A value not listed here is kept as an extra member rather than rejected.
    """

    JSON = "json"
    SRT = "srt"
    TEXT = "text"
    VERBOSE_JSON = "verbose_json"
    VTT = "vtt"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TranscriptionFormat | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
