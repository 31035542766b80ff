"""The Starlette application serving every operation of both specs.

Layout: Zaguan at the root (``/v1/...`` and ``/health``), Meganova under ``/meganova/v1``, and
the Meganova operations its spec serves from other hosts (an operation's own ``servers``) under
a prefix per host: the web API (the serverless catalogue) under ``/meganova`` (in production
the inference host without ``/v1``), the cloud agents under ``/meganova-studio``. Each
route is built from the bundled spec's operation (``local_gateway.spec``). Every request goes
through the same steps: request id, auth, parameter and body validation against the spec,
faults (``local_gateway.faults``), then the answer. Operations whose behaviour matters (chat
and its streams, paging, sums over a range, a lookup that can miss) have a handler here; a few
answer fixed figures from ``local_gateway.data``; every other operation, such as one a spec
edit just added, answers what its spec documents (``local_gateway.answers``).

A ``multipart/form-data`` body is validated like a JSON one (``local_gateway.forms``). Every
request the operations received is recorded per request id (``local_gateway.record``), with what
a form carried (each upload's size and sha256), and served for tests on two routes of no spec:
``GET /_gateway/requests/{request_id}`` (how many attempts reached the server, for the tests of
what is retried) and ``GET /_gateway/uploads/{request_id}`` (the form requests only).
"""

from __future__ import annotations

import hmac
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Tuple

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import agents, audio, data, messages
from .answers import Answer, documented_answer
from .chat import completion_body, dumps, plan_chat, stream_events
from .faults import FaultError, Faults, parse_faults
from .forms import MULTIPART, Form, read_form
from .record import RequestLog
from .responses import (
    Call,
    DropConnection,
    Handler,
    error_response,
    event_stream,
    fault_stream,
    json_reply,
    json_response,
    sleep_unless_gone,
)
from .spec import APIS, Operation, SpecViolation, instance_checker, load_operations, load_spec

__all__ = [
    "DEFAULT_API_KEY",
    "MEGANOVA_PREFIX",
    "MEGANOVA_STUDIO_PREFIX",
    "MEGANOVA_WEB_PREFIX",
    "REQUESTS_PATH",
    "UPLOADS_PATH",
    "VERSION",
    "create_app",
]

DEFAULT_API_KEY = "sk-local-test"
MEGANOVA_PREFIX = "/meganova/v1"
# Operations of another host (their own `servers` in the spec), each host under its prefix.
MEGANOVA_WEB_PREFIX = "/meganova"
MEGANOVA_STUDIO_PREFIX = "/meganova-studio"
_SERVER_PREFIXES = {
    "https://api.meganova.ai": MEGANOVA_WEB_PREFIX,
    "https://studio-api.meganova.ai": MEGANOVA_STUDIO_PREFIX,
}
VERSION = data.VERSION
FAULT_HEADER = "x-gateway-fault"
# Not in any spec: what the form requests of a request id carried, for tests.
UPLOADS_PATH = "/_gateway/uploads/{request_id}"
# Not in any spec either: the requests received per request id, for tests of retries.
REQUESTS_PATH = "/_gateway/requests/{request_id}"
_PREFIXES = {"zaguan": "", "meganova": MEGANOVA_PREFIX}
_FAULT_MODEL_PREFIX = "fault-"
_HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


def _invalid(violation: SpecViolation, headers: Dict[str, str]) -> Response:
    return error_response(
        400, violation.message, "invalid_request_error", param=violation.path, headers=headers
    )


@dataclass
class _State:
    # Failures served so far per (X-Request-Id, fault item), for `fail-then-succeed`.
    failures: Dict[Tuple[str, str], int] = field(default_factory=dict)
    # Every request received (and what a form carried), per request id, for the routes
    # GET /_gateway/requests/{request_id} and GET /_gateway/uploads/{request_id}.
    received: RequestLog = field(default_factory=RequestLog)


# --- the chat operation --------------------------------------------------------------------


def _known_model(api: str, model: str) -> bool:
    if model in data.SPECIAL_MODELS or model.startswith(_FAULT_MODEL_PREFIX):
        return True
    catalogue = data.ZAGUAN_MODELS if api == "zaguan" else data.MEGANOVA_MODELS
    return any(entry["id"] == model for entry in catalogue)


