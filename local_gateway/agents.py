"""Handlers of Meganova's operations beyond chat: videos, the serverless catalogue, cloud agents.

Videos: ``POST /videos/generation`` queues a job (``data.job_id``) for one of
:data:`VIDEO_MODELS` (another ``model_name`` is a 404, as an unknown chat model is);
``GET /videos/models/supported_models`` lists them.

The catalogue (``GET /api/v1/serverless/models/filter``, under ``/meganova``: the web API host
is the inference host without ``/v1``) filters :data:`CATALOGUE` deterministically: each of
``modality``, ``highlight``, ``use_case`` and ``model_family`` takes comma-separated values,
matched by any (``filter_logic=or``, the default) or all (``and``) of them; ``search`` looks
for a substring in the name, alias and every tag; ``include_tag_counts`` (default true) counts
the tags of the matches; ``page`` (from 1) and ``page_size`` (default 20) page them, with
``count`` (all matches) and ``total_pages``; another query parameter is a 400.

Cloud agents (under ``/meganova-studio``): any key starting with ``agent_`` names an echo agent;
another key is a 404 whose message repeats the key, as a careless server might (the SDK must
hide it). ``chat`` answers ``You said: <message>``; a message containing ``password`` makes the
agent ask to run ``reset_password`` (a ``pending_tool_call``), which ``chat/confirm`` approves
or rejects once (confirming it again is a 404); :data:`STANDING_APPROVAL` is always pending, for
checks that need a confirm without a chat first. ``chat/completions`` echoes the last user
message, whole or as an event stream, with the faults of a chat completion (``chunks``,
``malformed-json``, and every stream fault: ``cut-stream``, ``stall-stream``, ``error-event``,
``crlf-sse``).
"""

from __future__ import annotations

import hashlib
import itertools
import math
from typing import Any, Dict, List, Optional, Tuple

from starlette.responses import Response

from .chat import completion_body, plan_chat, stream_events
from .responses import Call, Handler, error_response, event_stream, json_reply, json_response

__all__ = ["CATALOGUE", "HANDLERS", "STANDING_APPROVAL", "TOOL_KEYWORD", "VIDEO_MODELS"]

VIDEO_MODELS = ["local/video-echo", "local/video-fast"]
#: A chat message holding this word makes the agent wait for an approval.
TOOL_KEYWORD = "password"
#: An approval id every agent can confirm, any number of times.
STANDING_APPROVAL = "apr_local_standing"
_PAGE_SIZE = 20
_ids = itertools.count(1)
# Tool calls waiting for an approval, by approval id: what confirm answers once.
_PENDING: Dict[str, Dict[str, Any]] = {}


def _tags(
    modality: List[str], highlight: List[str], use_case: List[str], family: List[str]
) -> Dict[str, List[str]]:
    return {
        "modality": modality,
        "highlight": highlight,
        "use_case": use_case,
        "model_family": family,
    }


def _model(
    name: str, alias: str, kind: str, context: int, price: float, tags: Dict[str, List[str]]
) -> Dict[str, Any]:
    return {
        "model_name": name,
        "model_alias": alias,
        "model_type": kind,
        "context_length": context,
        "max_completion_tokens": min(context, 8192),
        "description": f"{alias}, served by the local gateway (an echo model).",
        "input_price": price,
        "output_price": price * 2,
        "cost_per_1k_input": price / 1000,
        "cost_per_1k_output": price * 2 / 1000,
        "hosting_in": "local",
        "modality": tags["modality"][0],
        "tier2+_require": price > 1,
        "tags": tags,
    }


