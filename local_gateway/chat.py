"""The echo models: whole chat completions and their streams, as JSON and SSE payloads.

``echo`` (and every catalogue model, which are all echo models locally) answers with the words of
the last user message; ``tool-echo`` answers with two tool calls. Token counts are word counts:
prompt tokens are the whitespace-separated words of every message's text, completion tokens the
words (or tool-call argument words) produced, summed over the ``n`` choices.

Content chunks are rendered from a precomputed JSON prefix and suffix around ``json.dumps`` of
the word: a 1000-chunk benchmark stream then costs one small ``dumps`` per chunk.

A stream's events are rendered with the faults that change them (``error-event``,
``malformed-json``, ``crlf-sse``) by :func:`stream_events`, for every chat stream: the chat
completions of both APIs and the cloud agents' completions.
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass
from typing import Any, Dict, Iterator, List, Optional

from .faults import Faults, malformed

__all__ = ["ChatPlan", "completion_body", "plan_chat", "stream_events", "stream_payloads"]

_DUMPS = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
_ids = itertools.count(1)

_DEFAULT_TOOLS = (
    ("get_weather", {"location": "Paris", "unit": "celsius"}),
    ("get_time", {"timezone": "Europe/Paris"}),
)


def dumps(value: Any) -> str:
    """Compact JSON, the way gateways send it."""
    return _DUMPS(value)


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            part["text"]
            for part in content
            if isinstance(part, dict)
            and part.get("type") == "text"
            and isinstance(part.get("text"), str)
        )
    return ""


@dataclass
class ChatPlan:
    """Everything a chat reply is made of, decided before rendering it as JSON or SSE."""

    api: str
    model: str
    completion_id: str
    created: int
    n: int
    words: List[str]
    finish_reason: str
    prompt_tokens: int
    tool_calls: Optional[List[Dict[str, Any]]]
    include_usage: bool

    @property
    def completion_tokens(self) -> int:
        """Words produced over all choices (tool calls count their argument words)."""
        if self.tool_calls is not None:
            per_choice = sum(len(call["function"]["arguments"].split()) for call in self.tool_calls)
        else:
            per_choice = len(self.words)
        return per_choice * self.n

    def usage(self) -> Dict[str, Any]:
        """The usage object; Zaguan's carries the token details too."""
        completion = self.completion_tokens
        usage: Dict[str, Any] = {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": completion,
            "total_tokens": self.prompt_tokens + completion,
        }
        if self.api == "zaguan":
            usage["prompt_tokens_details"] = {"cached_tokens": 0}
            usage["completion_tokens_details"] = {"reasoning_tokens": 0}
        return usage


def plan_chat(api: str, body: Dict[str, Any], word_count: Optional[int] = None) -> ChatPlan:
    """Decide the reply to a (validated) chat request.

    ``word_count`` replaces the echoed text by exactly that many words (the benchmark's
    ``chunks:N`` fault) and ignores ``max_tokens``.
    """
    messages = body["messages"]
    prompt_tokens = sum(len(_text_of(message.get("content")).split()) for message in messages)
    last_user = next(
        (_text_of(m.get("content")) for m in reversed(messages) if m.get("role") == "user"), ""
    )
    finish = "stop"
    tool_calls = None
    if word_count is not None:
        words = [f"w{index}" for index in range(word_count)]
    else:
        words = last_user.split()
        limit = body.get("max_tokens", body.get("max_completion_tokens"))
        if isinstance(limit, int) and 0 <= limit < len(words):
            words = words[:limit]
            finish = "length"
    if body.get("model") == "tool-echo" and word_count is None:
        words = []
        finish = "tool_calls"
        offered = [
            tool["function"]["name"]
            for tool in body.get("tools") or []
            if isinstance(tool.get("function"), dict)
        ]
        tool_calls = []
        for index, (default_name, arguments) in enumerate(_DEFAULT_TOOLS):
            name = offered[index] if index < len(offered) else default_name
            tool_calls.append(
                {
                    "id": f"call_echo_{index}",
                    "type": "function",
                    "function": {"name": name, "arguments": json.dumps(arguments)},
                }
            )
    stream_options = body.get("stream_options") or {}
    return ChatPlan(
        api=api,
        model=body["model"],
        completion_id=f"chatcmpl-local{next(_ids):08d}",
        created=int(time.time()),
        n=max(1, int(body.get("n") or 1)),
        words=words,
        finish_reason=finish,
        prompt_tokens=prompt_tokens,
        tool_calls=tool_calls,
        include_usage=bool(stream_options.get("include_usage")),
    )


def _choice_calls(plan: ChatPlan, choice: int) -> List[Dict[str, Any]]:
    assert plan.tool_calls is not None
    return [
        {**call, "id": call["id"] if choice == 0 else f"{call['id']}_{choice}"}
        for call in plan.tool_calls
    ]


