# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class ImageResponseFormat(str, Enum):
    """`url` (a link that expires) or `b64_json` (the image itself, base64).

    A value not listed here is kept as an extra member rather than rejected.
    """

    B64_JSON = "b64_json"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ImageResponseFormat | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
