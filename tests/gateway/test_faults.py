"""Faults on demand, by the ``X-Gateway-Fault`` header or a ``fault-<item>`` model name."""

from __future__ import annotations

import json
import time
import uuid
from typing import Dict

import httpx
import pytest

from local_gateway import Gateway

from .helpers import USER_TEXT, chat_body, post_stream, sse_data, stream_chunks

CHAT = "/v1/chat/completions"


def _fault(name: str, request_id: str = "") -> Dict[str, str]:
    headers = {"X-Gateway-Fault": name}
    if request_id:
        headers["X-Request-Id"] = request_id
    return headers


def test_rate_limit_defaults_to_retry_after_zero(zaguan: httpx.Client) -> None:
    reply = zaguan.get("/v1/models", headers=_fault("rate-limit"))
    assert reply.status_code == 429
    assert reply.headers["retry-after"] == "0"
    assert reply.json()["error"]["retry_after"] == 0


def test_rate_limit_seconds_go_to_header_and_body(zaguan: httpx.Client) -> None:
    reply = zaguan.post(CHAT, json=chat_body(), headers=_fault("rate-limit:3"))
    assert reply.status_code == 429
    assert reply.headers["retry-after"] == "3"
    assert reply.json()["error"] == {
        "message": "Rate limit exceeded, retry later",
        "type": "rate_limit_error",
        "code": "rate_limit_exceeded",
        "retry_after": 3,
    }


def test_fault_model_name_triggers_the_fault_without_headers(zaguan: httpx.Client) -> None:
    reply = zaguan.post(CHAT, json=chat_body(model="fault-rate-limit:2"))
    assert reply.status_code == 429
    assert reply.headers["retry-after"] == "2"


def test_fail_then_succeed_counts_per_request_id(zaguan: httpx.Client) -> None:
    request_id = uuid.uuid4().hex
    statuses = [
        zaguan.post(
            CHAT, json=chat_body(), headers=_fault("fail-then-succeed:2", request_id)
        ).status_code
        for _ in range(3)
    ]
    assert statuses == [503, 503, 200]
    other = zaguan.post(
        CHAT, json=chat_body(), headers=_fault("fail-then-succeed:2", uuid.uuid4().hex)
    )
    assert other.status_code == 503


def test_fail_then_succeed_with_a_status(meganova: httpx.Client) -> None:
    request_id = uuid.uuid4().hex
    first = meganova.get("/models", headers=_fault("fail-then-succeed:1:429", request_id))
    second = meganova.get("/models", headers=_fault("fail-then-succeed:1:429", request_id))
    assert (first.status_code, first.headers["retry-after"]) == (429, "0")
    assert second.status_code == 200


def test_insufficient_credits_is_402_with_the_credit_fields(zaguan: httpx.Client) -> None:
    reply = zaguan.post(CHAT, json=chat_body(), headers=_fault("insufficient-credits"))
    assert reply.status_code == 402
    error = reply.json()["error"]
    assert (error["credits_required"], error["credits_remaining"]) == (120, 15)
    assert error["type"] == "insufficient_credits"


def test_insufficient_credits_nested_puts_the_fields_under_details(zaguan: httpx.Client) -> None:
    reply = zaguan.post(CHAT, json=chat_body(), headers=_fault("insufficient-credits:nested"))
    error = reply.json()["error"]
    assert error["details"] == {"credits_required": 120, "credits_remaining": 15}
    assert "credits_required" not in error


def test_band_denied_is_403_band_access_denied(zaguan: httpx.Client) -> None:
    reply = zaguan.post(CHAT, json=chat_body(), headers=_fault("band-denied"))
    assert reply.status_code == 403
    error = reply.json()["error"]
    assert error["code"] == "band_access_denied"
    assert (error["band"], error["required_tier"], error["current_tier"]) == (
        "premium",
        "pro",
        "free",
    )


