"""``make dist``: build each SDK's sdist and wheel into ``dist/``.

Each distribution installs one package (``meganova``, ``zaguan``) holding everything it needs.
In this repository the package's hand-written part is ``overlays/<sdk>``, and two links in it
mount the shared runtime (``_runtime`` -> ``overlays/_gateway_runtime``) and the generated code
(``generated`` -> ``generated/<sdk>_api``). The build stages a copy with the links resolved
(``build/stage/<distribution>/src/<sdk>``), adds the distribution's ``pyproject.toml`` and
``README.md`` from ``distributions/<distribution>/`` and its section of ``CHANGELOG.md``, and
runs the standard ``python -m build`` there: the sdist is then self-contained, and a wheel
built from it is the wheel built here.

Usage: ``python scripts/build_dists.py [--out dist] [distribution ...]``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: distribution name -> import package
DISTRIBUTIONS = {"meganova": "meganova", "zaguan-corex": "zaguan"}
_IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache")


def changelog_section(distribution: str, changelog: str) -> str:
    """The ``## <distribution>`` section of the repository's CHANGELOG, with its title."""
    match = re.search(
        rf"^## {re.escape(distribution)}\b.*?(?=^## |\Z)", changelog, flags=re.M | re.S
    )
    if match is None:
        raise SystemExit(f"CHANGELOG.md has no '## {distribution}' section")
    return f"# Changelog of {distribution}\n\n{match.group(0).strip()}\n"


def stage(distribution: str, stage_root: Path) -> Path:
    """A folder holding the distribution's project, links resolved; returns it."""
    package = DISTRIBUTIONS[distribution]
    target = stage_root / distribution
    shutil.rmtree(target, ignore_errors=True)
    # symlinks=False: the links to the runtime and the generated package become real copies.
    shutil.copytree(ROOT / "overlays" / package, target / "src" / package, ignore=_IGNORED)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / "distributions" / distribution / name, target / name)
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    (target / "CHANGELOG.md").write_text(
        changelog_section(distribution, changelog), encoding="utf-8"
    )
    return target


def build(distribution: str, out: Path, stage_root: Path) -> None:
    """The sdist and the wheel of ``distribution`` into ``out``."""
    project = stage(distribution, stage_root)
    # --no-isolation: the build backend is the pinned hatchling of this environment, so a
    # build needs no download and gives the same files each time.
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(project)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"building {distribution} failed:\n{done.stdout}\n{done.stderr}")


def main(argv: list[str] | None = None) -> None:
    """Build the distributions named (default: both)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("distributions", nargs="*", default=list(DISTRIBUTIONS))
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    for distribution in args.distributions:
        if distribution not in DISTRIBUTIONS:
            parser.error(f"unknown distribution {distribution!r}: {', '.join(DISTRIBUTIONS)}")
        build(distribution, args.out.resolve(), ROOT / "build" / "stage")
        print(f"{distribution}: built into {args.out}")


if __name__ == "__main__":
    main()
