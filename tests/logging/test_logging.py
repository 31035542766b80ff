"""The SDKs' log records: DEBUG requests and responses, INFO retries, WARNING when the retries
are spent, the <SDK>_LOG switch, and no secret or body in any record unless asked."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from typing import Dict, List

import httpx
import pytest

import zaguan
from tests.telemetry.fakes import (
    AGENT_KEY,
    API_KEY,
    MESSAGES,
    MODEL,
    Gateway,
    agent_reply,
    chat_json,
    cloud_agent,
    json_reply,
    zaguan_async_client,
    zaguan_client,
)
from zaguan._runtime import _logging as runtime_logging


@pytest.fixture
def bodies_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """``ZAGUAN_LOG=debug-bodies`` for the clients built in the test, without the stderr
    handler it would add to the logger for the rest of the session: the once-per-process
    setup has run, without the variable, before it is set."""
    monkeypatch.delenv("ZAGUAN_LOG", raising=False)
    runtime_logging.setup_from_env("zaguan")
    monkeypatch.setenv("ZAGUAN_LOG", "debug-bodies")


def _messages(caplog: pytest.LogCaptureFixture, level: int) -> List[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == level]


def _everything(caplog: pytest.LogCaptureFixture) -> str:
    """Every record's text as a handler would write it (message, args, exception)."""
    formatter = logging.Formatter("%(name)s %(message)s")
    return "\n".join(formatter.format(record) for record in caplog.records)


def test_debug_records_each_request_and_response(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="zaguan")
    with zaguan_client(Gateway(json_reply(chat_json()))) as client:
        client.chat(model=MODEL, messages=MESSAGES, request_id="rid-1")
    request, response = _messages(caplog, logging.DEBUG)
    assert (
        request
        == "Request: POST https://zaguan.test/v1/chat/completions (request id rid-1, attempt 1)"
    )
    assert response.startswith("Response: POST https://zaguan.test/v1/chat/completions -> 200 in ")
    assert response.endswith(
        f" ms, {len(json_reply(chat_json()).content)} bytes (request id rid-1, attempt 1)"
    )
    assert {r.name for r in caplog.records} == {"zaguan"}


async def test_async_client_records_the_same(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="zaguan")
    async with zaguan_async_client(Gateway(json_reply(chat_json()))) as client:
        await client.chat(model=MODEL, messages=MESSAGES)
    assert [m.split(" ")[0] for m in _messages(caplog, logging.DEBUG)] == ["Request:", "Response:"]


def test_info_records_each_retry(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="zaguan")
    gateway = Gateway(json_reply({"error": {"message": "x"}}, status=503), json_reply(chat_json()))
    with zaguan_client(gateway) as client:
        client.chat(model=MODEL, messages=MESSAGES, request_id="rid-2")
    (retry,) = _messages(caplog, logging.INFO)
    assert retry.startswith("POST https://zaguan.test/v1/chat/completions failed with HTTP 503;")
    assert _messages(caplog, logging.DEBUG) == []  # INFO does not show requests


def test_debug_numbers_the_attempts(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="zaguan")
    gateway = Gateway(httpx.ConnectError("refused"), json_reply(chat_json()))
    with zaguan_client(gateway) as client:
        client.chat(model=MODEL, messages=MESSAGES)
    requests = [m for m in _messages(caplog, logging.DEBUG) if m.startswith("Request:")]
    assert [m.rsplit(" ", 1)[1] for m in requests] == ["1)", "2)"]


def test_warning_when_the_retry_budget_is_spent(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="zaguan")
    reply = json_reply({"error": {"message": "x"}}, status=429, **{"retry-after": "0"})
    client = zaguan_client(Gateway(reply), max_retries=2)
    with client, pytest.raises(zaguan.RateLimitError):
        client.chat(model=MODEL, messages=MESSAGES, request_id="rid-3")
    (warning,) = _messages(caplog, logging.WARNING)
    assert warning == (
        "POST https://zaguan.test/v1/chat/completions failed with HTTP 429 after 3 attempts; "
        "giving up (request id rid-3)"
    )
    assert len(_messages(caplog, logging.INFO)) == 2


def test_debug_records_show_the_query_and_retry_records_leave_it_out(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="zaguan")
    gateway = Gateway(json_reply({"error": {"message": "x"}}, status=503), json_reply(chat_json()))
    with zaguan_client(gateway) as client:
        client.chat(model=MODEL, messages=MESSAGES, extra_query={"cursor": "c-42"})
    (retry,) = _messages(caplog, logging.INFO)
    assert retry.startswith("POST https://zaguan.test/v1/chat/completions failed with")
    debug = _messages(caplog, logging.DEBUG)
    assert debug and all("/v1/chat/completions?cursor=c-42 " in m for m in debug)


