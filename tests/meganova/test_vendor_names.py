"""Code written for Meganova's earlier SDK (``meganova`` 0.x on PyPI) or for openai-python
finds the names it uses: the top-level exports this SDK has, the error classes, and the calls
``client.chat.completions.create(...)`` and ``client.billing.get_user_instance_billings()``."""

from __future__ import annotations

import json
from typing import Any, Dict

import pytest
from pytest_httpx import HTTPXMock

import meganova
import meganova.errors
from meganova import AsyncChatStream, AsyncMegaNova, ChatStream, MegaNova
from meganova._resources import ChatFields
from meganova.generated.params import ChatRequestParam
from meganova.types import BillingBalance, ChatResponse

from .mn_helpers import CHAT_URL, MESSAGES, MODEL, SSE_HEADERS, chat_json, sse_body

# The earlier SDK's top level: all of it is here since issue 12 (videos, the serverless
# catalogue and cloud agents).
EARLIER_SDK_ALL = [
    "MegaNova",
    "MeganovaError",
    "GeneratedImage",
    "ImageGenerationResponse",
    "EmbeddingResponse",
    "EmbeddingData",
    "RerankResponse",
    "RerankResult",
    "TranscriptionResponse",
    "CloudAgent",
    "ServerlessModel",
    "ServerlessModelsResponse",
    "ModelTags",
    "VideoGenerationResponse",
]
NOT_IN_THIS_SDK: list[str] = []
# `from meganova.cloud import ...`, as the earlier SDK's cloud agents are imported.
EARLIER_SDK_CLOUD = [
    "CloudAgent",
    "Conversation",
    "AgentChatResponse",
    "AgentInfo",
    "ChatCompletionChunk",
    "ChatCompletionResponse",
    "PendingToolCall",
]
EARLIER_SDK_ERRORS = ["MeganovaError", "APIError", "AuthenticationError", "RateLimitError"]


def test_what_the_earlier_sdk_exported_is_exported_where_this_sdk_has_it() -> None:
    for name in EARLIER_SDK_ALL:
        assert name in meganova.__all__, name
    for name in NOT_IN_THIS_SDK:
        assert not hasattr(meganova, name), f"{name} exists now: move it to EARLIER_SDK_ALL"


def test_the_earlier_sdks_cloud_module_names_are_in_meganova_cloud() -> None:
    import meganova.cloud

    for name in EARLIER_SDK_CLOUD:
        assert name in meganova.cloud.__all__, name
    assert meganova.cloud.CloudAgent is meganova.CloudAgent


def test_the_earlier_sdks_error_classes_are_where_it_had_them_and_at_the_top() -> None:
    for name in EARLIER_SDK_ERRORS:
        assert getattr(meganova.errors, name) is getattr(meganova, name)
        assert issubclass(getattr(meganova, name), meganova.MeganovaError)
    # Its constructor's keywords, too.
    error = meganova.APIError("boom", code="bad", status=400)
    assert (error.message, error.code, error.status) == ("boom", "bad", 400)


def test_chat_completions_create(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=CHAT_URL, json=chat_json("Hi"))
    reply = client.chat.completions.create(messages=MESSAGES, model=MODEL, temperature=0.5)
    assert isinstance(reply, ChatResponse)
    assert reply.choices[0].message["content"] == "Hi"
    request = httpx_mock.get_request()
    assert request is not None
    assert json.loads(request.content) == {"messages": MESSAGES, "model": MODEL, "temperature": 0.5}


def test_chat_completions_create_stream_true(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=CHAT_URL, headers=SSE_HEADERS, content=sse_body("a", "b"))
    stream = client.chat.completions.create(messages=MESSAGES, model=MODEL, stream=True)
    assert isinstance(stream, ChatStream)
    assert "".join(chunk.delta for chunk in stream) == "ab"


async def test_async_chat_completions_create(aclient: AsyncMegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=CHAT_URL, json=chat_json("Hi"))
    httpx_mock.add_response(url=CHAT_URL, headers=SSE_HEADERS, content=sse_body("a"))
    reply = await aclient.chat.completions.create(messages=MESSAGES, model=MODEL)
    assert reply.choices[0].message.content == "Hi"
    stream = await aclient.chat.completions.create(messages=MESSAGES, model=MODEL, stream=True)
    assert isinstance(stream, AsyncChatStream)
    assert "".join([chunk.delta async for chunk in stream]) == "a"


@pytest.mark.parametrize("name", ["get_balance", "get_user_instance_billings"])
def test_billing_balance_under_both_names(
    client: MegaNova, httpx_mock: HTTPXMock, name: str
) -> None:
    httpx_mock.add_response(json={"balance": 2.5, "currency": "USD", "status": "active"})
    balance = getattr(client.billing, name)()
    assert isinstance(balance, BillingBalance) and balance.balance == 2.5


async def test_async_billing_balance_under_the_earlier_name(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"balance": 2.5, "currency": "USD", "status": "active"})
    assert (await aclient.billing.get_user_instance_billings()).currency == "USD"


def test_chat_fields_are_the_generated_chat_request_but_stream() -> None:
    # ChatFields copies meganova.generated.params.ChatRequestParam without `stream` (a TypedDict cannot
    # drop an inherited key): after `make generate` changes the request, this says what to copy.
    generated = written(ChatRequestParam)
    del generated["stream"]
    assert written(ChatFields) == generated


def written(typed_dict: Any) -> Dict[str, str]:
    """Each key's annotation as written (the modules use ``from __future__ import annotations``;
    TypedDict may wrap the strings in ForwardRefs)."""
    return {
        key: getattr(value, "__forward_arg__", value)
        for key, value in typed_dict.__annotations__.items()
    }
