"""HTTP transports: one no-I/O core, and thin sync and async shells around httpx.

:class:`BaseTransport` builds requests, decides retries (through
:class:`~._retry.RetryState`) and maps failures to the SDK's exceptions.
:class:`SyncTransport` and :class:`AsyncTransport` only send, sleep and read.
Transports hold no per-call state, so one instance can serve many threads (sync)
or tasks (async) at once.
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import math
import os
import random as _random
import time
import uuid
from collections import abc
from types import TracebackType
from typing import (
    Any,
    Awaitable,
    Callable,
    Dict,
    Generic,
    List,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
)

import httpx

from ._binary import AsyncBinaryResponse, BinaryResponse
from ._errors import (
    ErrorFactory,
    ErrorInfo,
    RedactingErrorFactory,
    Secret,
    error_info_from_response,
    invalid_argument,
    redact,
)
from ._lifecycle import reduce_transport, reopen_if_forked
from ._logging import body_text, log_bodies, request_body, setup_from_env, url_text
from ._options import MAX_PATH_LENGTH, ClientConfig, RequestOptions, check_options, to_timeout
from ._response import APIResponse
from ._retry import RetryState, mark_not_resendable
from ._streaming import PARSE_ERRORS, AsyncStream, Stream, transport_error
from ._telemetry import CallTelemetry, Telemetry, observe_chunks
from ._uploads import MultipartBody, UploadError, prepare_multipart, to_thread

__all__ = ["AsyncTransport", "BaseTransport", "RequestDescription", "SharedPool", "SyncTransport"]

T = TypeVar("T")
ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)
TransportT = TypeVar("TransportT", bound="BaseTransport[Any]")

#: What a generated endpoint module's ``build_request(...)`` returns: ``method``, ``url`` (a
#: path relative to the base URL, or an absolute URL), and optionally ``params`` (``None``
#: values are dropped), ``headers`` (an ``X-Request-Id`` among them becomes the call's
#: request id unless ``request_id`` is given), and one body: ``json``, ``content``, ``data``
#: (form fields), ``files`` (httpx's multipart), or ``multipart``: ``{"data": {name: value},
#: "files": {name: file}}``, the runtime's own multipart body (see ``_uploads``: files streamed
#: from disk, sent whole again on a retry, read in a worker thread by async calls).
#:
#: Two more keys say how the call is sent. ``path_secrets``: ``{name: Secret}``, each filled
#: into the url's ``{name}`` (percent-encoded) only when the HTTP request is built, so the
#: description itself (in a traceback's locals, say) never holds the value; the call's errors
#: and retry logs hide each value, raw and encoded. ``idempotent``: ``False`` for a call that
#: creates something or acts on an API without an idempotency key, retried only when the
#: request certainly never reached the server (see :class:`~._retry.RetryState`).
RequestDescription = Mapping[str, Any]

#: Where a built request keeps what its call needs later (:class:`_CallFacts`); httpx and its
#: transports ignore extensions they do not know.
_FACTS = "gateway_runtime.call"


class _CallFacts:
    """What one request's later steps need to know of its description: the secrets to hide
    (besides the client's) and whether it may be sent again."""

    __slots__ = ("idempotent", "secrets")
    secrets: Tuple[str, ...]
    idempotent: bool

    def __init__(self, secrets: Tuple[str, ...], idempotent: bool) -> None:
        self.secrets = secrets
        self.idempotent = idempotent

    def __repr__(self) -> str:
        return f"_CallFacts(secrets=<{len(self.secrets)} hidden>, idempotent={self.idempotent})"


_DEFAULT_FACTS = _CallFacts((), True)


class _SecretRequest(httpx.Request):
    """An ``httpx.Request`` whose URL holds a secret: its repr hides the URL, so that a
    traceback's locals (or a debugger, or a log of ``repr(request)``) never show it."""

    def __repr__(self) -> str:
        return f"<Request({self.method!r}, '[URL hidden: it holds a secret]')>"


def _facts(request: Optional[httpx.Request]) -> _CallFacts:
    if request is None:
        return _DEFAULT_FACTS
    facts = request.extensions.get(_FACTS)
    return facts if isinstance(facts, _CallFacts) else _DEFAULT_FACTS


def _fill_path(url: str, path_secrets: Mapping[str, Secret]) -> str:
    """``url`` with each ``{name}`` replaced by its secret, percent-encoded; called only as an
    argument of the request's construction, so no local of a frame of ours holds the result."""
    from urllib.parse import quote

    for name, secret in path_secrets.items():
        url = url.replace("{" + name + "}", quote(secret.reveal(), safe=""))
    return url


def _json_default(value: Any) -> Any:
    """What the encoder cannot encode itself: generated models, enums and other mappings."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, abc.Mapping):
        return dict(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# The body is encoded once, here, in C: the same settings as httpx's own ``json=`` (compact,
# UTF-8, NaN refused), plus a hook for generated models and enums nested in user input. Only
# when this fails is the body walked, to name what is wrong (see _json_problem).
_JSON_ENCODER = json.JSONEncoder(
    ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_json_default
)
_JSON_TYPE = "application/json"
# A server's X-Request-Id longer than this is not an id worth reporting.
_MAX_ANSWERED_ID = 512


def _join(path: str, key: Any) -> str:
    if isinstance(key, str) and key.isidentifier():
        return f"{path}.{key}" if path else key
    return f"{path}[{key!r}]"


def _text_problem(text: str) -> Optional[str]:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(text[exc.start])
        return (
            f"holds a lone surrogate (U+{code:04X}) at position {exc.start}, which UTF-8 "
            "cannot encode (was it decoded with errors='surrogateescape'?)"
        )
    return None


def _number_problem(value: Any) -> Optional[str]:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return f"is {value!r}, which JSON cannot encode (use a finite number or None)"
    if isinstance(value, int):
        try:
            int.__repr__(value)
        except ValueError:
            return "is an integer too large to write out"
    return None


_UNENCODABLE_HINTS: Tuple[Tuple[Tuple[type, ...], str], ...] = (
    ((bytes, bytearray, memoryview), "decode it to str, or base64-encode it"),
    ((set, frozenset), "use a list"),
)


def _object_problem(value: Any) -> str:
    kind = type(value).__name__
    for types_, hint in _UNENCODABLE_HINTS:
        if isinstance(value, types_):
            return f"is a {kind}, which JSON cannot encode ({hint})"
    if hasattr(value, "isoformat"):
        return f"is a {kind}, which JSON cannot encode (pass value.isoformat())"
    return f"is a {kind}, which JSON cannot encode"


def _find_unencodable(value: Any, path: str, active: set[int]) -> Optional[Tuple[str, str]]:
    """The first place in ``value`` that JSON (or UTF-8) cannot encode, and why."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        problem = _text_problem(value)
        return None if problem is None else (path, problem)
    if isinstance(value, (int, float)):
        problem = _number_problem(value)
        return None if problem is None else (path, problem)
    if isinstance(value, (dict, list, tuple)):
        if id(value) in active:
            return path, "contains itself (a circular reference), which JSON cannot encode"
        active.add(id(value))
        try:
            if isinstance(value, dict):
                for key, item in value.items():
                    if isinstance(key, str):
                        problem = _text_problem(key)
                    elif key is None or isinstance(key, (int, float)):
                        problem = _number_problem(key)
                    else:
                        problem = f"is a key of type {type(key).__name__}: JSON keys are str"
                    if problem is not None:
                        return _join(path, key), problem
                    found = _find_unencodable(item, _join(path, key), active)
                    if found is not None:
                        return found
            else:
                for index, item in enumerate(value):
                    found = _find_unencodable(item, f"{path}[{index}]", active)
                    if found is not None:
                        return found
        finally:
            active.discard(id(value))
        return None
    try:
        converted = _json_default(value)
    except TypeError:
        return path, _object_problem(value)
    except Exception as exc:
        return path, f"is a {type(value).__name__} that cannot be turned into JSON ({exc})"
    return _find_unencodable(converted, path, active)


def _json_problem(body: Any, exc: BaseException) -> str:
    """Say where and why ``body`` cannot be sent as JSON (only called once encoding failed)."""
    try:
        found = _find_unencodable(body, "", set())
    except RecursionError:
        found = ("", "is nested too deeply (or contains itself) to encode as JSON")
    if found is None:
        return f"The request body cannot be encoded as JSON ({type(exc).__name__}: {exc})"
    path, problem = found
    return f"{path or 'The request body'} {problem}"


def _default_async_sleep() -> Callable[[float], Awaitable[None]]:
    # anyio's sleep also works under trio; httpx already depends on anyio, but we do
    # not require it, so asyncio.sleep is the fallback.
    try:
        import anyio
    except ImportError:  # pragma: no cover - anyio ships with httpx
        import asyncio

        return asyncio.sleep
    return anyio.sleep


class SharedPool(Generic[TransportT]):
    """Given as a transport's ``http_client`` (by a client's ``with_options()``): send through
    ``owner``'s httpx client, an SDK-made one, without owning it.

    Unlike a caller's ``http_client``, the shared pool holds the owner's default headers and
    timeout (which the copy's requests override), a copy pickles as its configuration, and
    after ``os.fork()`` it follows the owner to the owner's new pool.
    """

    __slots__ = ("owner",)

    def __init__(self, owner: TransportT) -> None:
        self.owner = owner


class BaseTransport(Generic[ClientT]):
    """All transport logic that does no I/O; see :class:`SyncTransport` for usage."""

    def __init__(
        self,
        config: ClientConfig,
        http_client: ClientT,
        *,
        owns_client: bool,
        random: Callable[[], float],
        now: Callable[[], float],
        pool_owner: Optional[BaseTransport[ClientT]] = None,
    ) -> None:
        self._config = config
        self._client: ClientT = http_client
        self._owns_client = owns_client
        # Set on a copy (a client's with_options()) that sends through another transport's
        # SDK-made httpx client: the owner closes it, and after os.fork() the copy follows the
        # owner to its new one (see _lifecycle). Always the owner itself, never a copy.
        self._pool_owner: Optional[BaseTransport[ClientT]] = pool_owner
        # A copy is closed on its own (its pool is not its to close). The owner counts its open
        # copies and knows its client object (`holder`, set by the client): when that object is
        # gone, unclosed, the last copy to close releases the pool
        # (`with Client(...).with_options(...) as c:` leaves nobody else to close it).
        self._closed = False
        self._open_copies = 0
        self.holder: Optional[Callable[[], Any]] = None
        if pool_owner is not None:
            pool_owner._open_copies += 1
        self._secrets: Tuple[str, ...] = (config.api_key,) if config.api_key else ()
        # Held while the transport lives, so that httpx's own records (its INFO line per
        # request shows the URL) are redacted of the key too (see Secret).
        self._key_secret = Secret(config.api_key) if config.api_key else None
        # Every error, whatever path it takes (reply, stream, network), passes through this,
        # so a key that a server echoes back in a body or a header never reaches the caller.
        self._errors: ErrorFactory = RedactingErrorFactory(config.errors, self._secrets)
        self._auth = f"Bearer {config.api_key}" if config.api_key else None
        self._policy = config.retry_policy()
        # A caller's client keeps its own timeout unless the SDK's was chosen explicitly; a
        # shared pool was built with its owner's timeout, so a copy always sends its own.
        self._client_timeout = (
            config.http_timeout if config.timeout_given or pool_owner is not None else None
        )
        self._random = random
        self._now = now
        self._base_url = config.base_url
        self._routes: Tuple[Tuple[str, str], ...] = tuple(config.routes.items())
        # <SDK>_LOG=debug|info|debug-bodies: a handler to stderr, once per process.
        setup_from_env(config.logger_name)
        self._logger = logging.getLogger(config.logger_name)
        self._log_bodies = log_bodies(config.logger_name)
        # OpenTelemetry, looked up at the first call (see _telemetry).
        self._telemetry = Telemetry(config.logger_name.partition(".")[0], self._secrets)
        self._rid_header = config.request_id_header.lower()
        # Computed once. A client this transport created holds its defaults itself (see
        # build_request), so its requests carry none; a caller's client holds none of them, so
        # each of its requests carries them all; a shared pool holds its owner's, so a copy's
        # requests carry what differs from those and drop what the copy does not send (another
        # key, headers given to the owner only).
        self._headers: Dict[str, str] = _defaults(config)
        held: Mapping[str, str] = {}
        if owns_client:
            held = self._headers
        elif pool_owner is not None:
            held = pool_owner._headers
        self._request_headers: Dict[str, str] = {
            k: v for k, v in self._headers.items() if held.get(k) != v
        }
        self._unwanted_headers: Tuple[str, ...] = tuple(
            name for name in held if name not in self._headers
        )
        # The process that built this transport (pickling and os.fork(): see _lifecycle); a
        # copy's is its owner's, so that a copy made in a child before its owner's first
        # request there still leaves the parent's connections alone.
        self._pid: int = os.getpid() if pool_owner is None else pool_owner._pid

    def __reduce__(self) -> Tuple[Any, ...]:
        """Pickle the configuration only: the copy opens its own connections (see
        :mod:`._lifecycle`); a transport over a caller's ``http_client`` refuses."""
        return reduce_transport(self)

    @property
    def config(self) -> ClientConfig:
        """The configuration this transport was built with."""
        return self._config

    @property
    def http_client(self) -> ClientT:
        """The underlying httpx client (the caller's own, if one was passed)."""
        return self._client

    def build_request(
        self, req: RequestDescription, options: Optional[RequestOptions] = None
    ) -> Tuple[httpx.Request, str]:
        """The ``httpx.Request`` for a request description, and the request id it carries.

        Raises the SDK's invalid-argument error, before anything is sent, for options or a
        body that could not be sent as given (naming the option or the body's path).
        """
        path_secrets: Optional[Mapping[str, Secret]] = req.get("path_secrets")
        idempotent = req.get("idempotent", True) is not False
        facts: _CallFacts = _DEFAULT_FACTS
        errors: ErrorFactory = self._errors
        if path_secrets or not idempotent:
            facts = _CallFacts(
                _secret_forms(path_secrets, self._errors.invalid_argument), idempotent
            )
            if facts.secrets:
                errors = RedactingErrorFactory(
                    self._config.errors, (*self._secrets, *facts.secrets)
                )
        invalid = errors.invalid_argument
        # Precedence, lowest first: the httpx client's own headers, the SDK's defaults and API
        # key, the request description's headers, the call's extra_headers (httpx merges the
        # headers a request is given over its client's). A header given as None is removed
        # from the built request, whoever set it. A client this transport created holds the
        # SDK's defaults itself, because httpx builds a Headers object from every mapping it
        # is given: passing them per request costs a chat call 8-12 us in process, about 1%
        # in make bench (Meganova, three default headers: +0.012x over six paired runs, five
        # of them the same way). A caller's client does not hold them, so they go on each
        # of its requests; a shared pool holds its owner's (see __init__).
        headers: Dict[str, str] = self._request_headers.copy() if self._request_headers else {}
        removed: List[str] = list(self._unwanted_headers)
        described = req.get("headers")
        if described:
            _merge(headers, described, removed)
        request_id: Optional[str] = None
        timeout = self._client_timeout
        body = req.get("json")
        params = req.get("params")
        multipart = req.get("multipart")
        extra_form: Optional[Mapping[str, object]] = None
        if options is not None:
            check_options(options, invalid)
            if options.extra_headers:
                _merge(headers, options.extra_headers, removed)
            request_id = options.request_id
            if options.timeout is not None:
                timeout = to_timeout(options.timeout)
            if options.extra_body is not None and multipart is not None:
                extra_form = options.extra_body  # form fields, added by prepare_multipart
            elif options.extra_body is not None:
                body = self._merge_body(req, body, options.extra_body)
            if options.extra_query:
                params = {**(params or {}), **options.extra_query}
        described_id = headers.pop(self._rid_header, None)
        if request_id is None:
            request_id = described_id or str(uuid.uuid4())
        url: str = req["url"]
        if len(url) > MAX_PATH_LENGTH:
            raise invalid(
                f"The request path is {len(url)} characters long (at most {MAX_PATH_LENGTH}): "
                "a path parameter (such as a model id) is far too long to be one"
            )
        if not url.startswith(("http://", "https://")):
            base = self._base_url
            for prefix, routed in self._routes:
                if url.startswith(prefix):
                    base = routed
                    break
            url = base + url if url.startswith("/") else f"{base}/{url}"
        if path_secrets:
            _check_path_secrets(url, path_secrets, invalid)
        if params:
            params = {k: v for k, v in params.items() if v is not None}
        content = req.get("content")
        if body is not None:
            content = self._encode(body)
        upload: Optional[MultipartBody] = None
        if multipart is not None:
            if any(req.get(kind) is not None for kind in ("json", "content", "data", "files")):
                raise invalid("A request has one body: multipart, or json / content / data / files")
            upload = prepare_multipart(
                multipart, invalid, extra_body=extra_form, replayable=self._may_retry(options)
            )
        try:
            # build_request (not httpx.Request) so that a caller's own client still applies
            # its default headers, cookies and query parameters.
            request = self._client.build_request(
                req["method"],
                _fill_path(url, path_secrets) if path_secrets else url,
                params=params or None,
                headers=headers or None,
                content=content,
                data=req.get("data"),
                files=req.get("files"),
                timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
            )
        except (httpx.HTTPError, httpx.InvalidURL, TypeError, ValueError) as exc:
            # What httpx refuses to build (a bad character in a path or query parameter).
            raise invalid(f"The request cannot be built: {type(exc).__name__}: {exc}") from None
        # Set on the built request rather than passed in, for the same reason as above.
        request.headers[self._rid_header] = request_id
        if body is not None and "content-type" not in headers:
            request.headers["content-type"] = _JSON_TYPE
        for name in removed:
            # The request id is always sent: a None there only means "no id of mine".
            if name not in headers and name != self._rid_header:
                request.headers.pop(name, None)
        if upload is not None:
            request = upload.attach(request)  # its content type (with the boundary) wins
        if facts is not _DEFAULT_FACTS:
            request.extensions[_FACTS] = facts
            if facts.secrets:
                request.__class__ = _SecretRequest
        return request, request_id

    def _may_retry(self, options: Optional[RequestOptions]) -> bool:
        given = options.max_retries if options is not None else None
        return (self._policy.max_retries if given is None else given) > 0

    def upload_error(self, exc: UploadError) -> Exception:
        """The SDK's invalid-argument error for a file that could not be sent whole."""
        return self._errors.invalid_argument(str(exc))

    def _encode(self, body: Any) -> bytes:
        try:
            return _JSON_ENCODER.encode(body).encode("utf-8")
        except Exception as exc:  # TypeError, ValueError, RecursionError, UnicodeEncodeError...
            raise self._errors.invalid_argument(_json_problem(body, exc)) from None

    def _merge_body(
        self, req: RequestDescription, body: Any, extra_body: Mapping[str, object]
    ) -> Dict[str, Any]:
        if any(req.get(kind) is not None for kind in ("content", "data", "files")):
            raise self._errors.invalid_argument(
                "extra_body needs a JSON request body, and this call sends another kind"
            )
        if body is None:
            return dict(extra_body)
        if not isinstance(body, abc.Mapping):
            raise self._errors.invalid_argument(
                "extra_body cannot be merged into this call's JSON body, which is not an object"
            )
        return {**body, **extra_body}

    def retry_state(
        self, options: Optional[RequestOptions], request: Optional[httpx.Request] = None
    ) -> RetryState:
        """Fresh retry bookkeeping for one call (of ``request``: it says whether the call is
        idempotent, see :data:`RequestDescription`)."""
        max_retries = options.max_retries if options is not None else None
        return RetryState(
            self._policy,
            max_retries,
            random=self._random,
            now=self._now,
            idempotent=_facts(request).idempotent,
        )

    def call_errors(self, request: Optional[httpx.Request]) -> Tuple[ErrorFactory, Tuple[str, ...]]:
        """The error factory and the secrets to hide for one request: the client's, the
        description's ``path_secrets``, and the credential of an ``Authorization`` header that
        replaced the API key for this call (through ``extra_headers`` or a caller's own httpx
        client)."""
        auth = request.headers.get("authorization") if request is not None else None
        extra: Tuple[str, ...] = _facts(request).secrets
        if (auth is None or auth == self._auth) and not extra:
            return self._errors, self._secrets
        found = [*self._secrets, *extra]
        if auth is not None and auth != self._auth:
            found += [auth, auth.partition(" ")[2].strip()]
        secrets = tuple(dict.fromkeys(s for s in found if s))
        return RedactingErrorFactory(self._config.errors, secrets), secrets

    def answered_id(self, response: httpx.Response, request_id: str) -> str:
        """The request id to report: the one the server answered in its request-id header,
        which its support can look up, else the one sent."""
        answered: Optional[str] = response.headers.get(self._rid_header)
        if not answered or answered == request_id:
            return request_id
        answered = answered.strip()
        secrets = (*self._secrets, *_facts(_request_of(response)).secrets)
        if (
            not answered
            or len(answered) > _MAX_ANSWERED_ID
            or any(secret in answered for secret in secrets)
        ):
            return request_id  # an echo of the key is no id to show anyone
        return answered

    @staticmethod
    def given_up(error: Exception, resend_safe: bool) -> Exception:
        """``error``, marked when its call may have acted and must not be sent again (for a
        retry loop above the transport: see :func:`._retry.resendable`)."""
        if not resend_safe:
            mark_not_resendable(error)
        return error

    def status_error(
        self,
        response: httpx.Response,
        request_id: str,
        request: Optional[httpx.Request] = None,
    ) -> Exception:
        """The SDK's exception for a non-2xx response whose body has been read."""
        try:
            content = response.content
        except httpx.ResponseNotRead:  # reading the error body failed mid-way
            content = b""
        errors, secrets = self.call_errors(request)
        info = error_info_from_response(
            response.status_code,
            response.headers,
            content,
            self.answered_id(response, request_id),
            secrets=secrets,
            now=self._now(),
        )
        return errors.status_error(info)

    def transport_error(
        self, exc: httpx.HTTPError, request_id: str, request: Optional[httpx.Request] = None
    ) -> Exception:
        """The SDK's timeout or connection exception for an httpx failure."""
        errors, secrets = self.call_errors(request)
        if isinstance(exc, httpx.PoolTimeout):
            # Not the server being slow: every pooled connection is taken, typically by a
            # stream nobody finished or closed. Retrying would only wait as long again.
            return errors.timeout_error(
                "Timed out waiting for a free connection: the connection pool is exhausted "
                "(httpx.PoolTimeout). A stream that was not read to the end or closed holds "
                "its connection; close streams (`with` or close()) or raise the pool's limits",
                request_id,
            )
        return transport_error(errors, exc, request_id, secrets)

    @staticmethod
    def wants_body_for_retry(response: httpx.Response) -> bool:
        """Whether the body must be read to time a retry: a 429 whose headers say no wait
        (some deployments put ``retry_after`` only in the error body)."""
        headers = response.headers
        return (
            response.status_code == 429
            and "retry-after" not in headers
            and "retry-after-ms" not in headers
        )

    def retry_headers(self, response: httpx.Response) -> Mapping[str, str]:
        """The headers to time a retry by, with a body's ``retry_after`` as ``Retry-After``."""
        if not self.wants_body_for_retry(response):
            return response.headers
        try:
            content = response.content
        except httpx.ResponseNotRead:
            return response.headers
        info = error_info_from_response(response.status_code, response.headers, content, None)
        if info.retry_after is None:
            return response.headers
        return {"retry-after": str(info.retry_after)}

    def _copy_closed(self) -> bool:
        """Mark this copy closed; True when the shared pool should be closed with it (the
        owner's client object is gone, unclosed, and no other copy is open)."""
        owner = self._pool_owner
        if owner is None or self._closed:
            return False
        self._closed = True
        owner._open_copies -= 1
        return owner._open_copies == 0 and owner.holder is not None and owner.holder() is None

    def closed_error(self, request_id: str) -> Exception:
        """The SDK's connection error for a call on a closed client."""
        if self._pool_owner is not None and not self._closed:
            return self._errors.connection_error(
                "The client is closed: this copy (with_options()) shares the connections of "
                "the client it was made from, which was closed; create a new one to send "
                "requests",
                request_id,
            )
        return self._errors.connection_error(
            "The client is closed: create a new one to send requests", request_id
        )

    def log_retry(self, request: httpx.Request, request_id: str, delay: float, reason: str) -> None:
        """Say at INFO level that a call is retried, why, and after how long."""
        if self._logger.isEnabledFor(logging.INFO):
            secrets = self.call_errors(request)[1]
            self._logger.info(
                "%s %s failed with %s; retrying in %.2fs (request id %s)",
                request.method,
                url_text(request, secrets, query=False),
                redact(reason, secrets),
                delay,
                redact(request_id, secrets),
            )

    def start_call(
        self, req: RequestDescription, request: httpx.Request
    ) -> Optional[CallTelemetry]:
        """The call's telemetry (see :mod:`._telemetry`), or None when nothing records it."""
        return self._telemetry.start(req, request, self.call_errors)

    def log_request(
        self, request: httpx.Request, request_id: str, retry: Optional[RetryState]
    ) -> float:
        """Say at DEBUG level that an attempt is sent (call only when DEBUG is enabled);
        returns the time it starts, to time the response."""
        secrets = self.call_errors(request)[1]
        attempt = 1 + (retry.retries_taken if retry is not None else 0)
        body: Optional[bytes] = request_body(request) if self._log_bodies else None
        if body:
            self._logger.debug(
                "Request: %s %s (request id %s, attempt %d) body: %s",
                request.method,
                url_text(request, secrets),
                redact(request_id, secrets),
                attempt,
                body_text(body, secrets),
            )
        else:
            self._logger.debug(
                "Request: %s %s (request id %s, attempt %d)",
                request.method,
                url_text(request, secrets),
                redact(request_id, secrets),
                attempt,
            )
        return time.perf_counter()

    def log_response(
        self,
        request: httpx.Request,
        request_id: str,
        retry: Optional[RetryState],
        response: httpx.Response,
        started: float,
    ) -> None:
        """Say at DEBUG level what an attempt was answered: status, elapsed milliseconds and
        size (a streamed body's from its Content-Length, when the server sent one)."""
        elapsed = (time.perf_counter() - started) * 1000
        secrets = self.call_errors(request)[1]
        attempt = 1 + (retry.retries_taken if retry is not None else 0)
        content: Optional[bytes] = None
        with contextlib.suppress(httpx.ResponseNotRead):  # a stream's body is read later
            content = response.content
        if content is not None:
            size = f"{len(content)} bytes"
        else:
            length = response.headers.get("content-length")
            size = f"{length} bytes" if length and length.isdigit() else "streamed"
        message = "Response: %s %s -> %d in %.1f ms, %s (request id %s, attempt %d)"
        args: List[Any] = [
            request.method,
            url_text(request, secrets),
            response.status_code,
            elapsed,
            size,
            redact(request_id, secrets),
            attempt,
        ]
        if self._log_bodies and content:
            message += " body: %s"
            args.append(body_text(content, secrets))
        self._logger.debug(message, *args)

    def log_gave_up(
        self, request: httpx.Request, request_id: str, retry: Optional[RetryState], reason: str
    ) -> None:
        """Say that a call failed for good: at WARNING when it had been retried (its retry
        budget is spent, or the last failure may not be retried), else at DEBUG."""
        retried = retry is not None and retry.retries_taken > 0
        level = logging.WARNING if retried else logging.DEBUG
        if not self._logger.isEnabledFor(level):
            return
        secrets = self.call_errors(request)[1]
        attempts = 1 + (retry.retries_taken if retry is not None else 0)
        self._logger.log(
            level,
            "%s %s failed with %s after %d attempt%s; giving up (request id %s)",
            request.method,
            url_text(request, secrets, query=False),
            redact(reason, secrets),
            attempts,
            "" if attempts == 1 else "s",
            redact(request_id, secrets),
        )

    def parse_response(
        self, response: httpx.Response, parse: Callable[[httpx.Response], T], request_id: str
    ) -> APIResponse[T]:
        """Run ``parse`` on a 2xx response, turning shape errors into the SDK's decode error.

        The result carries the server's request id when it answered one (see
        :meth:`answered_id`)."""
        request_id = self.answered_id(response, request_id)
        try:
            value = parse(response)
        except PARSE_ERRORS as exc:
            errors, secrets = self.call_errors(_request_of(response))
            message = redact(
                f"Could not parse the response body: {type(exc).__name__}: {exc}", secrets
            )
            info = ErrorInfo(
                status=response.status_code,
                message=message,
                request_id=request_id,
                body=redact(response.content.decode("utf-8", "replace"), secrets),
                headers=response.headers,
            )
            raise errors.decode_error(message, info) from exc
        return APIResponse(value, request_id, response.status_code, response.headers)


def _secret_forms(
    path_secrets: Optional[Mapping[str, Secret]], invalid: Callable[[str], Exception]
) -> Tuple[str, ...]:
    if not path_secrets:
        return ()
    for name, secret in path_secrets.items():
        if not isinstance(secret, Secret):
            raise invalid(f"path_secrets[{name!r}] must be a Secret, not {type(secret).__name__}")
    return tuple(form for secret in path_secrets.values() for form in secret.forms())


def _check_path_secrets(url: str, path_secrets: Mapping[str, Any], invalid: Any) -> None:
    for name in path_secrets:
        if "{" + name + "}" not in url:
            raise invalid(f"path_secrets[{name!r}] has no {{{name}}} in the request's url")


def _request_of(response: httpx.Response) -> Optional[httpx.Request]:
    try:
        return response.request
    except RuntimeError:  # a response built by hand, without its request
        return None


def _defaults(config: ClientConfig) -> Dict[str, str]:
    """The headers every request of this configuration carries: its own and the API key."""
    headers = {k.lower(): v for k, v in config.default_headers.items()}
    if config.api_key:
        headers["authorization"] = f"Bearer {config.api_key}"
    return headers


def _wrong_client(given: object, wanted: type) -> str:
    kind = type(given)
    name = f"{kind.__module__.split('.')[0]}.{kind.__name__}"
    if wanted is httpx.Client and isinstance(given, httpx.AsyncClient):
        hint = ": an httpx.AsyncClient goes to the SDK's async client"
    elif wanted is httpx.AsyncClient and isinstance(given, httpx.Client):
        hint = ": an httpx.Client goes to the SDK's blocking client"
    else:
        hint = ""
    return f"http_client must be an httpx.{wanted.__name__}, not {name}{hint}"


def _merge(headers: Dict[str, str], extra: Mapping[str, Optional[str]], removed: List[str]) -> None:
    # Lower-case keys, so that a caller's "authorization" replaces ours instead of being
    # sent alongside it.
    for key, value in extra.items():
        name = key.lower()
        if value is None:
            headers.pop(name, None)
            removed.append(name)
        else:
            headers[name] = value


class SyncTransport(BaseTransport[httpx.Client]):
    """Blocking transport. Safe to share between threads.

    ``sleep``, ``random`` (a float in [0, 1)) and ``now`` (Unix time) are injectable
    so that tests never wait for real.
    """

    def __init__(
        self,
        config: ClientConfig,
        http_client: Union[httpx.Client, SharedPool[SyncTransport], None] = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
        now: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(http_client, SharedPool):
            owner: SyncTransport = http_client.owner
            super().__init__(
                config, owner._client, owns_client=False, random=random, now=now, pool_owner=owner
            )
            self._sleep = sleep
            return
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise invalid_argument(config.errors, _wrong_client(http_client, httpx.Client))
        owns = http_client is None
        client = http_client or httpx.Client(timeout=config.http_timeout, headers=_defaults(config))
        super().__init__(config, client, owns_client=owns, random=random, now=now)
        self._sleep = sleep

    def request(
        self,
        req: RequestDescription,
        parse: Callable[[httpx.Response], T],
        options: Optional[RequestOptions] = None,
    ) -> APIResponse[T]:
        """Send a request (retrying as configured) and parse its 2xx response.

        Raises only the SDK's exceptions: ``status_error`` for a final non-2xx,
        ``timeout_error`` / ``connection_error`` for transport failures and
        ``decode_error`` when ``parse`` raises ValueError, KeyError, TypeError,
        IndexError or AttributeError.
        """
        request, request_id = self.build_request(req, options)
        call = self.start_call(req, request)
        if call is None:
            response = self._send(request, request_id, options, stream=False)
            return self.parse_response(response, parse, request_id)
        try:
            response = self._send(request, request_id, options, stream=False, call=call)
            call.response(response)
            result = self.parse_response(response, parse, request_id)
        except BaseException as exc:
            call.end(exc)
            raise
        call.end()
        return result

    def stream(
        self,
        req: RequestDescription,
        parse_chunk: Callable[[Any, str], T],
        options: Optional[RequestOptions] = None,
        *,
        final_event: Optional[str] = None,
    ) -> Stream[T]:
        """Open an SSE response and return it as a :class:`Stream` of parsed chunks.

        Retries happen only until a 2xx response's headers arrive; ``parse_chunk``
        receives each event's decoded JSON and the request id. The stream ends at
        ``data: [DONE]``, or after an event of type ``final_event`` (for APIs such
        as Anthropic Messages that end with ``message_stop`` and send no ``[DONE]``).
        """
        request, request_id = self.build_request(req, options)
        call = self.start_call(req, request)
        try:
            response = self._send(request, request_id, options, stream=True, call=call)
        except BaseException as exc:
            if call is not None:
                call.end(exc)
            raise
        errors, secrets = self.call_errors(request)
        if call is not None:
            call.opened(response)
            parse_chunk = observe_chunks(parse_chunk, call)
        return Stream(
            response,
            self.answered_id(response, request_id),
            parse_chunk,
            errors,
            secrets=secrets,
            final_event=final_event,
            telemetry=call,
        )

    def send_binary(
        self, req: RequestDescription, options: Optional[RequestOptions] = None
    ) -> BinaryResponse:
        """Send a request (retrying as configured) and return its 2xx response unread, as a
        :class:`BinaryResponse` (audio, for instance) to iterate, read or write to a file.

        Raised here, before any of the body is read: the SDK's status error for a final
        non-2xx (after the retries), and its timeout and connection errors.
        """
        request, request_id = self.build_request(req, options)
        call = self.start_call(req, request)
        try:
            response = self._send(request, request_id, options, stream=True, call=call)
        except BaseException as exc:
            if call is not None:
                call.end(exc)
            raise
        if call is not None:  # the span covers the call until its body starts
            call.opened(response)
            call.end()
        errors, secrets = self.call_errors(request)
        return BinaryResponse(
            response, self.answered_id(response, request_id), errors, secrets=secrets
        )

    def _send(
        self,
        request: httpx.Request,
        request_id: str,
        options: Optional[RequestOptions],
        *,
        stream: bool,
        call: Optional[CallTelemetry] = None,
    ) -> httpx.Response:
        reopen_if_forked(self, request_id)  # a child of os.fork() gets its own pool
        if self._closed or self._client.is_closed:
            raise self.closed_error(request_id)
        upload = request.stream if isinstance(request.stream, MultipartBody) else None
        if upload is None:
            return self._attempts(
                request, request_id, options, stream=stream, upload=None, call=call
            )
        try:
            return self._attempts(
                request, request_id, options, stream=stream, upload=upload, call=call
            )
        except UploadError as exc:
            raise self.upload_error(exc) from None
        finally:
            upload.release()

    def _attempts(
        self,
        request: httpx.Request,
        request_id: str,
        options: Optional[RequestOptions],
        *,
        stream: bool,
        upload: Optional[MultipartBody],
        call: Optional[CallTelemetry] = None,
    ) -> httpx.Response:
        retry: Optional[RetryState] = None  # created on first failure: free on success
        debug = self._logger.isEnabledFor(logging.DEBUG)
        started = 0.0
        while True:
            if debug:
                started = self.log_request(request, request_id, retry)
            try:
                response = self._client.send(request, stream=stream)
            except httpx.HTTPError as exc:
                retry = retry or self.retry_state(options, request)
                delay = (
                    None if isinstance(exc, httpx.PoolTimeout) else retry.delay_after_exception(exc)
                )
                if delay is None:
                    self.log_gave_up(request, request_id, retry, type(exc).__name__)
                    raise self.given_up(
                        self.transport_error(exc, request_id, request),
                        retry.resend_safe_after_exception(exc),
                    ) from exc
                self.log_retry(request, request_id, delay, type(exc).__name__)
                if call is not None:
                    call.retry(delay, type(exc).__name__)
                self._sleep(delay)
                if upload is not None:
                    request = upload.attach(request)  # read the files again, from their start
                continue
            if debug:
                self.log_response(request, request_id, retry, response, started)
            if response.is_success:
                return response
            retry = retry or self.retry_state(options, request)
            if self.wants_body_for_retry(response):
                with contextlib.suppress(httpx.HTTPError):  # else the headers alone time it
                    response.read()
            delay = retry.delay_after_status(response.status_code, self.retry_headers(response))
            if delay is None:
                try:
                    response.read()
                except httpx.HTTPError:
                    pass  # the status is what matters; the body is a bonus
                finally:
                    response.close()
                self.log_gave_up(request, request_id, retry, f"HTTP {response.status_code}")
                raise self.given_up(
                    self.status_error(response, request_id, request),
                    retry.resend_safe_after_status(response.status_code),
                )
            response.close()
            self.log_retry(request, request_id, delay, f"HTTP {response.status_code}")
            if call is not None:
                call.retry(delay, str(response.status_code))
            self._sleep(delay)
            if upload is not None:
                request = upload.attach(request)

    def close(self) -> None:
        """Close the httpx client if this transport created it; a caller's client is left open.
        A copy's (see :class:`SharedPool`) is closed for it alone, unless it is the last open
        copy of an owner that is gone."""
        if self._pool_owner is not None:
            if self._copy_closed():
                self._pool_owner._client.close()
        elif self._owns_client:
            self._client.close()

    def __enter__(self) -> SyncTransport:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncTransport(BaseTransport[httpx.AsyncClient]):
    """Asyncio (or trio, via anyio) transport. Safe to share between tasks.

    ``async_sleep`` defaults to ``anyio.sleep`` (``asyncio.sleep`` without anyio);
    ``random`` and ``now`` as for :class:`SyncTransport`.
    """

    def __init__(
        self,
        config: ClientConfig,
        http_client: Union[httpx.AsyncClient, SharedPool[AsyncTransport], None] = None,
        *,
        async_sleep: Optional[Callable[[float], Awaitable[Any]]] = None,
        random: Callable[[], float] = _random.random,
        now: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(http_client, SharedPool):
            owner: AsyncTransport = http_client.owner
            super().__init__(
                config, owner._client, owns_client=False, random=random, now=now, pool_owner=owner
            )
            self._sleep = async_sleep or _default_async_sleep()
            return
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise invalid_argument(config.errors, _wrong_client(http_client, httpx.AsyncClient))
        owns = http_client is None
        client = http_client or httpx.AsyncClient(
            timeout=config.http_timeout, headers=_defaults(config)
        )
        super().__init__(config, client, owns_client=owns, random=random, now=now)
        self._sleep = async_sleep or _default_async_sleep()

    async def request(
        self,
        req: RequestDescription,
        parse: Callable[[httpx.Response], T],
        options: Optional[RequestOptions] = None,
    ) -> APIResponse[T]:
        """Async :meth:`SyncTransport.request`."""
        request, request_id = await self.abuild_request(req, options)
        call = self.start_call(req, request)
        if call is None:
            response = await self._send(request, request_id, options, stream=False)
            return self.parse_response(response, parse, request_id)
        try:
            response = await self._send(request, request_id, options, stream=False, call=call)
            call.response(response)
            result = self.parse_response(response, parse, request_id)
        except BaseException as exc:
            call.end(exc)
            raise
        call.end()
        return result

    async def stream(
        self,
        req: RequestDescription,
        parse_chunk: Callable[[Any, str], T],
        options: Optional[RequestOptions] = None,
        *,
        final_event: Optional[str] = None,
        built: Optional[Tuple[httpx.Request, str]] = None,
    ) -> AsyncStream[T]:
        """Async :meth:`SyncTransport.stream`: HTTP errors and retries happen while awaiting.

        ``built`` is what :meth:`build_request` gave for ``req`` and ``options``, when the
        caller built it already (a deferred stream, to check it at the call): sent as is.
        """
        if built is None:
            built = await self.abuild_request(req, options)
        request, request_id = built
        call = self.start_call(req, request)
        try:
            response = await self._send(request, request_id, options, stream=True, call=call)
        except BaseException as exc:
            if call is not None:
                call.end(exc)
            raise
        errors, secrets = self.call_errors(request)
        if call is not None:
            call.opened(response)
            parse_chunk = observe_chunks(parse_chunk, call)
        return AsyncStream(
            response,
            self.answered_id(response, request_id),
            parse_chunk,
            errors,
            secrets=secrets,
            final_event=final_event,
            telemetry=call,
        )

    async def send_binary(
        self, req: RequestDescription, options: Optional[RequestOptions] = None
    ) -> AsyncBinaryResponse:
        """Async :meth:`SyncTransport.send_binary`: errors and retries happen while awaiting."""
        request, request_id = await self.abuild_request(req, options)
        call = self.start_call(req, request)
        try:
            response = await self._send(request, request_id, options, stream=True, call=call)
        except BaseException as exc:
            if call is not None:
                call.end(exc)
            raise
        if call is not None:  # the span covers the call until its body starts
            call.opened(response)
            call.end()
        errors, secrets = self.call_errors(request)
        return AsyncBinaryResponse(
            response, self.answered_id(response, request_id), errors, secrets=secrets
        )

    async def abuild_request(
        self, req: RequestDescription, options: Optional[RequestOptions] = None
    ) -> Tuple[httpx.Request, str]:
        """:meth:`build_request`, in a worker thread when the request uploads files (checking
        them touches the disk: stat, seek), so that the event loop never waits on it."""
        if req.get("multipart") is None:
            return self.build_request(req, options)
        return await to_thread(self.build_request, req, options)

    async def _send(
        self,
        request: httpx.Request,
        request_id: str,
        options: Optional[RequestOptions],
        *,
        stream: bool,
        call: Optional[CallTelemetry] = None,
    ) -> httpx.Response:
        reopen_if_forked(self, request_id)  # a child of os.fork() gets its own pool
        if self._closed or self._client.is_closed:
            raise self.closed_error(request_id)
        upload = request.stream if isinstance(request.stream, MultipartBody) else None
        if upload is None:
            return await self._attempts(
                request, request_id, options, stream=stream, upload=None, call=call
            )
        try:
            return await self._attempts(
                request, request_id, options, stream=stream, upload=upload, call=call
            )
        except UploadError as exc:
            raise self.upload_error(exc) from None
        finally:
            try:
                await to_thread(upload.release)
            except BaseException:  # cancelled before the thread ran: release here
                upload.release()
                raise

    async def _attempts(
        self,
        request: httpx.Request,
        request_id: str,
        options: Optional[RequestOptions],
        *,
        stream: bool,
        upload: Optional[MultipartBody],
        call: Optional[CallTelemetry] = None,
    ) -> httpx.Response:
        retry: Optional[RetryState] = None
        debug = self._logger.isEnabledFor(logging.DEBUG)
        started = 0.0
        while True:
            if debug:
                started = self.log_request(request, request_id, retry)
            try:
                response = await self._client.send(request, stream=stream)
            except httpx.HTTPError as exc:
                retry = retry or self.retry_state(options, request)
                delay = (
                    None if isinstance(exc, httpx.PoolTimeout) else retry.delay_after_exception(exc)
                )
                if delay is None:
                    self.log_gave_up(request, request_id, retry, type(exc).__name__)
                    raise self.given_up(
                        self.transport_error(exc, request_id, request),
                        retry.resend_safe_after_exception(exc),
                    ) from exc
                self.log_retry(request, request_id, delay, type(exc).__name__)
                if call is not None:
                    call.retry(delay, type(exc).__name__)
                await self._sleep(delay)
                if upload is not None:
                    request = upload.attach(request)  # read the files again, from their start
                continue
            if debug:
                self.log_response(request, request_id, retry, response, started)
            if response.is_success:
                return response
            retry = retry or self.retry_state(options, request)
            if self.wants_body_for_retry(response):
                with contextlib.suppress(httpx.HTTPError):
                    await response.aread()
            delay = retry.delay_after_status(response.status_code, self.retry_headers(response))
            if delay is None:
                try:
                    await response.aread()
                except httpx.HTTPError:
                    pass  # the status is what matters; the body is a bonus
                finally:
                    await response.aclose()
                self.log_gave_up(request, request_id, retry, f"HTTP {response.status_code}")
                raise self.given_up(
                    self.status_error(response, request_id, request),
                    retry.resend_safe_after_status(response.status_code),
                )
            await response.aclose()
            self.log_retry(request, request_id, delay, f"HTTP {response.status_code}")
            if call is not None:
                call.retry(delay, str(response.status_code))
            await self._sleep(delay)
            if upload is not None:
                request = upload.attach(request)

    async def aclose(self) -> None:
        """Close the httpx client if this transport created it; a caller's client is left open.
        A copy's is closed for it alone, unless it is the last open copy of an owner that is
        gone (see :meth:`SyncTransport.close`)."""
        if self._pool_owner is not None:
            if self._copy_closed():
                await self._pool_owner._client.aclose()
        elif self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> AsyncTransport:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.aclose()
