"""One CLIENT span per logical call, following the OpenTelemetry GenAI conventions."""

from __future__ import annotations

import httpx
import pytest
from opentelemetry.trace import SpanKind, StatusCode

import meganova
import zaguan

from .conftest import Recorded
from .fakes import (
    API_KEY,
    MESSAGES,
    MODEL,
    Gateway,
    chat_json,
    chunk,
    embeddings_json,
    json_reply,
    meganova_client,
    sse,
    sse_response,
    stream_chunks,
    zaguan_async_client,
    zaguan_client,
)


def test_chat_call_makes_one_client_span_with_genai_attributes(otel: Recorded) -> None:
    with zaguan_client(Gateway(json_reply(chat_json()))) as client:
        client.chat(model=MODEL, messages=MESSAGES, temperature=0.5, max_tokens=64)
    span = otel.only_span()
    assert span.name == f"chat {MODEL}"
    assert span.kind is SpanKind.CLIENT
    assert span.instrumentation_scope is not None
    assert span.instrumentation_scope.name == "zaguan"
    assert dict(span.attributes or {}) == {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "zaguan",
        "gen_ai.system": "zaguan",
        "gen_ai.request.model": MODEL,
        "gen_ai.request.temperature": 0.5,
        "gen_ai.request.max_tokens": 64,
        "server.address": "zaguan.test",
        "server.port": 443,
        "http.response.status_code": 200,
        "gen_ai.response.id": "chatcmpl-42",
        "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
        "gen_ai.response.finish_reasons": ("stop",),
        "gen_ai.usage.input_tokens": 11,
        "gen_ai.usage.output_tokens": 7,
    }
    assert span.status.status_code is StatusCode.UNSET


async def test_async_chat_call_makes_the_same_span(otel: Recorded) -> None:
    async with zaguan_async_client(Gateway(json_reply(chat_json()))) as client:
        await client.chat(model=MODEL, messages=MESSAGES)
    span = otel.only_span()
    assert span.name == f"chat {MODEL}"
    assert span.attributes is not None
    assert span.attributes["gen_ai.usage.output_tokens"] == 7


def test_embeddings_call_span_names_the_operation_and_input_tokens(otel: Recorded) -> None:
    with meganova_client(Gateway(json_reply(embeddings_json()))) as client:
        client.embeddings.create("hello", model="bge-m3")
    span = otel.only_span()
    assert span.name == "embeddings bge-m3"
    attributes = dict(span.attributes or {})
    assert attributes["gen_ai.operation.name"] == "embeddings"
    assert attributes["gen_ai.provider.name"] == "meganova"
    assert attributes["gen_ai.response.model"] == "bge-m3"
    assert attributes["gen_ai.usage.input_tokens"] == 3
    assert "gen_ai.usage.output_tokens" not in attributes


def test_stream_span_ends_at_the_end_with_usage_and_finish_reasons(otel: Recorded) -> None:
    with zaguan_client(Gateway(sse_response(stream_chunks()))) as client:
        stream = client.chat_stream(model=MODEL, messages=MESSAGES)
        assert otel.spans() == []  # open while the stream is
        list(stream)
    span = otel.only_span()
    attributes = dict(span.attributes or {})
    assert attributes["gen_ai.response.id"] == "chatcmpl-s1"
    assert attributes["gen_ai.response.finish_reasons"] == ("stop",)
    assert attributes["gen_ai.usage.input_tokens"] == 5
    assert attributes["gen_ai.usage.output_tokens"] == 2
    assert span.status.status_code is StatusCode.UNSET


async def test_async_stream_span_ends_at_the_end(otel: Recorded) -> None:
    async with zaguan_async_client(Gateway(sse_response(stream_chunks()))) as client:
        stream = client.chat_stream(model=MODEL, messages=MESSAGES)
        async for _ in stream:
            assert otel.spans() == []
    span = otel.only_span()
    assert span.attributes is not None
    assert span.attributes["gen_ai.usage.output_tokens"] == 2


def test_stream_span_ends_when_the_stream_is_closed_early(otel: Recorded) -> None:
    with zaguan_client(Gateway(sse_response(stream_chunks()))) as client:
        with client.chat_stream(model=MODEL, messages=MESSAGES) as stream:
            next(iter(stream))
        span = otel.only_span()
    assert span.status.status_code is StatusCode.UNSET
    assert "gen_ai.response.finish_reasons" not in (span.attributes or {})


def test_stream_span_ends_when_a_stream_never_read_is_closed(otel: Recorded) -> None:
    with zaguan_client(Gateway(sse_response(stream_chunks()))) as client:
        client.chat_stream(model=MODEL, messages=MESSAGES).close()
    assert len(otel.spans()) == 1


def test_stream_failing_mid_way_sets_error_status(otel: Recorded) -> None:
    body = (
        sse(chunk("partial"), done=False)
        + b'event: error\ndata: {"error": {"message": "boom"}}\n\n'
    )
    with zaguan_client(Gateway(sse_response(body))) as client:
        stream = client.chat_stream(model=MODEL, messages=MESSAGES)
        with pytest.raises(zaguan.ZaguanError):
            list(stream)
    span = otel.only_span()
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes is not None
    assert span.attributes["error.type"] == "APIError"  # zaguan's error for an error event


