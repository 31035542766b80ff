"""Without OpenTelemetry, or without a configured provider, calls work and record nothing;
the SDKs never import it at import time."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from .conftest import Recorded
from .fakes import AGENT_KEY, Gateway, agent_reply, cloud_agent


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


_CHAT = """
    import httpx, zaguan
    from tests.telemetry.fakes import Gateway, chat_json, json_reply, zaguan_client
    with zaguan_client(Gateway(json_reply(chat_json()))) as client:
        reply = client.chat(model="m", messages=[{"role": "user", "content": "hi"}])
    print(reply.choices[0].message.content)
"""


def test_importing_either_sdk_does_not_import_opentelemetry() -> None:
    out = _run("""
        import sys, zaguan, meganova
        print(any(name.split(".")[0] == "opentelemetry" for name in sys.modules))
    """)
    assert out == "False"


def test_calls_work_without_the_opentelemetry_package() -> None:
    # None in sys.modules makes `import opentelemetry` raise ImportError.
    out = _run("import sys; sys.modules['opentelemetry'] = None\n" + textwrap.dedent(_CHAT))
    assert out == "the secret answer"


def test_calls_work_and_record_nothing_without_a_provider() -> None:
    out = _run(
        textwrap.dedent(_CHAT)
        + "\nfrom opentelemetry import trace\n"
        + "print(type(trace.get_tracer_provider()).__name__)\n"
    )
    assert out.splitlines() == ["the secret answer", "ProxyTracerProvider"]


def test_agent_call_is_an_http_span_that_never_holds_the_agent_key(otel: Recorded) -> None:
    with cloud_agent(Gateway(agent_reply())) as agent:
        agent.chat("hello")
    span = otel.only_span()
    assert span.name == "invoke_agent"
    recorded = repr(dict(span.attributes or {})) + repr(span.events) + span.name
    assert AGENT_KEY not in recorded
