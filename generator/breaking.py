"""``python -m generator breaking``: what in spec/ would break a client of the last release.

Both sides are bundled with the generator's own loader (:func:`load_bundled_spec`), the base
read with ``git show REV:spec/<file>`` into a temporary folder (no checkout), then every
operation is compared, matched by method and path (path parameter names aside, so a renamed
path parameter shows as that, not as a removed operation).

Which way a schema change breaks depends on who writes the value:

- in a **request** (parameters, bodies) the client writes and the server must still accept
  everything it accepted: a removed field or enum value, a type or format the old values do not
  fit, a tighter bound, a newly required field, ``null`` no longer allowed all break;
- in a **response** the server writes and the client must still understand everything: a
  removed field, a field that may now be absent or ``null``, a type or union member the client
  does not expect break. An enum value added to a response is listed as an addition: both SDKs
  keep unknown enum values (see the README's Models section).

Additions (new operations, optional fields and parameters, status codes, enum values) are
listed too, for information. The exit status is 1 when anything breaks.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Optional

from ._bundle import API_FILES, SHARED_FILE, SPEC_DIR, load_bundled_spec

__all__ = [
    "BreakingCheckError",
    "Change",
    "compare_documents",
    "compare_specs",
    "default_base",
    "load_specs_at",
    "main",
    "render_report",
]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keywords that bound a value from above / below: tightening them in a request breaks a client.
_UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
# Records one change at the schema being compared: (breaking, rule, message).
_Add = Callable[[bool, str, str], None]


class BreakingCheckError(Exception):
    """The base revision or a spec could not be read; the message says which."""


@dataclass(frozen=True)
class Change:
    """One difference between the base spec and the current one.

    ``where`` names the part of the operation (``request body application/json``,
    ``parameter query limit``, ``response 200 application/json``; empty for the operation
    itself) and
    ``pointer`` the field inside its schema, JSON-pointer-like (``/messages/[]/role``: ``[]``
    is an array's items, ``*`` an object's additional properties), empty for the part itself.
    """

    api: str
    breaking: bool
    rule: str
    method: str
    path: str
    operation_id: str
    where: str
    pointer: str
    message: str

    @property
    def operation(self) -> str:
        """``POST /v1/chat/completions (create_chat_completion)``."""
        label = f"{self.method.upper()} {self.path}"
        return f"{label} ({self.operation_id})" if self.operation_id else label

    @property
    def location(self) -> str:
        """Where in the operation, with the field's pointer: ``request body application/json /model``.

        Empty for a change of the whole operation.
        """
        return f"{self.where} {self.pointer}" if self.pointer else self.where


# --------------------------------------------------------------------------- schema views


@dataclass
class _View:
    """A schema with its references followed, ``allOf`` merged and ``null`` split off."""

    types: Optional[frozenset[str]]  # None: any type
    nullable: bool
    keywords: dict[str, Any]
    variants: list[Any]  # raw schemas of a union (anyOf/oneOf with 2+ non-null members)
    refs: tuple[str, ...]  # component names followed to get here (cycle guard, union matching)
    enum: Optional[frozenset[str]] = None  # enum values as JSON text, null excluded

    @property
    def is_object(self) -> bool:
        return (self.types is not None and "object" in self.types) or (
            "properties" in self.keywords
        )

    @property
    def is_array(self) -> bool:
        return (self.types is not None and "array" in self.types) or "items" in self.keywords


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _resolve_pointer(document: Mapping[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise BreakingCheckError(f"unresolvable reference {ref!r}: the bundled spec is not local")
    node: Any = document
    for token in ref[2:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or token not in node:
            raise BreakingCheckError(f"dangling reference {ref!r}")
        node = node[token]
    return node


def _deref(document: Mapping[str, Any], node: Any) -> tuple[Any, tuple[str, ...]]:
    """Follow ``$ref`` chains; sibling keywords of a reference win over the target's."""
    refs: tuple[str, ...] = ()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in refs:
            break
        refs += (ref,)
        target = _resolve_pointer(document, ref)
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        node = {**target, **siblings} if isinstance(target, Mapping) else target
    return node, refs


def _is_null_schema(document: Mapping[str, Any], node: Any) -> bool:
    node, _ = _deref(document, node)
    return isinstance(node, Mapping) and (
        node.get("type") == "null" or ("const" in node and node["const"] is None)
    )


