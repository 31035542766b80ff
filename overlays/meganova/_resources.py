"""The resources of a Meganova client: chat, models, usage and billing, sync and async.

Each method describes its call with the generated endpoint module and hands it to the shared
runtime; the sync and async classes differ only in ``await``.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Literal,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    TypedDict,
    Union,
    overload,
)

from typing_extensions import NotRequired

from _gateway_runtime import (
    AsyncResource,
    Call,
    CallOptions,
    RequestDescription,
    RequestOptions,
    SyncResource,
    arun,
    build_body,
    check_chat_request,
    request_options,
    run,
    split_options,
)
from _gateway_runtime._streaming import deferred_stream
from meganova_api.api.audio import AsyncAudioMethods, AudioMethods
from meganova_api.api.billing import AsyncBillingMethods, BillingMethods
from meganova_api.api.chat import create_chat_completion
from meganova_api.api.embeddings import AsyncEmbeddingsMethods, EmbeddingsMethods
from meganova_api.api.images import AsyncImagesMethods, ImagesMethods
from meganova_api.api.models import AsyncModelsMethods, ModelsMethods
from meganova_api.api.rerank import create_rerank
from meganova_api.api.usage import AsyncUsageMethods, UsageMethods
from meganova_api.models import (
    ChatRequest,
    ChatResponse,
    RerankResponse,
)
from meganova_api.params import ChatMessageParam, StreamOptionsParam, ToolParam

from ._streaming import AsyncChatStream, ChatStream, parse_event
from .errors import InvalidArgumentError

if TYPE_CHECKING:
    from typing_extensions import Required, Unpack

    from ._client import AsyncMegaNova, MegaNova

    class RerankKeywords(CallOptions, total=False):
        """The keywords of ``rerank.create()``: the request's fields but the query and the
        documents (given by position), and the call options."""

        model: Required[str]
        top_n: Optional[int]
        return_documents: Optional[bool]


__all__ = [
    "AsyncAudio",
    "AsyncBilling",
    "AsyncChat",
    "AsyncCompletions",
    "AsyncEmbeddings",
    "AsyncImages",
    "AsyncModels",
    "AsyncRerank",
    "AsyncUsage",
    "Audio",
    "Billing",
    "Chat",
    "ChatFields",
    "ChatKeywords",
    "Completions",
    "Embeddings",
    "Images",
    "Models",
    "Rerank",
    "Usage",
]


class ChatFields(TypedDict):
    """The fields of a chat request, as ``meganova_api.params.ChatRequestParam`` has them, but
    ``stream``: ``create()`` takes that one on its own, so that its result type follows it.

    (A TypedDict cannot drop a key it inherits, hence this copy of the generated one;
    tests/meganova/test_vendor_names.py fails as soon as the two differ.)
    """

    model: str
    messages: list[ChatMessageParam]
    temperature: NotRequired[float]
    top_p: NotRequired[float]
    n: NotRequired[int]
    max_tokens: NotRequired[int]
    max_completion_tokens: NotRequired[int]
    stop: NotRequired[Union[str, list[str]]]
    stream_options: NotRequired[StreamOptionsParam]
    presence_penalty: NotRequired[float]
    frequency_penalty: NotRequired[float]
    logit_bias: NotRequired[Any]
    logprobs: NotRequired[bool]
    top_logprobs: NotRequired[int]
    seed: NotRequired[int]
    user: NotRequired[str]
    tools: NotRequired[list[ToolParam]]
    tool_choice: NotRequired[Any]
    parallel_tool_calls: NotRequired[bool]
    response_format: NotRequired[Any]
    session_id: NotRequired[str]
    include_reasoning: NotRequired[bool]


class ChatKeywords(ChatFields, CallOptions):
    """The keyword arguments of ``chat.create()`` (besides ``stream``) and ``chat.stream()``:
    the request's fields and the per-call options (``request_id``, ``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``)."""


