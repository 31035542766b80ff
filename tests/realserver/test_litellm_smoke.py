"""Raw-HTTP smoke tests of the LiteLLM proxy's Anthropic-style Messages API.

They pin down what this independently written server answers (recorded in
``docs/realserver-notes.md``), so that the SDK tests beside them test the SDK, not guesses.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator

import httpx
import pytest

from ._litellm import (
    LITELLM_VERSION,
    MOCK_MODEL,
    MOCK_TEXT,
    RATE_LIMITED_MODEL,
    SERVER_ERROR_MODEL,
    LiteLLMServer,
)

ANTHROPIC_VERSION = "2023-06-01"
BODY: Dict[str, Any] = {
    "model": MOCK_MODEL,
    "max_tokens": 16,
    "messages": [{"role": "user", "content": "hi"}],
}


@pytest.fixture
def http(litellm_server: LiteLLMServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=litellm_server.root_url, timeout=30) as client:
        yield client


def _headers(key: str, *, bearer: bool = False) -> Dict[str, str]:
    auth = {"Authorization": f"Bearer {key}"} if bearer else {"x-api-key": key}
    return {"anthropic-version": ANTHROPIC_VERSION, **auth}


def _assert_mock_message(data: Dict[str, Any], model: str = MOCK_MODEL) -> None:
    assert data["type"] == "message"
    assert data["role"] == "assistant"
    assert data["content"] == [{"type": "text", "text": MOCK_TEXT}]
    assert data["model"] == model
    assert data["stop_reason"] == "end_turn"
    assert data["stop_sequence"] is None
    assert data["id"].startswith("msg_")
    usage = data["usage"]
    assert isinstance(usage["input_tokens"], int)
    assert isinstance(usage["output_tokens"], int)


@pytest.mark.parametrize("bearer", [False, True], ids=["x-api-key", "bearer"])
def test_messages_answers_a_json_message(
    http: httpx.Client, litellm_server: LiteLLMServer, bearer: bool
) -> None:
    """Both ``x-api-key`` and ``Authorization: Bearer`` carry the key."""
    resp = http.post(
        "/v1/messages", headers=_headers(litellm_server.api_key, bearer=bearer), json=BODY
    )
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "application/json"
    assert resp.headers["x-litellm-version"] == LITELLM_VERSION
    _assert_mock_message(resp.json())


def test_the_mock_message_is_fixed(http: httpx.Client, litellm_server: LiteLLMServer) -> None:
    """LiteLLM's mock answers with a constant id and usage, whatever the request."""
    replies = [
        http.post("/v1/messages", headers=_headers(litellm_server.api_key), json=body).json()
        for body in (BODY, {**BODY, "messages": [{"role": "user", "content": "a longer question"}]})
    ]
    assert replies[0]["id"] == replies[1]["id"] == "msg_013Zva2CMHLNnXjNJJKqJ2EF"
    assert (
        replies[0]["usage"] == replies[1]["usage"] == {"input_tokens": 2095, "output_tokens": 503}
    )


def test_stream_true_answers_one_whole_json_message(
    http: httpx.Client, litellm_server: LiteLLMServer
) -> None:
    """``stream: true`` gets the same whole JSON message, not an event stream."""
    with http.stream(
        "POST",
        "/v1/messages",
        headers=_headers(litellm_server.api_key),
        json={**BODY, "stream": True},
    ) as resp:
        resp.read()
    assert resp.status_code == 200
    assert resp.headers["content-type"] == "application/json"
    assert int(resp.headers["content-length"]) == len(resp.content)
    assert not resp.text.startswith(("event:", "data:"))
    _assert_mock_message(resp.json())


def test_count_tokens_counts_locally(http: httpx.Client, litellm_server: LiteLLMServer) -> None:
    def count(**extra: Any) -> Dict[str, Any]:
        body = {"model": MOCK_MODEL, "messages": [{"role": "user", "content": "hi"}], **extra}
        resp = http.post(
            "/v1/messages/count_tokens", headers=_headers(litellm_server.api_key), json=body
        )
        assert resp.status_code == 200, resp.text
        assert resp.headers["content-type"] == "application/json"
        data: Dict[str, Any] = resp.json()
        return data

    short = count()
    assert short == {
        "input_tokens": short["input_tokens"],
        "litellm_count_source": "local_estimate",
    }
    assert isinstance(short["input_tokens"], int) and short["input_tokens"] > 0
    with_system = count(system="You are a terse assistant who answers in one word.")
    assert with_system["input_tokens"] > short["input_tokens"]
    longer = count(messages=[{"role": "user", "content": "hi " * 50}])
    assert longer["input_tokens"] > short["input_tokens"] + 40


def test_no_key_is_401(http: httpx.Client) -> None:
    for path in ("/v1/messages", "/v1/messages/count_tokens"):
        resp = http.post(path, headers={"anthropic-version": ANTHROPIC_VERSION}, json=BODY)
        assert resp.status_code == 401
        assert resp.json() == {
            "error": {
                "message": "Authentication Error, No api key passed in.",
                "type": "auth_error",
                "param": "None",
                "code": "401",
            }
        }


@pytest.mark.parametrize("bearer", [False, True], ids=["x-api-key", "bearer"])
def test_a_wrong_key_is_400_without_a_database(http: httpx.Client, bearer: bool) -> None:
    """Without a database LiteLLM cannot look a non-master key up: 400, not 401."""
    wrong = "sk-wrong-key-0123456789"
    resp = http.post("/v1/messages", headers=_headers(wrong, bearer=bearer), json=BODY)
    assert resp.status_code == 400
    assert resp.json() == {
        "error": {
            "message": "No connected db.",
            "type": "no_db_connection",
            "param": None,
            "code": "400",
        }
    }
    assert wrong not in resp.text


def test_an_unknown_model_is_400_invalid_request(
    http: httpx.Client, litellm_server: LiteLLMServer
) -> None:
    resp = http.post(
        "/v1/messages", headers=_headers(litellm_server.api_key), json={**BODY, "model": "no-such"}
    )
    assert resp.status_code == 400
    data = resp.json()
    assert data["type"] == "error"
    assert data["error"]["type"] == "invalid_request_error"
    assert "Invalid model name passed in model=no-such" in data["error"]["message"]
    assert litellm_server.api_key not in resp.text


def test_missing_max_tokens_is_400(http: httpx.Client, litellm_server: LiteLLMServer) -> None:
    body = {k: v for k, v in BODY.items() if k != "max_tokens"}
    resp = http.post("/v1/messages", headers=_headers(litellm_server.api_key), json=body)
    assert resp.status_code == 400
    assert resp.json() == {
        "type": "error",
        "error": {
            "type": "invalid_request_error",
            "message": "anthropic_messages: Missing required parameter: 'max_tokens'.",
        },
    }


@pytest.mark.parametrize(
    ("model", "status", "error_type"),
    [(RATE_LIMITED_MODEL, 429, "rate_limit_error"), (SERVER_ERROR_MODEL, 500, "api_error")],
)
def test_mock_errors_use_the_anthropic_error_shape(
    http: httpx.Client, litellm_server: LiteLLMServer, model: str, status: int, error_type: str
) -> None:
    resp = http.post(
        "/v1/messages", headers=_headers(litellm_server.api_key), json={**BODY, "model": model}
    )
    assert resp.status_code == status
    assert resp.headers["content-type"] == "application/json"
    data = resp.json()
    assert data["type"] == "error"
    assert data["error"]["type"] == error_type
    assert isinstance(data["error"]["message"], str)
    assert "retry-after" not in resp.headers
