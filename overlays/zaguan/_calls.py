"""The calls of Zaguan CoreX described without I/O, shared by the sync and async clients."""

from __future__ import annotations

from typing import Any, List, Mapping, Optional, Union

from _gateway_runtime import Call, RequestOptions, TimeoutTypes, build_body
from zaguan_api.api.chat import create_chat_completion
from zaguan_api.api.credit import get_credits_balance, get_credits_history, get_credits_stats
from zaguan_api.api.health import health_check
from zaguan_api.api.models import get_capabilities, list_models
from zaguan_api.models import (
    ChatChunk,
    ChatRequest,
    ChatResponse,
    CreditsHistory,
    CreditsStats,
    ModelCapabilities,
    ModelInfo,
)
from zaguan_api.params import ChatRequestParam
from zaguan_api.types import UNSET, Unset

from .errors import InvalidArgumentError

__all__ = [
    "BALANCE",
    "CAPABILITIES",
    "HEALTH",
    "MODELS",
    "RequestLike",
    "chat_call",
    "history_call",
    "options",
    "parse_chunk",
    "stats_call",
]

RequestLike = Union[ChatRequest, ChatRequestParam, Mapping[str, Any], None]


def options(
    request_id: Optional[str],
    timeout: TimeoutTypes,
    max_retries: Optional[int],
    extra_headers: Optional[Mapping[str, str]],
) -> Optional[RequestOptions]:
    """Per-call settings; None when the call overrides nothing."""
    if request_id is None and timeout is None and max_retries is None and not extra_headers:
        return None
    return RequestOptions(
        timeout=timeout, max_retries=max_retries, extra_headers=extra_headers, request_id=request_id
    )


def chat_call(request: RequestLike, overrides: Mapping[str, Any], stream: bool) -> Any:
    """The request of a chat call, from a ChatRequest, a dict, keyword arguments, or a mix."""
    body = build_body(ChatRequest, request, overrides, InvalidArgumentError)
    if not body.messages:
        raise InvalidArgumentError("ChatRequest.messages must hold at least one message")
    if not body.model:
        raise InvalidArgumentError(
            "ChatRequest.model must name a model, such as 'openai/gpt-4o-mini'"
        )
    if stream:
        body.stream = True
    elif body.stream is True:
        raise InvalidArgumentError("chat() returns a whole reply: use chat_stream() to stream")
    return create_chat_completion.build_request(body=body)


def parse_chat(data: Any) -> ChatResponse:
    """The typed reply of a non-streamed chat call."""
    return create_chat_completion.parse_success(data)


def parse_chunk(data: Any, request_id: str) -> ChatChunk:
    """The typed chunk of one SSE event, stamped with the call's request id."""
    chunk = ChatChunk.from_dict(data)
    chunk._request_id = request_id
    return chunk


def _models(data: Any) -> List[ModelInfo]:
    return list_models.parse_success(data).data


def _capabilities(data: Any) -> List[ModelCapabilities]:
    # The spec says a list; other Zaguan SDKs also accept these wrappers, so we do too.
    if isinstance(data, dict):
        data = data.get("capabilities", data.get("models", data))
    return get_capabilities.parse_success(data)


def _given(value: Any) -> Any:
    return UNSET if value is None else value


def history_call(limit: Optional[int], cursor: Optional[str]) -> Call[CreditsHistory]:
    """One page of the credits history."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise InvalidArgumentError("limit must be a positive integer")
    page: Union[int, Unset] = _given(limit)
    return Call(
        get_credits_history.build_request(limit=page, cursor=_given(cursor)),
        get_credits_history.parse_success,
    )


def stats_call(period: Optional[str]) -> Call[CreditsStats]:
    """The credits statistics of a period."""
    return Call(
        get_credits_stats.build_request(period=_given(period)), get_credits_stats.parse_success
    )


CHAT_PARSE = parse_chat
MODELS = Call(list_models.build_request(), _models)
CAPABILITIES = Call(get_capabilities.build_request(), _capabilities)
BALANCE = Call(get_credits_balance.build_request(), get_credits_balance.parse_success)
HEALTH = Call(health_check.build_request(), health_check.parse_success)
