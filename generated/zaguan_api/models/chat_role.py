# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class ChatRole(str, Enum):
    """Who wrote a message. Gateways add roles over time, so an unknown role is kept as is.

    A value not listed here is kept as an extra member rather than rejected.
    """

    ASSISTANT = "assistant"
    DEVELOPER = "developer"
    FUNCTION = "function"
    SYSTEM = "system"
    TOOL = "tool"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChatRole | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
