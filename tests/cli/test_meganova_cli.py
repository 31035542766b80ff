"""The ``meganova`` command against the local gateway: each command's output (text and
``--json``), the exit codes of its errors, Ctrl-C in a stream, and the installed script."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from typing import Any, Iterator, List

import pytest

from local_gateway import Gateway
from meganova._cli import PROGRAM, main
from meganova._runtime import Stream
from meganova._runtime._cli import EXIT_BROKEN_PIPE, run_program

from .conftest import BAD_KEY, ROOT, Run, Terminal, run_process, script


def test_chat_streams_the_reply_to_stdout(env: Gateway, run: Run) -> None:
    code, out, err = run(main, ["chat", "hello brave world"])
    assert (code, out, err) == (0, "hello brave world\n", "")


def test_chat_reads_the_prompt_from_stdin_when_it_is_a_dash(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["chat", "-"], stdin="from the pipe\n")
    assert (code, out) == (0, "from the pipe\n")


def test_chat_json_prints_the_streamed_reply_collected_whole(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["chat", "hi there", "--json", "--system", "be brief"])
    reply = json.loads(out)
    assert code == 0
    assert reply["object"] == "chat.completion"
    assert reply["choices"][0]["message"] == {"role": "assistant", "content": "hi there"}


def test_chat_no_stream_json_prints_the_reply_as_the_api_sent_it(env: Gateway, run: Run) -> None:
    argv = ["chat", "hi", "--no-stream", "--json", "--temperature", "0.5", "--max-tokens", "9"]
    code, out, _ = run(main, argv)
    reply = json.loads(out)
    assert code == 0
    assert reply["choices"][0]["message"]["content"] == "hi"
    assert reply["usage"]["total_tokens"] > 0


def test_chat_no_stream_prints_the_text(env: Gateway, run: Run) -> None:
    assert run(main, ["chat", "whole reply", "--no-stream"])[:2] == (0, "whole reply\n")


def test_models_prints_a_tab_separated_table_off_a_terminal(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["models"])
    lines = [line.split("\t") for line in out.splitlines()]
    assert code == 0
    assert lines[0] == ["id", "name", "context_length", "status", "default"]
    assert ["manta-flash", "Manta Flash", "32768", "active", "true"] in lines


def test_models_prints_an_aligned_table_on_a_terminal(env: Gateway) -> None:
    out = Terminal()
    code = run_program(PROGRAM, ["models"], stdout=out, environ={"NO_COLOR": "1"})
    lines = out.getvalue().splitlines()
    assert code == 0
    assert "\t" not in out.getvalue() and "\x1b[" not in out.getvalue()  # NO_COLOR honoured
    assert lines[0].split() == ["id", "name", "context_length", "status", "default"]
    assert lines[1].index("Manta Flash") == lines[0].index("name")


def test_models_json_parses_back_to_the_model_list(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["models", "--json"])
    models = json.loads(out)
    assert code == 0
    assert isinstance(models, list)
    assert models[0]["id"] == "manta-flash" and models[0]["pricing"]["prompt_tokens_per_1k"] > 0


def test_models_get_prints_one_model(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["models", "get", "meganova-ai/manta-flash-1.0", "--json"])
    assert code == 0
    assert json.loads(out)["id"] == "meganova-ai/manta-flash-1.0"


def test_balance_prints_key_value_lines(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["balance"])
    assert code == 0
    assert "balance\t42.5" in out.splitlines()


def test_balance_json(env: Gateway, run: Run) -> None:
    code, out, _ = run(main, ["--json", "balance"])
    assert (code, json.loads(out)) == (0, {"balance": 42.5, "currency": "USD", "status": "active"})


def test_usage_json_has_the_range_asked_for(env: Gateway, run: Run) -> None:
    argv = ["usage", "--from", "2025-11-01T00:00:00Z", "--to", "2025-11-30T23:59:59Z", "--json"]
    code, out, _ = run(main, argv)
    summary = json.loads(out)
    assert code == 0
    assert (summary["from"], summary["to"]) == ("2025-11-01T00:00:00Z", "2025-11-30T23:59:59Z")


def test_usage_without_a_range_is_a_usage_error(env: Gateway, run: Run) -> None:
    code, out, err = run(main, ["usage"])
    assert (code, out) == (2, "")
    assert err.startswith("usage: meganova usage")
    assert "the following arguments are required: --from, --to" in err


def test_an_unknown_command_exits_2(env: Gateway, run: Run) -> None:
    code, _, err = run(main, ["bogus"])
    assert code == 2
    assert err.splitlines()[-1].startswith("meganova: error: argument COMMAND: invalid choice")


def test_no_api_key_is_a_usage_error(
    env: Gateway, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MEGANOVA_API_KEY")
    code, _, err = run(main, ["balance"])
    assert code == 2
    assert err.startswith("meganova: error: InvalidArgumentError: ")


def test_a_bad_key_exits_3_and_never_shows_the_key(env: Gateway, run: Run) -> None:
    code, out, err = run(main, ["--api-key", BAD_KEY, "models"])
    assert (code, out) == (3, "")
    assert err.startswith("meganova: error: AuthenticationError: 401 ")
    assert "request_id=" in err and len(err.splitlines()) == 1
    assert BAD_KEY not in err


def test_a_rate_limit_exits_4(env: Gateway, run: Run) -> None:
    code, _, err = run(main, ["chat", "hi", "--model", "fault-rate-limit"])
    assert code == 4
    assert err.startswith("meganova: error: RateLimitError: 429 ")


def test_a_server_error_exits_5(env: Gateway, run: Run) -> None:
    code, _, err = run(main, ["chat", "hi", "--model", "fault-status:500", "--max-retries", "0"])
    assert code == 5
    assert err.startswith("meganova: error: InternalServerError: 500 ")


def test_a_refused_connection_exits_6(env: Gateway, run: Run, closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}/v1"
    code, _, err = run(main, ["models", "--base-url", url, "--max-retries", "0"])
    assert code == 6
    assert err.startswith("meganova: error: APIConnectionError: ")


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
    assert err == "\nmeganova: interrupted\n"  # no traceback
    assert streams and streams[0].response.is_closed


def test_the_console_script_prints_models_as_json(env: Gateway) -> None:
    done = run_process([str(script("meganova")), "models", "--json"])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["id"] == "manta-flash"


def test_python_m_meganova_reads_stdin_and_exits_3_on_a_bad_key(env: Gateway) -> None:
    done = run_process(
        [sys.executable, "-m", "meganova", "chat", "-", "--api-key", BAD_KEY], stdin="hi"
    )
    assert done.returncode == 3
    assert "Traceback" not in done.stderr and BAD_KEY not in done.stderr


class _ClosedPipe(io.StringIO):
    """A stdout whose reader has gone away (``| head -1`` once it has its line)."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_output_pipe_exits_141_without_a_word(env: Gateway) -> None:
    stderr = io.StringIO()
    code = run_program(PROGRAM, ["models"], stdout=_ClosedPipe(), stderr=stderr)
    assert (code, stderr.getvalue()) == (EXIT_BROKEN_PIPE, "")


