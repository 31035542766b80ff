"""Cloud agents: ``CloudAgent`` (the earlier SDK's names), ``client.agents(key)``, sync and async.

The agent key is a secret: no error message, repr, log record or SDK traceback frame shows it,
even when a server echoes it back; calls that act are never sent twice.
"""

from __future__ import annotations

import json
import logging
import pickle
import traceback
from types import TracebackType
from typing import Any, Dict, Iterator, List, Optional

import httpx
import pytest
from pytest_httpx import HTTPXMock

from meganova import AsyncCloudAgent, AsyncMegaNova, CloudAgent, MegaNova
from meganova.cloud import (
    AgentChatResponse,
    AgentInfo,
    ChatCompletionChunk,
    ChatCompletionResponse,
    Conversation,
)
from meganova.errors import (
    APIConnectionError,
    InternalServerError,
    InvalidArgumentError,
    MeganovaError,
    NotFoundError,
)

from .mn_helpers import API_KEY, Sleeps, chat_json, chunk_json, make_client, sse_event

KEY = "agent_Zx9-secret-Key_42"
STUDIO = "https://studio-api.meganova.ai"
AGENT_URL = f"{STUDIO}/agents/v1/{KEY}"
SDK_MODULES = ("meganova", "meganova._runtime", "meganova.generated")

INFO = {
    "id": "agt_1",
    "name": "Helper",
    "description": None,
    "welcome_message": "Hi!",
    "is_available": True,
}
PENDING = {
    "approval_id": "apr_1",
    "tool_name": "reset_password",
    "tool_arguments": {"user": "u1"},
    "description": "Send a reset link",
}


