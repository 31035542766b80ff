"""Lazy package attributes (PEP 562), so that importing an SDK stays cheap.

The generated models cost about a millisecond each to create (attrs builds their methods at
class creation); an SDK package exports them through this hook, which imports a module the
first time one of its names is read.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Dict, Mapping

__all__ = ["lazy_attributes"]


def lazy_attributes(package: str, names: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` serving ``names`` (attribute -> relative module) lazily.

    An attribute named like its module (``"types": ".types"``) is the module itself.
    """
    cache: Dict[str, Any] = {}

    def __getattr__(name: str) -> Any:
        if name in cache:
            return cache[name]
        module_name = names.get(name)
        if module_name is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = importlib.import_module(module_name, package)
        value = module if module_name == "." + name else getattr(module, name)
        cache[name] = value
        return value

    return __getattr__
