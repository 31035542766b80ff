"""Turning failed responses into readable error facts, and facts into SDK exceptions.

The runtime never decides which exception class a user sees: each SDK passes an
:class:`ErrorFactory` that maps situations to its own hierarchy. What the runtime
does own is reading an error body of any shape into an :class:`ErrorInfo` without
ever raising.
"""

from __future__ import annotations

import html
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Protocol, Tuple, Union

import httpx

from ._retry import parse_retry_after

__all__ = [
    "DefaultErrorFactory",
    "ErrorFactory",
    "ErrorInfo",
    "GatewayConnectionError",
    "GatewayDecodeError",
    "GatewayError",
    "GatewayStatusError",
    "GatewayStreamError",
    "GatewayTimeoutError",
    "error_info_from_payload",
    "error_info_from_response",
    "redact",
    "redact_value",
]

HeadersLike = Union[httpx.Headers, Mapping[str, str]]

# Keys with a meaning of their own in an error object; anything else is a detail.
_KNOWN_KEYS = frozenset({"message", "type", "code", "param", "details"})
_SNIPPET = 200
_REDACTED = "[REDACTED]"
# Shorter "keys" are test placeholders; scrubbing e.g. "k" would mangle every message.
_MIN_SECRET_LEN = 8

_TITLE_RE = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_SCRIPT_RE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class ErrorInfo:
    """Everything known about one failure, in a form any SDK can turn into an exception.

    ``message`` is always a readable, non-empty string with secrets removed.
    ``body`` is the parsed JSON body, else its text, else ``None``. ``details``
    holds the extra fields found in ``error`` or ``error.details`` (for example
    ``credits_required``, ``credits_remaining``, ``band``, ``required_tier``,
    ``current_tier``). ``retry_after`` comes from the headers, else the body.
    """

    status: Optional[int]
    message: str
    code: Optional[str] = None
    type: Optional[str] = None
    param: Optional[str] = None
    request_id: Optional[str] = None
    body: Any = None
    headers: HeadersLike = field(default_factory=dict, repr=False)
    retry_after: Optional[float] = None
    details: Dict[str, Any] = field(default_factory=dict)


class ErrorFactory(Protocol):
    """What each SDK implements to raise its own exception types.

    Every method returns (does not raise) the exception; the runtime raises it.
    """

    def status_error(self, info: ErrorInfo) -> Exception:
        """A non-2xx response, after retries (if any) gave up."""
        ...

    def connection_error(self, message: str, request_id: Optional[str]) -> Exception:
        """The request could not be sent or the response not received (incl. a cut stream)."""
        ...

    def timeout_error(self, message: str, request_id: Optional[str]) -> Exception:
        """A connect, read, write or pool timeout."""
        ...

    def decode_error(self, message: str, info: Optional[ErrorInfo]) -> Exception:
        """A success body that is not valid JSON or not the expected shape."""
        ...

    def stream_error(self, info: ErrorInfo) -> Exception:
        """An ``event: error`` or ``{"error": ...}`` payload inside an SSE stream."""
        ...


