"""Client-wide configuration and per-call options, and the checks both pass before use.

Every check raises the SDK's own invalid-argument error (through the :class:`ErrorFactory`, or
an ``invalid`` callable) before anything is sent, naming the argument and never echoing a
credential.
"""

from __future__ import annotations

import math
import re
import types
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Optional, Union

import httpx

from ._errors import DefaultErrorFactory, ErrorFactory, invalid_argument, redact
from ._retry import RetryPolicy

__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_PATH_LENGTH",
    "ClientConfig",
    "RequestOptions",
    "TimeoutTypes",
    "api_base_url",
    "check_headers",
    "check_options",
    "check_timeout",
    "check_token",
    "credential_problem",
    "to_timeout",
]

TimeoutTypes = Union[None, float, httpx.Timeout]
Invalid = Callable[[str], Exception]

#: Generous read timeout because a long completion can take a minute; a short
#: connect timeout because an unreachable host should fail (and be retried) fast.
#: This very object is also the constructors' "not given" default: a client built with
#: ``http_client=`` and without ``timeout=`` keeps the timeout of that httpx client.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)

#: Longest URL path sent; servers and proxies commonly refuse longer request lines, and a
#: path parameter this long is a bug (a whole document passed as an id), not an id.
MAX_PATH_LENGTH = 2048

# Longer than any real wait; also keeps socket timeouts clear of OverflowError.
_MAX_SECONDS = 1e9
# RFC 9110 token: header names, and values such as a region that must be one word.
_TOKEN_RE = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")
# Visible ASCII, with inner spaces and tabs: what h11 sends. Leading or trailing whitespace
# and CR/LF would fail at send time (with the value, maybe a secret, in the message).
_HEADER_VALUE_RE = re.compile(r"(?:[\x21-\x7e](?:[\t\x20-\x7e]*[\x21-\x7e])?)?\Z")
# An API key: visible ASCII only (no space, tab, CR or LF).
_KEY_RE = re.compile(r"[\x21-\x7e]+\Z")
_VERSION_RE = re.compile(r"/v[0-9]+\Z")
_USERINFO_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@]*@")


def to_timeout(value: TimeoutTypes) -> httpx.Timeout:
    """An ``httpx.Timeout`` from seconds, an ``httpx.Timeout`` or ``None`` (no timeout)."""
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value)


def _kind(value: object) -> str:
    return type(value).__name__


def _check_seconds(value: object, name: str, invalid: Invalid) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise invalid(
            f"{name} must be a number of seconds, an httpx.Timeout or None (no timeout), "
            f"not {_kind(value)}"
        )
    if value != value or not 0 < value <= _MAX_SECONDS:
        raise invalid(
            f"{name} must be a positive number of seconds (at most {_MAX_SECONDS:.0e}; "
            f"None for no timeout), not {value!r}"
        )


