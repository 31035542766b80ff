"""openapi-python-client's command line with our two additions (``python -m generator._opc``).

1. Attribute names for generated code: the API's own names wherever Python allows them.

openapi-python-client renames every field that shadows a builtin (``object`` becomes
``object_``, ``type`` becomes ``type_``), which is not what a user of openai-python or pydantic
expects. We rename only what cannot work: Python keywords (``from`` becomes ``from_``), names
the generated class body itself needs in its annotations (``str``, ``list``, ``Any``...), and
the names of the model's own mapping and serialisation methods (``keys``, ``items``,
``to_dict``...), which a field would hide. Each rename made is printed.

2. The templates can read what openapi-python-client's parsed endpoints drop: an operation's
``x-sdk-*`` extensions, the schema name of its JSON request body, and per parameter its
``x-sdk-name`` and ``x-sdk-secret``, its schema's bounds (``minimum``, ``maxLength``...) and
``pattern``, through the Jinja global ``sdk_operation(path, method)`` (see ``templates/endpoint_init.py.jinja``; the
filter ``lookup_key`` gives a parameter's name as the plain string to look up, and
``python_literal`` writes a bound as a Python literal).

3. The Jinja global ``runtime_module``: where the generated package imports the runtime from
(``zaguan._runtime``), given by the generator in ``SDK_RUNTIME_MODULE``. Each SDK carries the
runtime inside its own package, so the generated code cannot name one place for both.
"""

from __future__ import annotations

import atexit
import json
import keyword
import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["BOUNDS", "RESERVED", "fix_reserved_words", "main", "operation_info"]

#: Names a generated field may not take, besides keywords.
RESERVED = frozenset(
    {
        # openapi-python-client's own template code uses these as names
        "self",
        "true",
        "false",
        "datetime",
        # what annotations in a model's class body refer to
        "str",
        "int",
        "float",
        "bool",
        "list",
        "dict",
        "date",
        "Any",
        "Mapping",
        "Sequence",
        "ClassVar",
        "FieldTable",
        "Path",
        # the model's own methods and attributes (types.Model)
        "keys",
        "items",
        "values",
        "get",
        "to_dict",
        "to_json",
        "from_dict",
        "from_json",
        "additional_properties",
        "additional_keys",
        "model_dump",
        "model_dump_json",
        "model_validate",
        "model_validate_json",
        "model_copy",
    }
)

#: The schema keywords of a parameter that the generated code checks before sending, and the
#: name of each as a keyword argument of ``types.check_bounds``. (``pattern`` is one too, but
#: its value is compiled once per module: the template writes that argument itself.)
BOUNDS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minItems": "min_items",
    "maxItems": "max_items",
}

_renamed: dict[str, str] = {}


def fix_reserved_words(value: str) -> str:
    """``value`` with a trailing underscore if it is a keyword or reserved above."""
    if keyword.iskeyword(value) or value in RESERVED:
        _renamed[value] = f"{value}_"
        return f"{value}_"
    return value


def _report() -> None:
    for old, new in sorted(_renamed.items()):
        why = "a Python keyword" if keyword.iskeyword(old) else "a name the generated code uses"
        print(f"renamed {old!r} to {new!r}: {why}")


def _resolve(document: dict[str, Any], node: Any) -> Any:
    # A local reference, followed (a parameter's `$ref` to components, a schema's to a schema).
    for _ in range(32):  # a cycle of references is the validator's to report, not a hang here
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node
        node = document
        for part in ref[2:].split("/"):
            node = node.get(part.replace("~1", "/").replace("~0", "~"), {})
    return node


def _parameters(document: dict[str, Any], path_item: Any, operation: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for parameter in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = _resolve(document, parameter)
        schema = _resolve(document, parameter.get("schema", {}))
        # Keyed by location and name: a header and a query parameter may share a name.
        found[f"{parameter.get('in')}:{parameter.get('name')}"] = {
            "sdk_name": parameter.get("x-sdk-name"),
            # (OpenAPI 3.0's boolean exclusiveMinimum is no bound of its own: left out.)
            "bounds": {
                BOUNDS[key]: value
                for key, value in schema.items()
                if key in BOUNDS and not isinstance(value, bool)
            },
            "pattern": schema.get("pattern") if isinstance(schema.get("pattern"), str) else None,
            "secret": parameter.get("x-sdk-secret") is True,
        }
    return found


def operation_info(document: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    """An operation's ``x-sdk-*`` extensions, ``body_schema`` (its JSON body's schema name),
    ``multipart_schema`` (its multipart body's) and ``parameters``: for each parameter, by
    ``"<in>:<name>"`` (``"query:limit"``), its ``sdk_name`` (``x-sdk-name``, or None), the
    ``bounds`` of its schema (``{"minimum": 1}``, by ``check_bounds``'s keyword names), its
    schema's ``pattern`` (or None) and ``secret`` (``x-sdk-secret: true``); ``no_credentials``
    is true for an operation of another host (its own ``servers``) whose ``security`` is ``[]``:
    the client's API key, meant for the API's host, must not go there."""
    path_item = document.get("paths", {}).get(path, {})
    operation = path_item.get(method, {})
    info = {key: value for key, value in operation.items() if key.startswith("x-sdk-")}
    info["parameters"] = _parameters(document, path_item, operation)
    # An operation of the API's own host that asks for no credential (a health check) may
    # still get the key, as every SDK sends it; another host must not.
    other_host = bool(operation.get("servers") or path_item.get("servers"))
    info["no_credentials"] = other_host and operation.get("security") == []
    content = operation.get("requestBody", {}).get("content", {})
    ref = content.get("application/json", {}).get("schema", {}).get("$ref", "")
    info["body_schema"] = ref.rsplit("/", 1)[-1] if ref else None
    ref = content.get("multipart/form-data", {}).get("schema", {}).get("$ref", "")
    info["multipart_schema"] = ref.rsplit("/", 1)[-1] if ref else None
    return info


def _plain(value: Any) -> str:
    # openapi-python-client wraps the document's strings (UntrustedString) so that templates
    # cannot paste them into code by accident; a lookup key is no such risk.
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if callable(getter) else value)


def main(argv: list[str]) -> None:
    """openapi-python-client's command line, with our renaming rule and ``sdk_operation``."""
    import openapi_python_client
    from openapi_python_client import strings
    from openapi_python_client.cli import app

    document: dict[str, Any] = {}
    if "--path" in argv:
        document = json.loads(Path(argv[argv.index("--path") + 1]).read_text(encoding="utf-8"))
    project_init = openapi_python_client.Project.__init__

    def init_with_globals(self: Any, *args: Any, **kwargs: Any) -> None:
        project_init(self, *args, **kwargs)
        self.env.globals["sdk_operation"] = lambda path, method: operation_info(
            document, _plain(path), _plain(method)
        )
        self.env.globals["runtime_module"] = os.environ["SDK_RUNTIME_MODULE"]
        # A parameter's spec name as a plain string, to look it up in `sdk_operation(...)` or
        # compare it (never to paste into code: `in_double_quote_literal` is for that).
        self.env.filters["lookup_key"] = _plain
        # The bounds are the document's own JSON numbers and strings: repr is their literal.
        self.env.filters["python_literal"] = repr

    openapi_python_client.Project.__init__ = init_with_globals  # type: ignore[method-assign]
    strings.fix_reserved_words = fix_reserved_words
    atexit.register(_report)
    sys.argv = ["openapi-python-client", *argv]
    app()


if __name__ == "__main__":
    main(sys.argv[1:])
