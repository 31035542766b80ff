# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class ServerlessFilterLogic(str, Enum):
    """How the comma-separated values of one filter combine. A value the SDK does not know yet is
    sent as given.

    A value not listed here is kept as an extra member rather than rejected.
    """

    AND = "and"
    OR = "or"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ServerlessFilterLogic | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
