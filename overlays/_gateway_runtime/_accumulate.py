"""Folding streamed chat chunks back into one complete chat reply, with no I/O.

Works on the typed chunks of either SDK (their generated models share the OpenAI shape):
content and reasoning concatenate per choice, tool-call fragments merge by their ``index``,
the last finish reason of each choice wins, and the usage chunk is kept.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

__all__ = ["ChatAccumulator"]


def _text(value: Any) -> Optional[str]:
    return value if isinstance(value, str) else None


class _Choice:
    __slots__ = ("content", "finish_reason", "reasoning", "refusal", "role", "tool_calls")

    def __init__(self) -> None:
        self.role: Optional[str] = None
        self.content: List[str] = []
        self.reasoning: List[str] = []
        self.refusal: List[str] = []
        self.tool_calls: Dict[int, Dict[str, Any]] = {}
        self.finish_reason: Optional[str] = None

    def add_tool_call(self, fragment: Any) -> None:
        call = self.tool_calls.setdefault(
            fragment.index, {"id": None, "type": None, "name": [], "arguments": []}
        )
        for key in ("id", "type"):
            value = _text(getattr(fragment, key, None))
            if value and not call[key]:
                call[key] = value
        function = getattr(fragment, "function", None)
        if function is not None:
            for key in ("name", "arguments"):
                value = _text(getattr(function, key, None))
                if value:
                    call[key].append(value)

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
            message["tool_calls"] = [
                {
                    "id": call["id"] or "",
                    "type": call["type"] or "function",
                    "function": {
                        "name": "".join(call["name"]),
                        "arguments": "".join(call["arguments"]),
                    },
                }
                for _, call in sorted(self.tool_calls.items())
            ]
        return message


class ChatAccumulator:
    """Feed it every chunk with :meth:`add`; :meth:`result` is the complete reply as JSON."""

    def __init__(self) -> None:
        self._head: Dict[str, Any] = {}
        self._choices: Dict[int, _Choice] = {}
        self._usage: Any = None

    def add(self, chunk: Any) -> None:
        """Fold one typed stream chunk into the reply."""
        for key in ("id", "model", "created", "system_fingerprint"):
            value = getattr(chunk, key, None)
            if isinstance(value, (str, int)) and key not in self._head:
                self._head[key] = value
        usage = getattr(chunk, "usage", None)
        if hasattr(usage, "to_dict"):
            self._usage = usage
        for choice in chunk.choices:
            state = self._choices.get(choice.index)
            if state is None:
                state = self._choices[choice.index] = _Choice()
            reason = getattr(choice.finish_reason, "value", choice.finish_reason)
            if isinstance(reason, str):
                state.finish_reason = reason
            delta = choice.delta
            if not hasattr(delta, "content"):
                continue
            role = getattr(delta.role, "value", delta.role)  # an enum member or a plain str
            if isinstance(role, str) and role and state.role is None:
                state.role = role
            for name, parts in (
                ("content", state.content),
                ("reasoning_content", state.reasoning),
                ("refusal", state.refusal),
            ):
                text = _text(getattr(delta, name, None))
                if text:
                    parts.append(text)
            tool_calls = getattr(delta, "tool_calls", None)
            if isinstance(tool_calls, list):
                for fragment in tool_calls:
                    state.add_tool_call(fragment)

    def result(self) -> Dict[str, Any]:
        """The complete reply, shaped like a non-streamed chat completion."""
        reply: Dict[str, Any] = {"id": self._head.get("id", ""), "object": "chat.completion"}
        reply.update((key, value) for key, value in self._head.items() if key != "id")
        reply["choices"] = [
            {"index": index, "message": state.message(), "finish_reason": state.finish_reason}
            for index, state in sorted(self._choices.items())
        ]
        if self._usage is not None:
            reply["usage"] = self._usage.to_dict()
        return reply
