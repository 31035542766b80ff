"""Folding streamed replies back into one complete reply, with no I/O: chat chunks into a chat
completion (:class:`ChatAccumulator`), and Anthropic Messages events into a message
(:class:`MessageAccumulator`, and :func:`message_events`, the events a whole message stands for).

Works on the typed chunks of either SDK: both generated chunk models (Zaguan's ``ChatChunk``,
Meganova's ``ChatCompletionChunk``) have the OpenAI shape that the protocols below name, so
the runtime reads their typed attributes without importing either package, and mypy checks
that the generated models still fit. Content, reasoning and refusal text concatenate per
choice, tool-call fragments merge by their ``index``, the last finish reason of each choice
wins, and usage chunks merge. :meth:`ChatAccumulator.result` is the reply as JSON, for the
SDK to parse with its generated ``ChatResponse`` (the one parser of that schema).
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Any, Dict, List, Mapping, Optional, Protocol, Sequence

__all__ = [
    "ChatAccumulator",
    "ChunkChoiceLike",
    "ChunkDeltaLike",
    "ChunkLike",
    "FunctionCallDeltaLike",
    "MessageAccumulator",
    "MessageEventLike",
    "MessageModelLike",
    "ToolCallDeltaLike",
    "UsageLike",
    "message_events",
]


# Read-only properties rather than attributes: a protocol attribute would have to match the
# generated annotation exactly (list[ToolCallDelta] is not list[ToolCallDeltaLike]), while a
# property accepts any subtype (ChatRole, a str enum, where a str is named).
class FunctionCallDeltaLike(Protocol):
    """A fragment of a function call (``FunctionCallDelta``)."""

    @property
    def name(self) -> Optional[str]:
        """The function's name, usually in the first fragment."""

    @property
    def arguments(self) -> Optional[str]:
        """The next piece of the JSON-encoded arguments."""


class ToolCallDeltaLike(Protocol):
    """A fragment of a tool call (``ToolCallDelta``); fragments with one ``index`` join."""

    @property
    def index(self) -> int:
        """Position of the call in the message (the generated parser fills a missing one)."""

    @property
    def id(self) -> Optional[str]:
        """The call's id, usually in the first fragment."""

    @property
    def type(self) -> Optional[str]:
        """The tool kind, usually in the first fragment."""

    @property
    def function(self) -> Optional[FunctionCallDeltaLike]:
        """The function call fragment, if any."""


class ChunkDeltaLike(Protocol):
    """What one chunk adds to one choice's message (``ChoiceDelta``)."""

    @property
    def role(self) -> Optional[str]:
        """The author's role, usually in the first chunk."""

    @property
    def content(self) -> Optional[str]:
        """The next piece of text."""

    @property
    def reasoning_content(self) -> Optional[str]:
        """The next piece of reasoning text."""

    @property
    def refusal(self) -> Optional[str]:
        """The next piece of a refusal."""

    @property
    def tool_calls(self) -> Optional[Sequence[ToolCallDeltaLike]]:
        """Tool-call fragments."""


class ChunkChoiceLike(Protocol):
    """One choice's share of a chunk (``ChunkChoice``)."""

    @property
    def index(self) -> int:
        """Position of the choice."""

    @property
    def delta(self) -> ChunkDeltaLike:
        """What the chunk adds (an empty delta when the server sent none)."""

    @property
    def finish_reason(self) -> Optional[str]:
        """Why generation stopped, on the choice's last chunk."""


class UsageLike(Protocol):
    """Token usage (``Usage`` / ``TokenUsage``), as the generated model writes it out."""

    def to_dict(self) -> Dict[str, Any]:
        """The usage as JSON."""


