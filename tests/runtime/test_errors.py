"""error_info_from_response reads every error-body shape and never raises."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from zaguan._runtime import ErrorInfo, error_info_from_payload, error_info_from_response

from .conftest import API_KEY


def info_for(status: int, body: Any, headers: Any = None) -> ErrorInfo:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return error_info_from_response(status, httpx.Headers(headers or {}), content, "req-1")


def test_openai_style_error_object() -> None:
    info = info_for(
        401,
        {"error": {"message": "Invalid key", "type": "auth_error", "code": "invalid_api_key"}},
    )
    assert (info.status, info.message, info.type, info.code) == (
        401,
        "Invalid key",
        "auth_error",
        "invalid_api_key",
    )
    assert info.request_id == "req-1"


def test_extra_error_fields_become_details() -> None:
    info = info_for(
        402,
        {
            "error": {
                "message": "Insufficient credits",
                "type": "insufficient_credits",
                "credits_required": 12,
                "credits_remaining": 3,
            }
        },
    )
    assert info.details == {"credits_required": 12, "credits_remaining": 3}


def test_fields_nested_under_error_details() -> None:
    body = {
        "error": {
            "message": "Band access denied",
            "code": "band_access_denied",
            "details": {"band": "premium", "required_tier": "pro", "current_tier": "free"},
        }
    }
    info = info_for(403, body)
    assert info.details == {"band": "premium", "required_tier": "pro", "current_tier": "free"}
    assert info.code == "band_access_denied"
    assert info.body == body


def test_numeric_code_is_kept_as_text() -> None:
    assert info_for(429, {"error": {"message": "slow down", "code": 429}}).code == "429"


def test_error_as_plain_string() -> None:
    info = info_for(400, {"error": "model not found", "code": "not_found"})
    assert (info.message, info.code) == ("model not found", "not_found")


def test_detail_as_string() -> None:
    assert info_for(404, {"detail": "Not Found"}).message == "Not Found"


def test_detail_as_pydantic_error_list() -> None:
    body = {
        "detail": [
            {"loc": ["body", "messages"], "msg": "field required", "type": "missing"},
            {"loc": ["body", "temperature"], "msg": "must be <= 2", "type": "value_error"},
        ]
    }
    assert info_for(422, body).message == (
        "body.messages: field required; body.temperature: must be <= 2"
    )


def test_top_level_message() -> None:
    info = info_for(500, {"message": "internal failure", "type": "server_error"})
    assert (info.message, info.type) == ("internal failure", "server_error")


def test_json_without_any_message_is_still_readable() -> None:
    assert info_for(500, {"status": "bad"}).message == 'HTTP 500 error: {"status":"bad"}'


def test_html_from_a_proxy_uses_the_title() -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
    info = info_for(502, page)
    assert info.message == "HTTP 502 from server (non-JSON body: 502 Bad Gateway)"
    assert info.body == page.decode()


def test_html_without_title_is_stripped_of_tags_and_truncated() -> None:
    page = b"<!DOCTYPE html><body><script>x()</script><p>Upstream   down</p>" + b"x" * 500
    message = info_for(503, page).message
    assert message.startswith("HTTP 503 from server (non-JSON body: Upstream down xxx")
    assert "<" not in message and "script" not in message
    assert len(message) < 260


def test_plain_text_body() -> None:
    assert info_for(500, b"upstream exploded").message == (
        "HTTP 500 from server (non-JSON body: upstream exploded)"
    )


def test_malformed_json() -> None:
    info = info_for(500, b'{"error": {"message": ')
    assert info.message == 'HTTP 500 from server (non-JSON body: {"error": {"message":)'


def test_empty_body() -> None:
    info = info_for(529, b"")
    assert info.message == "HTTP 529 with empty body"
    assert info.body is None


def test_retry_after_from_header() -> None:
    assert info_for(429, {"error": {"message": "x"}}, {"Retry-After": "3"}).retry_after == 3.0


def test_retry_after_from_body_when_no_header() -> None:
    assert info_for(429, {"error": {"message": "x", "retry_after": 4}}).retry_after == 4.0


def test_headers_are_kept() -> None:
    assert info_for(500, b"", {"x-trace": "t1"}).headers["x-trace"] == "t1"


def test_api_key_echoed_by_server_is_redacted() -> None:
    content = json.dumps({"error": {"message": f"Invalid API key {API_KEY}"}}).encode()
    info = error_info_from_response(401, {}, content, None, secrets=[API_KEY])
    assert API_KEY not in info.message
    assert API_KEY not in json.dumps(info.body)
    assert "[REDACTED]" in info.message


def test_api_key_in_non_json_body_is_redacted() -> None:
    content = f"<html><title>denied {API_KEY}</title></html>".encode()
    info = error_info_from_response(403, {}, content, None, secrets=[API_KEY])
    assert API_KEY not in info.message and API_KEY not in str(info.body)


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b"42",
        b"null",
        b'"just a string"',
        b"[" * 100_000,
        json.dumps({"error": {"message": {"nested": [1, 2]}}}).encode(),
        json.dumps({"error": None, "detail": None}).encode(),
        json.dumps({"detail": [1, None, {"loc": "x"}]}).encode(),
    ],
)
def test_never_raises_and_always_has_a_message(content: bytes) -> None:
    info = error_info_from_response(500, {}, content, None)
    assert isinstance(info.message, str) and info.message


def test_stream_error_payload_has_no_status() -> None:
    body = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    info = error_info_from_payload(None, {}, body, "req-2")
    assert (info.status, info.type, info.message) == (None, "overloaded_error", "Overloaded")
