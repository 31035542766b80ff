"""Bundle one API's OpenAPI document with the shared schemas it references.

openapi-python-client and datamodel-code-generator read a single self-contained document, while
our specs define each shared schema once in ``spec/shared.yaml``. Bundling copies the shared
components into the API's own ``components`` and rewrites ``shared.yaml#/...`` references to
local ones, so both tools and the local gateway see the same, complete document.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

__all__ = ["API_FILES", "SHARED_FILE", "SPEC_DIR", "load_bundled_spec"]

SPEC_DIR = Path(__file__).resolve().parent.parent / "spec"
SHARED_FILE = "shared.yaml"
API_FILES = {"zaguan": "zaguan.yaml", "meganova": "meganova.yaml"}
_SHARED_PREFIX = SHARED_FILE + "#/"
# Shared schemas that exist only to be extended by each API's own (see _flatten_bases).
_SHARED_BASES = frozenset({"ChatCompletionRequest", "ErrorDetail"})


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        loaded = yaml.safe_load(handle)
    if not isinstance(loaded, dict):
        raise ValueError(f"{path} is not an OpenAPI document")
    return loaded


def _localise(node: Any) -> Any:
    """Rewrite every reference into the shared file as a reference into this document."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SHARED_PREFIX):
            node = {**node, "$ref": "#/" + ref[len(_SHARED_PREFIX) :]}
        return {key: _localise(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_localise(item) for item in node]
    return node


def _is_alias_of_shared(entry: Any, kind: str, name: str) -> bool:
    return (
        isinstance(entry, dict) and entry.get("$ref") == f"{_SHARED_PREFIX}components/{kind}/{name}"
    )


def _refs_to(node: Any, target: str) -> int:
    if isinstance(node, dict):
        own = 1 if node.get("$ref") == target else 0
        return own + sum(_refs_to(value, target) for value in node.values())
    if isinstance(node, list):
        return sum(_refs_to(item, target) for item in node)
    return 0


def _flatten_bases(document: dict[str, Any]) -> None:
    """Merge a shared base schema into the schemas that extend it with ``allOf``.

    ``ChatRequest: allOf: [ChatCompletionRequest, {extensions}]`` becomes one object schema
    with both sets of properties, and the base disappears when nothing else refers to it:
    otherwise the generators would emit a model class nobody uses.
    """
    schemas = document["components"]["schemas"]
    for name, schema in list(schemas.items()):
        parts = schema.get("allOf")
        if not isinstance(parts, list):
            continue
        merged: dict[str, Any] = {"type": "object", "properties": {}}
        required: list[str] = []
        for part in parts:
            ref = part.get("$ref", "")
            part = schemas[ref.rsplit("/", 1)[-1]] if ref else part
            merged["properties"].update(copy.deepcopy(part.get("properties", {})))
            required += [field for field in part.get("required", []) if field not in required]
        if required:
            merged["required"] = required
        merged.update({key: value for key, value in schema.items() if key != "allOf"})
        schemas[name] = merged
    for name in list(schemas):
        if _refs_to(document, f"#/components/schemas/{name}") == 0 and name in _SHARED_BASES:
            del schemas[name]


def load_bundled_spec(api: str, spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    """Return the self-contained OpenAPI document of ``api`` ("zaguan" or "meganova").

    An API's own component wins over a shared one of the same name; an API component that is
    only a reference to the shared one of the same name is replaced by the shared definition.
    """
    document = _load(spec_dir / API_FILES[api])
    shared = _load(spec_dir / SHARED_FILE).get("components", {})
    components = document.setdefault("components", {})
    for kind, shared_entries in shared.items():
        own = components.setdefault(kind, {})
        for name, definition in shared_entries.items():
            if name not in own or _is_alias_of_shared(own[name], kind, name):
                own[name] = copy.deepcopy(definition)
    bundled: dict[str, Any] = _localise(document)
    _flatten_bases(bundled)
    return bundled
