"""The runtime's public surface is pinned: changing it must be a deliberate edit here."""

from __future__ import annotations

import importlib
import pkgutil

import zaguan._runtime

EXPECTED = {
    "AsyncClientBase",
    "SyncClientBase",
    # Issue 10: what the generated methods compose with (resources that send through a
    # client, and the split of a method's keywords into body fields and call options).
    "AsyncResource",
    "SyncResource",
    "split_options",
    "request_fields",
    # Issue 11: what the media endpoints take and return, made usable.
    "FileInput",
    "BinaryResponse",
    "AsyncBinaryResponse",
    "decode_embedding",
    "image_bytes",
    "save_image",
    # One way to build a client's configuration for both SDKs.
    "SdkSettings",
    "client_config",
    # Facade helpers (added by the lead: _calls.py, _error_table.py).
    "Call",
    "CallOptions",
    "request_options",
    "ChatAccumulator",
    "StatusErrorTable",
    "arun",
    "build_body",
    "check_chat_request",
    "env_setting",
    "lazy_attributes",
    "run",
    "stamp_request_id",
    "APIResponse",
    "AsyncStream",
    "AsyncTransport",
    "BaseTransport",
    "ClientConfig",
    "DEFAULT_TIMEOUT",
    "DefaultErrorFactory",
    "ErrorFactory",
    "ErrorInfo",
    "GatewayConnectionError",
    "GatewayDecodeError",
    "GatewayError",
    "GatewayStatusError",
    "GatewayStreamError",
    "GatewayTimeoutError",
    "RequestDescription",
    "RequestOptions",
    "RetryPolicy",
    "RetryState",
    "SSEDecoder",
    "ServerSentEvent",
    "Stream",
    "SyncTransport",
    "TimeoutTypes",
    "aiter_events",
    "error_info_from_payload",
    "error_info_from_response",
    "iter_events",
    "parse_retry_after",
    # Issue 9: bad input refused before sending, errors that print and pickle, list results
    # with a request id, one base-URL rule for both SDKs.
    "GatewayInvalidArgumentError",
    "ResultList",
    "api_base_url",
    "check_token",
    "describe_error",
    "restore_error",
    # Issue 12: a credential in a request path (Meganova's agent key), never shown.
    "Secret",
    # Issue 12: Anthropic-style messages (their events folded into a message, a whole reply
    # standing for a stream) and batch results as JSON Lines.
    "JSONLinesDecoder",
    "JSONLinesError",
    "MessageAccumulator",
    "Pages",
    "SKIP",
    "Items",
    "StreamSpec",
    "aiter_json_lines",
    "aiter_pages",
    "iter_json_lines",
    "iter_pages",
    "message_events",
}


def test_public_names_are_pinned() -> None:
    assert set(zaguan._runtime.__all__) == EXPECTED
    for name in EXPECTED:
        assert getattr(zaguan._runtime, name) is not None


def test_every_private_module_declares_all() -> None:
    for module_info in pkgutil.iter_modules(zaguan._runtime.__path__):
        module = importlib.import_module(f"zaguan._runtime.{module_info.name}")
        assert module_info.name.startswith("_")
        assert isinstance(getattr(module, "__all__", None), list), module_info.name
        for name in module.__all__:
            assert hasattr(module, name), (module_info.name, name)
