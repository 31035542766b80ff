"""Type-checked, never run: the public API of both SDKs as a type checker sees it.

`make typecheck` runs mypy --strict on this file; an overload or return type that drifts
fails there. (Like stamina's tests/typing/api.py.)
"""

from __future__ import annotations

from typing import List

from typing_extensions import assert_type

from meganova import AsyncChatStream, AsyncMegaNova, ChatStream, ChatStreamChunk, MegaNova
from meganova.types import BillingBalance, ChatResponse, ModelInfo, UsageSummary
from zaguan import (
    AsyncStream,
    AsyncZaguanClient,
    ChatChunk,
    CreditsHistoryEntry,
    Stream,
    ZaguanClient,
    collect_stream,
)
from zaguan import ChatResponse as ZaguanChatResponse

MESSAGES = [{"role": "user", "content": "hi"}]


def meganova_sync(client: MegaNova) -> None:
    assert_type(client.chat.create(messages=MESSAGES, model="m"), ChatResponse)
    assert_type(client.chat.create(messages=MESSAGES, model="m", stream=True), ChatStream)
    stream = client.chat.stream(messages=MESSAGES, model="m", top_p=0.5, timeout=3.0)
    for chunk in stream:
        assert_type(chunk, ChatStreamChunk)
        assert_type(chunk.delta, str)
    assert_type(client.models.list(max_retries=0), List[ModelInfo])
    assert_type(client.models.get("a/b", request_id="r"), ModelInfo)
    assert_type(client.usage.summary(from_="a", to="b", group_by="user"), UsageSummary)
    assert_type(client.billing.get_balance(extra_headers={"X": "1"}), BillingBalance)
    content = client.chat.create(messages=MESSAGES, model="m").choices[0].message.content
    assert content is None or isinstance(content, (str, list))


async def meganova_async(client: AsyncMegaNova) -> None:
    assert_type(await client.chat.create(messages=MESSAGES, model="m"), ChatResponse)
    stream = await client.chat.create(messages=MESSAGES, model="m", stream=True)
    assert_type(stream, AsyncChatStream)
    async for chunk in stream:
        assert_type(chunk, ChatStreamChunk)
    assert_type(await client.models.list(), List[ModelInfo])


def zaguan_sync(client: ZaguanClient) -> None:
    assert_type(client.chat(model="m", messages=MESSAGES), ZaguanChatResponse)
    stream = client.chat_stream({"model": "m", "messages": MESSAGES}, request_id="r")
    assert_type(stream, Stream[ChatChunk])
    assert_type(collect_stream(stream), ZaguanChatResponse)
    for entry in client.iter_credits_history(limit=10, timeout=5.0):
        assert_type(entry, CreditsHistoryEntry)


async def zaguan_async(client: AsyncZaguanClient) -> None:
    assert_type(await client.chat(model="m", messages=MESSAGES), ZaguanChatResponse)
    assert_type(await client.chat_stream(model="m", messages=MESSAGES), AsyncStream[ChatChunk])
