"""Anthropic's Messages API on the Zaguan clients: messages (whole and streamed), token counts
and message batches, with the names of Zaguan's earlier SDK.

Every method takes the call options and ``anthropic_version`` (sent as the ``anthropic-version``
header; default ``2023-06-01``). The calls are described in ``_messages_calls`` (no I/O, loaded
on first use: it loads the generated models, which ``import zaguan`` need not pay for) and
sent through the client's one runtime; only the I/O shells are written twice, sync and async.

``get_messages_batch``, ``cancel_messages_batch`` and ``list_messages_batches`` are generated
(the bases, from ``zaguan.generated.api.messages``: a header parameter is a keyword argument of
a generated method, and a parameter's bounds, such as ``limit``'s, are checked by the generated
code). The rest is hand-written (``x-sdk-method: false`` in the spec) for what the spec
cannot say: the checks of a message or batch before sending (and refusing an unknown keyword,
for ``messages`` and ``count_tokens``), the requests of a batch given positionally, the
streams, the paging iterator and the JSON Lines results.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Iterator,
    Mapping,
    Optional,
    Protocol,
    Sequence,
    TypeVar,
    Union,
    overload,
)

from zaguan._runtime import (
    AsyncStream,
    CallOptions,
    MessageAccumulator,
    Stream,
    aiter_pages,
    iter_pages,
    request_options,
)
from zaguan._runtime._streaming import deferred_stream
from zaguan.generated.api import messages as generated

from .errors import InvalidArgumentError

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from zaguan._runtime import AsyncTransport, Call, SyncTransport
    from zaguan.generated.models import (
        AnthropicCountTokensRequest,
        AnthropicCountTokensResponse,
        AnthropicMessagesBatchItem,
        AnthropicMessagesBatchRequest,
        AnthropicMessagesBatchResponse,
        AnthropicMessagesBatchResult,
        AnthropicMessagesRequest,
        AnthropicMessagesResponse,
    )
    from zaguan.generated.params import (
        AnthropicCountTokensRequestParam,
        AnthropicMessagesBatchItemParam,
        AnthropicMessagesRequestParam,
    )

    from .models import AnthropicMessagesStreamEvent  # noqa: F401 (a base's string annotation)

    MessagesRequestLike = Union[
        AnthropicMessagesRequest, AnthropicMessagesRequestParam, Mapping[str, Any]
    ]
    CountTokensRequestLike = Union[
        AnthropicCountTokensRequest, AnthropicCountTokensRequestParam, Mapping[str, Any]
    ]
    BatchRequestsLike = Union[
        Sequence[
            Union[AnthropicMessagesBatchItem, AnthropicMessagesBatchItemParam, Mapping[str, Any]]
        ],
        AnthropicMessagesBatchRequest,
        Mapping[str, Any],
    ]

__all__ = [
    "AnthropicOptions",
    "AsyncMessageStream",
    "AsyncMessagesMethods",
    "MessageStream",
    "MessagesMethods",
]

T = TypeVar("T")


class AnthropicOptions(CallOptions, total=False):
    """The keywords every Messages method takes: the call options, and ``anthropic_version``
    (the ``anthropic-version`` header; default ``2023-06-01``)."""

    anthropic_version: str


if TYPE_CHECKING:

    class MessagesKeywords(AnthropicMessagesRequestParam, AnthropicOptions):
        """The keywords of ``messages()`` / ``messages_stream()`` without a request: its
        fields, the call options and ``anthropic_version``."""

    class CountTokensKeywords(AnthropicCountTokensRequestParam, AnthropicOptions):
        """The keywords of ``count_tokens()`` without a request."""


class MessageStream(Stream["AnthropicMessagesStreamEvent"]):
    """The typed events of a streamed message (``message_start``, ``content_block_start``,
    ``content_block_delta``, ``content_block_stop``, ``message_delta``, ``message_stop``,
    ``ping``); events of other types are skipped, an ``error`` event raises the SDK's error.

    Each event is folded into the message as it is read: :meth:`get_final_message` reads
    what is left and returns the whole message, also after a loop over the events.
    """

    _accumulator: MessageAccumulator

    def get_final_message(self) -> AnthropicMessagesResponse:
        """The whole message (text and tool input joined per block, usage merged): reads the
        rest of the stream first. A stream closed early gives the message as far as it came."""
        for _ in self:
            pass
        from ._messages_calls import final_message

        return final_message(self._accumulator, self.request_id)


class AsyncMessageStream(AsyncStream["AnthropicMessagesStreamEvent"]):
    """The async :class:`MessageStream`: ``async for``, ``async with``, ``await``."""

    _accumulator: MessageAccumulator

    async def get_final_message(self) -> AnthropicMessagesResponse:
        """The whole message; see :meth:`MessageStream.get_final_message`."""
        async for _ in self:
            pass
        from ._messages_calls import final_message

        return final_message(self._accumulator, self.request_id)


class _SyncClient(Protocol):
    _transport: SyncTransport

    def send(self, call: Call[T], **options: Unpack[CallOptions]) -> T: ...


class _AsyncClient(Protocol):
    _transport: AsyncTransport

    async def send(self, call: Call[T], **options: Unpack[CallOptions]) -> T: ...


class MessagesMethods(generated.MessagesMethods):
    """Anthropic's Messages API, as methods of :class:`~zaguan.ZaguanClient`."""

    @overload
    def messages(
        self: _SyncClient, request: MessagesRequestLike, /, **options: Unpack[AnthropicOptions]
    ) -> AnthropicMessagesResponse: ...

    @overload
    def messages(
        self: _SyncClient, request: None = None, /, **kwargs: Unpack[MessagesKeywords]
    ) -> AnthropicMessagesResponse: ...

    def messages(self: _SyncClient, request: Any = None, /, **kwargs: Any) -> Any:
        """A message from Anthropic's Messages API. ``request`` is an
        ``AnthropicMessagesRequest`` or a dict; or leave it out and pass the fields as keywords
        (``messages(model=..., max_tokens=..., messages=[...])``); keyword fields win."""
        from . import _messages_calls as calls

        fields, options, version = calls.split_keywords("messages", kwargs, calls.MESSAGE_FIELDS)
        return self.send(calls.message_call(request, fields, version), **options)

    @overload
    def messages_stream(
        self: _SyncClient, request: MessagesRequestLike, /, **options: Unpack[AnthropicOptions]
    ) -> MessageStream: ...

    @overload
    def messages_stream(
        self: _SyncClient, request: None = None, /, **kwargs: Unpack[MessagesKeywords]
    ) -> MessageStream: ...

    def messages_stream(self: _SyncClient, request: Any = None, /, **kwargs: Any) -> MessageStream:
        """A streamed message: iterate the :class:`MessageStream` for typed events, and call
        ``get_final_message()`` for the whole message.

        The request is sent now; HTTP errors are raised here. Close the stream (or use
        ``with``) if you stop early. A server that answers with the whole message instead of
        events gives the events that message stands for.
        """
        from . import _messages_calls as calls

        fields, options, version = calls.split_keywords(
            "messages_stream", kwargs, calls.MESSAGE_FIELDS
        )
        described = calls.stream_request(request, fields, version)
        reader, accumulator = calls.event_reader()
        checked = request_options(options, InvalidArgumentError)
        opened = self._transport.stream(described, reader, checked, final_event="message_stop")
        stream = MessageStream._adopt(opened)
        stream._accumulator = accumulator
        return stream

    @overload
    def count_tokens(
        self: _SyncClient, request: CountTokensRequestLike, /, **options: Unpack[AnthropicOptions]
    ) -> AnthropicCountTokensResponse: ...

    @overload
    def count_tokens(
        self: _SyncClient, request: None = None, /, **kwargs: Unpack[CountTokensKeywords]
    ) -> AnthropicCountTokensResponse: ...

    def count_tokens(self: _SyncClient, request: Any = None, /, **kwargs: Any) -> Any:
        """The input tokens of a Messages request (``model``, ``messages``, and ``system``,
        ``tools``, ``tool_choice``, ``thinking`` if given): ``.input_tokens``."""
        from . import _messages_calls as calls

        fields, options, version = calls.split_keywords("count_tokens", kwargs, calls.COUNT_FIELDS)
        return self.send(calls.count_tokens_call(request, fields, version), **options)

    def create_messages_batch(
        self: _SyncClient, requests: BatchRequestsLike, /, **options: Unpack[AnthropicOptions]
    ) -> AnthropicMessagesBatchResponse:
        """A batch of Messages requests, processed asynchronously: ``requests`` is a list of
        ``{"custom_id": ..., "params": {...}}`` (or ``AnthropicMessagesBatchItem``), or the whole
        ``AnthropicMessagesBatchRequest``. Retried with the same request id, which the gateway
        uses as an idempotency key: a retry never makes a second batch."""
        from . import _messages_calls as calls

        version, rest = calls.split_version(options)
        return self.send(calls.create_batch_call(requests, version), **rest)

    def iter_messages_batches(
        self: _SyncClient,
        limit: Optional[int] = None,
        *,
        after_id: Optional[str] = None,
        **options: Unpack[AnthropicOptions],
    ) -> Iterator[AnthropicMessagesBatchResponse]:
        """Every batch, newest first (after ``after_id`` if given), fetching page after page
        as you iterate. Each page is its own call with its own request id; a page handed out
        twice raises :class:`~zaguan.errors.APIResponseValidationError` instead of looping."""
        from . import _messages_calls as calls

        version, rest = calls.split_version(options)
        pages = calls.batch_pages(limit, after_id, version)
        return iter_pages(lambda call: self.send(call, **rest), pages)

    def get_messages_batch_results(
        self: _SyncClient, batch_id: str, **options: Unpack[AnthropicOptions]
    ) -> Stream[AnthropicMessagesBatchResult]:
        """The results of an ended batch, one typed ``AnthropicMessagesBatchResult`` per
        request (``.custom_id``, ``.result``: succeeded, errored, canceled or expired), read
        line by line as they arrive: the whole file is never held in memory.

        The request is sent now; HTTP errors are raised here. Close the stream (or use
        ``with``) if you stop early.
        """
        from . import _messages_calls as calls

        version, rest = calls.split_version(options)
        described = calls.results_request(batch_id, version)
        checked = request_options(rest, InvalidArgumentError)
        results: Stream[AnthropicMessagesBatchResult] = self._transport.stream(
            described, calls.RESULT_LINES, checked
        )
        return results


