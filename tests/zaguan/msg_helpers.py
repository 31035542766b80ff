"""Helpers of the Anthropic-style messages tests: canned messages, event streams, batches.

(A plain module, like ``zg_helpers``.)
"""

from __future__ import annotations

import json
from typing import Any, Dict, List

from zaguan.models import AnthropicMessageParam

from .zg_helpers import BASE_URL

MESSAGES_URL = f"{BASE_URL}/v1/messages"
COUNT_URL = f"{BASE_URL}/v1/messages/count_tokens"
BATCHES_URL = f"{BASE_URL}/v1/messages/batches"
MODEL = "anthropic/claude-sonnet-4-5-20250929"
USER: List[AnthropicMessageParam] = [{"role": "user", "content": "Hello, Claude"}]
SSE = {"content-type": "text/event-stream"}
JSONL = {"content-type": "application/x-jsonl"}


def message_json(**extra: Any) -> Dict[str, Any]:
    """A whole Messages reply: one text block."""
    reply: Dict[str, Any] = {
        "id": "msg_01",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": [{"type": "text", "text": "Hi! How can I help?"}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 10, "output_tokens": 6},
    }
    reply.update(extra)
    return reply


def event(kind: str, with_name: bool = True, **fields: Any) -> bytes:
    """One SSE event: ``event: <kind>`` (unless ``with_name`` is false) and its JSON data."""
    data = json.dumps({"type": kind, **fields})
    name = f"event: {kind}\n" if with_name else ""
    return f"{name}data: {data}\n\n".encode()


def start(**usage: Any) -> bytes:
    head = message_json(
        content=[], stop_reason=None, usage=usage or {"input_tokens": 10, "output_tokens": 1}
    )
    return event("message_start", message=head)


def block_start(index: int, block: Dict[str, Any]) -> bytes:
    return event("content_block_start", index=index, content_block=block)


def delta(index: int, **fields: Any) -> bytes:
    return event("content_block_delta", index=index, delta=fields)


def block_stop(index: int) -> bytes:
    return event("content_block_stop", index=index)


def message_delta(stop_reason: str = "end_turn", output_tokens: int = 6) -> bytes:
    # Anthropic's message_delta has no `type` in its delta.
    return event(
        "message_delta",
        delta={"stop_reason": stop_reason, "stop_sequence": None},
        usage={"output_tokens": output_tokens},
    )


STOP = event("message_stop")

# Thinking with its signature, text in two pieces, a tool call whose input arrives in pieces.
FULL_STREAM: List[bytes] = [
    start(input_tokens=20, output_tokens=1),
    event("ping"),
    block_start(0, {"type": "thinking", "thinking": "", "signature": ""}),
    delta(0, type="thinking_delta", thinking="Weather, "),
    delta(0, type="thinking_delta", thinking="so a tool."),
    delta(0, type="signature_delta", signature="sig-1"),
    block_stop(0),
    block_start(1, {"type": "text", "text": ""}),
    delta(1, type="text_delta", text="Let me "),
    delta(1, type="text_delta", text="check."),
    block_stop(1),
    block_start(2, {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {}}),
    delta(2, type="input_json_delta", partial_json='{"city": '),
    delta(2, type="input_json_delta", partial_json='"Paris"}'),
    block_stop(2),
    message_delta("tool_use", 31),
    STOP,
]

TEXT_STREAM: List[bytes] = [
    start(),
    block_start(0, {"type": "text", "text": ""}),
    delta(0, type="text_delta", text="Hi! "),
    delta(0, type="text_delta", text="How can I help?"),
    block_stop(0),
    message_delta(),
    STOP,
]


def anthropic_error(kind: str, message: str) -> Dict[str, Any]:
    """Anthropic's error body."""
    return {"type": "error", "error": {"type": kind, "message": message}}


def batch_json(
    batch_id: str = "msgbatch_01", status: str = "in_progress", **extra: Any
) -> Dict[str, Any]:
    reply: Dict[str, Any] = {
        "id": batch_id,
        "type": "message_batch",
        "processing_status": status,
        "request_counts": {
            "processing": 2,
            "succeeded": 0,
            "errored": 0,
            "canceled": 0,
            "expired": 0,
        },
        "ended_at": None,
        "created_at": "2025-06-01T10:00:00Z",
        "expires_at": "2025-06-02T10:00:00Z",
        "cancel_initiated_at": None,
        "archived_at": None,
        "results_url": None,
    }
    reply.update(extra)
    return reply


def batch_item(custom_id: str, **params: Any) -> Dict[str, Any]:
    return {
        "custom_id": custom_id,
        "params": {"model": MODEL, "max_tokens": 64, "messages": USER, **params},
    }


def jsonl(*values: Any) -> bytes:
    return b"".join(json.dumps(value).encode() + b"\n" for value in values)


RESULT_LINES = [
    {"custom_id": "r1", "result": {"type": "succeeded", "message": message_json()}},
    {
        "custom_id": "r2",
        "result": {
            "type": "errored",
            "error": anthropic_error("invalid_request_error", "max_tokens: too large"),
        },
    },
    {"custom_id": "r3", "result": {"type": "canceled"}},
    {"custom_id": "r4", "result": {"type": "expired"}},
]