class ChunkLike(Protocol):
    """One streamed chat chunk (``ChatChunk`` / ``ChatCompletionChunk``)."""

    @property
    def id(self) -> str:
        """The completion id."""

    @property
    def created(self) -> Optional[int]:
        """Unix time of the completion."""

    @property
    def model(self) -> Optional[str]:
        """The model that answers."""

    @property
    def system_fingerprint(self) -> Optional[str]:
        """The backend's fingerprint."""

    @property
    def usage(self) -> Optional[UsageLike]:
        """Token usage, on the last chunk when asked for."""

    @property
    def choices(self) -> Sequence[ChunkChoiceLike]:
        """Per-choice deltas (none on a usage chunk)."""


# The reply fields every chunk repeats, read by their ChunkLike names.
_HEAD = ("id", "model", "created", "system_fingerprint")


def _json(value: Optional[str]) -> Optional[str]:
    # The generated enums (ChatRole, FinishReason) are str enums; the result is plain JSON.
    return str(value.value) if isinstance(value, Enum) else value


class _ToolCall:
    __slots__ = ("arguments", "id", "name", "type")

    def __init__(self) -> None:
        self.id: Optional[str] = None
        self.type: Optional[str] = None
        self.name: List[str] = []
        self.arguments: List[str] = []

    def add(self, fragment: ToolCallDeltaLike) -> None:
        # The id and type come once; a provider repeating them must not double them.
        if fragment.id and not self.id:
            self.id = fragment.id
        if fragment.type and not self.type:
            self.type = fragment.type
        function = fragment.function
        if function is not None:
            if function.name:
                self.name.append(function.name)
            if function.arguments:
                self.arguments.append(function.arguments)

    def to_json(self) -> Dict[str, Any]:
        return {
            "id": self.id or "",
            "type": self.type or "function",
            "function": {"name": "".join(self.name), "arguments": "".join(self.arguments)},
        }


class _Choice:
    __slots__ = ("content", "finish_reason", "reasoning", "refusal", "role", "tool_calls")

    def __init__(self) -> None:
        self.role: Optional[str] = None
        self.content: List[str] = []
        self.reasoning: List[str] = []
        self.refusal: List[str] = []
        self.tool_calls: Dict[int, _ToolCall] = {}
        self.finish_reason: Optional[str] = None

    def add(self, choice: ChunkChoiceLike) -> None:
        if choice.finish_reason is not None:
            self.finish_reason = _json(choice.finish_reason)
        delta = choice.delta
        if delta.role and self.role is None:
            self.role = _json(delta.role)
        if delta.content:
            self.content.append(delta.content)
        if delta.reasoning_content:
            self.reasoning.append(delta.reasoning_content)
        if delta.refusal:
            self.refusal.append(delta.refusal)
        for fragment in delta.tool_calls or ():
            call = self.tool_calls.get(fragment.index)
            if call is None:
                call = self.tool_calls[fragment.index] = _ToolCall()
            call.add(fragment)

    def message(self) -> Dict[str, Any]:
        message: Dict[str, Any] = {
            "role": self.role or "assistant",
            "content": "".join(self.content) if self.content else None,
        }
        if self.reasoning:
            message["reasoning_content"] = "".join(self.reasoning)
        if self.refusal:
            message["refusal"] = "".join(self.refusal)
        if self.tool_calls:
            message["tool_calls"] = [call.to_json() for _, call in sorted(self.tool_calls.items())]
        return message


