# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class AnthropicStopReason(str, Enum):
    """Why the model stopped. Unknown values sent by a newer gateway are kept as is.

    A value not listed here is kept as an extra member rather than rejected.
    """

    END_TURN = "end_turn"
    MAX_TOKENS = "max_tokens"
    PAUSE_TURN = "pause_turn"
    REFUSAL = "refusal"
    STOP_SEQUENCE = "stop_sequence"
    TOOL_USE = "tool_use"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AnthropicStopReason | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
