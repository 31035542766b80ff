"""The batch runner's async shell with a fake sender and a fake clock: order, resume, errors
per row, interrupts, 429 storms and budgets. No HTTP, no real sleeps."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

from zaguan._runtime._batch import BatchResult, BatchRow
from zaguan._runtime._batch_runner import BatchJob

from .conftest import FakeClock, FakeSender, StatusError


def job(sender: FakeSender, clock: FakeClock, rows: Any, **settings: Any) -> BatchJob:
    retryable = settings.pop("retryable", lambda exc: getattr(exc, "status_code", 0) >= 500)
    return BatchJob(
        sender,
        rows,
        sleep=clock.sleep,
        clock=clock,
        random=lambda: 0.0,
        retryable=retryable,
        **settings,
    )


def records(path: Path) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def rows(count: int) -> List[Dict[str, Any]]:
    return [{"id": f"r{i}", "input": f"text {i}"} for i in range(count)]


async def test_every_row_gets_one_output_line(
    tmp_path: Path, sender: FakeSender, clock: FakeClock
) -> None:
    out = tmp_path / "out.jsonl"
    summary = await job(sender, clock, rows(5), output=out)
    assert [r["id"] for r in records(out)] == ["r0", "r1", "r2", "r3", "r4"]
    assert (summary.done, summary.failed, summary.skipped, summary.tokens) == (5, 0, 0, 25)


async def test_a_json_lines_file_is_read_row_by_row_with_line_numbers_as_ids(
    tmp_path: Path, sender: FakeSender, clock: FakeClock
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"input": "a"}\n\n{"id": "x", "input": "b"}\n{"input": "c"}\n')
    out = tmp_path / "out.jsonl"
    await job(sender, clock, source, output=out)
    assert [r["id"] for r in records(out)] == ["1", "x", "4"]


async def test_a_bad_input_line_is_a_failed_row_not_a_failed_batch(
    tmp_path: Path, sender: FakeSender, clock: FakeClock
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"input": "a"}\n{not json\n{"input": "c"}\n')
    out = tmp_path / "out.jsonl"
    summary = await job(sender, clock, source, output=out)
    assert (summary.done, summary.failed) == (2, 1)
    assert records(out)[1]["error"]["message"].startswith("line 2 of in.jsonl is not valid JSON")


async def _slow_first_rows(row: BatchRow) -> None:
    # r0 finishes last, r4 first: completion order is the reverse of input order.
    for _ in range(10 - 2 * int(row.id[1:])):
        await asyncio.sleep(0)


async def test_input_order_yields_results_in_input_order(
    sender: FakeSender, clock: FakeClock
) -> None:
    sender.hook = _slow_first_rows
    seen = [r.id async for r in job(sender, clock, rows(5), order="input")]
    assert seen == ["r0", "r1", "r2", "r3", "r4"]


async def test_completed_order_yields_results_as_they_complete(
    sender: FakeSender, clock: FakeClock
) -> None:
    sender.hook = _slow_first_rows
    seen = [r.id async for r in job(sender, clock, rows(5), order="completed")]
    assert seen == ["r4", "r3", "r2", "r1", "r0"]


async def test_input_order_leaves_the_output_file_in_input_order(
    tmp_path: Path, sender: FakeSender, clock: FakeClock
) -> None:
    sender.hook = _slow_first_rows
    out = tmp_path / "out.jsonl"
    await job(sender, clock, rows(5), output=out, order="input")
    assert [r["id"] for r in records(out)] == ["r0", "r1", "r2", "r3", "r4"]


async def test_completed_order_leaves_the_output_file_as_completed(
    tmp_path: Path, sender: FakeSender, clock: FakeClock
) -> None:
    sender.hook = _slow_first_rows
    out = tmp_path / "out.jsonl"
    await job(sender, clock, rows(5), output=out, order="completed")
    assert [r["id"] for r in records(out)] == ["r4", "r3", "r2", "r1", "r0"]


async def test_a_failed_row_is_recorded_and_the_batch_goes_on(
    tmp_path: Path, sender: FakeSender, clock: FakeClock
) -> None:
    sender.plan = {"r1": [StatusError(400)]}
    out = tmp_path / "out.jsonl"
    summary = await job(sender, clock, rows(3), output=out)
    lines = records(out)
    assert (summary.done, summary.failed) == (2, 1)
    assert lines[1]["ok"] is False
    assert lines[1]["error"] == {
        "type": "StatusError",
        "status": 400,
        "code": None,
        "message": "status 400",
    }
    assert lines[1]["request_id"] == "rid-x"


async def test_a_failed_row_is_retried_on_the_next_run(
    tmp_path: Path, sender: FakeSender, clock: FakeClock
) -> None:
    sender.plan = {"r1": [StatusError(400)]}
    out = tmp_path / "out.jsonl"
    await job(sender, clock, rows(3), output=out)
    sender.attempts.clear()
    summary = await job(sender, clock, rows(3), output=out)
    assert sender.attempts == ["r1"]
    assert (summary.done, summary.skipped) == (1, 2)
    assert [(r["id"], r["ok"]) for r in records(out)] == [("r0", True), ("r1", True), ("r2", True)]


async def test_a_rerun_skips_every_row_already_done(
    tmp_path: Path, sender: FakeSender, clock: FakeClock
) -> None:
    out = tmp_path / "out.jsonl"
    await job(sender, clock, rows(4), output=out)
    sender.attempts.clear()
    summary = await job(sender, clock, rows(4), output=out)
    assert sender.attempts == []
    assert (summary.done, summary.skipped) == (0, 4)
    assert len(records(out)) == 4


async def test_resume_false_starts_the_output_afresh(
    tmp_path: Path, sender: FakeSender, clock: FakeClock
) -> None:
    out = tmp_path / "out.jsonl"
    await job(sender, clock, rows(2), output=out)
    summary = await job(sender, clock, rows(2), output=out, resume=False)
    assert (summary.done, summary.skipped, len(records(out))) == (2, 0, 2)


async def test_an_interrupt_loses_only_the_rows_in_flight(
    tmp_path: Path, sender: FakeSender, clock: FakeClock
) -> None:
    out = tmp_path / "out.jsonl"
    blocked = asyncio.Event()

    async def block_late_rows(row: BatchRow) -> None:
        if int(row.id[1:]) >= 6:
            await blocked.wait()  # never set: these rows are in flight at the interrupt

    sender.hook = block_late_rows
    task = asyncio.ensure_future(job(sender, clock, rows(10), output=out, max_concurrency=4))
    for _ in range(50):
        await asyncio.sleep(0)
    task.cancel()  # what Ctrl-C does to asyncio.run's task
    with pytest.raises(asyncio.CancelledError):
        await task
    assert [r["id"] for r in records(out)] == ["r0", "r1", "r2", "r3", "r4", "r5"]
    sender.hook = None
    sender.attempts.clear()
    await job(sender, clock, rows(10), output=out)
    assert sorted(sender.attempts) == ["r6", "r7", "r8", "r9"]
    assert [r["id"] for r in records(out)] == [f"r{i}" for i in range(10)]


async def test_a_torn_last_line_is_dropped_and_its_row_sent_again(
    tmp_path: Path, sender: FakeSender, clock: FakeClock
) -> None:
    out = tmp_path / "out.jsonl"
    await job(sender, clock, rows(3), output=out)
    data = out.read_bytes()
    out.write_bytes(data[: data.rindex(b"\n", 0, len(data) - 1) + 20])  # r2's line cut short
    sender.attempts.clear()
    await job(sender, clock, rows(3), output=out)
    assert sender.attempts == ["r2"]
    assert [r["id"] for r in records(out)] == ["r0", "r1", "r2"]


async def test_a_server_error_is_retried_with_backoff_then_succeeds(
    sender: FakeSender, clock: FakeClock
) -> None:
    sender.plan = {"r0": [StatusError(503), StatusError(503)]}
    results = [r async for r in job(sender, clock, rows(1))]
    assert (results[0].ok, results[0].attempts) == (True, 3)
    assert clock.sleeps == [1.0, 2.0]


async def test_a_row_out_of_retries_is_recorded_as_failed(
    sender: FakeSender, clock: FakeClock
) -> None:
    sender.plan = {"r0": [StatusError(503)] * 3}
    results = [r async for r in job(sender, clock, rows(1), max_retries=2)]
    assert (results[0].ok, results[0].attempts, results[0].error["status"]) == (False, 3, 503)  # type: ignore[index]


async def test_a_429_storm_pauses_the_whole_batch_once_for_retry_after(
    sender: FakeSender, clock: FakeClock
) -> None:
    # Eight requests in flight together all get a 429 with Retry-After: 7.
    sender.plan = {f"r{i}": [StatusError(429, retry_after=7.0)] for i in range(8)}
    gate = asyncio.Event()

    async def together(row: BatchRow) -> None:
        if sender.in_flight == 8:
            gate.set()
        await gate.wait()

    sender.hook = together
    the_job = job(sender, clock, rows(8), max_concurrency=8)
    summary = await the_job
    assert clock.sleeps == [7.0]
    assert the_job.state.pauses == 1
    assert (summary.done, summary.rate_limited, summary.requests) == (8, 8, 16)


async def test_a_429_storm_shrinks_concurrency_then_successes_grow_it_back(
    sender: FakeSender, clock: FakeClock
) -> None:
    sender.plan = {f"r{i}": [StatusError(429, retry_after=0.0)] for i in range(8)}
    gate = asyncio.Event()
    limits: List[int] = []

    async def together(row: BatchRow) -> None:
        if sender.in_flight == 8:
            gate.set()
        await gate.wait()
        limits.append(the_job.state.limit)

    sender.hook = together
    the_job = job(sender, clock, rows(60), max_concurrency=8)
    await the_job
    assert min(limits) == 4
    assert limits[-1] == 8


async def test_concurrency_is_bounded(sender: FakeSender, clock: FakeClock) -> None:
    async def linger(row: BatchRow) -> None:
        for _ in range(5):
            await asyncio.sleep(0)

    sender.hook = linger
    await job(sender, clock, rows(40), max_concurrency=6)
    assert sender.max_in_flight == 6


async def test_the_requests_per_minute_budget_is_respected(
    sender: FakeSender, clock: FakeClock
) -> None:
    starts: List[float] = []

    async def note(row: BatchRow) -> None:
        starts.append(clock.now)

    sender.hook = note
    await job(sender, clock, rows(7), requests_per_minute=3, max_concurrency=4)
    per_minute: Dict[int, int] = {}
    for start in starts:
        minute = int((start - starts[0]) // 60)
        per_minute[minute] = per_minute.get(minute, 0) + 1
    assert per_minute == {0: 3, 1: 3, 2: 1}


async def test_the_tokens_per_minute_budget_is_respected(
    sender: FakeSender, clock: FakeClock
) -> None:
    starts: List[float] = []

    async def note(row: BatchRow) -> None:
        starts.append(clock.now)

    sender.hook = note
    # each row's reply reports 5 tokens; a 10-token budget lets two rows through a minute
    # and each row's estimate is 5 too (20 characters of input)
    five_token_rows = [{"id": f"r{i}", "input": "x" * 18} for i in range(5)]
    await job(sender, clock, five_token_rows, tokens_per_minute=10, max_concurrency=4)
    assert [int((s - starts[0]) // 60) for s in starts] == [0, 0, 1, 1, 2]


async def test_the_callback_sees_every_result(sender: FakeSender, clock: FakeClock) -> None:
    seen: List[BatchResult] = []
    await job(sender, clock, rows(3), on_result=seen.append)
    assert sorted(r.id for r in seen) == ["r0", "r1", "r2"]


async def test_a_duplicate_row_id_is_reported_and_not_sent(
    tmp_path: Path, sender: FakeSender, clock: FakeClock
) -> None:
    out = tmp_path / "out.jsonl"
    summary = await job(sender, clock, [{"id": "a"}, {"id": "a"}], output=out)
    assert sender.attempts == ["a"]
    assert (summary.done, summary.failed, len(records(out))) == (1, 1, 1)


def test_a_bad_setting_is_refused_at_once(sender: FakeSender, clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="max_concurrency must be an integer >= 1"):
        job(sender, clock, rows(1), max_concurrency=0)


async def test_a_progress_bar_is_drawn_when_asked(
    sender: FakeSender, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    await job(sender, clock, rows(3), progress=True)
    assert "3/3" in capsys.readouterr().err


async def test_no_progress_bar_when_stderr_is_no_terminal(
    sender: FakeSender, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    await job(sender, clock, rows(3))
    assert capsys.readouterr().err == ""
