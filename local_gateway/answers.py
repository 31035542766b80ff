"""Answers read off the spec, for the operations that have no handler of their own.

An operation's documented answer is its first success response (``200``, else the lowest
``2xx``, else ``2XX`` or ``default`` as 200): the media type's ``example``, else the first of its
``examples``, else a value built from its schema by :func:`build_value`. It is computed and
checked against the response schema once, when the gateway starts, so a spec whose example
disagrees with its own schema stops the gateway with a message naming the field, rather than
serving replies the SDKs cannot read.
"""

from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from .spec import SpecViolation, resolve

__all__ = ["Answer", "SpecAnswerError", "build_value", "documented_answer"]

Checker = Callable[[Any, Any], Optional[SpecViolation]]

# Fixed values, so that every run of the gateway (and every test) sees the same replies.
_FORMATS: Dict[str, str] = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "time": "00:00:00Z",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "uri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "iri": "https://example.com/",
    "iri-reference": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "byte": "c3RyaW5n",
    "binary": "string",
    "password": "string",
}
_TYPES = ("object", "array", "string", "integer", "number", "boolean", "null")


class SpecAnswerError(ValueError):
    """The spec gives no answer the gateway can serve for an operation (a spec bug)."""


@dataclass(frozen=True)
class Answer:
    """A reply ready to send: status, media type (None: no body), body bytes and headers."""

    status: int
    media_type: Optional[str]
    body: bytes
    headers: Dict[str, str] = field(default_factory=dict)


def _success(responses: Mapping[str, Any]) -> Tuple[int, str]:
    codes = sorted(key for key in responses if len(key) == 3 and key.isdigit() and key[0] == "2")
    if codes:
        # 200 first: it is the answer a client expects when the spec lists 200 and 201 both.
        key = "200" if "200" in codes else codes[0]
        return int(key), key
    for key in ("2XX", "default"):
        if key in responses:
            return 200, key
    raise SpecAnswerError("documents no success response (2xx, 2XX or default)")


def _pick_media_type(content: Mapping[str, Any]) -> str:
    for media_type in content:
        base = media_type.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json"):
            return media_type
    return next(iter(content))


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _example_of(document: Mapping[str, Any], holder: Mapping[str, Any]) -> Tuple[bool, Any]:
    # A media type (or a header) documents `example`, or `examples` as named Example Objects
    # (possibly `$ref`s); an `externalValue` cannot be read offline, so it is skipped.
    if "example" in holder:
        return True, holder["example"]
    examples = holder.get("examples")
    if isinstance(examples, dict):
        for entry in examples.values():
            entry = resolve(document, entry)
            if isinstance(entry, dict) and "value" in entry:
                return True, entry["value"]
    return False, None


def documented_answer(
    document: Mapping[str, Any], path: str, method: str, check: Checker
) -> Answer:
    """The answer the spec documents for ``method path``, checked against its schema.

    ``check(schema, value)`` validates a value against a schema node of ``document``; raises
    :class:`SpecAnswerError` when the spec's example or the built value breaks the schema.
    """
    spec_op = document["paths"][path][method.lower()]
    where = f"{method.upper()} {path}"
    try:
        status, key = _success(spec_op.get("responses", {}))
    except SpecAnswerError as exc:
        raise SpecAnswerError(f"{where} {exc}") from None
    response = resolve(document, spec_op["responses"][key])
    headers = _documented_headers(document, response.get("headers", {}), check, where)
    content = response.get("content") or {}
    if not content:
        return Answer(status, None, b"", headers)
    media_type = _pick_media_type(content)
    media = resolve(document, content[media_type]) or {}
    schema = media.get("schema", {})
    found, value = _example_of(document, media)
    origin = f"the {key} example of {where}"
    if not found:
        origin = f"the {key} reply of {where}, built from its schema"
        try:
            value = build_value(document, schema, check)
        except SpecAnswerError as exc:
            raise SpecAnswerError(f"{origin}: {exc}; give the response an `example`") from None
    violation = check(schema, value)
    if violation is not None:
        hint = "" if found else "; give the response an `example`"
        raise SpecAnswerError(f"{origin} breaks its schema: {violation.message}{hint}")
    if _is_json(media_type):
        body = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
    elif isinstance(value, bytes):
        body = value
    else:
        body = (value if isinstance(value, str) else json.dumps(value)).encode()
    return Answer(status, media_type, body, headers)


