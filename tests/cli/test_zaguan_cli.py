"""The ``zaguan`` command against the local gateway: each command's output (text and
``--json``), the exit codes of its errors, Ctrl-C in a stream, and the installed script."""

from __future__ import annotations

import json
import sys
from typing import Any, Iterator, List

import pytest

from local_gateway import Gateway
from zaguan._cli import main
from zaguan._runtime import Stream

from .conftest import BAD_KEY, Run, run_process, script


def test_chat_streams_the_reply_to_stdout(env: Gateway, run: Run) -> None:
    code, out, err = run(main, ["chat", "hello zaguan", "--reasoning-effort", "low"])
    assert (code, out, err) == (0, "hello zaguan\n", "")


def test_chat_reads_the_prompt_from_stdin_when_it_is_a_dash(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["chat", "-", "--model", "echo"], stdin="piped in\n")
    assert (code, out) == (0, "piped in\n")


def test_chat_json_prints_the_streamed_reply_collected_whole(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["chat", "collect me", "--json"])
    reply = json.loads(out)
    assert code == 0
    assert reply["choices"][0]["message"]["content"] == "collect me"
    assert reply["choices"][0]["finish_reason"] == "stop"


def test_chat_json_of_a_stream_carries_the_usage(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["chat", "count these words", "--json"])
    usage = json.loads(out)["usage"]
    assert code == 0
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0


def test_chat_no_stream_json_prints_the_reply(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["chat", "whole", "--no-stream", "--json", "--max-tokens", "5"])
    assert code == 0
    assert json.loads(out)["choices"][0]["message"]["content"] == "whole"


def test_an_empty_prompt_is_a_usage_error(env: Gateway, run: Run) -> None:
    assert run(main, ["chat", "-"], stdin="\n") == (2, "", "zaguan: error: the prompt is empty\n")


def test_models_prints_a_tab_separated_table(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["models"])
    lines = [line.split("\t") for line in out.splitlines()]
    assert code == 0
    assert lines[0] == ["id", "owned_by", "description"]
    assert "openai/gpt-4o-mini" in [line[0] for line in lines]


def test_capabilities_json_parses_back(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["capabilities", "--json"])
    capabilities = {each["model_id"]: each for each in json.loads(out)}
    assert code == 0
    assert capabilities["openai/gpt-4o-mini"]["supports_tools"] is True


def test_credits_prints_the_balance(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["credits"])
    assert code == 0
    assert "credits_remaining\t7500" in out.splitlines()


def test_credits_history_reads_every_page(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["credits", "history", "--limit", "5", "--json"])
    entries = json.loads(out)
    assert code == 0
    assert len(entries) == 23  # the gateway's whole history, in pages of 5
    assert len({entry["id"] for entry in entries}) == 23


def test_credits_history_table_has_a_row_per_entry(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["credits", "history"])
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split("\t")[:2] == ["timestamp", "model"]
    assert len(lines) == 1 + 23


def test_credits_stats_for_a_period(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["credits", "stats", "--period", "week", "--json"])
    assert code == 0
    assert json.loads(out)["period"] == "week"


def test_health_json(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["health", "--json"])
    assert (code, json.loads(out)["status"]) == (0, "ok")


def test_no_command_is_a_usage_error(env: Gateway, run: Run) -> None:
    code, out, err = run(main, [])
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == "zaguan: error: a command is required"


def test_a_bad_key_exits_3_and_never_shows_the_key(env: Gateway, run: Run) -> None:
    code, out, err = run(main, ["credits", "--api-key", BAD_KEY])
    assert (code, out) == (3, "")
    assert err.startswith("zaguan: error: AuthenticationError: 401 ")
    assert BAD_KEY not in err


def test_a_rate_limit_exits_4(env: Gateway, run: Run) -> None:
    code, _, err = run(main, ["chat", "hi", "--model", "fault-rate-limit", "--max-retries", "0"])
    assert code == 4
    assert err.startswith("zaguan: error: RateLimitError: 429 ")


def test_a_server_error_exits_5(env: Gateway, run: Run) -> None:
    code, _, err = run(main, ["chat", "hi", "--model", "fault-status:503", "--max-retries", "0"])
    assert code == 5
    assert err.startswith("zaguan: error: InternalServerError: 503 ")


def test_a_refused_connection_exits_6(env: Gateway, run: Run, closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    code, _, err = run(main, ["--base-url", url, "--max-retries", "0", "credits"])
    assert code == 6
    assert err.startswith("zaguan: error: APIConnectionError: ")


def test_a_stream_cut_midway_exits_6_after_the_text_so_far(env: Gateway, run: Run) -> None:
    code, out, err = run(main, ["chat", "one two three four five", "--model", "fault-cut-stream:3"])
    assert code == 6
    assert out.endswith("\n")  # the line is ended before the error
    assert err.startswith("zaguan: error: APIConnectionError: ")


def test_ctrl_c_in_a_stream_exits_130_and_releases_the_connection(
    env: Gateway, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    streams: List[Stream[Any]] = []
    original = Stream.__iter__

    def interrupted(self: Stream[Any]) -> Iterator[Any]:
        streams.append(self)
        yield next(original(self))
        raise KeyboardInterrupt

    monkeypatch.setattr(Stream, "__iter__", interrupted)
    code, _, err = run(main, ["chat", "a long story"])
    assert code == 130
    assert err == "\nzaguan: interrupted\n"
    assert streams and streams[0].response.is_closed


def test_the_console_script_prints_health_as_json(env: Gateway) -> None:
    done = run_process([str(script("zaguan")), "health", "--json"])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "ok"


def test_python_m_zaguan_streams_a_prompt_from_stdin(env: Gateway) -> None:
    done = run_process([sys.executable, "-m", "zaguan", "chat", "-"], stdin="over a pipe")
    assert (done.returncode, done.stdout, done.stderr) == (0, "over a pipe\n", "")