def _chat(
    kwargs: Mapping[str, Any], stream: bool
) -> Tuple[RequestDescription, Optional[RequestOptions]]:
    """The request and options of a chat call, checked before anything is sent.

    Keywords that are not call options go into the body, unknown ones included: the guideline
    gives ``create()`` and ``stream()`` a ``**kwargs`` pass-through (``session_id`` and the
    like), which the typed signature narrows for type checkers only.
    """
    fields, options = split_options(kwargs)
    messages: Any = fields.get("messages")
    if not isinstance(messages, (str, bytes, Mapping, list, tuple)) and hasattr(
        messages, "__iter__"
    ):
        fields["messages"] = list(messages)  # a generator of messages, say
    fields["stream"] = True if stream else None
    body = build_body(ChatRequest, None, fields, InvalidArgumentError, check_chat_request)
    described = create_chat_completion.build_request(body=body)
    return described, request_options(options, InvalidArgumentError)


class Completions:
    """``client.chat.completions``: ``create()`` under the name openai-python and Meganova's
    earlier SDK use (``client.chat.completions.create(...)``)."""

    def __init__(self, client: MegaNova) -> None:
        self._transport = client._transport

    @overload
    def create(
        self, *, stream: Literal[False] = False, **kwargs: Unpack[ChatKeywords]
    ) -> ChatResponse: ...

    @overload
    def create(self, *, stream: Literal[True], **kwargs: Unpack[ChatKeywords]) -> ChatStream: ...

    @overload
    def create(
        self, *, stream: bool, **kwargs: Unpack[ChatKeywords]
    ) -> Union[ChatResponse, ChatStream]: ...

    def create(self, *, stream: bool = False, **kwargs: Any) -> Union[ChatResponse, ChatStream]:
        """Create a chat completion; with ``stream=True``, return a :class:`ChatStream`.

        ``messages`` and ``model`` are required. Other keyword arguments are the request's
        fields (``temperature``, ``max_tokens``, ``tools``, ``session_id``, ...; one the SDK
        does not know goes into the body as given) and the per-call options ``request_id``
        (sent as X-Request-Id), ``timeout``, ``max_retries``, ``extra_headers``,
        ``extra_query`` and ``extra_body``.
        """
        described, options = _chat(kwargs, stream)
        if stream:
            return ChatStream(self._transport.stream(described, parse_event, options))
        return run(self._transport, Call(described, create_chat_completion.parse_success), options)


class Chat(Completions):
    """``client.chat``: chat completions, whole (``create``) or streamed (``stream``)."""

    def __init__(self, client: MegaNova) -> None:
        super().__init__(client)
        self.completions: Completions = Completions(client)
        """The same ``create()``, as ``client.chat.completions.create(...)``."""

    def stream(self, **kwargs: Unpack[ChatKeywords]) -> ChatStream:
        """Stream a chat completion: iterate the result for :class:`ChatStreamChunk` items.

        Takes what :meth:`create` takes, but ``stream``.
        """
        described, options = _chat(kwargs, True)
        return ChatStream(self._transport.stream(described, parse_event, options))


class AsyncCompletions:
    """``client.chat.completions`` of :class:`AsyncMegaNova`."""

    def __init__(self, client: AsyncMegaNova) -> None:
        self._transport = client._transport

    @overload
    async def create(
        self, *, stream: Literal[False] = False, **kwargs: Unpack[ChatKeywords]
    ) -> ChatResponse: ...

    @overload
    async def create(
        self, *, stream: Literal[True], **kwargs: Unpack[ChatKeywords]
    ) -> AsyncChatStream: ...

    @overload
    async def create(
        self, *, stream: bool, **kwargs: Unpack[ChatKeywords]
    ) -> Union[ChatResponse, AsyncChatStream]: ...

    async def create(
        self, *, stream: bool = False, **kwargs: Any
    ) -> Union[ChatResponse, AsyncChatStream]:
        """Create a chat completion; with ``stream=True``, return an :class:`AsyncChatStream`
        whose response has started. See :meth:`Completions.create`."""
        described, options = _chat(kwargs, stream)
        if stream:
            return await AsyncChatStream(
                deferred_stream(self._transport, described, parse_event, options)
            )
        call = Call(described, create_chat_completion.parse_success)
        return await arun(self._transport, call, options)


