"""Meganova's videos, serverless catalogue and cloud agents against the local gateway, over real
sockets, sync and async: every new method, the hosts of each, and the retry rule of calls that
act (a connection dropped after the request was sent is not retried for them; the gateway's
request record counts the attempts that reached it)."""

from __future__ import annotations

from typing import Any, AsyncIterator, Dict, Iterator, List

import httpx
import pytest

from local_gateway import MEGANOVA_STUDIO_PREFIX, REQUESTS_PATH, Gateway
from local_gateway.agents import CATALOGUE, TOOL_KEYWORD, VIDEO_MODELS
from meganova import AsyncCloudAgent, AsyncMegaNova, CloudAgent, MegaNova
from meganova import errors as mn_errors

from ._support import Sleeps, async_meganova_client, fault, meganova_client, present

KEY = "agent_integration-Key_7"
MESSAGES: List[Any] = [{"role": "user", "content": "hello brave new world"}]


@pytest.fixture(autouse=True)
def _no_host_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEGANOVA_CLOUD_BASE_URL", raising=False)
    monkeypatch.delenv("MEGANOVA_WEB_BASE_URL", raising=False)


def _studio(gateway: Gateway) -> str:
    return gateway.zaguan_url + MEGANOVA_STUDIO_PREFIX


@pytest.fixture
def client(gateway: Gateway, sleeps: Sleeps) -> Iterator[MegaNova]:
    made = meganova_client(
        gateway.meganova_url, gateway.api_key, sleeps, cloud_base_url=_studio(gateway)
    )
    with made:
        yield made


@pytest.fixture
async def aclient(gateway: Gateway, sleeps: Sleeps) -> AsyncIterator[AsyncMegaNova]:
    made = async_meganova_client(
        gateway.meganova_url, gateway.api_key, sleeps, cloud_base_url=_studio(gateway)
    )
    async with made:
        yield made


@pytest.fixture
def agent(gateway: Gateway, sleeps: Sleeps) -> Iterator[CloudAgent]:
    with CloudAgent(KEY, base_url=_studio(gateway), sleep=sleeps.sync) as made:
        yield made


@pytest.fixture
async def aagent(gateway: Gateway, sleeps: Sleeps) -> AsyncIterator[AsyncCloudAgent]:
    async with AsyncCloudAgent(KEY, base_url=_studio(gateway), sleep=sleeps.async_) as made:
        yield made


def _received(gateway: Gateway, request_id: str) -> List[Dict[str, Any]]:
    path = REQUESTS_PATH.replace("{request_id}", request_id)
    requests: List[Dict[str, Any]] = httpx.get(gateway.zaguan_url + path).json()["requests"]
    return requests


# --- videos ------------------------------------------------------------------------------------


def test_video_generation_queues_a_job(client: MegaNova) -> None:
    result = client.videos.generate(model_name=VIDEO_MODELS[0], prompt="a fox")
    job = present(result.data)
    assert result.status == "queued" and job["job_id"].startswith("vid_local_")


def test_video_models_are_listed(client: MegaNova) -> None:
    assert client.videos.list_models() == VIDEO_MODELS


def test_an_unknown_video_model_is_not_found(client: MegaNova) -> None:
    with pytest.raises(mn_errors.NotFoundError):
        client.videos.generate(model_name="nope")


def test_a_dropped_video_generation_reaches_the_gateway_once(
    gateway: Gateway, client: MegaNova, sleeps: Sleeps
) -> None:
    with pytest.raises(mn_errors.APIConnectionError):
        client.videos.generate(
            model_name=VIDEO_MODELS[0], request_id="once-video", extra_headers=fault("disconnect")
        )
    assert _received(gateway, "once-video") == [
        {"api": "meganova", "operation_id": "generate_video", "status": None}
    ]
    assert sleeps == []


