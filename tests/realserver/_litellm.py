"""Start the LiteLLM proxy as a real Anthropic-style ``/v1/messages`` server for tests.

LiteLLM (PyPI ``litellm[proxy]``, pinned in ``scripts/litellm/``) is an independently written
gateway that serves Anthropic's Messages API, ``/v1/messages`` and
``/v1/messages/count_tokens``. It is about 750 MB with its own web stack, so it lives in a
virtual environment of its own, ``.venvs/litellm`` (``scripts/litellm-venv.sh``, run by
``make test-unit``), never in the SDK's. It is started as a child process from that venv's
``litellm`` command, on 127.0.0.1 and a free port, with a master key and a config whose models
answer with LiteLLM's ``mock_response``: no model, no network, no database.

Typical use (most tests take the session fixture ``litellm_server`` from ``conftest.py``)::

    from ._litellm import MOCK_MODEL, start_litellm_server

    with start_litellm_server("sk-test-key") as srv:
        httpx.post(srv.root_url + "/v1/messages",
                   headers={"x-api-key": srv.api_key, "anthropic-version": "2023-06-01"},
                   json={"model": MOCK_MODEL, "max_tokens": 16,
                         "messages": [{"role": "user", "content": "hi"}]})

This module only uses the standard library; what LiteLLM needs to start offline and what it
answers are written down in ``docs/realserver-notes.md``.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = [
    "LITELLM_VERSION",
    "MOCK_MODEL",
    "MOCK_TEXT",
    "OFFLINE_ENV",
    "RATE_LIMITED_MODEL",
    "SERVER_ERROR_MODEL",
    "LiteLLMServer",
    "LiteLLMServerError",
    "litellm_available",
    "litellm_config",
    "litellm_venv",
    "new_master_key",
    "start_litellm_server",
]

#: The pinned version (``scripts/litellm/requirements.txt``); the server reports it in the
#: ``x-litellm-version`` header of every reply.
LITELLM_VERSION = "1.108.7"

#: The model the tests call. An Anthropic-style name; the deployment behind it is
#: ``hosted_vllm/claude-mock``, a provider with no token-counting API of its own, so
#: ``/v1/messages/count_tokens`` counts locally instead of calling api.anthropic.com.
MOCK_MODEL = "claude-mock"
#: The text of every ``MOCK_MODEL`` reply (LiteLLM's ``mock_response``).
MOCK_TEXT = "Hello from the LiteLLM mock proxy!"
#: A model whose mock raises ``litellm.RateLimitError``: HTTP 429, ``rate_limit_error``.
RATE_LIMITED_MODEL = "claude-mock-rate-limited"
#: A model whose mock raises ``litellm.InternalServerError``: HTTP 500, ``api_error``.
SERVER_ERROR_MODEL = "claude-mock-server-error"

#: Environment that makes the proxy start offline and quickly. With it, an strace of start-up
#: and of the tests' requests shows no DNS lookup and no connection but its own listening socket.
OFFLINE_ENV = {
    # The model cost map from the package, not fetched from GitHub (3 tries, about 5 s, else).
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    # The same for the Anthropic beta-header table, fetched on first use otherwise.
    "LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS": "True",
    # Usage telemetry vetoed whatever a stored consent says.
    "LITELLM_TELEMETRY_DISABLED": "True",
    # No load_dotenv(): in its default DEV mode LiteLLM reads a .env found above its files.
    "LITELLM_MODE": "PRODUCTION",
    # The admin UI (a static export inside the package: nothing is downloaded) is not needed.
    "DISABLE_ADMIN_UI": "True",
    "LITELLM_LOG": "INFO",
    "PYTHONUNBUFFERED": "1",
}

# Variables of the caller's environment that would give the proxy a database, a cache, keys or
# settings of someone else's: never passed on.
_DROPPED_ENV_PREFIXES = ("LITELLM_", "DATABASE_", "DIRECT_URL", "REDIS_", "PRISMA_")
_DROPPED_ENV = {"ANTHROPIC_API_KEY", "OPENAI_API_KEY", "HOSTED_VLLM_API_BASE", "UI_USERNAME"}


class LiteLLMServerError(RuntimeError):
    """Raised when the LiteLLM proxy cannot be started."""


def litellm_venv() -> Path:
    """The LiteLLM venv: ``$LITELLM_VENV``, else ``.venvs/litellm`` at the repository root."""
    override = os.environ.get("LITELLM_VENV")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / ".venvs" / "litellm"


def litellm_available(venv: Path | None = None) -> str | None:
    """Return ``None`` if the proxy can be started here, else the reason why not."""
    venv = venv or litellm_venv()
    exe = venv / "bin" / "litellm"
    if not exe.is_file() or not (venv / ".installed").is_file():
        return f"{exe} not installed (scripts/litellm-venv.sh, or make test-unit, installs it)"
    return None


def litellm_config(master_key: str) -> dict[str, Any]:
    """The proxy config: three mock models and the master key (JSON is valid YAML)."""

    def mock(name: str, response: str) -> dict[str, Any]:
        # No api_base: with one, the proxy opens a connection to it for every deployment at
        # start; without one it connects nowhere, and the mock never calls a provider.
        return {
            "model_name": name,
            "litellm_params": {"model": "hosted_vllm/claude-mock", "mock_response": response},
        }

    return {
        "model_list": [
            mock(MOCK_MODEL, MOCK_TEXT),
            mock(RATE_LIMITED_MODEL, "litellm.RateLimitError"),
            mock(SERVER_ERROR_MODEL, "litellm.InternalServerError"),
        ],
        "litellm_settings": {"num_retries": 0, "request_timeout": 30},
        "general_settings": {"master_key": master_key},
    }


class LiteLLMServer:
    """A running LiteLLM proxy child process.

    Attributes:
        root_url: ``http://127.0.0.1:PORT``; the Anthropic routes are ``/v1/messages`` and
            ``/v1/messages/count_tokens`` under it, health checks ``/health/readiness`` and
            ``/health/liveliness``.
        base_url: ``http://127.0.0.1:PORT/v1``, the form the SDK clients take.
        api_key: the master key, the only key that works (``x-api-key`` or
            ``Authorization: Bearer``).
        model: :data:`MOCK_MODEL`; ``mock_text``: what it answers.
        log_path: the child's stdout and stderr (removed with its folder by :meth:`stop`).
        startup_seconds: from spawning the child to its first ready answer.
    """

    def __init__(
        self,
        process: subprocess.Popen[bytes],
        root_url: str,
        api_key: str,
        log_path: str,
        startup_seconds: float,
    ) -> None:
        """Wrap an already started and ready proxy."""
        self.process = process
        self.root_url = root_url
        self.base_url = root_url + "/v1"
        self.api_key = api_key
        self.model = MOCK_MODEL
        self.mock_text = MOCK_TEXT
        self.log_path = log_path
        self.startup_seconds = startup_seconds

    @property
    def port(self) -> int:
        """The TCP port the proxy listens on."""
        return int(self.root_url.rsplit(":", 1)[1])

    def is_running(self) -> bool:
        """Return whether the child process is still alive."""
        return self.process.poll() is None

    def log_tail(self, max_chars: int = 4000) -> str:
        """Return the last ``max_chars`` characters of the proxy's log."""
        return _read_tail(self.log_path, max_chars)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the proxy: SIGTERM, then SIGKILL after ``timeout`` seconds.

        Also removes the temporary folder holding its config and log. Safe to call twice.
        """
        _terminate(self.process, timeout)
        shutil.rmtree(Path(self.log_path).parent, ignore_errors=True)

    def __enter__(self) -> Self:
        """Return the (already running) proxy."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the proxy."""
        self.stop()

    def __repr__(self) -> str:
        """Show where the proxy listens (never the key)."""
        return f"LiteLLMServer(root_url={self.root_url!r}, model={self.model!r})"