class GatewayError(Exception):
    """Base of the default factory's exceptions (meant for tests and prototypes)."""

    def __init__(
        self, message: str, *, request_id: Optional[str] = None, info: Optional[ErrorInfo] = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request_id = request_id
        self.info = info


class GatewayStatusError(GatewayError):
    """Non-2xx response."""

    @property
    def status(self) -> Optional[int]:
        """The HTTP status code."""
        return self.info.status if self.info else None


class GatewayConnectionError(GatewayError):
    """Network failure or a stream cut short."""


class GatewayTimeoutError(GatewayConnectionError):
    """Timeout while connecting, sending or receiving."""


class GatewayDecodeError(GatewayError):
    """Success response whose body could not be parsed."""


class GatewayStreamError(GatewayError):
    """Error reported by the server inside a stream."""


class DefaultErrorFactory:
    """A minimal :class:`ErrorFactory` raising the ``Gateway*Error`` classes."""

    def status_error(self, info: ErrorInfo) -> Exception:
        """See :meth:`ErrorFactory.status_error`."""
        return GatewayStatusError(info.message, request_id=info.request_id, info=info)

    def connection_error(self, message: str, request_id: Optional[str]) -> Exception:
        """See :meth:`ErrorFactory.connection_error`."""
        return GatewayConnectionError(message, request_id=request_id)

    def timeout_error(self, message: str, request_id: Optional[str]) -> Exception:
        """See :meth:`ErrorFactory.timeout_error`."""
        return GatewayTimeoutError(message, request_id=request_id)

    def decode_error(self, message: str, info: Optional[ErrorInfo]) -> Exception:
        """See :meth:`ErrorFactory.decode_error`."""
        return GatewayDecodeError(message, request_id=info.request_id if info else None, info=info)

    def stream_error(self, info: ErrorInfo) -> Exception:
        """See :meth:`ErrorFactory.stream_error`."""
        return GatewayStreamError(info.message, request_id=info.request_id, info=info)


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each secret (of 8+ characters) in ``text``."""
    for secret in secrets:
        if secret and len(secret) >= _MIN_SECRET_LEN and secret in text:
            text = text.replace(secret, _REDACTED)
    return text


def redact_value(value: Any, secrets: Iterable[str]) -> Any:
    """``value`` with every secret replaced in each string it holds, however deeply nested."""
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {key: redact_value(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [redact_value(item, secrets) for item in value]
    return value


def _as_text(value: Any) -> Optional[str]:
    """A message-ish value as a string; structured values become compact JSON."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    except (TypeError, ValueError, RecursionError):
        return str(value)


def _opt_str(value: Any) -> Optional[str]:
    # Gateways send codes both as strings ("insufficient_credits") and as numbers (402).
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)


def _truncate(text: str) -> str:
    text = _SPACE_RE.sub(" ", text).strip()
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 3] + "..."


def _pydantic_detail(items: List[Any]) -> str:
    """FastAPI-style ``[{"loc": [...], "msg": ..., "type": ...}]`` as one line."""
    parts = []
    for item in items:
        if isinstance(item, dict):
            loc = item.get("loc")
            msg = _as_text(item.get("msg") or item.get("message")) or _as_text(item) or ""
            if isinstance(loc, (list, tuple)) and loc:
                parts.append(f"{'.'.join(str(p) for p in loc)}: {msg}")
            else:
                parts.append(msg)
        else:
            parts.append(_as_text(item) or "")
    return "; ".join(p for p in parts if p)


def _fields_from_json(body: Any) -> Tuple[Optional[str], Dict[str, Any]]:
    """Message plus code/type/param/details from any JSON error shape we know."""
    fields: Dict[str, Any] = {}
    details: Dict[str, Any] = {}
    fields["details"] = details
    if not isinstance(body, dict):
        return _as_text(body), fields
    err = body.get("error")
    if isinstance(err, dict):
        for key in ("code", "type", "param"):
            fields[key] = _opt_str(err.get(key))
        nested = err.get("details")
        if isinstance(nested, dict):
            details.update(nested)
        elif nested is not None:
            details["details"] = nested
        details.update((k, v) for k, v in err.items() if k not in _KNOWN_KEYS)
        message = _as_text(err.get("message"))
        if message is None and isinstance(nested, dict):
            message = _as_text(nested.get("message"))
        return message, fields
    # Flat shapes: {"error": "text"}, {"detail": ...}, {"message": ...}, maybe with code/type.
    for key in ("code", "type", "param"):
        fields[key] = _opt_str(body.get(key))
    if isinstance(err, str) and err.strip():
        return err.strip(), fields
    detail = body.get("detail")
    if isinstance(detail, list):
        return _pydantic_detail(detail) or None, fields
    if isinstance(detail, dict):
        return _as_text(detail.get("message") or detail.get("msg")) or _as_text(detail), fields
    if detail is not None:
        return _as_text(detail), fields
    return _as_text(body.get("message")), fields


