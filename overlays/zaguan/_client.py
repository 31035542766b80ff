"""The Zaguan CoreX clients: :class:`ZaguanClient` (blocking) and :class:`AsyncZaguanClient`."""

from __future__ import annotations

import os
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterator,
    List,
    Literal,
    Mapping,
    Optional,
    TypeVar,
    Union,
    overload,
)

import httpx

from zaguan._runtime import (
    DEFAULT_TIMEOUT,
    AsyncClientBase,
    AsyncStream,
    Call,
    CallOptions,
    SdkSettings,
    Stream,
    SyncClientBase,
    TimeoutTypes,
    aiter_pages,
    client_config,
    iter_pages,
    request_options,
)
from zaguan._runtime._streaming import deferred_stream
from zaguan.generated.api.credit import AsyncCreditMethods, CreditMethods
from zaguan.generated.api.embeddings import AsyncEmbeddingsMethods, EmbeddingsMethods
from zaguan.generated.api.health import AsyncHealthMethods, HealthMethods
from zaguan.generated.api.images import AsyncImagesMethods, ImagesMethods
from zaguan.generated.api.models import AsyncModelsMethods, ModelsMethods
from zaguan.generated.api.moderations import AsyncModerationsMethods, ModerationsMethods

if TYPE_CHECKING:
    from zaguan.generated.models import (
        ChatChunk,
        ChatResponse,
        CreditsHistory,
        CreditsHistoryEntry,
        ModelCapabilities,
    )

from ._messages import AsyncMessagesMethods, MessagesMethods
from ._version import __version__
from .errors import ERROR_TABLE, InvalidArgumentError

if TYPE_CHECKING:
    from typing_extensions import Required, Unpack

    from zaguan._runtime import AsyncBinaryResponse, BinaryResponse, FileInput
    from zaguan.generated.models import SpeechRequest, TranscriptionResponse
    from zaguan.generated.params import SpeechRequestParam

    SpeechRequestLike = Union[SpeechRequest, SpeechRequestParam, Mapping[str, Any]]

    class SpeechKeywords(CallOptions, total=False):
        """The keywords of ``create_speech()``: the request's fields (when no request is
        given) and the call options."""

        model: str
        input: str
        voice: str
        response_format: Optional[str]
        speed: Optional[float]

    class TranscriptKeywords(CallOptions, total=False):
        """The keywords of a transcription or translation: the request's fields but the file
        and the format, and the call options."""

        model: Required[str]
        language: Optional[str]
        prompt: Optional[str]
        temperature: Optional[float]

    from zaguan.generated.models import ChatRequest
    from zaguan.generated.params import ChatRequestParam

    from ._calls import ChatKeywords, RequestLike

    ChatRequestLike = Union[ChatRequest, ChatRequestParam, Mapping[str, Any]]


if TYPE_CHECKING:
    from zaguan._runtime._client_base import AsyncClientOptions, SyncClientOptions

    class ZaguanOptions(SyncClientOptions, total=False):
        """What :meth:`ZaguanClient.with_options` changes: the constructor's keywords, and
        ``set_default_headers``."""

        api_key: Optional[str]

    class AsyncZaguanOptions(AsyncClientOptions, total=False):
        """What :meth:`AsyncZaguanClient.with_options` changes."""

        api_key: Optional[str]


__all__ = ["DEFAULT_BASE_URL", "AsyncZaguanClient", "ZaguanClient"]

DEFAULT_BASE_URL = "https://api.zaguanai.com"
DEFAULT_MAX_RETRIES = 2
#: The model of ``chat_simple()`` and ``chat_with_system()`` when none is given, as in
#: Zaguan's earlier SDK.
DEFAULT_MODEL = "openai/gpt-4o-mini"
T = TypeVar("T")
Z = TypeVar("Z", bound="ZaguanClient")
AZ = TypeVar("AZ", bound="AsyncZaguanClient")


