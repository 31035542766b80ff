"""Every operation of both specs answers, and every JSON reply is valid against the spec.

Every operation with a handler or fixed figures of its own (``local_gateway.app.HANDLERS``,
``local_gateway.data.FIXED_REPLIES``) needs a call here, or
``test_every_handled_operation_is_exercised`` fails. An operation a spec edit adds answers what
its spec documents: ``test_documented_answers`` and ``test_schemathesis`` check those.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple, Union

import httpx
import pytest

from local_gateway import MEGANOVA_STUDIO_PREFIX, MEGANOVA_WEB_PREFIX, Gateway
from local_gateway.agents import STANDING_APPROVAL
from local_gateway.app import HANDLERS
from local_gateway.data import FIXED_REPLIES
from local_gateway.spec import (
    APIS,
    load_operations,
    load_spec,
    response_validator,
    schema_validator,
)

from .helpers import Form, chat_body, stream_chunks

# (api, operation id, method, path relative to the API's base URL, query, body, fault header);
# a body is JSON, or a multipart form.
Body = Union[Dict[str, Any], Form, None]
Case = Tuple[str, str, str, str, Optional[Dict[str, str]], Body, Optional[str]]

AUDIO = Form({"model": "whisper-1"}, {"file": ("talk.mp3", b"\xff\xfb" * 100, "audio/mpeg")})

# Zaguan's Anthropic-style operations: a Messages request, and the batch every gateway starts with.
MESSAGE = {"model": "echo", "max_tokens": 16, "messages": [{"role": "user", "content": "hi there"}]}
BATCH = "/v1/messages/batches/msgbatch_local_example"

# Meganova operations of other hosts (their own `servers`), by path.
MN_CATALOGUE = "/api/v1/serverless/models/filter"
MN_AGENT = "/agents/v1/agent_conformance"

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
    # Forms and audio.
    ("zaguan", "create_transcription", "POST", "/v1/audio/transcriptions", None, AUDIO, None),
    (
        "zaguan",
        "create_transcription",
        "POST",
        "/v1/audio/transcriptions",
        None,
        AUDIO.with_fields(response_format="verbose_json", language="fr"),
        None,
    ),
    (
        "zaguan",
        "create_transcription",
        "POST",
        "/v1/audio/transcriptions",
        None,
        AUDIO.with_fields(response_format="srt"),
        None,
    ),
    (
        "zaguan",
        "create_translation",
        "POST",
        "/v1/audio/translations",
        None,
        AUDIO.with_fields(response_format="verbose_json"),
        None,
    ),
    (
        "zaguan",
        "create_translation",
        "POST",
        "/v1/audio/translations",
        None,
        AUDIO.with_fields(response_format="vtt"),
        None,
    ),
    (
        "zaguan",
        "create_speech",
        "POST",
        "/v1/audio/speech",
        None,
        {"model": "tts-1", "input": "hello there", "voice": "alloy"},
        None,
    ),
    (
        "zaguan",
        "create_speech",
        "POST",
        "/v1/audio/speech",
        None,
        {"model": "tts-1", "input": "hello", "voice": "nova", "response_format": "wav"},
        None,
    ),
    (
        "zaguan",
        "edit_image",
        "POST",
        "/v1/images/edits",
        None,
        Form(
            {"prompt": "a red fox", "n": "2"},
            {"image": ("fox.png", b"png", "image/png"), "mask": ("mask.png", b"m", "image/png")},
        ),
        None,
    ),
    (
        "zaguan",
        "create_image_variation",
        "POST",
        "/v1/images/variations",
        None,
        Form({}, {"image": ("fox.png", b"png", "image/png")}),
        None,
    ),
    ("meganova", "transcribe_audio", "POST", "/audio/transcriptions", None, AUDIO, None),
    ("zaguan", "create_message", "POST", "/v1/messages", None, MESSAGE, None),
    ("zaguan", "count_tokens", "POST", "/v1/messages/count_tokens", None, MESSAGE, None),
    (
        "zaguan",
        "create_messages_batch",
        "POST",
        "/v1/messages/batches",
        None,
        {"requests": [{"custom_id": "c-1", "params": MESSAGE}]},
        None,
    ),
    ("zaguan", "list_messages_batches", "GET", "/v1/messages/batches", {"limit": "2"}, None, None),
    ("zaguan", "get_messages_batch", "GET", BATCH, None, None, None),
    ("zaguan", "cancel_messages_batch", "POST", f"{BATCH}/cancel", None, None, None),
    ("zaguan", "get_messages_batch_results", "GET", f"{BATCH}/results", None, None, None),
    # Videos, the serverless catalogue (web API host) and cloud agents (their own host).
    (
        "meganova",
        "generate_video",
        "POST",
        "/videos/generation",
        None,
        {"model_name": "local/video-echo", "prompt": "a fox", "duration": 4},
        None,
    ),
    ("meganova", "list_video_models", "GET", "/videos/models/supported_models", None, None, None),
    ("meganova", "list_serverless_models", "GET", MN_CATALOGUE, None, None, None),
    (
        "meganova",
        "list_serverless_models",
        "GET",
        MN_CATALOGUE,
        {"modality": "text_generation", "filter_logic": "and", "page": "2", "page_size": "2"},
        None,
        None,
    ),
    ("meganova", "get_agent_info", "GET", f"{MN_AGENT}/info", None, None, None),
    ("meganova", "chat_with_agent", "POST", f"{MN_AGENT}/chat", None, {"message": "hi"}, None),
    (
        "meganova",
        "chat_with_agent",
        "POST",
        f"{MN_AGENT}/chat",
        None,
        {"message": "my password", "user_identifier": "u1", "user_identifier_type": "user_id"},
        None,
    ),
    (
        "meganova",
        "confirm_agent_tool_call",
        "POST",
        f"{MN_AGENT}/chat/confirm",
        None,
        {"approval_id": STANDING_APPROVAL, "action": "reject"},
        None,
    ),
    (
        "meganova",
        "create_agent_completion",
        "POST",
        f"{MN_AGENT}/chat/completions",
        None,
        {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 5},
        None,
    ),
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
    (
        "zaguan",
        "create_transcription",
        "POST",
        "/v1/audio/transcriptions",
        None,
        Form({"model": "whisper-1"}, {}),
        None,
    ),
    (
        "zaguan",
        "create_transcription",
        "POST",
        "/v1/audio/transcriptions",
        None,
        AUDIO,
        "rate-limit:1",
    ),
    (
        "zaguan",
        "create_speech",
        "POST",
        "/v1/audio/speech",
        None,
        {"model": "tts-1", "input": "x", "voice": "alloy", "speed": 9},
        None,
    ),
    ("meganova", "transcribe_audio", "POST", "/audio/transcriptions", None, {"a": 1}, None),
    ("meganova", "get_usage_summary", "GET", "/usage/summary", {"to": "2025-06-30"}, None, None),
    ("meganova", "list_models", "GET", "/models", None, None, "rate-limit"),
    ("meganova", "generate_video", "POST", "/videos/generation", None, {"model_name": "x"}, None),
    ("meganova", "get_agent_info", "GET", "/agents/v1/unknown/info", None, None, None),
    (
        "meganova",
        "confirm_agent_tool_call",
        "POST",
        f"{MN_AGENT}/chat/confirm",
        None,
        {"approval_id": "apr_never", "action": "approve"},
        None,
    ),
    ("meganova", "list_serverless_models", "GET", MN_CATALOGUE, {"page": "0"}, None, None),
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
    # Meganova's catalogue and agents live on other hosts, each under its own prefix here.
    if path.startswith("/api/"):
        return gateway.zaguan_url + MEGANOVA_WEB_PREFIX + path
    if path.startswith("/agents/"):
        return gateway.zaguan_url + MEGANOVA_STUDIO_PREFIX + path
    return (gateway.zaguan_url if api == "zaguan" else gateway.meganova_url) + path


def _call(gateway: Gateway, case: Case) -> httpx.Response:
    api, _, method, path, query, body, fault = case
    headers = {"Authorization": f"Bearer {gateway.api_key}"}
    if fault:
        headers["X-Gateway-Fault"] = fault
    url = _url(gateway, api, path)
    if isinstance(body, Form):
        return httpx.request(
            method, url, params=query, data=body.fields, files=body.files, headers=headers
        )
    return httpx.request(method, url, params=query, json=body, headers=headers)


def _documented_media_types(api: str, operation_id: str, status: int) -> List[str]:
    operation = next(op for op in load_operations(api).values() if op.operation_id == operation_id)
    responses = load_spec(api)["paths"][operation.path][operation.method.lower()]["responses"]
    return list(responses[str(status)].get("content", {}))


def _assert_valid(api: str, operation_id: str, reply: httpx.Response) -> None:
    media_type = reply.headers["content-type"].split(";")[0]
    if media_type != "application/json":
        # Text and audio: the spec documents the media type and no schema worth checking.
        assert media_type in _documented_media_types(api, operation_id, reply.status_code)
        return
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
    if isinstance(case[5], Form) and case[5].fields.get("response_format") in ("srt", "vtt"):
        assert reply.headers["content-type"] == "text/plain; charset=utf-8"
    elif case[1] == "create_speech":
        assert reply.headers["content-type"] in ("audio/mpeg", "application/octet-stream")
    elif case[1] == "get_messages_batch_results":
        assert reply.headers["content-type"] == "application/x-jsonl"
    else:
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
