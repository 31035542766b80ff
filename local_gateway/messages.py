"""Handlers of Zaguan's Anthropic-style operations (messages, their streams, batches).

Messages are echo messages, as chat completions are (``local_gateway.chat``): the text is the
words of the last user message (its text blocks), cut at ``max_tokens`` (stop reason
``max_tokens``) or at a word that is one of ``stop_sequences`` (``stop_sequence``); with
``thinking`` enabled a thinking block (and its signature) comes first; ``tool-echo`` answers with
``tool_use`` blocks for the first two tools offered (stop reason ``tool_use``). Token counts are
word counts: input tokens are the words of the system prompt and of every text in the messages
(``count_tokens`` counts the same, plus the words of each tool's name and description), output
tokens the words produced (thinking and tool input included).

Streams are Anthropic's event sequence (``message_start``, ``ping``, per block
``content_block_start``, deltas word by word, ``content_block_stop``, ``message_delta``,
``message_stop``), each event as ``event: <type>`` and ``data: <json>``. The stream faults apply
(``cut-stream``, ``stall-stream``, ``error-event``: an Anthropic ``overloaded_error`` event after
the first block starts, ``malformed-json``, ``crlf-sse``, ``chunks:N``). The model
``whole-message`` answers a ``stream: true`` request with the whole JSON message instead, as
LiteLLM's mock does.

Batches live in memory, per gateway (its Starlette ``app.state``), which starts with one ended
batch, ``msgbatch_local_example`` (one request succeeded, one errored). A new batch is
``in_progress``; it is processed, and ``ended``, the first time it is read (get, list or
results) unless it was canceled first, which ends every request ``canceled``. A request with an
unknown model ends ``errored`` (``not_found_error``), one whose model is ``slow`` ``expired``,
any other ``succeeded`` with the echo message. Creating a batch again with the same
``X-Request-Id`` returns the first one (the id is Zaguan's idempotency key). Lists are newest
first, paged with ``limit``, ``after_id`` and ``before_id`` (an id of no batch gives an empty
page). Results are JSON Lines written line by line (``cut-stream:n``, ``stall-stream`` and
``malformed-json`` apply).
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple

from starlette.responses import Response

from . import data
from .chat import dumps
from .faults import malformed
from .responses import Call, Handler, event_stream, fault_stream, json_reply, json_response

__all__ = ["EXAMPLE_BATCH_ID", "HANDLERS", "SLOW_MODEL", "WHOLE_MESSAGE_MODEL", "message_plan"]

#: Answers a ``stream: true`` request with the whole JSON message (as LiteLLM's mock does).
WHOLE_MESSAGE_MODEL = "whole-message"
#: In a batch, a request of this model has expired by the time the batch ends.
SLOW_MODEL = "slow"
#: Every gateway starts with this batch, ended: one request succeeded, one errored.
EXAMPLE_BATCH_ID = "msgbatch_local_example"
_MODELS = frozenset(
    [*data.SPECIAL_MODELS, WHOLE_MESSAGE_MODEL, SLOW_MODEL]
    + [str(entry["id"]) for entry in data.ZAGUAN_MODELS]
)
_DEFAULT_TOOLS = (
    ("get_weather", {"location": "Paris", "unit": "celsius"}),
    ("get_time", {"timezone": "Europe/Paris"}),
)
_ids = itertools.count(1)


def _error(status: int, kind: str, message: str, headers: Dict[str, str]) -> Response:
    """Anthropic's error body: ``{"type": "error", "error": {"type", "message"}}``."""
    body = {"type": "error", "error": {"type": kind, "message": message}}
    return json_response(status, body, headers)


def _unknown_model(model: str, headers: Dict[str, str]) -> Response:
    return _error(404, "not_found_error", f"model: {model!r} does not exist", headers)


def _texts(content: Any) -> List[str]:
    """The texts of a message's content: the string, or its text (and tool result) blocks."""
    if isinstance(content, str):
        return [content]
    texts: List[str] = []
    for block in content if isinstance(content, list) else []:
        if not isinstance(block, dict):
            continue
        if isinstance(block.get("text"), str):
            texts.append(block["text"])
        elif block.get("type") == "tool_result":
            texts.extend(_texts(block.get("content")))
    return texts


def _words(texts: List[str]) -> int:
    return sum(len(text.split()) for text in texts)


def _input_words(body: Mapping[str, Any]) -> int:
    texts = _texts(body.get("system"))
    for message in body.get("messages") or []:
        texts.extend(_texts(message.get("content")))
    return _words(texts)


