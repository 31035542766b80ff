"""OpenTelemetry spans and metrics for each call, following the GenAI semantic conventions.

One mechanism for both SDKs, blocking and async: the transport asks :meth:`Telemetry.start`
for a :class:`CallTelemetry` when a call begins, tells it of retries
(:meth:`CallTelemetry.retry`), of the response (:meth:`CallTelemetry.opened`,
:meth:`CallTelemetry.response`), of each stream chunk (:func:`observe_chunks`), and ends it
(:meth:`CallTelemetry.end`, once, whatever happens: success, error, a stream read to its end,
closed early or failed).

OpenTelemetry is optional (the ``[otel]`` extra installs ``opentelemetry-api``). Nothing of
it is imported with the SDK: the first call looks it up, once; without it, or while neither
a tracer provider nor a meter provider is configured, :meth:`Telemetry.start` returns None and
the call costs nothing more.

What a call records:

- chat (``/chat/completions``, ``/messages``), embeddings (``/embeddings``) and text
  completions (``/completions``): a CLIENT span named ``{gen_ai.operation.name}
  {gen_ai.request.model}`` with the conventions' ``gen_ai.*`` attributes, and the metrics
  ``gen_ai.client.operation.duration`` (s) and ``gen_ai.client.token.usage`` ({token});
  Meganova's cloud agents' chat is ``invoke_agent`` (the agent key is never recorded);
- any other call (models, credits, images, audio...): an HTTP client span named by its
  method, with ``http.request.method``, ``url.full`` (redacted, without its query),
  ``server.address``, ``server.port`` and ``http.response.status_code``; no metrics;
- each retry: a span event ``retry`` (``http.request.resend_count``, ``retry.delay`` in
  seconds, ``error.type``), so one logical call is one span;
- a failure: status ERROR and ``error.type`` (the SDK exception's class name).

Prompts and completions are recorded (``gen_ai.input.messages``, ``gen_ai.output.messages``,
redacted) only when ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true``.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, TypeVar

import httpx

from ._errors import redact

__all__ = ["CAPTURE_CONTENT_ENV", "CallTelemetry", "Telemetry", "observe_chunks"]

T = TypeVar("T")

#: The conventions' switch for recording prompts and completions (off by default).
CAPTURE_CONTENT_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"

# The request body's fields recorded as gen_ai.request.* attributes.
_REQUEST_FIELDS = (
    ("max_tokens", "gen_ai.request.max_tokens"),
    ("max_completion_tokens", "gen_ai.request.max_tokens"),
    ("temperature", "gen_ai.request.temperature"),
    ("top_p", "gen_ai.request.top_p"),
    ("top_k", "gen_ai.request.top_k"),
    ("frequency_penalty", "gen_ai.request.frequency_penalty"),
    ("presence_penalty", "gen_ai.request.presence_penalty"),
    ("seed", "gen_ai.request.seed"),
)
# Attributes that go on the metrics as well as on the span (low cardinality).
_METRIC_KEYS = (
    "gen_ai.operation.name",
    "gen_ai.provider.name",
    "gen_ai.system",
    "gen_ai.request.model",
    "gen_ai.response.model",
    "server.address",
    "server.port",
    "error.type",
)
# The conventions' advised buckets (seconds; tokens).
_DURATION_BUCKETS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92)  # fmt: skip
_TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864)  # fmt: skip


class _Otel:
    """The OpenTelemetry API, found once."""

    def __init__(self, trace: Any, metrics: Any, proxy_meter: Optional[type]) -> None:
        self.trace = trace
        self.metrics = metrics
        self.proxy_meter = proxy_meter
        self.client_kind = trace.SpanKind.CLIENT
        from opentelemetry.trace import Status, StatusCode

        self.error_status: Callable[[str], Any] = lambda text: Status(StatusCode.ERROR, text)


_NOT_LOOKED_UP: Any = object()
_otel: Any = _NOT_LOOKED_UP


def _lookup() -> Optional[_Otel]:
    try:
        from opentelemetry import metrics, trace
    except ImportError:
        return None
    try:  # the API's default provider before one is set (an internal name: looked up softly)
        from opentelemetry.metrics._internal import _ProxyMeterProvider

        proxy_meter: Optional[type] = _ProxyMeterProvider
    except ImportError:  # pragma: no cover - another API version
        proxy_meter = None
    return _Otel(trace, metrics, proxy_meter)


def _api() -> Optional[_Otel]:
    global _otel
    if _otel is _NOT_LOOKED_UP:
        _otel = _lookup()
    return _otel  # type: ignore[no-any-return]


def _operation(url: str) -> Optional[str]:
    """The GenAI operation a request description's path stands for, or None (HTTP span)."""
    path = url.split("?", 1)[0].rstrip("/")
    if "/agents/" in path:
        return "invoke_agent" if path.endswith(("/chat", "/chat/completions")) else None
    if path.endswith("/chat/completions") or path.endswith("/messages"):
        return "chat"
    if path.endswith("/embeddings"):
        return "embeddings"
    if path.endswith("/completions"):
        return "text_completion"
    return None