def test_a_dropped_idempotent_call_is_retried_up_to_the_limit(
    gateway: Gateway, client: MegaNova, sleeps: Sleeps
) -> None:
    with pytest.raises(mn_errors.APIConnectionError):
        client.videos.list_models(request_id="again-models", extra_headers=fault("disconnect"))
    assert len(_received(gateway, "again-models")) == 3 and len(sleeps) == 2


def test_a_rate_limited_video_generation_is_retried(
    gateway: Gateway, client: MegaNova, sleeps: Sleeps
) -> None:
    result = client.videos.generate(
        model_name=VIDEO_MODELS[0],
        request_id="limited-video",
        extra_headers=fault("fail-then-succeed:1:429"),
    )
    assert result.status == "queued"
    assert [entry["status"] for entry in _received(gateway, "limited-video")] == [429, 200]


def test_a_503_video_generation_is_not_retried(gateway: Gateway, client: MegaNova) -> None:
    with pytest.raises(mn_errors.InternalServerError):
        client.videos.generate(
            model_name=VIDEO_MODELS[0],
            request_id="busy-video",
            extra_headers=fault("fail-then-succeed:1"),
        )
    assert [entry["status"] for entry in _received(gateway, "busy-video")] == [503]


async def test_async_video_generation_and_models(aclient: AsyncMegaNova) -> None:
    assert await aclient.videos.list_models() == VIDEO_MODELS
    assert (await aclient.videos.generate(model_name=VIDEO_MODELS[1])).status == "queued"


async def test_async_dropped_video_generation_reaches_the_gateway_once(
    gateway: Gateway, aclient: AsyncMegaNova
) -> None:
    with pytest.raises(mn_errors.APIConnectionError):
        await aclient.videos.generate(
            model_name=VIDEO_MODELS[0], request_id="once-video-a", extra_headers=fault("disconnect")
        )
    assert len(_received(gateway, "once-video-a")) == 1


# --- the serverless catalogue ------------------------------------------------------------------


def test_the_catalogue_is_reached_through_the_base_url_without_v1(client: MegaNova) -> None:
    page = client.serverless.list_models()
    assert client.web_base_url == client.base_url.rsplit("/v1", 1)[0]
    assert page.count == len(CATALOGUE) and page.tag_counts is not None


def test_the_catalogue_filters(client: MegaNova) -> None:
    page = client.serverless.list_models(model_family=["Manta", "Deepseek"])
    assert [model.model_name for model in page.models][:1] == ["meganova-ai/manta-flash-1.0"]
    assert page.count == 3


def test_the_catalogue_filters_with_and(client: MegaNova) -> None:
    page = client.serverless.list_models("text_generation,multimodal", filter_logic="and")
    assert [model.model_name for model in page.models] == ["google/gemma-3-27b-it"]


def test_iter_models_walks_every_page(client: MegaNova) -> None:
    names = [model.model_name for model in client.serverless.iter_models(page_size=3)]
    assert names == [model["model_name"] for model in CATALOGUE]


async def test_async_catalogue_pages(aclient: AsyncMegaNova) -> None:
    page = await aclient.serverless.list_models(page=2, page_size=3)
    names = [model.model_name async for model in aclient.serverless.iter_models(page_size=2)]
    assert (page.page, page.total_pages, len(page.models)) == (2, 3, 3)
    assert len(names) == len(CATALOGUE)


# --- cloud agents ------------------------------------------------------------------------------


def test_agent_info(agent: CloudAgent) -> None:
    info = agent.info()
    assert info.name == "Local Echo Agent" and info.is_available


def test_agent_chat_then_confirm_the_tool_call(agent: CloudAgent) -> None:
    reply = agent.chat(f"I forgot my {TOOL_KEYWORD}", user_identifier="u1")
    assert reply.pending_tool_call is not None
    done = agent.confirm_tool(reply.pending_tool_call.approval_id)
    assert done.status == "completed" and done.pending_tool_call is None


