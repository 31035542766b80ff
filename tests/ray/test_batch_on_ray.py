"""The batch runner on a local Ray cluster against the local gateway (``make test-ray``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

from local_gateway import Gateway
from meganova import MegaNova
from meganova import batch as meganova_batch
from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan import batch as zaguan_batch
from zaguan._runtime._batch_ray import RayBatchCaller, SharedRateLimit

pytestmark = pytest.mark.ray


def records(path: Path) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_a_ray_batch_writes_one_line_per_row_in_input_order(
    ray_cluster: Any, gateway: Gateway, tmp_path: Path
) -> None:
    client = ZaguanClient(base_url=gateway.zaguan_url, api_key=gateway.api_key)
    out = tmp_path / "out.jsonl"
    rows = [f"row {i}" for i in range(40)]
    summary = zaguan_batch.run_on_ray(
        client, "chat", rows, output=out, defaults={"model": "echo"}, workers=2, rows_per_task=8
    )
    lines = records(out)
    assert [line["id"] for line in lines] == [str(i) for i in range(1, 41)]
    assert lines[3]["result"]["choices"][0]["message"]["content"] == "row 3"
    assert all(line["request_id"] and line["tokens"]["total"] > 0 for line in lines)
    assert (summary.done, summary.failed) == (40, 0)


def test_a_ray_batch_skips_the_rows_already_done(
    ray_cluster: Any, gateway: Gateway, tmp_path: Path
) -> None:
    client = MegaNova(api_key=gateway.api_key, base_url=gateway.meganova_url)
    out = tmp_path / "out.jsonl"
    rows = [{"id": f"e{i}", "input": f"text {i}"} for i in range(12)]
    settings: Dict[str, Any] = {"defaults": {"model": "BAAI/bge-m3"}}
    meganova_batch.embeddings(client, rows[:5], output=out, **settings)  # one machine first
    summary = meganova_batch.run_on_ray(client, "embeddings", rows, output=out, **settings)
    assert (summary.done, summary.skipped) == (7, 5)
    assert [line["id"] for line in records(out)] == [f"e{i}" for i in range(12)]


def test_a_ray_batch_records_a_failed_row_and_goes_on(
    ray_cluster: Any, gateway: Gateway, tmp_path: Path
) -> None:
    client = ZaguanClient(base_url=gateway.zaguan_url, api_key=gateway.api_key)
    out = tmp_path / "out.jsonl"
    rows = [
        "fine",
        {"id": "bad", "model": "no-such-model", "messages": [{"role": "user", "content": "x"}]},
    ]
    summary = zaguan_batch.run_on_ray(client, "chat", rows, output=out, defaults={"model": "echo"})
    assert (summary.done, summary.failed) == (1, 1)
    assert records(out)[1]["error"]["type"] == "NotFoundError"


def test_the_driver_makes_no_client_per_row(
    ray_cluster: Any, gateway: Gateway, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: List[int] = []
    original = AsyncZaguanClient.__init__

    def counting(self: AsyncZaguanClient, *args: Any, **kwargs: Any) -> None:
        made.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(AsyncZaguanClient, "__init__", counting)
    client = ZaguanClient(base_url=gateway.zaguan_url, api_key=gateway.api_key)
    rows = [f"row {i}" for i in range(20)]
    summary = zaguan_batch.run_on_ray(client, "chat", rows, defaults={"model": "echo"})
    assert summary.done == 20
    assert made == []  # every client was built on a worker, from the pickled configuration


def test_workers_share_one_pause_per_429_event(ray_cluster: Any, gateway: Gateway) -> None:
    limit = ray_cluster.remote(num_cpus=0)(SharedRateLimit).remote(None, None)
    client = ZaguanClient(base_url=gateway.zaguan_url, api_key=gateway.api_key)
    fault = {"X-Gateway-Fault": "rate-limit:0.2"}
    rows = [
        {
            "id": f"r{i}",
            "model": "echo",
            "messages": [{"role": "user", "content": "x"}],
            "extra_headers": fault,
        }
        for i in range(16)
    ]
    items = [{"id": row["id"], "index": i, "row": json.dumps(row)} for i, row in enumerate(rows)]
    dataset = ray_cluster.data.from_items(items, override_num_blocks=2).map_batches(
        RayBatchCaller,
        fn_constructor_kwargs={
            "client": client,
            "sdk_batch": "zaguan.batch",
            "method": "chat",
            "limit": limit,
            "settings": {"max_retries": 1, "max_concurrency": 8},
        },
        compute=ray_cluster.data.ActorPoolStrategy(size=2),
        num_cpus=0.25,
        batch_size=8,
    )
    lines = [json.loads(record["line"]) for record in dataset.iter_rows()]
    rate_limited = sum(line["attempts"] for line in lines)
    assert rate_limited == 32 and all(line["error"]["status"] == 429 for line in lines)
    pauses = ray_cluster.get(limit.stats.remote())["pauses"]
    assert 1 <= pauses < rate_limited // 2  # echoes of an event (sent before it) add none
