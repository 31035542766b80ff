"""Over real sockets, on a pool of one connection: a stream dropped unread gives its connection
back (with a ResourceWarning), so the next call does not wait for the pool; and the async
stream calls work with ``async for`` straight away, for both SDKs."""

from __future__ import annotations

import asyncio
import gc

import httpx
import pytest

from local_gateway import Gateway
from meganova import AsyncMegaNova, MegaNova
from zaguan import AsyncZaguanClient, ZaguanClient

from ._support import MESSAGES, WORDS

# A request that found no free connection would wait for the pool: a short pool timeout
# turns that into a failure (no retry: max_retries=0) rather than a hang. A passing run
# never waits for it.
ONE_CONNECTION = httpx.Limits(max_connections=1, max_keepalive_connections=1)
TIMEOUT = httpx.Timeout(30.0, pool=3.0)


def words(text: str) -> list[str]:
    return text.split()


def test_zaguan_dropped_unread_stream_frees_the_only_connection(gateway: Gateway) -> None:
    http = httpx.Client(limits=ONE_CONNECTION, timeout=TIMEOUT)
    with http, ZaguanClient(gateway.zaguan_url, gateway.api_key, http_client=http) as client:
        stream = client.chat_stream(model="echo", messages=MESSAGES, max_retries=0)
        with pytest.warns(ResourceWarning):
            del stream
            gc.collect()
        assert client.health_check(max_retries=0).status == "ok"


def test_meganova_dropped_unread_stream_frees_the_only_connection(gateway: Gateway) -> None:
    http = httpx.Client(limits=ONE_CONNECTION, timeout=TIMEOUT)
    with http, MegaNova(gateway.api_key, gateway.meganova_url, http_client=http) as client:
        stream = client.chat.stream(messages=MESSAGES, model="echo", max_retries=0)
        with pytest.warns(ResourceWarning):
            del stream
            gc.collect()
        text = "".join(c.delta for c in client.chat.stream(messages=MESSAGES, model="echo"))
        assert words(text) == WORDS


async def test_async_zaguan_dropped_unread_stream_frees_the_only_connection(
    gateway: Gateway,
) -> None:
    http = httpx.AsyncClient(limits=ONE_CONNECTION, timeout=TIMEOUT)
    async with http, AsyncZaguanClient(gateway.zaguan_url, gateway.api_key, http_client=http) as c:
        stream = await c.chat_stream(model="echo", messages=MESSAGES, max_retries=0)
        with pytest.warns(ResourceWarning, match="async with"):
            del stream
            gc.collect()
        chunks = [chunk async for chunk in c.chat_stream(model="echo", messages=MESSAGES)]
        text = "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices)
        assert words(text) == WORDS


async def test_async_meganova_dropped_unread_stream_frees_the_only_connection(
    gateway: Gateway,
) -> None:
    http = httpx.AsyncClient(limits=ONE_CONNECTION, timeout=TIMEOUT)
    async with http, AsyncMegaNova(gateway.api_key, gateway.meganova_url, http_client=http) as c:
        stream = await c.chat.stream(messages=MESSAGES, model="echo", max_retries=0)
        with pytest.warns(ResourceWarning):
            del stream
            gc.collect()
        text = "".join([ch.delta async for ch in c.chat.stream(messages=MESSAGES, model="echo")])
        assert words(text) == WORDS


async def test_async_for_broken_off_frees_the_only_connection(gateway: Gateway) -> None:
    http = httpx.AsyncClient(limits=ONE_CONNECTION, timeout=TIMEOUT)
    async with http, AsyncMegaNova(gateway.api_key, gateway.meganova_url, http_client=http) as c:
        async for _ in c.chat.stream(messages=MESSAGES, model="echo", max_retries=0):
            break
        for _ in range(5):  # the event loop finalises the abandoned loop's generator
            await asyncio.sleep(0)
        balance = await c.billing.get_balance(max_retries=0)
        assert balance.currency
