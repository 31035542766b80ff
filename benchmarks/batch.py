"""The batch runner measured: rows/s for many chat requests against the local gateway with an
injected per-request latency (the ``stall`` fault, so the work is I/O-bound like a real model),
for a naive ``asyncio.gather`` loop, the batch runner, and the runner on Ray with 1, 2 and 4
workers; then the runner (and the naive loop) when the gateway answers 429 to a share of the
requests: total time, requests sent, rows lost, rows duplicated in the output.

``make bench-batch`` runs it in ``.venvs/ray`` (Ray is in the ``[ray]`` extra); ``--no-ray``
skips the Ray cases. The gateway runs in its own process. Figures are rows/s and ratios to the
naive loop measured in the same run: the machine is shared, absolute speeds drift.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Deque, Dict, List, Optional, Tuple

import httpx

from benchmarks.__main__ import KEY, _start, _stop
from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan import batch as zaguan_batch
from zaguan.errors import ZaguanError

MODEL = "echo"
FAULT = "X-Gateway-Fault"


def rows(count: int) -> List[Dict[str, Any]]:
    """The benchmark's rows: one short user message each, ids ``r0``..."""
    return [
        {"id": f"r{i}", "model": MODEL, "messages": [{"role": "user", "content": f"row {i}"}]}
        for i in range(count)
    ]


def check_output(path: Path, count: int) -> Tuple[int, int, int]:
    """(lines, rows missing, ids written more than once) of an output file."""
    ids = [json.loads(line)["id"] for line in path.read_text().splitlines()]
    missing = count - len(set(ids))
    return len(ids), missing, len(ids) - len(set(ids))


async def naive_gather(
    url: str, latency: float, count: int, share: float, chunk: Optional[int]
) -> Dict[str, Any]:
    """What people write today: ``asyncio.gather`` over the rows, ``chunk`` at a time (the
    next chunk starts when the slowest of the last is done), or all at once (``None``: the
    client's pool of 100 connections bounds the concurrency); the SDK's own retries."""
    headers = {FAULT: f"stall:{latency}"}
    async with AsyncZaguanClient(url, KEY, default_headers=headers) as client:
        if share:
            _Injector.shared.attach(client)

        async def one(row: Dict[str, Any]) -> bool:
            try:
                await client.chat(model=row["model"], messages=row["messages"])
            except ZaguanError:
                return False
            return True

        start = time.perf_counter()
        every = rows(count)
        step = chunk or count
        outcomes: List[bool] = []
        for first in range(0, count, step):
            outcomes += await asyncio.gather(*(one(row) for row in every[first : first + step]))
        elapsed = time.perf_counter() - start
    return {"elapsed": elapsed, "done": sum(outcomes), "failed": count - sum(outcomes)}


class _Injector:
    """Decides which attempts the gateway answers 429 (``rate-limit:<seconds>``): every
    ``1/share``-th attempt, deterministically, or (``limit``) every attempt over ``limit``
    in the last second, as a gateway's own rate limit would; the rest get the latency."""

    shared: _Injector

    def __init__(
        self, share: float, latency: float, retry_after: float, limit: Optional[float] = None
    ) -> None:
        self.share = share
        self.latency = latency
        self.retry_after = retry_after
        self.limit = limit
        self.attempts = 0
        self.refused = 0
        self._recent: Deque[float] = collections.deque()

    def attach(self, client: AsyncZaguanClient) -> None:
        """Decide every attempt of this client, retries included (an httpx request hook)."""
        client._transport.http_client.event_hooks["request"].append(self.decide)

    async def decide(self, request: httpx.Request) -> None:
        self.attempts += 1
        if self.limit is not None:
            now = time.monotonic()
            while self._recent and self._recent[0] <= now - 1.0:
                self._recent.popleft()
            refuse = len(self._recent) >= self.limit
            if not refuse:
                self._recent.append(now)
        else:
            refuse = int(self.attempts * self.share) != int((self.attempts - 1) * self.share)
        # Set on every attempt: a retry sends the same request object again.
        if refuse:
            self.refused += 1
            request.headers[FAULT] = f"rate-limit:{self.retry_after}"
        else:
            request.headers[FAULT] = f"stall:{self.latency}"


async def runner(
    url: str, latency: float, count: int, concurrency: int, out: Path, share: float
) -> Dict[str, Any]:
    """The batch runner over the same rows, one event loop, its adaptive concurrency."""
    headers = {FAULT: f"stall:{latency}"}
    async with AsyncZaguanClient(url, KEY, default_headers=headers) as client:
        if share:
            _Injector.shared.attach(client)
        job = zaguan_batch.achat(
            client, rows(count), output=out, max_concurrency=concurrency, progress=False
        )
        summary = await job
    return {
        "elapsed": summary.elapsed,
        "done": summary.done,
        "failed": summary.failed,
        "requests": summary.requests,
        "rate_limited": summary.rate_limited,
        "pauses": job.state.pauses,
        "final_concurrency": job.state.limit,
    }


