"""Type-checked, never run: Meganova's videos, catalogue and cloud agents as a type checker
sees them (`make typecheck` runs mypy --strict on it, as on tests/typing_facades.py). Lines
ending in ``# type: ignore[...]`` must stay errors (warn_unused_ignores)."""

from __future__ import annotations

from typing import Iterator, List

from typing_extensions import assert_type

from meganova import AsyncCloudAgent, AsyncMegaNova, CloudAgent, MegaNova
from meganova._runtime import AsyncStream, ResultList, Stream
from meganova.cloud import (
    AgentChatResponse,
    AgentInfo,
    AsyncConversation,
    ChatCompletionChunk,
    ChatCompletionResponse,
    Conversation,
)
from meganova.types import (
    ChatMessageParam,
    ServerlessModel,
    ServerlessModelsResponse,
    VideoGenerationResponse,
)

MESSAGES: List[ChatMessageParam] = [{"role": "user", "content": "hi"}]


def sync_surface(client: MegaNova, agent: CloudAgent) -> None:
    assert_type(client.videos.generate(model_name="m", prompt="p"), VideoGenerationResponse)
    assert_type(client.videos.list_models(), ResultList[str])
    assert_type(client.serverless.list_models("text_generation"), ServerlessModelsResponse)
    assert_type(client.serverless.list_models(model_family=["a", "b"]), ServerlessModelsResponse)
    assert_type(client.serverless.iter_models(page_size=5), Iterator[ServerlessModel])
    assert_type(client.agents("agent_x"), CloudAgent)
    assert_type(agent.info(), AgentInfo)
    assert_type(agent.chat("hi", conversation_id="c"), AgentChatResponse)
    assert_type(agent.confirm_tool("apr", "reject"), AgentChatResponse)
    assert_type(agent.completions(MESSAGES), ChatCompletionResponse)
    assert_type(agent.completions(MESSAGES, stream=True), Stream[ChatCompletionChunk])
    assert_type(agent.conversation(), Conversation)
    assert_type(agent.with_options(timeout=5.0, default_headers={"X": "1"}), CloudAgent)
    assert_type(agent.copy(max_retries=0), CloudAgent)


def sync_mistakes(client: MegaNova, agent: CloudAgent) -> None:
    client.videos.generate(prompt="no model")  # type: ignore[call-arg]
    client.serverless.list_models(page="2")  # type: ignore[arg-type]
    agent.confirm_tool("apr", "maybe")  # type: ignore[arg-type]
    agent.chat("hi", conversaton_id="c")  # type: ignore[call-arg]
    agent.with_options(agent_key="agent_y")  # type: ignore[call-arg]


async def async_surface(client: AsyncMegaNova, agent: AsyncCloudAgent) -> None:
    assert_type(await client.videos.generate(model_name="m"), VideoGenerationResponse)
    assert_type(await client.serverless.list_models(), ServerlessModelsResponse)
    assert_type(client.agents("agent_x"), AsyncCloudAgent)
    assert_type(await agent.info(), AgentInfo)
    assert_type(await agent.chat("hi"), AgentChatResponse)
    assert_type(await agent.completions(MESSAGES), ChatCompletionResponse)
    assert_type(await agent.completions(MESSAGES, stream=True), AsyncStream[ChatCompletionChunk])
    assert_type(agent.conversation(), AsyncConversation)
    assert_type(agent.with_options(timeout=5.0), AsyncCloudAgent)
    async for model in client.serverless.iter_models():
        assert_type(model, ServerlessModel)