@dataclass
class MessagePlan:
    """Everything an echo message is made of, decided before rendering it as JSON or events."""

    message_id: str
    model: str
    blocks: List[Dict[str, Any]]
    stop_reason: str
    stop_sequence: Optional[str]
    input_tokens: int
    output_tokens: int

    def message(self) -> Dict[str, Any]:
        """The whole message."""
        return {
            "id": self.message_id,
            "type": "message",
            "role": "assistant",
            "model": self.model,
            "content": self.blocks,
            "stop_reason": self.stop_reason,
            "stop_sequence": self.stop_sequence,
            "usage": {
                "input_tokens": self.input_tokens,
                "output_tokens": self.output_tokens,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
            },
        }


def message_plan(body: Mapping[str, Any], word_count: Optional[int] = None) -> MessagePlan:
    """Decide the echo message for a (validated) Messages request; ``word_count`` replaces the
    text by that many words ``w0 w1 ...`` (the ``chunks:N`` fault) and ignores the limits."""
    messages = body.get("messages") or []
    last_user = next((m.get("content") for m in reversed(messages) if m.get("role") == "user"), "")
    stop_reason, stop_sequence = "end_turn", None
    if word_count is not None:
        words = [f"w{index}" for index in range(word_count)]
    else:
        words = " ".join(_texts(last_user)).split()
        stops = body.get("stop_sequences") or []
        cut = next((i for i, word in enumerate(words) if word in stops), None)
        if cut is not None:
            words, stop_reason, stop_sequence = words[:cut], "stop_sequence", words[cut]
        limit = body.get("max_tokens")
        if isinstance(limit, int) and limit < len(words):
            words, stop_reason, stop_sequence = words[:limit], "max_tokens", None
    blocks: List[Dict[str, Any]] = []
    output = 0
    thinking = body.get("thinking")
    if isinstance(thinking, dict) and thinking.get("type") == "enabled":
        thought = f"The user wrote {len(words)} words; I echo them."
        blocks.append({"type": "thinking", "thinking": thought, "signature": "sig-local-echo"})
        output += len(thought.split())
    if body.get("model") == "tool-echo" and word_count is None:
        offered = [tool.get("name") for tool in body.get("tools") or [] if tool.get("name")]
        for index, (default_name, arguments) in enumerate(_DEFAULT_TOOLS):
            name = offered[index] if index < len(offered) else default_name
            blocks.append(
                {"type": "tool_use", "id": f"toolu_echo_{index}", "name": name, "input": arguments}
            )
            output += len(json.dumps(arguments).split())
        stop_reason, stop_sequence = "tool_use", None
    else:
        blocks.append({"type": "text", "text": " ".join(words)})
        output += len(words)
    return MessagePlan(
        message_id=f"msg_local{next(_ids):08d}",
        model=str(body.get("model")),
        blocks=blocks,
        stop_reason=stop_reason,
        stop_sequence=stop_sequence,
        input_tokens=_input_words(body),
        output_tokens=output,
    )


# --- streams ----------------------------------------------------------------------------------


def _event(kind: str, payload: Dict[str, Any]) -> str:
    return f"event: {kind}\ndata: {dumps({'type': kind, **payload})}\n\n"


def _split3(text: str) -> List[str]:
    # Tool input arrives in several pieces in real streams; three uneven ones exercise that.
    first, second = len(text) // 3, 2 * len(text) // 3
    return [text[:first], text[first:second], text[second:]]


def _pieces(text: str) -> List[str]:
    words = text.split(" ")
    return [word if i == len(words) - 1 else word + " " for i, word in enumerate(words)]


def _block_events(index: int, block: Dict[str, Any]) -> Iterator[str]:
    kind = block["type"]
    if kind == "text":
        yield _event(
            "content_block_start", {"index": index, "content_block": {**block, "text": ""}}
        )
        for piece in _pieces(block["text"]) if block["text"] else []:
            delta = {"type": "text_delta", "text": piece}
            yield _event("content_block_delta", {"index": index, "delta": delta})
    elif kind == "thinking":
        start = {**block, "thinking": "", "signature": ""}
        yield _event("content_block_start", {"index": index, "content_block": start})
        for piece in _pieces(block["thinking"]):
            delta = {"type": "thinking_delta", "thinking": piece}
            yield _event("content_block_delta", {"index": index, "delta": delta})
        delta = {"type": "signature_delta", "signature": block["signature"]}
        yield _event("content_block_delta", {"index": index, "delta": delta})
    else:  # tool_use
        yield _event(
            "content_block_start", {"index": index, "content_block": {**block, "input": {}}}
        )
        for piece in _split3(json.dumps(block["input"])):
            delta = {"type": "input_json_delta", "partial_json": piece}
            yield _event("content_block_delta", {"index": index, "delta": delta})
    yield _event("content_block_stop", {"index": index})


