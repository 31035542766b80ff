"""The resources of a Meganova client: chat, models, usage and billing, sync and async.

Each method describes its call with the generated endpoint module and hands it to the shared
runtime; the sync and async classes differ only in ``await``.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    Iterator,
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

from meganova._runtime import (
    AsyncResource,
    Call,
    CallOptions,
    Pages,
    RequestDescription,
    RequestOptions,
    SyncResource,
    aiter_pages,
    arun,
    build_body,
    check_chat_request,
    iter_pages,
    request_options,
    run,
    split_options,
)
from meganova._runtime._streaming import deferred_stream
from meganova.generated.api.audio import AsyncAudioMethods, AudioMethods
from meganova.generated.api.billing import AsyncBillingMethods, BillingMethods
from meganova.generated.api.chat import create_chat_completion
from meganova.generated.api.embeddings import AsyncEmbeddingsMethods, EmbeddingsMethods
from meganova.generated.api.images import AsyncImagesMethods, ImagesMethods
from meganova.generated.api.models import AsyncModelsMethods, ModelsMethods
from meganova.generated.api.rerank import create_rerank
from meganova.generated.api.serverless import list_serverless_models
from meganova.generated.api.usage import AsyncUsageMethods, UsageMethods
from meganova.generated.api.videos import AsyncVideosMethods, VideosMethods, generate_video
from meganova.generated.models import (
    ChatRequest,
    ChatResponse,
    RerankResponse,
    ServerlessFilterLogic,
    ServerlessModel,
    ServerlessModelsResponse,
    VideoGenerationRequest,
    VideoGenerationResponse,
)
from meganova.generated.params import ChatMessageParam, StreamOptionsParam, ToolParam

from ._streaming import AsyncChatStream, ChatStream, chunk_reader
from .errors import APIResponseValidationError, InvalidArgumentError

if TYPE_CHECKING:
    from typing_extensions import Required, Unpack

    from meganova.generated.params import VideoGenerationRequestParam

    from ._client import AsyncMegaNova, MegaNova

    class RerankKeywords(CallOptions, total=False):
        """The keywords of ``rerank.create()``: the request's fields but the query and the
        documents (given by position), and the call options."""

        model: Required[str]
        top_n: Optional[int]
        return_documents: Optional[bool]

    class VideoKeywords(VideoGenerationRequestParam, CallOptions, total=False):
        """The keywords of ``videos.generate()``: ``model_name`` (required), the model's own
        parameters (``prompt``; others, such as ``duration``, reach the body as given) and
        the call options."""


__all__ = [
    "AsyncAudio",
    "AsyncBilling",
    "AsyncChat",
    "AsyncCompletions",
    "AsyncEmbeddings",
    "AsyncImages",
    "AsyncModels",
    "AsyncRerank",
    "AsyncServerless",
    "AsyncUsage",
    "AsyncVideos",
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
    "Serverless",
    "ServerlessFilters",
    "Usage",
    "Videos",
]


class ChatFields(TypedDict):
    """The fields of a chat request, as ``meganova.generated.params.ChatRequestParam`` has them, but
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
            return ChatStream._adopt(self._transport.stream(described, chunk_reader(), options))
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
        return ChatStream._adopt(self._transport.stream(described, chunk_reader(), options))


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
            return await deferred_stream(
                self._transport, described, chunk_reader(), options, stream_class=AsyncChatStream
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
        return deferred_stream(
            self._transport, described, chunk_reader(), options, stream_class=AsyncChatStream
        )


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


# --- videos ---------------------------------------------------------------------------------


def _video_call(fields: Mapping[str, Any]) -> Tuple[Call[VideoGenerationResponse], Dict[str, Any]]:
    body, options = split_options(fields)
    model_name = body.get("model_name")
    if not isinstance(model_name, str) or not model_name:
        raise InvalidArgumentError(
            "model_name must be a non-empty string naming a video model (videos.list_models())"
        )
    VideoGenerationRequest.from_dict(body)  # a value of the wrong type raises, naming it
    # Sent at most once (the spec's x-sdk-idempotent: false, carried by build_request): a
    # generation is paid for and the API takes no idempotency key.
    return Call(generate_video.build_request(body=body), generate_video.parse_success), options


class Videos(SyncResource, VideosMethods):
    """``client.videos``: ``generate(model_name=..., prompt=..., ...)`` and ``list_models()``."""

    def generate(self, **kwargs: Unpack[VideoKeywords]) -> VideoGenerationResponse:
        """Generate a video with ``model_name``; the other keywords are the model's parameters
        (``prompt``, ``duration``, ``resolution``, ...) and the call options.

        Returns the generation's ``status``, ``message`` and ``data`` (the job, or the
        result). Never sent twice: a retry happens only when the request certainly did not
        reach the server (the connection failed, or a 429 refused it).
        """
        call, options = _video_call(kwargs)
        return self.send(call, **options)


class AsyncVideos(AsyncResource, AsyncVideosMethods):
    """``client.videos`` of :class:`AsyncMegaNova`."""

    async def generate(self, **kwargs: Unpack[VideoKeywords]) -> VideoGenerationResponse:
        """See :meth:`Videos.generate`."""
        call, options = _video_call(kwargs)
        return await self.send(call, **options)


# --- the serverless catalogue ---------------------------------------------------------------

#: A filter's values: one string (commas separate values, as the API reads them) or a list.
Filter = Union[str, Sequence[str], None]


class ServerlessFilters(CallOptions, total=False):
    """The keywords of ``serverless.list_models()`` and ``iter_models()`` besides
    ``modality``: the filters, the page, and the call options."""

    search: Optional[str]
    highlight: Filter
    use_case: Filter
    model_family: Filter
    filter_logic: Union[ServerlessFilterLogic, Literal["and", "or"], None]
    include_tag_counts: Optional[bool]
    page: Optional[int]
    page_size: Optional[int]


_FILTER_NAMES = frozenset(ServerlessFilters.__annotations__) - frozenset(
    CallOptions.__annotations__
)
_LIST_FILTERS = ("modality", "highlight", "use_case", "model_family")


def _joined(name: str, value: Any) -> Any:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        return value  # the generated request checks the type, naming the filter
    if not all(isinstance(item, str) for item in value):
        raise InvalidArgumentError(f"{name} must be a string or a list of strings")
    return ",".join(value)


def _catalogue_page(data: Any) -> ServerlessModelsResponse:
    # The API wraps the page in `data`; a reply without the wrapper is read as the page.
    if isinstance(data, Mapping) and isinstance(data.get("data"), Mapping):
        return list_serverless_models.parse_success(data).data
    return ServerlessModelsResponse.from_dict(data)


def _catalogue_call(
    modality: Filter, filters: Mapping[str, Any]
) -> Tuple[Call[ServerlessModelsResponse], Dict[str, Any]]:
    fields, options = split_options({"modality": modality, **filters})
    unknown = fields.keys() - _FILTER_NAMES - {"modality"}
    if unknown:
        raise InvalidArgumentError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
    # Tag counts unless told otherwise, as Meganova's earlier SDK always asked for them.
    fields.setdefault("include_tag_counts", True)
    for name in _LIST_FILTERS:
        if name in fields:
            fields[name] = _joined(name, fields[name])
    return Call(list_serverless_models.build_request(**fields), _catalogue_page), options


def _catalogue_pages(
    modality: Filter, filters: Mapping[str, Any]
) -> Tuple[Pages[ServerlessModelsResponse, ServerlessModel], Dict[str, Any]]:
    """Every model that matches, page after page from ``page`` (default 1), and the call
    options; the arguments are checked here, at once."""
    asked: int = filters.get("page") or 1

    def after(page: ServerlessModelsResponse) -> Optional[Call[ServerlessModelsResponse]]:
        nonlocal asked
        following = _next_page(page, asked)
        if following is None:
            return None
        asked = following
        return _catalogue_call(modality, {**filters, "page": asked})[0]

    first, options = _catalogue_call(modality, {**filters, "page": asked})
    return Pages(first, lambda page: page.models, after), options


def _next_page(page: ServerlessModelsResponse, asked: int) -> Optional[int]:
    """The page to ask for after ``asked``, or None when ``page`` was the last."""
    if not page.models or page.total_pages is None or asked >= page.total_pages:
        return None
    if page.page is not None and page.page != asked:
        raise APIResponseValidationError(
            f"The catalogue answered page {page.page} when asked for page {asked}: "
            "stopping rather than walking pages that may repeat",
            request_id=page.request_id,
        )
    return asked + 1


class Serverless(SyncResource):
    """``client.serverless``: the serverless model catalogue, on the web API host (the
    client's ``web_base_url``)."""

    def list_models(
        self, modality: Filter = None, **filters: Unpack[ServerlessFilters]
    ) -> ServerlessModelsResponse:
        """One page of the models that match the filters: ``models``, ``count`` (all the
        matches), ``tag_counts``, and ``page``, ``page_size``, ``total_pages`` when the API
        pages.

        Each filter takes a string (commas separate values) or a list of strings:
        ``modality`` (``"text_generation"``, ``"text_to_image"``, ``"multimodal"``, ...),
        ``highlight``, ``use_case``, ``model_family``; ``search`` looks in every tag;
        ``filter_logic`` is ``"or"`` (any value, the default) or ``"and"`` (all).
        ``include_tag_counts`` is sent as True unless given.
        """
        call, options = _catalogue_call(modality, filters)
        return self.send(call, **options)

    def iter_models(
        self, modality: Filter = None, **filters: Unpack[ServerlessFilters]
    ) -> Iterator[ServerlessModel]:
        """Every model that matches the filters, asking for page after page as you iterate
        (from ``page``, default 1). Each page is its own call."""
        pages, options = _catalogue_pages(modality, filters)
        return iter_pages(lambda call: self.send(call, **options), pages)


class AsyncServerless(AsyncResource):
    """``client.serverless`` of :class:`AsyncMegaNova`."""

    async def list_models(
        self, modality: Filter = None, **filters: Unpack[ServerlessFilters]
    ) -> ServerlessModelsResponse:
        """See :meth:`Serverless.list_models`."""
        call, options = _catalogue_call(modality, filters)
        return await self.send(call, **options)

    def iter_models(
        self, modality: Filter = None, **filters: Unpack[ServerlessFilters]
    ) -> AsyncIterator[ServerlessModel]:
        """See :meth:`Serverless.iter_models`: ``async for`` asks for page after page."""
        pages, options = _catalogue_pages(modality, filters)
        return aiter_pages(lambda call: self.send(call, **options), pages)
