# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class FinishReason(str, Enum):
    """Why the model stopped. Unknown values sent by a newer gateway are kept as is.

    A value not listed here is kept as an extra member rather than rejected.
    """

    CONTENT_FILTER = "content_filter"
    FUNCTION_CALL = "function_call"
    LENGTH = "length"
    STOP = "stop"
    TOOL_CALLS = "tool_calls"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FinishReason | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