def _stream_events(plan: MessagePlan, error_after_start: bool) -> List[str]:
    head = plan.message()
    usage = {**head["usage"], "output_tokens": 1}
    head.update(content=[], stop_reason=None, stop_sequence=None, usage=usage)
    events = [_event("message_start", {"message": head}), _event("ping", {})]
    for index, block in enumerate(plan.blocks):
        block_events = list(_block_events(index, block))
        if error_after_start:
            overloaded = {"type": "overloaded_error", "message": "Overloaded"}
            return [*events, block_events[0], _event("error", {"error": overloaded})]
        events.extend(block_events)
    delta = {"stop_reason": plan.stop_reason, "stop_sequence": plan.stop_sequence}
    events.append(
        _event("message_delta", {"delta": delta, "usage": {"output_tokens": plan.output_tokens}})
    )
    events.append(_event("message_stop", {}))
    return events


def _stream(call: Call, plan: MessagePlan) -> Response:
    faults = call.faults
    events = _stream_events(plan, faults.error_event)
    if faults.malformed_json and len(events) > 2:
        head, _, payload = events[2].partition("data: ")
        events[2] = f"{head}data: {malformed(payload)}\n\n"
    if faults.crlf_sse:
        events = [event.replace("\n", "\r\n") for event in events]
    return event_stream(call, [event.encode() for event in events])


async def create_message(call: Call) -> Response:
    """An echo message, whole or streamed."""
    body = call.body
    if body["model"] not in _MODELS:
        return _unknown_model(body["model"], call.headers)
    plan = message_plan(body, call.faults.chunks)
    if body.get("stream") and body["model"] != WHOLE_MESSAGE_MODEL:
        return _stream(call, plan)
    return json_reply(call, plan.message())


async def count_tokens(call: Call) -> Response:
    """Words of the system prompt, of every text of the messages, and of each tool's name and
    description."""
    body = call.body
    if body["model"] not in _MODELS:
        return _unknown_model(body["model"], call.headers)
    tools = [
        f"{tool.get('name', '')} {tool.get('description', '')}" for tool in body.get("tools") or []
    ]
    return json_response(200, {"input_tokens": _input_words(body) + _words(tools)}, call.headers)


# --- batches ----------------------------------------------------------------------------------


