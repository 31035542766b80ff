# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class Color(str, Enum):
    """A color; new ones may appear.

    A value not listed here is kept as an extra member rather than rejected.
    """

    GREEN = "green"
    RED = "red"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Color | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
