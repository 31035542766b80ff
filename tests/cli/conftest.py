"""Fixtures of the command-line tests: one local gateway, and the environment pointing both
commands at it (as a user's shell would)."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Callable, Iterator, List, Optional, Tuple

import pytest

from local_gateway import Gateway, start_gateway

#: A key the gateway refuses: it must never be printed.
BAD_KEY = "sk-wrong-secret-key-7f3a9c"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def gateway() -> Iterator[Gateway]:
    """The local gateway on 127.0.0.1 for the whole session."""
    with start_gateway() as running:
        yield running


@pytest.fixture
def env(gateway: Gateway, monkeypatch: pytest.MonkeyPatch) -> Gateway:
    """Both SDKs' environment variables set to the gateway and its key; NO_COLOR unset."""
    monkeypatch.setenv("ZAGUAN_BASE_URL", gateway.zaguan_url)
    monkeypatch.setenv("ZAGUAN_API_KEY", gateway.api_key)
    monkeypatch.setenv("MEGANOVA_BASE_URL", gateway.meganova_url)
    monkeypatch.setenv("MEGANOVA_API_KEY", gateway.api_key)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return gateway


@pytest.fixture
def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class Terminal(io.StringIO):
    """A stdout that says it is a terminal."""

    def isatty(self) -> bool:
        return True


Run = Callable[..., Tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """``run(main, argv, stdin=None)``: the exit code, stdout and stderr of one command run in
    this process."""

    def go(
        main: Callable[[Optional[List[str]]], int], argv: List[str], stdin: Optional[str] = None
    ) -> Tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(argv)
        out, err = capsys.readouterr()
        return code, out, err

    return go


def script(name: str) -> Path:
    """The console script ``name`` installed next to this interpreter."""
    path = Path(sys.executable).parent / name
    if not path.exists():
        pytest.skip(f"{path} is not installed: pip install -e '.[test,server]'")
    return path


def run_process(args: List[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    """A command run as its own process, with this process's environment (and this
    repository's packages importable, installed or not)."""
    paths = [str(ROOT / "overlays"), str(ROOT), os.environ.get("PYTHONPATH", "")]
    return subprocess.run(
        args,
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths))},
        cwd=str(ROOT),
        timeout=60,
        check=False,
    )