def test_a_conversation_continues_and_rejects(agent: CloudAgent) -> None:
    conversation = agent.conversation()
    first = conversation.chat("hello")
    conversation.chat(TOOL_KEYWORD)
    rejected = conversation.reject()
    assert first.response == "You said: hello" and rejected.status == "rejected"
    assert conversation.conversation_id == first.conversation_id
    assert len(conversation.messages) == 5


def test_agent_completions_whole_and_streamed(agent: CloudAgent) -> None:
    whole = agent.completions(MESSAGES, max_tokens=2)
    with agent.completions(MESSAGES, stream=True) as stream:
        text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert whole.choices[0].message.content == "hello brave"
    assert text == "hello brave new world"


def test_a_cut_agent_stream_is_a_connection_error(agent: CloudAgent) -> None:
    stream = agent.completions(MESSAGES, stream=True, extra_headers=fault("cut-stream:2"))
    with pytest.raises(mn_errors.APIConnectionError):
        list(stream)


def test_a_dropped_agent_chat_reaches_the_gateway_once(gateway: Gateway, agent: CloudAgent) -> None:
    with pytest.raises(mn_errors.APIConnectionError):
        agent.chat("hi", request_id="once-chat", extra_headers=fault("disconnect"))
    assert len(_received(gateway, "once-chat")) == 1


def test_a_dropped_agent_confirm_reaches_the_gateway_once(
    gateway: Gateway, agent: CloudAgent
) -> None:
    with pytest.raises(mn_errors.APIConnectionError):
        agent.confirm_tool("apr_x", request_id="once-confirm", extra_headers=fault("disconnect"))
    assert len(_received(gateway, "once-confirm")) == 1


def test_a_dropped_agent_info_is_retried(gateway: Gateway, agent: CloudAgent) -> None:
    with pytest.raises(mn_errors.APIConnectionError):
        agent.info(request_id="again-info", extra_headers=fault("disconnect"))
    assert len(_received(gateway, "again-info")) == 3


def test_an_unknown_agent_key_echoed_by_the_server_is_hidden(gateway: Gateway) -> None:
    secret = "not-an-agent-key-0042"
    stranger = CloudAgent(secret, base_url=_studio(gateway))
    with stranger, pytest.raises(mn_errors.NotFoundError) as caught:
        stranger.info()
    assert secret not in str(caught.value) and secret not in str(caught.value.body)


def test_client_agents_reach_the_studio_prefix(client: MegaNova) -> None:
    agent = client.agents(KEY)
    assert agent.info().name == "Local Echo Agent"
    assert agent.chat("hi").response == "You said: hi"


async def test_async_agent_every_method(aagent: AsyncCloudAgent) -> None:
    assert (await aagent.info()).is_available
    pending = (await aagent.chat(TOOL_KEYWORD)).pending_tool_call
    assert pending is not None
    assert (await aagent.confirm_tool(pending.approval_id, "reject")).status == "rejected"
    whole = await aagent.completions(MESSAGES)
    stream = await aagent.completions(MESSAGES, stream=True)
    text = "".join(
        [chunk.choices[0].delta.content or "" async for chunk in stream if chunk.choices]
    )
    assert whole.choices[0].message.content == text == "hello brave new world"


async def test_async_conversation(aagent: AsyncCloudAgent) -> None:
    conversation = aagent.conversation()
    await conversation.chat(TOOL_KEYWORD)
    assert (await conversation.confirm()).status == "completed"


async def test_async_client_agents(aclient: AsyncMegaNova) -> None:
    assert (await aclient.agents(KEY).info()).name == "Local Echo Agent"


async def test_async_dropped_agent_chat_reaches_the_gateway_once(
    gateway: Gateway, aagent: AsyncCloudAgent
) -> None:
    with pytest.raises(mn_errors.APIConnectionError):
        await aagent.chat("hi", request_id="once-chat-a", extra_headers=fault("disconnect"))
    assert len(_received(gateway, "once-chat-a")) == 1
