"""The two bundled OpenAPI documents, turned into compiled JSON Schema validators.

OpenAPI 3.1 schemas are JSON Schema 2020-12, so every validator is a ``Draft202012Validator``
whose ``$ref`` points into the whole bundled document, registered once in a ``referencing``
registry: ``#/components/...`` references then resolve exactly as the generators see them.
Validators are compiled once per process (``load_operations`` is cached) because the gateway
checks every request and the tests check every reply.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

# jsonschema ships no type hints; types-jsonschema may or may not be installed.
from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]
from jsonschema.exceptions import (  # type: ignore[import-untyped, unused-ignore]
    ValidationError,
    best_match,
)
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = [
    "APIS",
    "Operation",
    "SpecViolation",
    "load_operations",
    "load_spec",
    "operation",
    "response_validator",
    "schema_validator",
]

APIS = ("zaguan", "meganova")
_METHODS = ("get", "put", "post", "delete", "patch")
_INTEGER = re.compile(r"^-?\d+$")


_BUNDLER = Path(__file__).resolve().parent.parent / "generator" / "_bundle.py"


@functools.cache
def _import_bundler() -> Any:
    # Load generator/_bundle.py by its path: importing the `generator` package would pull in
    # the whole generator toolchain (openapi-spec-validator, ...), which the `server` extra
    # does not install. The bundler itself needs only PyYAML.
    spec = importlib.util.spec_from_file_location("local_gateway._spec_bundle", _BUNDLER)
    if spec is None or spec.loader is None:  # pragma: no cover - the repo layout is fixed
        raise ImportError(f"cannot load the spec bundler from {_BUNDLER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def load_spec(api: str) -> Dict[str, Any]:
    """Return the self-contained OpenAPI document of ``api`` ("zaguan" or "meganova")."""
    document: Dict[str, Any] = _import_bundler().load_bundled_spec(api)
    return document


@dataclass(frozen=True)
class SpecViolation:
    """Why a value broke its schema: the dotted field path and a short reason."""

    path: str
    reason: str

    @property
    def message(self) -> str:
        """The error message the gateway sends: ``<field path>: <reason>``."""
        return f"{self.path}: {self.reason}"


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _field_path(error: ValidationError, prefix: str) -> str:
    parts: List[str] = [prefix] if prefix else []
    for item in error.absolute_path:
        if isinstance(item, int):
            # Array positions read naturally as `messages[0]`, not `messages.0`.
            parts[-1:] = [f"{parts[-1]}[{item}]" if parts else f"[{item}]"]
        else:
            parts.append(str(item))
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in error.validator_value if name not in error.instance]
        if missing:
            parts.append(str(missing[0]))
    return ".".join(parts)


def _reason(error: ValidationError) -> str:
    if error.validator == "required":
        return "this required field is missing"
    if error.validator == "anyOf" and error.context:
        # "x is not valid under any of the given schemas" names no type; list the types allowed.
        types = [
            str(sub.schema.get("type")) for sub in error.context if isinstance(sub.schema, dict)
        ]
        allowed = [kind for kind in types if kind != "None"]
        if allowed:
            return f"{error.instance!r} is not any of: {', '.join(sorted(set(allowed)))}"
    return str(error.message)


class _Validator:
    """A compiled validator of one schema inside a bundled document."""

    def __init__(self, registry: Registry[Any], uri: str, pointer: str) -> None:
        self._validator = Draft202012Validator({"$ref": f"{uri}#/{pointer}"}, registry=registry)

    def violation(self, instance: Any, prefix: str = "") -> Optional[SpecViolation]:
        """Return the most relevant violation, or None when ``instance`` is valid."""
        # is_valid first: on the hot path (valid requests) it skips collecting errors.
        if self._validator.is_valid(instance):
            return None
        error = best_match(self._validator.iter_errors(instance))
        if error is None:  # pragma: no cover - is_valid said there is one
            return None
        path = _field_path(error, prefix) or prefix or "body"
        return SpecViolation(path, _reason(error))


@dataclass
class Operation:
    """One operation of a bundled spec, with its compiled request validators."""

    api: str
    operation_id: str
    method: str
    path: str
    requires_auth: bool
    body: Optional[_Validator]
    body_required: bool
    query: Optional[_Validator]
    query_types: Dict[str, str] = field(default_factory=dict)

    def validate_body(self, body: Any) -> Optional[SpecViolation]:
        """Check a parsed JSON body against the operation's request schema."""
        return None if self.body is None else self.body.violation(body)

    def validate_query(self, params: Mapping[str, str]) -> Optional[SpecViolation]:
        """Check query parameters, first read as the types their schemas declare."""
        if self.query is None:
            return None
        return self.query.violation(self.coerce_query(params))

    def coerce_query(self, params: Mapping[str, str]) -> Dict[str, Any]:
        """Query values are text: read the ones whose schema wants a number or a boolean."""
        coerced: Dict[str, Any] = {}
        for name, value in params.items():
            kind = self.query_types.get(name)
            if kind == "integer" and _INTEGER.match(value):
                coerced[name] = int(value)
            elif kind == "number":
                try:
                    coerced[name] = float(value)
                except ValueError:
                    coerced[name] = value
            elif kind == "boolean" and value in ("true", "false"):
                coerced[name] = value == "true"
            else:
                # Left as text, so the validator names the parameter and its wrong type.
                coerced[name] = value
        return coerced


