"""One client shared by many threads (sync) or tasks (async): every reply matches its request."""

from __future__ import annotations

import asyncio
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import List, Set

import httpx
from pytest_httpx import HTTPXMock

from meganova import AsyncMegaNova, MegaNova

from .mn_helpers import MODEL, SSE_HEADERS, chat_json, chunk_json, sse_event


def echo(request: httpx.Request) -> httpx.Response:
    """Reply with the last user message and the request id, so mix-ups show."""
    body = json.loads(request.content)
    text = body["messages"][-1]["content"]
    reply = chat_json(f"echo:{text}", id=request.headers["X-Request-Id"])
    return httpx.Response(200, json=reply)


def echo_stream(request: httpx.Request) -> httpx.Response:
    text = json.loads(request.content)["messages"][-1]["content"]
    content = b"".join(sse_event(chunk_json(part)) for part in text.split("-"))
    return httpx.Response(200, headers=SSE_HEADERS, content=content + b"data: [DONE]\n\n")


def test_sixteen_threads_sharing_one_client_get_their_own_replies(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_callback(echo, is_reusable=True)
    threads: Set[int] = set()

    def ask(i: int) -> tuple:  # type: ignore[type-arg]
        threads.add(threading.get_ident())
        resp = client.chat.create(
            messages=[{"role": "user", "content": f"message {i}"}], model=MODEL
        )
        return i, resp.choices[0].message["content"], resp.id, resp.request_id

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(ask, range(64)))

    for i, content, reply_id, request_id in results:
        assert content == f"echo:message {i}"
        assert reply_id == request_id
    assert len({r[3] for r in results}) == 64
    assert len(httpx_mock.get_requests()) == 64
    assert len(threads) > 1


def test_threads_streaming_through_one_client_get_their_own_chunks(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_callback(echo_stream, is_reusable=True)

    def ask(i: int) -> str:
        text = f"t{i}-a-b"
        with client.chat.stream(messages=[{"role": "user", "content": text}], model=MODEL) as s:
            return "-".join(item.delta for item in s if not item.done)

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(ask, range(32)))
    assert results == [f"t{i}-a-b" for i in range(32)]


async def test_hundred_tasks_sharing_one_async_client_get_their_own_replies(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_callback(echo, is_reusable=True)

    async def ask(i: int) -> tuple:  # type: ignore[type-arg]
        await asyncio.sleep(0)
        resp = await aclient.chat.create(
            messages=[{"role": "user", "content": f"task {i}"}], model=MODEL
        )
        return i, resp.choices[0].message.content, resp.id, resp.request_id

    results = await asyncio.gather(*(ask(i) for i in range(100)))
    for i, content, reply_id, request_id in results:
        assert content == f"echo:task {i}"
        assert reply_id == request_id
    assert len({r[3] for r in results}) == 100
    assert len(httpx_mock.get_requests()) == 100


async def test_tasks_streaming_through_one_async_client_get_their_own_chunks(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_callback(echo_stream, is_reusable=True)

    async def ask(i: int) -> str:
        s = await aclient.chat.stream(
            messages=[{"role": "user", "content": f"s{i}-x"}], model=MODEL
        )
        parts: List[str] = []
        async with s:
            async for item in s:
                if not item.done:
                    parts.append(item.delta)
                await asyncio.sleep(0)
        return "-".join(parts)

    results = await asyncio.gather(*(ask(i) for i in range(50)))
    assert results == [f"s{i}-x" for i in range(50)]
