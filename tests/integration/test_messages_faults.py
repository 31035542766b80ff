"""Anthropic-style calls against the local gateway's faults: errors mid-stream, cut and malformed
bodies, retries with one request id (batch create included), and connections released early."""

from __future__ import annotations

import uuid
from typing import Any, List

import httpx
import pytest

from local_gateway import Gateway
from zaguan import AsyncZaguanClient, MessageStream, ZaguanClient
from zaguan.errors import (
    APIConnectionError,
    APIResponseValidationError,
    InternalServerError,
    RateLimitError,
)
from zaguan.models import AnthropicMessageParam

from ._support import TEXT, RequestLog, Sleeps, fault

USER: List[AnthropicMessageParam] = [{"role": "user", "content": TEXT}]
ONE_CONNECTION = httpx.Limits(max_connections=1, max_keepalive_connections=1)
TIMEOUT = httpx.Timeout(30.0, pool=3.0)


def item(custom_id: str) -> Any:
    return {"custom_id": custom_id, "params": {"model": "echo", "max_tokens": 8, "messages": USER}}


def stream_with(client: ZaguanClient, faults: str, **extra: Any) -> MessageStream:
    return client.messages_stream(
        model="echo", max_tokens=64, messages=USER, extra_headers=fault(faults), **extra
    )


# --- streams ---------------------------------------------------------------------------------


def test_an_overloaded_error_event_raises_after_the_events_before_it(zg: ZaguanClient) -> None:
    received: List[Any] = []
    with pytest.raises(InternalServerError) as caught:
        received.extend(stream_with(zg, "error-event"))
    assert [e.type for e in received] == ["message_start", "ping", "content_block_start"]
    assert (caught.value.status_code, caught.value.type) == (529, "overloaded_error")


def test_a_stream_cut_before_message_stop_raises_the_connection_error(zg: ZaguanClient) -> None:
    with pytest.raises(APIConnectionError, match="message_stop"):
        list(stream_with(zg, "cut-stream:4"))


def test_a_malformed_event_raises_the_validation_error(zg: ZaguanClient) -> None:
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        list(stream_with(zg, "malformed-json"))


def test_a_crlf_stream_reads_the_same(zg: ZaguanClient) -> None:
    message = stream_with(zg, "crlf-sse").get_final_message()
    assert message.content[0].text == TEXT  # type: ignore[union-attr]


def test_a_long_stream_collects_every_word(zg: ZaguanClient) -> None:
    message = stream_with(zg, "chunks:500").get_final_message()
    assert len(message.content[0].text.split()) == 500  # type: ignore[union-attr]
    assert message.usage.output_tokens == 500


async def test_async_an_error_event_raises_the_typed_error(azg: AsyncZaguanClient) -> None:
    stream = azg.messages_stream(
        model="echo", max_tokens=64, messages=USER, extra_headers=fault("error-event")
    )
    with pytest.raises(InternalServerError):
        await stream.get_final_message()


# --- retries: one request id per call ----------------------------------------------------------


def test_a_failing_message_call_is_retried_with_its_request_id(
    zg: ZaguanClient, log: RequestLog, sleeps: Sleeps
) -> None:
    message = zg.messages(
        model="echo", max_tokens=8, messages=USER, extra_headers=fault("fail-then-succeed:2")
    )
    assert message.content[0].text == TEXT  # type: ignore[union-attr]
    assert len(set(log.request_ids())) == 1 and len(log) == 3
    assert len(sleeps) == 2


def test_a_retried_batch_create_makes_one_batch(
    zg: ZaguanClient, log: RequestLog, sleeps: Sleeps
) -> None:
    request_id = f"itest-batch-{uuid.uuid4()}"  # the gateway counts failures per request id
    batch = zg.create_messages_batch(
        [item("once")], extra_headers=fault("fail-then-succeed:2"), request_id=request_id
    )
    assert log.request_ids() == [request_id] * 3
    again = zg.create_messages_batch([item("once")], request_id=request_id)
    assert again.id == batch.id  # the request id is the gateway's idempotency key
    listed = [b.id for b in zg.iter_messages_batches()]
    assert listed.count(batch.id) == 1


def test_a_rate_limited_call_gives_its_retry_after(zg: ZaguanClient) -> None:
    with pytest.raises(RateLimitError) as caught:
        zg.count_tokens(
            model="echo", messages=USER, extra_headers=fault("rate-limit:3"), max_retries=0
        )
    assert caught.value.retry_after == 3.0


# --- batch results ---------------------------------------------------------------------------


def test_results_cut_mid_way_raise_after_the_lines_read(zg: ZaguanClient) -> None:
    batch = zg.create_messages_batch([item("a"), item("b"), item("c")])
    received: List[Any] = []
    with pytest.raises(APIConnectionError, match="the JSON Lines body was cut"):
        received.extend(
            zg.get_messages_batch_results(batch.id, extra_headers=fault("cut-stream:1"))
        )
    assert [line.custom_id for line in received] == ["a"]


def test_a_malformed_results_line_raises_after_the_lines_before_it(zg: ZaguanClient) -> None:
    batch = zg.create_messages_batch([item("a"), item("b")])
    received: List[Any] = []
    with pytest.raises(APIResponseValidationError, match="line 2"):
        received.extend(
            zg.get_messages_batch_results(batch.id, extra_headers=fault("malformed-json"))
        )
    assert [line.custom_id for line in received] == ["a"]


# --- connections released early (a pool of one connection) ------------------------------------


def test_breaking_out_of_a_stream_frees_the_only_connection(gateway: Gateway) -> None:
    http = httpx.Client(limits=ONE_CONNECTION, timeout=TIMEOUT)
    with http, ZaguanClient(gateway.zaguan_url, gateway.api_key, http_client=http) as client:
        for event in stream_with(client, "stall-stream:0.2", max_retries=0):
            if event.type == "content_block_start":
                break
        assert client.count_tokens(model="echo", messages=USER, max_retries=0).input_tokens == 4


def test_breaking_out_of_results_frees_the_only_connection(gateway: Gateway) -> None:
    http = httpx.Client(limits=ONE_CONNECTION, timeout=TIMEOUT)
    with http, ZaguanClient(gateway.zaguan_url, gateway.api_key, http_client=http) as client:
        batch = client.create_messages_batch([item("a"), item("b"), item("c")])
        results = client.get_messages_batch_results(
            batch.id, extra_headers=fault("stall-stream:0.2"), max_retries=0
        )
        for _ in results:
            break
        assert results.response.is_closed
        assert client.get_messages_batch(batch.id, max_retries=0).id == batch.id


async def test_async_leaving_async_with_frees_the_only_connection(gateway: Gateway) -> None:
    http = httpx.AsyncClient(limits=ONE_CONNECTION, timeout=TIMEOUT)
    async with http, AsyncZaguanClient(gateway.zaguan_url, gateway.api_key, http_client=http) as c:
        stream = c.messages_stream(
            model="echo",
            max_tokens=64,
            messages=USER,
            extra_headers=fault("stall-stream:0.2"),
            max_retries=0,
        )
        async with stream:
            await stream.__anext__()
        batch = await c.create_messages_batch([item("a"), item("b")], max_retries=0)
        async with c.get_messages_batch_results(
            batch.id, extra_headers=fault("stall-stream:0.2"), max_retries=0
        ) as results:
            await results.__anext__()
        assert (await c.count_tokens(model="echo", messages=USER, max_retries=0)).input_tokens == 4
