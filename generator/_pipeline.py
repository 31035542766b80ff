"""Render the specs into packages, and compare a fresh rendering with ``generated/``."""

from __future__ import annotations

import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate

from ._bundle import API_FILES, SPEC_DIR, load_bundled_spec

__all__ = [
    "PACKAGES",
    "ROOT",
    "GeneratorError",
    "check",
    "format_tree",
    "generate",
    "golden",
    "render",
    "render_golden",
    "render_package",
]

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {"zaguan": "zaguan_api", "meganova": "meganova_api"}
#: Where each generated package imports the runtime from: the SDK package that mounts it (as
#: ``<sdk>.generated``, a link in overlays/) carries its own copy (``<sdk>._runtime``).
RUNTIME_MODULES = {"zaguan": "zaguan._runtime", "meganova": "meganova._runtime"}
HEADER = "# Generated from spec/ by `make generate` (datamodel-code-generator): do not edit."
# The parameter TypedDicts use NotRequired and TypeAlias, which typing lacks before 3.11/3.10.
_IMPORT_OVERRIDES = {"NotRequired": "typing_extensions", "TypeAlias": "typing_extensions"}


class GeneratorError(Exception):
    """A spec is invalid or a generator step failed; the message says which and why."""


def _run(args: list[str], cwd: Path, extra_env: dict[str, str] | None = None) -> str:
    # ROOT on the path so that `-m generator._opc` resolves from the temporary folder too.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        **(extra_env or {}),
    }
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise GeneratorError(f"{' '.join(args[:4])} ... failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def _bundle(api: str, spec_dir: Path) -> dict[str, Any]:
    document = load_bundled_spec(api, spec_dir)
    try:
        validate(document)
    except Exception as exc:  # the validator raises several unrelated types
        raise GeneratorError(f"spec/{API_FILES[api]} is not valid OpenAPI 3.1: {exc}") from exc
    return document


def _schema_closure(document: dict[str, Any], roots: list[str]) -> dict[str, Any]:
    """The component schemas reachable from ``roots``, in the document's order."""
    schemas = document["components"]["schemas"]
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        pending.extend(_refs(schemas[name]))
    return {name: schema for name, schema in schemas.items() if name in seen}


def _refs(node: Any) -> list[str]:
    prefix = "#/components/schemas/"
    if isinstance(node, dict):
        found = (
            [node["$ref"][len(prefix) :]] if str(node.get("$ref", "")).startswith(prefix) else []
        )
        for value in node.values():
            found.extend(_refs(value))
        return found
    if isinstance(node, list):
        return [ref for item in node for ref in _refs(item)]
    return []


_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def _request_body_schemas(document: dict[str, Any]) -> list[str]:
    roots = []
    for path_item in document.get("paths", {}).values():
        # A path item holds its operations and also `parameters`, `servers`, `summary`...
        for method, operation in path_item.items():
            if method not in _HTTP_METHODS or not isinstance(operation, dict):
                continue
            content = operation.get("requestBody", {}).get("content", {})
            ref = content.get("application/json", {}).get("schema", {}).get("$ref", "")
            if ref:
                roots.append(ref.rsplit("/", 1)[-1])
    return roots


def _render_params(document: dict[str, Any], workdir: Path, target: Path) -> None:
    """Write ``params.py``: TypedDicts of the request bodies, like openai-python's ``*Param``."""
    subset = {
        "openapi": document["openapi"],
        "info": document["info"],
        "paths": {},
        "components": {"schemas": _schema_closure(document, _request_body_schemas(document))},
    }
    source = workdir / "params-source.json"
    source.write_text(json.dumps(subset, indent=2), encoding="utf-8")
    _run(
        [
            sys.executable, "-m", "datamodel_code_generator",
            "--input", str(source), "--input-file-type", "openapi",
            "--output-model-type", "typing.TypedDict", "--target-python-version", "3.10",
            "--enum-field-as-literal", "all", "--class-name-suffix", "Param",
            "--use-schema-description", "--use-field-description", "--disable-timestamp",
            # Type aliases are evaluated at import: Python 3.9 has no `X | Y` at run time.
            "--no-use-union-operator",
            "--import-overrides", json.dumps(_IMPORT_OVERRIDES),
            "--custom-file-header", HEADER + '\n"""Request-body types: TypedDicts an editor completes and a type checker checks."""',
            "--no-formatters", "--output", str(target),
        ],
        cwd=workdir,
    )  # fmt: skip


def render_package(
    document: dict[str, Any], config: Path, target: Path, workdir: Path, runtime_module: str
) -> None:
    """Render one bundled OpenAPI document into the package folder ``target`` (unformatted),
    importing the runtime from ``runtime_module``."""
    bundled = workdir / f"{target.name}.bundled.json"
    bundled.write_text(json.dumps(document, indent=2), encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    output = _run(
        [
            sys.executable, "-m", "generator._opc", "generate",
            "--path", str(bundled),
            "--config", str(config),
            "--custom-template-path", str(ROOT / "templates"),
            "--meta", "none", "--output-path", str(target), "--overwrite",
        ],
        cwd=workdir,
        extra_env={"SDK_RUNTIME_MODULE": runtime_module},
    )  # fmt: skip
    mark_generated(target)
    for line in output.splitlines():
        if line.startswith("renamed "):  # what generator/_names.py changed, for the maintainer
            print(f"{target.name}: {line}")
    _render_params(document, workdir, target / "params.py")
    (target / "py.typed").write_text("", encoding="utf-8")


OPC_HEADER = "# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit."


def mark_generated(output: Path) -> list[str]:
    """Add the "generated, do not edit" line to every Python file a stock template wrote (ours
    carry it already), so that no template is forked for that line alone; returns the files."""
    marked = []
    for path in sorted(output.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith("# Generated from spec/"):
            path.write_text(f"{OPC_HEADER}\n{text}", encoding="utf-8")
            marked.append(str(path.relative_to(output)))
    return marked


def format_tree(output: Path) -> None:
    """Apply the pinned ruff's fixes and formatting with the settings for generated code."""
    config = str(ROOT / "generator" / "ruff-generated.toml")
    ruff = [sys.executable, "-m", "ruff"]
    _run(
        [*ruff, "check", "--config", config, "--fix-only", "--exit-zero", "--quiet", str(output)],
        ROOT,
    )
    _run([*ruff, "format", "--config", config, "--quiet", str(output)], ROOT)


def render(output: Path, spec_dir: Path = SPEC_DIR) -> None:
    """Render every API of ``spec_dir`` into ``output/<package>``, replacing what was there."""
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sdkgen-") as tmp:
        workdir = Path(tmp)
        for api, package in PACKAGES.items():
            document = _bundle(api, spec_dir)
            config = ROOT / "generator" / "config" / f"{api}.yaml"
            render_package(document, config, output / package, workdir, RUNTIME_MODULES[api])
    format_tree(output)


GOLDEN_DIR = ROOT / "tests" / "pipeline"


def render_golden(output: Path) -> None:
    """Render the generator's golden record (tests/pipeline/golden_spec.yaml) into ``output``."""
    with (GOLDEN_DIR / "golden_spec.yaml").open(encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    validate(document)
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sdkgolden-") as tmp:
        # The golden package is not mounted in an SDK; it borrows Zaguan's runtime.
        render_package(
            document,
            GOLDEN_DIR / "golden_config.yaml",
            output / "golden_api",
            Path(tmp),
            RUNTIME_MODULES["zaguan"],
        )
    format_tree(output)


def golden() -> None:
    """Refresh the golden record after a deliberate change to templates/ or the generator."""
    render_golden(GOLDEN_DIR / "golden")


def generate() -> None:
    """Regenerate ``generated/`` from the specs."""
    render(ROOT / "generated")


def _files(folder: Path) -> set[str]:
    return {
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def check() -> list[str]:
    """Render into a temporary folder and return the differences with ``generated/`` (empty: none)."""
    committed = ROOT / "generated"
    with tempfile.TemporaryDirectory(prefix="sdkcheck-") as tmp:
        fresh = Path(tmp) / "generated"
        render(fresh)
        problems: list[str] = []
        old, new = _files(committed), _files(fresh)
        problems += [
            f"stale file, not generated any more: generated/{name}" for name in sorted(old - new)
        ]
        problems += [f"missing file: generated/{name}" for name in sorted(new - old)]
        for name in sorted(old & new):
            if not filecmp.cmp(committed / name, fresh / name, shallow=False):
                diff = difflib.unified_diff(
                    (committed / name).read_text(encoding="utf-8").splitlines(keepends=True),
                    (fresh / name).read_text(encoding="utf-8").splitlines(keepends=True),
                    f"generated/{name} (committed)",
                    f"generated/{name} (from spec)",
                )
                problems.append("".join(diff))
        return problems