#: The catalogue, in its fixed order.
CATALOGUE: List[Dict[str, Any]] = [
    _model(
        "meganova-ai/manta-flash-1.0",
        "Manta Flash",
        "chat",
        32768,
        0.1,
        _tags(["text_generation"], ["featured", "free"], ["best_role_play"], ["Manta"]),
    ),
    _model(
        "meganova-ai/manta-pro-1.0",
        "Manta Pro",
        "chat",
        131072,
        0.8,
        _tags(["text_generation"], ["featured"], ["best_role_play", "best_reasoning"], ["Manta"]),
    ),
    _model(
        "deepseek-ai/DeepSeek-V3",
        "DeepSeek V3",
        "chat",
        65536,
        0.5,
        _tags(["text_generation"], ["recently_added"], ["best_reasoning"], ["Deepseek"]),
    ),
    _model(
        "openai/gpt-oss-120b",
        "GPT OSS 120B",
        "chat",
        131072,
        0.3,
        _tags(["text_generation"], ["free"], ["best_coding"], ["OpenAI"]),
    ),
    _model(
        "google/gemma-3-27b-it",
        "Gemma 3 27B",
        "chat",
        131072,
        0.2,
        _tags(["text_generation", "multimodal"], ["recently_added"], ["best_vision"], ["Gemini"]),
    ),
    _model(
        "black-forest-labs/flux-schnell",
        "FLUX.1 schnell",
        "image",
        512,
        1.5,
        _tags(["text_to_image"], ["featured"], ["best_image_generation"], ["Flux"]),
    ),
    _model(
        "Systran/faster-whisper-large-v3",
        "Whisper large v3",
        "audio",
        448,
        0.05,
        _tags(["speech_to_text"], [], ["best_transcription"], ["OpenAI"]),
    ),
]
_LIST_FILTERS = ("modality", "highlight", "use_case", "model_family")
_CATALOGUE_PARAMS = frozenset(
    {*_LIST_FILTERS, "search", "filter_logic", "include_tag_counts", "page", "page_size"}
)


# --- videos ------------------------------------------------------------------------------------


async def generate_video(call: Call) -> Response:
    """A queued job for a supported model; another model is a 404."""
    model = call.body["model_name"]
    if model not in VIDEO_MODELS:
        return error_response(
            404,
            f"The video model {model!r} does not exist; GET /videos/models/supported_models "
            "lists them",
            "invalid_request_error",
            "model_not_found",
            "model_name",
            headers=call.headers,
        )
    job = {
        "job_id": f"vid_local_{next(_ids):06d}",
        "model_name": model,
        "prompt": call.body.get("prompt", ""),
        "status": "queued",
    }
    reply = {"status": "queued", "message": "The video is being generated.", "data": job}
    return json_response(200, reply, call.headers)


async def list_video_models(call: Call) -> Response:
    """The supported video models' names."""
    return json_response(200, {"data": VIDEO_MODELS}, call.headers)


# --- the serverless catalogue ------------------------------------------------------------------


def _values(text: Optional[str]) -> List[str]:
    return [part.strip().lower() for part in (text or "").split(",") if part.strip()]


def _matches(model: Dict[str, Any], wanted: Dict[str, List[str]], every: bool, search: str) -> bool:
    for category, values in wanted.items():
        have = {tag.lower() for tag in model["tags"][category]}
        hits = [value in have for value in values]
        if not (all(hits) if every else any(hits)):
            return False
    if search:
        tags = [tag for values in model["tags"].values() for tag in values]
        words = [model["model_name"], model["model_alias"], *tags]
        return any(search in word.lower() for word in words)
    return True


def _tag_counts(models: List[Dict[str, Any]]) -> Dict[str, Dict[str, int]]:
    counts: Dict[str, Dict[str, int]] = {category: {} for category in _LIST_FILTERS}
    for model in models:
        for category in _LIST_FILTERS:
            for tag in model["tags"][category]:
                counts[category][tag] = counts[category].get(tag, 0) + 1
    return counts


async def list_serverless_models(call: Call) -> Response:
    """One page of the catalogue's matches, wrapped in ``data`` as the API sends it; a query
    parameter that is no filter is refused, so that a misspelt filter does not list everything."""
    unknown = sorted(set(call.request.query_params) - _CATALOGUE_PARAMS)
    if unknown:
        return error_response(
            400,
            f"{unknown[0]}: not a filter of the catalogue",
            "invalid_request_error",
            param=unknown[0],
            headers=call.headers,
        )
    query = call.query
    wanted = {name: _values(query.get(name)) for name in _LIST_FILTERS}
    wanted = {name: values for name, values in wanted.items() if values}
    every = query.get("filter_logic", "or") == "and"
    search = str(query.get("search") or "").strip().lower()
    found = [model for model in CATALOGUE if _matches(model, wanted, every, search)]
    size = int(query.get("page_size", _PAGE_SIZE))
    page = int(query.get("page", 1))
    start = (page - 1) * size
    body: Dict[str, Any] = {
        "models": found[start : start + size],
        "count": len(found),
        "page": page,
        "page_size": size,
        "total_pages": max(1, math.ceil(len(found) / size)),
    }
    if query.get("include_tag_counts", True):
        body["tag_counts"] = _tag_counts(found)
    return json_response(200, {"data": body}, call.headers)


# --- cloud agents ------------------------------------------------------------------------------


