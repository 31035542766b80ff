"""Meganova's videos, serverless catalogue and cloud agents, as the gateway serves them: each
host's operations under its own prefix, deterministic answers, and the request record."""

from __future__ import annotations

import json
import time
from typing import Any, Dict, Iterator, List

import httpx
import pytest

from local_gateway import MEGANOVA_STUDIO_PREFIX, MEGANOVA_WEB_PREFIX, REQUESTS_PATH, Gateway

from .helpers import sse_data, stream_chunks

AGENT = "agent_gateway-test-key"
CATALOGUE = "/api/v1/serverless/models/filter"


@pytest.fixture()
def web(gateway: Gateway) -> Iterator[httpx.Client]:
    """An authorised client on the web API host (the catalogue)."""
    headers = {"Authorization": f"Bearer {gateway.api_key}"}
    with httpx.Client(base_url=gateway.zaguan_url + MEGANOVA_WEB_PREFIX, headers=headers) as c:
        yield c


@pytest.fixture()
def studio(gateway: Gateway) -> Iterator[httpx.Client]:
    """A client on the cloud agents host: no API key, the agent key is in the path."""
    with httpx.Client(base_url=f"{gateway.zaguan_url}{MEGANOVA_STUDIO_PREFIX}/agents/v1") as c:
        yield c


def _models(web: httpx.Client, **params: Any) -> Dict[str, Any]:
    reply = web.get(CATALOGUE, params=params)
    assert reply.status_code == 200, reply.text
    page: Dict[str, Any] = reply.json()["data"]
    return page


def _names(page: Dict[str, Any]) -> List[str]:
    return [model["model_name"] for model in page["models"]]


# --- videos ------------------------------------------------------------------------------------


def test_video_generation_queues_a_job_for_a_supported_model(meganova: httpx.Client) -> None:
    reply = meganova.post(
        "/videos/generation", json={"model_name": "local/video-echo", "prompt": "a fox"}
    )
    body = reply.json()
    assert reply.status_code == 200 and body["status"] == "queued"
    assert body["data"]["job_id"].startswith("vid_local_") and body["data"]["prompt"] == "a fox"


def test_video_generation_of_an_unknown_model_is_a_404(meganova: httpx.Client) -> None:
    reply = meganova.post("/videos/generation", json={"model_name": "nope"})
    assert reply.status_code == 404 and reply.json()["error"]["param"] == "model_name"


def test_video_generation_needs_a_model_name(meganova: httpx.Client) -> None:
    reply = meganova.post("/videos/generation", json={"prompt": "a fox"})
    assert reply.status_code == 400 and reply.json()["error"]["param"] == "model_name"


def test_supported_video_models_are_listed(meganova: httpx.Client) -> None:
    reply = meganova.get("/videos/models/supported_models")
    assert reply.json() == {"data": ["local/video-echo", "local/video-fast"]}


# --- the catalogue -------------------------------------------------------------------------


def test_the_catalogue_is_served_on_the_host_without_v1(web: httpx.Client) -> None:
    page = _models(web)
    assert page["count"] == len(page["models"]) == 7 and page["total_pages"] == 1


def test_the_catalogue_is_not_under_the_inference_prefix(meganova: httpx.Client) -> None:
    assert meganova.get(CATALOGUE).status_code == 404


def test_the_catalogue_needs_the_api_key(gateway: Gateway) -> None:
    reply = httpx.get(gateway.zaguan_url + MEGANOVA_WEB_PREFIX + CATALOGUE)
    assert reply.status_code == 401


def test_a_filter_with_several_values_matches_any_of_them_by_default(web: httpx.Client) -> None:
    page = _models(web, model_family="Manta,Deepseek")
    assert _names(page) == [
        "meganova-ai/manta-flash-1.0",
        "meganova-ai/manta-pro-1.0",
        "deepseek-ai/DeepSeek-V3",
    ]


def test_filter_logic_and_matches_all_values(web: httpx.Client) -> None:
    page = _models(web, modality="text_generation,multimodal", filter_logic="and")
    assert _names(page) == ["google/gemma-3-27b-it"]


def test_filters_of_several_categories_all_apply(web: httpx.Client) -> None:
    page = _models(web, model_family="Manta", highlight="free")
    assert _names(page) == ["meganova-ai/manta-flash-1.0"]


