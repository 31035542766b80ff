"""Every operation of both specs answers, and every JSON reply is valid against the spec.

Every operation with a handler or fixed figures of its own (``local_gateway.app.HANDLERS``,
``local_gateway.data.FIXED_REPLIES``) needs a call here, or
``test_every_handled_operation_is_exercised`` fails. An operation a spec edit adds answers what
its spec documents: ``test_documented_answers`` and ``test_schemathesis`` check those.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

import httpx
import pytest

from local_gateway import Gateway
from local_gateway.app import HANDLERS
from local_gateway.data import FIXED_REPLIES
from local_gateway.spec import APIS, load_operations, response_validator, schema_validator

from .helpers import chat_body, stream_chunks

# (api, operation id, method, path relative to the API's base URL, query, body, fault header)
Case = Tuple[str, str, str, str, Optional[Dict[str, str]], Optional[Dict[str, Any]], Optional[str]]

SUCCESS_CASES: List[Case] = [
    ("zaguan", "create_chat_completion", "POST", "/v1/chat/completions", None, chat_body(), None),
    (
        "zaguan",
        "create_chat_completion",
        "POST",
        "/v1/chat/completions",
        None,
        chat_body(model="tool-echo", n=2),
        None,
    ),
    ("zaguan", "list_models", "GET", "/v1/models", None, None, None),
    ("zaguan", "get_capabilities", "GET", "/v1/capabilities", None, None, None),
    ("zaguan", "get_credits_balance", "GET", "/v1/credits/balance", None, None, None),
    ("zaguan", "get_credits_history", "GET", "/v1/credits/history", None, None, None),
    ("zaguan", "get_credits_history", "GET", "/v1/credits/history", {"limit": "100"}, None, None),
    ("zaguan", "get_credits_stats", "GET", "/v1/credits/stats", None, None, None),
    ("zaguan", "get_credits_stats", "GET", "/v1/credits/stats", {"period": "day"}, None, None),
    ("zaguan", "health_check", "GET", "/health", None, None, None),
    (
        "meganova",
        "create_chat_completion",
        "POST",
        "/chat/completions",
        None,
        chat_body(model="manta-flash"),
        None,
    ),
    ("meganova", "list_models", "GET", "/models", None, None, None),
    ("meganova", "get_model", "GET", "/models/manta-flash", None, None, None),
    ("meganova", "get_model", "GET", "/models/meganova-ai%2Fmanta-flash-1.0", None, None, None),
    (
        "meganova",
        "get_usage_summary",
        "GET",
        "/usage/summary",
        {"from": "2025-06-01", "to": "2025-06-30T23:59:59Z", "group_by": "model"},
        None,
        None,
    ),
    ("meganova", "get_billing_balance", "GET", "/billing/balance", None, None, None),
]

ERROR_CASES: List[Case] = [
    (
        "zaguan",
        "create_chat_completion",
        "POST",
        "/v1/chat/completions",
        None,
        {"model": "echo"},
        None,
    ),
    ("zaguan", "get_credits_history", "GET", "/v1/credits/history", {"limit": "x"}, None, None),
    (
        "zaguan",
        "create_chat_completion",
        "POST",
        "/v1/chat/completions",
        None,
        chat_body("x"),
        "insufficient-credits",
    ),
    (
        "zaguan",
        "create_chat_completion",
        "POST",
        "/v1/chat/completions",
        None,
        chat_body("x"),
        "insufficient-credits:nested",
    ),
    (
        "zaguan",
        "create_chat_completion",
        "POST",
        "/v1/chat/completions",
        None,
        chat_body("x"),
        "band-denied",
    ),
    (
        "zaguan",
        "create_chat_completion",
        "POST",
        "/v1/chat/completions",
        None,
        chat_body("x"),
        "band-denied:nested",
    ),
    (
        "zaguan",
        "create_chat_completion",
        "POST",
        "/v1/chat/completions",
        None,
        chat_body(model="nope"),
        None,
    ),
    ("zaguan", "list_models", "GET", "/v1/models", None, None, "rate-limit:2"),
    ("zaguan", "get_credits_balance", "GET", "/v1/credits/balance", None, None, "status:503"),
    ("zaguan", "get_credits_stats", "GET", "/v1/credits/stats", None, None, "status:529"),
    ("meganova", "get_model", "GET", "/models/unknown-model", None, None, None),
    ("meganova", "get_usage_summary", "GET", "/usage/summary", {"to": "2025-06-30"}, None, None),
    ("meganova", "list_models", "GET", "/models", None, None, "rate-limit"),
    (
        "meganova",
        "create_chat_completion",
        "POST",
        "/chat/completions",
        None,
        chat_body(),
        "status:500",
    ),
]


def _url(gateway: Gateway, api: str, path: str) -> str:
    return (gateway.zaguan_url if api == "zaguan" else gateway.meganova_url) + path


def _call(gateway: Gateway, case: Case) -> httpx.Response:
    api, _, method, path, query, body, fault = case
    headers = {"Authorization": f"Bearer {gateway.api_key}"}
    if fault:
        headers["X-Gateway-Fault"] = fault
    return httpx.request(method, _url(gateway, api, path), params=query, json=body, headers=headers)


def _assert_valid(api: str, operation_id: str, reply: httpx.Response) -> None:
    validator = response_validator(api, operation_id, reply.status_code)
    errors = [error.message for error in validator.iter_errors(reply.json())]
    assert errors == [], (api, operation_id, reply.status_code, errors)


def test_every_handled_operation_is_exercised() -> None:
    declared = {(api, op.operation_id) for api in APIS for op in load_operations(api).values()}
    covered = {(case[0], case[1]) for case in SUCCESS_CASES}
    handled = (set(HANDLERS) | set(FIXED_REPLIES)) & declared
    assert covered <= declared, covered - declared
    assert handled <= covered, handled - covered


@pytest.mark.parametrize("case", SUCCESS_CASES, ids=lambda case: f"{case[0]}-{case[3]}")
def test_successful_reply_is_valid_against_the_spec(gateway: Gateway, case: Case) -> None:
    reply = _call(gateway, case)
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"].startswith("application/json")
    _assert_valid(case[0], case[1], reply)


@pytest.mark.parametrize("case", ERROR_CASES, ids=lambda case: f"{case[0]}-{case[6] or case[3]}")
def test_error_reply_is_valid_against_the_spec(gateway: Gateway, case: Case) -> None:
    reply = _call(gateway, case)
    assert reply.status_code >= 400
    _assert_valid(case[0], case[1], reply)


@pytest.mark.parametrize("api", APIS)
def test_unauthorised_reply_is_valid_against_the_spec(gateway: Gateway, api: str) -> None:
    path = "/v1/models" if api == "zaguan" else "/models"
    reply = httpx.get(_url(gateway, api, path), headers={"Authorization": "Bearer wrong"})
    assert reply.status_code == 401
    _assert_valid(api, "list_models", reply)


@pytest.mark.parametrize(
    ("api", "path", "model"),
    [("zaguan", "/v1/chat/completions", "echo"), ("meganova", "/chat/completions", "manta-flash")],
)
@pytest.mark.parametrize("body_model", ["plain", "tool-echo"])
def test_every_stream_chunk_is_valid_against_the_spec(
    gateway: Gateway, api: str, path: str, model: str, body_model: str
) -> None:
    body = chat_body(model=model if body_model == "plain" else body_model, n=2, stream=True)
    body["stream_options"] = {"include_usage": True}
    reply = httpx.post(
        _url(gateway, api, path), json=body, headers={"Authorization": f"Bearer {gateway.api_key}"}
    )
    assert reply.status_code == 200
    # The spec describes the event stream in prose; each chunk is a ChatCompletionChunk.
    validator = schema_validator(api, "ChatCompletionChunk")
    chunks = stream_chunks(reply.content)
    assert chunks
    for chunk in chunks:
        assert [error.message for error in validator.iter_errors(chunk)] == [], json.dumps(chunk)