def _agent(call: Call) -> Tuple[Optional[Dict[str, Any]], Optional[Response]]:
    key = call.request.path_params["agent_key"]
    if not key.startswith("agent_"):
        # A careless server repeats what it was given: the SDK must not show it.
        message = f"No agent has the key {key!r}"
        return None, error_response(
            404, message, "not_found_error", "agent_not_found", headers=call.headers
        )
    digest = hashlib.sha256(key.encode()).hexdigest()[:10]
    agent = {
        "id": f"agt_{digest}",
        "name": "Local Echo Agent",
        "description": "Repeats what it is told; asks before resetting a password.",
        "avatar_url": None,
        "welcome_message": "Hello! I repeat what you say.",
        "is_available": True,
    }
    return agent, None


async def get_agent_info(call: Call) -> Response:
    """The echo agent of the key."""
    agent, refused = _agent(call)
    if agent is None:
        assert refused is not None
        return refused
    return json_response(200, agent, call.headers)


def _reply(agent: Dict[str, Any], conversation_id: str, text: str, **extra: Any) -> Dict[str, Any]:
    return {
        "response": text,
        "conversation_id": conversation_id,
        "message_id": f"msg_local_{next(_ids):06d}",
        "agent_id": agent["id"],
        "agent_name": agent["name"],
        "tokens_used": len(text.split()),
        "memories_used": 0,
        "image_urls": None,
        "resolution_status": None,
        "resolution_confidence": None,
        "pending_tool_call": None,
        "status": "completed",
        **extra,
    }


async def chat_with_agent(call: Call) -> Response:
    """``You said: <message>``; a message about a password asks to run ``reset_password``."""
    agent, refused = _agent(call)
    if agent is None:
        assert refused is not None
        return refused
    body = call.body
    conversation_id = body.get("conversation_id") or f"conv_local_{next(_ids):06d}"
    message = body["message"]
    if TOOL_KEYWORD in message.lower():
        approval_id = f"apr_local_{next(_ids):06d}"
        pending = {
            "approval_id": approval_id,
            "tool_name": "reset_password",
            "tool_arguments": {"user": body.get("user_identifier", "anonymous")},
            "description": "Send a password reset link to the user.",
        }
        _PENDING[approval_id] = {"agent": agent["id"], "conversation_id": conversation_id}
        reply = _reply(
            agent,
            conversation_id,
            "I can send you a password reset link. Shall I?",
            pending_tool_call=pending,
            status="pending_approval",
        )
    else:
        reply = _reply(agent, conversation_id, f"You said: {message}")
    return json_response(200, reply, call.headers)


async def confirm_agent_tool_call(call: Call) -> Response:
    """Run (approve) or drop (reject) a pending tool call, once."""
    agent, refused = _agent(call)
    if agent is None:
        assert refused is not None
        return refused
    approval_id = call.body["approval_id"]
    if approval_id == STANDING_APPROVAL:
        pending: Optional[Dict[str, Any]] = {"agent": agent["id"], "conversation_id": "conv_local"}
    else:
        pending = _PENDING.get(approval_id)
    if pending is None or pending["agent"] != agent["id"]:
        return error_response(
            404,
            f"No tool call waits for the approval {approval_id!r}",
            "not_found_error",
            "approval_not_found",
            "approval_id",
            headers=call.headers,
        )
    _PENDING.pop(approval_id, None)  # answered once
    if call.body["action"] == "approve":
        reply = _reply(agent, pending["conversation_id"], "Done: the reset link is on its way.")
    else:
        reply = _reply(
            agent, pending["conversation_id"], "All right, I did nothing.", status="rejected"
        )
    return json_response(200, reply, call.headers)


async def create_agent_completion(call: Call) -> Response:
    """The echo of the last user message, whole or streamed."""
    agent, refused = _agent(call)
    if agent is None:
        assert refused is not None
        return refused
    body = {**call.body, "model": agent["id"]}
    plan = plan_chat("meganova", body, call.faults.chunks)
    if body.get("stream"):
        return event_stream(call, stream_events(plan, call.faults))
    return json_reply(call, completion_body(plan))


HANDLERS: Dict[Tuple[str, str], Handler] = {
    ("meganova", "generate_video"): generate_video,
    ("meganova", "list_video_models"): list_video_models,
    ("meganova", "list_serverless_models"): list_serverless_models,
    ("meganova", "get_agent_info"): get_agent_info,
    ("meganova", "chat_with_agent"): chat_with_agent,
    ("meganova", "confirm_agent_tool_call"): confirm_agent_tool_call,
    ("meganova", "create_agent_completion"): create_agent_completion,
}
