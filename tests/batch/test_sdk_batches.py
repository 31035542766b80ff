"""Both SDKs' batch modules end to end, against the local gateway over real sockets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

from local_gateway import Gateway
from local_gateway.agents import VIDEO_MODELS
from meganova import AsyncMegaNova, MegaNova
from meganova import batch as meganova_batch
from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan import batch as zaguan_batch
from zaguan.errors import InvalidArgumentError

from .conftest import FakeClock


def records(path: Path) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.fixture
def zaguan(gateway: Gateway) -> ZaguanClient:
    return ZaguanClient(base_url=gateway.zaguan_url, api_key=gateway.api_key)


@pytest.fixture
def meganova(gateway: Gateway) -> MegaNova:
    return MegaNova(api_key=gateway.api_key, base_url=gateway.meganova_url)


def test_zaguan_chat_batch_writes_each_reply_with_its_request_id_and_tokens(
    tmp_path: Path, zaguan: ZaguanClient
) -> None:
    out = tmp_path / "out.jsonl"
    summary = zaguan_batch.chat(
        zaguan,
        ["hello there", {"id": "b", "messages": [{"role": "user", "content": "hi"}]}],
        output=out,
        defaults={"model": "echo"},
    )
    first, second = records(out)
    assert first["id"] == "1" and second["id"] == "b"
    assert first["result"]["choices"][0]["message"]["content"] == "hello there"
    assert first["request_id"] and first["tokens"]["total"] > 0
    assert (summary.done, summary.failed) == (2, 0)


def test_zaguan_embeddings_batch_writes_the_vectors(tmp_path: Path, zaguan: ZaguanClient) -> None:
    out = tmp_path / "out.jsonl"
    zaguan_batch.embeddings(
        zaguan, ["a", "b"], output=out, defaults={"model": "openai/text-embedding-3-small"}
    )
    assert [len(r["result"]["data"]) for r in records(out)] == [1, 1]


def test_meganova_chat_batch_writes_each_reply(tmp_path: Path, meganova: MegaNova) -> None:
    out = tmp_path / "out.jsonl"
    meganova_batch.chat(meganova, ["one", "two"], output=out, defaults={"model": "manta-flash"})
    contents = [r["result"]["choices"][0]["message"]["content"] for r in records(out)]
    assert contents == ["one", "two"]


def test_meganova_embeddings_batch_sends_input_by_position(
    tmp_path: Path, meganova: MegaNova
) -> None:
    out = tmp_path / "out.jsonl"
    summary = meganova_batch.embeddings(
        meganova, ["a", "b", "c"], output=out, defaults={"model": "BAAI/bge-m3"}
    )
    assert summary.done == 3


def test_a_generic_batch_calls_any_json_method_by_name(tmp_path: Path, meganova: MegaNova) -> None:
    out = tmp_path / "out.jsonl"
    rows = [{"args": ["query", ["doc a", "doc b"]], "model": "bge-reranker-v2-m3"}]
    meganova_batch.run(meganova, "rerank.create", rows, output=out)
    assert len(records(out)[0]["result"]["results"]) == 2


def test_a_row_the_gateway_refuses_is_a_typed_error_line(
    tmp_path: Path, zaguan: ZaguanClient
) -> None:
    out = tmp_path / "out.jsonl"
    rows = [{"model": "no-such-model", "messages": [{"role": "user", "content": "x"}]}]
    summary = zaguan_batch.chat(zaguan, rows, output=out)
    (line,) = records(out)
    assert line["error"]["type"] == "NotFoundError"
    assert line["error"]["status"] == 404
    assert line["request_id"]
    assert summary.failed == 1


def test_rate_limited_rows_are_retried_by_the_batch_not_per_request(
    tmp_path: Path, zaguan: ZaguanClient
) -> None:
    clock = FakeClock()
    out = tmp_path / "out.jsonl"
    rows = [{"model": "fault-rate-limit:3", "messages": [{"role": "user", "content": "x"}]}]
    summary = zaguan_batch.chat(
        zaguan, rows, output=out, max_retries=2, sleep=clock.sleep, clock=clock
    )
    assert (summary.requests, summary.rate_limited, summary.failed) == (3, 3, 1)
    assert clock.sleeps == [3.0, 3.0]  # Retry-After, honoured by the batch
    assert records(out)[0]["error"]["type"] == "RateLimitError"


async def test_an_async_batch_yields_results_as_they_come(gateway: Gateway) -> None:
    async with AsyncZaguanClient(base_url=gateway.zaguan_url, api_key=gateway.api_key) as client:
        job = zaguan_batch.achat(client, ["a", "b", "c"], defaults={"model": "echo"})
        ids = [result.id async for result in job]
    assert ids == ["1", "2", "3"]
    assert job.summary is not None and job.summary.done == 3


async def test_an_async_meganova_batch_is_awaited_for_its_summary(gateway: Gateway) -> None:
    async with AsyncMegaNova(api_key=gateway.api_key, base_url=gateway.meganova_url) as client:
        summary = await meganova_batch.aembeddings(client, ["a"], defaults={"model": "BAAI/bge-m3"})
    assert summary.done == 1


def test_the_blocking_functions_refuse_an_async_client(gateway: Gateway) -> None:
    client = AsyncZaguanClient(base_url=gateway.zaguan_url, api_key=gateway.api_key)
    with pytest.raises(InvalidArgumentError, match="blocking batch functions take a ZaguanClient"):
        zaguan_batch.chat(client, ["a"])  # type: ignore[arg-type]


def test_an_unknown_method_name_is_refused(zaguan: ZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match="has no method 'create_nothing'"):
        zaguan_batch.run(zaguan, "create_nothing", [{}])


def test_the_blocking_entry_point_sends_with_the_clients_configuration(
    tmp_path: Path, gateway: Gateway
) -> None:
    client = MegaNova(
        api_key=gateway.api_key,
        base_url=gateway.meganova_url,
        default_headers={"X-Gateway-Fault": "status:418"},  # reaches the gateway only if carried
    )
    out = tmp_path / "out.jsonl"
    meganova_batch.chat(client, ["x"], output=out, defaults={"model": "manta-flash"})
    assert records(out)[0]["error"]["status"] == 418


def test_a_batch_never_resends_a_call_that_may_have_acted(
    tmp_path: Path, meganova: MegaNova
) -> None:
    # The connection drops after a video generation was sent: the row fails, not retried,
    # as the client itself would not retry it (x-sdk-idempotent: false).
    out = tmp_path / "videos.jsonl"
    rows = [
        {
            "id": "v1",
            "model_name": VIDEO_MODELS[0],
            "prompt": "a fox",
            "extra_headers": {"X-Gateway-Fault": "disconnect"},
        }
    ]
    summary = meganova_batch.run(meganova, "videos.generate", rows, output=out, max_retries=5)

    [record] = records(out)
    assert record["ok"] is False and record["error"]["type"] == "APIConnectionError"
    assert record["attempts"] == 1 and summary.requests == 1
