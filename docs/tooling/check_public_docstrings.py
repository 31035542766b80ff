"""An mkdocs hook: every public name of both SDKs has a docstring, or the build fails.

mkdocstrings leaves an object without a docstring out of the reference silently, so this hook
loads both SDKs the way mkdocstrings does (Griffe, statically) and warns, which fails
``mkdocs build --strict``, for each name exported in ``__all__`` of ``zaguan`` and ``meganova``
with no docstring, and for each public method of an exported class written by hand (generated
classes get their docstrings from the spec and ``templates/``). Dunder names (``__version__``)
are not checked, and a plain alias of a documented class (``ModelTags = ServerlessModelTags``)
counts as documented.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import griffe

log = logging.getLogger("mkdocs.hooks.public_docstrings")

SDKS = ("zaguan", "meganova")
ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"


def _target(obj: griffe.Object | griffe.Alias) -> griffe.Object | None:
    try:
        return obj.final_target if isinstance(obj, griffe.Alias) else obj
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


def _documented(obj: griffe.Object, loader: griffe.GriffeLoader) -> bool:
    """Whether ``obj`` has a docstring, or is a plain alias (``ModelTags = ServerlessModelTags``)
    of an object that has one."""
    if obj.docstring:
        return True
    if not obj.is_attribute or obj.parent is None or not isinstance(obj.value, griffe.ExprName):
        return False
    try:
        path = obj.parent.resolve(str(obj.value))
        aliased = loader.modules_collection.get_member(path)
    except (griffe.NameResolutionError, KeyError, ValueError):
        return False
    target = _target(aliased)
    return target is not None and bool(target.docstring)


def _handwritten(obj: griffe.Object) -> bool:
    # resolve(): the SDKs reach generated/ through links (overlays/<sdk>/generated).
    return obj.filepath is not None and GENERATED not in Path(str(obj.filepath)).resolve().parents


def missing_docstrings() -> list[str]:
    """The public names without a docstring, as ``sdk.Name`` (``sdk.Class.method``)."""
    loader = griffe.GriffeLoader(search_paths=[str(ROOT / "overlays")])
    for package in SDKS:
        loader.load(package)
    loader.resolve_aliases(implicit=False, external=False)
    missing: list[str] = []
    for sdk in SDKS:
        module = loader.modules_collection[sdk]
        for name in sorted(module.exports or ()):
            if name.startswith("__"):
                continue
            member = module.members.get(name)
            target = _target(member) if member is not None else None
            if target is None:
                missing.append(f"{sdk}.{name} (not found)")
                continue
            if not _documented(target, loader):
                missing.append(f"{sdk}.{name}")
            if not (target.is_class and _handwritten(target)):
                continue
            for method_name, method in target.members.items():
                if method_name.startswith("_") or not method.is_function:
                    continue
                found = _target(method)
                if found is not None and not found.docstring:
                    missing.append(f"{sdk}.{name}.{method_name} ({found.path})")
    return missing


def on_pre_build(config: Any, **kwargs: Any) -> None:
    """Warn (a failure under ``--strict``) for each public name without a docstring."""
    for name in missing_docstrings():
        log.warning("public name without a docstring: %s", name)