def _instant(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class _Batch:
    batch_id: str
    created_at: datetime
    requests: List[Dict[str, Any]]
    status: str = "in_progress"
    ended_at: Optional[datetime] = None
    cancel_initiated_at: Optional[datetime] = None
    results: List[Dict[str, Any]] = field(default_factory=list)

    def process(self) -> None:
        """End the batch: every request gets its result (canceled, once canceling)."""
        if self.status == "ended":
            return
        canceling = self.status == "canceling"
        self.results = [_result(request, canceling) for request in self.requests]
        self.status = "ended"
        self.ended_at = datetime.now(timezone.utc)

    def counts(self) -> Dict[str, int]:
        counts = dict.fromkeys(("processing", "succeeded", "errored", "canceled", "expired"), 0)
        if self.status == "ended":
            for line in self.results:
                counts[line["result"]["type"]] += 1
        else:
            counts["processing"] = len(self.requests)
        return counts

    def to_json(self, base_url: str) -> Dict[str, Any]:
        ended = self.status == "ended"
        return {
            "id": self.batch_id,
            "type": "message_batch",
            "processing_status": self.status,
            "request_counts": self.counts(),
            "created_at": _instant(self.created_at),
            "expires_at": _instant(self.created_at + timedelta(hours=24)),
            "ended_at": _instant(self.ended_at) if self.ended_at else None,
            "cancel_initiated_at": (
                _instant(self.cancel_initiated_at) if self.cancel_initiated_at else None
            ),
            "archived_at": None,
            "results_url": (
                f"{base_url}/v1/messages/batches/{self.batch_id}/results" if ended else None
            ),
        }


def _result(request: Mapping[str, Any], canceled: bool) -> Dict[str, Any]:
    params = request["params"]
    model = params.get("model")
    result: Dict[str, Any]
    if canceled:
        result = {"type": "canceled"}
    elif model == SLOW_MODEL:
        result = {"type": "expired"}
    elif model not in _MODELS:
        error = {"type": "not_found_error", "message": f"model: {model!r} does not exist"}
        result = {"type": "errored", "error": {"type": "error", "error": error}}
    else:
        result = {"type": "succeeded", "message": message_plan(params).message()}
    return {"custom_id": request["custom_id"], "result": result}


@dataclass
class _Batches:
    """The batches of one gateway, newest last, and the batch each request id created."""

    batches: Dict[str, _Batch] = field(default_factory=dict)
    by_request_id: Dict[str, str] = field(default_factory=dict)


def _example_batch() -> _Batch:
    messages = [{"role": "user", "content": "hello from the local gateway"}]
    requests = [
        {
            "custom_id": "example-1",
            "params": {"model": "echo", "max_tokens": 64, "messages": messages},
        },
        {
            "custom_id": "example-2",
            "params": {"model": "no-such-model", "max_tokens": 64, "messages": messages},
        },
    ]
    batch = _Batch(EXAMPLE_BATCH_ID, datetime(2025, 1, 1, tzinfo=timezone.utc), requests)
    batch.process()
    batch.ended_at = batch.created_at + timedelta(minutes=1)
    return batch


def _store(call: Call) -> _Batches:
    state = call.request.app.state
    store = getattr(state, "message_batches", None)
    if store is None:
        store = state.message_batches = _Batches({EXAMPLE_BATCH_ID: _example_batch()})
    return store


def _base_url(call: Call) -> str:
    return str(call.request.base_url).rstrip("/")


def _find(call: Call) -> Tuple[Optional[_Batch], Optional[Response]]:
    batch_id = call.request.path_params["message_batch_id"]
    batch = _store(call).batches.get(batch_id)
    if batch is None:
        message = f"message_batch_id: no batch {batch_id!r}"
        return None, _error(404, "not_found_error", message, call.headers)
    return batch, None


async def create_messages_batch(call: Call) -> Response:
    """A new batch, ``in_progress``; the same batch again for a request id seen before."""
    store = _store(call)
    request_id = call.headers["x-request-id"]
    known = store.by_request_id.get(request_id)
    if known is not None:
        return json_response(200, store.batches[known].to_json(_base_url(call)), call.headers)
    custom_ids = [request["custom_id"] for request in call.body["requests"]]
    if len(set(custom_ids)) != len(custom_ids):
        message = "requests: each custom_id must be unique within the batch"
        return _error(400, "invalid_request_error", message, call.headers)
    batch = _Batch(
        batch_id=f"msgbatch_local{next(_ids):08d}",
        created_at=datetime.now(timezone.utc),
        requests=list(call.body["requests"]),
    )
    store.batches[batch.batch_id] = batch
    store.by_request_id[request_id] = batch.batch_id
    return json_response(200, batch.to_json(_base_url(call)), call.headers)


async def get_messages_batch(call: Call) -> Response:
    """The batch (processed now, if it was not yet)."""
    batch, missing = _find(call)
    if batch is None:
        return missing  # type: ignore[return-value]
    batch.process()
    return json_response(200, batch.to_json(_base_url(call)), call.headers)


async def list_messages_batches(call: Call) -> Response:
    """One page of batches, newest first (each processed now, if it was not yet)."""
    newest_first = list(reversed(_store(call).batches.values()))
    for batch in newest_first:
        batch.process()
    ids = [batch.batch_id for batch in newest_first]
    limit = call.query.get("limit", 20)
    after_id, before_id = call.query.get("after_id"), call.query.get("before_id")
    if after_id is not None:
        start = ids.index(after_id) + 1 if after_id in ids else len(ids)
        page = newest_first[start : start + limit]
        has_more = start + limit < len(ids)
    elif before_id is not None:
        end = ids.index(before_id) if before_id in ids else 0
        page = newest_first[max(0, end - limit) : end]
        has_more = end - limit > 0
    else:
        page, has_more = newest_first[:limit], limit < len(ids)
    body = {
        "data": [batch.to_json(_base_url(call)) for batch in page],
        "has_more": has_more,
        "first_id": page[0].batch_id if page else None,
        "last_id": page[-1].batch_id if page else None,
    }
    return json_response(200, body, call.headers)


async def cancel_messages_batch(call: Call) -> Response:
    """``canceling`` (its requests end canceled), or the batch as it is once ended."""
    batch, missing = _find(call)
    if batch is None:
        return missing  # type: ignore[return-value]
    if batch.status == "in_progress":
        batch.status = "canceling"
        batch.cancel_initiated_at = datetime.now(timezone.utc)
    return json_response(200, batch.to_json(_base_url(call)), call.headers)


async def get_messages_batch_results(call: Call) -> Response:
    """The results as JSON Lines, one line per write."""
    batch, missing = _find(call)
    if batch is None:
        return missing  # type: ignore[return-value]
    batch.process()
    lines = [dumps(line) + "\n" for line in batch.results]
    faults = call.faults
    if faults.malformed_json and len(lines) > 1:
        lines[1] = malformed(lines[1]) + "\n"
    return fault_stream(call, (line.encode() for line in lines), "application/x-jsonl")


HANDLERS: Dict[Tuple[str, str], Handler] = {
    ("zaguan", "create_message"): create_message,
    ("zaguan", "count_tokens"): count_tokens,
    ("zaguan", "create_messages_batch"): create_messages_batch,
    ("zaguan", "list_messages_batches"): list_messages_batches,
    ("zaguan", "get_messages_batch"): get_messages_batch,
    ("zaguan", "cancel_messages_batch"): cancel_messages_batch,
    ("zaguan", "get_messages_batch_results"): get_messages_batch_results,
}
