# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class AgentToolAction(str, Enum):
    """What to do with a pending tool call.

    A value not listed here is kept as an extra member rather than rejected.
    """

    APPROVE = "approve"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AgentToolAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