async def create_chat_completion(call: Call) -> Response:
    """Answer with the echo model (or ``tool-echo``'s tool calls), whole or streamed."""
    body = call.body
    model = body["model"]
    if not _known_model(call.api, model):
        return error_response(
            404,
            f"The model {model!r} does not exist; GET /models lists the models",
            "invalid_request_error",
            "model_not_found",
            "model",
            headers=call.headers,
        )
    plan = plan_chat(call.api, body, call.faults.chunks)
    if body.get("stream"):
        return event_stream(call, stream_events(plan, call.faults))
    return json_reply(call, completion_body(plan))


# --- the other operations ------------------------------------------------------------------


async def get_credits_history(call: Call) -> Response:
    """One page of the 23-entry history; ``next_cursor`` is opaque and null on the last page."""
    limit = call.query.get("limit", data.HISTORY_DEFAULT_LIMIT)
    offset = 0
    cursor = call.query.get("cursor")
    if cursor is not None:
        decoded = data.decode_cursor(cursor)
        if decoded is None:
            return error_response(
                400,
                "cursor: not a cursor this gateway issued",
                "invalid_request_error",
                param="cursor",
                headers=call.headers,
            )
        offset = decoded
    end = offset + limit
    page = {
        "entries": data.HISTORY[offset:end],
        "total_entries": len(data.HISTORY),
        "next_cursor": data.encode_cursor(end) if end < len(data.HISTORY) else None,
    }
    return json_response(200, page, call.headers)


async def get_credits_stats(call: Call) -> Response:
    """Credits used over ``period`` (default ``month``)."""
    period = call.query.get("period", "month")
    if period not in data.PERIODS:
        return error_response(
            400,
            f"period: must be one of {', '.join(data.PERIODS)}",
            "invalid_request_error",
            param="period",
            headers=call.headers,
        )
    return json_response(200, data.credits_stats(period), call.headers)


async def get_model(call: Call) -> Response:
    """One Meganova model; the id may contain ``/`` (raw or sent as ``%2F``)."""
    model_id = call.request.path_params["model_id"]
    model = data.find_meganova_model(model_id)
    if model is None:
        return error_response(
            404,
            f"The model {model_id!r} does not exist",
            "invalid_request_error",
            "model_not_found",
            "model_id",
            headers=call.headers,
        )
    return json_response(200, model, call.headers)


def _parse_instant(value: str) -> Optional[datetime]:
    try:
        # Python 3.9's fromisoformat does not read a trailing "Z".
        parsed = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


async def get_usage_summary(call: Call) -> Response:
    """Usage over ``from``..``to``, optionally grouped and filtered."""
    bounds = []
    for name in ("from", "to"):
        instant = _parse_instant(call.query[name])
        if instant is None:
            return error_response(
                400,
                f"{name}: {call.query[name]!r} is not an ISO 8601 date or date-time",
                "invalid_request_error",
                param=name,
                headers=call.headers,
            )
        bounds.append(instant)
    group_by = call.query.get("group_by")
    if group_by is not None and group_by not in data.USAGE_GROUPS:
        return error_response(
            400,
            f"group_by: must be one of {', '.join(data.USAGE_GROUPS)}",
            "invalid_request_error",
            param="group_by",
            headers=call.headers,
        )
    summary = data.usage_summary(
        bounds[0],
        bounds[1],
        call.query["from"],
        call.query["to"],
        group_by,
        call.query.get("user_id"),
        call.query.get("api_key"),
    )
    return json_response(200, summary, call.headers)


async def create_speech(call: Call) -> Response:
    """Deterministic bytes (``local_gateway.audio``), streamed chunk by chunk; ``chunks:N``
    sends N chunks, ``stall-stream`` and ``cut-stream`` apply as to a chat stream."""
    body = call.body
    response_format = body.get("response_format", "mp3")
    faults = call.faults
    count = audio.SPEECH_CHUNKS if faults.chunks is None else faults.chunks
    chunks = audio.speech_chunks(body["input"], body["voice"], response_format, count)
    media_type = audio.speech_media_type(response_format)
    return fault_stream(call, chunks, media_type)


def _transcript(call: Call, task: str, response_format: Optional[str] = None) -> Response:
    upload = call.form.file() if call.form is not None else None
    media_type, payload = audio.transcript(
        task,
        response_format or call.body.get("response_format", "json"),
        upload.size if upload is not None else 0,
        call.body.get("language"),
    )
    return Response(payload, 200, call.headers, media_type)


