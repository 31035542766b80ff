#!/usr/bin/env bash
# The one way this repository makes its virtual environments (.venv and every .venvs/*):
#
#   scripts/venv.sh [--keep-pip] PYTHON DIR PIP-INSTALL-ARGUMENTS...
#       creates DIR with PYTHON (or updates it in place: a changed pyproject.toml reinstalls
#       only what changed), upgrades pip unless --keep-pip (the demo's venv, where seconds
#       count), installs, and writes DIR/.installed last: the stamp make compares with what
#       the venv is made from, so a failed install is retried next time.
#   scripts/venv.sh --find VERSION
#       prints the newest interpreter of VERSION ("3.9"): pyenv's, else pythonVERSION on PATH;
#       exits 1 when there is none.
set -euo pipefail

find_python() {
  local root found
  root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
  found=$(ls -d "$root"/versions/"$1".*/bin/python 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$found" ] || found=$(command -v "python$1" || true)
  [ -n "$found" ] || return 1
  echo "$found"
}

if [ "${1:-}" = "--find" ]; then
  find_python "$2"
  exit
fi
upgrade_pip=1
if [ "${1:-}" = "--keep-pip" ]; then
  upgrade_pip=0
  shift
fi
python=$1 dir=$2
shift 2
"$python" -m venv "$dir"
if [ "$upgrade_pip" = 1 ]; then
  "$dir/bin/python" -m pip install --quiet --upgrade pip
fi
"$dir/bin/python" -m pip install --quiet "$@"
touch "$dir/.installed"