def completion_body(plan: ChatPlan) -> Dict[str, Any]:
    """The non-streamed ``ChatCompletion``."""
    choices = []
    for index in range(plan.n):
        message: Dict[str, Any] = {"role": "assistant", "content": " ".join(plan.words)}
        if plan.tool_calls is not None:
            message = {
                "role": "assistant",
                "content": None,
                "tool_calls": _choice_calls(plan, index),
            }
        choices.append(
            {
                "index": index,
                "message": message,
                "finish_reason": plan.finish_reason,
                "logprobs": None,
            }
        )
    return {
        "id": plan.completion_id,
        "object": "chat.completion",
        "created": plan.created,
        "model": plan.model,
        "choices": choices,
        "usage": plan.usage(),
        "system_fingerprint": "fp_local_gateway",
    }


def _split3(text: str) -> List[str]:
    # Arguments arrive over several chunks in real streams; three uneven pieces exercise that.
    first, second = len(text) // 3, 2 * len(text) // 3
    return [text[:first], text[first:second], text[second:]]


def stream_payloads(plan: ChatPlan) -> Iterator[str]:
    """The ``data:`` payloads of the stream, without the final ``[DONE]``."""
    head = (
        f'{{"id":{dumps(plan.completion_id)},"object":"chat.completion.chunk",'
        f'"created":{plan.created},"model":{dumps(plan.model)},'
        f'"system_fingerprint":"fp_local_gateway","choices":['
    )

    def chunk(index: int, delta: str, finish: Optional[str] = None) -> str:
        reason = "null" if finish is None else f'"{finish}"'
        return (
            f'{head}{{"index":{index},"delta":{delta},"logprobs":null,"finish_reason":{reason}}}]}}'
        )

    if plan.tool_calls is None:
        for index in range(plan.n):
            yield chunk(index, '{"role":"assistant","content":""}')
        last = len(plan.words) - 1
        for position, word in enumerate(plan.words):
            delta = '{"content":' + dumps(word if position == last else word + " ") + "}"
            for index in range(plan.n):
                yield chunk(index, delta)
        for index in range(plan.n):
            yield chunk(index, "{}", plan.finish_reason)
    else:
        # One fragment list per choice, then taken round-robin so choices interleave.
        per_choice: List[List[str]] = []
        for index in range(plan.n):
            fragments = [chunk(index, '{"role":"assistant","content":null}')]
            for position, call in enumerate(_choice_calls(plan, index)):
                opening = {
                    "index": position,
                    "id": call["id"],
                    "type": "function",
                    "function": {"name": call["function"]["name"], "arguments": ""},
                }
                fragments.append(chunk(index, dumps({"tool_calls": [opening]})))
                for piece in _split3(call["function"]["arguments"]):
                    fragment = {"index": position, "function": {"arguments": piece}}
                    fragments.append(chunk(index, dumps({"tool_calls": [fragment]})))
            fragments.append(chunk(index, "{}", "tool_calls"))
            per_choice.append(fragments)
        for group in itertools.zip_longest(*per_choice):
            yield from (fragment for fragment in group if fragment is not None)
    if plan.include_usage:
        yield head + "]," + '"usage":' + dumps(plan.usage()) + "}"


def _split_data_lines(payload: str) -> str:
    # Two `data:` lines are joined with "\n" by SSE readers; a newline after a comma between
    # JSON members keeps the joined text valid JSON.
    cut = payload.find(',"') + 1
    return f"data: {payload[:cut]}\r\ndata: {payload[cut:]}\r\n\r\n"


_STREAM_ERROR = {
    "error": {
        "message": "The upstream provider failed mid-stream",
        "type": "server_error",
        "code": "upstream_error",
    }
}


def stream_events(plan: ChatPlan, faults: Faults) -> List[bytes]:
    """The whole events of the stream (``data: ...`` and the blank line), ``[DONE]`` last,
    changed by the faults that change a chat stream's text."""
    payloads = list(stream_payloads(plan))
    done = True
    if faults.error_event:
        payloads = [*payloads[:3], dumps(_STREAM_ERROR)]
        done = False
    if faults.malformed_json and len(payloads) > 1:
        payloads[1] = malformed(payloads[1])
    if not faults.crlf_sse:
        # Bytes joined directly: the fastest way to a benchmark's long stream.
        encoded = [b"data: " + payload.encode() + b"\n\n" for payload in payloads]
        if done:
            encoded.append(b"data: [DONE]\n\n")
        return encoded
    events = [": local-gateway stream\r\n"]
    for position, payload in enumerate(payloads):
        prefix = ": keep-alive\r\n" if position % 3 == 2 else ""
        if position == 1:
            events.append(prefix + _split_data_lines(payload))
        else:
            events.append(f"{prefix}data: {payload}\r\n\r\n")
    if done:
        events.append("data: [DONE]\r\n\r\n")
    return [event.encode() for event in events]
