"""Type-checked, never run: the public API of both SDKs as a type checker sees it.

`make typecheck` runs mypy --strict on this file; an overload or return type that drifts
fails there. (Like stamina's tests/typing/api.py.) Lines ending in ``# type: ignore[...]``
must stay errors: mypy's warn_unused_ignores (part of --strict) fails the check the day one
of them type-checks, e.g. the day a misspelt keyword argument is accepted again.
"""

from __future__ import annotations

from typing import Any, AsyncIterator, Iterator, List, Optional

import httpx
from typing_extensions import assert_type

from meganova import (
    AsyncChatStream,
    AsyncMegaNova,
    ChatStream,
    ChatStreamChunk,
    MegaNova,
    RateLimitError,
)
from meganova._runtime import ResultList as MeganovaResultList
from meganova.types import (
    BillingBalance,
    ChatMessageParam,
    ChatResponse,
    ModelInfo,
    UsageSummary,
)
from zaguan import (
    AnthropicMessagesBatchResponse,
    AnthropicMessagesBatchResult,
    AnthropicMessagesResponse,
    AnthropicMessagesStreamEvent,
    AsyncMessageStream,
    AsyncStream,
    AsyncZaguanClient,
    ChatChunk,
    ChatRequest,
    CreditsHistoryEntry,
    Message,
    MessageStream,
    Stream,
    StreamAccumulator,
    ZaguanClient,
    acollect_stream,
    collect_stream,
)
from zaguan import ChatResponse as ZaguanChatResponse
from zaguan.models import AnthropicMessageParam
from zaguan.models import ChatMessageParam as ZaguanMessageParam

MESSAGES: List[ChatMessageParam] = [{"role": "user", "content": "hi"}]
ZAGUAN_MESSAGES: List[ZaguanMessageParam] = [{"role": "user", "content": "hi"}]


def meganova_sync(client: MegaNova) -> None:
    assert_type(client.chat.create(messages=MESSAGES, model="m"), ChatResponse)
    assert_type(client.chat.create(messages=MESSAGES, model="m", stream=True), ChatStream)
    assert_type(client.chat.create(messages=MESSAGES, model="m", stream=False), ChatResponse)
    assert_type(client.chat.completions.create(messages=MESSAGES, model="m"), ChatResponse)
    assert_type(
        client.chat.completions.create(messages=MESSAGES, model="m", stream=True), ChatStream
    )
    # Message literals written in the call need no annotation.
    client.chat.create(messages=[{"role": "system", "content": "Be brief."}], model="m")
    client.chat.create(
        messages=MESSAGES,
        model="m",
        temperature=0.5,
        max_tokens=10,
        session_id="s",
        request_id="r",
        timeout=3.0,
        max_retries=0,
        extra_headers={"X-A": "1"},
        extra_query={"q": "1"},
        extra_body={"character_id": "luna"},
    )
    stream = client.chat.stream(messages=MESSAGES, model="m", top_p=0.5, timeout=3.0)
    assert_type(stream, ChatStream)
    assert_type(next(stream), ChatStreamChunk)
    iterator: Iterator[ChatStreamChunk] = stream
    for chunk in stream:
        assert_type(chunk, ChatStreamChunk)
        assert_type(chunk.delta, str)
        assert_type(chunk["delta"], Any)
    assert_type(client.models.list(max_retries=0), MeganovaResultList[ModelInfo])
    assert_type(client.models.list().request_id, Optional[str])
    assert_type(client.models.get("a/b", request_id="r"), ModelInfo)
    assert_type(
        client.usage.summary(from_="2025-11-01", to="2025-11-30", group_by="user"), UsageSummary
    )
    assert_type(client.billing.get_balance(extra_headers={"X": "1"}), BillingBalance)
    assert_type(client.billing.get_user_instance_billings(extra_query={"a": 1}), BillingBalance)
    content = client.chat.create(messages=MESSAGES, model="m").choices[0].message.content
    assert content is None or isinstance(content, (str, list))
    error: Optional[RateLimitError] = None
    del iterator, error
    # with_options() and copy(): the client's own class, the constructor's keywords.
    fast = client.with_options(timeout=5.0, max_retries=0, region="eu", default_headers={"X": "1"})
    assert_type(fast, MegaNova)
    assert_type(client.copy(set_default_headers={}, http_client=httpx.Client()), MegaNova)
    assert_type(fast.chat.create(messages=MESSAGES, model="m"), ChatResponse)


