"""Type-checked by mypy --strict, never run: the public API keeps its generic types."""

from __future__ import annotations

from typing import Any, Dict, List

import httpx

from zaguan._runtime import (
    APIResponse,
    AsyncStream,
    AsyncTransport,
    ClientConfig,
    RequestOptions,
    Stream,
    SyncTransport,
)


def parse_models(response: httpx.Response) -> List[str]:
    return [m["id"] for m in response.json()["data"]]


def parse_delta(payload: Any, request_id: str) -> str:
    return str(payload["choices"][0]["delta"].get("content") or "")


def sync_usage(transport: SyncTransport) -> None:
    result: APIResponse[List[str]] = transport.request(
        {"method": "get", "url": "/models"}, parse_models, RequestOptions(timeout=5.0)
    )
    ids: List[str] = result.value
    rid: str = result.request_id
    stream: Stream[str] = transport.stream({"method": "post", "url": "/chat"}, parse_delta)
    with stream:
        text: List[str] = list(stream)
    del ids, rid, text


async def async_usage(transport: AsyncTransport) -> None:
    result = await transport.request({"method": "get", "url": "/models"}, parse_models)
    ids: List[str] = result.value
    stream: AsyncStream[str] = await transport.stream({"method": "post", "url": "/c"}, parse_delta)
    async with stream:
        text: List[str] = [piece async for piece in stream]
    del ids, text


def config_usage() -> Dict[str, ClientConfig]:
    return {"zaguan": ClientConfig(base_url="https://api.zaguanai.com/v1", api_key="k")}
