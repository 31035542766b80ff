# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from enum import Enum


class UsageGroupBy(str, Enum):
    """How usage figures are grouped. A grouping the SDK does not know yet is sent as given.

    A value not listed here is kept as an extra member rather than rejected.
    """

    API_KEY = "api_key"
    DAY = "day"
    MODEL = "model"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UsageGroupBy | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