_SDK = SdkSettings(
    name="zaguan",
    client_name="ZaguanClient",
    env_prefix="ZAGUAN",
    default_base_url=DEFAULT_BASE_URL,
    # The documented base URL ends with /v1 while the paths carry it too (and /health does
    # not): both forms are accepted, and /v1 removed.
    version_in_base=False,
    user_agent=f"zaguan-python/{__version__}",
    errors=ERROR_TABLE,
    invalid=InvalidArgumentError,
)


class ZaguanClient(
    SyncClientBase,
    ModelsMethods,
    CreditMethods,
    HealthMethods,
    EmbeddingsMethods,
    ImagesMethods,
    ModerationsMethods,
    MessagesMethods,
):
    """Blocking client of Zaguan CoreX; safe to share between threads.

    ``list_models``, ``get_credits_balance``, ``get_credits_stats``, ``health_check``,
    ``create_embeddings``, ``create_image`` and ``create_moderation`` are generated from the
    spec (``zaguan.generated.api.*``); Anthropic's Messages API (``messages``, ``messages_stream``,
    ``count_tokens`` and the message batches) comes from ``MessagesMethods``; the rest is
    written here.

    ``base_url`` falls back to ``ZAGUAN_BASE_URL``, then production, and may end with ``/v1``
    or not. ``api_key`` falls back to ``ZAGUAN_API_KEY``. ``timeout`` is in seconds (or an
    ``httpx.Timeout``; None waits forever); ``max_retries`` applies to connection errors,
    timeouts, 408, 409, 429 and 5xx. Every method takes the keyword arguments of
    :class:`CallOptions`: ``request_id`` (default: a fresh UUID, sent as ``X-Request-Id`` and
    kept across retries), ``timeout``, ``max_retries``, ``extra_headers``, ``extra_query``
    and ``extra_body`` (merged into the JSON body, for fields the SDK does not know).
    ``sleep``, ``random`` and ``clock`` replace ``time.sleep``, ``random.random`` and
    ``time.time`` for the retries, so tests never wait for real.
    """

    def __init__(
        self,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        http_client: Optional[httpx.Client] = None,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        sleep: Optional[Callable[[float], None]] = None,
        random: Optional[Callable[[], float]] = None,
        clock: Optional[Callable[[], float]] = None,
    ) -> None:
        config = client_config(
            _SDK,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        settings = {"default_headers": None if default_headers is None else dict(default_headers)}
        super().__init__(
            config, http_client, sleep=sleep, random=random, clock=clock, settings=settings
        )
        # Here rather than at the top: the calls load the generated package, which
        # `import zaguan` need not pay for.
        from . import _calls

        self._calls = _calls

    def _run(self, call: Call[T], options: Mapping[str, Any]) -> T:
        return self.send(call, **options)

    def with_options(self: Z, **options: Unpack[ZaguanOptions]) -> Z:
        """A new client with these settings changed (any of the constructor's keywords, and
        ``set_default_headers``), sharing this client's connection pool.

        A keyword left out keeps this client's setting; ``default_headers`` are merged over
        this client's, ``set_default_headers`` replace them. Closing the copy leaves this
        client working; closing this client closes the pool for both. Values are checked as
        the constructor checks them (:class:`~zaguan.InvalidArgumentError`, nothing sent).
        ``client.copy(...)`` is the same method (openai-python's two names)."""
        return self._with_options(options)

    copy = with_options

    @overload
    def chat(self, request: ChatRequestLike, **options: Unpack[CallOptions]) -> ChatResponse: ...

    @overload
    def chat(self, request: None = None, **kwargs: Unpack[ChatKeywords]) -> ChatResponse: ...

    def chat(self, request: RequestLike = None, **kwargs: Any) -> ChatResponse:
        """A chat completion. ``request`` is a ChatRequest or a dict; or leave it out and pass
        the fields as keyword arguments (``chat(model=..., messages=[...])``). Keyword fields
        given with a request override its fields."""
        fields, options = self._calls.split_keywords("chat", kwargs)
        return self._run(self._calls.chat_call(request, fields), options)

    @overload
    def chat_stream(
        self, request: ChatRequestLike, **options: Unpack[CallOptions]
    ) -> Stream[ChatChunk]: ...

    @overload
    def chat_stream(
        self, request: None = None, **kwargs: Unpack[ChatKeywords]
    ) -> Stream[ChatChunk]: ...

    def chat_stream(self, request: RequestLike = None, **kwargs: Any) -> Stream[ChatChunk]:
        """A streamed chat completion: iterate the result for :class:`ChatChunk` events.

        The request is sent now; HTTP errors are raised here. Close the stream (or use
        ``with``) if you stop early; :func:`zaguan.collect_stream` folds it into one
        ChatResponse.
        """
        fields, options = self._calls.split_keywords("chat_stream", kwargs)
        described = self._calls.stream_request(request, fields)
        call_options = request_options(options, InvalidArgumentError)
        return self._transport.stream(described, self._calls.parse_chunk, call_options)

    def chat_simple(
        self, message: str, model: str = DEFAULT_MODEL, **options: Unpack[CallOptions]
    ) -> ChatResponse:
        """One user message, one reply (the helper of Zaguan's earlier SDK)."""
        return self.chat(self._calls.simple_request(model, None, message), **options)

    def chat_with_system(
        self,
        system_prompt: str,
        user_message: str,
        model: str = DEFAULT_MODEL,
        **options: Unpack[CallOptions],
    ) -> ChatResponse:
        """A system prompt and one user message (the helper of Zaguan's earlier SDK)."""
        request = self._calls.simple_request(model, system_prompt, user_message)
        return self.chat(request, **options)

    def get_capabilities(self, **options: Unpack[CallOptions]) -> List[ModelCapabilities]:
        """What each model supports (vision, tools, reasoning, context size)."""
        return self._run(self._calls.CAPABILITIES, options)

    def get_credits_history(
        self,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CreditsHistory:
        """One page of the credits history; pass the page's ``next_cursor`` for the next."""
        return self._run(self._calls.history_call(limit, cursor), options)

    def iter_credits_history(
        self, limit: Optional[int] = None, **options: Unpack[CallOptions]
    ) -> Iterator[CreditsHistoryEntry]:
        """Every entry of the credits history, fetching page after page as you iterate.

        Each page is its own call with its own request id. A cursor handed out twice
        raises :class:`~zaguan.errors.APIResponseValidationError` instead of looping.
        """
        return iter_pages(lambda call: self._run(call, options), self._calls.history_pages(limit))

    @overload
    def create_transcription(
        self,
        file: FileInput,
        *,
        response_format: Literal["text", "srt", "vtt"],
        **fields: Unpack[TranscriptKeywords],
    ) -> str: ...

    @overload
    def create_transcription(
        self,
        file: FileInput,
        *,
        response_format: Optional[Literal["json", "verbose_json"]] = None,
        **fields: Unpack[TranscriptKeywords],
    ) -> TranscriptionResponse: ...

    def create_transcription(
        self, file: FileInput, *, response_format: Optional[str] = None, **fields: Any
    ) -> Union[TranscriptionResponse, str]:
        """The text of an audio file (a path, bytes, a binary file, or a ``(name, content)``
        tuple): a :class:`TranscriptionResponse` for ``json`` (the default) and
        ``verbose_json``, the text itself for ``text``, ``srt`` and ``vtt``."""
        call, options = self._calls.transcript_call(
            False, file, {"response_format": response_format, **fields}
        )
        return self._run(call, options)

    @overload
    def create_translation(
        self,
        file: FileInput,
        *,
        response_format: Literal["text", "srt", "vtt"],
        **fields: Unpack[TranscriptKeywords],
    ) -> str: ...

    @overload
    def create_translation(
        self,
        file: FileInput,
        *,
        response_format: Optional[Literal["json", "verbose_json"]] = None,
        **fields: Unpack[TranscriptKeywords],
    ) -> TranscriptionResponse: ...

    def create_translation(
        self, file: FileInput, *, response_format: Optional[str] = None, **fields: Any
    ) -> Union[TranscriptionResponse, str]:
        """An audio file's speech as English text; results as :meth:`create_transcription`."""
        call, options = self._calls.transcript_call(
            True, file, {"response_format": response_format, **fields}
        )
        return self._run(call, options)

    def create_speech(
        self,
        request: Optional[SpeechRequestLike] = None,
        output_path: Optional[Union[str, os.PathLike[str]]] = None,
        /,
        **fields: Unpack[SpeechKeywords],
    ) -> BinaryResponse:
        """Speech audio of ``input``, streamed: iterate ``iter_bytes()``, ``read()`` it, or
        ``write_to_file(path)``; close it (or use ``with``) when you stop early. Given an
        ``output_path`` (as Zaguan's earlier SDK takes it), the audio is written there first."""
        described, options = self._calls.speech_request(request, fields)
        audio = self.send_binary(described, **options)
        if output_path is not None:
            with audio:
                audio.write_to_file(output_path)
        return audio


class AsyncZaguanClient(
    AsyncClientBase,
    AsyncModelsMethods,
    AsyncCreditMethods,
    AsyncHealthMethods,
    AsyncEmbeddingsMethods,
    AsyncImagesMethods,
    AsyncModerationsMethods,
    AsyncMessagesMethods,
):
    """Async client of Zaguan CoreX; safe to share between tasks. See :class:`ZaguanClient`."""

    def __init__(
        self,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        http_client: Optional[httpx.AsyncClient] = None,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        sleep: Optional[Callable[[float], Awaitable[Any]]] = None,
        random: Optional[Callable[[], float]] = None,
        clock: Optional[Callable[[], float]] = None,
    ) -> None:
        config = client_config(
            _SDK,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        settings = {"default_headers": None if default_headers is None else dict(default_headers)}
        super().__init__(
            config, http_client, sleep=sleep, random=random, clock=clock, settings=settings
        )
        from . import _calls

        self._calls = _calls

    async def _run(self, call: Call[T], options: Mapping[str, Any]) -> T:
        return await self.send(call, **options)

    def with_options(self: AZ, **options: Unpack[AsyncZaguanOptions]) -> AZ:
        """See :meth:`ZaguanClient.with_options` (``http_client`` an ``httpx.AsyncClient``,
        ``sleep`` a coroutine function); ``copy`` is the same method."""
        return self._with_options(options)

    copy = with_options

    @overload
    async def chat(
        self, request: ChatRequestLike, **options: Unpack[CallOptions]
    ) -> ChatResponse: ...

    @overload
    async def chat(self, request: None = None, **kwargs: Unpack[ChatKeywords]) -> ChatResponse: ...

    async def chat(self, request: RequestLike = None, **kwargs: Any) -> ChatResponse:
        """A chat completion; see :meth:`ZaguanClient.chat`."""
        fields, options = self._calls.split_keywords("chat", kwargs)
        return await self._run(self._calls.chat_call(request, fields), options)

    @overload
    def chat_stream(
        self, request: ChatRequestLike, **options: Unpack[CallOptions]
    ) -> AsyncStream[ChatChunk]: ...

    @overload
    def chat_stream(
        self, request: None = None, **kwargs: Unpack[ChatKeywords]
    ) -> AsyncStream[ChatChunk]: ...

    def chat_stream(self, request: RequestLike = None, **kwargs: Any) -> AsyncStream[ChatChunk]:
        """A streamed chat completion: ``async for chunk in client.chat_stream(...)``.

        The request is sent on first use: ``async for``, ``async with``, or ``await`` (which
        returns the stream once its response has started, raising HTTP errors there). Bad
        arguments are refused at once. See :meth:`ZaguanClient.chat_stream`.
        """
        fields, options = self._calls.split_keywords("chat_stream", kwargs)
        described = self._calls.stream_request(request, fields)
        call_options = request_options(options, InvalidArgumentError)
        return deferred_stream(self._transport, described, self._calls.parse_chunk, call_options)

    async def chat_simple(
        self, message: str, model: str = DEFAULT_MODEL, **options: Unpack[CallOptions]
    ) -> ChatResponse:
        """One user message, one reply (the helper of Zaguan's earlier SDK)."""
        return await self.chat(self._calls.simple_request(model, None, message), **options)

    async def chat_with_system(
        self,
        system_prompt: str,
        user_message: str,
        model: str = DEFAULT_MODEL,
        **options: Unpack[CallOptions],
    ) -> ChatResponse:
        """A system prompt and one user message (the helper of Zaguan's earlier SDK)."""
        request = self._calls.simple_request(model, system_prompt, user_message)
        return await self.chat(request, **options)

    async def get_capabilities(self, **options: Unpack[CallOptions]) -> List[ModelCapabilities]:
        """What each model supports (vision, tools, reasoning, context size)."""
        return await self._run(self._calls.CAPABILITIES, options)

    async def get_credits_history(
        self,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CreditsHistory:
        """One page of the credits history; pass the page's ``next_cursor`` for the next."""
        return await self._run(self._calls.history_call(limit, cursor), options)

    def iter_credits_history(
        self, limit: Optional[int] = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[CreditsHistoryEntry]:
        """Every entry of the credits history: ``async for`` fetches page after page.

        A cursor handed out twice raises :class:`~zaguan.errors.APIResponseValidationError`.
        """
        return aiter_pages(lambda call: self._run(call, options), self._calls.history_pages(limit))

    @overload
    async def create_transcription(
        self,
        file: FileInput,
        *,
        response_format: Literal["text", "srt", "vtt"],
        **fields: Unpack[TranscriptKeywords],
    ) -> str: ...

    @overload
    async def create_transcription(
        self,
        file: FileInput,
        *,
        response_format: Optional[Literal["json", "verbose_json"]] = None,
        **fields: Unpack[TranscriptKeywords],
    ) -> TranscriptionResponse: ...

    async def create_transcription(
        self, file: FileInput, *, response_format: Optional[str] = None, **fields: Any
    ) -> Union[TranscriptionResponse, str]:
        """The text of an audio file (a path, bytes, a binary file, or a ``(name, content)``
        tuple): a :class:`TranscriptionResponse` for ``json`` (the default) and
        ``verbose_json``, the text itself for ``text``, ``srt`` and ``vtt``."""
        call, options = self._calls.transcript_call(
            False, file, {"response_format": response_format, **fields}
        )
        return await self._run(call, options)

    @overload
    async def create_translation(
        self,
        file: FileInput,
        *,
        response_format: Literal["text", "srt", "vtt"],
        **fields: Unpack[TranscriptKeywords],
    ) -> str: ...

    @overload
    async def create_translation(
        self,
        file: FileInput,
        *,
        response_format: Optional[Literal["json", "verbose_json"]] = None,
        **fields: Unpack[TranscriptKeywords],
    ) -> TranscriptionResponse: ...

    async def create_translation(
        self, file: FileInput, *, response_format: Optional[str] = None, **fields: Any
    ) -> Union[TranscriptionResponse, str]:
        """An audio file's speech as English text; results as :meth:`create_transcription`."""
        call, options = self._calls.transcript_call(
            True, file, {"response_format": response_format, **fields}
        )
        return await self._run(call, options)

    async def create_speech(
        self,
        request: Optional[SpeechRequestLike] = None,
        output_path: Optional[Union[str, os.PathLike[str]]] = None,
        /,
        **fields: Unpack[SpeechKeywords],
    ) -> AsyncBinaryResponse:
        """See :meth:`ZaguanClient.create_speech`."""
        described, options = self._calls.speech_request(request, fields)
        audio = await self.send_binary(described, **options)
        if output_path is not None:
            async with audio:
                await audio.write_to_file(output_path)
        return audio
