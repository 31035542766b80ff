"""Folding streamed chat chunks back into one complete chat reply, with no I/O.

Works on the typed chunks of either SDK: both generated chunk models (Zaguan's ``ChatChunk``,
Meganova's ``ChatCompletionChunk``) have the OpenAI shape that the protocols below name, so
the runtime reads their typed attributes without importing either package, and mypy checks
that the generated models still fit. Content, reasoning and refusal text concatenate per
choice, tool-call fragments merge by their ``index``, the last finish reason of each choice
wins, and usage chunks merge. :meth:`ChatAccumulator.result` is the reply as JSON, for the
SDK to parse with its generated ``ChatResponse`` (the one parser of that schema).
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Dict, List, Optional, Protocol, Sequence

__all__ = [
    "ChatAccumulator",
    "ChunkChoiceLike",
    "ChunkDeltaLike",
    "ChunkLike",
    "FunctionCallDeltaLike",
    "ToolCallDeltaLike",
    "UsageLike",
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
