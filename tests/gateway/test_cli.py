"""``python -m local_gateway``: printed URLs, serving, and stopping by itself or on a signal."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Dict, Iterator, Optional

import httpx
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
Launcher = Callable[..., "subprocess.Popen[str]"]


def _read_banner(process: subprocess.Popen[str]) -> Dict[str, str]:
    assert process.stdout is not None
    banner = {}
    for _ in range(3):
        name, value = process.stdout.readline().split()
        banner[name] = value
    return banner


@pytest.fixture()
def launch() -> Iterator[Launcher]:
    started = []

    def run(*args: str, env: Optional[Dict[str, str]] = None) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "local_gateway", "--port", "0", *args],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )
        started.append(process)
        return process

    yield run
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_prints_both_base_urls_and_the_key_then_stops_after_the_time_limit(
    launch: Launcher,
) -> None:
    began = time.monotonic()
    process = launch("--time-limit", "2")
    banner = _read_banner(process)
    ready = time.monotonic() - began
    assert banner["zaguan"].startswith("http://127.0.0.1:")
    assert banner["meganova"] == banner["zaguan"] + "/meganova/v1"
    assert banner["api-key"] == "sk-local-test"
    assert ready < 3.0  # interpreter start included; the server itself takes ~0.2 s
    health = httpx.get(banner["zaguan"] + "/health")
    assert health.json()["status"] == "ok"
    models = httpx.get(
        banner["meganova"] + "/models", headers={"Authorization": "Bearer sk-local-test"}
    )
    assert models.status_code == 200
    assert process.wait(timeout=10) == 0


def test_sigterm_stops_the_server(launch: Launcher) -> None:
    process = launch()
    banner = _read_banner(process)
    assert httpx.get(banner["zaguan"] + "/health").status_code == 200
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 0
    with pytest.raises(httpx.ConnectError):
        httpx.get(banner["zaguan"] + "/health")


def test_sigint_stops_the_server(launch: Launcher) -> None:
    process = launch()
    _read_banner(process)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) == 0


def test_api_key_comes_from_the_option_or_the_environment(launch: Launcher) -> None:
    from_env = launch("--time-limit", "5", env={"LOCAL_GATEWAY_API_KEY": "sk-from-env"})
    from_option = launch("--time-limit", "5", "--api-key", "sk-from-option")
    env_banner = _read_banner(from_env)
    option_banner = _read_banner(from_option)
    assert env_banner["api-key"] == "sk-from-env"
    assert option_banner["api-key"] == "sk-from-option"
    reply = httpx.get(
        option_banner["zaguan"] + "/v1/models", headers={"Authorization": "Bearer sk-from-option"}
    )
    assert reply.status_code == 200


def test_spec_dir_serves_a_copy_of_the_specs(launch: Launcher, tmp_path: Path) -> None:
    folder = tmp_path / "spec"
    shutil.copytree(REPO / "spec", folder)
    zaguan = folder / "zaguan.yaml"
    document = yaml.safe_load(zaguan.read_text(encoding="utf-8"))
    document["paths"]["/v1/ping"] = {
        "get": {
            "operationId": "ping",
            "security": [],
            "responses": {
                "200": {
                    "description": "Pong.",
                    "content": {"application/json": {"example": {"pong": True}}},
                }
            },
        }
    }
    zaguan.write_text(yaml.safe_dump(document), encoding="utf-8")
    banner = _read_banner(launch("--time-limit", "5", "--spec-dir", str(folder)))
    assert httpx.get(banner["zaguan"] + "/v1/ping").json() == {"pong": True}
