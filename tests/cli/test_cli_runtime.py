"""The shared command line's decisions, without a gateway: exit codes, error lines, tables,
colour, the help text, and that ``import meganova`` / ``import zaguan`` do not load it."""

from __future__ import annotations

import sys
from typing import Callable, List, Optional

import pytest

import meganova
import meganova.errors as mn
import zaguan
import zaguan.errors as zg
from meganova._cli import main as meganova_main
from meganova._runtime._cli import (
    EXIT_CODES,
    ErrorClasses,
    error_line,
    exit_code,
    render,
    use_color,
)
from zaguan._cli import main as zaguan_main

from .conftest import Run, run_process

MN = ErrorClasses(mn.MeganovaError, mn.InvalidArgumentError, mn.APIConnectionError)
ZG = ErrorClasses(zg.ZaguanError, zg.InvalidArgumentError, zg.APIConnectionError)


@pytest.mark.parametrize(
    ("status", "expected"),
    [(400, 1), (401, 3), (402, 1), (403, 3), (404, 1), (429, 4), (500, 5), (529, 5)],
)
def test_an_api_error_exits_by_its_status(status: int, expected: int) -> None:
    assert exit_code(mn.APIError("x", status=status), MN) == expected
    assert exit_code(zg.APIError(status, "x"), ZG) == expected


def test_connection_errors_and_timeouts_exit_6() -> None:
    assert exit_code(zg.APITimeoutError("slow"), ZG) == 6
    assert exit_code(mn.APIConnectionError("down"), MN) == 6


def test_an_argument_the_sdk_refuses_exits_2() -> None:
    assert exit_code(zg.InvalidArgumentError("bad"), ZG) == 2


def test_an_error_line_is_one_line_without_the_key() -> None:
    error = mn.AuthenticationError("bad key sk-secret-1234\nline two", status=401, request_id="r1")
    line = error_line("meganova", error, ["sk-secret-1234"])
    assert line == (
        "meganova: error: AuthenticationError: 401: bad key [REDACTED] line two (request_id=r1)"
    )


def test_a_table_off_a_terminal_is_tab_separated_with_a_header() -> None:
    data = [{"id": "a", "n": 1, "ok": True}, {"id": "b", "tags": ["x"]}]
    assert render(data, ("id", "n", "ok"), tty=False) == "id\tn\tok\na\t1\ttrue\nb\t\t"


def test_a_table_on_a_terminal_is_aligned_and_bold_only_with_colour() -> None:
    data = [{"id": "long-name", "n": 1}, {"id": "b", "n": 22}]
    plain = render(data, ("id", "n"), tty=True)
    assert plain.splitlines() == ["id         n", "long-name  1", "b          22"]
    assert render(data, ("id", "n"), tty=True, color=True).startswith("\x1b[1mid")


def test_a_record_is_key_value_lines_with_nested_values_as_json() -> None:
    assert render({"a": 1, "b": {"c": None}}, (), tty=False) == 'a\t1\nb\t{"c":null}'


@pytest.mark.parametrize(
    ("isatty", "no_color", "expected"),
    [(True, None, True), (True, "1", False), (False, None, False)],
)
def test_colour_only_on_a_terminal_without_no_color(
    isatty: bool, no_color: Optional[str], expected: bool
) -> None:
    environ = {} if no_color is None else {"NO_COLOR": no_color}
    assert use_color(isatty, environ) is expected


@pytest.mark.parametrize(
    ("main", "prefix"), [(meganova_main, "MEGANOVA"), (zaguan_main, "ZAGUAN")], ids=["mn", "zg"]
)
def test_help_lists_the_exit_codes_and_the_environment(
    main: Callable[[Optional[List[str]]], int], prefix: str, run: Run
) -> None:
    code, out, _ = run(main, ["--help"])
    assert code == 0
    for number, meaning in EXIT_CODES:
        assert f"{number:<4} {meaning}" in out
    assert f"{prefix}_API_KEY" in out


def test_version_prints_the_sdk_version(run: Run) -> None:
    assert run(meganova_main, ["--version"])[:2] == (0, f"meganova {meganova.__version__}\n")
    assert run(zaguan_main, ["--version"])[:2] == (0, f"zaguan {zaguan.__version__}\n")


@pytest.mark.parametrize("package", ["meganova", "zaguan"])
def test_importing_the_sdk_does_not_load_the_command_line(package: str) -> None:
    probe = f"import sys, {package}; print(any(m.endswith('._cli') or m.endswith('.__main__') for m in sys.modules))"
    done = run_process([sys.executable, "-c", probe])
    assert done.stdout.strip() == "False"
