"""Turning failed responses into readable error facts, and facts into SDK exceptions.

The runtime never decides which exception class a user sees: each SDK passes an
:class:`ErrorFactory` that maps situations to its own hierarchy. What the runtime
does own is reading an error body of any shape into an :class:`ErrorInfo` without
ever raising.
"""

from __future__ import annotations

import functools
import html
import json
import logging
import re
import threading
import time
import weakref
from dataclasses import dataclass, field, replace
from typing import (
    Any,
    Callable,
    Dict,
    Generic,
    Iterable,
    List,
    Mapping,
    Optional,
    Protocol,
    Sequence,
    Tuple,
    Type,
    TypeVar,
    Union,
    overload,
)

import httpx

from ._retry import parse_retry_after

__all__ = [
    "CaseField",
    "DefaultErrorFactory",
    "ErrorBodyLike",
    "ErrorBodyParser",
    "ErrorFactory",
    "ErrorInfo",
    "ErrorObjectLike",
    "GatewayConnectionError",
    "GatewayDecodeError",
    "GatewayError",
    "GatewayInvalidArgumentError",
    "GatewayStatusError",
    "GatewayStreamError",
    "GatewayTimeoutError",
    "RedactingErrorFactory",
    "Secret",
    "as_number",
    "as_text",
    "attach_info",
    "describe_error",
    "error_info_from_payload",
    "error_info_from_response",
    "invalid_argument",
    "read_error_body",
    "redact",
    "redact_headers",
    "redact_info",
    "redact_live",
    "redact_value",
    "restore_error",
]

HeadersLike = Union[httpx.Headers, Mapping[str, str]]

# Keys with a meaning of their own in an error object; anything else is a detail.
_KNOWN_KEYS = frozenset({"message", "type", "code", "param", "details"})
_SNIPPET = 200
_REDACTED = "[REDACTED]"
# Headers whose whole value is a credential, whatever key it holds.
_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization"})

_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
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
    ``current_tier``). ``retry_after`` comes from the headers, else the body. ``error`` is
    the body's error object as the SDK's generated model (``ErrorDetail``,
    ``ZaguanErrorDetail``) when the body fits the spec's error schema (see
    :func:`read_error_body`), else None.
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
    error: Any = field(default=None, repr=False)


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

    def invalid_argument(self, message: str) -> Exception:
        """A bad argument, found before anything was sent (a ValueError subclass)."""
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


class GatewayInvalidArgumentError(GatewayError, ValueError, TypeError):
    """A bad argument, refused before anything was sent."""


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

    def invalid_argument(self, message: str) -> Exception:
        """See :meth:`ErrorFactory.invalid_argument`."""
        return GatewayInvalidArgumentError(message)


def invalid_argument(errors: Any, message: str) -> Exception:
    """``errors.invalid_argument(message)``, for factories written before that method existed
    too (they get a :class:`GatewayInvalidArgumentError`)."""
    build = getattr(errors, "invalid_argument", None)
    if callable(build):
        error = build(message)
        if isinstance(error, BaseException):
            return error  # type: ignore[return-value]
    return GatewayInvalidArgumentError(message)


# --- what an exception says, and how it survives pickle -------------------------------------


def describe_error(
    message: str,
    *,
    status: Optional[int] = None,
    code: Optional[str] = None,
    request_id: Optional[str] = None,
) -> str:
    """One line for a log reader: ``429 rate_limit_exceeded: Slow down (request_id=abc)``.

    Each part is left out when unknown, so a connection error reads
    ``Connection error (...) (request_id=abc)`` and a bad argument just its message.
    """
    head = " ".join(str(part) for part in (status, code) if part is not None and part != "")
    text = f"{head}: {message}" if head else message
    return f"{text} (request_id={request_id})" if request_id else text


def restore_error(cls: Type[BaseException], args: Tuple[Any, ...]) -> BaseException:
    """Recreate an exception for pickle and deepcopy without calling its ``__init__``.

    SDK exceptions take their fields as keyword arguments, which the default
    ``BaseException.__reduce__`` (``cls(*args)``) cannot replay; the fields come back
    from the pickled ``__dict__`` instead.
    """
    error = cls.__new__(cls, *args)
    error.args = args
    return error