class Telemetry:
    """One client's telemetry: the SDK's name as instrumentation scope and GenAI provider,
    the tracer and instruments of the current providers, and whether content is captured.

    Built with every transport; it does nothing (and imports nothing) until a call starts."""

    def __init__(self, name: str, secrets: Tuple[str, ...]) -> None:
        self.name = name
        self.secrets = secrets
        self.capture_content = os.environ.get(CAPTURE_CONTENT_ENV, "").strip().lower() == "true"
        self._tracer_provider: Any = None
        self._tracer: Any = None
        self._meter_provider: Any = None
        self._duration: Any = None
        self._tokens: Any = None

    def start(
        self,
        req: Mapping[str, Any],
        request: httpx.Request,
        secrets_of: Callable[[httpx.Request], Tuple[Any, Tuple[str, ...]]],
    ) -> Optional[CallTelemetry]:
        """The telemetry of a call about to be sent, or None when OpenTelemetry is absent or
        has neither a tracer provider nor a meter provider configured. ``secrets_of``: the
        transport's ``call_errors`` (the call's secrets are its second item), asked only when
        something is recorded."""
        otel = _api()
        if otel is None:
            return None
        tracer_provider = otel.trace.get_tracer_provider()
        tracing = not isinstance(tracer_provider, otel.trace.ProxyTracerProvider)
        meter_provider = otel.metrics.get_meter_provider()
        metering = otel.proxy_meter is None or not isinstance(meter_provider, otel.proxy_meter)
        if not tracing and not metering:
            return None
        operation = _operation(str(req.get("url", "")))
        span: Any = None
        if tracing and tracer_provider is not self._tracer_provider:
            self._tracer = tracer_provider.get_tracer(self.name)
            self._tracer_provider = tracer_provider
        if metering and operation is not None and meter_provider is not self._meter_provider:
            self._instruments(meter_provider)
        call = CallTelemetry(self, otel, operation, secrets_of(request)[1])
        attributes = call.request_attributes(req, request)
        if tracing:
            model = attributes.get("gen_ai.request.model")
            if operation is None:
                name = request.method
            else:
                name = f"{operation} {model}" if model else operation
            span = self._tracer.start_span(name, kind=otel.client_kind, attributes=attributes)
            if not span.is_recording():
                span = None
        call.span = span
        call.metering = metering and operation is not None
        if call.span is None and not call.metering:
            return None
        return call

    def _instruments(self, meter_provider: Any) -> None:
        meter = meter_provider.get_meter(self.name)
        self._duration = _histogram(
            meter,
            "gen_ai.client.operation.duration",
            "s",
            "GenAI operation duration",
            _DURATION_BUCKETS,
        )
        self._tokens = _histogram(
            meter,
            "gen_ai.client.token.usage",
            "{token}",
            "Number of input and output tokens used",
            _TOKEN_BUCKETS,
        )
        self._meter_provider = meter_provider


def _histogram(meter: Any, name: str, unit: str, description: str, buckets: Any) -> Any:
    try:  # bucket advice: opentelemetry-api 1.23+
        return meter.create_histogram(
            name, unit=unit, description=description, explicit_bucket_boundaries_advisory=buckets
        )
    except TypeError:  # pragma: no cover - older API
        return meter.create_histogram(name, unit=unit, description=description)