def on_ray(
    url: str, latency: float, count: int, concurrency: int, workers: int, out: Path
) -> Dict[str, Any]:
    """The runner on Ray: ``workers`` actors, each with the runner at ``concurrency``."""
    client = ZaguanClient(url, KEY, default_headers={FAULT: f"stall:{latency}"})
    start = time.perf_counter()
    summary = zaguan_batch.run_on_ray(
        client,
        "chat",
        rows(count),
        output=out,
        workers=workers,
        worker_cpus=0.25,
        rows_per_task=max(64, count // (workers * 8)),
        max_concurrency=concurrency,
        progress=False,
    )
    elapsed = time.perf_counter() - start
    return {"elapsed": elapsed, "done": summary.done, "failed": summary.failed}


def line(name: str, figures: Dict[str, Any], count: int, base: Optional[float]) -> str:
    rate = count / figures["elapsed"]
    ratio = f"{rate / base:.2f}x" if base else "1.00x"
    extra = ", ".join(f"{k}={v}" for k, v in figures.items() if k not in ("elapsed",))
    return f"  {name:<28} {figures['elapsed']:7.1f} s {rate:8.1f} rows/s {ratio:>7}   {extra}"


def main(argv: Optional[List[str]] = None) -> int:
    """Run every case and print the report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.25, help="seconds per request")
    parser.add_argument("--concurrency", type=int, default=64, help="the runner's maximum")
    parser.add_argument("--share", type=float, default=0.1, help="share of attempts given a 429")
    parser.add_argument("--retry-after", type=float, default=1.0)
    parser.add_argument("--rows-429", type=int, default=2_000)
    parser.add_argument("--rows-at-once", type=int, default=2_000, help="rows of the plain gather")
    parser.add_argument("--limit-rps", type=float, default=100.0, help="the emulated limit")
    parser.add_argument("--no-ray", action="store_true")
    args = parser.parse_args(argv)
    count = args.rows
    print(
        f"python {sys.version.split()[0]}, {count:,} chat rows, {args.latency}s injected "
        f"latency per request, runner concurrency {args.concurrency}, {os.cpu_count()} CPUs"
    )
    with contextlib.ExitStack() as stack, tempfile.TemporaryDirectory() as folder:
        gateway, urls = _start("local_gateway", "--port", "0", "--api-key", KEY)
        stack.callback(_stop, gateway)
        url = urls["zaguan"]
        directory = Path(folder)
        print(f"rows/s, and ratios to gather in chunks of {args.concurrency}:")
        naive = asyncio.run(naive_gather(url, args.latency, count, 0.0, args.concurrency))
        base = count / naive["elapsed"]
        print(line(f"gather, chunks of {args.concurrency}", naive, count, None), flush=True)
        out = directory / "runner.jsonl"
        figures = asyncio.run(runner(url, args.latency, count, args.concurrency, out, 0.0))
        print(line(f"batch runner ({args.concurrency})", figures, count, base), flush=True)
        at_once = args.rows_at_once
        everything = asyncio.run(naive_gather(url, args.latency, at_once, 0.0, None))
        print(
            line(f"gather, all {at_once:,} at once", everything, at_once, base)
            + f"  (on {at_once:,} rows)",
            flush=True,
        )
        if not args.no_ray:
            import ray  # type: ignore[import-not-found, import-untyped, unused-ignore]

            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
            ray.data.DataContext.get_current().enable_progress_bars = False
            try:
                for workers in (1, 2, 4):
                    out = directory / f"ray{workers}.jsonl"
                    figures = on_ray(url, args.latency, count, args.concurrency, workers, out)
                    lines, missing, duplicated = check_output(out, count)
                    figures.update(missing=missing, duplicated=duplicated)
                    print(line(f"Ray, {workers} worker(s)", figures, count, base), flush=True)
            finally:
                ray.shutdown()
        rows_429 = args.rows_429
        scenarios = [
            (
                f"the gateway answering 429 (Retry-After: {args.retry_after}) to "
                f"{args.share:.0%} of the attempts",
                _Injector(args.share, args.latency, args.retry_after),
            ),
            (
                f"a gateway limit of {args.limit_rps:g} requests/s (429, Retry-After: "
                f"{args.retry_after}, above it)",
                _Injector(0.0, args.latency, args.retry_after, args.limit_rps),
            ),
        ]
        for number, (title, injector) in enumerate(scenarios):
            print(f"\n{rows_429:,} rows, {title}:")
            _Injector.shared = injector
            naive = asyncio.run(naive_gather(url, args.latency, rows_429, 1.0, args.concurrency))
            naive.update(requests=injector.attempts, refused=injector.refused)
            print(line("gather (the SDK's retries)", naive, rows_429, None), flush=True)
            _Injector.shared = _Injector(
                injector.share, args.latency, args.retry_after, injector.limit
            )
            out = directory / f"runner-429-{number}.jsonl"
            figures = asyncio.run(runner(url, args.latency, rows_429, args.concurrency, out, 1.0))
            lines, missing, duplicated = check_output(out, rows_429)
            figures.update(lines=lines, missing=missing, duplicated=duplicated)
            naive_rate = rows_429 / naive["elapsed"]
            print(
                line(f"batch runner ({args.concurrency})", figures, rows_429, naive_rate),
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
