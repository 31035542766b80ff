"""The batch runner over a Ray cluster, with ``ray.data`` (the ``[ray]`` extra).

Pattern: a callable class in ``Dataset.map_batches`` run by an actor pool (``concurrency=N``
workers). Each worker builds its client once, from the pickled client it is given (the
configuration only: a worker opens its own connections, and no client or key is made on the
driver per row), keeps one event loop, and sends each block of rows with the same
:class:`~._batch_runner.BatchJob` as a single machine: bounded, adaptive concurrency inside the
worker, retries, typed errors per row. A :class:`SharedRateLimit` actor holds what the workers
share: one pause per 429 event for the whole cluster (a worker's 429 stops every worker's new
requests for its Retry-After) and the requests- and tokens-per-minute budgets. Each worker asks
it before each request (one small actor call, awaited without blocking the worker's loop).

:func:`run_on_ray` is the driver's side: it reads the rows (a list or a JSON Lines file), skips
the ids the output file already has as done (resume), ships the rest as a dataset whose rows are
``{"id", "index", "row"}`` (the row as JSON text, so that rows of any shape make one Arrow
schema), and writes each worker's records to the same JSON Lines file as the single-machine
runner, appended and flushed as they stream back.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import time
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Union

from ._batch import BatchResult, BatchRow, BatchSummary, RateLimitState, Ticket
from ._batch_runner import BatchJob, Limiter, Order, Rows, _InvalidRow, _iter_rows, _Output

__all__ = ["RayBatchCaller", "SharedRateLimit", "run_on_ray"]


class SharedRateLimit:
    """What every worker of a Ray batch shares (run as a Ray actor): the pause after a 429 and
    the per-minute budgets. ``acquire`` answers how long to wait (0: go, counted) and the
    request's number; ``rate_limited`` reports a 429 to a numbered request (an echo of the
    current event, sent before it, changes nothing)."""

    def __init__(
        self, requests_per_minute: Optional[float], tokens_per_minute: Optional[float]
    ) -> None:
        self.state = RateLimitState(
            max_concurrency=1 << 30,
            requests_per_minute=requests_per_minute,
            tokens_per_minute=tokens_per_minute,
            clock=time.monotonic,
        )
        self.pauses = 0

    def acquire(self, tokens: int) -> tuple[float, int]:
        """(seconds to wait, 0 to go now; the request's number once it may go)."""
        wait = self.state.wait_time(tokens)
        if wait:
            return wait, -1
        ticket = self.state.start(tokens)
        self.state.in_flight -= 1  # slots are each worker's own business
        return 0.0, ticket.seq

    def rate_limited(self, seq: int, retry_after: Optional[float]) -> bool:
        """A worker's request number ``seq`` got a 429; True if that began a new pause."""
        self.state.in_flight += 1
        ticket = Ticket(time.monotonic(), 0, [0.0, 0.0], seq)
        new = self.state.rate_limited(ticket, retry_after)
        self.pauses += new
        return new

    def stats(self) -> Dict[str, float]:
        """How many shared pauses there were (for tests and benchmarks)."""
        return {"pauses": self.pauses}


class _SharedLimiter(Limiter):
    """A worker's limiter: its own slots and pause, then the cluster's (the actor)."""

    def __init__(self, state: RateLimitState, sleep: Any, actor: Any) -> None:
        super().__init__(state, sleep)
        self._actor = actor
        self._seqs: Dict[int, int] = {}

    async def acquire(self, tokens: int) -> Ticket:
        ticket = await super().acquire(tokens)
        while True:
            wait, seq = await self._actor.acquire.remote(tokens)
            if not wait:
                self._seqs[id(ticket)] = seq
                return ticket
            await self._sleep(wait)

    async def _forget(self, ticket: Ticket) -> int:
        return self._seqs.pop(id(ticket), -1)

    async def succeeded(self, ticket: Ticket, tokens: int) -> None:
        await self._forget(ticket)
        await super().succeeded(ticket, tokens)

    async def failed(self, ticket: Ticket) -> None:
        await self._forget(ticket)
        await super().failed(ticket)

    async def rate_limited(self, ticket: Ticket, retry_after: Optional[float]) -> None:
        seq = await self._forget(ticket)
        await super().rate_limited(ticket, retry_after)
        await self._actor.rate_limited.remote(seq, retry_after)


class RayBatchCaller:
    """The callable class for ``Dataset.map_batches``: one client and one event loop per
    worker; each block of rows goes through the batch runner, and comes back as the columns
    ``id`` and ``line`` (the output file's JSON line for the row).

    ``client``: a client of the SDK (blocking or async; pickled to each worker, configuration
    only). ``sdk_batch``: the SDK's batch module (``"zaguan.batch"``). ``method``: ``"chat"``,
    ``"embeddings"`` or a method name. ``limit``: a :class:`SharedRateLimit` actor handle, or
    None. ``settings``: ``max_concurrency``, ``max_retries``, ``defaults`` (as for the runner).

    The input rows are ``{"id", "index", "row"}`` (``row``: the row as JSON text, as
    :func:`run_on_ray` makes them), or any other columns: each row's fields (``id`` optional).
    """

    def __init__(
        self,
        client: Any,
        sdk_batch: str,
        method: str = "chat",
        limit: Any = None,
        settings: Optional[Mapping[str, Any]] = None,
    ) -> None:
        support = importlib.import_module(sdk_batch)._SUPPORT
        self._support = support
        self._loop = asyncio.new_event_loop()
        if isinstance(client, support.sync_client):
            from ._lifecycle import twin_arguments

            client = support.async_client(**twin_arguments(client._transport.config))
        self._client = client
        self._method = method
        self._limit = limit
        self._settings = dict(settings or {})

    def __call__(self, batch: Mapping[str, Any]) -> Dict[str, List[Any]]:
        columns = {name: _as_list(values) for name, values in batch.items()}
        count = len(next(iter(columns.values()), []))
        rows: List[Dict[str, Any]] = []
        for position in range(count):
            item = {name: values[position] for name, values in columns.items()}
            if set(item) == {"id", "index", "row"} and isinstance(item["row"], str):
                row = json.loads(item["row"])
                row = row if isinstance(row, dict) else {"input": row}
                rows.append({"id": item["id"], **row})
            else:
                rows.append(item)
        results: List[BatchResult] = []
        settings = dict(self._settings)
        if self._limit is not None:
            actor = self._limit
            settings["limiter"] = lambda state, sleep: _SharedLimiter(state, sleep, actor)
        settings.update(order="completed", on_result=results.append, progress=False)
        job = self._support.job(self._client, self._method, rows, settings)
        self._loop.run_until_complete(_await(job))
        return {"id": [r.id for r in results], "line": [r.to_json() for r in results]}


async def _await(job: BatchJob) -> BatchSummary:
    return await job


def _as_list(values: Any) -> List[Any]:
    tolist = getattr(values, "tolist", None)
    return list(tolist() if callable(tolist) else values)


def run_on_ray(
    client: Any,
    sdk_batch: str,
    method: str,
    rows: Rows,
    *,
    output: Union[str, os.PathLike[str], None] = None,
    order: Order = "input",
    workers: int = 2,
    worker_cpus: float = 0.25,
    rows_per_task: int = 256,
    share_rate_limits: bool = True,
    requests_per_minute: Optional[float] = None,
    tokens_per_minute: Optional[float] = None,
    resume: bool = True,
    progress: Optional[bool] = None,
    **settings: Any,
) -> BatchSummary:
    """Run a batch on the Ray cluster this process is connected to (``ray.init()`` first):
    ``workers`` actors, each with ``worker_cpus`` CPUs (the work is I/O-bound: fractions are
    fine), rows shipped ``rows_per_task`` at a time; the output file, resume and ``order`` as
    for the single-machine runner. ``settings``: ``max_concurrency`` (per worker),
    ``max_retries``, ``defaults``."""
    import ray  # type: ignore[import-not-found, import-untyped, unused-ignore]

    from ._batch_runner import _progress_bar

    start = time.monotonic()
    summary = BatchSummary(output=None if output is None else str(output))
    out = _Output(None if output is None else Path(output), resume)
    items: List[Dict[str, Any]] = []
    index_of: Dict[str, int] = {}
    bar = None
    support = importlib.import_module(sdk_batch)._SUPPORT
    preset = support.presets.get(method)
    text_field = preset[1] if preset is not None else None
    try:
        for row in _iter_rows(rows, None, text_field, support.invalid):
            if row.id in index_of:
                continue
            index_of[row.id] = row.index
            if row.id in out.done:
                summary.skipped += 1
            elif isinstance(row, _InvalidRow):
                from ._batch import error_record

                out.write(BatchResult(row.id, row.index, error=error_record(row.error), attempts=0))
                summary.failed += 1
            else:
                items.append({"id": row.id, "index": row.index, "row": _row_json(row)})
        bar = _progress_bar(progress, lambda: len(items))
        if items:
            limit = None
            if share_rate_limits:
                actor_class = ray.remote(num_cpus=0)(SharedRateLimit)
                limit = actor_class.remote(requests_per_minute, tokens_per_minute)
            # At least a block per worker, so that every worker has work from the start.
            blocks = min(len(items), max(workers, -(-len(items) // rows_per_task)))
            dataset = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
                RayBatchCaller,
                fn_constructor_kwargs={
                    "client": client,
                    "sdk_batch": sdk_batch,
                    "method": method,
                    "limit": limit,
                    "settings": settings,
                },
                compute=ray.data.ActorPoolStrategy(size=workers),
                num_cpus=worker_cpus,
                batch_size=rows_per_task,
            )
            for record in dataset.iter_rows():
                line = json.loads(record["line"])
                out.write_line(record["line"])
                if line["error"] is None:
                    summary.done += 1
                else:
                    summary.failed += 1
                summary.tokens += line["tokens"]["total"]
                summary.requests += line["attempts"]
                if bar is not None:
                    bar.update(1)
        out.close()
        if order == "input":
            out.put_in_order(index_of)
    finally:
        out.close()
        if bar is not None:
            bar.close()
        summary.elapsed = time.monotonic() - start
    return summary


def _row_json(row: BatchRow) -> str:
    fields: Dict[str, Any] = dict(row.fields)
    if row.args:
        fields["args"] = row.args
    return json.dumps(fields, ensure_ascii=False, default=str)