def _html_snippet(content: bytes) -> str:
    match = _TITLE_RE.search(content)
    if match:
        title = html.unescape(match.group(1).decode("utf-8", "replace"))
        if title.strip():
            return _truncate(title)
    text = content.decode("utf-8", "replace")
    text = _TAG_RE.sub(" ", _SCRIPT_RE.sub(" ", text))
    return _truncate(html.unescape(text))


def _retry_after(
    headers: HeadersLike, details: Mapping[str, Any], now: Optional[float]
) -> Optional[float]:
    clock: Callable[[], float] = time.time if now is None else (lambda: now)
    seconds = parse_retry_after(headers, clock) if headers else None
    if seconds is None:
        value = details.get("retry_after")
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
            seconds = float(value)
    return seconds


def error_info_from_payload(
    status: Optional[int],
    headers: HeadersLike,
    body: Any,
    request_id: Optional[str],
    *,
    secrets: Iterable[str] = (),
    now: Optional[float] = None,
) -> ErrorInfo:
    """Build an :class:`ErrorInfo` from an already-decoded JSON value (e.g. an SSE error event)."""
    try:
        message, fields = _fields_from_json(body)
        details = fields.pop("details")
        if not message:
            label = f"HTTP {status}" if status is not None else "Stream"
            message = f"{label} error: {_truncate(_as_text(body) or 'no message')}"
        return ErrorInfo(
            status=status,
            message=redact(message, secrets),
            request_id=request_id,
            body=redact_value(body, secrets),
            headers=headers,
            retry_after=_retry_after(headers, details, now),
            details=details,
            **fields,
        )
    except Exception:  # this function must never raise
        return ErrorInfo(
            status=status, message=f"HTTP {status} error", request_id=request_id, headers=headers
        )


def error_info_from_response(
    status: int,
    headers: HeadersLike,
    content: bytes,
    request_id: Optional[str],
    *,
    secrets: Iterable[str] = (),
    now: Optional[float] = None,
) -> ErrorInfo:
    """Read a failed response's body, whatever its shape, into an :class:`ErrorInfo`.

    Never raises. Handles ``{"error": {...}}`` (fields also under
    ``error.details``), ``{"error": "text"}``, ``{"detail": "text" | [...]}``,
    ``{"message": ...}``, HTML or text from a proxy, malformed JSON and an empty
    body. Every occurrence of each string in ``secrets`` (the API key) is replaced
    in the message and the body. ``now`` (Unix time) resolves a ``Retry-After``
    HTTP-date; it defaults to the current time.
    """
    try:
        secrets = tuple(s for s in secrets if s and len(s) >= _MIN_SECRET_LEN)
        for secret in secrets:
            content = content.replace(secret.encode("utf-8", "replace"), _REDACTED.encode())
        if not content.strip():
            return ErrorInfo(
                status=status,
                message=f"HTTP {status} with empty body",
                request_id=request_id,
                headers=headers,
                retry_after=_retry_after(headers, {}, now),
            )
        try:
            body = json.loads(content)
        except (ValueError, RecursionError):
            body = None
        else:
            return error_info_from_payload(
                status, headers, body, request_id, secrets=secrets, now=now
            )
        stripped = content.lstrip()[:512].lower()
        if (
            stripped.startswith((b"<!doctype", b"<html", b"<head", b"<body"))
            or b"<html" in stripped
        ):
            snippet = _html_snippet(content)
        else:
            snippet = _truncate(content.decode("utf-8", "replace"))
        return ErrorInfo(
            status=status,
            message=f"HTTP {status} from server (non-JSON body: {snippet})",
            request_id=request_id,
            body=content.decode("utf-8", "replace"),
            headers=headers,
            retry_after=_retry_after(headers, {}, now),
        )
    except Exception:  # this function must never raise
        return ErrorInfo(
            status=status, message=f"HTTP {status} error", request_id=request_id, headers=headers
        )