def check_timeout(value: object, name: str, invalid: Invalid) -> None:
    """Refuse a timeout that is not None, a positive finite number or an ``httpx.Timeout``
    whose parts are each None or such a number."""
    if value is None:
        return
    if isinstance(value, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            seconds = getattr(value, part)
            if seconds is not None:
                _check_seconds(seconds, f"{name}.{part}", invalid)
        return
    _check_seconds(value, name, invalid)


def check_max_retries(value: object, name: str, invalid: Invalid) -> None:
    """Refuse a retry count that is not an int >= 0 (bool included: ``True`` is no count)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid(f"{name} must be an integer >= 0, not {_kind(value)}")
    if value < 0:
        raise invalid(f"{name} must be an integer >= 0, not {value!r}")


def check_headers(
    value: object, name: str, invalid: Invalid, *, none_removes: bool = False
) -> None:
    """Refuse anything but a mapping of header names (tokens) to header values (visible
    ASCII, no CR/LF, no surrounding whitespace); ``none_removes`` also allows None values.
    A value is never quoted in the message: it may be a credential."""
    if not isinstance(value, Mapping):
        raise invalid(f"{name} must be a mapping of header names to str values, not {_kind(value)}")
    for key, item in value.items():
        if not isinstance(key, str):
            raise invalid(f"{name} has a header name of type {_kind(key)}: names must be str")
        if not _TOKEN_RE.match(key):
            raise invalid(
                f"{name} has an invalid header name {key[:64]!r}: letters, digits and "
                "!#$%&'*+-.^_`|~ only, no spaces, colons, CR or LF"
            )
        if item is None and none_removes:
            continue
        if not isinstance(item, str):
            raise invalid(f"{name}[{key!r}] must be a str, not {_kind(item)}")
        if not _HEADER_VALUE_RE.match(item):
            raise invalid(
                f"{name}[{key!r}] holds a character an HTTP header may not: CR, LF, another "
                "control character, a non-ASCII character, or leading/trailing whitespace"
            )


def credential_problem(value: object, name: str, *, allow_empty: bool = False) -> Optional[str]:
    """Why ``value`` cannot be a credential (an API key, an agent key), or None if it can.

    A credential is a str of printable ASCII without spaces. The message never quotes the
    value: it says what kind of character is wrong, and where. It is returned rather than
    raised, so that a caller can drop the value from its frame before raising (a traceback's
    locals are shown by debuggers and error trackers).
    """
    if not isinstance(value, str):
        return f"{name} must be a str, not {_kind(value)}"
    if not value:
        return None if allow_empty else f"{name} must not be empty"
    if _KEY_RE.match(value):
        return None
    position = next(i for i, c in enumerate(value) if not _KEY_RE.match(c))
    bad = value[position]
    what = (
        "whitespace (a space, tab, CR or LF)"
        if bad.isspace()
        else "a non-ASCII character"
        if ord(bad) > 0x7E
        else "a control character"
    )
    return (
        f"{name} holds {what} at position {position}: a key is printable "
        "ASCII without spaces (check for a stray newline or space around it)"
    )


def check_token(value: object, name: str, invalid: Invalid) -> None:
    """Refuse anything but a non-empty single word (an RFC 9110 token: no spaces, CR, LF)."""
    if not isinstance(value, str):
        raise invalid(f"{name} must be a str, not {_kind(value)}")
    if not _TOKEN_RE.match(value):
        raise invalid(
            f"{name} must be one non-empty word (letters, digits and !#$%&'*+-.^_`|~; no "
            f"spaces, CR or LF), not {value[:64]!r}"
        )


def _check_request_id(value: object, invalid: Invalid) -> None:
    if not isinstance(value, str):
        raise invalid(f"request_id must be a str, not {_kind(value)}")
    if not value or len(value) > 512 or not _HEADER_VALUE_RE.match(value):
        raise invalid(
            "request_id must be 1 to 512 visible ASCII characters (it is sent as a header: "
            "no CR, LF or other control characters, no surrounding whitespace)"
        )


def _check_query_value(value: object, name: str, invalid: Invalid) -> None:
    if isinstance(value, (bool, int)):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise invalid(f"{name} must be a finite number, not {value!r}")
        return
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise invalid(f"{name} holds a lone surrogate, which UTF-8 cannot encode") from None
        return
    raise invalid(f"{name} must be a str, int, float, bool or a list of them, not {_kind(value)}")


def _check_query(value: object, invalid: Invalid) -> None:
    if not isinstance(value, Mapping):
        raise invalid(f"extra_query must be a mapping of parameter names, not {_kind(value)}")
    for key, item in value.items():
        if not isinstance(key, str):
            raise invalid(f"extra_query has a parameter name of type {_kind(key)}: names are str")
        name = f"extra_query[{key!r}]"
        if item is None:
            continue
        if isinstance(item, (list, tuple)):
            for index, element in enumerate(item):
                _check_query_value(element, f"{name}[{index}]", invalid)
        else:
            _check_query_value(item, name, invalid)


def _check_body(value: object, invalid: Invalid) -> None:
    if not isinstance(value, Mapping):
        raise invalid(f"extra_body must be a mapping of body fields, not {_kind(value)}")
    for key in value:
        if not isinstance(key, str):
            raise invalid(f"extra_body has a field name of type {_kind(key)}: names must be str")


def check_options(options: RequestOptions, invalid: Invalid) -> None:
    """Refuse per-call options that could not be sent as given; values are JSON-checked when
    the body is encoded."""
    if options.timeout is not None:
        check_timeout(options.timeout, "timeout", invalid)
    if options.max_retries is not None:
        check_max_retries(options.max_retries, "max_retries", invalid)
    if options.extra_headers is not None:
        check_headers(options.extra_headers, "extra_headers", invalid, none_removes=True)
    if options.request_id is not None:
        _check_request_id(options.request_id, invalid)
    if options.extra_query is not None:
        _check_query(options.extra_query, invalid)
    if options.extra_body is not None:
        _check_body(options.extra_body, invalid)


def _check_base_url(
    value: object, invalid: Invalid, secrets: Iterable[str], name: str = "base_url"
) -> str:
    if not isinstance(value, str):
        raise invalid(f"{name} must be a str such as 'https://host/v1', not {_kind(value)}")
    url = value.strip().rstrip("/")
    # Shown in the message without the key, or a password written into the URL; a value with
    # no scheme at all is not shown: it may be the key itself, given in the URL's place (the
    # two clients take them in opposite orders).
    if "://" in url:
        shown = repr(_USERINFO_RE.sub(r"\1***@", redact(url, secrets))[:200])
    else:
        shown = f"a value without a scheme ({len(url)} characters; not shown, in case it is a key)"
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        parsed = None
    if (
        parsed is None
        or parsed.scheme not in ("http", "https")
        or not parsed.host
        or any(c.isspace() for c in url)
    ):
        raise invalid(
            f"{name} must be an absolute http(s) URL such as 'https://host/v1', got {shown}"
        )
    if parsed.query or parsed.fragment or "?" in url or "#" in url:
        raise invalid(f"{name} must not have a query or a fragment, got {shown}")
    return url


def api_base_url(
    value: object,
    invalid: Invalid,
    *,
    version_in_base: bool,
    version: str = "/v1",
    secrets: Iterable[str] = (),
    name: str = "base_url",
) -> str:
    """A checked base URL, without a trailing slash, with or without the API version.

    Users write base URLs both ways (``https://host`` and ``https://host/v1``). When the
    request paths start after the version (``version_in_base=True``), ``version`` is added
    unless the URL already ends with a version segment (``/v1``, ``/v2``, ...); when the
    paths carry the version themselves, a trailing ``version`` is removed. ``name`` is the
    argument's name in error messages.
    """
    url = _check_base_url(value, invalid, secrets, name)
    path = httpx.URL(url).path.rstrip("/")
    if version_in_base:
        if not _VERSION_RE.search(path):
            url += version
    elif path.endswith(version):
        url = url[: -len(version)]
    return url


def _frozen_headers(value: Optional[Mapping[str, str]]) -> Mapping[str, str]:
    # A read-only copy: the transport precomputes its headers from this once, so a
    # later change to the caller's dict must not silently diverge from them.
    return types.MappingProxyType(dict(value or {}))


@dataclass(frozen=True)
class ClientConfig:
    """Everything a transport needs to know about one SDK client, fixed at construction.

    ``base_url`` has no trailing slash; request paths are appended to it verbatim.
    ``api_key`` is sent as ``Authorization: Bearer <api_key>`` (omitted when empty)
    and is hidden from ``repr``. ``default_headers`` go on every request (the SDK
    puts ``User-Agent`` and its own headers here). ``timeout`` ``None`` means no
    timeout. ``errors`` maps failures to the SDK's exception types.

    Every setting is checked here, so a bad one fails when the client is built, with
    ``errors.invalid_argument`` (the SDK's own error), not at the first call.
    """

    base_url: str
    api_key: str = field(repr=False)
    timeout: TimeoutTypes = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = 2
    default_headers: Mapping[str, str] = field(default_factory=dict)
    request_id_header: str = "X-Request-Id"
    initial_retry_delay: float = 0.5
    max_retry_delay: float = 8.0
    max_retry_after: float = 60.0
    retry_jitter: float = 0.25
    errors: ErrorFactory = field(default_factory=DefaultErrorFactory)
    # Retries are logged at INFO on this logger; each SDK names its own ("zaguan", "meganova").
    # The default is the runtime package as the SDK carries it (``zaguan._runtime``).
    logger_name: str = __package__ or "gateway_runtime"
    # Operations served by another host (an OpenAPI operation's own `servers`): a request path
    # starting with one of these prefixes goes to that base URL instead of `base_url`, the
    # first matching prefix winning. Base URLs without a trailing slash.
    routes: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        def invalid(message: str) -> Exception:
            return invalid_argument(self.errors, message)

        problem = credential_problem(self.api_key, "api_key", allow_empty=True)
        if problem is not None:
            raise invalid(problem)
        # Normalised once here, so every reader sees a plain base URL, an httpx.Timeout and a
        # read-only copy of the headers. (A frozen dataclass is set through object.__setattr__.)
        secrets = (self.api_key,) if self.api_key else ()
        object.__setattr__(self, "base_url", _check_base_url(self.base_url, invalid, secrets))
        check_timeout(self.timeout, "timeout", invalid)
        object.__setattr__(self, "timeout", to_timeout(self.timeout))
        check_max_retries(self.max_retries, "max_retries", invalid)
        check_headers(self.default_headers, "default_headers", invalid)
        object.__setattr__(self, "default_headers", _frozen_headers(self.default_headers))
        check_token(self.request_id_header, "request_id_header", invalid)
        for name in ("initial_retry_delay", "max_retry_delay", "max_retry_after", "retry_jitter"):
            value: Any = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
                raise invalid(f"{name} must be a number >= 0, not {value!r}")
        if not self.retry_jitter <= 1:
            raise invalid(f"retry_jitter must be between 0 and 1, not {self.retry_jitter!r}")
        if not isinstance(self.logger_name, str):
            raise invalid(f"logger_name must be a str, not {_kind(self.logger_name)}")
        if not isinstance(self.routes, Mapping):
            raise invalid(f"routes must map path prefixes to base URLs, not {_kind(self.routes)}")
        routes = {}
        for prefix, url in self.routes.items():
            if not isinstance(prefix, str) or not prefix.startswith("/"):
                raise invalid(f"routes: a path prefix is a str starting with '/', not {prefix!r}")
            routes[prefix] = _check_base_url(url, invalid, secrets, f"routes[{prefix!r}]")
        object.__setattr__(self, "routes", types.MappingProxyType(routes))

    @property
    def http_timeout(self) -> httpx.Timeout:
        """``timeout`` as the ``httpx.Timeout`` it was normalised to."""
        return self.timeout  # type: ignore[return-value]

    @property
    def timeout_given(self) -> bool:
        """Whether a timeout was chosen, as opposed to left at :data:`DEFAULT_TIMEOUT` (the
        constructors' default): only a chosen one overrides a caller's ``http_client``'s."""
        return self.timeout is not DEFAULT_TIMEOUT

    def retry_policy(self) -> RetryPolicy:
        """The :class:`RetryPolicy` these settings describe."""
        return RetryPolicy(
            max_retries=self.max_retries,
            initial_delay=self.initial_retry_delay,
            max_delay=self.max_retry_delay,
            max_retry_after=self.max_retry_after,
            jitter=self.retry_jitter,
        )


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides; every ``None`` means "use the client's setting".

    ``extra_headers`` win over every other header; a header given as ``None`` is
    removed. ``request_id`` becomes the request-id header (otherwise a fresh UUID4
    is used) and stays the same on every retry of the call. ``extra_body`` is merged
    into the JSON body (top level, winning over the call's own fields) and
    ``extra_query`` into the query parameters. The transport checks them all
    (:func:`check_options`) before sending.
    """

    timeout: TimeoutTypes = None
    max_retries: Optional[int] = None
    extra_headers: Optional[Mapping[str, Optional[str]]] = None
    request_id: Optional[str] = None
    extra_body: Optional[Mapping[str, object]] = None
    extra_query: Optional[Mapping[str, object]] = None
