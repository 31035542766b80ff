"""The gateway's Anthropic-style operations, read with plain httpx: events and JSON Lines as the
spec describes them, token counts, and batches kept per gateway (paging, cancel, idempotency)."""

from __future__ import annotations

import json
import uuid
from typing import Any, Dict, Iterator, List, Tuple

import httpx
import pytest

from local_gateway import start_gateway
from local_gateway.spec import schema_validator

USER = [{"role": "user", "content": "the quick brown fox jumps"}]
MESSAGE = {"model": "echo", "max_tokens": 64, "messages": USER}
EVENT_SCHEMAS = {
    "message_start": "AnthropicMessageStartEvent",
    "content_block_start": "AnthropicContentBlockStartEvent",
    "content_block_delta": "AnthropicContentBlockDeltaEvent",
    "content_block_stop": "AnthropicContentBlockStopEvent",
    "message_delta": "AnthropicMessageDeltaEvent",
    "message_stop": "AnthropicMessageStopEvent",
    "ping": "AnthropicPingEvent",
}


def sse_events(raw: bytes) -> List[Tuple[str, Dict[str, Any]]]:
    """(event name, data) of every event, read as the SSE standard says (LF or CRLF ends)."""
    text = raw.decode("utf-8").replace("\r\n", "\n")
    events = []
    for block in text.split("\n\n"):
        if not block.strip():
            continue
        fields = dict(line.split(": ", 1) for line in block.split("\n"))
        events.append((fields["event"], json.loads(fields["data"])))
    return events


def invalid(schema: str, value: Any) -> List[str]:
    return [error.message for error in schema_validator("zaguan", schema).iter_errors(value)]


def stream(zaguan: httpx.Client, body: Dict[str, Any], **headers: str) -> httpx.Response:
    return zaguan.post("/v1/messages", json={**body, "stream": True}, headers=headers)


def create(zaguan: httpx.Client, *models: str, **headers: str) -> Dict[str, Any]:
    requests = [
        {"custom_id": f"r{n}", "params": {**MESSAGE, "model": model}}
        for n, model in enumerate(models)
    ]
    reply = zaguan.post("/v1/messages/batches", json={"requests": requests}, headers=headers)
    assert reply.status_code == 200, reply.text
    batch: Dict[str, Any] = reply.json()
    return batch


@pytest.fixture
def fresh() -> Iterator[httpx.Client]:
    """A client of a gateway of its own: no batch but the example one."""
    with (
        start_gateway() as gateway,
        httpx.Client(
            base_url=gateway.zaguan_url, headers={"Authorization": f"Bearer {gateway.api_key}"}
        ) as client,
    ):
        yield client


# --- messages --------------------------------------------------------------------------------


def test_a_message_echoes_the_last_user_message_with_word_counts(zaguan: httpx.Client) -> None:
    reply = zaguan.post("/v1/messages", json=MESSAGE)
    message = reply.json()
    assert message["content"] == [{"type": "text", "text": "the quick brown fox jumps"}]
    assert (message["usage"]["input_tokens"], message["usage"]["output_tokens"]) == (5, 5)
    assert invalid("AnthropicMessagesResponse", message) == []


def test_a_stop_sequence_cuts_the_message_there(zaguan: httpx.Client) -> None:
    message = zaguan.post("/v1/messages", json={**MESSAGE, "stop_sequences": ["fox"]}).json()
    assert message["content"][0]["text"] == "the quick brown"
    assert (message["stop_reason"], message["stop_sequence"]) == ("stop_sequence", "fox")


def test_an_unknown_model_is_anthropics_not_found_error(zaguan: httpx.Client) -> None:
    reply = zaguan.post("/v1/messages", json={**MESSAGE, "model": "no-such-model"})
    assert reply.status_code == 404
    assert reply.json()["type"] == "error"
    assert reply.json()["error"]["type"] == "not_found_error"


@pytest.mark.parametrize(
    "extra",
    [{}, {"model": "tool-echo", "thinking": {"type": "enabled", "budget_tokens": 1024}}],
    ids=["text", "thinking-and-tools"],
)
def test_every_stream_event_is_valid_against_its_schema(
    zaguan: httpx.Client, extra: Dict[str, Any]
) -> None:
    reply = stream(zaguan, {**MESSAGE, **extra})
    assert reply.headers["content-type"].startswith("text/event-stream")
    events = sse_events(reply.content)
    assert events[0][0] == "message_start" and events[-1][0] == "message_stop"
    for name, data in events:
        assert name == data["type"]
        assert invalid(EVENT_SCHEMAS[name], data) == [], data


def test_a_streamed_messages_text_deltas_are_its_words(zaguan: httpx.Client) -> None:
    events = sse_events(stream(zaguan, MESSAGE).content)
    text = "".join(d["delta"]["text"] for n, d in events if n == "content_block_delta")
    assert text == "the quick brown fox jumps"


def test_the_error_event_fault_sends_an_overloaded_error_event(zaguan: httpx.Client) -> None:
    events = sse_events(stream(zaguan, MESSAGE, **{"X-Gateway-Fault": "error-event"}).content)
    name, data = events[-1]
    assert (name, data["error"]["type"]) == ("error", "overloaded_error")
    assert "message_stop" not in [n for n, _ in events]


def test_the_whole_message_model_answers_a_stream_with_json(zaguan: httpx.Client) -> None:
    reply = stream(zaguan, {**MESSAGE, "model": "whole-message"})
    assert reply.headers["content-type"] == "application/json"
    assert invalid("AnthropicMessagesResponse", reply.json()) == []