def _view(document: Mapping[str, Any], schema: Any, stack: tuple[str, ...] = ()) -> _View:
    node, refs = _deref(document, schema)
    if not isinstance(node, Mapping) or set(refs) & set(stack):
        return _View(None, False, {}, [], refs)  # not a schema, or a schema made of itself
    stack += refs
    keywords: dict[str, Any] = {}
    nullable = bool(node.get("nullable"))  # OpenAPI 3.0 style, still seen in the wild
    types: Optional[frozenset[str]] = None
    variants: list[Any] = []

    def absorb(other: _View) -> None:
        nonlocal types, nullable, variants
        for key, value in other.keywords.items():
            if key == "properties":
                keywords["properties"] = {**keywords.get("properties", {}), **value}
            elif key == "required":
                keywords["required"] = [*keywords.get("required", []), *value]
            else:
                keywords.setdefault(key, value)
        if other.types is not None:
            types = other.types if types is None else types & other.types
        nullable = nullable or other.nullable
        variants = variants or other.variants

    for key, value in node.items():
        if key in ("allOf", "anyOf", "oneOf", "type", "nullable", "$ref"):
            continue
        keywords[key] = value
    declared = node.get("type")
    if isinstance(declared, str):
        declared = [declared]
    if isinstance(declared, list):
        nullable = nullable or "null" in declared
        types = frozenset(t for t in declared if t != "null")
    for part in node.get("allOf") or []:
        inner = _view(document, part, stack)
        refs += inner.refs
        absorb(inner)
    for union in ("anyOf", "oneOf"):
        members = node.get(union)
        if not isinstance(members, list):
            continue
        others = [member for member in members if not _is_null_schema(document, member)]
        nullable = nullable or len(others) < len(members)
        if len(others) == 1:
            inner = _view(document, others[0], stack)
            refs += inner.refs
            absorb(inner)
        elif others:
            variants = others
    if types is None and not variants:
        # Untyped but shaped: `properties` only fit an object, `items` an array.
        if "properties" in keywords:
            types = frozenset({"object"})
        elif "items" in keywords:
            types = frozenset({"array"})
    enum: Optional[frozenset[str]] = None
    if "const" in keywords:
        keywords["enum"] = [keywords.pop("const")]
    if isinstance(keywords.get("enum"), list):
        values = keywords["enum"]
        nullable = nullable or None in values
        enum = frozenset(json.dumps(value, sort_keys=True) for value in values if value is not None)
    return _View(types, nullable, keywords, variants, refs, enum)


def _covers(wider: Optional[frozenset[str]], narrower: Optional[frozenset[str]]) -> bool:
    """Whether every value of the ``narrower`` types is one of the ``wider`` types."""
    if wider is None:
        return True
    if narrower is None:
        return False
    return all(t in wider or (t == "integer" and "number" in wider) for t in narrower)


def _type_text(types: Optional[frozenset[str]]) -> str:
    return "any type" if types is None else " | ".join(sorted(types)) or "no type"


def _variant_key(document: Mapping[str, Any], member: Any) -> str:
    view = _view(document, member)
    if view.refs:
        return view.refs[0].rsplit("/", 1)[-1]
    return _type_text(view.types)


# --------------------------------------------------------------------------- comparison


@dataclass
class _Operation:
    method: str
    path: str
    operation_id: str
    node: Mapping[str, Any]
    path_item: Mapping[str, Any]