# --- keeping credentials out of errors and logs ---------------------------------------------


class Secret:
    """A credential held so that it never shows itself: ``repr``, ``str`` and ``format`` give
    ``[REDACTED]``, and only :meth:`reveal` gives the value.

    A request description names the secrets it sends (``path_secrets``); the transport fills
    them in when it builds the HTTP request, and hides their values (raw and percent-encoded)
    in that call's errors and retry logs. While one is alive, the ``httpx`` logger's records
    are redacted too (httpx logs each request's URL at INFO).
    """

    __slots__ = ("__weakref__", "_value")

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise TypeError("a Secret holds a non-empty str")
        self._value = value
        _register(self)

    def reveal(self) -> str:
        """The value itself: pass it where it is used, never to a message or a log."""
        return self._value

    def forms(self) -> Tuple[str, ...]:
        """The value as it may appear in text: as is and percent-encoded (in a URL path)."""
        from urllib.parse import quote

        quoted = quote(self._value, safe="")
        return (self._value,) if quoted == self._value else (self._value, quoted)

    def __repr__(self) -> str:
        return f"Secret('{_REDACTED}')"

    def __str__(self) -> str:
        return _REDACTED

    def __format__(self, spec: str) -> str:
        return _REDACTED

    def __reduce__(self) -> Tuple[Any, ...]:
        # Pickled, a secret would be written out in full (to a cache, a queue, a crash dump).
        raise TypeError("a Secret is not pickled: keep the key where the process reads it")


_LIVE_SECRETS: weakref.WeakSet[Secret] = weakref.WeakSet()
_LIVE_LOCK = threading.Lock()


class _SecretLogFilter(logging.Filter):
    """Removes live :class:`Secret` values from records of the logger it is attached to."""

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = _live_forms()
        if not secrets:
            return True
        try:
            text = record.getMessage()
        except Exception:  # a record whose arguments do not fit its format: leave it alone
            return True
        if any(secret in text for secret in secrets):
            record.msg = redact(text, secrets)
            record.args = None
        return True


_LOG_FILTER = _SecretLogFilter()


def _live_forms() -> Tuple[str, ...]:
    with _LIVE_LOCK:
        return tuple(form for secret in list(_LIVE_SECRETS) for form in secret.forms())


# Shorter live secrets are left to each client's own redaction: local servers take keys such as
# "EMPTY" or "test", and every SDK error in the process would lose those letters.
_LIVE_MIN_LENGTH = 8


def redact_live(text: str) -> str:
    """``text`` without the values (8 characters or more) of the :class:`Secret` objects alive
    in this process (the API key of every open client, agent keys): the last guard of every
    SDK error's message, whichever path built it (a caller who passes the key where a model
    name goes gets it quoted back by no check). Each client still redacts its own key, of any
    length, from what passes through it."""
    if not isinstance(text, str):
        return text
    forms = _live_forms()
    secrets = tuple(form for form in forms if len(form) >= _LIVE_MIN_LENGTH)
    if not secrets or not any(secret in text for secret in secrets):
        return text
    # The marker is chosen safe for the short secrets too: one must not appear in their place.
    return _replace(text, secrets, _marker_for(forms))


def _register(secret: Secret) -> None:
    with _LIVE_LOCK:
        first = not _LIVE_SECRETS
        _LIVE_SECRETS.add(secret)
    if first:
        # httpx logs "HTTP Request: POST <url> ..." at INFO, and a secret may be in the URL.
        # Added once (Logger.addFilter ignores a filter it holds), inert when no secret lives.
        logging.getLogger("httpx").addFilter(_LOG_FILTER)


def _secret_tuple(secrets: Iterable[str]) -> Tuple[str, ...]:
    if type(secrets) is tuple and all(isinstance(s, str) and s for s in secrets):
        return secrets
    return tuple(s for s in secrets if isinstance(s, str) and s)