def test_count_tokens_counts_system_messages_and_tools(zaguan: httpx.Client) -> None:
    body = {
        "model": "echo",
        "messages": USER,
        "system": [{"type": "text", "text": "Be brief"}],
        "tools": [{"name": "weather", "description": "Today's weather"}],
    }
    assert zaguan.post("/v1/messages/count_tokens", json=body).json() == {"input_tokens": 5 + 2 + 3}


# --- batches ---------------------------------------------------------------------------------


def test_a_new_batch_is_in_progress_and_ended_once_read(zaguan: httpx.Client) -> None:
    batch = create(zaguan, "echo", "no-such-model", "slow")
    assert (batch["processing_status"], batch["request_counts"]["processing"]) == ("in_progress", 3)
    assert batch["results_url"] is None
    read = zaguan.get(f"/v1/messages/batches/{batch['id']}").json()
    assert read["processing_status"] == "ended"
    counts = read["request_counts"]
    assert (counts["succeeded"], counts["errored"], counts["expired"]) == (1, 1, 1)
    assert read["results_url"].endswith(f"/v1/messages/batches/{batch['id']}/results")
    assert invalid("AnthropicMessagesBatchResponse", read) == []


def test_results_are_json_lines_written_line_by_line(zaguan: httpx.Client) -> None:
    batch = create(zaguan, "echo", "no-such-model", "slow")
    reply = zaguan.get(f"/v1/messages/batches/{batch['id']}/results")
    assert reply.headers["content-type"] == "application/x-jsonl"
    assert "content-length" not in reply.headers  # chunked: written as it goes
    lines = [json.loads(line) for line in reply.text.splitlines()]
    assert [line["result"]["type"] for line in lines] == ["succeeded", "errored", "expired"]
    for line in lines:
        assert invalid("AnthropicMessagesBatchResult", line) == []


def test_the_same_request_id_creates_one_batch(zaguan: httpx.Client) -> None:
    request_id = str(uuid.uuid4())
    first = create(zaguan, "echo", **{"X-Request-Id": request_id})
    again = create(zaguan, "echo", "echo", **{"X-Request-Id": request_id})
    assert again["id"] == first["id"]


def test_repeated_custom_ids_are_refused(zaguan: httpx.Client) -> None:
    item = {"custom_id": "same", "params": MESSAGE}
    reply = zaguan.post("/v1/messages/batches", json={"requests": [item, item]})
    assert reply.status_code == 400
    assert reply.json()["error"]["type"] == "invalid_request_error"


def test_canceling_before_it_runs_cancels_every_request(zaguan: httpx.Client) -> None:
    batch = create(zaguan, "echo", "echo")
    canceling = zaguan.post(f"/v1/messages/batches/{batch['id']}/cancel").json()
    assert canceling["processing_status"] == "canceling"
    assert canceling["cancel_initiated_at"] is not None
    ended = zaguan.get(f"/v1/messages/batches/{batch['id']}").json()
    assert (ended["processing_status"], ended["request_counts"]["canceled"]) == ("ended", 2)


def test_an_unknown_batch_is_anthropics_not_found_error(zaguan: httpx.Client) -> None:
    for path in ("", "/cancel", "/results"):
        reply = zaguan.request(
            "POST" if path == "/cancel" else "GET", f"/v1/messages/batches/nope{path}"
        )
        assert (reply.status_code, reply.json()["error"]["type"]) == (404, "not_found_error")


def test_every_gateway_starts_with_the_example_batch(fresh: httpx.Client) -> None:
    page = fresh.get("/v1/messages/batches").json()
    assert [batch["id"] for batch in page["data"]] == ["msgbatch_local_example"]
    assert page["has_more"] is False
    lines = fresh.get("/v1/messages/batches/msgbatch_local_example/results").text.splitlines()
    assert [json.loads(line)["result"]["type"] for line in lines] == ["succeeded", "errored"]


def test_the_list_pages_newest_first_with_after_and_before(fresh: httpx.Client) -> None:
    made = [create(fresh, "echo")["id"] for _ in range(3)]
    newest_first = [*made[::-1], "msgbatch_local_example"]
    first = fresh.get("/v1/messages/batches", params={"limit": 2}).json()
    assert [b["id"] for b in first["data"]] == newest_first[:2]
    assert (first["has_more"], first["first_id"], first["last_id"]) == (True, *newest_first[:2])
    after = fresh.get("/v1/messages/batches", params={"limit": 2, "after_id": first["last_id"]})
    assert [b["id"] for b in after.json()["data"]] == newest_first[2:]
    assert after.json()["has_more"] is False
    before = fresh.get("/v1/messages/batches", params={"before_id": newest_first[2]})
    assert [b["id"] for b in before.json()["data"]] == newest_first[:2]


def test_a_paging_id_of_no_batch_gives_an_empty_page(fresh: httpx.Client) -> None:
    page = fresh.get("/v1/messages/batches", params={"after_id": "msgbatch_none"}).json()
    assert page == {"data": [], "has_more": False, "first_id": None, "last_id": None}


def test_the_malformed_json_fault_breaks_the_second_results_line(zaguan: httpx.Client) -> None:
    batch = create(zaguan, "echo", "echo", "echo")
    path = f"/v1/messages/batches/{batch['id']}/results"
    lines = zaguan.get(path, headers={"X-Gateway-Fault": "malformed-json"}).text.splitlines()
    json.loads(lines[0])
    with pytest.raises(ValueError):
        json.loads(lines[1])


def test_the_cut_stream_fault_drops_the_connection_after_n_results_lines(
    zaguan: httpx.Client,
) -> None:
    batch = create(zaguan, "echo", "echo", "echo")
    path = f"/v1/messages/batches/{batch['id']}/results"
    received: List[str] = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        zaguan.stream("GET", path, headers={"X-Gateway-Fault": "cut-stream:1"}) as reply,
    ):
        received.extend(reply.iter_lines())
    assert len(received) == 1