async def create_transcription(call: Call) -> Response:
    """The transcript of the upload in ``response_format`` (``local_gateway.audio``)."""
    return _transcript(call, "transcribe")


async def create_translation(call: Call) -> Response:
    """As a transcription, into English."""
    return _transcript(call, "translate")


async def transcribe_audio(call: Call) -> Response:
    """Meganova's transcription: JSON only (its spec documents no other format)."""
    return _transcript(call, "transcribe", "json")


# Only where the answer depends on the request; see `_handler_for` for everything else.
HANDLERS: Dict[Tuple[str, str], Handler] = {
    ("zaguan", "create_chat_completion"): create_chat_completion,
    ("zaguan", "get_credits_history"): get_credits_history,
    ("zaguan", "get_credits_stats"): get_credits_stats,
    ("zaguan", "create_speech"): create_speech,
    ("zaguan", "create_transcription"): create_transcription,
    ("zaguan", "create_translation"): create_translation,
    ("meganova", "create_chat_completion"): create_chat_completion,
    ("meganova", "get_model"): get_model,
    ("meganova", "get_usage_summary"): get_usage_summary,
    ("meganova", "transcribe_audio"): transcribe_audio,
    # Each in its own module: one per API surface that grew its own behaviour.
    **messages.HANDLERS,
    **agents.HANDLERS,
}


def _fixed(payload: Any) -> Handler:
    body = dumps(payload).encode()

    async def fixed(call: Call) -> Response:
        return Response(body, 200, call.headers, "application/json")

    return fixed


def _documented(answer: Answer) -> Handler:
    async def documented(call: Call) -> Response:
        # The request id wins over a documented header of the same name.
        return Response(
            answer.body, answer.status, {**answer.headers, **call.headers}, answer.media_type
        )

    return documented


def _handler_for(operation: Operation, spec_dir: Optional[Path]) -> Handler:
    """The operation's handler, else its fixed figures, else the answer its spec documents."""
    key = (operation.api, operation.operation_id)
    handler = HANDLERS.get(key)
    if handler is not None:
        return handler
    if key in data.FIXED_REPLIES:
        return _fixed(data.FIXED_REPLIES[key])
    answer = documented_answer(
        load_spec(operation.api, spec_dir),
        operation.path,
        operation.method,
        instance_checker(operation.api, spec_dir),
    )
    return _documented(answer)


# --- faults that answer instead of the operation -----------------------------------------------


def _pre_fault_response(call: Call, state: _State, request_id: str) -> Optional[Response]:
    faults = call.faults
    headers = call.headers
    if faults.disconnect:
        return DropConnection()
    if faults.fail_key:
        key = (request_id, faults.fail_key)
        served = state.failures.get(key, 0)
        if served < faults.fail_times:
            state.failures[key] = served + 1
            return _status_error(
                call, faults.fail_status, f" (failure {served + 1} of {faults.fail_times})"
            )
    if faults.rate_limit is not None:
        return _rate_limited(call, faults.rate_limit)
    if faults.insufficient_credits is not None:
        fields: Dict[str, Any] = {"credits_required": 120, "credits_remaining": 15}
        return error_response(
            402,
            "Insufficient credits for this request",
            "insufficient_credits",
            "insufficient_credits",
            extra={"details": fields} if faults.insufficient_credits else fields,
            headers=headers,
        )
    if faults.band_denied is not None:
        fields = {"band": "premium", "required_tier": "pro", "current_tier": "free"}
        return error_response(
            403,
            "Your tier may not use models of the premium band",
            "permission_error",
            "band_access_denied",
            extra={"details": fields} if faults.band_denied else fields,
            headers=headers,
        )
    if faults.status is not None:
        return _status_error(call, faults.status, "")
    if faults.html_502:
        return Response(_HTML_502, 502, headers, "text/html")
    return None


def _seconds_text(seconds: float) -> str:
    return str(int(seconds)) if seconds == int(seconds) else str(seconds)


def _rate_limited(call: Call, seconds: float) -> Response:
    extra = {"retry_after": seconds} if call.api == "zaguan" else None
    return error_response(
        429,
        "Rate limit exceeded, retry later",
        "rate_limit_error",
        "rate_limit_exceeded",
        extra=extra,
        headers={**call.headers, "retry-after": _seconds_text(seconds)},
    )


# Statuses whose reply HTTP forbids a body: sending one breaks the connection (h11 refuses
# it mid-reply), so the fault answers them with headers only.
_BODYLESS_STATUSES = frozenset({204, 205, 304})