class AsyncMessagesMethods(generated.AsyncMessagesMethods):
    """Anthropic's Messages API, as methods of :class:`~zaguan.AsyncZaguanClient`; see
    :class:`MessagesMethods`."""

    @overload
    async def messages(
        self: _AsyncClient, request: MessagesRequestLike, /, **options: Unpack[AnthropicOptions]
    ) -> AnthropicMessagesResponse: ...

    @overload
    async def messages(
        self: _AsyncClient, request: None = None, /, **kwargs: Unpack[MessagesKeywords]
    ) -> AnthropicMessagesResponse: ...

    async def messages(self: _AsyncClient, request: Any = None, /, **kwargs: Any) -> Any:
        """A message; see :meth:`MessagesMethods.messages`."""
        from . import _messages_calls as calls

        fields, options, version = calls.split_keywords("messages", kwargs, calls.MESSAGE_FIELDS)
        return await self.send(calls.message_call(request, fields, version), **options)

    @overload
    def messages_stream(
        self: _AsyncClient, request: MessagesRequestLike, /, **options: Unpack[AnthropicOptions]
    ) -> AsyncMessageStream: ...

    @overload
    def messages_stream(
        self: _AsyncClient, request: None = None, /, **kwargs: Unpack[MessagesKeywords]
    ) -> AsyncMessageStream: ...

    def messages_stream(
        self: _AsyncClient, request: Any = None, /, **kwargs: Any
    ) -> AsyncMessageStream:
        """A streamed message: ``async for event in client.messages_stream(...)``, and
        ``await stream.get_final_message()``.

        The request is sent on first use: ``async for``, ``async with``, or ``await`` (which
        returns the stream once its response has started, raising HTTP errors there). Bad
        arguments are refused at once. See :meth:`MessagesMethods.messages_stream`.
        """
        from . import _messages_calls as calls

        fields, options, version = calls.split_keywords(
            "messages_stream", kwargs, calls.MESSAGE_FIELDS
        )
        described = calls.stream_request(request, fields, version)
        reader, accumulator = calls.event_reader()
        checked = request_options(options, InvalidArgumentError)
        stream = deferred_stream(
            self._transport,
            described,
            reader,
            checked,
            final_event="message_stop",
            stream_class=AsyncMessageStream,
        )
        stream._accumulator = accumulator
        return stream

    @overload
    async def count_tokens(
        self: _AsyncClient,
        request: CountTokensRequestLike,
        /,
        **options: Unpack[AnthropicOptions],
    ) -> AnthropicCountTokensResponse: ...

    @overload
    async def count_tokens(
        self: _AsyncClient, request: None = None, /, **kwargs: Unpack[CountTokensKeywords]
    ) -> AnthropicCountTokensResponse: ...

    async def count_tokens(self: _AsyncClient, request: Any = None, /, **kwargs: Any) -> Any:
        """The input tokens of a Messages request; see :meth:`MessagesMethods.count_tokens`."""
        from . import _messages_calls as calls

        fields, options, version = calls.split_keywords("count_tokens", kwargs, calls.COUNT_FIELDS)
        return await self.send(calls.count_tokens_call(request, fields, version), **options)

    async def create_messages_batch(
        self: _AsyncClient, requests: BatchRequestsLike, /, **options: Unpack[AnthropicOptions]
    ) -> AnthropicMessagesBatchResponse:
        """A batch of Messages requests; see :meth:`MessagesMethods.create_messages_batch`."""
        from . import _messages_calls as calls

        version, rest = calls.split_version(options)
        return await self.send(calls.create_batch_call(requests, version), **rest)

    def iter_messages_batches(
        self: _AsyncClient,
        limit: Optional[int] = None,
        *,
        after_id: Optional[str] = None,
        **options: Unpack[AnthropicOptions],
    ) -> AsyncIterator[AnthropicMessagesBatchResponse]:
        """Every batch, newest first: ``async for`` fetches page after page; see
        :meth:`MessagesMethods.iter_messages_batches`."""
        from . import _messages_calls as calls

        version, rest = calls.split_version(options)
        pages = calls.batch_pages(limit, after_id, version)
        return aiter_pages(lambda call: self.send(call, **rest), pages)

    def get_messages_batch_results(
        self: _AsyncClient, batch_id: str, **options: Unpack[AnthropicOptions]
    ) -> AsyncStream[AnthropicMessagesBatchResult]:
        """The results of an ended batch, line by line: ``async for result in ...``; the
        request is sent on first use (``async for``, ``async with`` or ``await``). See
        :meth:`MessagesMethods.get_messages_batch_results`."""
        from . import _messages_calls as calls

        version, rest = calls.split_version(options)
        described = calls.results_request(batch_id, version)
        checked = request_options(rest, InvalidArgumentError)
        results: AsyncStream[AnthropicMessagesBatchResult] = deferred_stream(
            self._transport, described, calls.RESULT_LINES, checked
        )
        return results