def test_no_warning_for_a_failure_never_retried(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="zaguan")
    client = zaguan_client(Gateway(json_reply({"error": {"message": "no"}}, status=401)))
    with client, pytest.raises(zaguan.AuthenticationError):
        client.chat(model=MODEL, messages=MESSAGES)
    assert caplog.records == []


def test_no_record_holds_the_api_key_a_server_echoes(
    caplog: pytest.LogCaptureFixture, bodies_on: None
) -> None:
    # Bodies too (bodies_on): the most there is to log.
    caplog.set_level(logging.DEBUG)
    echo = json_reply(
        {"error": {"message": f"bad key {API_KEY}"}}, status=500, **{"x-echo": API_KEY}
    )
    client = zaguan_client(Gateway(echo), max_retries=1)
    with client, pytest.raises(zaguan.APIError):
        client.chat(
            model=MODEL,
            messages=[{"role": "user", "content": f"my key is {API_KEY}"}],
            request_id=f"id-{API_KEY}",
            extra_query={"key": API_KEY},
        )
    text = _everything(caplog)
    assert "Request:" in text and "body:" in text and "giving up" in text
    assert API_KEY not in text


def test_no_record_holds_the_agent_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with cloud_agent(Gateway(agent_reply())) as agent:
        agent.chat("hello")
    text = _everything(caplog)
    assert "Request: POST https://agents.test/agents/v1/" in text
    assert AGENT_KEY not in text


def test_bodies_are_not_logged_by_default(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with zaguan_client(Gateway(json_reply(chat_json()))) as client:
        client.chat(model=MODEL, messages=MESSAGES)
    text = _everything(caplog)
    assert "secret prompt" not in text
    assert "secret answer" not in text


def test_debug_bodies_logs_request_and_response_bodies(
    caplog: pytest.LogCaptureFixture, bodies_on: None
) -> None:
    caplog.set_level(logging.DEBUG)
    with zaguan_client(Gateway(json_reply(chat_json()))) as client:
        client.chat(model=MODEL, messages=MESSAGES)
    request, response = _messages(caplog, logging.DEBUG)
    assert "the secret prompt" in request
    assert "the secret answer" in response


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment: Dict[str, str] = {
        k: v for k, v in os.environ.items() if k not in ("ZAGUAN_LOG", "MEGANOVA_LOG")
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )


_ZAGUAN_CALL = """
    from tests.telemetry.fakes import Gateway, chat_json, json_reply, zaguan_client
    gateway = Gateway(json_reply({"error": {"message": "x"}}, status=503), json_reply(chat_json()))
    with zaguan_client(gateway) as client:
        client.chat(model="m", messages=[{"role": "user", "content": "hi"}])
"""


def test_zaguan_log_debug_writes_requests_to_stderr() -> None:
    result = _run(_ZAGUAN_CALL, ZAGUAN_LOG="debug")
    assert result.returncode == 0, result.stderr
    assert "zaguan DEBUG Request: POST https://zaguan.test/v1/chat/completions" in result.stderr
    assert "zaguan INFO POST" in result.stderr


def test_meganova_log_info_writes_retries_only() -> None:
    result = _run(
        """
        from tests.telemetry.fakes import Gateway, chat_json, json_reply, meganova_client
        gateway = Gateway(json_reply({"error": {"message": "x"}}, status=503), json_reply(chat_json()))
        with meganova_client(gateway) as client:
            client.chat.create(model="m", messages=[{"role": "user", "content": "hi"}])
        """,
        MEGANOVA_LOG="info",
    )
    assert result.returncode == 0, result.stderr
    assert "meganova INFO POST https://meganova.test/v1/chat/completions failed" in result.stderr
    assert "DEBUG" not in result.stderr


def test_without_the_variable_nothing_is_written() -> None:
    result = _run(_ZAGUAN_CALL)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_the_variable_adds_one_handler_however_many_clients() -> None:
    result = _run(
        _ZAGUAN_CALL
        + """
    import logging
    zaguan_client(Gateway(json_reply(chat_json()))).close()
    print(len(logging.getLogger("zaguan").handlers))
    """,
        ZAGUAN_LOG="debug",
    )
    assert result.stdout.strip() == "1"
