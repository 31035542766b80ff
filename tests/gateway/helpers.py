"""Helpers of the gateway tests: a strict SSE reader and request bodies (JSON and forms)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

import httpx

USER_TEXT = "the quick brown fox jumps"

# httpx's form of a file: (filename, content, content type).
FilePart = Tuple[str, bytes, str]


@dataclass(frozen=True)
class Form:
    """A multipart/form-data body: text fields and files (``httpx``'s ``data`` and ``files``)."""

    fields: Dict[str, str] = field(default_factory=dict)
    files: Dict[str, FilePart] = field(default_factory=dict)

    def with_fields(self, **fields: str) -> Form:
        """The same form with these text fields added."""
        return Form({**self.fields, **fields}, self.files)


def chat_body(text: str = USER_TEXT, model: str = "echo", **extra: Any) -> Dict[str, Any]:
    """A minimal chat request whose last user message is ``text``."""
    return {"model": model, "messages": [{"role": "user", "content": text}], **extra}


def sse_data(raw: bytes) -> List[str]:
    """The ``data`` of every event, read as the SSE standard says.

    Lines end with LF, CRLF or CR; ``:`` lines are comments; several ``data:`` lines of one
    event are joined with a newline. Written here (rather than borrowed from the SDK runtime)
    so the server is checked against the standard, not against our own reader.
    """
    text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    events: List[str] = []
    lines: List[str] = []
    for line in text.split("\n"):
        if line == "":
            if lines:
                events.append("\n".join(lines))
                lines = []
        elif line.startswith(":"):
            continue
        elif line.startswith("data:"):
            value = line[5:]
            lines.append(value[1:] if value.startswith(" ") else value)
    if lines:
        events.append("\n".join(lines))
    return events


def stream_chunks(raw: bytes) -> List[Dict[str, Any]]:
    """The JSON chunks of a complete stream, checking it ends with ``[DONE]``."""
    events = sse_data(raw)
    assert events[-1] == "[DONE]", events[-1:]
    return [json.loads(event) for event in events[:-1]]


def post_stream(
    client: httpx.Client, body: Dict[str, Any], fault: Optional[str] = None, path: str = ""
) -> httpx.Response:
    """POST a streamed chat request and read the whole reply."""
    headers = {"X-Gateway-Fault": fault} if fault else {}
    url = path or "/v1/chat/completions"
    return client.post(url, json={**body, "stream": True}, headers=headers)