@dataclass
class _Comparer:
    """Compares one API's two bundled documents and collects the changes."""

    api: str
    old: Mapping[str, Any]
    new: Mapping[str, Any]
    changes: list[Change] = field(default_factory=list)

    # -- recording

    def _add(
        self, op: _Operation, breaking: bool, rule: str, where: str, pointer: str, message: str
    ) -> None:
        self.changes.append(
            Change(
                self.api,
                breaking,
                rule,
                op.method,
                op.path,
                op.operation_id,
                where,
                pointer,
                message,
            )
        )

    # -- operations

    def _operations(self, document: Mapping[str, Any]) -> dict[tuple[str, str], _Operation]:
        found: dict[tuple[str, str], _Operation] = {}
        for path, raw_item in (document.get("paths") or {}).items():
            item, _ = _deref(document, raw_item)
            for method in METHODS:
                node = item.get(method) if isinstance(item, Mapping) else None
                if not isinstance(node, Mapping):
                    continue
                key = (method, _path_shape(path))
                found[key] = _Operation(method, path, str(node.get("operationId", "")), node, item)
        return found

    def run(self) -> list[Change]:
        old_ops, new_ops = self._operations(self.old), self._operations(self.new)
        for key, old_op in old_ops.items():
            new_op = new_ops.get(key)
            if new_op is None:
                self._add(old_op, True, "operation-removed", "", "", "operation removed")
                continue
            self._operation(old_op, new_op)
        for key, new_op in new_ops.items():
            if key not in old_ops:
                self._add(new_op, False, "operation-added", "", "", "operation added")
        return self.changes

    def _operation(self, old_op: _Operation, op: _Operation) -> None:
        if old_op.operation_id and old_op.operation_id != op.operation_id:
            self._add(
                op,
                True,
                "operation-id-changed",
                "",
                "",
                f"operationId changed from {old_op.operation_id!r} to {op.operation_id!r}: "
                "the generated endpoint module is renamed",
            )
        old_name, new_name = old_op.node.get("x-sdk-method"), op.node.get("x-sdk-method")
        if isinstance(old_name, str) and isinstance(new_name, str) and old_name != new_name:
            self._add(
                op,
                True,
                "sdk-method-renamed",
                "",
                "",
                f"x-sdk-method changed from {old_name!r} to {new_name!r}: the facade method is renamed",
            )
        self._parameters(old_op, op)
        self._request_body(old_op, op)
        self._responses(old_op, op)

    # -- parameters

    def _params(self, document: Mapping[str, Any], op: _Operation) -> dict[tuple[str, str], Any]:
        merged: dict[tuple[str, str], Any] = {}
        for raw in [*(op.path_item.get("parameters") or []), *(op.node.get("parameters") or [])]:
            param, _ = _deref(document, raw)
            if isinstance(param, Mapping) and "name" in param and "in" in param:
                name = str(param["name"])
                location = str(param["in"])
                merged[(location, name.lower() if location == "header" else name)] = param
        return merged

    def _parameters(self, old_op: _Operation, op: _Operation) -> None:
        old_params, new_params = self._params(self.old, old_op), self._params(self.new, op)
        old_paths = [key for key in old_params if key[0] == "path"]
        new_paths = [key for key in new_params if key[0] == "path"]
        # A path template's parameters pair by position: /models/{id} -> /models/{model_id}.
        renamed_path = {
            o: n for o, n in zip(old_paths, new_paths) if o != n and n not in old_params
        }
        moved: set[tuple[str, str]] = set()
        for key, old_param in old_params.items():
            location, name = key
            where = f"parameter {location} {old_param['name']}"
            if key in new_params:
                self._parameter(op, where, old_param, new_params[key])
                continue
            if key in renamed_path:
                new_key = renamed_path[key]
                moved.add(new_key)
                self._add(
                    op,
                    True,
                    "parameter-renamed",
                    where,
                    "",
                    f"path parameter renamed to {new_params[new_key]['name']!r}: its keyword changes",
                )
                self._parameter(op, where, old_param, new_params[new_key])
                continue
            elsewhere = [k for k in new_params if k[1] == name and k not in old_params]
            if elsewhere:
                moved.add(elsewhere[0])
                self._add(
                    op,
                    True,
                    "parameter-location-changed",
                    where,
                    "",
                    f"parameter moved from {location} to {elsewhere[0][0]}",
                )
                self._parameter(op, where, old_param, new_params[elsewhere[0]])
                continue
            self._add(op, True, "parameter-removed", where, "", "parameter removed")
        for key, param in new_params.items():
            if key in old_params or key in moved:
                continue
            where = f"parameter {key[0]} {param['name']}"
            if param.get("required"):
                self._add(op, True, "required-parameter-added", where, "", "new required parameter")
            else:
                self._add(op, False, "parameter-added", where, "", "new optional parameter")

    def _parameter(self, op: _Operation, where: str, old: Any, new: Any) -> None:
        if new.get("required") and not old.get("required"):
            self._add(op, True, "parameter-became-required", where, "", "parameter is now required")
        if old.get("in") == new.get("in") == "path":
            self._sdk_name(op, where, old, new)
        self._schema(op, where, "", old.get("schema"), new.get("schema"), request=True, seen=())

    def _sdk_name(self, op: _Operation, where: str, old: Any, new: Any) -> None:
        # `x-sdk-name` names a path parameter's argument in the generated methods (the only
        # place the templates read it), which may then be given by keyword: a caller may use it.
        old_name, new_name = old.get("x-sdk-name"), new.get("x-sdk-name")
        if old_name == new_name:
            return
        if isinstance(old_name, str) and isinstance(new_name, str):
            self._add(
                op,
                True,
                "sdk-name-renamed",
                where,
                "",
                f"x-sdk-name changed from {old_name!r} to {new_name!r}: the method's argument is renamed",
            )
        elif isinstance(old_name, str):
            self._add(
                op,
                True,
                "sdk-name-removed",
                where,
                "",
                f"x-sdk-name {old_name!r} removed: the method's argument takes the spec's name "
                f"{new['name']!r}, by position only",
            )
        elif isinstance(new_name, str):
            self._add(
                op,
                False,
                "sdk-name-added",
                where,
                "",
                f"x-sdk-name {new_name!r} added: the method's argument was positional-only, "
                "so no caller named it",
            )

    # -- request body

    def _request_body(self, old_op: _Operation, op: _Operation) -> None:
        old_body, _ = _deref(self.old, old_op.node.get("requestBody"))
        new_body, _ = _deref(self.new, op.node.get("requestBody"))
        where = "request body"
        if not isinstance(new_body, Mapping):
            if isinstance(old_body, Mapping):
                self._add(op, True, "request-body-removed", where, "", "request body removed")
            return
        if not isinstance(old_body, Mapping):
            if new_body.get("required"):
                self._add(
                    op, True, "required-request-body-added", where, "", "new required request body"
                )
            else:
                self._add(op, False, "request-body-added", where, "", "new optional request body")
            return
        if new_body.get("required") and not old_body.get("required"):
            self._add(
                op, True, "request-body-became-required", where, "", "request body is now required"
            )
        self._content(op, where, old_body, new_body, request=True)

    def _content(
        self,
        op: _Operation,
        where: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        request: bool,
    ) -> None:
        old_content = old.get("content") or {}
        new_content = new.get("content") or {}
        for media, old_media in old_content.items():
            if media not in new_content:
                self._add(
                    op,
                    True,
                    "media-type-removed",
                    f"{where} {media}",
                    "",
                    f"content type {media} no longer "
                    + ("accepted" if request else "returned: a client reading it breaks"),
                )
                continue
            self._schema(
                op,
                f"{where} {media}",
                "",
                (old_media or {}).get("schema"),
                (new_content[media] or {}).get("schema"),
                request=request,
                seen=(),
            )
        for media in new_content:
            if media not in old_content:
                self._add(
                    op, False, "media-type-added", f"{where} {media}", "", "content type added"
                )

    # -- responses

    def _responses(self, old_op: _Operation, op: _Operation) -> None:
        old_responses = {str(k): v for k, v in (old_op.node.get("responses") or {}).items()}
        new_responses = {str(k): v for k, v in (op.node.get("responses") or {}).items()}
        for status, raw_old in old_responses.items():
            where = f"response {status}"
            if status not in new_responses:
                covered = f"{status[0]}XX" in new_responses or "default" in new_responses
                if not covered:
                    self._add(
                        op,
                        True,
                        "response-status-removed",
                        where,
                        "",
                        f"status {status} no longer documented",
                    )
                continue
            old_response, _ = _deref(self.old, raw_old)
            new_response, _ = _deref(self.new, new_responses[status])
            if not isinstance(old_response, Mapping) or not isinstance(new_response, Mapping):
                continue
            new_headers = {str(k).lower() for k in (new_response.get("headers") or {})}
            for header in old_response.get("headers") or {}:
                if str(header).lower() not in new_headers:
                    self._add(
                        op,
                        True,
                        "response-header-removed",
                        f"{where} header {header}",
                        "",
                        "response header removed",
                    )
            self._content(op, where, old_response, new_response, request=False)
        for status in new_responses:
            if status not in old_responses:
                self._add(
                    op,
                    False,
                    "response-status-added",
                    f"response {status}",
                    "",
                    f"status {status} documented",
                )

    # -- schemas

    def _schema(
        self,
        op: _Operation,
        where: str,
        pointer: str,
        old_schema: Any,
        new_schema: Any,
        *,
        request: bool,
        seen: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...],
        null_checked: bool = False,
    ) -> None:
        if old_schema is None or new_schema is None:
            return
        old, new = _view(self.old, old_schema), _view(self.new, new_schema)
        if (old.refs or new.refs) and (old.refs, new.refs) in seen:
            return  # a recursive schema: this pair is being compared further up
        seen = (*seen, (old.refs, new.refs))

        def add(breaking: bool, rule: str, message: str) -> None:
            self._add(op, breaking, rule, where, pointer, message)

        # null (a union member's is the union's: checked once, for the whole union)
        if request and old.nullable and not new.nullable and not null_checked:
            add(True, "nullable-removed", "null no longer accepted")
        if not request and new.nullable and not old.nullable and not null_checked:
            add(True, "nullable-added", "may now be null")

        # unions
        if old.variants or new.variants:
            self._variants(op, where, pointer, old, new, old_schema, new_schema, request, seen)
            return

        # type
        if request and not _covers(new.types, old.types):
            add(
                True,
                "type-narrowed",
                f"type narrowed from {_type_text(old.types)} to {_type_text(new.types)}",
            )
            return
        if not request and not _covers(old.types, new.types):
            add(
                True,
                "type-changed",
                f"type changed from {_type_text(old.types)} to {_type_text(new.types)}",
            )
            return

        self._format(add, old, new, request)
        self._enum(add, old, new, request)
        if request:
            self._bounds(add, old, new)
        if old.is_object and new.is_object:
            self._properties(op, where, pointer, old, new, request, seen)
        if old.is_array and new.is_array:
            self._schema(
                op,
                where,
                f"{pointer}/[]",
                old.keywords.get("items"),
                new.keywords.get("items"),
                request=request,
                seen=seen,
            )

    def _variants(
        self,
        op: _Operation,
        where: str,
        pointer: str,
        old: _View,
        new: _View,
        old_schema: Any,
        new_schema: Any,
        request: bool,
        seen: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...],
    ) -> None:
        # A plain schema on one side is a union of one member.
        old_members = old.variants or [old_schema]
        new_members = new.variants or [new_schema]
        old_keyed = {_variant_key(self.old, m): m for m in old_members}
        new_keyed = {_variant_key(self.new, m): m for m in new_members}
        for key, member in old_keyed.items():
            if key in new_keyed:
                self._schema(
                    op,
                    where,
                    f"{pointer}/anyOf:{key}",
                    member,
                    new_keyed[key],
                    request=request,
                    seen=seen,
                    null_checked=True,
                )
            elif request:
                self._add(
                    op,
                    True,
                    "union-member-removed",
                    where,
                    pointer,
                    f"{key} no longer accepted (union member removed)",
                )
        for key in new_keyed:
            if key in old_keyed:
                continue
            if request:
                self._add(
                    op, False, "union-member-added", where, pointer, f"{key} now accepted too"
                )
            else:
                self._add(
                    op,
                    True,
                    "union-member-added",
                    where,
                    pointer,
                    f"may now be {key} (union member added)",
                )

    @staticmethod
    def _format(add: _Add, old: _View, new: _View, request: bool) -> None:
        before, after = old.keywords.get("format"), new.keywords.get("format")
        if before == after:
            return
        if before is not None and after is not None:
            add(True, "format-changed", f"format changed from {before} to {after}")
        elif request and after is not None:
            add(True, "format-added", f"format {after} now required")
        elif not request and before is not None:
            add(True, "format-removed", f"no longer guaranteed to be {before}")

    @staticmethod
    def _enum(add: _Add, old: _View, new: _View, request: bool) -> None:
        if old.enum == new.enum:
            return
        if new.enum is None:
            if not request:
                add(False, "enum-removed", "any value now (the SDKs keep unknown values)")
            return
        if old.enum is None:
            if request:
                add(True, "enum-added", f"restricted to {_values(new.enum)}")
            return
        removed, added = old.enum - new.enum, new.enum - old.enum
        if removed and request:
            add(True, "enum-value-removed", f"enum values no longer accepted: {_values(removed)}")
        if added:
            note = " (the SDKs keep unknown values)" if not request else ""
            add(False, "enum-value-added", f"enum values added: {_values(added)}{note}")

    @staticmethod
    def _bounds(add: _Add, old: _View, new: _View) -> None:
        for keyword in _UPPER_BOUNDS + _LOWER_BOUNDS:
            before, after = old.keywords.get(keyword), new.keywords.get(keyword)
            if after is None or isinstance(after, bool) or before == after:
                continue
            upper = keyword in _UPPER_BOUNDS
            if (
                before is None
                or isinstance(before, bool)
                or (after < before if upper else after > before)
            ):
                was = "unset" if before is None else str(before)
                add(True, "bound-tightened", f"{keyword} tightened from {was} to {after}")
        before, after = old.keywords.get("pattern"), new.keywords.get("pattern")
        if after is not None and before != after:
            add(True, "pattern-changed", f"must now match {after!r}")

    def _properties(
        self,
        op: _Operation,
        where: str,
        pointer: str,
        old: _View,
        new: _View,
        request: bool,
        seen: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...],
    ) -> None:
        old_props: Mapping[str, Any] = old.keywords.get("properties") or {}
        new_props: Mapping[str, Any] = new.keywords.get("properties") or {}
        old_required = set(old.keywords.get("required") or [])
        new_required = set(new.keywords.get("required") or [])
        side = "request" if request else "response"
        for name, old_prop in old_props.items():
            here = f"{pointer}/{_escape(name)}"
            if name not in new_props:
                self._add(op, True, f"{side}-field-removed", where, here, "field removed")
                continue
            if request and name in new_required and name not in old_required:
                self._add(
                    op, True, "request-field-became-required", where, here, "field is now required"
                )
            if not request and name in old_required and name not in new_required:
                self._add(
                    op,
                    True,
                    "response-field-became-optional",
                    where,
                    here,
                    "field no longer always present",
                )
            self._schema(op, where, here, old_prop, new_props[name], request=request, seen=seen)
        for name in new_props:
            if name in old_props:
                continue
            here = f"{pointer}/{_escape(name)}"
            if request and name in new_required:
                self._add(
                    op, True, "required-request-field-added", where, here, "new required field"
                )
            else:
                self._add(
                    op,
                    False,
                    f"{side}-field-added",
                    where,
                    here,
                    "new optional field" if request else "new field",
                )
        old_extra = old.keywords.get("additionalProperties", True)
        new_extra = new.keywords.get("additionalProperties", True)
        if request and old_extra is not False and new_extra is False:
            self._add(
                op,
                True,
                "additional-properties-closed",
                where,
                pointer,
                "fields beyond the listed ones no longer accepted",
            )
        if isinstance(old_extra, Mapping) and isinstance(new_extra, Mapping):
            self._schema(
                op, where, f"{pointer}/*", old_extra, new_extra, request=request, seen=seen
            )