def test_band_denied_nested_puts_the_fields_under_details(zaguan: httpx.Client) -> None:
    reply = zaguan.post(CHAT, json=chat_body(model="fault-band-denied:nested"))
    assert reply.status_code == 403
    assert reply.json()["error"]["details"] == {
        "band": "premium",
        "required_tier": "pro",
        "current_tier": "free",
    }


@pytest.mark.parametrize("name", ["disconnect", "fault-disconnect"])
def test_disconnect_closes_the_connection_without_a_response(
    zaguan: httpx.Client, name: str
) -> None:
    if name.startswith("fault-"):
        request = zaguan.build_request("POST", CHAT, json=chat_body(model=name))
    else:
        request = zaguan.build_request("POST", CHAT, json=chat_body(), headers=_fault(name))
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        zaguan.send(request)
    assert zaguan.get("/v1/models").status_code == 200  # the server itself is fine


def test_cut_stream_drops_the_connection_after_some_events(zaguan: httpx.Client) -> None:
    received: list[str] = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        zaguan.stream(
            "POST", CHAT, json=chat_body(stream=True), headers=_fault("cut-stream:2")
        ) as reply,
    ):
        assert reply.status_code == 200
        received.extend(line for line in reply.iter_lines() if line)
    assert len(received) == 2
    assert "[DONE]" not in received[-1]


def test_stall_delays_the_response(zaguan: httpx.Client) -> None:
    began = time.monotonic()
    reply = zaguan.get("/v1/credits/balance", headers=_fault("stall:0.3"))
    assert reply.status_code == 200
    assert time.monotonic() - began >= 0.3


def test_stall_longer_than_the_client_timeout_is_a_read_timeout(gateway: Gateway) -> None:
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(gateway.zaguan_url + "/health", headers=_fault("stall:5"), timeout=0.2)


def test_stall_stream_pauses_between_events_after_the_first(zaguan: httpx.Client) -> None:
    arrivals: list[float] = []
    with zaguan.stream(
        "POST", CHAT, json=chat_body("a b", stream=True), headers=_fault("stall-stream:0.15")
    ) as reply:
        arrivals.extend(time.monotonic() for line in reply.iter_lines() if line)
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:])]
    assert len(arrivals) == 5  # role, "a ", "b", stop, [DONE]
    assert min(gaps) >= 0.1


def test_html_502_is_a_proxy_page(meganova: httpx.Client) -> None:
    reply = meganova.get("/models", headers=_fault("html-502"))
    assert reply.status_code == 502
    assert reply.headers["content-type"].startswith("text/html")
    assert b"502 Bad Gateway" in reply.content


def test_malformed_json_is_a_200_with_a_truncated_body(zaguan: httpx.Client) -> None:
    reply = zaguan.post(CHAT, json=chat_body(), headers=_fault("malformed-json"))
    assert reply.status_code == 200
    assert reply.content.startswith(b'{"id":')
    with pytest.raises(json.JSONDecodeError):
        json.loads(reply.content)


def test_malformed_json_in_a_stream_truncates_one_event(zaguan: httpx.Client) -> None:
    events = sse_data(post_stream(zaguan, chat_body(), "malformed-json").content)
    assert events[-1] == "[DONE]"
    with pytest.raises(json.JSONDecodeError):
        json.loads(events[1])


@pytest.mark.parametrize("status", [529, 499, 500, 418])
def test_status_fault_answers_any_status_with_an_error_body(
    zaguan: httpx.Client, status: int
) -> None:
    reply = zaguan.get("/v1/models", headers=_fault(f"status:{status}"))
    assert reply.status_code == status
    assert reply.json()["error"]["message"] == f"Simulated status {status}"


@pytest.mark.parametrize("status", [204, 205, 304])
def test_status_fault_without_a_body_answers_headers_only_and_keeps_the_connection(
    zaguan: httpx.Client, meganova: httpx.Client, status: int
) -> None:
    # HTTP forbids a body on these replies; sending one used to break the handler and reset
    # the connection under the next request.
    for client, path in ((zaguan, "/v1/models"), (meganova, "/billing/balance")):
        reply = client.get(path, headers=_fault(f"status:{status}", "rid-bodyless"))
        assert reply.status_code == status
        assert reply.content == b""
        assert reply.headers["x-request-id"] == "rid-bodyless"
        assert client.get(path).status_code == 200  # the same connection still works