def _resolve(document: Dict[str, Any], node: Any) -> Any:
    # Parameters and responses may be `$ref`s to components; follow them to the definition.
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _build(api: str) -> Tuple[Dict[Tuple[str, str], Operation], Registry[Any], str]:
    document = load_spec(api)
    uri = f"urn:local-gateway:{api}"
    registry: Registry[Any] = Registry().with_resource(
        uri, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    # Query schemas are assembled here, so they live in a second resource of the registry.
    query_schemas: Dict[str, Any] = {}
    operations: Dict[Tuple[str, str], Operation] = {}
    global_security = document.get("security", [])
    for path, item in document.get("paths", {}).items():
        for method in _METHODS:
            spec_op = item.get(method)
            if spec_op is None:
                continue
            op_id = spec_op["operationId"]
            body_validator = None
            body_required = False
            request_body = _resolve(document, spec_op.get("requestBody"))
            if isinstance(request_body, dict):
                body_required = bool(request_body.get("required"))
                if "application/json" in request_body.get("content", {}):
                    pointer = _pointer(
                        "paths", path, method, "requestBody", "content", "application/json"
                    )
                    body_validator = _Validator(registry, uri, pointer + "/schema")
            properties: Dict[str, Any] = {}
            required: List[str] = []
            query_types: Dict[str, str] = {}
            for raw in item.get("parameters", []) + spec_op.get("parameters", []):
                param = _resolve(document, raw)
                if param.get("in") != "query":
                    continue
                schema = param.get("schema", {})
                properties[param["name"]] = schema
                kind = schema.get("type")
                if isinstance(kind, str):
                    query_types[param["name"]] = kind
                if param.get("required"):
                    required.append(param["name"])
            if properties:
                query_schemas[op_id] = {
                    "type": "object",
                    "properties": properties,
                    "required": required,
                }
            operations[(method.upper(), path)] = Operation(
                api=api,
                operation_id=op_id,
                method=method.upper(),
                path=path,
                requires_auth=bool(spec_op.get("security", global_security)),
                body=body_validator,
                body_required=body_required,
                query=None,
                query_types=query_types,
            )
    query_uri = f"{uri}:query"
    # The query schemas hold the parameters' own schemas; any `$ref` in them points into the
    # document, so rewrite `#/...` into absolute references before registering them.
    registry = registry.with_resource(
        query_uri,
        Resource.from_contents(
            {"$defs": _absolutise(query_schemas, uri)}, default_specification=DRAFT202012
        ),
    )
    for operation in operations.values():
        if operation.operation_id in query_schemas:
            operation.query = _Validator(
                registry, query_uri, _pointer("$defs", operation.operation_id)
            )
    return operations, registry, uri


def _absolutise(node: Any, uri: str) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            node = {**node, "$ref": uri + ref}
        return {key: _absolutise(value, uri) for key, value in node.items()}
    if isinstance(node, list):
        return [_absolutise(item, uri) for item in node]
    return node


@functools.cache
def _built(api: str) -> Tuple[Dict[Tuple[str, str], Operation], Registry[Any], str]:
    return _build(api)


def load_operations(api: str) -> Dict[Tuple[str, str], Operation]:
    """Every operation of ``api`` by ``(METHOD, spec path)``, validators compiled."""
    return _built(api)[0]


def operation(api: str, operation_id: str) -> Operation:
    """The operation of ``api`` named ``operation_id``."""
    for candidate in load_operations(api).values():
        if candidate.operation_id == operation_id:
            return candidate
    raise KeyError(f"{api} has no operation {operation_id!r}")


@functools.cache
def response_validator(
    api: str, operation_id: str, status: int, media_type: str = "application/json"
) -> Any:
    """A compiled validator for the reply of ``operation_id`` with ``status``.

    Falls back from the exact status to its class (``5XX``) and then to ``default``, as OpenAPI
    does. Raises KeyError when the spec declares no JSON schema for that reply.
    """
    _, registry, uri = _built(api)
    op = operation(api, operation_id)
    document = load_spec(api)
    responses = document["paths"][op.path][op.method.lower()]["responses"]
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            response = _resolve(document, responses[key])
            content = response.get("content", {})
            if media_type not in content or "schema" not in content[media_type]:
                break
            schema = _absolutise(content[media_type]["schema"], uri)
            return Draft202012Validator(schema, registry=registry)
    raise KeyError(f"{api} {operation_id} declares no {media_type} reply for {status}")


@functools.cache
def schema_validator(api: str, schema_name: str) -> Any:
    """A compiled validator for ``#/components/schemas/<schema_name>`` of ``api``.

    For what the spec only describes in prose, such as each chunk of an event stream.
    """
    _, registry, uri = _built(api)
    return Draft202012Validator(
        {"$ref": f"{uri}#/{_pointer('components', 'schemas', schema_name)}"}, registry=registry
    )