def _values(values: frozenset[str]) -> str:
    return ", ".join(sorted(values))


def _path_shape(path: str) -> str:
    """``/v1/models/{model_id}`` -> ``/v1/models/{}``: path parameter names do not match routes."""
    shape, depth = [], 0
    for char in path:
        if char == "{":
            depth += 1
            if depth == 1:
                shape.append("{}")
        elif char == "}":
            depth = max(depth - 1, 0)
        elif depth == 0:
            shape.append(char)
    return "".join(shape)


# --------------------------------------------------------------------------- public API


def compare_documents(api: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new``, two self-contained (bundled) OpenAPI documents."""
    return _Comparer(api, old, new).run()


def compare_specs(
    old: Mapping[str, Optional[Mapping[str, Any]]], new: Mapping[str, Optional[Mapping[str, Any]]]
) -> list[Change]:
    """Compare each API's documents; an API absent from the base counts as all additions."""
    changes: list[Change] = []
    for api in sorted(set(old) | set(new)):
        before = old.get(api) or {"paths": {}}
        after = new.get(api) or {"paths": {}}
        changes += compare_documents(api, before, after)
    return changes


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)


def default_base(repo: Path) -> str:
    """The newest ``v*`` tag (version order), else ``main``, else ``HEAD``."""
    tags = _git(repo, "tag", "--list", "v*", "--sort=-version:refname")
    if tags.returncode == 0 and tags.stdout.split():
        return tags.stdout.split()[0].decode()
    if _git(repo, "rev-parse", "--verify", "--quiet", "main^{commit}").returncode == 0:
        return "main"
    return "HEAD"


