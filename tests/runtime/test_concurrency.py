"""One transport shared by many threads or tasks: every caller gets its own reply."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any, List, Tuple

import httpx
from pytest_httpx import HTTPXMock

from zaguan._runtime import AsyncTransport, RequestOptions, SyncTransport

CALLS_PER_THREAD = 20


def echo(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    if request.url.path.endswith("/stream"):
        event = {"rid": request.headers["x-request-id"], "n": body["n"]}
        return httpx.Response(
            200, content=f"data: {json.dumps(event)}\n\ndata: [DONE]\n\n".encode()
        )
    return httpx.Response(200, json={"rid": request.headers["x-request-id"], "n": body["n"]})


def as_json(response: httpx.Response) -> Any:
    return response.json()


def test_sixteen_threads_share_one_sync_transport(
    transport: SyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_callback(echo, is_reusable=True)

    def worker(thread: int) -> List[Tuple[Any, str, int]]:
        results = []
        for i in range(CALLS_PER_THREAD):
            n = thread * 1000 + i
            if i % 2:
                stream = transport.stream(
                    {"method": "post", "url": "/stream", "json": {"n": n}}, lambda p, rid: p
                )
                (reply,) = list(stream)
                results.append((reply, stream.request_id, n))
            else:
                result = transport.request(
                    {"method": "post", "url": "/echo", "json": {"n": n}},
                    as_json,
                    RequestOptions(request_id=f"t{thread}-{i}"),
                )
                assert result.request_id == f"t{thread}-{i}"
                results.append((result.value, result.request_id, n))
        return results

    with ThreadPoolExecutor(max_workers=16) as pool:
        all_results = [r for rs in pool.map(worker, range(16)) for r in rs]

    assert len(all_results) == 16 * CALLS_PER_THREAD
    for reply, request_id, n in all_results:
        assert reply == {"rid": request_id, "n": n}
    assert len({request_id for _, request_id, _ in all_results}) == len(all_results)


async def test_hundred_tasks_share_one_async_transport(
    atransport: AsyncTransport, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_callback(echo, is_reusable=True)

    async def call(n: int) -> Tuple[Any, str, int]:
        await asyncio.sleep(0)  # interleave the tasks
        if n % 2:
            stream = await atransport.stream(
                {"method": "post", "url": "/stream", "json": {"n": n}}, lambda p, rid: p
            )
            replies = [reply async for reply in stream]
            return replies[0], stream.request_id, n
        result = await atransport.request(
            {"method": "post", "url": "/echo", "json": {"n": n}}, as_json
        )
        return result.value, result.request_id, n

    results = await asyncio.gather(*(call(n) for n in range(100)))
    for reply, request_id, n in results:
        assert reply == {"rid": request_id, "n": n}
    assert len({request_id for _, request_id, _ in results}) == 100