def test_401_sets_error_status_and_type(otel: Recorded) -> None:
    reply = json_reply({"error": {"message": "bad key"}}, status=401)
    with zaguan_client(Gateway(reply)) as client, pytest.raises(zaguan.AuthenticationError):
        client.chat(model=MODEL, messages=MESSAGES)
    span = otel.only_span()
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes is not None
    assert span.attributes["error.type"] == "AuthenticationError"
    assert span.attributes["http.response.status_code"] == 401


def test_429_after_retries_is_one_span_with_a_retry_event_per_retry(otel: Recorded) -> None:
    reply = json_reply({"error": {"message": "slow down"}}, status=429, **{"retry-after": "1"})
    client = zaguan_client(Gateway(reply), max_retries=2)
    with client, pytest.raises(zaguan.RateLimitError):
        client.chat(model=MODEL, messages=MESSAGES)
    span = otel.only_span()
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes is not None
    assert span.attributes["error.type"] == "RateLimitError"
    assert span.attributes["http.request.resend_count"] == 2
    events = [(e.name, dict(e.attributes or {})) for e in span.events]
    assert events == [
        ("retry", {"http.request.resend_count": 1, "retry.delay": 1.0, "error.type": "429"}),
        ("retry", {"http.request.resend_count": 2, "retry.delay": 1.0, "error.type": "429"}),
    ]


def test_a_retry_that_succeeds_leaves_the_span_ok(otel: Recorded) -> None:
    gateway = Gateway(httpx.ConnectError("refused"), json_reply(chat_json()))
    with zaguan_client(gateway) as client:
        client.chat(model=MODEL, messages=MESSAGES)
    span = otel.only_span()
    assert span.status.status_code is StatusCode.UNSET
    assert [e.name for e in span.events] == ["retry"]


def test_connection_error_sets_error_status(otel: Recorded) -> None:
    client = zaguan_client(Gateway(httpx.ConnectError("refused")), max_retries=0)
    with client, pytest.raises(zaguan.APIConnectionError):
        client.chat(model=MODEL, messages=MESSAGES)
    span = otel.only_span()
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes is not None
    assert span.attributes["error.type"] == "APIConnectionError"


def test_a_call_outside_genai_is_an_http_client_span(otel: Recorded) -> None:
    models = json_reply({"object": "list", "data": []})
    with zaguan_client(Gateway(models)) as client:
        client.list_models()
    span = otel.only_span()
    assert span.name == "GET"
    assert span.kind is SpanKind.CLIENT
    assert dict(span.attributes or {}) == {
        "http.request.method": "GET",
        "url.full": "https://zaguan.test/v1/models",
        "server.address": "zaguan.test",
        "server.port": 443,
        "http.response.status_code": 200,
    }


def test_content_is_not_captured_by_default(otel: Recorded) -> None:
    with zaguan_client(Gateway(json_reply(chat_json()))) as client:
        client.chat(model=MODEL, messages=MESSAGES)
    text = repr(dict(otel.only_span().attributes or {}))
    assert "secret prompt" not in text
    assert "secret answer" not in text


def test_content_is_captured_when_opted_in(otel: Recorded, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true")
    with zaguan_client(Gateway(json_reply(chat_json()))) as client:
        client.chat(model=MODEL, messages=MESSAGES)
    attributes = dict(otel.only_span().attributes or {})
    assert "the secret prompt" in str(attributes["gen_ai.input.messages"])
    assert "the secret answer" in str(attributes["gen_ai.output.messages"])


def test_captured_stream_content_is_the_joined_deltas(
    otel: Recorded, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true")
    with zaguan_client(Gateway(sse_response(stream_chunks()))) as client:
        list(client.chat_stream(model=MODEL, messages=MESSAGES))
    attributes = dict(otel.only_span().attributes or {})
    assert "the secret answer" in str(attributes["gen_ai.output.messages"])


def test_captured_content_is_redacted_of_the_api_key(
    otel: Recorded, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true")
    echo = chat_json(
        choices=[
            {
                "index": 0,
                "message": {"role": "assistant", "content": API_KEY},
                "finish_reason": "stop",
            }
        ]
    )
    with zaguan_client(Gateway(json_reply(echo))) as client:
        client.chat(model=MODEL, messages=[{"role": "user", "content": f"key {API_KEY}"}])
    assert API_KEY not in repr(dict(otel.only_span().attributes or {}))


def test_metrics_record_duration_and_token_usage(otel: Recorded) -> None:
    with meganova_client(Gateway(json_reply(chat_json()))) as client:
        client.chat.create(model=MODEL, messages=MESSAGES)
    (duration,) = otel.points("gen_ai.client.operation.duration")
    assert duration.count == 1
    assert duration.attributes["gen_ai.operation.name"] == "chat"
    assert duration.attributes["gen_ai.request.model"] == MODEL
    assert duration.attributes["gen_ai.provider.name"] == "meganova"
    tokens = {
        p.attributes["gen_ai.token.type"]: p.sum for p in otel.points("gen_ai.client.token.usage")
    }
    assert tokens == {"input": 11, "output": 7}


def test_failed_call_duration_carries_the_error_type(otel: Recorded) -> None:
    reply = json_reply({"error": {"message": "bad key"}}, status=401)
    with meganova_client(Gateway(reply)) as client, pytest.raises(meganova.AuthenticationError):
        client.chat.create(model=MODEL, messages=MESSAGES)
    (duration,) = otel.points("gen_ai.client.operation.duration")
    assert duration.attributes["error.type"] == "AuthenticationError"
    assert otel.points("gen_ai.client.token.usage") == []