def _terminate(proc: subprocess.Popen[bytes], timeout: float) -> None:
    if proc.poll() is not None:
        return
    try:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=timeout)
    except ProcessLookupError:
        pass


def _read_tail(path: str, max_chars: int) -> str:
    """Return the end of a text file, or an empty string if unreadable."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return ""
    return data.decode("utf-8", "replace")[-max_chars:]


def _free_port() -> int:
    """A port nothing listens on now (the proxy takes a port number, not a socket)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _http_get(url: str, api_key: str | None, timeout: float) -> tuple[int, bytes]:
    """GET ``url``; ``(status, body)``, or ``(0, b"")`` when nothing answers."""
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


def _is_ready(root_url: str, api_key: str) -> bool:
    """Ready once ``/health/readiness`` says healthy and ``/v1/models`` lists our model.

    The second call, with the key, also proves that what answers is this proxy with this
    config, not another process that took the port.
    """
    status, body = _http_get(root_url + "/health/readiness", None, 5.0)
    if status != 200 or _json_object(body).get("status") != "healthy":
        return False
    status, body = _http_get(root_url + "/v1/models", api_key, 5.0)
    if status != 200:
        return False
    models = _json_object(body).get("data")
    return isinstance(models, list) and any(
        isinstance(m, dict) and m.get("id") == MOCK_MODEL for m in models
    )


