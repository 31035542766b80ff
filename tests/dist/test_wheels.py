"""Each distribution's wheel, installed alone into a clean virtual environment on Python 3.9 and
3.13, holds one package and runs its SDK's examples against the local gateway (run from this
repository's environment, as a test tool).

Slow for a unit test (a build, four environments, installs from the package index or pip's
cache: about a minute), and the only test of what users install.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import zipfile
from email.parser import Parser
from pathlib import Path
from typing import Any, Dict, Iterator, List, Set

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from local_gateway import MEGANOVA_STUDIO_PREFIX, Gateway, start_gateway

ROOT = Path(__file__).resolve().parents[2]


def _load_build_dists() -> Any:
    # scripts/ is not a package: load `make dist`'s script by its path.
    spec = importlib.util.spec_from_file_location(
        "build_dists", ROOT / "scripts" / "build_dists.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_dists = _load_build_dists()

pytest.importorskip("build", reason="`make install` installs the build front end")

#: distribution -> (import package, the other SDK's package, its examples)
SDKS = {
    "meganova": ("meganova", "zaguan", ["examples/meganova_tour.py"]),
    "zaguan-corex": (
        "zaguan",
        "meganova",
        ["examples/zaguan_tour.py", "examples/zaguan_messages.py"],
    ),
}
RUNTIME_REQUIREMENTS = {"httpx", "attrs", "python-dateutil", "typing-extensions"}
PYTHONS = ("3.9", "3.13")


def _interpreter(version: str) -> Path:
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = sorted(root.glob(f"{version}.*/bin/python"))
    if not found:
        pytest.skip(f"no Python {version} under {root}")
    return found[-1]


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    build_dists.main(["--out", str(out)])
    return {
        distribution: next(out.glob(f"{distribution.replace('-', '_')}-*.whl"))
        for distribution in SDKS
    }


@pytest.fixture(scope="module")
def gateway() -> Iterator[Gateway]:
    with start_gateway() as running:
        yield running


@pytest.mark.parametrize("distribution", list(SDKS))
def test_a_wheel_holds_its_sdk_package_alone(distribution: str, wheels: Dict[str, Path]) -> None:
    package = SDKS[distribution][0]
    with zipfile.ZipFile(wheels[distribution]) as wheel:
        names = wheel.namelist()
    tops = {name.split("/")[0] for name in names}
    assert {top for top in tops if not top.endswith(".dist-info")} == {package}
    # The runtime and the generated code travel inside the package, as real files.
    assert f"{package}/_runtime/_transport.py" in names
    assert f"{package}/generated/api/__init__.py" in names
    assert f"{package}/py.typed" in names


@pytest.mark.parametrize("distribution", list(SDKS))
def test_a_wheel_requires_only_the_runtime_dependencies(
    distribution: str, wheels: Dict[str, Path]
) -> None:
    with zipfile.ZipFile(wheels[distribution]) as wheel:
        metadata_name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(wheel.read(metadata_name).decode())
    assert metadata["Name"] == distribution
    by_extra: Dict[str, Set[str]] = {}
    for requirement in metadata.get_all("Requires-Dist") or []:
        name = re.split(r"[ ;<>=!~\[]", requirement, maxsplit=1)[0].lower()
        extra = re.search(r"""extra\s*==\s*['"]([^'"]+)['"]""", requirement)
        by_extra.setdefault(extra.group(1) if extra else "", set()).add(name)
    assert by_extra.pop("") == RUNTIME_REQUIREMENTS
    # What only some users need is an extra: telemetry, the batch's progress bar, Ray.
    assert by_extra == {"otel": {"opentelemetry-api"}, "progress": {"tqdm"}, "ray": {"ray"}}
    assert set(metadata.get_all("Provides-Extra") or []) == {"otel", "progress", "ray"}


def _requires(wheel_path: Path) -> Set[str]:
    with zipfile.ZipFile(wheel_path) as wheel:
        metadata_name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(wheel.read(metadata_name).decode())
    return {_normal(r) for r in metadata.get_all("Requires-Dist") or []}


def _normal(requirement: str) -> str:
    parsed = Requirement(requirement)
    parsed.name = canonicalize_name(parsed.name)
    return str(parsed)


def test_both_wheels_require_the_ranges_the_repository_is_tested_with(
    wheels: Dict[str, Path],
) -> None:
    # Three pyproject files name the runtime dependencies (the repository's, which the test
    # environments install, and one per distribution): the wheels must say what was tested.
    tomllib = pytest.importorskip("tomllib")
    with (ROOT / "pyproject.toml").open("rb") as file:
        tested = {_normal(r) for r in tomllib.load(file)["project"]["dependencies"]}
    meganova, zaguan = (_requires(wheels[name]) for name in SDKS)
    assert {r for r in meganova if "extra ==" not in r} == tested
    assert meganova == zaguan  # the extras too


def _install_alone(python: Path, wheel: Path, where: Path) -> Path:
    subprocess.run([str(python), "-m", "venv", str(where)], check=True)
    bin_python = where / "bin" / "python"
    subprocess.run(
        [
            str(bin_python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            str(wheel),
        ],
        check=True,
    )
    return bin_python


def _run(python: Path, args: List[str], env: Dict[str, str]) -> subprocess.CompletedProcess[str]:
    # -I: isolated mode, so neither this repository nor PYTHONPATH can lend a module.
    return subprocess.run(
        [str(python), "-I", *args], env=env, cwd="/", capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("version", PYTHONS)
@pytest.mark.parametrize("distribution", list(SDKS))
def test_a_wheel_installed_alone_runs_its_examples(
    distribution: str,
    version: str,
    wheels: Dict[str, Path],
    gateway: Gateway,
    tmp_path: Path,
) -> None:
    package, other, examples = SDKS[distribution]
    python = _install_alone(_interpreter(version), wheels[distribution], tmp_path / "venv")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "ZAGUAN_BASE_URL": gateway.zaguan_url + "/v1",
        "ZAGUAN_API_KEY": gateway.api_key,
        "MEGANOVA_BASE_URL": gateway.meganova_url,
        "MEGANOVA_API_KEY": gateway.api_key,
        "MEGANOVA_CLOUD_BASE_URL": gateway.zaguan_url + MEGANOVA_STUDIO_PREFIX,
    }
    probe = (
        "import importlib.util, json\n"
        f"names = ['{package}', '{other}', '_gateway_runtime', 'zaguan_api', 'meganova_api']\n"
        "print(json.dumps({n: importlib.util.find_spec(n) is not None for n in names}))\n"
    )
    found = json.loads(_run(python, ["-c", probe], env).stdout)
    assert found == {
        package: True,
        other: False,
        "_gateway_runtime": False,
        "zaguan_api": False,
        "meganova_api": False,
    }

    for example in examples:
        done = _run(python, [str(ROOT / example)], env)

        assert done.returncode == 0, (example, done.stderr[-3000:])
        assert "Traceback" not in done.stderr

    # The wheel's console script (`meganova` / `zaguan`, README "Command line") on the gateway.
    done = subprocess.run(
        [str(python.parent / package), "models", "--json"],
        env=env,
        cwd="/",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout)[0]["id"]
