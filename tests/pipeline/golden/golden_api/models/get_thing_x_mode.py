# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class GetThingXMode(str, Enum):
    """GetThingXMode

    A value not listed here is kept as an extra member rather than rejected.
    """

    FAST = "fast"
    SLOW = "slow"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetThingXMode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
