"""The batch runner of both SDKs, against a local gateway this example starts itself:
``python -m examples.batch_tour`` (not part of ``make demo``; add ``--ray`` to run the same
batch on a local Ray cluster, with the ``[ray]`` extra installed).

It writes ``batch-out.jsonl`` in a temporary folder, reruns the batch to show that the rows done
are skipped, and shows a failed row recorded, then retried by the next run.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path

from local_gateway import start_gateway
from meganova import AsyncMegaNova, MegaNova
from meganova import batch as meganova_batch
from zaguan import ZaguanClient
from zaguan import batch as zaguan_batch


def main(argv: list[str]) -> int:
    """Run the tour; 0 when it finished."""
    with start_gateway() as gateway, tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "batch-out.jsonl"
        client = ZaguanClient(base_url=gateway.zaguan_url, api_key=gateway.api_key)

        rows = [
            "What is a gateway?",  # a str: one user message; its id is its position, "1"
            {"id": "q2", "messages": [{"role": "user", "content": "And a batch?"}]},
            {"id": "q3", "model": "no-such-model", "messages": [{"role": "user", "content": "?"}]},
        ]
        summary = zaguan_batch.chat(client, rows, output=output, defaults={"model": "echo"})
        print("first run: ", summary)  # 2 done, 1 failed
        for line in output.read_text().splitlines():
            record = json.loads(line)
            print("  ", record["id"], record["ok"], record["error"] and record["error"]["type"])

        rows[2] = {"id": "q3", "messages": [{"role": "user", "content": "fixed"}]}
        summary = zaguan_batch.chat(client, rows, output=output, defaults={"model": "echo"})
        print("second run:", summary)  # 1 done (q3, retried), 2 skipped

        async def embed() -> None:
            async with AsyncMegaNova(
                api_key=gateway.api_key, base_url=gateway.meganova_url
            ) as aclient:
                job = meganova_batch.aembeddings(
                    aclient, ["alpha", "beta", "gamma"], defaults={"model": "BAAI/bge-m3"}
                )
                async for result in job:  # in input order
                    print("   embedding of row", result.id, "request", result.request_id)
                print("async run: ", job.summary)

        asyncio.run(embed())

        if "--ray" in argv:
            import ray  # type: ignore[import-not-found, import-untyped, unused-ignore]

            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
            try:
                mn = MegaNova(api_key=gateway.api_key, base_url=gateway.meganova_url)
                texts = [f"row {i}" for i in range(100)]
                on_ray = meganova_batch.run_on_ray(
                    mn,
                    "chat",
                    texts,
                    output=Path(folder) / "ray-out.jsonl",
                    defaults={"model": "manta-flash"},
                    workers=2,
                )
                print("on Ray:    ", on_ray)
            finally:
                ray.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