def _documented_headers(
    document: Mapping[str, Any], declared: Mapping[str, Any], check: Checker, where: str
) -> Dict[str, str]:
    headers: Dict[str, str] = {}
    for name, raw in declared.items():
        header = resolve(document, raw)
        # Content-Type is the media type's business (OpenAPI says to ignore it here).
        if not header.get("required") or name.lower() == "content-type":
            continue
        schema = header.get("schema", {})
        found, value = _example_of(document, header)
        if not found:
            value = build_value(document, schema, check)
        if check(schema, value) is not None:
            raise SpecAnswerError(f"{where}: the value of the {name} header breaks its schema")
        headers[name.lower()] = value if isinstance(value, str) else json.dumps(value)
    return headers


# --- values built from a schema ------------------------------------------------------------


def build_value(document: Mapping[str, Any], schema: Any, check: Optional[Checker] = None) -> Any:
    """A small value valid against ``schema`` (a node of the bundled ``document``).

    In this order: ``const``, the schema's own ``examples``/``example``, ``default``, the first
    ``enum`` value; else by type: objects with their required fields only, arrays with one item
    (or ``minItems``), strings honouring ``format`` and length bounds, numbers within bounds.
    ``allOf`` parts are merged, ``anyOf``/``oneOf`` take the first member that is not null
    (``check``, when given, skips a ``oneOf`` member whose value matches two members), and
    ``nullable`` or a ``null`` type give null only when nothing else is allowed.
    """
    return _Builder(document, check).value(schema, ())