def _safe_marker(marker: str, secret: str) -> bool:
    """Whether replacing ``secret`` by ``marker`` can never form ``secret`` anew.

    A new occurrence would have to overlap a marker: contain it, sit inside it, or start
    (end) with a proper suffix (prefix) of it. ``"D]["`` next to ``"[REDACTED]"`` would.
    """
    if secret in marker or marker in secret:
        return False
    return not any(
        secret.startswith(marker[i:]) or secret.endswith(marker[:i]) for i in range(1, len(marker))
    )


@functools.lru_cache(maxsize=32)
def _marker_for(secrets: Tuple[str, ...], caseless: bool = False) -> str:
    """The first marker that is safe for every secret; ``caseless`` ones only, for text that
    will be lower-cased after (httpx lower-cases header names)."""
    for marker in ("***",) if caseless else (_REDACTED, "***"):
        if all(_safe_marker(marker, secret) for secret in secrets):
            return marker
    # A character that no secret contains cannot be part of any occurrence: always safe.
    code = 0x2588  # a full block, and the blocks after it: symbols, with no case
    while any(chr(code) in secret for secret in secrets):
        code += 1
    return chr(code) * 3


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret replaced by a marker.

    Secrets of any length are removed (a one-character test key removes every occurrence of
    that character); the marker is chosen so that no replacement can form a secret again.
    """
    secrets = _secret_tuple(secrets)
    if not secrets or not any(secret in text for secret in secrets):
        return text
    return _replace(text, secrets, _marker_for(secrets))


def _replace(text: str, secrets: Tuple[str, ...], marker: str) -> str:
    for secret in secrets:
        text = text.replace(secret, marker)
    return text


def redact_value(value: Any, secrets: Iterable[str]) -> Any:
    """``value`` with every secret replaced in each string it holds (dictionary keys too),
    however deeply nested. A value nested too deeply to walk becomes ``None``."""
    secrets = _secret_tuple(secrets)
    if not secrets:
        return value
    try:
        return _redact_value(value, secrets)
    except RecursionError:
        return None


def _redact_value(value: Any, secrets: Tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {
            redact(key, secrets) if isinstance(key, str) else key: _redact_value(item, secrets)
            for key, item in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [_redact_value(item, secrets) for item in value]
    return value


def redact_headers(headers: HeadersLike, secrets: Iterable[str]) -> HeadersLike:
    """``headers`` with every secret replaced in names and values, and the value of
    ``Authorization`` / ``Proxy-Authorization`` replaced whole. Unchanged headers are
    returned as they are."""
    secrets = _secret_tuple(secrets)
    pairs: Sequence[Tuple[str, str]] = (
        headers.multi_items() if isinstance(headers, httpx.Headers) else list(headers.items())
    )
    marker = _marker_for(secrets) if secrets else _REDACTED
    changed = False
    redacted: List[Tuple[str, str]] = []
    for name, value in pairs:
        new_name = name
        if isinstance(name, str):
            lowered = name.lower()
            if any(secret in name or secret in lowered for secret in secrets):
                # Redacted in the lower case httpx will show it in, with a marker that no
                # lower-casing can turn back into a secret.
                new_name = _replace(lowered, secrets, _marker_for(secrets, caseless=True))
            credential = lowered in _CREDENTIAL_HEADERS
        else:
            credential = False
        if credential:
            new_value: Any = marker
        else:
            new_value = redact(value, secrets) if isinstance(value, str) else value
        changed = changed or new_name != name or new_value != value
        redacted.append((new_name, new_value))
    if not changed:
        return headers
    try:
        return httpx.Headers(redacted, encoding="utf-8")
    except Exception:  # a value no encoding takes (a lone surrogate): keep a plain mapping
        return dict(redacted)


def redact_info(info: ErrorInfo, secrets: Iterable[str]) -> ErrorInfo:
    """``info`` with the secrets removed from every text field, the body, the details and
    the headers. (The request id is left alone: it is ours, or checked by the transport.)"""
    secrets = _secret_tuple(secrets)
    headers = redact_headers(info.headers, secrets)
    if not secrets:
        return info if headers is info.headers else replace(info, headers=headers)
    message = redact(info.message, secrets) or _REDACTED
    return replace(
        info,
        message=message,
        code=_opt_redact(info.code, secrets),
        type=_opt_redact(info.type, secrets),
        param=_opt_redact(info.param, secrets),
        body=redact_value(info.body, secrets),
        headers=headers,
        details=redact_value(info.details, secrets) or {},
        # A model is not walked for secrets: read_error_body builds it anew from the body.
        error=None,
    )


def _opt_redact(value: Optional[str], secrets: Tuple[str, ...]) -> Optional[str]:
    return redact(value, secrets) if isinstance(value, str) else value


class RedactingErrorFactory:
    """An :class:`ErrorFactory` that removes ``secrets`` from everything it is given before
    handing it to ``inner``, whichever path (reply, stream, network failure) it came by."""

    def __init__(self, inner: ErrorFactory, secrets: Iterable[str]) -> None:
        self.inner = inner
        self.secrets = _secret_tuple(secrets)

    def status_error(self, info: ErrorInfo) -> Exception:
        """See :meth:`ErrorFactory.status_error`."""
        return self.inner.status_error(redact_info(info, self.secrets))

    def connection_error(self, message: str, request_id: Optional[str]) -> Exception:
        """See :meth:`ErrorFactory.connection_error`."""
        return self.inner.connection_error(redact(message, self.secrets), request_id)

    def timeout_error(self, message: str, request_id: Optional[str]) -> Exception:
        """See :meth:`ErrorFactory.timeout_error`."""
        return self.inner.timeout_error(redact(message, self.secrets), request_id)

    def decode_error(self, message: str, info: Optional[ErrorInfo]) -> Exception:
        """See :meth:`ErrorFactory.decode_error`."""
        safe = None if info is None else redact_info(info, self.secrets)
        return self.inner.decode_error(redact(message, self.secrets), safe)

    def stream_error(self, info: ErrorInfo) -> Exception:
        """See :meth:`ErrorFactory.stream_error`."""
        return self.inner.stream_error(redact_info(info, self.secrets))

    def invalid_argument(self, message: str) -> Exception:
        """See :meth:`ErrorFactory.invalid_argument`."""
        return invalid_argument(self.inner, redact(message, self.secrets))


# --- reading error bodies ---------------------------------------------------------------------


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


def _html_snippet(text: str) -> str:
    match = _TITLE_RE.search(text)
    if match:
        title = html.unescape(match.group(1))
        if title.strip():
            return _truncate(title)
    text = _TAG_RE.sub(" ", _SCRIPT_RE.sub(" ", text))
    return _truncate(html.unescape(text))


def _retry_after(
    headers: HeadersLike, details: Mapping[str, Any], now: Optional[float]
) -> Optional[float]:
    clock: Callable[[], float] = time.time if now is None else (lambda: now)
    seconds = parse_retry_after(headers, clock) if headers else None
    if seconds is None:
        value = details.get("retry_after")
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1e9:
            seconds = float(value)
    return seconds


def _fallback(
    status: Optional[int],
    request_id: Optional[str],
    headers: HeadersLike,
    secrets: Tuple[str, ...],
) -> ErrorInfo:
    """The last resort when a body could not be read: the status alone, still redacted (a
    one-character key may be one of its digits)."""
    label = f"HTTP {status}" if status is not None else "Stream"
    try:
        message = redact(f"{label} error", secrets)
    except Exception:
        message = "Error"
    return ErrorInfo(status=status, message=message, request_id=request_id, headers=headers)


def _safe_headers(headers: Any, secrets: Tuple[str, ...]) -> HeadersLike:
    try:
        return redact_headers(headers, secrets)
    except Exception:  # not a mapping of strings at all: nothing in it is worth the risk
        return {}


def error_info_from_payload(
    status: Optional[int],
    headers: HeadersLike,
    body: Any,
    request_id: Optional[str],
    *,
    secrets: Iterable[str] = (),
    now: Optional[float] = None,
) -> ErrorInfo:
    """Build an :class:`ErrorInfo` from an already-decoded JSON value (e.g. an SSE error event).

    Never raises; every occurrence of each string in ``secrets`` is removed from every field.
    """
    secrets = _secret_tuple(secrets)
    headers = _safe_headers(headers, secrets)
    try:
        # Redacted before any message is built from it, so no truncation can cut a key in two.
        body = redact_value(body, secrets)
        message, fields = _fields_from_json(body)
        details = fields.pop("details")
        if not message:
            label = f"HTTP {status}" if status is not None else "Stream"
            message = f"{label} error: {_truncate(_as_text(body) or 'no message')}"
        info = ErrorInfo(
            status=status,
            message=message,
            request_id=request_id,
            body=body,
            headers=headers,
            retry_after=_retry_after(headers, details, now),
            details=details,
            **fields,
        )
    except Exception:  # this function must never raise
        info = _fallback(status, request_id, headers, secrets)
    try:
        return redact_info(info, secrets)
    except Exception:
        return _fallback(status, request_id, headers, secrets)


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
    in the message, the body, the details and the headers, and an ``Authorization``
    header's value is replaced whole. ``now`` (Unix time) resolves a ``Retry-After``
    HTTP-date; it defaults to the current time.
    """
    secrets = _secret_tuple(secrets)
    headers = _safe_headers(headers, secrets)
    try:
        if not content.strip():
            empty = ErrorInfo(
                status=status,
                message=f"HTTP {status} with empty body",
                request_id=request_id,
                headers=headers,
                retry_after=_retry_after(headers, {}, now),
            )
            return redact_info(empty, secrets)
        try:
            body = json.loads(content)
        except (ValueError, RecursionError):
            pass
        else:
            return error_info_from_payload(
                status, headers, body, request_id, secrets=secrets, now=now
            )
        text = redact(content.decode("utf-8", "replace"), secrets)
        head = text.lstrip()[:512].lower()
        if head.startswith(("<!doctype", "<html", "<head", "<body")) or "<html" in head:
            snippet = _html_snippet(text)
        else:
            snippet = _truncate(text)
        info = ErrorInfo(
            status=status,
            message=f"HTTP {status} from server (non-JSON body: {snippet})",
            request_id=request_id,
            body=text,
            headers=headers,
            retry_after=_retry_after(headers, {}, now),
        )
        # Unescaping HTML entities may have spelt a key out again: check the result too.
        return redact_info(info, secrets)
    except Exception:  # this function must never raise
        return _fallback(status, request_id, headers, secrets)


