"""The two bundled OpenAPI documents, turned into compiled JSON Schema validators.

OpenAPI 3.1 schemas are JSON Schema 2020-12, so every validator is a ``Draft202012Validator``
whose ``$ref`` points into the whole bundled document, registered once in a ``referencing``
registry: ``#/components/...`` references then resolve exactly as the generators see them.
Validators are compiled once per process and spec folder (``load_operations`` is cached)
because the gateway checks every request and the tests check every reply.

Every function takes ``spec_dir``: a folder holding ``zaguan.yaml``, ``meganova.yaml`` and
``shared.yaml`` (default: the repository's ``spec/``), so a copy of the specs can be served.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

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
    "FormField",
    "Operation",
    "SpecViolation",
    "coerce_text",
    "instance_checker",
    "load_operations",
    "load_spec",
    "operation",
    "resolve",
    "response_validator",
    "schema_validator",
]

APIS = ("zaguan", "meganova")
_METHODS = ("get", "put", "post", "delete", "patch")
_INTEGER = re.compile(r"^-?\d+$")
# A number as JSON writes it (no "nan", "inf", "1_000" or " 1", which float() would read).
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][+-]?\d+)?$")
# Where a parameter may sit; cookies are not read (no spec of ours uses them).
_LOCATIONS = ("query", "path", "header")
_MULTIPART = "multipart/form-data"


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
def load_spec(api: str, spec_dir: Optional[Path] = None) -> Dict[str, Any]:
    """Return the self-contained OpenAPI document of ``api`` ("zaguan" or "meganova")."""
    bundler = _import_bundler()
    document: Dict[str, Any] = (
        bundler.load_bundled_spec(api)
        if spec_dir is None
        else bundler.load_bundled_spec(api, Path(spec_dir))
    )
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


@dataclass(frozen=True)
class FormField:
    """How one property of a ``multipart/form-data`` body is sent.

    ``file``: the part is an upload (``format: binary``, or a ``contentMediaType`` without a
    ``contentEncoding``), else it is text read as ``type`` (the JSON type its schema declares,
    None when it declares none). ``many``: an array, sent as one part per item (``file`` and
    ``type`` then describe the items).
    """

    file: bool
    many: bool = False
    type: Optional[str] = None


@dataclass
class Operation:
    """One operation of a bundled spec, with its compiled request validators.

    ``query``, ``path_params`` and ``headers`` check the parameters of each location, read first
    as the types their schemas declare (``param_types``); None when the location has none.
    ``form`` checks a ``multipart/form-data`` body once its parts are read as ``form_fields``
    say (``local_gateway.forms``); None when the operation takes no such body.
    """

    api: str
    operation_id: str
    method: str
    path: str
    requires_auth: bool
    body: Optional[_Validator]
    body_required: bool
    query: Optional[_Validator]
    query_types: Dict[str, str] = field(default_factory=dict)
    path_params: Optional[_Validator] = None
    headers: Optional[_Validator] = None
    # Declared header parameters: lower-case name -> the name the spec spells.
    header_names: Dict[str, str] = field(default_factory=dict)
    param_types: Dict[str, Dict[str, str]] = field(default_factory=dict)
    form: Optional[_Validator] = None
    form_fields: Dict[str, FormField] = field(default_factory=dict)

    def validate_body(self, body: Any) -> Optional[SpecViolation]:
        """Check a parsed JSON body against the operation's request schema."""
        return None if self.body is None else self.body.violation(body)

    def validate_form(self, values: Mapping[str, Any]) -> Optional[SpecViolation]:
        """Check a form's values, already read as ``form_fields`` say (files as placeholders)."""
        return None if self.form is None else self.form.violation(values)

    def validate_query(self, params: Mapping[str, str]) -> Optional[SpecViolation]:
        """Check query parameters, first read as the types their schemas declare."""
        if self.query is None:
            return None
        return self.query.violation(self.coerce_query(params))

    def coerce_query(self, params: Mapping[str, str]) -> Dict[str, Any]:
        """Query values are text: read the ones whose schema wants a number or a boolean."""
        return _coerce(params, self.query_types)

    def validate_path(self, params: Mapping[str, str]) -> Optional[SpecViolation]:
        """Check path parameters (always present: the route matched them)."""
        if self.path_params is None:
            return None
        return self.path_params.violation(_coerce(params, self.param_types.get("path", {})))

    def validate_headers(self, headers: Mapping[str, str]) -> Optional[SpecViolation]:
        """Check the declared header parameters; other headers are not the spec's business."""
        if self.headers is None:
            return None
        declared = {
            spelled: headers[lower]
            for lower, spelled in self.header_names.items()
            if lower in headers
        }
        return self.headers.violation(_coerce(declared, self.param_types.get("header", {})))


