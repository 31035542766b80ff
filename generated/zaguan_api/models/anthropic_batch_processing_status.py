# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class AnthropicBatchProcessingStatus(str, Enum):
    """Where a batch is. Unknown values sent by a newer gateway are kept as is.

    A value not listed here is kept as an extra member rather than rejected.
    """

    CANCELING = "canceling"
    ENDED = "ended"
    IN_PROGRESS = "in_progress"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AnthropicBatchProcessingStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