class ChatAccumulator:
    """Feed it every typed chunk with :meth:`add`; :meth:`result` is the complete reply."""

    def __init__(self) -> None:
        self._head: Dict[str, Any] = {}
        self._choices: Dict[int, _Choice] = {}
        self._usage: Optional[Dict[str, Any]] = None

    def add(self, chunk: ChunkLike) -> None:
        """Fold one typed stream chunk into the reply."""
        head = self._head
        if len(head) < len(_HEAD):  # the first chunk that has a field gives it
            for key in _HEAD:
                if key not in head:
                    value = getattr(chunk, key)
                    if value is not None:
                        head[key] = value
        if chunk.usage is not None:
            self._merge_usage(chunk.usage)
        for choice in chunk.choices:
            state = self._choices.get(choice.index)
            if state is None:
                state = self._choices[choice.index] = _Choice()
            state.add(choice)

    def _merge_usage(self, usage: UsageLike) -> None:
        # Most servers send usage once, at the end; some send it on every chunk (running
        # totals) or split it (prompt counts first, completion counts last). A later count
        # wins unless it is 0, which in a split is a count the server did not repeat.
        counts = usage.to_dict()
        if self._usage is None:
            self._usage = counts
            return
        for key, value in counts.items():
            if value or key not in self._usage:
                self._usage[key] = value

    def result(self) -> Dict[str, Any]:
        """The complete reply as JSON, shaped like a non-streamed chat completion.

        Parse it with the SDK's generated ``ChatResponse``; a stream without a usage chunk
        has no ``usage`` here, which that model reads as zero counts.
        """
        reply: Dict[str, Any] = {"id": self._head.get("id", ""), "object": "chat.completion"}
        reply.update((key, value) for key, value in self._head.items() if key != "id")
        reply["choices"] = [
            {"index": index, "message": state.message(), "finish_reason": state.finish_reason}
            for index, state in sorted(self._choices.items())
        ]
        if self._usage is not None:
            reply["usage"] = self._usage
        return reply


# --- Anthropic's Messages streams -------------------------------------------------------------


class MessageModelLike(Protocol):
    """A generated model of the Messages API (a message, a block, a delta, a usage)."""

    def to_dict(self) -> Dict[str, Any]:
        """The model as JSON."""


class MessageEventLike(Protocol):
    """One typed event of a Messages stream (``message_start``, ``content_block_delta``,
    ...); the attributes each type carries are read as :class:`MessageAccumulator` needs."""

    @property
    def type(self) -> str:
        """The event's type."""


# A delta's type -> (its field holding the text, the block field the pieces join into).
_DELTA_TEXT = {
    "text_delta": ("text", "text"),
    "thinking_delta": ("thinking", "thinking"),
    "signature_delta": ("signature", "signature"),
    "input_json_delta": ("partial_json", "input"),
}


class _Block:
    __slots__ = ("fields", "pieces")

    def __init__(self, fields: Dict[str, Any]) -> None:
        self.fields = fields
        self.pieces: Dict[str, List[str]] = {}

    def to_json(self) -> Dict[str, Any]:
        block = dict(self.fields)
        for name, pieces in self.pieces.items():
            if name == "input":
                # The tool input arrives as JSON text in pieces; none at all is an empty input.
                text = "".join(pieces)
                block["input"] = json.loads(text) if text.strip() else {}
            else:
                block[name] = (block.get(name) or "") + "".join(pieces)
        return block


