#!/usr/bin/env bash
# Run the tests of the SDK runtime on each Python version given, each in its own venv under
# .venvs/. Tests that need the generator toolchain or Python >= 3.10 packages skip themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for version in "$@"; do
  if ! interpreter=$(scripts/venv.sh --find "$version"); then
    echo "!! Python $version not found: its tests did not run" >&2
    status=1
    continue
  fi
  venv=".venvs/py$version"
  if [ ! -f "$venv/.installed" ] || [ pyproject.toml -nt "$venv/.installed" ]; then
    scripts/venv.sh "$interpreter" "$venv" -e '.[test,server]'
  fi
  echo "== Python $version ($("$venv/bin/python" -c 'import sys; print(sys.version.split()[0])'))"
  "$venv/bin/python" -m pytest -q tests || status=1
done
exit $status
