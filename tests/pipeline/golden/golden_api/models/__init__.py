# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .color import Color
    from .new_thing import NewThing
    from .part import Part
    from .priority import Priority
    from .problem import Problem
    from .thing import Thing

_MODULES = {
    "Color": ".color",
    "NewThing": ".new_thing",
    "Part": ".part",
    "Priority": ".priority",
    "Problem": ".problem",
    "Thing": ".thing",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "Color",
    "NewThing",
    "Part",
    "Priority",
    "Problem",
    "Thing",
)