def meganova_mistakes(client: MegaNova) -> None:
    client.with_options(timout=5.0)  # type: ignore[call-arg]
    client.with_options(max_retries="2")  # type: ignore[arg-type]
    client.with_options(http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    client.chat.create(messages=MESSAGES, model="m", temprature=0.5)  # type: ignore[call-overload]
    client.chat.stream(messages=MESSAGES, model="m", max_token=5)  # type: ignore[call-arg]
    client.chat.create(model="m")  # type: ignore[call-overload]
    client.chat.create(messages=MESSAGES, model="m", timeout="5")  # type: ignore[call-overload]
    client.models.list(request_id=5)  # type: ignore[arg-type]
    client.billing.get_balance(extra_header={"X": "1"})  # type: ignore[call-arg]


async def meganova_async(client: AsyncMegaNova) -> None:
    assert_type(await client.chat.create(messages=MESSAGES, model="m"), ChatResponse)
    stream = await client.chat.create(messages=MESSAGES, model="m", stream=True)
    assert_type(stream, AsyncChatStream)
    async for chunk in stream:
        assert_type(chunk, ChatStreamChunk)
    assert_type(await client.chat.completions.create(messages=MESSAGES, model="m"), ChatResponse)
    # The stream call needs no await: async for, async with and await all work on it.
    assert_type(client.chat.stream(messages=MESSAGES, model="m"), AsyncChatStream)
    async for chunk in client.chat.stream(messages=MESSAGES, model="m", request_id="r"):
        assert_type(chunk, ChatStreamChunk)
    async with client.chat.stream(messages=MESSAGES, model="m") as entered:
        assert_type(entered, AsyncChatStream)
    assert_type(await client.chat.stream(messages=MESSAGES, model="m"), AsyncChatStream)
    iterator: AsyncIterator[ChatStreamChunk] = client.chat.stream(messages=MESSAGES, model="m")
    assert_type(await client.models.list(), MeganovaResultList[ModelInfo])
    assert_type(await client.billing.get_user_instance_billings(), BillingBalance)
    del iterator
    assert_type(client.with_options(http_client=httpx.AsyncClient()), AsyncMegaNova)
    assert_type(client.copy(user_agent_extra="app/1"), AsyncMegaNova)


async def meganova_async_mistakes(client: AsyncMegaNova) -> None:
    client.with_options(http_client=httpx.Client())  # type: ignore[arg-type]
    await client.chat.create(messages=MESSAGES, model="m", temprature=0.5)  # type: ignore[call-overload]
    client.chat.stream(messages=MESSAGES, model="m", temprature=0.5)  # type: ignore[call-arg]


def zaguan_sync(client: ZaguanClient) -> None:
    assert_type(client.chat(model="m", messages=ZAGUAN_MESSAGES), ZaguanChatResponse)
    assert_type(client.chat(ChatRequest(model="m", messages=[])), ZaguanChatResponse)
    assert_type(
        client.chat({"model": "m", "messages": ZAGUAN_MESSAGES}, request_id="r", timeout=5.0),
        ZaguanChatResponse,
    )
    client.chat(
        model="m",
        messages=[{"role": "user", "content": "hi"}],
        temperature=0.2,
        reasoning_effort="low",
        provider_specific_params={"openai": {}},
        request_id="r",
        max_retries=1,
        extra_headers={"X-A": "1"},
        extra_query={"q": "1"},
        extra_body={"new_field": 1},
    )
    stream = client.chat_stream({"model": "m", "messages": ZAGUAN_MESSAGES}, request_id="r")
    assert_type(stream, Stream[ChatChunk])
    assert_type(next(stream), ChatChunk)
    assert_type(collect_stream(stream), ZaguanChatResponse)
    for entry in client.iter_credits_history(limit=10, timeout=5.0):
        assert_type(entry, CreditsHistoryEntry)
    assert_type(client.chat_simple("hi"), ZaguanChatResponse)
    assert_type(client.chat_with_system("be brief", "hi", model="m"), ZaguanChatResponse)
    accumulator = StreamAccumulator()
    for chunk in client.chat_stream(model="m", messages=ZAGUAN_MESSAGES):
        accumulator.add_chunk(chunk)
    assert_type(accumulator.get_message(), Message)
    assert_type(client.health_check(extra_body={"a": 1}, extra_query={"b": "c"}).status, str)
    assert_type(client.with_options(api_key="k", base_url="https://h", timeout=None), ZaguanClient)
    assert_type(client.copy(max_retries=1), ZaguanClient)


def zaguan_mistakes(client: ZaguanClient) -> None:
    client.with_options(region="eu")  # type: ignore[call-arg]
    client.with_options(default_headers={"X": 1})  # type: ignore[dict-item]
    client.chat(model="m", messages=ZAGUAN_MESSAGES, temprature=0.5)  # type: ignore[call-overload]
    client.chat_stream(model="m", messages=ZAGUAN_MESSAGES, top_k=5)  # type: ignore[call-overload]
    client.chat(messages=ZAGUAN_MESSAGES)  # type: ignore[call-overload]
    client.chat(model="m", messages=ZAGUAN_MESSAGES, request_id=1)  # type: ignore[call-overload]
    client.list_models(reqest_id="r")  # type: ignore[call-arg]
    client.get_credits_history(limit=10, curser="c")  # type: ignore[call-arg]


async def zaguan_async(client: AsyncZaguanClient) -> None:
    assert_type(await client.chat(model="m", messages=ZAGUAN_MESSAGES), ZaguanChatResponse)
    # No await needed: async for, async with and await all work on the call.
    assert_type(client.chat_stream(model="m", messages=ZAGUAN_MESSAGES), AsyncStream[ChatChunk])
    assert_type(
        await client.chat_stream(model="m", messages=ZAGUAN_MESSAGES), AsyncStream[ChatChunk]
    )
    async for chunk in client.chat_stream(model="m", messages=ZAGUAN_MESSAGES):
        assert_type(chunk, ChatChunk)
    async with client.chat_stream(model="m", messages=ZAGUAN_MESSAGES) as stream:
        assert_type(stream, AsyncStream[ChatChunk])
    reply = await acollect_stream(client.chat_stream(model="m", messages=ZAGUAN_MESSAGES))
    assert_type(reply, ZaguanChatResponse)
    async for entry in client.iter_credits_history(limit=5):
        assert_type(entry, CreditsHistoryEntry)
    assert_type(client.with_options(http_client=httpx.AsyncClient()), AsyncZaguanClient)


async def zaguan_async_mistakes(client: AsyncZaguanClient) -> None:
    client.with_options(http_client=httpx.Client())  # type: ignore[arg-type]
    await client.chat(model="m", messages=ZAGUAN_MESSAGES, temprature=0.5)  # type: ignore[call-overload]
    client.chat_stream(model="m", messages=ZAGUAN_MESSAGES, temprature=0.5)  # type: ignore[call-overload]


def zaguan_messages(client: ZaguanClient) -> None:
    msgs: List[AnthropicMessageParam] = [{"role": "user", "content": "hi"}]
    message = client.messages(model="m", max_tokens=8, messages=msgs, anthropic_version="v")
    assert_type(message, AnthropicMessagesResponse)
    assert_type(message.usage.input_tokens, int)
    assert_type(
        client.messages({"model": "m", "max_tokens": 8, "messages": msgs}),
        AnthropicMessagesResponse,
    )
    with client.messages_stream(model="m", max_tokens=8, messages=msgs) as stream:
        assert_type(stream, MessageStream)
        for event in stream:
            assert_type(event, AnthropicMessagesStreamEvent)
        assert_type(stream.get_final_message(), AnthropicMessagesResponse)
    assert_type(client.count_tokens(model="m", messages=msgs).input_tokens, int)
    batch = client.create_messages_batch(
        [{"custom_id": "a", "params": {"model": "m", "max_tokens": 8, "messages": msgs}}]
    )
    assert_type(batch, AnthropicMessagesBatchResponse)
    assert_type(client.list_messages_batches(limit=5).data, List[AnthropicMessagesBatchResponse])
    for found in client.iter_messages_batches(limit=5):
        assert_type(found, AnthropicMessagesBatchResponse)
    with client.get_messages_batch_results(batch.id) as results:
        for line in results:
            assert_type(line, AnthropicMessagesBatchResult)
    client.messages(model="m", max_tokens=8, messages=msgs, max_token=8)  # type: ignore[call-overload]
    client.messages(model="m", messages=msgs)  # type: ignore[call-overload]
    client.count_tokens(model="m", messages=msgs, anthropic_versoin="v")  # type: ignore[call-overload]


async def zaguan_messages_async(client: AsyncZaguanClient) -> None:
    msgs: List[AnthropicMessageParam] = [{"role": "user", "content": "hi"}]
    message = await client.messages(model="m", max_tokens=8, messages=msgs)
    assert_type(message, AnthropicMessagesResponse)
    async with client.messages_stream(model="m", max_tokens=8, messages=msgs) as stream:
        assert_type(stream, AsyncMessageStream)
        async for event in stream:
            assert_type(event, AnthropicMessagesStreamEvent)
        assert_type(await stream.get_final_message(), AnthropicMessagesResponse)
    async for found in client.iter_messages_batches():
        assert_type(found, AnthropicMessagesBatchResponse)
    async for line in client.get_messages_batch_results("b"):
        assert_type(line, AnthropicMessagesBatchResult)