def test_search_looks_in_names_and_tags(web: httpx.Client) -> None:
    assert _names(_models(web, search="flux")) == ["black-forest-labs/flux-schnell"]
    assert len(_models(web, search="best_role")["models"]) == 2


def test_tag_counts_count_the_matches_unless_declined(web: httpx.Client) -> None:
    page = _models(web, model_family="Manta")
    assert page["tag_counts"]["model_family"] == {"Manta": 2}
    assert "tag_counts" not in _models(web, include_tag_counts="false")


def test_pages_split_the_matches_in_order(web: httpx.Client) -> None:
    pages = [_models(web, page=number, page_size=3) for number in (1, 2, 3)]
    assert [len(page["models"]) for page in pages] == [3, 3, 1]
    assert {page["total_pages"] for page in pages} == {3}
    assert {page["count"] for page in pages} == {7}
    every = [name for page in pages for name in _names(page)]
    assert every == _names(_models(web))


def test_a_page_past_the_end_is_empty(web: httpx.Client) -> None:
    assert _models(web, page=9, page_size=3)["models"] == []


def test_a_bad_filter_logic_is_refused(web: httpx.Client) -> None:
    reply = web.get(CATALOGUE, params={"filter_logic": "xor"})
    assert reply.status_code == 400 and reply.json()["error"]["param"] == "filter_logic"


# --- cloud agents --------------------------------------------------------------------------


def test_agent_info_needs_no_api_key(studio: httpx.Client) -> None:
    info = studio.get(f"/{AGENT}/info").json()
    assert info["is_available"] is True and info["id"].startswith("agt_")


def test_an_unknown_agent_key_is_a_404_that_echoes_the_key(studio: httpx.Client) -> None:
    reply = studio.get("/not-an-agent-key/info")
    assert reply.status_code == 404 and "not-an-agent-key" in reply.json()["error"]["message"]


def test_agent_chat_echoes_and_keeps_the_conversation(studio: httpx.Client) -> None:
    first = studio.post(f"/{AGENT}/chat", json={"message": "hello"}).json()
    again = studio.post(
        f"/{AGENT}/chat", json={"message": "more", "conversation_id": first["conversation_id"]}
    ).json()
    assert first["response"] == "You said: hello" and first["pending_tool_call"] is None
    assert again["conversation_id"] == first["conversation_id"]


def test_agent_chat_about_a_password_waits_for_an_approval(studio: httpx.Client) -> None:
    reply = studio.post(f"/{AGENT}/chat", json={"message": "I forgot my password"}).json()
    assert reply["status"] == "pending_approval"
    assert reply["pending_tool_call"]["tool_name"] == "reset_password"


def test_an_approval_is_confirmed_once(studio: httpx.Client) -> None:
    pending = studio.post(f"/{AGENT}/chat", json={"message": "password"}).json()
    approval = {"approval_id": pending["pending_tool_call"]["approval_id"], "action": "approve"}
    first = studio.post(f"/{AGENT}/chat/confirm", json=approval)
    second = studio.post(f"/{AGENT}/chat/confirm", json=approval)
    assert first.status_code == 200 and first.json()["status"] == "completed"
    assert second.status_code == 404


def test_a_rejected_tool_call_is_acknowledged(studio: httpx.Client) -> None:
    pending = studio.post(f"/{AGENT}/chat", json={"message": "password"}).json()
    approval = {"approval_id": pending["pending_tool_call"]["approval_id"], "action": "reject"}
    assert studio.post(f"/{AGENT}/chat/confirm", json=approval).json()["status"] == "rejected"


def test_another_agent_cannot_confirm_an_approval(studio: httpx.Client) -> None:
    pending = studio.post(f"/{AGENT}/chat", json={"message": "password"}).json()
    approval = {"approval_id": pending["pending_tool_call"]["approval_id"], "action": "approve"}
    assert studio.post("/agent_other/chat/confirm", json=approval).status_code == 404


def test_agent_completions_echo_the_last_user_message(studio: httpx.Client) -> None:
    body = {"messages": [{"role": "user", "content": "hi there"}]}
    reply = studio.post(f"/{AGENT}/chat/completions", json=body).json()
    assert reply["choices"][0]["message"]["content"] == "hi there"


def test_agent_completions_stream_chunks_then_done(studio: httpx.Client) -> None:
    body = {"messages": [{"role": "user", "content": "hi there"}], "stream": True}
    reply = studio.post(f"/{AGENT}/chat/completions", json=body)
    assert reply.headers["content-type"].startswith("text/event-stream")
    chunks = stream_chunks(reply.content)
    text = "".join(chunk["choices"][0]["delta"].get("content") or "" for chunk in chunks)
    assert text == "hi there"


