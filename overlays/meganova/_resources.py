"""The resources of a Meganova client: chat, models, usage and billing, sync and async.

Each method describes its call with the generated endpoint module and hands it to the shared
runtime; the sync and async classes differ only in ``await``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Literal, Mapping, Optional, Sequence, Union, overload

from _gateway_runtime import (
    Call,
    CallOptions,
    RequestOptions,
    TimeoutTypes,
    arun,
    build_body,
    check_chat_request,
    request_options,
    run,
)
from meganova_api.api.billing import get_billing_balance
from meganova_api.api.chat import create_chat_completion
from meganova_api.api.models import get_model, list_models
from meganova_api.api.usage import get_usage_summary
from meganova_api.models import (
    BillingBalance,
    ChatMessage,
    ChatRequest,
    ChatResponse,
    ModelInfo,
    UsageSummary,
)
from meganova_api.params import ChatMessageParam
from meganova_api.types import UNSET, Unset

from ._streaming import AsyncChatStream, ChatStream, parse_event
from .errors import InvalidArgumentError

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._client import AsyncMegaNova, MegaNova

__all__ = [
    "AsyncBilling",
    "AsyncChat",
    "AsyncModels",
    "AsyncUsage",
    "Billing",
    "Chat",
    "Models",
    "Usage",
]

Messages = Sequence[Union[ChatMessageParam, ChatMessage, Mapping[str, Any]]]


def _chat_request(
    messages: Messages,
    model: str,
    temperature: Optional[float],
    max_tokens: Optional[int],
    stream: bool,
    kwargs: Mapping[str, Any],
) -> dict[str, Any]:
    request = dict(kwargs)
    if not isinstance(messages, (str, bytes, Mapping)):
        messages = list(messages)
    request.update(messages=messages, model=model, temperature=temperature)
    request.update(max_tokens=max_tokens, stream=True if stream else None)
    return request


def _call_options(
    timeout: TimeoutTypes, max_retries: Optional[int], extra_headers: Optional[Mapping[str, str]]
) -> Optional[RequestOptions]:
    options = CallOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
    return request_options(options, InvalidArgumentError)


def _opts(options: CallOptions) -> Optional[RequestOptions]:
    return request_options(options, InvalidArgumentError)


def _chat_call(request: Mapping[str, Any]) -> dict[str, Any]:
    body = build_body(ChatRequest, None, request, InvalidArgumentError, check_chat_request)
    return create_chat_completion.build_request(body=body)


def _usage_call(
    from_: str, to: str, group_by: Optional[str], user_id: Optional[str], api_key: Optional[str]
) -> Call[UsageSummary]:
    for name, value in (("from_", from_), ("to", to)):
        if not isinstance(value, str) or not value:
            raise InvalidArgumentError(f"{name} must be an ISO 8601 date-time string")
    described = get_usage_summary.build_request(
        from_=from_,
        to=to,
        group_by=_given(group_by),
        user_id=_given(user_id),
        api_key=_given(api_key),
    )
    return Call(described, get_usage_summary.parse_success)


def _given(value: Optional[str]) -> Union[str, Unset]:
    return UNSET if value is None else value


def _model_call(model_id: str) -> Call[ModelInfo]:
    if not isinstance(model_id, str) or not model_id:
        raise InvalidArgumentError("model_id must be a non-empty string")
    return Call(get_model.build_request(model_id=model_id), get_model.parse_success)


def _models(data: Any) -> List[ModelInfo]:
    return list_models.parse_success(data).data


_LIST_MODELS = Call(list_models.build_request(), _models)
_BALANCE = Call(get_billing_balance.build_request(), get_billing_balance.parse_success)


class Chat:
    """``client.chat``: chat completions, whole or streamed."""

    def __init__(self, client: MegaNova) -> None:
        self._transport = client._transport

    @overload
    def create(
        self,
        *,
        messages: Messages,
        model: str,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        stream: Literal[False] = False,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        **kwargs: Any,
    ) -> ChatResponse: ...

    @overload
    def create(
        self,
        *,
        messages: Messages,
        model: str,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        stream: Literal[True],
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        **kwargs: Any,
    ) -> ChatStream: ...

    def create(
        self,
        *,
        messages: Messages,
        model: str,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        stream: bool = False,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        **kwargs: Any,
    ) -> Union[ChatResponse, ChatStream]:
        """Create a chat completion; with ``stream=True``, return a :class:`ChatStream`.

        Extra keyword arguments (``top_p``, ``tools``, ``session_id``, ...) go into the request
        body as given. ``timeout``, ``max_retries`` and ``extra_headers`` override the client's
        settings for this call.
        """
        request = _chat_request(messages, model, temperature, max_tokens, stream, kwargs)
        options = _call_options(timeout, max_retries, extra_headers)
        described = _chat_call(request)
        if stream:
            return ChatStream(self._transport.stream(described, parse_event, options))
        return run(self._transport, Call(described, create_chat_completion.parse_success), options)

    def stream(
        self,
        *,
        messages: Messages,
        model: str,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        **kwargs: Any,
    ) -> ChatStream:
        """Stream a chat completion: iterate the result for :class:`ChatStreamChunk` items."""
        return self.create(
            messages=messages,
            model=model,
            temperature=temperature,
            max_tokens=max_tokens,
            stream=True,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            **kwargs,
        )


class AsyncChat:
    """``client.chat`` of :class:`AsyncMegaNova`."""

    def __init__(self, client: AsyncMegaNova) -> None:
        self._transport = client._transport

    @overload
    async def create(
        self,
        *,
        messages: Messages,
        model: str,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        stream: Literal[False] = False,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        **kwargs: Any,
    ) -> ChatResponse: ...

    @overload
    async def create(
        self,
        *,
        messages: Messages,
        model: str,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        stream: Literal[True],
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        **kwargs: Any,
    ) -> AsyncChatStream: ...

    async def create(
        self,
        *,
        messages: Messages,
        model: str,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        stream: bool = False,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        **kwargs: Any,
    ) -> Union[ChatResponse, AsyncChatStream]:
        """Create a chat completion; with ``stream=True``, return an :class:`AsyncChatStream`."""
        request = _chat_request(messages, model, temperature, max_tokens, stream, kwargs)
        options = _call_options(timeout, max_retries, extra_headers)
        described = _chat_call(request)
        if stream:
            return AsyncChatStream(await self._transport.stream(described, parse_event, options))
        call = Call(described, create_chat_completion.parse_success)
        return await arun(self._transport, call, options)

    async def stream(
        self,
        *,
        messages: Messages,
        model: str,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        timeout: TimeoutTypes = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        **kwargs: Any,
    ) -> AsyncChatStream:
        """Stream a chat completion: ``async for`` over the result for chunks."""
        return await self.create(
            messages=messages,
            model=model,
            temperature=temperature,
            max_tokens=max_tokens,
            stream=True,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            **kwargs,
        )


class Models:
    """``client.models``: the models available to the key."""

    def __init__(self, client: MegaNova) -> None:
        self._transport = client._transport

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> List[ModelInfo]:
        """Every model the key can use."""
        return run(self._transport, _LIST_MODELS, _opts(options))

    def get(
        self,
        model_id: str,
        **options: Unpack[CallOptions],
    ) -> ModelInfo:
        """One model by id; ids containing ``/`` are sent percent-encoded."""
        return run(self._transport, _model_call(model_id), _opts(options))


class AsyncModels:
    """``client.models`` of :class:`AsyncMegaNova`."""

    def __init__(self, client: AsyncMegaNova) -> None:
        self._transport = client._transport

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> List[ModelInfo]:
        """Every model the key can use."""
        return await arun(self._transport, _LIST_MODELS, _opts(options))

    async def get(
        self,
        model_id: str,
        **options: Unpack[CallOptions],
    ) -> ModelInfo:
        """One model by id; ids containing ``/`` are sent percent-encoded."""
        return await arun(self._transport, _model_call(model_id), _opts(options))


class Usage:
    """``client.usage``: usage over a time range."""

    def __init__(self, client: MegaNova) -> None:
        self._transport = client._transport

    def summary(
        self,
        *,
        from_: str,
        to: str,
        group_by: Optional[str] = None,
        user_id: Optional[str] = None,
        api_key: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> UsageSummary:
        """Usage from ``from_`` to ``to`` (ISO 8601), optionally grouped and filtered."""
        call = _usage_call(from_, to, group_by, user_id, api_key)
        return run(self._transport, call, _opts(options))


class AsyncUsage:
    """``client.usage`` of :class:`AsyncMegaNova`."""

    def __init__(self, client: AsyncMegaNova) -> None:
        self._transport = client._transport

    async def summary(
        self,
        *,
        from_: str,
        to: str,
        group_by: Optional[str] = None,
        user_id: Optional[str] = None,
        api_key: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> UsageSummary:
        """Usage from ``from_`` to ``to`` (ISO 8601), optionally grouped and filtered."""
        call = _usage_call(from_, to, group_by, user_id, api_key)
        return await arun(self._transport, call, _opts(options))


class Billing:
    """``client.billing``: the account balance."""

    def __init__(self, client: MegaNova) -> None:
        self._transport = client._transport

    def get_balance(
        self,
        **options: Unpack[CallOptions],
    ) -> BillingBalance:
        """The account balance, currency and status."""
        return run(self._transport, _BALANCE, _opts(options))


class AsyncBilling:
    """``client.billing`` of :class:`AsyncMegaNova`."""

    def __init__(self, client: AsyncMegaNova) -> None:
        self._transport = client._transport

    async def get_balance(
        self,
        **options: Unpack[CallOptions],
    ) -> BillingBalance:
        """The account balance, currency and status."""
        return await arun(self._transport, _BALANCE, _opts(options))