def test_a_closed_output_pipe_stops_a_streamed_chat_and_releases_it(
    env: Gateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    streams: List[Stream[Any]] = []
    original = Stream.__iter__

    def recorded(self: Stream[Any]) -> Iterator[Any]:
        streams.append(self)
        return original(self)

    monkeypatch.setattr(Stream, "__iter__", recorded)
    stderr = io.StringIO()
    code = run_program(PROGRAM, ["chat", "a long story"], stdout=_ClosedPipe(), stderr=stderr)
    assert (code, stderr.getvalue()) == (EXIT_BROKEN_PIPE, "")
    assert streams and streams[0].response.is_closed


def test_the_console_script_exits_quietly_into_a_closed_pipe(env: Gateway) -> None:
    # The reader is gone before the command writes: the interpreter's own flush at exit
    # must not complain either.
    process = subprocess.Popen(
        [sys.executable, "-m", "meganova", "models"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "overlays"), str(ROOT)])},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read()
    process.stderr.close()
    assert (process.wait(timeout=60), stderr) == (EXIT_BROKEN_PIPE, b"")


def test_a_closed_error_pipe_still_exits_with_the_errors_code(env: Gateway) -> None:
    # `meganova models 2>&1 | head -0`: the error line cannot be written; the code still tells.
    code = run_program(
        PROGRAM, ["models", "--api-key", BAD_KEY], stdout=io.StringIO(), stderr=_ClosedPipe()
    )
    assert code == 3
