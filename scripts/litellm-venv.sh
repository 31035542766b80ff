#!/usr/bin/env bash
# Create .venvs/litellm with the LiteLLM proxy pinned in scripts/litellm/ (about 750 MB), the
# real Anthropic-style /v1/messages server of tests/realserver. Idempotent: does nothing while
# the stamp file is newer than both pin files. Usage: scripts/litellm-venv.sh [PYTHON]
# (default: the newest pyenv 3.11, else python3.11). Its own venv, never the SDK's .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venvs/litellm
stamp="$venv/.installed"
pins=(scripts/litellm/requirements.txt scripts/litellm/constraints.txt)
if [ -f "$stamp" ] && [ "$stamp" -nt "${pins[0]}" ] && [ "$stamp" -nt "${pins[1]}" ]; then
  exit 0
fi
python=${1:-}
if [ -z "$python" ] && ! python=$(scripts/venv.sh --find 3.11); then
  echo "!! Python 3.11 not found: cannot create $venv" >&2
  exit 1
fi
echo "== LiteLLM proxy venv: $venv ($("$python" -c 'import sys; print(sys.version.split()[0])'))"
start=$(date +%s)
rm -rf "$venv"  # from scratch: the proxy's pins change together
scripts/venv.sh "$python" "$venv" -r scripts/litellm/requirements.txt
LITELLM_LOCAL_MODEL_COST_MAP=True "$venv/bin/litellm" --version >/dev/null 2>&1 || {
  rm -f "$stamp"
  echo "!! $venv/bin/litellm does not run" >&2
  exit 1
}
echo "== LiteLLM proxy installed in $(($(date +%s) - start)) s ($(du -sh "$venv" | cut -f1))"