def _reply(text: str = "You said: hi", pending: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    return {
        "response": text,
        "conversation_id": "conv_1",
        "message_id": "msg_1",
        "agent_id": "agt_1",
        "agent_name": "Helper",
        "pending_tool_call": pending,
    }


@pytest.fixture(autouse=True)
def _no_host_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEGANOVA_CLOUD_BASE_URL", raising=False)
    monkeypatch.delenv("MEGANOVA_WEB_BASE_URL", raising=False)


@pytest.fixture
def agent(sleeps: Sleeps) -> Iterator[CloudAgent]:
    with CloudAgent(KEY, sleep=sleeps.sync, random=lambda: 0.0) as made:
        yield made


@pytest.fixture
async def aagent(sleeps: Sleeps) -> Any:
    async with AsyncCloudAgent(KEY, sleep=sleeps.async_, random=lambda: 0.0) as made:
        yield made


def _body(request: httpx.Request) -> Any:
    return json.loads(request.content)


# --- construction ----------------------------------------------------------------------------


def test_info_asks_the_studio_host_with_the_key_in_the_path_and_no_api_key(
    agent: CloudAgent, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/info", json=INFO)

    info = agent.info()

    assert isinstance(info, AgentInfo) and info.name == "Helper" and info.is_available
    request = httpx_mock.get_requests()[0]
    assert "authorization" not in request.headers
    assert request.headers["x-mn-sdk"] == "python"
    assert request.headers["user-agent"].startswith("meganova-python/")


def test_the_earlier_sdks_api_key_keyword_is_the_agent_key(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/info", json=INFO)
    with CloudAgent(api_key=KEY) as agent:
        assert agent.info().id == "agt_1"


def test_base_url_can_be_given(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"https://agents.example/agents/v1/{KEY}/info", json=INFO)
    with CloudAgent(KEY, base_url="https://agents.example/") as agent:
        assert agent.base_url == "https://agents.example"
        agent.info()


def test_base_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEGANOVA_CLOUD_BASE_URL", "https://agents.example")
    with CloudAgent(KEY) as agent:
        assert agent.base_url == "https://agents.example"


@pytest.mark.parametrize("bad", ["", 42, b"agent_bytes", f" {KEY}", f"{KEY}\n", "agent_é"])
def test_a_bad_agent_key_is_refused_without_being_quoted(bad: object) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        CloudAgent(bad)  # type: ignore[arg-type]
    assert caught.value.path == "agent_key"
    if isinstance(bad, str) and bad:
        assert bad.strip() not in str(caught.value)


def test_a_bad_agent_key_given_as_a_secret_is_refused_too() -> None:
    from meganova._runtime import Secret

    with pytest.raises(InvalidArgumentError) as caught:
        CloudAgent(Secret(f"{KEY}\n"))  # type: ignore[arg-type]
    assert caught.value.path == "agent_key"


def test_no_agent_key_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="agent key"):
        CloudAgent()


def test_two_agent_keys_are_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="once"):
        CloudAgent(KEY, api_key=KEY)


def test_a_bad_base_url_is_refused_naming_it() -> None:
    with pytest.raises(InvalidArgumentError, match="base_url"):
        CloudAgent(KEY, base_url="ftp://x")


# --- the calls -------------------------------------------------------------------------------


def test_chat_sends_the_message_and_the_given_fields(
    agent: CloudAgent, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/chat", json=_reply())

    reply = agent.chat(
        "hi",
        conversation_id="conv_1",
        user_identifier="u1",
        user_identifier_type="user_id",
        extra_data={"plan": "pro"},
    )

    assert isinstance(reply, AgentChatResponse) and reply.response == "You said: hi"
    assert _body(httpx_mock.get_requests()[0]) == {
        "message": "hi",
        "conversation_id": "conv_1",
        "user_identifier": "u1",
        "user_identifier_type": "user_id",
        "extra_data": {"plan": "pro"},
    }


def test_chat_reads_a_pending_tool_call(agent: CloudAgent, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/chat", json=_reply("Shall I?", PENDING))

    pending = agent.chat("password").pending_tool_call

    assert pending is not None and pending.approval_id == "apr_1"
    assert pending.tool_arguments == {"user": "u1"}


@pytest.mark.parametrize("message", ["", None, 5, ["hi"]])
def test_chat_refuses_a_message_that_is_not_a_non_empty_string(
    agent: CloudAgent, message: object
) -> None:
    with pytest.raises(InvalidArgumentError, match="message"):
        agent.chat(message)  # type: ignore[arg-type]


def test_chat_refuses_an_unknown_keyword(agent: CloudAgent) -> None:
    with pytest.raises(InvalidArgumentError, match="conversaton_id"):
        agent.chat("hi", conversaton_id="c")  # type: ignore[call-arg]


def test_chat_is_not_resent_after_a_dropped_connection(
    agent: CloudAgent, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))

    with pytest.raises(APIConnectionError):
        agent.chat("hi")

    assert len(httpx_mock.get_requests()) == 1 and sleeps == []


def test_chat_is_not_resent_after_a_502(agent: CloudAgent, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/chat", status_code=502)
    with pytest.raises(InternalServerError):
        agent.chat("hi")
    assert len(httpx_mock.get_requests()) == 1


def test_chat_is_retried_after_a_refused_connection(
    agent: CloudAgent, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(url=f"{AGENT_URL}/chat", json=_reply())
    assert agent.chat("hi").conversation_id == "conv_1"
    assert len(sleeps) == 1


def test_info_is_retried_after_a_dropped_connection(
    agent: CloudAgent, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))
    httpx_mock.add_response(url=f"{AGENT_URL}/info", json=INFO)
    assert agent.info().id == "agt_1"


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_confirm_tool_sends_the_approval_and_the_action(
    agent: CloudAgent, httpx_mock: HTTPXMock, action: str
) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/chat/confirm", json=_reply("Done"))

    agent.confirm_tool("apr_1", action)  # type: ignore[arg-type]

    assert _body(httpx_mock.get_requests()[0]) == {"approval_id": "apr_1", "action": action}


def test_confirm_tool_approves_by_default(agent: CloudAgent, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/chat/confirm", json=_reply("Done"))
    agent.confirm_tool("apr_1")
    assert _body(httpx_mock.get_requests()[0])["action"] == "approve"


def test_confirm_tool_refuses_another_action(agent: CloudAgent) -> None:
    with pytest.raises(InvalidArgumentError, match="approve"):
        agent.confirm_tool("apr_1", "maybe")  # type: ignore[arg-type]


def test_confirm_tool_refuses_an_empty_approval_id(agent: CloudAgent) -> None:
    with pytest.raises(InvalidArgumentError, match="approval_id"):
        agent.confirm_tool("")


def test_confirm_tool_is_not_resent_after_a_read_timeout(
    agent: CloudAgent, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    with pytest.raises(APIConnectionError):
        agent.confirm_tool("apr_1")
    assert len(httpx_mock.get_requests()) == 1


def test_completions_returns_a_whole_chat_response(
    agent: CloudAgent, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/chat/completions", json=chat_json("hello"))

    reply = agent.completions([{"role": "user", "content": "hi"}], temperature=0.2, user="u1")

    assert isinstance(reply, ChatCompletionResponse)
    assert reply.choices[0].message.content == "hello"
    assert _body(httpx_mock.get_requests()[0]) == {
        "messages": [{"role": "user", "content": "hi"}],
        "stream": False,
        "temperature": 0.2,
        "user": "u1",
    }


def test_completions_streams_typed_chunks(agent: CloudAgent, httpx_mock: HTTPXMock) -> None:
    events = [sse_event(chunk_json(word)) for word in ("hel", "lo")] + [b"data: [DONE]\n\n"]
    httpx_mock.add_response(
        url=f"{AGENT_URL}/chat/completions",
        content=b"".join(events),
        headers={"content-type": "text/event-stream", "x-request-id": "rid-s"},
    )

    with agent.completions([{"role": "user", "content": "hi"}], stream=True) as stream:
        chunks = list(stream)

    assert all(isinstance(chunk, ChatCompletionChunk) for chunk in chunks)
    assert "".join(chunk.choices[0].delta.content or "" for chunk in chunks) == "hello"
    assert chunks[0].request_id == "rid-s" and stream.request_id == "rid-s"
    assert _body(httpx_mock.get_requests()[0])["stream"] is True


def test_completions_refuses_messages_that_are_not_a_list(agent: CloudAgent) -> None:
    with pytest.raises(InvalidArgumentError, match="messages"):
        agent.completions("hi")  # type: ignore[arg-type]


def test_completions_refuses_no_messages(agent: CloudAgent) -> None:
    with pytest.raises(InvalidArgumentError, match="messages"):
        agent.completions([])


def test_completions_refuses_an_unknown_keyword_when_streaming(agent: CloudAgent) -> None:
    with pytest.raises(InvalidArgumentError, match="temprature"):
        agent.completions([{"role": "user", "content": "x"}], stream=True, temprature=1)  # type: ignore[call-overload]


# --- the conversation helper -----------------------------------------------------------------


def test_a_conversation_carries_its_id_and_pending_tool_call(
    agent: CloudAgent, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/chat", json=_reply("Shall I?", PENDING))
    httpx_mock.add_response(url=f"{AGENT_URL}/chat/confirm", json=_reply("Done"))
    conversation = agent.conversation()

    conversation.chat("reset my password")
    assert conversation.pending_tool_call is not None
    conversation.confirm()

    first, second = httpx_mock.get_requests()
    assert "conversation_id" not in _body(first)
    assert _body(second) == {"approval_id": "apr_1", "action": "approve"}
    assert conversation.conversation_id == "conv_1" and conversation.pending_tool_call is None
    assert [m["role"] for m in conversation.messages] == ["user", "assistant", "assistant"]


def test_a_conversation_continues_with_its_id(agent: CloudAgent, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/chat", json=_reply())
    agent.conversation("conv_9").chat("again")
    assert _body(httpx_mock.get_requests()[0])["conversation_id"] == "conv_9"


def test_a_conversation_rejects_the_pending_tool_call(
    agent: CloudAgent, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/chat", json=_reply("Shall I?", PENDING))
    httpx_mock.add_response(url=f"{AGENT_URL}/chat/confirm", json=_reply("Fine"))
    conversation = agent.conversation()
    conversation.chat("password")
    conversation.reject()
    assert _body(httpx_mock.get_requests()[1])["action"] == "reject"


def test_confirming_without_a_pending_tool_call_is_an_sdk_error(agent: CloudAgent) -> None:
    conversation: Conversation = agent.conversation()
    with pytest.raises(MeganovaError, match="No pending tool call"):
        conversation.confirm()


# --- through a MegaNova client ---------------------------------------------------------------


def test_client_agents_sends_to_the_cloud_host_without_the_api_key(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/info", json=INFO)

    client.agents(KEY).info()

    request = httpx_mock.get_requests()[0]
    assert "authorization" not in request.headers
    assert API_KEY not in str(request.headers)


def test_client_agents_host_can_be_configured(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"http://127.0.0.1:9/studio/agents/v1/{KEY}/info", json=INFO)
    with make_client(sleeps, cloud_base_url="http://127.0.0.1:9/studio") as client:
        assert client.cloud_base_url == "http://127.0.0.1:9/studio"
        client.agents(KEY).info()


def test_client_agents_refuses_a_bad_key(client: MegaNova) -> None:
    with pytest.raises(InvalidArgumentError, match="agent_key"):
        client.agents("")


def test_closing_an_agent_of_a_client_leaves_the_client_open(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"data": []})
    with client.agents(KEY):
        pass
    client.models.list()


# --- the key never shows ---------------------------------------------------------------------


def _echoing_404(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=404,
        json={"error": {"message": f"No agent {KEY} (%s)" % KEY, "code": KEY, "key": KEY}},
        headers={"x-agent": KEY, "x-request-id": KEY},
    )


def _raise_echoed(agent: CloudAgent, httpx_mock: HTTPXMock) -> NotFoundError:
    _echoing_404(httpx_mock)
    with pytest.raises(NotFoundError) as caught:
        agent.chat("hi")
    return caught.value


def test_an_error_echoing_the_key_does_not_show_it(
    agent: CloudAgent, httpx_mock: HTTPXMock
) -> None:
    error = _raise_echoed(agent, httpx_mock)
    shown = [str(error), repr(error), error.message, str(error.body), str(dict(error.headers))]
    shown += [str(error.code), str(error.details), str(error.request_id)]
    assert all(KEY not in text for text in shown), shown


def test_a_pickled_error_does_not_hold_the_key(agent: CloudAgent, httpx_mock: HTTPXMock) -> None:
    error = _raise_echoed(agent, httpx_mock)
    assert KEY.encode() not in pickle.dumps(error)


def test_a_connection_error_does_not_show_the_key(agent: CloudAgent, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError(f"cannot connect for /agents/v1/{KEY}/chat"))
    httpx_mock.add_exception(httpx.ConnectError(f"cannot connect for /agents/v1/{KEY}/chat"))
    httpx_mock.add_exception(httpx.ConnectError(f"cannot connect for /agents/v1/{KEY}/chat"))
    with pytest.raises(APIConnectionError) as caught:
        agent.chat("hi")
    assert KEY not in str(caught.value)


def test_the_agents_repr_does_not_show_the_key(agent: CloudAgent, client: MegaNova) -> None:
    for shown in (repr(agent), str(agent), repr(client.agents(KEY)), repr(agent.conversation())):
        assert KEY not in shown
    assert "REDACTED" in repr(agent)


def test_an_agent_is_not_pickled(agent: CloudAgent) -> None:
    with pytest.raises(TypeError):
        pickle.dumps(agent)


def test_no_log_record_shows_the_key(
    agent: CloudAgent, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/info", status_code=503)
    httpx_mock.add_response(url=f"{AGENT_URL}/info", json=INFO)
    _echoing_404(httpx_mock)

    with caplog.at_level(logging.DEBUG):
        agent.info()  # retried once: logged
        with pytest.raises(NotFoundError):
            agent.chat("hi")

    assert any("retrying" in record.getMessage() for record in caplog.records)
    assert any(record.name == "httpx" for record in caplog.records)
    assert all(KEY not in record.getMessage() for record in caplog.records)


def _sdk_frame_locals(error: BaseException) -> List[Any]:
    """The locals of every frame in the SDK's modules that the error (and what caused it)
    passed through."""
    found: List[Any] = []
    seen = set()
    pending: List[Optional[BaseException]] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        tb: Optional[TracebackType] = current.__traceback__
        while tb is not None:
            module = tb.tb_frame.f_globals.get("__name__", "")
            if module.split(".")[0] in SDK_MODULES:
                found.extend(tb.tb_frame.f_locals.values())
            tb = tb.tb_next
        pending += [current.__cause__, current.__context__]
    return found


def test_no_sdk_traceback_frame_holds_the_key_in_its_locals(
    agent: CloudAgent, httpx_mock: HTTPXMock
) -> None:
    error = _raise_echoed(agent, httpx_mock)
    values = _sdk_frame_locals(error)
    assert len(values) > 10  # the walk did reach the SDK's frames
    assert all(KEY not in repr(value) for value in values)
    assert KEY not in "".join(traceback.format_exception(type(error), error, error.__traceback__))


def test_no_sdk_traceback_frame_of_a_connection_error_holds_the_key(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))
    with pytest.raises(APIConnectionError) as caught:
        client.agents(KEY).confirm_tool("apr_1")
    values = _sdk_frame_locals(caught.value)
    assert values and all(KEY not in repr(value) for value in values)


def test_no_sdk_traceback_frame_of_a_refused_key_holds_it() -> None:
    bad = f"{KEY} "
    with pytest.raises(InvalidArgumentError) as caught:
        CloudAgent(bad)
    values = _sdk_frame_locals(caught.value)
    assert values and all(KEY not in repr(value) for value in values)


# --- async -----------------------------------------------------------------------------------


async def test_async_info_and_chat(aagent: AsyncCloudAgent, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/info", json=INFO)
    httpx_mock.add_response(url=f"{AGENT_URL}/chat", json=_reply())
    assert (await aagent.info()).name == "Helper"
    assert (await aagent.chat("hi")).response == "You said: hi"


async def test_async_chat_is_not_resent_after_a_dropped_connection(
    aagent: AsyncCloudAgent, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))
    with pytest.raises(APIConnectionError):
        await aagent.chat("hi")
    assert len(httpx_mock.get_requests()) == 1


async def test_async_confirm_tool(aagent: AsyncCloudAgent, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/chat/confirm", json=_reply("Done"))
    assert (await aagent.confirm_tool("apr_1", "reject")).response == "Done"


async def test_async_completions_whole_and_streamed(
    aagent: AsyncCloudAgent, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/chat/completions", json=chat_json("whole"))
    events = [sse_event(chunk_json("hi")), b"data: [DONE]\n\n"]
    httpx_mock.add_response(
        url=f"{AGENT_URL}/chat/completions",
        content=b"".join(events),
        headers={"content-type": "text/event-stream"},
    )
    messages: List[Any] = [{"role": "user", "content": "x"}]

    whole = await aagent.completions(messages)
    stream = await aagent.completions(messages, stream=True)
    texts = [chunk.choices[0].delta.content async for chunk in stream]

    assert whole.choices[0].message.content == "whole" and texts == ["hi"]


async def test_async_conversation_confirms(aagent: AsyncCloudAgent, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/chat", json=_reply("Shall I?", PENDING))
    httpx_mock.add_response(url=f"{AGENT_URL}/chat/confirm", json=_reply("Done"))
    conversation = aagent.conversation()
    await conversation.chat("password")
    assert (await conversation.confirm()).response == "Done"
    assert conversation.pending_tool_call is None


async def test_async_client_agents_send_through_the_client(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{AGENT_URL}/info", json=INFO)
    agent = aclient.agents(KEY)
    assert (await agent.info()).id == "agt_1" and KEY not in repr(agent)
    assert "authorization" not in httpx_mock.get_requests()[0].headers


async def test_async_error_echoing_the_key_does_not_show_it(
    aagent: AsyncCloudAgent, httpx_mock: HTTPXMock
) -> None:
    _echoing_404(httpx_mock)
    with pytest.raises(NotFoundError) as caught:
        await aagent.info()
    assert KEY not in str(caught.value) and KEY not in str(caught.value.body)
    assert all(KEY not in repr(value) for value in _sdk_frame_locals(caught.value))
