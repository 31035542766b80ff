#!/usr/bin/env bash
# Run the tests of the SDK runtime on each Python version given, each in its own venv under
# .venvs/. Tests that need the generator toolchain or Python >= 3.10 packages skip themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
status=0
for version in "$@"; do
  interpreter=$(ls -d "$root"/versions/"$version".*/bin/python 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$interpreter" ] || interpreter=$(command -v "python$version" || true)
  if [ -z "$interpreter" ]; then
    echo "!! Python $version not found: its tests did not run" >&2
    status=1
    continue
  fi
  venv=".venvs/py$version"
  if [ ! -f "$venv/.installed" ] || [ pyproject.toml -nt "$venv/.installed" ]; then
    "$interpreter" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet -e '.[test,server]'
    touch "$venv/.installed"
  fi
  echo "== Python $version ($("$venv/bin/python" -c 'import sys; print(sys.version.split()[0])'))"
  "$venv/bin/python" -m pytest -q tests || status=1
done
exit $status
