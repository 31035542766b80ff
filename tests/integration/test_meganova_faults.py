"""Meganova SDK against the gateway's faults (``X-Gateway-Fault``): retries, typed errors, streams.

Backoff is never slept: the clients record the delays the transport asked for.
"""

from __future__ import annotations

import httpx
import pytest

from local_gateway import Gateway
from meganova import AsyncMegaNova, MegaNova
from meganova import errors as mn_errors

from ._support import (
    MESSAGES,
    TEXT,
    RequestLog,
    Sleeps,
    active_connections,
    async_meganova_client,
    fault,
    meganova_client,
)


def _text(stream: object) -> str:
    return "".join(chunk.delta for chunk in stream)  # type: ignore[attr-defined]


def test_503_twice_is_retried_with_the_same_request_id_then_succeeds(
    mn: MegaNova, sleeps: Sleeps, log: RequestLog
) -> None:
    reply = mn.chat.create(
        messages=MESSAGES, model="echo", extra_headers=fault("fail-then-succeed:2")
    )
    assert reply.choices[0].message.content == TEXT
    assert len(log) == 3 and len(set(log.request_ids())) == 1
    assert len(sleeps) == 2


async def test_async_503_twice_is_retried_then_streams(
    amn: AsyncMegaNova, sleeps: Sleeps, log: RequestLog
) -> None:
    stream = await amn.chat.stream(
        messages=MESSAGES, model="echo", extra_headers=fault("fail-then-succeed:2")
    )
    assert "".join([chunk.delta async for chunk in stream]) == TEXT
    assert len(log) == 3 and len(set(log.request_ids())) == 1


def test_429_retry_after_is_honoured_then_rate_limit_error(mn: MegaNova, sleeps: Sleeps) -> None:
    with pytest.raises(mn_errors.RateLimitError) as caught:
        mn.billing.get_balance(extra_headers=fault("rate-limit:5"))
    assert sleeps == [5.0, 5.0]
    assert caught.value.retry_after == 5.0


def test_402_insufficient_credits_is_an_api_error_with_its_code(
    mn: MegaNova, sleeps: Sleeps
) -> None:
    with pytest.raises(mn_errors.APIError) as caught:
        mn.chat.create(messages=MESSAGES, model="echo", extra_headers=fault("insufficient-credits"))
    assert (caught.value.status, caught.value.code) == (402, "insufficient_credits")
    assert caught.value.body["error"]["credits_required"] == 120
    assert sleeps == []


def test_403_band_denied_is_permission_denied(mn: MegaNova) -> None:
    with pytest.raises(mn_errors.PermissionDeniedError) as caught:
        mn.chat.create(messages=MESSAGES, model="echo", extra_headers=fault("band-denied:nested"))
    assert caught.value.code == "band_access_denied"


def test_disconnect_raises_api_connection_error_after_the_retries(
    mn: MegaNova, sleeps: Sleeps, log: RequestLog
) -> None:
    with pytest.raises(mn_errors.APIConnectionError):
        mn.models.list(extra_headers=fault("disconnect"))
    assert len(log) == 3 and len(sleeps) == 2


def test_html_502_gives_a_readable_message(mn: MegaNova) -> None:
    with pytest.raises(mn_errors.InternalServerError) as caught:
        mn.models.list(extra_headers=fault("html-502"))
    assert caught.value.status == 502
    assert "502 Bad Gateway" in caught.value.message and "<" not in caught.value.message


def test_malformed_json_raises_api_response_validation_error(mn: MegaNova) -> None:
    with pytest.raises(mn_errors.APIResponseValidationError):
        mn.chat.create(messages=MESSAGES, model="echo", extra_headers=fault("malformed-json"))


async def test_async_status_529_raises_internal_server_error(
    amn: AsyncMegaNova, sleeps: Sleeps
) -> None:
    with pytest.raises(mn_errors.InternalServerError) as caught:
        await amn.models.get("manta-flash", extra_headers=fault("status:529"))
    assert caught.value.status == 529
    assert len(sleeps) == 2


def test_stall_longer_than_the_timeout_raises_api_timeout_error(gateway: Gateway) -> None:
    with (
        MegaNova(gateway.api_key, gateway.meganova_url, timeout=0.2, max_retries=0) as client,
        pytest.raises(mn_errors.APITimeoutError),
    ):
        client.chat.create(messages=MESSAGES, model="echo", extra_headers=fault("stall:1"))


def test_cut_stream_raises_api_connection_error_and_frees_the_connection(
    gateway: Gateway, sleeps: Sleeps
) -> None:
    with meganova_client(gateway.meganova_url, gateway.api_key, sleeps) as client:
        stream = client.chat.stream(
            messages=MESSAGES, model="echo", extra_headers=fault("cut-stream:3")
        )
        with pytest.raises(mn_errors.APIConnectionError, match="before \\[DONE\\]"):
            for _ in stream:
                pass
        assert stream.response.is_closed
        assert active_connections(client) == []
        assert client.chat.create(messages=MESSAGES, model="echo").choices[0].message.content


async def test_async_cut_stream_frees_the_connection(gateway: Gateway, sleeps: Sleeps) -> None:
    async with async_meganova_client(gateway.meganova_url, gateway.api_key, sleeps) as client:
        stream = await client.chat.stream(
            messages=MESSAGES, model="echo", extra_headers=fault("cut-stream:2")
        )
        with pytest.raises(mn_errors.APIConnectionError):
            async for _ in stream:
                pass
        assert active_connections(client) == []
        assert await client.billing.get_balance()


def test_crlf_sse_parses(mn: MegaNova) -> None:
    assert (
        _text(mn.chat.stream(messages=MESSAGES, model="echo", extra_headers=fault("crlf-sse")))
        == TEXT
    )


def test_error_event_mid_stream_raises_the_typed_error(mn: MegaNova) -> None:
    with pytest.raises(mn_errors.APIError) as caught:
        _text(mn.chat.stream(messages=MESSAGES, model="echo", extra_headers=fault("error-event")))
    assert caught.value.code == "upstream_error"
    assert caught.value.message == "The upstream provider failed mid-stream"


def test_stalled_stream_raises_api_timeout_error_mid_stream(gateway: Gateway) -> None:
    timeout = httpx.Timeout(5.0, read=0.2)
    with MegaNova(gateway.api_key, gateway.meganova_url, timeout=timeout, max_retries=0) as client:
        received = []
        with pytest.raises(mn_errors.APITimeoutError):
            for chunk in client.chat.stream(
                messages=MESSAGES, model="echo", extra_headers=fault("stall-stream:1")
            ):
                received.append(chunk)  # noqa: PERF402
        assert len(received) == 1
