"""Zaguan SDK against the gateway's faults (``X-Gateway-Fault``): retries, typed errors, streams.

Backoff is never slept: the clients record the delays the transport asked for.
"""

from __future__ import annotations

import time

import httpx
import pytest

from local_gateway import Gateway
from zaguan import AsyncZaguanClient, ZaguanClient, collect_stream
from zaguan import errors as zg_errors
from zaguan.models import Usage

from ._support import (
    MESSAGES,
    TEXT,
    RequestLog,
    Sleeps,
    active_connections,
    async_zaguan_client,
    fault,
    zaguan_client,
)

# --- retried then successful ------------------------------------------------------------------


def test_503_twice_is_retried_with_the_same_request_id_then_succeeds(
    zg: ZaguanClient, sleeps: Sleeps, log: RequestLog
) -> None:
    reply = zg.chat(model="echo", messages=MESSAGES, extra_headers=fault("fail-then-succeed:2"))
    assert reply.choices[0].message.content == TEXT
    ids = log.request_ids()
    assert len(ids) == 3 and len(set(ids)) == 1  # the gateway counts failures per request id
    assert reply.request_id == ids[0]
    assert len(sleeps) == 2 and all(delay > 0 for delay in sleeps)


async def test_async_503_twice_is_retried_with_the_same_request_id_then_succeeds(
    azg: AsyncZaguanClient, sleeps: Sleeps, log: RequestLog
) -> None:
    reply = await azg.chat(
        model="echo", messages=MESSAGES, extra_headers=fault("fail-then-succeed:2")
    )
    assert reply.choices[0].message.content == TEXT
    assert len(set(log.request_ids())) == 1 and len(log) == 3
    assert len(sleeps) == 2


def test_503_more_often_than_max_retries_raises_internal_server_error(
    zg: ZaguanClient, sleeps: Sleeps
) -> None:
    with pytest.raises(zg_errors.InternalServerError) as caught:
        zg.chat(
            model="echo",
            messages=MESSAGES,
            max_retries=1,
            extra_headers=fault("fail-then-succeed:2"),
        )
    assert caught.value.status_code == 503
    assert "failure 2 of 2" in caught.value.message
    assert len(sleeps) == 1


def test_fault_given_as_the_model_name_is_retried_then_succeeds(
    zg: ZaguanClient, log: RequestLog
) -> None:
    reply = zg.chat(model="fault-fail-then-succeed:1", messages=MESSAGES)
    assert reply.choices[0].message.content == TEXT
    assert len(log) == 2


def test_stream_opening_503_is_retried_then_streams(
    zg: ZaguanClient, sleeps: Sleeps, log: RequestLog
) -> None:
    stream = zg.chat_stream(
        model="echo", messages=MESSAGES, extra_headers=fault("fail-then-succeed:2")
    )
    assert collect_stream(stream).choices[0].message.content == TEXT
    assert len(log) == 3 and len(set(log.request_ids())) == 1


def test_429_with_retry_after_0_is_retried_at_once(
    zg: ZaguanClient, sleeps: Sleeps, log: RequestLog
) -> None:
    reply = zg.chat(model="echo", messages=MESSAGES, extra_headers=fault("fail-then-succeed:1:429"))
    assert reply.choices[0].message.content == TEXT
    assert sleeps == [0.0]


def test_429_retry_after_is_honoured_then_rate_limit_error(
    zg: ZaguanClient, sleeps: Sleeps
) -> None:
    with pytest.raises(zg_errors.RateLimitError) as caught:
        zg.get_credits_balance(extra_headers=fault("rate-limit:7"))
    assert sleeps == [7.0, 7.0]
    assert caught.value.retry_after == 7.0
    assert caught.value.status_code == 429


async def test_async_429_retry_after_is_honoured(azg: AsyncZaguanClient, sleeps: Sleeps) -> None:
    with pytest.raises(zg_errors.RateLimitError):
        await azg.list_models(max_retries=1, extra_headers=fault("rate-limit:3"))
    assert sleeps == [3.0]


# --- typed errors -----------------------------------------------------------------------------