def _status_error(call: Call, status: int, note: str) -> Response:
    if status == 429:
        return _rate_limited(call, 0)
    if status in _BODYLESS_STATUSES:
        return Response(b"", status, call.headers)
    kind = "server_error" if status >= 500 else "invalid_request_error"
    return error_response(
        status,
        f"Simulated status {status}{note}",
        kind,
        f"simulated_{status}",
        headers=call.headers,
    )


# --- routing ---------------------------------------------------------------------------------


def _bearer_ok(authorization: Optional[str], expected: bytes) -> bool:
    if not authorization:
        return False
    scheme, _, token = authorization.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), expected)


Endpoint = Callable[[Request], Awaitable[Response]]


def _endpoint(operation: Operation, handler: Handler, api_key: str, state: _State) -> Endpoint:
    expected = api_key.encode()
    is_chat = operation.operation_id == "create_chat_completion"
    takes_form = operation.form is not None

    async def endpoint(request: Request) -> Response:
        request_id = request.headers.get("x-request-id", "")
        headers = {"x-request-id": request_id or uuid.uuid4().hex}
        forms: List[Form] = []
        response = await serve(request, request_id, headers, forms)
        # Recorded once the request was read whole, whatever the answer (a dropped
        # connection has status None): a test counts the attempts that reached the server.
        state.received.add(
            headers["x-request-id"],
            operation.api,
            operation.operation_id,
            None if isinstance(response, DropConnection) else response.status_code,
            forms[0] if forms else None,
        )
        return response

    async def serve(
        request: Request, request_id: str, headers: Dict[str, str], forms: List[Form]
    ) -> Response:
        request_headers = request.headers
        if operation.requires_auth and not _bearer_ok(
            request_headers.get("authorization"), expected
        ):
            return error_response(
                401, "Invalid API key", "authentication_error", "invalid_api_key", headers=headers
            )
        if operation.path_params is not None:
            violation = operation.validate_path(request.path_params)
            if violation is not None:
                return _invalid(violation, headers)
        if operation.headers is not None:
            violation = operation.validate_headers(request_headers)
            if violation is not None:
                return _invalid(violation, headers)
        query: Dict[str, Any] = {}
        if operation.query is not None:
            params = dict(request.query_params)
            violation = operation.validate_query(params)
            if violation is not None:
                return _invalid(violation, headers)
            query = operation.coerce_query(params)
        body: Any = None
        form: Optional[Form] = None
        if takes_form and (operation.body is None or _media_type(request_headers) == MULTIPART):
            form, violation = await read_form(request, operation)
            if form is not None:
                forms.append(form)
                body = form.fields
            if violation is not None:
                return _invalid(violation, headers)
        elif operation.body is not None:
            raw = await request.body()
            if not raw:
                if operation.body_required:
                    return _invalid(SpecViolation("body", "a JSON body is required"), headers)
            else:
                try:
                    body = json.loads(raw)
                except ValueError as exc:
                    return _invalid(SpecViolation("body", f"not valid JSON ({exc})"), headers)
                violation = operation.validate_body(body)
                if violation is not None:
                    return _invalid(violation, headers)
        faults = Faults()
        try:
            fault_header = request_headers.get(FAULT_HEADER)
            if fault_header:
                parse_faults(fault_header, faults)
        except FaultError as exc:
            return error_response(
                400,
                f"X-Gateway-Fault: {exc}",
                "invalid_request_error",
                param="X-Gateway-Fault",
                headers=headers,
            )
        if is_chat and body["model"].startswith(_FAULT_MODEL_PREFIX):
            try:
                parse_faults(body["model"][len(_FAULT_MODEL_PREFIX) :], faults)
            except FaultError as exc:
                return error_response(
                    400, f"model: {exc}", "invalid_request_error", param="model", headers=headers
                )
        call = Call(operation.api, request, query, body, faults, headers, form)
        if faults.any:
            if faults.stall and await sleep_unless_gone(faults.stall, request.receive):
                return DropConnection()
            early = _pre_fault_response(call, state, request_id)
            if early is not None:
                return early
        return await handler(call)

    endpoint.__name__ = f"{operation.api}_{operation.operation_id}"
    return endpoint


def _media_type(headers: Mapping[str, str]) -> str:
    return headers.get("content-type", "").split(";")[0].strip().lower()


