"""No credential in any error (message, str, repr, body, details, headers) or log record.

At every key length (one character included), for both SDKs, sync and async, whatever the
server echoes back: the key in a JSON body, an HTML page, a header (Authorization whole), an
X-Request-Id, a stream's error event, an unreadable success body, a network error's text,
and a per-call Authorization given in ``extra_headers``.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Iterator, Mapping

import httpx
import pytest
from pytest_httpx import HTTPXMock

from zaguan._runtime import (
    ErrorInfo,
    error_info_from_payload,
    error_info_from_response,
)
from zaguan._runtime._errors import redact, redact_headers, redact_info, redact_value

from .test_call_checks import FLAVOURS, MESSAGES, MODES, Flavour, Sleeps, _settle, opened

# Keys of every length; "D][" and "[REDACTED]" would be formed again next to a naive marker.
KEYS = ["Q", "Q#", "Q#x", "D][", "*", "[REDACTED]", "sk-Q#x12", "sk-live-" + "Zq" * 20]
KEY_IDS = ["1", "2", "3", "marker-tail", "star", "marker", "8", "long"]
PER_KEY = pytest.mark.parametrize("key", KEYS, ids=KEY_IDS)


def strings(value: Any) -> Iterator[str]:
    """Every string held anywhere in ``value`` (keys, values, headers, nested)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, httpx.Headers):
        for name, item in value.multi_items():
            yield name
            yield item
    elif isinstance(value, Mapping):
        for name, item in value.items():
            yield from strings(name)
            yield from strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from strings(item)
    elif value is not None and not isinstance(value, (bool, int, float)):
        yield repr(value)


def assert_clean(error: BaseException, key: str) -> None:
    """The key is nowhere in the error: its text, repr, args and every field."""
    assert key not in str(error)
    assert key not in repr(error)
    for text in strings([error.args, vars(error)]):
        assert key not in text, text


def assert_no_key_logged(caplog: pytest.LogCaptureFixture, key: str) -> None:
    for record in caplog.records:
        assert key not in record.getMessage()


def echo_headers(key: str) -> dict[str, str]:
    return {
        "X-Echo": f"you sent {key}",
        "Authorization": f"Bearer {key}",
        "X-Request-Id": key,
        "Retry-After": "0",
    }


# --- replies that echo the key ----------------------------------------------------------------