@pytest.mark.parametrize("spec", ["insufficient-credits", "insufficient-credits:nested"])
def test_402_raises_insufficient_credits_error_with_its_fields(
    zg: ZaguanClient, sleeps: Sleeps, spec: str
) -> None:
    with pytest.raises(zg_errors.InsufficientCreditsError) as caught:
        zg.chat(model="echo", messages=MESSAGES, extra_headers=fault(spec))
    error = caught.value
    assert (error.credits_required, error.credits_remaining) == (120, 15)
    assert (error.status_code, error.code) == (402, "insufficient_credits")
    assert sleeps == []  # not retried


@pytest.mark.parametrize("spec", ["band-denied", "band-denied:nested"])
def test_403_band_access_denied_raises_band_access_denied_error(
    zg: ZaguanClient, spec: str
) -> None:
    with pytest.raises(zg_errors.BandAccessDeniedError) as caught:
        zg.chat(model="echo", messages=MESSAGES, extra_headers=fault(spec))
    error = caught.value
    assert isinstance(error, zg_errors.PermissionDeniedError)
    assert (error.band, error.required_tier, error.current_tier) == ("premium", "pro", "free")
    assert error.status_code == 403


async def test_async_402_nested_raises_insufficient_credits_error(azg: AsyncZaguanClient) -> None:
    with pytest.raises(zg_errors.InsufficientCreditsError) as caught:
        await azg.chat(
            model="echo", messages=MESSAGES, extra_headers=fault("insufficient-credits:nested")
        )
    assert caught.value.credits_remaining == 15


def test_disconnect_raises_api_connection_error_after_the_retries(
    zg: ZaguanClient, sleeps: Sleeps, log: RequestLog
) -> None:
    with pytest.raises(zg_errors.APIConnectionError) as caught:
        zg.chat(model="echo", messages=MESSAGES, extra_headers=fault("disconnect"))
    assert not isinstance(caught.value, zg_errors.APITimeoutError)
    assert len(log) == 3 and len(sleeps) == 2
    assert caught.value.request_id == log.request_ids()[0]


async def test_async_disconnect_raises_api_connection_error_after_the_retries(
    azg: AsyncZaguanClient, sleeps: Sleeps, log: RequestLog
) -> None:
    with pytest.raises(zg_errors.APIConnectionError):
        await azg.health_check(extra_headers=fault("disconnect"))
    assert len(log) == 3 and len(sleeps) == 2


def test_html_502_gives_a_readable_message(zg: ZaguanClient, sleeps: Sleeps) -> None:
    with pytest.raises(zg_errors.InternalServerError) as caught:
        zg.chat(model="echo", messages=MESSAGES, extra_headers=fault("html-502"))
    assert caught.value.status_code == 502
    assert "502 Bad Gateway" in caught.value.message
    assert "<" not in caught.value.message
    assert len(sleeps) == 2  # 502 is retried


def test_malformed_json_raises_api_response_validation_error(
    zg: ZaguanClient, sleeps: Sleeps
) -> None:
    with pytest.raises(zg_errors.APIResponseValidationError) as caught:
        zg.chat(model="echo", messages=MESSAGES, extra_headers=fault("malformed-json"))
    assert caught.value.status_code == 200
    assert sleeps == []


def test_status_529_raises_internal_server_error(zg: ZaguanClient, sleeps: Sleeps) -> None:
    with pytest.raises(zg_errors.InternalServerError) as caught:
        zg.list_models(extra_headers=fault("status:529"))
    assert caught.value.status_code == 529
    assert caught.value.code == "simulated_529"
    assert len(sleeps) == 2


def test_stall_longer_than_the_timeout_raises_api_timeout_error(gateway: Gateway) -> None:
    client = ZaguanClient(gateway.zaguan_url, gateway.api_key, timeout=0.2, max_retries=0)
    with client:
        started = time.monotonic()
        with pytest.raises(zg_errors.APITimeoutError):
            client.chat(model="echo", messages=MESSAGES, extra_headers=fault("stall:1"))
        assert time.monotonic() - started < 0.9


async def test_async_stall_longer_than_the_timeout_raises_api_timeout_error(
    gateway: Gateway,
) -> None:
    client = AsyncZaguanClient(gateway.zaguan_url, gateway.api_key, timeout=0.2, max_retries=0)
    async with client:
        with pytest.raises(zg_errors.APITimeoutError):
            await client.health_check(extra_headers=fault("stall:1"))


# --- streams ----------------------------------------------------------------------------------


