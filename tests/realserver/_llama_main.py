"""Child-process entry point that runs llama.cpp's server via ``xllamacpp``.

Started by :func:`tests.realserver._llama.start_llama_server` as
``python <this file>`` (no package import needed).  Configuration comes from
environment variables so the API key never appears on a command line:

``REALSERVER_MODEL_PATH``
    Path of the ``.gguf`` file to serve (required).
``REALSERVER_API_KEY``
    The single API key the server accepts (required).
``REALSERVER_READY_FILE``
    File to write ``{"root_url": "http://127.0.0.1:PORT", "pid": N}`` to once
    the server listens (required).  Written atomically (tmp file + rename).
``REALSERVER_MODEL_ALIAS``, ``REALSERVER_N_CTX``, ``REALSERVER_N_PARALLEL``,
``REALSERVER_N_PREDICT``, ``REALSERVER_THREADS``
    Optional tuning; see :func:`main` for the defaults.
``REALSERVER_POOLING``
    Optional: when set (``mean``, ``cls``, ``last``...), the server runs in
    embedding mode (``--embeddings --pooling <it>``) and serves
    ``/v1/embeddings``.  llama.cpp refuses OpenAI-style embeddings when the
    pooling is ``none``, which is what a Gemma 3 GGUF defaults to.

The server binds 127.0.0.1 on port 0, so the kernel picks a free port and
there is no race with other processes.  The process then sleeps until it is
signalled or its parent process goes away, so an orphaned server never
outlives a killed pytest run.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import sys
import time
from types import FrameType


def _env_int(name: str, default: int) -> int:
    """Return the integer value of environment variable ``name`` or ``default``."""
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


def _write_ready_file(path: str, payload: dict[str, object]) -> None:
    """Atomically write ``payload`` as JSON to ``path``."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(payload, fh)
    os.replace(tmp, path)


def main() -> int:
    """Start the embedded llama.cpp HTTP server and block until told to stop."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    model_path = os.environ["REALSERVER_MODEL_PATH"]
    api_key = os.environ["REALSERVER_API_KEY"]
    ready_file = os.environ["REALSERVER_READY_FILE"]
    parent_pid = os.getppid()

    stopping = False

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)

    # Imported late (it loads a ~100 MB native library); untyped, hence Any.
    xlc = importlib.import_module("xllamacpp")

    params = xlc.CommonParams()
    params.model.path = model_path
    params.model_alias = {os.environ.get("REALSERVER_MODEL_ALIAS", "gemma-3-270m")}
    params.hostnames = ["127.0.0.1"]
    params.port = 0  # kernel picks a free port; read back via listening_address
    params.api_keys = [api_key]
    params.offline = True
    params.n_ctx = _env_int("REALSERVER_N_CTX", 2048)  # shared by all slots
    params.n_parallel = _env_int("REALSERVER_N_PARALLEL", 2)
    # Default length when a request has no max_tokens (it is not a cap):
    # without it a base model rambles until its context slot is full.
    params.n_predict = _env_int("REALSERVER_N_PREDICT", 128)
    threads = _env_int("REALSERVER_THREADS", min(2, os.cpu_count() or 1))
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.sampling.seed = 42
    pooling = os.environ.get("REALSERVER_POOLING", "").strip()
    if pooling:
        params.embedding = True
        params.pooling_type = getattr(
            xlc.llama_pooling_type, "LLAMA_POOLING_TYPE_" + pooling.upper()
        )

    # Blocks until the model is loaded and the HTTP listener is up.
    server = xlc.Server(params)
    root_url = str(server.listening_address).rstrip("/")
    _write_ready_file(ready_file, {"root_url": root_url, "pid": os.getpid()})
    print(f"realserver: listening on {root_url}", file=sys.stderr, flush=True)

    while not stopping and os.getppid() == parent_pid:
        time.sleep(0.5)
    # Keep a reference until here so the server is not collected early.
    del server
    # Skip interpreter teardown of the native server: exit promptly.
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