@FLAVOURS
@MODES
@PER_KEY
async def test_a_json_error_body_and_headers_echoing_the_key(
    flavour: Flavour, mode: str, key: str, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    body = {
        "error": {
            "message": f"Invalid API key: {key}",
            "type": "authentication_error",
            "code": "invalid_api_key",
            "details": {"key": key, "seen": [key, {key: key}]},
            "hint": f"key={key}",
        }
    }
    # A retried 503 first (logged), then the final 401.
    httpx_mock.add_response(status_code=503, json=body, headers=echo_headers(key))
    httpx_mock.add_response(status_code=401, json=body, headers=echo_headers(key))
    async with opened(flavour, mode, Sleeps(), api_key=key, max_retries=1) as client:
        with pytest.raises(flavour.errors.AuthenticationError) as caught:
            await flavour.list_models(client, request_id="rid-1")
    error = caught.value
    assert_clean(error, key)
    assert_no_key_logged(caplog, key)
    assert error.headers["authorization"] in ("[REDACTED]", "***")
    assert error.request_id == "rid-1"  # an X-Request-Id echoing the key is not adopted
    assert "Invalid API key" in error.message


@FLAVOURS
@MODES
@PER_KEY
async def test_an_html_page_echoing_the_key(
    flavour: Flavour, mode: str, key: str, httpx_mock: HTTPXMock
) -> None:
    page = f"<html><head><title>Denied {key}</title></head><body>{key}</body></html>"
    httpx_mock.add_response(status_code=403, text=page, headers={"content-type": "text/html"})
    async with opened(flavour, mode, Sleeps(), api_key=key) as client:
        with pytest.raises(flavour.errors.PermissionDeniedError) as caught:
            await flavour.list_models(client)
    assert_clean(caught.value, key)
    assert "Denied" in caught.value.message


@FLAVOURS
@MODES
@pytest.mark.parametrize("key", ["Q#x", "sk-live-" + "Zq" * 20])
async def test_an_unreadable_success_body_echoing_the_key(
    flavour: Flavour, mode: str, key: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(text=f"not json {key}", headers={"X-Echo": key})
    async with opened(flavour, mode, Sleeps(), api_key=key) as client:
        with pytest.raises(flavour.errors.APIResponseValidationError) as caught:
            await flavour.list_models(client)
    assert_clean(caught.value, key)


@FLAVOURS
@MODES
@pytest.mark.parametrize("key", ["Q", "Q#x", "sk-live-" + "Zq" * 20])
async def test_a_network_error_whose_text_holds_the_key(
    flavour: Flavour, mode: str, key: str, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    httpx_mock.add_exception(httpx.ConnectError(f"proxy refused Bearer {key}"))
    httpx_mock.add_exception(httpx.ConnectError(f"proxy refused Bearer {key}"))
    async with opened(flavour, mode, Sleeps(), api_key=key, max_retries=1) as client:
        with pytest.raises(flavour.errors.APIConnectionError) as caught:
            await flavour.list_models(client)
    assert_clean(caught.value, key)
    assert_no_key_logged(caplog, key)


def _sse(*events: Any) -> bytes:
    return b"".join(f"data: {json.dumps(event)}\n\n".encode() for event in events)


async def _consume(flavour: Flavour, client: Any, mode: str) -> None:
    if flavour.name == "zaguan":
        opened_stream = client.chat_stream(model=flavour.model, messages=MESSAGES)
    else:
        opened_stream = client.chat.stream(model=flavour.model, messages=MESSAGES)
    if mode == "sync":
        for _ in opened_stream:
            pass
    else:
        stream = await _settle(opened_stream)
        async for _ in stream:
            pass


@FLAVOURS
@MODES
@PER_KEY
async def test_a_stream_error_event_echoing_the_key(
    flavour: Flavour, mode: str, key: str, httpx_mock: HTTPXMock
) -> None:
    event = {"error": {"message": f"upstream saw {key}", "type": "server_error", "k": key}}
    httpx_mock.add_response(
        content=_sse(event),
        headers={"content-type": "text/event-stream", "X-Echo": key, "Authorization": key},
    )
    async with opened(flavour, mode, Sleeps(), api_key=key) as client:
        with pytest.raises(flavour.errors.APIError) as caught:
            await _consume(flavour, client, mode)
    assert_clean(caught.value, key)
    assert "upstream saw" in caught.value.message


@FLAVOURS
@MODES
@pytest.mark.parametrize("key", ["Q#x", "sk-live-" + "Zq" * 20])
async def test_a_malformed_stream_chunk_echoing_the_key(
    flavour: Flavour, mode: str, key: str, httpx_mock: HTTPXMock
) -> None:
    body = f'data: {{"choices": "{key}"\n\n'.encode()  # truncated JSON holding the key
    httpx_mock.add_response(content=body, headers={"content-type": "text/event-stream"})
    async with opened(flavour, mode, Sleeps(), api_key=key) as client:
        with pytest.raises(flavour.errors.APIResponseValidationError) as caught:
            await _consume(flavour, client, mode)
    assert_clean(caught.value, key)


@FLAVOURS
@MODES
async def test_a_per_call_authorization_is_hidden_like_the_key(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    other = "sk-other-0123456789"
    httpx_mock.add_response(
        status_code=401,
        json={"error": {"message": f"bad token {other}"}},
        headers={"X-Echo": other},
    )
    async with opened(flavour, mode, Sleeps()) as client:
        with pytest.raises(flavour.errors.AuthenticationError) as caught:
            await flavour.list_models(client, extra_headers={"Authorization": f"Bearer {other}"})
    assert_clean(caught.value, other)
    assert_clean(caught.value, flavour.key)


# --- the redaction helpers themselves -----------------------------------------------------------


@PER_KEY
def test_redaction_never_forms_the_key_again(key: str) -> None:
    for text in (key * 3, f"[{key}]", f"D]{key}[R", f"{key}REDACTED]", "[REDACTE" + key):
        assert key not in redact(text, [key])


def test_every_occurrence_of_a_one_character_key_is_removed() -> None:
    assert redact("QaQbQ", ["Q"]) == "[REDACTED]a[REDACTED]b[REDACTED]"


def test_a_key_sharing_the_markers_characters_gets_another_marker() -> None:
    assert redact("x D][ y", ["D]["]) == "x *** y"
    assert redact("a [REDACTED] b", ["[REDACTED]"]) == "a *** b"
    assert redact("a *** b", ["***", "[REDACTED]"]) == "a ███ b"


def test_redact_value_reaches_keys_and_nested_values() -> None:
    value = {"k": ["x sk-1 y", {"sk-1": ("sk-1",)}], 3: None}
    assert "sk-1" not in json.dumps(redact_value(value, ["sk-1"]))


def test_redact_headers_hides_authorization_whole_and_the_key_everywhere() -> None:
    headers = httpx.Headers([("Authorization", "Bearer other"), ("X-A", "k=sk-1"), ("sk-1", "v")])
    clean = redact_headers(headers, ["sk-1"])
    assert isinstance(clean, httpx.Headers)
    assert clean["authorization"] == "[REDACTED]"
    assert clean["x-a"] == "k=[REDACTED]"
    assert "sk-1" not in str(list(clean.multi_items()))
    untouched = httpx.Headers({"X-A": "b"})
    assert redact_headers(untouched, ["sk-1"]) is untouched


def test_redact_info_covers_every_text_field() -> None:
    key = "sk-9"
    info = ErrorInfo(
        status=400,
        message=f"m {key}",
        code=key,
        type=f"t{key}",
        param=key,
        body={"b": key},
        headers={"h": key},
        details={"d": [key]},
        request_id="rid",
    )
    clean = redact_info(info, [key])
    assert key not in repr(clean) + repr(clean.headers)
    assert clean.request_id == "rid"


@pytest.mark.parametrize("key", KEYS, ids=KEY_IDS)
def test_the_mappers_hide_the_key_in_json_text_html_and_empty_bodies(key: str) -> None:
    headers = httpx.Headers({"X-Echo": key, "Authorization": key})
    for content in (
        json.dumps({"error": {"message": key, "x": key}}).encode(),
        f"<title>{key}</title>".encode(),
        key.encode(),
        b"",
    ):
        info = error_info_from_response(500, headers, content, None, secrets=[key])
        assert key not in repr(info) + repr(list(info.headers.items()))
    info = error_info_from_payload(None, {"X": key}, {"error": key}, None, secrets=[key])
    assert key not in repr(info) + repr(info.headers)


# --- the last guard: a key the caller put where no check expected one ---------------------------

LIVE_KEY = "sk-live-guard-key-5d2c71"
HELLO: Any = [{"role": "user", "content": "hi"}]
NOT_A_MODEL: Any = [LIVE_KEY]


def test_a_key_given_as_the_model_is_not_quoted_back_by_meganova() -> None:
    import meganova

    client = meganova.MegaNova(api_key=LIVE_KEY)
    with client, pytest.raises(meganova.InvalidArgumentError) as caught:
        client.chat.create(model=NOT_A_MODEL, messages=HELLO)
    assert LIVE_KEY not in str(caught.value) and LIVE_KEY not in caught.value.message
    assert "model must be a non-empty string" in str(caught.value)


def test_a_key_given_as_the_model_is_not_quoted_back_by_zaguan() -> None:
    import zaguan

    client = zaguan.ZaguanClient(base_url="http://zaguan.test", api_key=LIVE_KEY)
    with client, pytest.raises(zaguan.InvalidArgumentError) as caught:
        client.chat(model=NOT_A_MODEL, messages=HELLO)
    assert LIVE_KEY not in str(caught.value) and LIVE_KEY not in repr(caught.value)


def test_an_error_built_after_the_client_is_gone_keeps_its_text() -> None:
    import gc

    import meganova

    meganova.MegaNova(api_key=LIVE_KEY).close()
    gc.collect()
    assert meganova.MeganovaError(f"about {LIVE_KEY}").message == f"about {LIVE_KEY}"


def test_a_short_live_key_does_not_mangle_other_errors() -> None:
    import meganova

    with meganova.MegaNova(api_key="m"):  # a local server's key
        error = meganova.InvalidArgumentError("model name must be a string")
    assert error.message == "model name must be a string"
