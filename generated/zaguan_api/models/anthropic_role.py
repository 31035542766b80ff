# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class AnthropicRole(str, Enum):
    """Who wrote a message of a Messages request. Unknown values are kept as is.

    A value not listed here is kept as an extra member rather than rejected.
    """

    ASSISTANT = "assistant"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AnthropicRole | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
