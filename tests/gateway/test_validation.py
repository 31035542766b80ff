"""Requests the spec does not allow are 400s whose message and ``param`` name the field."""

from __future__ import annotations

from typing import Any, Dict

import httpx
import pytest

from .helpers import chat_body


def _error(reply: httpx.Response) -> Dict[str, Any]:
    assert reply.status_code == 400, reply.text
    error: Dict[str, Any] = reply.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["message"].startswith(error["param"] + ": ")
    return error


def test_missing_messages_names_messages(zaguan: httpx.Client) -> None:
    error = _error(zaguan.post("/v1/chat/completions", json={"model": "echo"}))
    assert error["param"] == "messages"
    assert "required" in error["message"]


def test_missing_model_names_model(meganova: httpx.Client) -> None:
    error = _error(meganova.post("/chat/completions", json={"messages": []}))
    assert error["param"] == "model"


def test_temperature_as_a_string_names_temperature(zaguan: httpx.Client) -> None:
    error = _error(zaguan.post("/v1/chat/completions", json=chat_body(temperature="hot")))
    assert error == {
        "message": "temperature: 'hot' is not of type 'number'",
        "type": "invalid_request_error",
        "param": "temperature",
    }


def test_bad_role_names_the_message_by_position(zaguan: httpx.Client) -> None:
    body = {"model": "echo", "messages": [{"role": "user", "content": "a"}, {"role": "robot"}]}
    error = _error(zaguan.post("/v1/chat/completions", json=body))
    assert error["param"] == "messages[1].role"


def test_content_of_the_wrong_type_names_the_content(meganova: httpx.Client) -> None:
    body = {"model": "manta-flash", "messages": [{"role": "user", "content": 42}]}
    error = _error(meganova.post("/chat/completions", json=body))
    assert error["param"] == "messages[0].content"


def test_zaguan_extension_is_validated(zaguan: httpx.Client) -> None:
    error = _error(zaguan.post("/v1/chat/completions", json=chat_body(reasoning_effort="max")))
    assert error["param"] == "reasoning_effort"


def test_unknown_extra_body_fields_are_allowed(zaguan: httpx.Client) -> None:
    reply = zaguan.post("/v1/chat/completions", json=chat_body(brand_new_option={"x": 1}))
    assert reply.status_code == 200


def test_body_that_is_not_json_names_the_body(zaguan: httpx.Client) -> None:
    reply = zaguan.post(
        "/v1/chat/completions", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert _error(reply)["param"] == "body"


def test_empty_body_names_the_body(zaguan: httpx.Client) -> None:
    assert _error(zaguan.post("/v1/chat/completions"))["param"] == "body"


def test_body_that_is_not_an_object_names_the_body(meganova: httpx.Client) -> None:
    assert _error(meganova.post("/chat/completions", json=[1, 2]))["param"] == "body"


@pytest.mark.parametrize(
    ("limit", "reason"),
    [("ten", "is not of type 'integer'"), ("0", "minimum"), ("101", "maximum"), ("1.5", "integer")],
)
def test_limit_that_is_not_an_allowed_integer_names_limit(
    zaguan: httpx.Client, limit: str, reason: str
) -> None:
    error = _error(zaguan.get("/v1/credits/history", params={"limit": limit}))
    assert error["param"] == "limit"
    assert reason in error["message"]


def test_missing_required_query_parameter_is_named(meganova: httpx.Client) -> None:
    error = _error(meganova.get("/usage/summary", params={"from": "2025-06-01"}))
    assert error["param"] == "to"


def test_unknown_query_parameters_are_ignored(zaguan: httpx.Client) -> None:
    assert zaguan.get("/v1/credits/history", params={"verbose": "1"}).status_code == 200


def test_unknown_route_is_a_json_404(zaguan: httpx.Client) -> None:
    reply = zaguan.get("/v1/nothing-here")
    assert reply.status_code == 404
    assert reply.json()["error"]["code"] == "not_found"


def test_wrong_method_is_a_json_405(zaguan: httpx.Client) -> None:
    reply = zaguan.get("/v1/chat/completions")
    assert reply.status_code == 405
    assert reply.json()["error"]["code"] == "method_not_allowed"
    assert reply.headers["allow"] == "POST"  # RFC 9110: a 405 lists the allowed methods
