# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class ReasoningEffort(str, Enum):
    """How hard a reasoning model thinks. Unknown values are kept as is.

    A value not listed here is kept as an extra member rather than rejected.
    """

    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    MINIMAL = "minimal"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ReasoningEffort | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