class _Builder:
    def __init__(self, document: Mapping[str, Any], check: Optional[Checker]) -> None:
        self.document = document
        self.check = check

    def value(self, schema: Any, refs: Sequence[str]) -> Any:
        if schema is True or schema is None:
            return {}
        if schema is False:
            raise SpecAnswerError("a schema of `false` allows no value")
        if not isinstance(schema, dict):
            raise SpecAnswerError(f"{schema!r} is not a schema")
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref in refs:
                raise SpecAnswerError(f"{ref} requires itself, so no finite value fits it")
            target = resolve(self.document, {"$ref": ref})
            siblings = {key: value for key, value in schema.items() if key != "$ref"}
            # 3.1 allows keywords beside `$ref` (a `description`, a `default`): the ones that
            # give a value win, the rest describe the same target.
            if any(key in siblings for key in ("const", "examples", "example", "default", "enum")):
                return self.value(siblings, refs)
            return self.value(target, (*refs, ref))
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        examples = schema.get("examples")
        if isinstance(examples, list) and examples:
            return copy.deepcopy(examples[0])
        for key in ("example", "default"):
            if key in schema:
                return copy.deepcopy(schema[key])
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            non_null = [item for item in enum if item is not None]
            return copy.deepcopy(non_null[0] if non_null else enum[0])
        if isinstance(schema.get("allOf"), list):
            return self._all_of(schema, refs)
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if isinstance(members, list) and members:
                return self._one_of(schema, key, members, refs)
        return self._typed(schema, self._type(schema), refs)

    def _type(self, schema: Mapping[str, Any]) -> str:
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [item for item in kind if item != "null"]
            return kinds[0] if kinds else "null"
        if isinstance(kind, str):
            return kind
        # No `type`: guess from the keywords that only make sense for one type.
        if any(key in schema for key in ("properties", "required", "additionalProperties")):
            return "object"
        if any(key in schema for key in ("items", "prefixItems", "minItems")):
            return "array"
        if any(key in schema for key in ("format", "pattern", "minLength", "maxLength")):
            return "string"
        if any(key in schema for key in ("minimum", "maximum", "multipleOf")):
            return "number"
        # A free-form value ("any JSON"): the specs describe these as free-form objects.
        return "object"

    def _all_of(self, schema: Mapping[str, Any], refs: Sequence[str]) -> Any:
        parts = [self.value(part, refs) for part in schema["allOf"]]
        rest = {key: value for key, value in schema.items() if key != "allOf"}
        if any(key in rest for key in ("type", "properties", "required")):
            parts.append(self.value(rest, refs))
        if parts and all(isinstance(part, dict) for part in parts):
            merged: Dict[str, Any] = {}
            for part in parts:
                merged.update(part)
            return merged
        return parts[0] if parts else {}

    def _one_of(
        self, schema: Mapping[str, Any], key: str, members: List[Any], refs: Sequence[str]
    ) -> Any:
        rest = {name: value for name, value in schema.items() if name not in ("anyOf", "oneOf")}
        candidates = [member for member in members if not self._is_null(member)]
        errors = []
        for member in candidates:
            try:
                # The schema's own keywords (say `type: object` and `required`) apply too.
                value = self.value(member, refs)
            except SpecAnswerError as exc:
                errors.append(str(exc))
                continue
            if key == "oneOf" and self.check is not None and self.check(schema, value) is not None:
                continue
            if "required" in rest and isinstance(value, dict):
                value = {**self._typed(rest, "object", refs), **value}
            return value
        if len(candidates) < len(members):
            return None
        raise SpecAnswerError(errors[0] if errors else f"no member of its {key} fits alone")

    def _is_null(self, member: Any) -> bool:
        member = resolve(self.document, member)
        return isinstance(member, dict) and (
            member.get("type") == "null" or member.get("const", ...) is None
        )

    def _typed(self, schema: Mapping[str, Any], kind: str, refs: Sequence[str]) -> Any:
        if kind == "object":
            return self._object(schema, refs)
        if kind == "array":
            return self._array(schema, refs)
        if kind == "string":
            return self._string(schema)
        if kind in ("integer", "number"):
            return self._number(schema, kind)
        if kind == "boolean":
            return False
        if kind == "null":
            return None
        raise SpecAnswerError(f"unknown type {kind!r} (the types are {', '.join(_TYPES)})")

    def _object(self, schema: Mapping[str, Any], refs: Sequence[str]) -> Dict[str, Any]:
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties", True)
        result: Dict[str, Any] = {}
        for name in schema.get("required") or []:
            if name in properties:
                sub = properties[name]
            elif isinstance(extra, dict):
                sub = extra
            else:
                sub = {}
            # A field the client never sees in a reply (`writeOnly`) still has to be there
            # when the schema requires it, so it is filled all the same.
            result[name] = self.value(sub, refs)
        return result

    def _array(self, schema: Mapping[str, Any], refs: Sequence[str]) -> List[Any]:
        prefix = schema.get("prefixItems")
        items: List[Any] = (
            [self.value(sub, refs) for sub in prefix] if isinstance(prefix, list) else []
        )
        item_schema = schema.get("items")
        maximum = schema.get("maxItems")
        wanted = max(1, int(schema.get("minItems", 0)))
        if isinstance(maximum, int):
            wanted = min(wanted, maximum)
        if item_schema is not False:
            while len(items) < wanted:
                items.append(self.value(item_schema if item_schema is not None else {}, refs))
        return items

    def _string(self, schema: Mapping[str, Any]) -> str:
        fmt = schema.get("format")
        text = _FORMATS.get(fmt, "string") if isinstance(fmt, str) else "string"
        minimum = schema.get("minLength")
        maximum = schema.get("maxLength")
        if isinstance(minimum, int) and len(text) < minimum:
            text = (text * (minimum // len(text) + 1))[:minimum]
        if isinstance(maximum, int) and len(text) > maximum:
            text = text[:maximum]
        return text

    def _number(self, schema: Mapping[str, Any], kind: str) -> Any:
        low = schema.get("minimum")
        high = schema.get("maximum")
        exclusive_low = schema.get("exclusiveMinimum")
        exclusive_high = schema.get("exclusiveMaximum")
        step = schema.get("multipleOf")
        value: float = 0
        # OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum.
        if exclusive_low is True and isinstance(low, (int, float)):
            exclusive_low, low = low, None
        if exclusive_high is True and isinstance(high, (int, float)):
            exclusive_high, high = high, None
        if isinstance(low, (int, float)) and value < low:
            value = low
        if isinstance(exclusive_low, (int, float)) and value <= exclusive_low:
            value = exclusive_low + (step if isinstance(step, (int, float)) else 1)
        if isinstance(high, (int, float)) and value > high:
            value = high
        if isinstance(exclusive_high, (int, float)) and value >= exclusive_high:
            value = exclusive_high - (step if isinstance(step, (int, float)) else 1)
        if isinstance(step, (int, float)) and step > 0 and value % step:
            value = (value // step + 1) * step
        if kind == "integer":
            # Round towards the bounds: a fractional minimum must not round below itself.
            return math.ceil(value) if value > 0 else math.floor(value)
        return value
