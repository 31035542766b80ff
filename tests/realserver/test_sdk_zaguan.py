"""The Zaguan SDK against a real, independently written OpenAI-compatible server (llama.cpp).

The model is a tiny base model whose text is gibberish: these tests assert shapes, not text.
``llama_server.base_url`` ends with ``/v1``; the SDK strips it and requests ``/v1/...``.
"""

from __future__ import annotations

from typing import Any, Iterator, List

import pytest

from zaguan import AsyncZaguanClient, ZaguanClient, collect_stream
from zaguan import errors as zg_errors
from zaguan.generated.params import ChatMessageParam

from ._llama import LlamaServer

MESSAGES: List[ChatMessageParam] = [{"role": "user", "content": "Say hello."}]


@pytest.fixture
def client(llama_server: LlamaServer) -> Iterator[ZaguanClient]:
    with ZaguanClient(llama_server.base_url, llama_server.api_key, timeout=60) as sdk:
        yield sdk


def _assert_usage(usage: Any, max_tokens: int) -> None:
    for value in (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens):
        assert isinstance(value, int)
    assert 0 < usage.completion_tokens <= max_tokens
    assert usage.prompt_tokens + usage.completion_tokens == usage.total_tokens


def test_chat_with_max_tokens_parses(client: ZaguanClient, llama_server: LlamaServer) -> None:
    reply = client.chat(model=llama_server.model_id, messages=MESSAGES, max_tokens=8)
    assert isinstance(reply.choices[0].message.content, str)
    assert reply.choices[0].finish_reason in ("length", "stop")
    assert reply.model == llama_server.model_id
    _assert_usage(reply.usage, 8)
    assert isinstance(reply.request_id, str)


def test_chat_stream_with_include_usage_ends_with_the_usage(
    client: ZaguanClient, llama_server: LlamaServer
) -> None:
    with client.chat_stream(
        model=llama_server.model_id,
        messages=MESSAGES,
        max_tokens=8,
        stream_options={"include_usage": True},
    ) as stream:
        chunks = list(stream)
    assert all(chunk.object == "chat.completion.chunk" for chunk in chunks)
    assert len({chunk.id for chunk in chunks}) == 1
    finishes = [c.finish_reason for chunk in chunks for c in chunk.choices if c.finish_reason]
    assert finishes in (["length"], ["stop"])
    assert chunks[-1].choices == []
    _assert_usage(chunks[-1].usage, 8)
    assert stream.response.is_closed


def test_collect_stream_gives_a_chat_response_with_usage(
    client: ZaguanClient, llama_server: LlamaServer
) -> None:
    stream = client.chat_stream(
        model=llama_server.model_id,
        messages=MESSAGES,
        max_tokens=8,
        stream_options={"include_usage": True},
    )
    reply = collect_stream(stream)
    assert isinstance(reply.choices[0].message.content, str)
    assert reply.choices[0].finish_reason in ("length", "stop")
    _assert_usage(reply.usage, 8)
    assert reply.request_id == stream.request_id


def test_list_models_parses(client: ZaguanClient, llama_server: LlamaServer) -> None:
    assert [model.id for model in client.list_models()] == [llama_server.model_id]


def test_wrong_key_raises_authentication_error(llama_server: LlamaServer) -> None:
    with (
        ZaguanClient(llama_server.base_url, "sk-wrong-key-0123456789", timeout=30) as client,
        pytest.raises(zg_errors.AuthenticationError) as caught,
    ):
        client.chat(model=llama_server.model_id, messages=MESSAGES, max_tokens=1)
    error = caught.value
    assert (error.status_code, error.message) == (401, "Invalid API Key")
    assert error.type == "authentication_error"
    assert error.code == "401"  # llama.cpp sends an int code; the SDK keeps it as text


async def test_async_chat_and_stream_parse(llama_server: LlamaServer) -> None:
    async with AsyncZaguanClient(llama_server.base_url, llama_server.api_key, timeout=60) as client:
        reply = await client.chat(model=llama_server.model_id, messages=MESSAGES, max_tokens=4)
        assert isinstance(reply.choices[0].message.content, str)
        _assert_usage(reply.usage, 4)
        stream = await client.chat_stream(
            model=llama_server.model_id,
            messages=MESSAGES,
            max_tokens=4,
            stream_options={"include_usage": True},
        )
        chunks = [chunk async for chunk in stream]
        _assert_usage(chunks[-1].usage, 4)
