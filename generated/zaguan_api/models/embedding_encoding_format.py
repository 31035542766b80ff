# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class EmbeddingEncodingFormat(str, Enum):
    """`float` (the default) returns lists of numbers; `base64` returns each vector as base64 of
    little-endian float32s, a quarter of the size (the SDK decodes it on request).

    A value not listed here is kept as an extra member rather than rejected.
    """

    BASE64 = "base64"
    FLOAT = "float"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EmbeddingEncodingFormat | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
