"""Requests the gateway refuses: a spec-invalid value the SDK passes through, and a wrong key."""

from __future__ import annotations

import pytest

from local_gateway import Gateway
from meganova import errors as mn_errors
from zaguan import errors as zg_errors

from ._support import (
    MESSAGES,
    RequestLog,
    Sleeps,
    async_meganova_client,
    async_zaguan_client,
    meganova_client,
    zaguan_client,
)

WRONG_KEY = "sk-wrong-key-0123456789"


def test_zaguan_spec_invalid_temperature_is_a_bad_request_naming_the_field(
    gateway: Gateway, sleeps: Sleeps, log: RequestLog
) -> None:
    with (
        zaguan_client(gateway.zaguan_url, gateway.api_key, sleeps, log) as client,
        pytest.raises(zg_errors.BadRequestError) as caught,
    ):
        client.chat(model="echo", messages=MESSAGES, temperature="hot")  # type: ignore[call-overload]
    error = caught.value
    assert error.status_code == 400
    assert "temperature" in error.message
    assert error.body["error"]["param"] == "temperature"
    assert len(log) == 1 and sleeps == []  # sent once, not retried


async def test_async_zaguan_spec_invalid_temperature_is_a_bad_request(
    gateway: Gateway, sleeps: Sleeps
) -> None:
    async with async_zaguan_client(gateway.zaguan_url, gateway.api_key, sleeps) as client:
        with pytest.raises(zg_errors.BadRequestError, match="temperature"):
            await client.chat(model="echo", messages=MESSAGES, temperature="hot")  # type: ignore[call-overload]


def test_meganova_spec_invalid_temperature_is_a_bad_request_naming_the_field(
    gateway: Gateway, sleeps: Sleeps
) -> None:
    with (
        meganova_client(gateway.meganova_url, gateway.api_key, sleeps) as client,
        pytest.raises(mn_errors.BadRequestError) as caught,
    ):
        # A deliberately wrong type: the gateway, not the SDK, must refuse it.
        client.chat.create(messages=MESSAGES, model="echo", temperature="hot")  # type: ignore[call-overload]
    assert caught.value.status == 400
    assert "temperature" in caught.value.message
    assert caught.value.body["error"]["param"] == "temperature"


async def test_async_meganova_spec_invalid_temperature_is_a_bad_request(
    gateway: Gateway, sleeps: Sleeps
) -> None:
    async with async_meganova_client(gateway.meganova_url, gateway.api_key, sleeps) as client:
        with pytest.raises(mn_errors.BadRequestError, match="temperature"):
            # A deliberately wrong type: the gateway, not the SDK, must refuse it.
            await client.chat.create(messages=MESSAGES, model="echo", temperature="hot")  # type: ignore[call-overload]


def test_zaguan_unknown_model_is_not_found(gateway: Gateway, sleeps: Sleeps) -> None:
    with (
        zaguan_client(gateway.zaguan_url, gateway.api_key, sleeps) as client,
        pytest.raises(zg_errors.NotFoundError) as caught,
    ):
        client.chat(model="no-such/model", messages=MESSAGES)
    assert caught.value.code == "model_not_found"


# --- wrong API key ----------------------------------------------------------------------------


def test_zaguan_wrong_key_raises_authentication_error_with_the_gateway_message(
    gateway: Gateway, sleeps: Sleeps
) -> None:
    with (
        zaguan_client(gateway.zaguan_url, WRONG_KEY, sleeps) as client,
        pytest.raises(zg_errors.AuthenticationError) as caught,
    ):
        client.chat(model="echo", messages=MESSAGES)
    error = caught.value
    assert (error.status_code, error.message) == (401, "Invalid API key")
    assert (error.code, error.type) == ("invalid_api_key", "authentication_error")
    assert sleeps == []


def test_zaguan_wrong_key_fails_a_stream_before_any_chunk(gateway: Gateway, sleeps: Sleeps) -> None:
    with (
        zaguan_client(gateway.zaguan_url, WRONG_KEY, sleeps) as client,
        pytest.raises(zg_errors.AuthenticationError, match="Invalid API key"),
    ):
        client.chat_stream(model="echo", messages=MESSAGES)


def test_zaguan_health_check_needs_no_key(gateway: Gateway, sleeps: Sleeps) -> None:
    with zaguan_client(gateway.zaguan_url, WRONG_KEY, sleeps) as client:
        assert client.health_check().status == "ok"


async def test_async_zaguan_wrong_key_raises_authentication_error(
    gateway: Gateway, sleeps: Sleeps
) -> None:
    async with async_zaguan_client(gateway.zaguan_url, WRONG_KEY, sleeps) as client:
        with pytest.raises(zg_errors.AuthenticationError) as caught:
            await client.get_credits_balance()
        assert caught.value.message == "Invalid API key"


def test_meganova_wrong_key_raises_authentication_error_with_the_gateway_message(
    gateway: Gateway, sleeps: Sleeps
) -> None:
    with (
        meganova_client(gateway.meganova_url, WRONG_KEY, sleeps) as client,
        pytest.raises(mn_errors.AuthenticationError) as caught,
    ):
        client.models.list()
    assert (caught.value.status, caught.value.message) == (401, "Invalid API key")
    assert caught.value.code == "invalid_api_key"
    assert WRONG_KEY not in repr(caught.value.body)


async def test_async_meganova_wrong_key_raises_authentication_error(
    gateway: Gateway, sleeps: Sleeps
) -> None:
    async with async_meganova_client(gateway.meganova_url, WRONG_KEY, sleeps) as client:
        with pytest.raises(mn_errors.AuthenticationError, match="Invalid API key"):
            await client.chat.stream(messages=MESSAGES, model="echo")