# --- reading error bodies through the SDK's generated model -----------------------------------


class ErrorObjectLike(Protocol):
    """The error object of a body (the generated ``ErrorDetail`` / ``ZaguanErrorDetail``):
    typed fields, and a mapping by JSON name that holds the case fields and unknown ones."""

    @property
    def message(self) -> str:
        """Human-readable explanation."""

    @property
    def type(self) -> Optional[str]:
        """Error category."""

    @property
    def code(self) -> Union[int, str, None]:
        """Machine-readable code."""

    @property
    def param(self) -> Optional[str]:
        """The request parameter at fault."""

    def __getitem__(self, key: str) -> Any:
        """A field by JSON name."""


class ErrorBodyLike(Protocol):
    """An error body (the generated ``ErrorResponse`` / ``ZaguanErrorResponse``)."""

    @property
    def error(self) -> ErrorObjectLike:
        """What went wrong."""


#: Parses ``{"error": {...}}`` with an SDK's generated error-body model, raising when the body
#: does not fit it (``ErrorResponse.from_dict``, imported when the first error arrives).
ErrorBodyParser = Callable[[Mapping[str, Any]], ErrorBodyLike]


def read_error_body(info: ErrorInfo, parse: Optional[ErrorBodyParser]) -> ErrorInfo:
    """``info`` with its message, code, type and param read through ``parse`` (the
    generated error-body model) and the typed error object in ``info.error``, when the body
    fits the spec's ``{"error": {...}}`` schema; ``info`` unchanged when it does not (``{"error":
    "text"}``, ``{"detail": ...}``, HTML, empty, a field of the wrong type), since the lenient
    reading that built it is all there is for those. Never raises.

    Case fields nested under ``error.details`` (some deployments put them there) are read as
    if they sat in ``error`` itself, whose own fields win, so the model types them either way.
    """
    if parse is None or info.error is not None:
        return info
    body = info.body
    if type(body) is not dict:
        return info
    raw = body.get("error")
    if type(raw) is not dict:
        return info
    try:
        nested = raw.get("details")
        source = raw
        if type(nested) is dict:
            source = {key: value for key, value in nested.items() if key not in _KNOWN_KEYS}
            source.update(raw)
        error = parse({"error": source}).error
        code = error.code
        # `details` stays as the lenient reading left it: the same values for a body that
        # fits (the model keeps numbers and strings as sent), and it also keeps an explicit
        # null, which the model reads as absent. The case fields read the typed object.
        return replace(
            info,
            # A blank message keeps the one the lenient reading found or composed.
            message=error.message.strip() or info.message,
            code=None if code is None else str(code),
            type=error.type,
            param=error.param,
            error=error,
        )
    except Exception:  # not the documented shape, or a model that misbehaves: keep info
        return info


