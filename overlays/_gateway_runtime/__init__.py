"""Shared HTTP runtime of the ``zaguan`` and ``meganova`` SDKs.

One core that does no I/O (request building, retry decisions, error mapping, SSE
decoding) driven by thin sync and async shells over httpx. SDKs plug in their own
exception types through :class:`ErrorFactory`.
"""

from __future__ import annotations

from ._accumulate import ChatAccumulator, MessageAccumulator, message_events
from ._binary import AsyncBinaryResponse, BinaryResponse
from ._calls import (
    Call,
    CallOptions,
    FileInput,
    arun,
    build_body,
    check_chat_request,
    env_setting,
    request_fields,
    request_options,
    run,
    split_options,
    stamp_request_id,
)
from ._client_base import (
    AsyncClientBase,
    AsyncResource,
    SdkSettings,
    SyncClientBase,
    SyncResource,
    client_config,
)
from ._error_table import StatusErrorTable
from ._errors import (
    DefaultErrorFactory,
    ErrorFactory,
    ErrorInfo,
    GatewayConnectionError,
    GatewayDecodeError,
    GatewayError,
    GatewayInvalidArgumentError,
    GatewayStatusError,
    GatewayStreamError,
    GatewayTimeoutError,
    Secret,
    describe_error,
    error_info_from_payload,
    error_info_from_response,
    restore_error,
)
from ._jsonl import JSONLinesDecoder, JSONLinesError, aiter_json_lines, iter_json_lines
from ._lazy import lazy_attributes
from ._media import decode_embedding, image_bytes, save_image
from ._options import (
    DEFAULT_TIMEOUT,
    ClientConfig,
    RequestOptions,
    TimeoutTypes,
    api_base_url,
    check_token,
)
from ._paging import Pages, aiter_pages, iter_pages
from ._response import APIResponse, ResultList
from ._retry import RetryPolicy, RetryState, parse_retry_after
from ._sse import ServerSentEvent, SSEDecoder, aiter_events, iter_events
from ._streaming import SKIP, AsyncStream, Items, Stream, StreamSpec
from ._transport import AsyncTransport, BaseTransport, RequestDescription, SyncTransport

__all__ = [
    "DEFAULT_TIMEOUT",
    "SKIP",
    "APIResponse",
    "AsyncBinaryResponse",
    "AsyncClientBase",
    "AsyncResource",
    "AsyncStream",
    "AsyncTransport",
    "BaseTransport",
    "BinaryResponse",
    "Call",
    "CallOptions",
    "ChatAccumulator",
    "ClientConfig",
    "DefaultErrorFactory",
    "ErrorFactory",
    "ErrorInfo",
    "FileInput",
    "GatewayConnectionError",
    "GatewayDecodeError",
    "GatewayError",
    "GatewayInvalidArgumentError",
    "GatewayStatusError",
    "GatewayStreamError",
    "GatewayTimeoutError",
    "Items",
    "JSONLinesDecoder",
    "JSONLinesError",
    "MessageAccumulator",
    "Pages",
    "RequestDescription",
    "RequestOptions",
    "ResultList",
    "RetryPolicy",
    "RetryState",
    "SSEDecoder",
    "SdkSettings",
    "Secret",
    "ServerSentEvent",
    "StatusErrorTable",
    "Stream",
    "StreamSpec",
    "SyncClientBase",
    "SyncResource",
    "SyncTransport",
    "TimeoutTypes",
    "aiter_events",
    "aiter_json_lines",
    "aiter_pages",
    "api_base_url",
    "arun",
    "build_body",
    "check_chat_request",
    "check_token",
    "client_config",
    "decode_embedding",
    "describe_error",
    "env_setting",
    "error_info_from_payload",
    "error_info_from_response",
    "image_bytes",
    "iter_events",
    "iter_json_lines",
    "iter_pages",
    "lazy_attributes",
    "message_events",
    "parse_retry_after",
    "request_fields",
    "request_options",
    "restore_error",
    "run",
    "save_image",
    "split_options",
    "stamp_request_id",
]
