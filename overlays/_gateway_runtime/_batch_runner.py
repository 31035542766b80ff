"""The batch runner's I/O shell: one event loop, bounded concurrency, a resumable output file.

:class:`BatchJob` sends one request per row through an async SDK method, at most
``max_concurrency`` at once (fewer while the gateway rate-limits: see
:class:`~._batch.RateLimitState`), and appends one JSON line per row to the output file as it
finishes, flushed at once: an interrupt loses at most the rows in flight. A rerun with the same
output skips the rows already done and retries the failed ones. The SDKs expose it thinly
(``zaguan.batch``, ``meganova.batch``).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random as _random
import sys
import time
from pathlib import Path
from typing import (
    IO,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generator,
    Iterable,
    Iterator,
    List,
    Literal,
    Mapping,
    Optional,
    Set,
    Union,
)

from ._batch import (
    BatchResult,
    BatchRow,
    BatchSummary,
    InputOrder,
    RateLimitState,
    Ticket,
    error_record,
    estimate_tokens,
    input_order,
    make_row,
    plain_result,
    resume_lines,
    tokens_of,
)
from ._retry import RetryPolicy

__all__ = [
    "BatchJob",
    "Limiter",
    "Order",
    "Rows",
    "run_blocking",
]

Order = Literal["input", "completed"]
#: Rows: an iterable of mappings (or of str, for methods with a text field), or the path of a
#: JSON Lines file of them.
Rows = Union[Iterable[Any], str, "os.PathLike[str]"]
#: Sends one row (the SDK's method with the row's fields, ``max_retries=0``).
Sender = Callable[[BatchRow], Awaitable[Any]]


class _InvalidRow:
    """An input line that is not a row (bad JSON, a wrong shape): recorded as a failed row."""

    def __init__(self, row_id: str, index: int, error: Exception, duplicate: bool = False) -> None:
        self.id = row_id
        self.index = index
        self.error = error
        self.duplicate = duplicate


def _read_rows(
    path: Path,
    defaults: Optional[Mapping[str, Any]],
    text_field: Optional[str],
    invalid: Callable[[str], Exception],
) -> Iterator[Union[BatchRow, _InvalidRow]]:
    import json

    index = 0
    with path.open("rb") as file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            position = str(number)
            try:
                value = json.loads(line)
            except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep JSON
                error = invalid(f"line {number} of {path.name} is not valid JSON: {exc}")
                yield _InvalidRow(position, index, error)
                index += 1
                continue
            item: Union[BatchRow, _InvalidRow]
            try:
                item = make_row(
                    value,
                    index,
                    defaults=defaults,
                    text_field=text_field,
                    invalid=invalid,
                    position=position,
                )
            except ValueError as exc:  # the row's shape: the SDK's InvalidArgumentError
                item = _InvalidRow(_line_id(value, position), index, exc)
            yield item
            index += 1


def _line_id(value: Any, position: str) -> str:
    if isinstance(value, dict):
        for key in ("id", "custom_id"):
            if isinstance(value.get(key), (str, int)):
                return str(value[key])
    return position


def _iter_rows(
    rows: Rows,
    defaults: Optional[Mapping[str, Any]],
    text_field: Optional[str],
    invalid: Callable[[str], Exception],
) -> Iterator[Union[BatchRow, _InvalidRow]]:
    if isinstance(rows, (str, os.PathLike)):
        yield from _read_rows(Path(rows), defaults, text_field, invalid)
        return
    for index, value in enumerate(rows):
        item: Union[BatchRow, _InvalidRow]
        try:
            item = make_row(value, index, defaults=defaults, text_field=text_field, invalid=invalid)
        except ValueError as exc:
            item = _InvalidRow(_line_id(value, str(index + 1)), index, exc)
        yield item


def _count_rows(rows: Rows) -> Optional[int]:
    if isinstance(rows, (str, os.PathLike)):
        count = 0
        with open(rows, "rb") as file:
            for line in file:
                count += bool(line.strip())
        return count
    try:
        return len(rows)  # type: ignore[arg-type]
    except TypeError:
        return None


class Limiter:
    """The async shell of :class:`~._batch.RateLimitState` for one event loop: requests wait
    here for a slot, the shared pause and the budgets. (The Ray integration subclasses it to
    share the pause and the budgets between workers.)"""

    def __init__(self, state: RateLimitState, sleep: Callable[[float], Awaitable[Any]]) -> None:
        self.state = state
        self._sleep = sleep
        self._freed: Optional[asyncio.Condition] = None

    def _condition(self) -> asyncio.Condition:
        if self._freed is None:
            self._freed = asyncio.Condition()
        return self._freed

    async def acquire(self, tokens: int) -> Ticket:
        """Wait until a request costing ``tokens`` may start, and count it as started."""
        while True:
            wait = self.state.wait_time(tokens)
            if wait == 0:
                return self.state.start(tokens)
            if wait is None:
                freed = self._condition()
                async with freed:
                    await freed.wait()
            else:
                await self._sleep(wait)

    async def _notify(self) -> None:
        freed = self._condition()
        async with freed:
            freed.notify_all()

    async def succeeded(self, ticket: Ticket, tokens: int) -> None:
        """See :meth:`RateLimitState.succeeded`."""
        self.state.succeeded(ticket, tokens)
        await self._notify()

    async def failed(self, ticket: Ticket) -> None:
        """See :meth:`RateLimitState.failed`."""
        self.state.failed(ticket)
        await self._notify()

    async def rate_limited(self, ticket: Ticket, retry_after: Optional[float]) -> None:
        """See :meth:`RateLimitState.rate_limited`."""
        self.state.rate_limited(ticket, retry_after)
        await self._notify()


class _Output:
    """The output file: checked and compacted for resume, then appended one line per row."""

    def __init__(self, path: Optional[Path], resume: bool) -> None:
        self.path = path
        self.done: Set[str] = set()
        self._file: Optional[IO[bytes]] = None
        if path is None:
            return
        if resume and path.exists():
            kept, self.done, dropped = resume_lines(path.read_bytes())
            if dropped:
                _replace(path, kept)
        elif path.exists():
            path.write_bytes(b"")
        self._file = path.open("ab")

    def write(self, result: BatchResult) -> None:
        self.write_line(result.to_json())

    def write_line(self, line: str) -> None:
        if self._file is not None:
            self._file.write(line.encode("utf-8") + b"\n")
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def put_in_order(self, index_of: Mapping[str, int]) -> None:
        if self.path is None:
            return
        lines = [line for line in self.path.read_bytes().split(b"\n") if line.strip()]
        ordered = input_order(lines, index_of)
        if ordered is not None:
            _replace(self.path, ordered)


def _replace(path: Path, lines: List[bytes]) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("wb") as file:
        for line in lines:
            file.write(line + b"\n")
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, path)


def _progress_bar(progress: Optional[bool], total: Callable[[], Optional[int]]) -> Any:
    """A tqdm bar on stderr, or None: off when ``progress`` is False, when stderr is no
    terminal (unless ``progress`` is True), or without tqdm (the ``[progress]`` extra)."""
    if progress is False:
        return None
    if progress is None and not (hasattr(sys.stderr, "isatty") and sys.stderr.isatty()):
        return None
    try:
        from tqdm.auto import tqdm  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        return None
    return tqdm(total=total(), unit="row", dynamic_ncols=True)


class BatchJob:
    """One batch: ``await job`` runs it and returns its :class:`BatchSummary`; ``async for
    result in job`` runs it too, yielding each :class:`BatchResult` (in input order or as
    completed, as ``order`` says); ``job.summary`` is set when it ends.

    Built by the SDKs' ``batch`` modules (``zaguan.batch.achat(...)`` and the like); see the
    README's "Bulk work: the batch runner" for every setting.
    """

    def __init__(
        self,
        send: Sender,
        rows: Rows,
        *,
        output: Union[str, os.PathLike[str], None] = None,
        order: Order = "input",
        max_concurrency: int = 32,
        min_concurrency: Optional[int] = None,
        requests_per_minute: Optional[float] = None,
        tokens_per_minute: Optional[float] = None,
        max_retries: int = 8,
        resume: bool = True,
        progress: Optional[bool] = None,
        on_result: Optional[Callable[[BatchResult], Any]] = None,
        defaults: Optional[Mapping[str, Any]] = None,
        text_field: Optional[str] = None,
        retryable: Callable[[BaseException], bool] = lambda exc: False,
        invalid: Callable[[str], Exception] = ValueError,
        sleep: Optional[Callable[[float], Awaitable[Any]]] = None,
        clock: Optional[Callable[[], float]] = None,
        random: Optional[Callable[[], float]] = None,
        limiter: Optional[
            Callable[[RateLimitState, Callable[[float], Awaitable[Any]]], Limiter]
        ] = None,
    ) -> None:
        if order not in ("input", "completed"):
            raise invalid(f"order must be 'input' or 'completed', not {order!r}")
        if min_concurrency is None:  # a floor, so that a few stray 429s cannot stall a batch
            min_concurrency = min(max_concurrency, max(1, max_concurrency // 8))
        for name, value in (
            ("max_concurrency", max_concurrency),
            ("min_concurrency", min_concurrency),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise invalid(f"{name} must be an integer >= 1, not {value!r}")
        if min_concurrency > max_concurrency:
            raise invalid("min_concurrency must not exceed max_concurrency")
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise invalid(f"max_retries must be an integer >= 0, not {max_retries!r}")
        for name, budget in (
            ("requests_per_minute", requests_per_minute),
            ("tokens_per_minute", tokens_per_minute),
        ):
            if budget is not None and (
                isinstance(budget, bool) or not isinstance(budget, (int, float)) or not budget > 0
            ):
                raise invalid(f"{name} must be a positive number or None, not {budget!r}")
        if isinstance(rows, (str, os.PathLike)) and not Path(rows).is_file():
            raise invalid(f"rows: no such file: {os.fspath(rows)!r}")
        self._send = send
        self._rows = rows
        self._output = None if output is None else Path(output)
        self._order = order
        self._max_retries = max_retries
        self._resume = resume
        self._progress = progress
        self._on_result = on_result
        self._defaults = defaults
        self._text_field = text_field
        self._retryable = retryable
        self._invalid = invalid
        self._sleep = sleep or asyncio.sleep
        self._clock = clock or time.monotonic
        self._random = random or _random.random
        self._policy = RetryPolicy(initial_delay=1.0, max_delay=30.0)
        self.state = RateLimitState(
            max_concurrency=max_concurrency,
            min_concurrency=min_concurrency,
            requests_per_minute=requests_per_minute,
            tokens_per_minute=tokens_per_minute,
            clock=self._clock,
            policy=self._policy,
            random=self._random,
        )
        self._limiter = (limiter or Limiter)(self.state, self._sleep)
        self._max_concurrency = max_concurrency
        self.summary: Optional[BatchSummary] = None
        self._started = False

    # -- public ways to run it -----------------------------------------------------------

    def __await__(self) -> Generator[Any, None, BatchSummary]:
        return self._run(None).__await__()

    async def __aiter__(self) -> AsyncIterator[BatchResult]:
        queue: asyncio.Queue[Optional[BatchResult]] = asyncio.Queue()
        task = asyncio.ensure_future(self._run(queue))
        try:
            while True:
                item = await queue.get()
                if item is None:
                    break
                yield item
            await task  # raises what the run raised
        finally:
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task

    # -- the run -----------------------------------------------------------------------------

    async def _run(self, queue: Optional[asyncio.Queue[Optional[BatchResult]]]) -> BatchSummary:
        if self._started:
            raise RuntimeError("a BatchJob runs once; build another to run again")
        self._started = True
        start = self._clock()
        summary = BatchSummary(output=None if self._output is None else str(self._output))
        output = _Output(self._output, self._resume)
        bar = _progress_bar(self._progress, lambda: _count_rows(self._rows))
        rows = _iter_rows(self._rows, self._defaults, self._text_field, self._invalid)
        index_of: Dict[str, int] = {}
        ordering = InputOrder() if self._order == "input" else None
        exhausted = False

        def emit(index: int, result: Optional[BatchResult]) -> None:
            if queue is None:
                return
            if ordering is None:
                if result is not None:
                    queue.put_nowait(result)
                return
            for due in ordering.add(index, result):
                queue.put_nowait(due)

        def next_row() -> Optional[Union[BatchRow, _InvalidRow]]:
            nonlocal exhausted
            while not exhausted:
                try:
                    row = next(rows)
                except StopIteration:
                    exhausted = True
                    return None
                if row.id in index_of:
                    duplicate = self._invalid(
                        f"row id {row.id!r} appears twice in the input (rows "
                        f"{index_of[row.id] + 1} and {row.index + 1}); the second is not sent"
                    )
                    return _InvalidRow(row.id, row.index, duplicate, duplicate=True)
                index_of[row.id] = row.index
                if row.id in output.done:
                    summary.skipped += 1
                    if bar is not None:
                        bar.update(1)
                    emit(row.index, None)
                    continue
                return row
            return None

        def finish(result: BatchResult, write: bool = True) -> None:
            if write:
                output.write(result)
            if result.ok:
                summary.done += 1
            else:
                summary.failed += 1
            summary.tokens += result.tokens["total"]
            if bar is not None:
                bar.update(1)
                bar.set_postfix(
                    done=summary.done, failed=summary.failed, tokens=summary.tokens, refresh=False
                )
            if self._on_result is not None:
                self._on_result(result)
            emit(result.index, result)

        async def worker() -> None:
            while True:
                row = next_row()
                if row is None:
                    return
                if isinstance(row, _InvalidRow):
                    result = BatchResult(
                        row.id, row.index, error=error_record(row.error), attempts=0
                    )
                    # A duplicate id is not written: its twin's line is that id's line.
                    finish(result, write=not row.duplicate)
                    continue
                finish(await self._one(row, summary))

        try:
            workers = [asyncio.ensure_future(worker()) for _ in range(self._max_concurrency)]
            try:
                await asyncio.gather(*workers)
            except BaseException:
                for task in workers:
                    task.cancel()
                await asyncio.gather(*workers, return_exceptions=True)
                raise
            output.close()
            if self._order == "input":
                output.put_in_order(index_of)
        finally:
            output.close()
            if bar is not None:
                bar.close()
            summary.elapsed = self._clock() - start
            self.summary = summary
            if queue is not None:
                queue.put_nowait(None)
        return summary

    async def _one(self, row: BatchRow, summary: BatchSummary) -> BatchResult:
        """Send one row until it succeeds, fails for good, or runs out of retries."""
        estimate = estimate_tokens(row.fields) if self.state.tokens_per_minute else 0
        attempts = 0
        while True:
            ticket = await self._limiter.acquire(estimate)
            attempts += 1
            summary.requests += 1
            try:
                value = await self._send(row)
            except asyncio.CancelledError:
                self.state.failed(ticket)
                raise
            except Exception as exc:
                status = getattr(exc, "status_code", None)
                if status == 429:
                    summary.rate_limited += 1
                    retry_after = getattr(exc, "retry_after", None)
                    await self._limiter.rate_limited(
                        ticket, retry_after if isinstance(retry_after, (int, float)) else None
                    )
                    if attempts <= self._max_retries:
                        continue
                else:
                    await self._limiter.failed(ticket)
                    if attempts <= self._max_retries and self._retryable(exc):
                        await self._sleep(self._policy.backoff(attempts - 1, self._random()))
                        continue
                request_id = getattr(exc, "request_id", None)
                return BatchResult(
                    row.id,
                    row.index,
                    error=error_record(exc),
                    request_id=request_id if isinstance(request_id, str) else None,
                    attempts=attempts,
                )
            result = plain_result(value)
            tokens = tokens_of(result)
            await self._limiter.succeeded(ticket, tokens["total"])
            request_id = getattr(value, "request_id", None)
            return BatchResult(
                row.id,
                row.index,
                result=result,
                request_id=request_id if isinstance(request_id, str) else None,
                tokens=tokens,
                attempts=attempts,
            )


def run_blocking(job: Callable[[], Awaitable[BatchSummary]]) -> BatchSummary:
    """Run a batch on a new event loop, for callers without asyncio (the SDKs' blocking
    ``batch.chat(...)`` and the like). Refuses inside a running event loop: await the async
    form there."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise RuntimeError(
            "An event loop is already running in this thread: await the async form "
            "(batch.achat / batch.aembeddings / batch.arun) instead"
        )

    async def main() -> BatchSummary:
        return await job()

    return asyncio.run(main())