class AsyncChat(AsyncCompletions):
    """``client.chat`` of :class:`AsyncMegaNova`."""

    def __init__(self, client: AsyncMegaNova) -> None:
        super().__init__(client)
        self.completions: AsyncCompletions = AsyncCompletions(client)
        """The same ``create()``, as ``client.chat.completions.create(...)``."""

    def stream(self, **kwargs: Unpack[ChatKeywords]) -> AsyncChatStream:
        """Stream a chat completion: ``async for chunk in client.chat.stream(...)``.

        The request is sent on first use (``async for``, ``async with`` or ``await``); bad
        arguments are refused at once. Takes what :meth:`Completions.create` takes, but
        ``stream``.
        """
        described, options = _chat(kwargs, True)
        return AsyncChatStream(deferred_stream(self._transport, described, parse_event, options))


class Models(SyncResource, ModelsMethods):
    """``client.models``: the models available to the key (``list()``, ``get(model_id)``;
    generated from the spec)."""


class AsyncModels(AsyncResource, AsyncModelsMethods):
    """``client.models`` of :class:`AsyncMegaNova`."""


class Usage(SyncResource, UsageMethods):
    """``client.usage``: ``summary(from_=..., to=..., group_by=...)`` (generated from the spec)."""


class AsyncUsage(AsyncResource, AsyncUsageMethods):
    """``client.usage`` of :class:`AsyncMegaNova`."""


class Billing(SyncResource, BillingMethods):
    """``client.billing``: ``get_balance()`` (generated from the spec)."""

    # The name of Meganova's earlier SDK for the same balance.
    get_user_instance_billings = BillingMethods.get_balance


class AsyncBilling(AsyncResource, AsyncBillingMethods):
    """``client.billing`` of :class:`AsyncMegaNova`."""

    get_user_instance_billings = AsyncBillingMethods.get_balance


class Embeddings(SyncResource, EmbeddingsMethods):
    """``client.embeddings``: ``create(input, model=...)`` (generated from the spec)."""


class AsyncEmbeddings(AsyncResource, AsyncEmbeddingsMethods):
    """``client.embeddings`` of :class:`AsyncMegaNova`."""


class Audio(SyncResource, AudioMethods):
    """``client.audio``: ``transcribe(file, model=...)`` (generated from the spec); ``file`` is
    a path, bytes, a binary file or a ``(name, content)`` tuple."""


class AsyncAudio(AsyncResource, AsyncAudioMethods):
    """``client.audio`` of :class:`AsyncMegaNova`."""


class Images(SyncResource, ImagesMethods):
    """``client.images``: ``generate(prompt, model=...)`` (generated from the spec)."""


class AsyncImages(AsyncResource, AsyncImagesMethods):
    """``client.images`` of :class:`AsyncMegaNova`."""


def _most_relevant_first(data: Any) -> RerankResponse:
    ranked = create_rerank.parse_success(data)
    # Servers send the results sorted, mostly; the guideline's users rely on it, so it holds.
    ranked.results.sort(key=lambda result: result.relevance_score, reverse=True)
    return ranked


def _rerank_call(
    query: str,
    documents: Sequence[Union[str, Mapping[str, Any]]],
    keywords: Mapping[str, Any],
) -> Tuple[Call[RerankResponse], Dict[str, Any]]:
    body, options = split_options(keywords)
    if isinstance(documents, (str, bytes)) or not isinstance(documents, Sequence):
        raise InvalidArgumentError("documents must be a list of strings or objects")
    body.update(query=query, documents=list(documents))
    return Call(create_rerank.build_request(body=body), _most_relevant_first), options


class Rerank(SyncResource):
    """``client.rerank``: ``create(query, documents, model=...)``, most relevant first."""

    def create(
        self,
        query: str,
        documents: Sequence[Union[str, Mapping[str, Any]]],
        /,
        **kwargs: Unpack[RerankKeywords],
    ) -> RerankResponse:
        """Rank ``documents`` by relevance to ``query``; each result has the document's
        ``index`` and its ``relevance_score``, most relevant first."""
        call, options = _rerank_call(query, documents, {"return_documents": True, **kwargs})
        return self.send(call, **options)


class AsyncRerank(AsyncResource):
    """``client.rerank`` of :class:`AsyncMegaNova`."""

    async def create(
        self,
        query: str,
        documents: Sequence[Union[str, Mapping[str, Any]]],
        /,
        **kwargs: Unpack[RerankKeywords],
    ) -> RerankResponse:
        """See :meth:`Rerank.create`."""
        call, options = _rerank_call(query, documents, {"return_documents": True, **kwargs})
        return await self.send(call, **options)