def load_specs_at(rev: str, spec_dir: Path = SPEC_DIR) -> dict[str, Optional[dict[str, Any]]]:
    """Each API's bundled document as committed at ``rev`` (None where the API did not exist).

    The files are read with ``git show REV:<spec dir>/<file>`` into a temporary folder and
    bundled there, so nothing in the working tree changes.
    """
    spec_dir = spec_dir.resolve()
    top = _git(spec_dir, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise BreakingCheckError(f"{spec_dir} is not in a git repository")
    repo = Path(top.stdout.decode().strip())
    if _git(repo, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").returncode != 0:
        raise BreakingCheckError(f"unknown revision {rev!r}")
    relative = spec_dir.relative_to(repo.resolve()).as_posix()
    documents: dict[str, Optional[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="breaking-") as tmp:
        folder = Path(tmp)
        for name in [SHARED_FILE, *API_FILES.values()]:
            shown = _git(repo, "show", f"{rev}:{relative}/{name}")
            if shown.returncode == 0:
                (folder / name).write_bytes(shown.stdout)
        if not (folder / SHARED_FILE).exists():
            (folder / SHARED_FILE).write_text("{}\n", encoding="utf-8")
        for api, name in API_FILES.items():
            documents[api] = load_bundled_spec(api, folder) if (folder / name).exists() else None
    return documents


def load_specs(spec_dir: Path = SPEC_DIR) -> dict[str, Optional[dict[str, Any]]]:
    """Each API's bundled document from the working tree."""
    return {
        api: load_bundled_spec(api, spec_dir) if (spec_dir / name).exists() else None
        for api, name in API_FILES.items()
    }


def _by_operation(changes: list[Change]) -> Iterator[tuple[str, list[Change]]]:
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.operation, []).append(change)
    yield from groups.items()


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def render_report(changes: list[Change], apis: list[str], base: str) -> str:
    """The human-readable report: per API, the breaking changes, then the additions."""
    lines = [f"spec/ (working tree) compared with {base}", ""]
    for api in apis:
        mine = [c for c in changes if c.api == api]
        breaking = [c for c in mine if c.breaking]
        additions = [c for c in mine if not c.breaking]
        lines.append(
            f"{api}: {_plural(len(breaking), 'breaking change')}, "
            f"{_plural(len(additions), 'addition')}"
        )
        for title, group in (("Breaking", breaking), ("Additions (not breaking)", additions)):
            if not group:
                continue
            lines.append(f"  {title}:")
            for operation, items in _by_operation(group):
                lines.append(f"    {operation}")
                lines.extend(
                    f"      {item.location}: {item.message}"
                    if item.location
                    else f"      {item.message}"
                    for item in items
                )
        lines.append("")
    total = sum(c.breaking for c in changes)
    lines.append(
        f"{_plural(total, 'breaking change')} since {base}."
        if total
        else f"No breaking changes since {base}."
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """``python -m generator breaking [--base REV] [--json]``; 1 when something breaks."""
    parser = argparse.ArgumentParser(
        prog="python -m generator breaking",
        description="List the changes in spec/ that break clients of the base revision.",
    )
    parser.add_argument(
        "--base", help="git revision to compare with (default: newest v* tag, else main)"
    )
    parser.add_argument("--spec-dir", type=Path, default=SPEC_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")
    args = parser.parse_args(argv)
    spec_dir: Path = args.spec_dir
    try:
        base = args.base or default_base(spec_dir)
        changes = compare_specs(load_specs_at(base, spec_dir), load_specs(spec_dir))
    except (BreakingCheckError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"base": base, "changes": [asdict(c) for c in changes]}, indent=2))
    else:
        print(render_report(changes, sorted(API_FILES), base))
    return 1 if any(c.breaking for c in changes) else 0