def _agent_stream(studio: httpx.Client, fault: str, text: str = "hi there") -> bytes:
    body = {"messages": [{"role": "user", "content": text}], "stream": True}
    reply = studio.post(f"/{AGENT}/chat/completions", json=body, headers={"X-Gateway-Fault": fault})
    assert reply.status_code == 200, reply.text
    return reply.content


def test_agent_completions_stream_is_cut_after_the_events_asked(studio: httpx.Client) -> None:
    body = {"messages": [{"role": "user", "content": "a b c d"}], "stream": True}
    received: List[str] = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        studio.stream(
            "POST",
            f"/{AGENT}/chat/completions",
            json=body,
            headers={"X-Gateway-Fault": "cut-stream:2"},
        ) as reply,
    ):
        received.extend(line for line in reply.iter_lines() if line)
    assert len(received) == 2 and "[DONE]" not in received[-1]


def test_agent_completions_stream_pauses_between_events_under_stall_stream(
    studio: httpx.Client,
) -> None:
    body = {"messages": [{"role": "user", "content": "a b"}], "stream": True}
    arrivals: List[float] = []
    with studio.stream(
        "POST",
        f"/{AGENT}/chat/completions",
        json=body,
        headers={"X-Gateway-Fault": "stall-stream:0.15"},
    ) as reply:
        arrivals.extend(time.monotonic() for line in reply.iter_lines() if line)
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:])]
    assert len(arrivals) == 5  # role, "a ", "b", stop, [DONE]
    assert min(gaps) >= 0.1


def test_agent_completions_stream_ends_with_an_error_event_under_error_event(
    studio: httpx.Client,
) -> None:
    events = sse_data(_agent_stream(studio, "error-event", "one two three four"))
    assert "[DONE]" not in events and len(events) == 4
    assert json.loads(events[-1])["error"]["code"] == "upstream_error"


def test_agent_completions_stream_truncates_one_event_under_malformed_json(
    studio: httpx.Client,
) -> None:
    events = sse_data(_agent_stream(studio, "malformed-json"))
    assert events[-1] == "[DONE]"
    with pytest.raises(json.JSONDecodeError):
        json.loads(events[1])


def test_agent_completions_stream_uses_crlf_and_comments_under_crlf_sse(
    studio: httpx.Client,
) -> None:
    raw = _agent_stream(studio, "crlf-sse")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert raw.startswith(b": ")
    chunks = stream_chunks(raw)
    assert "".join(chunk["choices"][0]["delta"].get("content") or "" for chunk in chunks) == (
        "hi there"
    )


def test_agent_completions_stream_has_n_word_chunks_under_chunks(studio: httpx.Client) -> None:
    chunks = stream_chunks(_agent_stream(studio, "chunks:300"))
    contents = [chunk["choices"][0]["delta"].get("content") for chunk in chunks[1:-1]]
    assert len(contents) == 300 and contents[0] == "w0 " and contents[-1] == "w299"


def test_agent_completion_whole_reply_is_truncated_under_malformed_json(
    studio: httpx.Client,
) -> None:
    body = {"messages": [{"role": "user", "content": "hi there"}]}
    reply = studio.post(
        f"/{AGENT}/chat/completions", json=body, headers={"X-Gateway-Fault": "malformed-json"}
    )
    assert reply.status_code == 200 and reply.content.startswith(b'{"id":')
    with pytest.raises(json.JSONDecodeError):
        json.loads(reply.content)


# --- the request record --------------------------------------------------------------------


def test_every_request_received_is_recorded_with_its_status(
    gateway: Gateway, meganova: httpx.Client
) -> None:
    headers = {"X-Request-Id": "record-test-1"}
    meganova.get("/videos/models/supported_models", headers=headers)
    with pytest.raises(httpx.RemoteProtocolError):
        meganova.get(
            "/videos/models/supported_models",
            headers={**headers, "X-Gateway-Fault": "disconnect"},
        )
    path = REQUESTS_PATH.replace("{request_id}", "record-test-1")
    record = httpx.get(gateway.zaguan_url + path).json()
    assert [entry["status"] for entry in record["requests"]] == [200, None]
    assert {entry["operation_id"] for entry in record["requests"]} == {"list_video_models"}
