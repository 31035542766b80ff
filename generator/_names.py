"""Attribute names for generated code: the API's own names wherever Python allows them.

openapi-python-client renames every field that shadows a builtin (``object`` becomes
``object_``, ``type`` becomes ``type_``), which is not what a user of openai-python or pydantic
expects. We rename only what cannot work: Python keywords (``from`` becomes ``from_``), names
the generated class body itself needs in its annotations (``str``, ``list``, ``Any``...), and
the names of the model's own mapping and serialisation methods (``keys``, ``items``,
``to_dict``...), which a field would hide. Run as ``python -m generator._names <args>`` it is
openapi-python-client's command line with that rule, and it prints each rename it made.
"""

from __future__ import annotations

import atexit
import keyword
import sys

__all__ = ["RESERVED", "fix_reserved_words", "main"]

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


def main(argv: list[str]) -> None:
    """openapi-python-client's command line, with our renaming rule."""
    from openapi_python_client import strings
    from openapi_python_client.cli import app

    strings.fix_reserved_words = fix_reserved_words
    atexit.register(_report)
    sys.argv = ["openapi-python-client", *argv]
    app()


if __name__ == "__main__":
    main(sys.argv[1:])
