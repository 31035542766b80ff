# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

from zaguan._runtime import lazy_attributes

if TYPE_CHECKING:
    from .color import Color
    from .get_thing_x_mode import GetThingXMode
    from .new_thing import NewThing
    from .note import Note
    from .part import Part
    from .priority import Priority
    from .problem import Problem
    from .thing import Thing

_MODULES = {
    "Color": ".color",
    "GetThingXMode": ".get_thing_x_mode",
    "NewThing": ".new_thing",
    "Note": ".note",
    "Part": ".part",
    "Priority": ".priority",
    "Problem": ".problem",
    "Thing": ".thing",
}


__getattr__ = lazy_attributes(__name__, _MODULES)


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "Color",
    "GetThingXMode",
    "NewThing",
    "Note",
    "Part",
    "Priority",
    "Problem",
    "Thing",
)