# --- the case fields of SDK errors, defined once for both SDKs ---------------------------------

T = TypeVar("T")

# Where attach_info puts the typed error object on an exception (a plain attribute, so it
# survives pickle and deepcopy with the exception's other fields).
_ERROR_OBJECT = "_error_object"


def as_number(value: Any) -> Optional[float]:
    """``value`` as a float when it is a JSON number (not a boolean), else None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def as_text(value: Any) -> Optional[str]:
    """``value`` when it is a string, else None."""
    return value if isinstance(value, str) else None


class CaseField(Generic[T]):
    """A case field of an SDK error (``retry_after``, ``credits_required``, ``band``, ...),
    declared once per class as ``band = CaseField(as_text, "The band refused.")``.

    It reads, in order: a value set on the error (:func:`attach_info` sets the fields
    :class:`ErrorInfo` owns, such as ``retry_after``, whose headers-first rule lives in the
    runtime); the field of the typed error object, when the body fit the spec's schema; the
    same name in ``details`` (an error built by hand, a body that did not fit). ``convert``
    keeps only values of the field's type (``as_number``, ``as_text``); anything else is None.
    """

    def __init__(self, convert: Callable[[Any], Optional[T]], doc: str = "") -> None:
        self.convert = convert
        self.name = ""
        self.__doc__ = doc

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: Optional[type] = None) -> CaseField[T]: ...

    @overload
    def __get__(self, obj: object, owner: Optional[type] = None) -> Optional[T]: ...

    def __get__(
        self, obj: Optional[object], owner: Optional[type] = None
    ) -> Union[CaseField[T], Optional[T]]:
        if obj is None:
            return self
        state: Dict[str, Any] = getattr(obj, "__dict__", {})
        if self.name in state:
            return self.convert(state[self.name])
        error = state.get(_ERROR_OBJECT)
        if error is not None:
            try:
                value = error[self.name]
            except Exception:  # not in the typed object: a field this schema lacks
                pass
            else:
                return self.convert(value)
        details = state.get("details")
        if isinstance(details, Mapping):
            return self.convert(details.get(self.name))
        return None

    def __set__(self, obj: object, value: Optional[T]) -> None:
        obj.__dict__[self.name] = value


def attach_info(error: BaseException, info: ErrorInfo) -> None:
    """Give an SDK exception built from ``info`` what its :class:`CaseField` s read: the typed
    error object, and the value of each case field that ``info`` itself owns (``retry_after``).

    Both SDKs' ``from_info`` call it, so their case fields are built the same way.
    """
    error.__dict__[_ERROR_OBJECT] = info.error
    for cls in type(error).__mro__:
        for name, member in vars(cls).items():
            if isinstance(member, CaseField) and name in _INFO_FIELDS:
                error.__dict__[name] = getattr(info, name)


_INFO_FIELDS = frozenset(ErrorInfo.__dataclass_fields__)
