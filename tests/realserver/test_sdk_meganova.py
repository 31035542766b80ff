"""The Meganova SDK against a real, independently written OpenAI-compatible server (llama.cpp).

The model is a tiny base model whose text is gibberish: these tests assert shapes, not text.
"""

from __future__ import annotations

from typing import Any, Iterator, List

import pytest

from meganova import AsyncMegaNova, MegaNova
from meganova import errors as mn_errors
from meganova.types import ChatMessageParam

from ._llama import LlamaServer

MESSAGES: List[ChatMessageParam] = [{"role": "user", "content": "Say hello."}]


@pytest.fixture
def client(llama_server: LlamaServer) -> Iterator[MegaNova]:
    with MegaNova(llama_server.api_key, llama_server.base_url, timeout=60) as sdk:
        yield sdk


def _assert_usage(usage: Any, max_tokens: int) -> None:
    for value in (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens):
        assert isinstance(value, int)
    assert 0 < usage.completion_tokens <= max_tokens
    assert usage.prompt_tokens + usage.completion_tokens == usage.total_tokens


def test_chat_create_with_max_tokens_parses(client: MegaNova, llama_server: LlamaServer) -> None:
    reply = client.chat.create(messages=MESSAGES, model=llama_server.model_id, max_tokens=8)
    assert isinstance(reply.choices[0].message.content, str)
    assert reply.choices[0].finish_reason in ("length", "stop")
    _assert_usage(reply.usage, 8)


def test_chat_stream_with_include_usage_puts_it_on_the_done_chunk(
    client: MegaNova, llama_server: LlamaServer
) -> None:
    with client.chat.stream(
        messages=MESSAGES,
        model=llama_server.model_id,
        max_tokens=8,
        stream_options={"include_usage": True},
    ) as stream:
        chunks = list(stream)
    assert all(isinstance(chunk.delta, str) for chunk in chunks)
    assert [chunk.done for chunk in chunks].count(True) == 1 and chunks[-1].done
    assert [c.finish_reason for c in chunks if c.finish_reason] in (["length"], ["stop"])
    assert all(
        chunk.chunk is not None and chunk.chunk.object == "chat.completion.chunk"
        for chunk in chunks[:-1]
    )
    _assert_usage(chunks[-1].usage, 8)


def test_models_list_parses(client: MegaNova, llama_server: LlamaServer) -> None:
    assert [model.id for model in client.models.list()] == [llama_server.model_id]


def test_wrong_key_raises_authentication_error(llama_server: LlamaServer) -> None:
    with (
        MegaNova("sk-wrong-key-0123456789", llama_server.base_url, timeout=30) as client,
        pytest.raises(mn_errors.AuthenticationError) as caught,
    ):
        client.models.list()
    assert (caught.value.status, caught.value.message) == (401, "Invalid API Key")
    assert caught.value.code == "401"


async def test_async_chat_and_stream_parse(llama_server: LlamaServer) -> None:
    async with AsyncMegaNova(llama_server.api_key, llama_server.base_url, timeout=60) as client:
        reply = await client.chat.create(
            messages=MESSAGES, model=llama_server.model_id, max_tokens=4
        )
        assert isinstance(reply.choices[0].message.content, str)
        _assert_usage(reply.usage, 4)
        stream = await client.chat.create(
            messages=MESSAGES,
            model=llama_server.model_id,
            max_tokens=4,
            stream=True,
            stream_options={"include_usage": True},
        )
        chunks = [chunk async for chunk in stream]
        assert chunks[-1].done
        _assert_usage(chunks[-1].usage, 4)