class MessageAccumulator:
    """Folds the typed events of an Anthropic Messages stream into the whole message.

    ``message_start`` gives the message's head and first usage; each block starts with
    ``content_block_start`` and grows by ``content_block_delta``: text, thinking and signature
    pieces concatenate, tool-input JSON pieces join and are parsed once the message is asked
    for, citations append, per block ``index``. ``message_delta`` sets the stop reason and
    stop sequence, and its usage merges into the message's (a later non-zero count wins).
    Other events (``ping``, ``content_block_stop``, ``message_stop``) change nothing.
    :meth:`result` is the message as JSON, for the SDK to parse with its generated model.
    """

    def __init__(self) -> None:
        self._head: Dict[str, Any] = {}
        self._blocks: Dict[int, _Block] = {}
        self._usage: Dict[str, Any] = {}

    def add(self, event: MessageEventLike) -> None:
        """Fold one typed event in."""
        kind = event.type
        typed: Any = event
        if kind == "content_block_delta":
            block = self._blocks.get(typed.index)
            if block is None:  # a delta before its start: the block is what the deltas say
                block = self._blocks[typed.index] = _Block({})
            delta: Any = typed.delta
            target = _DELTA_TEXT.get(delta.type)
            if target is not None:
                block.pieces.setdefault(target[1], []).append(getattr(delta, target[0]))
                if "type" not in block.fields and target[1] != "signature":
                    block.fields["type"] = "tool_use" if target[1] == "input" else target[1]
            elif delta.type == "citations_delta":
                citation = delta.to_dict().get("citation")
                citations = block.fields.get("citations")
                if not isinstance(citations, list):
                    citations = block.fields["citations"] = []
                citations.append(citation)
        elif kind == "content_block_start":
            self._blocks[typed.index] = _Block(typed.content_block.to_dict())
        elif kind == "message_start":
            head = typed.message.to_dict()
            head.pop("content", None)
            self._merge_usage(head.pop("usage", None))
            self._head = head
        elif kind == "message_delta":
            changes = typed.delta.to_dict()
            changes.pop("type", None)
            self._head.update(changes)
            if typed.usage is not None:
                self._merge_usage(typed.usage.to_dict())

    def _merge_usage(self, usage: Optional[Dict[str, Any]]) -> None:
        # message_start carries the input counts, message_delta the running output count:
        # a later count wins unless it is 0 or null, which is a count not repeated.
        for key, value in (usage or {}).items():
            if value or key not in self._usage:
                self._usage[key] = value

    def result(self) -> Dict[str, Any]:
        """The whole message as JSON, shaped like a non-streamed Messages reply.

        Raises ValueError when a tool's input pieces do not join into JSON.
        """
        message = dict(self._head)
        message["content"] = [block.to_json() for _, block in sorted(self._blocks.items())]
        message["usage"] = dict(self._usage)
        return message


def message_events(message: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """The events of a stream that adds up to ``message`` (a whole Messages reply as JSON).

    ``message_start`` (the message without content, stop reason and output tokens), then per
    block ``content_block_start`` (text, thinking and signature empty, tool input ``{}``),
    one ``content_block_delta`` per piece (the text, the tool input as JSON text, the thinking,
    its signature) and ``content_block_stop``; then ``message_delta`` (stop reason, stop
    sequence, output tokens) and ``message_stop``. Blocks of other types start whole.
    For a server that answers a streaming request with the whole message: code that reads
    events, and :class:`MessageAccumulator`, see what a real stream would have shown them.
    """
    usage = dict(message.get("usage") or {})
    output_tokens = usage.get("output_tokens", 0)
    head = {key: value for key, value in message.items() if key != "content"}
    head.update(
        content=[], stop_reason=None, stop_sequence=None, usage={**usage, "output_tokens": 0}
    )
    events: List[Dict[str, Any]] = [{"type": "message_start", "message": head}]
    for index, block in enumerate(message.get("content") or []):
        events.extend(_block_events(index, block))
    events.append(
        {
            "type": "message_delta",
            "delta": {
                "stop_reason": message.get("stop_reason"),
                "stop_sequence": message.get("stop_sequence"),
            },
            "usage": {"output_tokens": output_tokens},
        }
    )
    events.append({"type": "message_stop"})
    return events


def _block_events(index: int, block: Mapping[str, Any]) -> List[Dict[str, Any]]:
    kind = block.get("type")
    start = dict(block)
    deltas: List[Dict[str, Any]] = []
    if kind == "text":
        start["text"] = ""
        deltas.append({"type": "text_delta", "text": block.get("text", "")})
    elif kind == "tool_use":
        start["input"] = {}
        text = json.dumps(block.get("input", {}), ensure_ascii=False, separators=(",", ":"))
        deltas.append({"type": "input_json_delta", "partial_json": text})
    elif kind == "thinking":
        start.update(thinking="", signature="")
        deltas.append({"type": "thinking_delta", "thinking": block.get("thinking", "")})
        if block.get("signature"):
            deltas.append({"type": "signature_delta", "signature": block["signature"]})
    events: List[Dict[str, Any]] = [
        {"type": "content_block_start", "index": index, "content_block": start}
    ]
    events.extend({"type": "content_block_delta", "index": index, "delta": d} for d in deltas)
    events.append({"type": "content_block_stop", "index": index})
    return events
