# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import IntEnum


class Priority(IntEnum):
    """How urgent.

    A value not listed here is kept as an extra member rather than rejected.
    """

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3

    @classmethod
    def _missing_(cls, value: object) -> "Priority | None":
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
