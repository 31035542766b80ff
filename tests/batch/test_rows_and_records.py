"""Rows in, records out, and what an existing output file says on resume (no I/O)."""

from __future__ import annotations

import json

import pytest

from zaguan._runtime._batch import (
    BatchResult,
    InputOrder,
    error_record,
    estimate_tokens,
    input_order,
    make_row,
    resume_lines,
    tokens_of,
)

from .conftest import StatusError


def test_a_row_without_an_id_takes_its_position() -> None:
    assert make_row({"input": "a"}, 4).id == "5"


def test_a_row_keeps_its_own_id_as_a_str() -> None:
    row = make_row({"id": 7, "input": "a"}, 0)
    assert (row.id, row.fields) == ("7", {"input": "a"})


def test_a_row_in_openai_batch_file_form_uses_custom_id_and_body() -> None:
    row = make_row({"custom_id": "r1", "method": "POST", "body": {"input": "a"}}, 0)
    assert (row.id, row.fields) == ("r1", {"input": "a"})


def test_a_str_row_is_a_user_message_for_chat() -> None:
    row = make_row("hi", 0, text_field="messages")
    assert row.fields == {"messages": [{"role": "user", "content": "hi"}]}


def test_defaults_go_under_the_row_fields() -> None:
    row = make_row({"model": "b", "input": "x"}, 0, defaults={"model": "a", "user": "u"})
    assert row.fields == {"model": "b", "user": "u", "input": "x"}


def test_a_row_that_is_no_mapping_is_refused() -> None:
    with pytest.raises(ValueError, match="row 1 must be a mapping"):
        make_row(42, 0)


def test_a_bool_id_is_refused() -> None:
    with pytest.raises(ValueError, match="id must be a str or an int"):
        make_row({"id": True}, 0)


def test_tokens_are_read_from_the_reply_usage() -> None:
    reply = {"usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}}
    assert tokens_of(reply) == {"prompt": 3, "completion": 4, "total": 7}
    assert tokens_of({"data": []}) == {"prompt": 0, "completion": 0, "total": 0}


def test_the_token_estimate_counts_text_and_the_tokens_to_generate() -> None:
    fields = {"messages": [{"role": "user", "content": "x" * 400}], "max_tokens": 50}
    assert 150 <= estimate_tokens(fields) <= 160


def test_an_error_record_has_type_status_code_and_message() -> None:
    record = error_record(StatusError(429))
    assert record == {
        "type": "StatusError",
        "status": 429,
        "code": "rate_limit_exceeded",
        "message": "status 429",
    }


def test_a_record_line_has_id_result_error_request_id_and_tokens() -> None:
    line = json.loads(BatchResult("a", 0, result={"x": 1}, request_id="r").to_json())
    assert line == {
        "id": "a",
        "ok": True,
        "result": {"x": 1},
        "error": None,
        "request_id": "r",
        "tokens": {"prompt": 0, "completion": 0, "total": 0},
        "attempts": 1,
    }


def _line(row_id: str, ok: bool = True) -> bytes:
    error = None if ok else {"type": "X"}
    return json.dumps({"id": row_id, "result": {} if ok else None, "error": error}).encode()


def test_resume_skips_the_rows_that_succeeded() -> None:
    kept, done, dropped = resume_lines(_line("a") + b"\n" + _line("b") + b"\n")
    assert (done, dropped, len(kept)) == ({"a", "b"}, False, 2)


def test_resume_retries_the_rows_that_failed() -> None:
    kept, done, dropped = resume_lines(_line("a") + b"\n" + _line("b", ok=False) + b"\n")
    assert (done, dropped, kept) == ({"a"}, True, [_line("a")])


def test_resume_tolerates_a_torn_last_line() -> None:
    data = _line("a") + b"\n" + _line("b")[:9]
    kept, done, dropped = resume_lines(data)
    assert (done, dropped, kept) == ({"a"}, True, [_line("a")])


def test_resume_keeps_one_line_per_id() -> None:
    kept, done, dropped = resume_lines(_line("a") + b"\n" + _line("a") + b"\n")
    assert (done, dropped, kept) == ({"a"}, True, [_line("a")])


def test_the_final_file_order_follows_the_input() -> None:
    lines = [_line("c"), _line("a"), _line("zz"), _line("b")]
    ordered = input_order(lines, {"a": 0, "b": 1, "c": 2})
    assert ordered == [_line("a"), _line("b"), _line("c"), _line("zz")]
    assert input_order(ordered, {"a": 0, "b": 1, "c": 2}) is None


def test_results_in_input_order_wait_for_the_rows_before_them() -> None:
    order = InputOrder()
    assert order.add(1, "b") == []
    assert order.skip(0) == ["b"]
    assert order.add(3, "d") == []
    assert order.add(2, "c") == ["c", "d"]