def test_cut_stream_raises_api_connection_error_and_frees_the_connection(
    gateway: Gateway, sleeps: Sleeps
) -> None:
    with zaguan_client(gateway.zaguan_url, gateway.api_key, sleeps) as client:
        stream = client.chat_stream(
            model="echo", messages=MESSAGES, extra_headers=fault("cut-stream:3")
        )
        received = []
        with pytest.raises(zg_errors.APIConnectionError, match="before \\[DONE\\]"):
            for chunk in stream:
                received.append(chunk)  # noqa: PERF402
        assert len(received) == 3
        assert stream.response.is_closed
        assert active_connections(client) == []
        assert client.chat(model="echo", messages=MESSAGES).choices[0].message.content == TEXT


async def test_async_cut_stream_raises_api_connection_error_and_frees_the_connection(
    gateway: Gateway, sleeps: Sleeps
) -> None:
    async with async_zaguan_client(gateway.zaguan_url, gateway.api_key, sleeps) as client:
        stream = await client.chat_stream(
            model="echo", messages=MESSAGES, extra_headers=fault("cut-stream:3")
        )
        with pytest.raises(zg_errors.APIConnectionError):
            async for _ in stream:
                pass
        assert stream.response.is_closed
        assert active_connections(client) == []
        assert (await client.chat(model="echo", messages=MESSAGES)).choices[0].message.content


def test_crlf_sse_with_comments_and_split_data_lines_parses(zg: ZaguanClient) -> None:
    stream = zg.chat_stream(
        model="echo",
        messages=MESSAGES,
        stream_options={"include_usage": True},
        extra_headers=fault("crlf-sse"),
    )
    reply = collect_stream(stream)
    assert reply.choices[0].message.content == TEXT
    assert isinstance(reply.usage, Usage)
    assert reply.usage.total_tokens == 8


def test_error_event_mid_stream_raises_the_typed_error(zg: ZaguanClient) -> None:
    received = []
    with pytest.raises(zg_errors.APIError) as caught:
        for chunk in zg.chat_stream(
            model="echo", messages=MESSAGES, extra_headers=fault("error-event")
        ):
            received.append(chunk)  # noqa: PERF402
    assert len(received) == 3
    error = caught.value
    assert error.message == "The upstream provider failed mid-stream"
    assert (error.code, error.type) == ("upstream_error", "server_error")


async def test_async_error_event_mid_stream_raises_the_typed_error(
    azg: AsyncZaguanClient,
) -> None:
    stream = await azg.chat_stream(
        model="echo", messages=MESSAGES, extra_headers=fault("error-event")
    )
    with pytest.raises(zg_errors.APIError, match="failed mid-stream"):
        async for _ in stream:
            pass
    assert stream.response.is_closed


def test_malformed_json_in_a_stream_raises_api_response_validation_error(
    zg: ZaguanClient,
) -> None:
    stream = zg.chat_stream(model="echo", messages=MESSAGES, extra_headers=fault("malformed-json"))
    with pytest.raises(zg_errors.APIResponseValidationError, match="not valid JSON"):
        list(stream)
    assert stream.response.is_closed


def test_stalled_stream_raises_api_timeout_error_mid_stream(
    gateway: Gateway, sleeps: Sleeps
) -> None:
    timeout = httpx.Timeout(5.0, read=0.2)
    with zaguan_client(
        gateway.zaguan_url, gateway.api_key, sleeps, timeout=timeout, max_retries=0
    ) as client:
        stream = client.chat_stream(
            model="echo", messages=MESSAGES, extra_headers=fault("stall-stream:1")
        )
        received = []
        with pytest.raises(zg_errors.APITimeoutError, match="before \\[DONE\\]"):
            for chunk in stream:
                received.append(chunk)  # noqa: PERF402
        assert len(received) == 1  # the first event comes at once, the second never in time
        assert stream.response.is_closed
        assert active_connections(client) == []


async def test_async_stalled_stream_raises_api_timeout_error_mid_stream(gateway: Gateway) -> None:
    client = AsyncZaguanClient(gateway.zaguan_url, gateway.api_key, max_retries=0)
    async with client:
        stream = await client.chat_stream(
            model="echo",
            messages=MESSAGES,
            timeout=httpx.Timeout(5.0, read=0.2),
            extra_headers=fault("stall-stream:1"),
        )
        with pytest.raises(zg_errors.APITimeoutError):
            async for _ in stream:
                pass