def _json_object(body: bytes) -> dict[str, Any]:
    """``body`` as a JSON object, or ``{}`` when it is not one."""
    try:
        value = json.loads(body.decode("utf-8"))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _die_with_parent() -> Callable[[], None] | None:
    """A ``preexec_fn`` that makes Linux SIGTERM the proxy when pytest dies (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    def set_pdeathsig() -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG

    return set_pdeathsig


def _child_env() -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in _DROPPED_ENV and not name.startswith(_DROPPED_ENV_PREFIXES)
    }
    env.update(OFFLINE_ENV)
    return env


def start_litellm_server(
    api_key: str,
    *,
    timeout: float = 120,
    venv: Path | None = None,
    attempts: int = 3,
) -> LiteLLMServer:
    """Start the LiteLLM proxy on 127.0.0.1 (a free port) and wait until it is ready.

    Args:
        api_key: the master key, written to the config (never on a command line). LiteLLM
            wants it to start with ``sk-``.
        timeout: seconds to wait for readiness (about 5 s on 2 quiet cores, mostly imports).
        venv: the LiteLLM venv; default :func:`litellm_venv`.
        attempts: tries with a new port when the one picked was taken in the meantime.

    Returns:
        A running :class:`LiteLLMServer`; use it as a context manager or call
        :meth:`LiteLLMServer.stop`.

    Raises:
        LiteLLMServerError: the venv is missing, the proxy exited, or it was not ready within
            ``timeout`` (the message ends with its log).
    """
    venv = venv or litellm_venv()
    reason = litellm_available(venv)
    if reason is not None:
        raise LiteLLMServerError(reason)
    for _ in range(attempts):
        server = _start_once(api_key, venv, timeout)
        if server is not None:
            return server
    raise LiteLLMServerError(f"no free port after {attempts} tries")


def _start_once(api_key: str, venv: Path, timeout: float) -> LiteLLMServer | None:
    """Start the proxy once; ``None`` when the port picked was taken before it bound it."""
    workdir = tempfile.mkdtemp(prefix="litellm-proxy-")
    config_path = os.path.join(workdir, "config.yaml")
    log_path = os.path.join(workdir, "proxy.log")
    fd = os.open(config_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(litellm_config(api_key), fh, indent=1)
    port = _free_port()
    root_url = f"http://127.0.0.1:{port}"
    command = [
        str(venv / "bin" / "litellm"),
        "--config",
        config_path,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--num_workers",
        "1",
    ]
    started = time.monotonic()
    log: IO[bytes] = open(log_path, "wb")  # noqa: SIM115 - the child owns it after Popen
    try:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=_child_env(),
            cwd=workdir,
            preexec_fn=_die_with_parent(),  # only prctl(), before exec
        )
    finally:
        log.close()

    def fail(msg: str) -> LiteLLMServerError:
        _terminate(proc, 5.0)
        tail = _read_tail(log_path, 4000)
        shutil.rmtree(workdir, ignore_errors=True)
        return LiteLLMServerError(f"{msg}; the end of its log:\n{tail}")

    deadline = started + timeout
    try:
        while not _is_ready(root_url, api_key):
            code = proc.poll()
            if code is not None:
                if "address already in use" in _read_tail(log_path, 4000).lower():
                    shutil.rmtree(workdir, ignore_errors=True)
                    return None
                raise fail(f"LiteLLM proxy exited with code {code} during start-up")
            if time.monotonic() > deadline:
                raise fail(f"LiteLLM proxy not ready within {timeout:.0f}s")
            time.sleep(0.2)
    except LiteLLMServerError:
        raise
    except BaseException:
        _terminate(proc, 5.0)
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    return LiteLLMServer(proc, root_url, api_key, log_path, time.monotonic() - started)


def new_master_key() -> str:
    """A fresh master key of the form LiteLLM expects (``sk-`` prefix)."""
    return "sk-realserver-litellm-" + secrets.token_hex(12)