def test_status_fault_without_a_body_works_as_a_model_name_too(zaguan: httpx.Client) -> None:
    reply = zaguan.post(CHAT, json=chat_body(model="fault-status:204"))
    assert (reply.status_code, reply.content) == (204, b"")
    assert zaguan.post(CHAT, json=chat_body()).status_code == 200


def test_every_status_the_fault_grammar_allows_is_answered(zaguan: httpx.Client) -> None:
    # The grammar takes 200 to 599: each is served (with a body where HTTP allows one) and
    # leaves the connection usable.
    for status in range(200, 600):
        reply = zaguan.get("/health", headers=_fault(f"status:{status}"))
        assert reply.status_code == status
        if status in (204, 205, 304):
            assert reply.content == b""
        elif status == 429:  # a rate limit, as the rate-limit fault answers it
            assert reply.json()["error"]["code"] == "rate_limit_exceeded"
        else:
            assert reply.json()["error"]["code"] == f"simulated_{status}"
    assert zaguan.get("/health").status_code == 200


def test_crlf_sse_uses_crlf_comments_and_a_multi_line_data_event(zaguan: httpx.Client) -> None:
    raw = post_stream(zaguan, chat_body(), "crlf-sse").content
    assert b"\r\n\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")
    assert any(line.startswith(b": ") for line in lines)
    assert any(
        first.startswith(b"data: ") and second.startswith(b"data: ")
        for first, second in zip(lines, lines[1:])
    )
    chunks = stream_chunks(raw)
    text = "".join(chunk["choices"][0]["delta"].get("content") or "" for chunk in chunks)
    assert text == USER_TEXT


def test_error_event_ends_the_stream_with_an_error_object(meganova: httpx.Client) -> None:
    events = sse_data(
        post_stream(meganova, chat_body(), "error-event", "/chat/completions").content
    )
    assert "[DONE]" not in events
    assert len(events) == 4
    assert json.loads(events[-1])["error"]["code"] == "upstream_error"
    assert json.loads(events[0])["choices"][0]["delta"]["role"] == "assistant"


def test_chunks_streams_exactly_n_word_chunks(zaguan: httpx.Client) -> None:
    chunks = stream_chunks(post_stream(zaguan, chat_body(), "chunks:1000").content)
    contents = [chunk["choices"][0]["delta"].get("content") for chunk in chunks[1:-1]]
    assert len(contents) == 1000
    assert contents[0] == "w0 " and contents[-1] == "w999"
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_stream_chunks_alias_and_whole_reply(zaguan: httpx.Client) -> None:
    reply = zaguan.post(CHAT, json=chat_body(), headers=_fault("stream_chunks:4")).json()
    assert reply["choices"][0]["message"]["content"] == "w0 w1 w2 w3"
    assert reply["usage"]["completion_tokens"] == 4


def test_faults_combine(zaguan: httpx.Client) -> None:
    began = time.monotonic()
    reply = zaguan.get("/v1/models", headers=_fault("stall:0.1, status:504"))
    assert reply.status_code == 504
    assert time.monotonic() - began >= 0.1


@pytest.mark.parametrize("name", ["explode", "stall:soon", "status:99", "cut-stream:x"])
def test_bad_fault_is_400_naming_the_header(zaguan: httpx.Client, name: str) -> None:
    reply = zaguan.get("/v1/models", headers=_fault(name))
    assert reply.status_code == 400
    assert reply.json()["error"]["param"] == "X-Gateway-Fault"


def test_bad_fault_model_is_400_naming_the_model(zaguan: httpx.Client) -> None:
    reply = zaguan.post(CHAT, json=chat_body(model="fault-nonsense"))
    assert reply.status_code == 400
    assert reply.json()["error"]["param"] == "model"
