# Generated from spec/ by `make generate` (datamodel-code-generator): do not edit.
"""Request-body types: TypedDicts an editor completes and a type checker checks."""

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired, TypeAlias

ColorParam: TypeAlias = Literal["red", "green"]
"""
A color; new ones may appear.
"""


class NewThingParam(TypedDict):
    name: str
    color: NotRequired[ColorParam]


class NoteParam(TypedDict):
    text: str
    pinned: NotRequired[bool]