def coerce_text(value: str, kind: Optional[str]) -> Any:
    """A text value (a form field) read as the JSON type ``kind``; left as text when it is not
    one, so the validator names the field and its wrong type."""
    if kind == "integer" and _INTEGER.match(value):
        return int(value)
    if kind == "number" and _NUMBER.match(value):
        return int(value) if _INTEGER.match(value) else float(value)
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    if kind in ("object", "array"):
        # Sent as application/json, the default content type of such a part.
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _coerce(params: Mapping[str, str], types: Mapping[str, str]) -> Dict[str, Any]:
    coerced: Dict[str, Any] = {}
    for name, value in params.items():
        kind = types.get(name)
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


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """Follow ``node``'s local ``$ref`` (``#/components/...``) to its definition, if it has one."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


_Built = Tuple[Dict[Tuple[str, str], Operation], Registry[Any], str]


def _build(api: str, spec_dir: Optional[Path]) -> _Built:
    document = load_spec(api, spec_dir)
    uri = f"urn:local-gateway:{api}"
    registry: Registry[Any] = Registry().with_resource(
        uri, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    # Parameter schemas are assembled here, so they live in a second resource of the registry.
    param_schemas: Dict[str, Dict[str, Any]] = {}
    operations: Dict[Tuple[str, str], Operation] = {}
    global_security = document.get("security", [])
    for path, item in document.get("paths", {}).items():
        for method in _METHODS:
            spec_op = item.get(method)
            if spec_op is None:
                continue
            op_id = spec_op.get("operationId") or f"{method}_{path}"
            body_validator = None
            body_required = False
            form_validator = None
            form_fields: Dict[str, FormField] = {}
            request_body = resolve(document, spec_op.get("requestBody"))
            if isinstance(request_body, dict):
                body_required = bool(request_body.get("required"))
                content = request_body.get("content", {})
                if "application/json" in content:
                    pointer = _pointer(
                        "paths", path, method, "requestBody", "content", "application/json"
                    )
                    body_validator = _Validator(registry, uri, pointer + "/schema")
                form = resolve(document, content.get(_MULTIPART))
                if isinstance(form, dict):
                    pointer = _pointer("paths", path, method, "requestBody", "content", _MULTIPART)
                    form_validator = _Validator(registry, uri, pointer + "/schema")
                    form_fields = _form_fields(document, form.get("schema", {}), ())
            schemas: Dict[str, Dict[str, Any]] = {}
            types: Dict[str, Dict[str, str]] = {}
            header_names: Dict[str, str] = {}
            # Locations with a parameter that some value could break; the others need no
            # validator (an optional plain-text header, say: X-Request-Id on every request).
            constrained = set()
            # An operation's parameter overrides the path item's one of the same name and place.
            merged = {}
            for raw in item.get("parameters", []) + spec_op.get("parameters", []):
                param = resolve(document, raw)
                merged[(param.get("in"), param.get("name"))] = param
            for (location, name), param in merged.items():
                if location not in _LOCATIONS:
                    continue
                schema = param.get("schema", {})
                entry = schemas.setdefault(
                    location, {"type": "object", "properties": {}, "required": []}
                )
                entry["properties"][name] = schema
                kind = resolve(document, schema).get("type")
                if isinstance(kind, str):
                    types.setdefault(location, {})[name] = kind
                if param.get("required") or location == "path":
                    entry["required"].append(name)
                if location == "header":
                    header_names[name.lower()] = name
                if location == "query" or not _always_met(param, resolve(document, schema)):
                    constrained.add(location)
            schemas = {name: entry for name, entry in schemas.items() if name in constrained}
            if schemas:
                param_schemas[op_id] = schemas
            operations[(method.upper(), path)] = Operation(
                api=api,
                operation_id=op_id,
                method=method.upper(),
                path=path,
                requires_auth=bool(spec_op.get("security", global_security)),
                body=body_validator,
                body_required=body_required,
                query=None,
                query_types=types.get("query", {}),
                header_names=header_names,
                param_types=types,
                form=form_validator,
                form_fields=form_fields,
            )
    params_uri = f"{uri}:parameters"
    # The parameter schemas hold the parameters' own schemas; any `$ref` in them points into
    # the document, so rewrite `#/...` into absolute references before registering them.
    registry = registry.with_resource(
        params_uri,
        Resource.from_contents(
            {"$defs": _absolutise(param_schemas, uri)}, default_specification=DRAFT202012
        ),
    )
    for operation in operations.values():
        located = param_schemas.get(operation.operation_id, {})

        def validator(location: str, op_id: str = operation.operation_id) -> _Validator:
            return _Validator(registry, params_uri, _pointer("$defs", op_id, location))

        if "query" in located:
            operation.query = validator("query")
        if "path" in located:
            operation.path_params = validator("path")
        if "header" in located:
            operation.headers = validator("header")
    return operations, registry, uri


def _form_fields(
    document: Mapping[str, Any], schema: Any, refs: Tuple[str, ...]
) -> Dict[str, FormField]:
    # The properties of a form's schema, through `$ref`s and `allOf` parts.
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str):
        if ref in refs:
            return {}
        refs = (*refs, ref)
    schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return {}
    fields: Dict[str, FormField] = {}
    for part in schema.get("allOf") or []:
        fields.update(_form_fields(document, part, refs))
    for name, raw in (schema.get("properties") or {}).items():
        sub = resolve(document, raw)
        sub = sub if isinstance(sub, dict) else {}
        if _json_type(sub) == "array":
            items = resolve(document, sub.get("items", {}))
            items = items if isinstance(items, dict) else {}
            fields[name] = FormField(_is_file(items), True, _json_type(items))
        else:
            fields[name] = FormField(_is_file(sub), False, _json_type(sub))
    return fields


def _json_type(schema: Mapping[str, Any]) -> Optional[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [item for item in kind if item != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    return kind if isinstance(kind, str) else None


def _is_file(schema: Mapping[str, Any]) -> bool:
    # OpenAPI 3.0 writes a file as `format: binary`; 3.1 as a `contentMediaType` (a
    # `contentEncoding` makes it text, such as base64, instead).
    return schema.get("format") == "binary" or (
        "contentMediaType" in schema and "contentEncoding" not in schema
    )


# Keywords that only describe a parameter's schema, and never make a value invalid.
_ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "default", "deprecated", "$comment"}
)


def _always_met(param: Mapping[str, Any], schema: Mapping[str, Any]) -> bool:
    # A path or header value is always text and a route only matches a present path value,
    # so a plain string schema cannot fail there (a required header can: it may be absent).
    if param.get("required") and param.get("in") != "path":
        return False
    return schema.get("type") == "string" and set(schema) - {"type"} <= _ANNOTATIONS


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
def _built(api: str, spec_dir: Optional[Path] = None) -> _Built:
    return _build(api, spec_dir)


def load_operations(api: str, spec_dir: Optional[Path] = None) -> Dict[Tuple[str, str], Operation]:
    """Every operation of ``api`` by ``(METHOD, spec path)``, validators compiled."""
    return _built(api, spec_dir)[0]


def operation(api: str, operation_id: str, spec_dir: Optional[Path] = None) -> Operation:
    """The operation of ``api`` named ``operation_id``."""
    for candidate in load_operations(api, spec_dir).values():
        if candidate.operation_id == operation_id:
            return candidate
    raise KeyError(f"{api} has no operation {operation_id!r}")


@functools.cache
def response_validator(
    api: str,
    operation_id: str,
    status: int,
    media_type: str = "application/json",
    spec_dir: Optional[Path] = None,
) -> Any:
    """A compiled validator for the reply of ``operation_id`` with ``status``.

    Falls back from the exact status to its class (``5XX``) and then to ``default``, as OpenAPI
    does. Raises KeyError when the spec declares no JSON schema for that reply.
    """
    _, registry, uri = _built(api, spec_dir)
    op = operation(api, operation_id, spec_dir)
    document = load_spec(api, spec_dir)
    responses = document["paths"][op.path][op.method.lower()]["responses"]
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            response = resolve(document, responses[key])
            content = response.get("content", {})
            if media_type not in content or "schema" not in content[media_type]:
                break
            schema = _absolutise(content[media_type]["schema"], uri)
            return Draft202012Validator(schema, registry=registry)
    raise KeyError(f"{api} {operation_id} declares no {media_type} reply for {status}")


@functools.cache
def schema_validator(api: str, schema_name: str, spec_dir: Optional[Path] = None) -> Any:
    """A compiled validator for ``#/components/schemas/<schema_name>`` of ``api``.

    For what the spec only describes in prose, such as each chunk of an event stream.
    """
    _, registry, uri = _built(api, spec_dir)
    return Draft202012Validator(
        {"$ref": f"{uri}#/{_pointer('components', 'schemas', schema_name)}"}, registry=registry
    )


def instance_checker(
    api: str, spec_dir: Optional[Path] = None
) -> Callable[[Any, Any], Optional[SpecViolation]]:
    """A function ``(schema, value) -> violation or None`` for any schema of ``api``'s document.

    ``schema`` is a node of the bundled document (its ``$ref``s local, ``#/...``); the answers
    built from the spec are checked with it, once, when the gateway starts.
    """
    _, registry, uri = _built(api, spec_dir)

    def check(schema: Any, value: Any) -> Optional[SpecViolation]:
        validator = Draft202012Validator(_absolutise(schema, uri), registry=registry)
        if validator.is_valid(value):
            return None
        error = best_match(validator.iter_errors(value))
        return SpecViolation(_field_path(error, "") or "body", _reason(error))

    return check