def _record_endpoint(view: Callable[[str], List[Dict[str, Any]]], key: str) -> Endpoint:
    """One view of the request record, served as ``{"request_id": ..., key: [...]}``."""

    async def record(request: Request) -> Response:
        request_id = request.path_params["request_id"]
        return json_response(200, {"request_id": request_id, key: view(request_id)})

    return record


def _route_prefix(api: str, operation: Operation, spec_dir: Optional[Path]) -> str:
    """Where an operation is mounted: its API's prefix, or its own host's (``servers``)."""
    path_item = load_spec(api, spec_dir)["paths"][operation.path]
    servers = path_item[operation.method.lower()].get("servers") or path_item.get("servers")
    if not servers:
        return _PREFIXES[api]
    return _SERVER_PREFIXES[servers[0]["url"].rstrip("/")]


async def _not_found(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 404
    if status == 405:
        message = f"Method {request.method} not allowed on {request.url.path}"
        # RFC 9110 requires a 405 to say which methods the resource allows.
        allow = exc.headers if isinstance(exc, HTTPException) and exc.headers else {}
        return error_response(
            405, message, "invalid_request_error", "method_not_allowed", headers=dict(allow)
        )
    return error_response(status, f"No route {request.url.path}", "not_found_error", "not_found")


_WARM_UP_BODY = {"model": "echo", "messages": [{"role": "user", "content": [{"type": "text"}]}]}


def _warm_up(operation: Operation) -> None:
    # jsonschema resolves `$ref`s on first use; do it now so the first request is not slower.
    if operation.body is not None:
        operation.validate_body(_WARM_UP_BODY)
    if operation.query is not None:
        operation.validate_query({})
    if operation.headers is not None:
        operation.validate_headers({})
    if operation.form is not None:
        operation.validate_form({})


def create_app(api_key: str = DEFAULT_API_KEY, spec_dir: Optional[Path] = None) -> Starlette:
    """The gateway application: both APIs, the given key, validators compiled now.

    ``spec_dir`` serves the specs of another folder (``zaguan.yaml``, ``meganova.yaml`` and
    ``shared.yaml``; default: the repository's ``spec/``). Raises
    :class:`~local_gateway.answers.SpecAnswerError` when an operation without a handler has no
    answer its own schema accepts.
    """
    state = _State()
    # One route per path, holding every method of that path: a 405 then lists them all in
    # its `Allow` header (one route per operation would list only the first route's methods).
    by_path: Dict[str, Dict[str, Endpoint]] = {}
    for api in APIS:
        for (method, path), operation in load_operations(api, spec_dir).items():
            _warm_up(operation)
            handler = _handler_for(operation, spec_dir)
            # `:path` lets a Meganova model id keep its slash, sent raw or as %2F (which uvicorn
            # decodes before routing).
            prefix = _route_prefix(api, operation, spec_dir)
            route_path = prefix + path.replace("{model_id}", "{model_id:path}")
            endpoint = _endpoint(operation, handler, api_key, state)
            by_path.setdefault(route_path, {})[method] = endpoint
    routes: List[BaseRoute] = [
        Route(route_path, _by_method(endpoints), methods=list(endpoints))
        for route_path, endpoints in by_path.items()
    ]
    views = (
        (UPLOADS_PATH, state.received.uploads, "attempts"),
        (REQUESTS_PATH, state.received.requests, "requests"),
    )
    for path, view, key in views:
        # `:path`: a request id is the client's choice and may hold a slash.
        route_path = path.replace("{request_id}", "{request_id:path}")
        routes.append(Route(route_path, _record_endpoint(view, key), methods=["GET"]))
    app = Starlette(routes=routes, exception_handlers={404: _not_found, 405: _not_found})
    # The same record in process: Gateway.uploads() reads it without a request.
    app.state.received = state.received
    return app


def _by_method(endpoints: Dict[str, Endpoint]) -> Endpoint:
    if len(endpoints) == 1:
        return next(iter(endpoints.values()))
    # Starlette answers HEAD on a GET route; the GET endpoint serves it (uvicorn drops the body).
    get = endpoints.get("GET")

    async def dispatch(request: Request) -> Response:
        endpoint = endpoints.get(request.method)
        if endpoint is None and request.method == "HEAD" and get is not None:
            endpoint = get
        assert endpoint is not None  # the route only matches the methods listed
        return await endpoint(request)

    return dispatch