class CallTelemetry:
    """The span and measurements of one logical call (all its attempts); see the module."""

    def __init__(
        self,
        telemetry: Telemetry,
        otel: _Otel,
        operation: Optional[str],
        secrets: Tuple[str, ...],
    ) -> None:
        self._telemetry = telemetry
        self._otel = otel
        self.operation = operation
        self.secrets = secrets
        self.span: Any = None
        self.metering = False
        self._attributes: Dict[str, Any] = {}
        self._started = time.perf_counter()
        self._ended = False
        self._resends = 0
        self._input_tokens: Optional[int] = None
        self._output_tokens: Optional[int] = None
        self._finish: Dict[int, str] = {}
        self._texts: Dict[int, List[str]] = {}
        self._messages: List[Any] = []

    # -- the request ---------------------------------------------------------------------

    def request_attributes(self, req: Mapping[str, Any], request: httpx.Request) -> Dict[str, Any]:
        """The span's attributes known before sending (kept for the metrics too)."""
        url = request.url
        attributes: Dict[str, Any] = {"server.address": url.host}
        self._attributes = attributes
        port = url.port or (443 if url.scheme == "https" else 80)
        attributes["server.port"] = port
        operation = self.operation
        if operation is None:
            attributes["http.request.method"] = request.method
            attributes["url.full"] = redact(str(url.copy_with(query=None)), self.secrets)
        else:
            name = self._telemetry.name
            attributes["gen_ai.operation.name"] = operation
            attributes["gen_ai.provider.name"] = name
            attributes["gen_ai.system"] = name
            body = req.get("json")
            if isinstance(body, Mapping):
                model = body.get("model")
                if isinstance(model, str):
                    attributes["gen_ai.request.model"] = model
                for field, key in _REQUEST_FIELDS:
                    value = body.get(field)
                    if isinstance(value, (int, float)) and not isinstance(value, bool):
                        attributes[key] = value
                stop = body.get("stop", body.get("stop_sequences"))
                if isinstance(stop, str):
                    attributes["gen_ai.request.stop_sequences"] = (stop,)
                elif isinstance(stop, list) and all(isinstance(s, str) for s in stop):
                    attributes["gen_ai.request.stop_sequences"] = tuple(stop)
                if self._telemetry.capture_content:
                    self._capture_input(body)
        self._attributes = attributes
        return attributes

    def _capture_input(self, body: Mapping[str, Any]) -> None:
        messages = body.get("messages")
        if messages is not None:
            self._set("gen_ai.input.messages", self._json(messages))
        system = body.get("system")
        if system is not None:
            self._set("gen_ai.system_instructions", self._json(system))

    def _json(self, value: Any) -> str:
        try:
            text = json.dumps(value, ensure_ascii=False, default=_plain)
        except (TypeError, ValueError):
            text = repr(value)
        return redact(text, self.secrets)

    def _set(self, key: str, value: Any) -> None:
        self._attributes[key] = value
        if self.span is not None:
            self.span.set_attribute(key, value)

    # -- attempts and the response ----------------------------------------------------------

    def retry(self, delay: float, error_type: str) -> None:
        """Record that an attempt failed and the call is sent again after ``delay`` seconds."""
        self._resends += 1
        if self.span is not None:
            self.span.add_event(
                "retry",
                {
                    "http.request.resend_count": self._resends,
                    "retry.delay": delay,
                    "error.type": error_type,
                },
            )

    def opened(self, response: httpx.Response) -> None:
        """Record a successful response's status (a stream's, when its headers arrive)."""
        if self.span is not None:
            self.span.set_attribute("http.response.status_code", response.status_code)

    def response(self, response: httpx.Response) -> None:
        """Record a read 2xx response: its status and, for a GenAI call, its body's id,
        model, usage and finish reasons (the body is decoded again only when recorded)."""
        self.opened(response)
        if self.operation is None:
            return
        try:
            data = json.loads(response.content)
        except ValueError:
            return
        self.absorb(data)

    def absorb(self, data: Any) -> None:
        """Take what the conventions record from a response body or one stream chunk
        (OpenAI chat and embeddings shapes, and Anthropic messages and their events)."""
        if type(data) is not dict:
            return
        kind = data.get("type")
        if kind == "message_start":
            data = data.get("message")
            if type(data) is not dict:
                return
        if "gen_ai.response.id" not in self._attributes:
            value = data.get("id")
            if isinstance(value, str):
                self._set("gen_ai.response.id", value)
        if "gen_ai.response.model" not in self._attributes:
            value = data.get("model")
            if isinstance(value, str):
                self._set("gen_ai.response.model", value)
        usage = data.get("usage")
        if type(usage) is dict:
            tokens = usage.get("prompt_tokens", usage.get("input_tokens"))
            if isinstance(tokens, int):
                self._input_tokens = tokens
            tokens = usage.get("completion_tokens", usage.get("output_tokens"))
            if isinstance(tokens, int):
                self._output_tokens = tokens
        choices = data.get("choices")
        if type(choices) is list:
            self._choices(choices)
        stop = data.get("stop_reason")
        delta = data.get("delta")
        if stop is None and type(delta) is dict:
            stop = delta.get("stop_reason")
        if isinstance(stop, str):
            self._finish[0] = stop
        if self._telemetry.capture_content:
            if kind == "message" or (kind is None and "content" in data and "role" in data):
                self._messages.append({"role": data.get("role"), "content": data.get("content")})
            elif kind == "content_block_delta" and type(delta) is dict:
                text = delta.get("text")
                if isinstance(text, str):
                    self._texts.setdefault(0, []).append(text)

    def _choices(self, choices: List[Any]) -> None:
        capture = self._telemetry.capture_content
        for position, choice in enumerate(choices):
            if type(choice) is not dict:
                continue
            index = choice.get("index", position)
            index = index if isinstance(index, int) else position
            reason = choice.get("finish_reason")
            if isinstance(reason, str):
                self._finish[index] = reason
            if not capture:
                continue
            message = choice.get("message")
            if type(message) is dict:
                self._messages.append(message)
            delta = choice.get("delta")
            if type(delta) is dict and isinstance(delta.get("content"), str):
                self._texts.setdefault(index, []).append(delta["content"])

    # -- the end ----------------------------------------------------------------------------

    def end(self, error: Optional[BaseException] = None) -> None:
        """End the span and record the metrics; later calls do nothing. ``error``: the
        exception the call failed with (None for a success, or a stream closed early)."""
        if self._ended:
            return
        self._ended = True
        span = self.span
        error_type: Optional[str] = None
        if error is not None and isinstance(error, Exception):
            error_type = type(error).__name__
            self._attributes["error.type"] = error_type
            status = getattr(error, "status_code", getattr(error, "status", None))
            if isinstance(status, int) and span is not None:
                span.set_attribute("http.response.status_code", status)
        if span is not None:
            self._finish_span(span, error_type)
        if self.metering:
            self._record_metrics()

    def _finish_span(self, span: Any, error_type: Optional[str]) -> None:
        if self._finish:
            reasons = tuple(self._finish[i] for i in sorted(self._finish))
            span.set_attribute("gen_ai.response.finish_reasons", reasons)
        if self._input_tokens is not None:
            span.set_attribute("gen_ai.usage.input_tokens", self._input_tokens)
        if self._output_tokens is not None:
            span.set_attribute("gen_ai.usage.output_tokens", self._output_tokens)
        if self._resends:
            span.set_attribute("http.request.resend_count", self._resends)
        if self._telemetry.capture_content:
            output = self._messages or [
                {"role": "assistant", "content": "".join(self._texts[i])}
                for i in sorted(self._texts)
            ]
            if output:
                span.set_attribute("gen_ai.output.messages", self._json(output))
        if error_type is not None:
            span.set_attribute("error.type", error_type)
            span.set_status(self._otel.error_status(error_type))
        span.end()

    def _record_metrics(self) -> None:
        telemetry = self._telemetry
        attributes = {k: self._attributes[k] for k in _METRIC_KEYS if k in self._attributes}
        if telemetry._duration is not None:
            telemetry._duration.record(time.perf_counter() - self._started, attributes)
        if telemetry._tokens is None:
            return
        for kind, count in (("input", self._input_tokens), ("output", self._output_tokens)):
            if count is not None:
                telemetry._tokens.record(count, {**attributes, "gen_ai.token.type": kind})


def _plain(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return str(value)


def observe_chunks(parse_chunk: Any, call: CallTelemetry) -> Any:
    """``parse_chunk`` (a callback or a ``StreamSpec``) that first hands each decoded chunk
    to ``call`` (usage and finish reasons come in the chunks)."""
    from ._streaming import StreamSpec

    if call.operation is None:
        return parse_chunk
    absorb = call.absorb
    if isinstance(parse_chunk, StreamSpec):
        parse = parse_chunk.parse
        whole = parse_chunk.whole_body

        def observed_whole(data: Any, request_id: str) -> Any:
            absorb(data)
            return whole(data, request_id)  # type: ignore[misc]

        return StreamSpec(
            _observed(parse, absorb),
            json_lines=parse_chunk.json_lines,
            whole_body=None if whole is None else observed_whole,
        )
    return _observed(parse_chunk, absorb)


def _observed(
    parse: Callable[[Any, str], T], absorb: Callable[[Any], None]
) -> Callable[[Any, str], T]:
    def observed(data: Any, request_id: str) -> T:
        absorb(data)
        return parse(data, request_id)

    return observed
