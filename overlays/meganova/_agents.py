"""Cloud agents deployed from Meganova Studio: :class:`CloudAgent` and :class:`AsyncCloudAgent`,
with the names of Meganova's earlier SDK (``meganova.cloud``), so that code written for it runs
unchanged.

The agent key is the credential (it sits in the URL path; no API key is sent). It is held as a
:class:`~meganova._runtime.Secret` from the moment it is given: the request descriptions (the
generated endpoints' ``build_request``, the spec marks the key ``x-sdk-secret``) carry a
``{agent_key}`` placeholder, the runtime fills it in only when the HTTP request is built, and
every error, retry log and repr of the call hides it, even when a server echoes it back.
"""

from __future__ import annotations

from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Awaitable,
    Callable,
    Dict,
    List,
    Literal,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Type,
    TypeVar,
    Union,
    overload,
)

import httpx

from meganova._runtime import (
    DEFAULT_TIMEOUT,
    AsyncClientBase,
    AsyncStream,
    Call,
    CallOptions,
    SdkSettings,
    Secret,
    Stream,
    SyncClientBase,
    TimeoutTypes,
    client_config,
    request_options,
)
from meganova._runtime._client_base import copy_arguments
from meganova._runtime._options import credential_problem
from meganova._runtime._streaming import deferred_stream
from meganova.generated.api.agents import (
    chat_with_agent,
    confirm_agent_tool_call,
    create_agent_completion,
    get_agent_info,
)
from meganova.generated.models import (
    AgentChatRequest,
    AgentChatResponse,
    AgentCompletionRequest,
    AgentConfirmRequest,
    AgentInfo,
    AgentToolAction,
    AgentUserIdentifierType,
    ChatCompletionChunk,
    ChatResponse,
    PendingToolCall,
)

from ._client import DEFAULT_CLOUD_BASE_URL
from ._version import __version__
from .errors import ERROR_TABLE, InvalidArgumentError, MeganovaError

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from meganova._runtime._client_base import AsyncClientOptions, SyncClientOptions
    from meganova.generated.params import ChatMessageParam

    from ._client import AsyncMegaNova, MegaNova

__all__ = [
    "AsyncCloudAgent",
    "AsyncConversation",
    "CloudAgent",
    "Conversation",
    "agent_secret",
]

A = TypeVar("A", bound="CloudAgent")
AA = TypeVar("AA", bound="AsyncCloudAgent")

_ACTIONS = ("approve", "reject")

_CLOUD_SDK = SdkSettings(
    name="meganova",
    client_name="CloudAgent",
    # MEGANOVA_CLOUD_BASE_URL, as MegaNova(cloud_base_url=...) reads it.
    env_prefix="MEGANOVA_CLOUD",
    default_base_url=DEFAULT_CLOUD_BASE_URL,
    version_in_base=False,
    user_agent=f"meganova-python/{__version__}",
    errors=ERROR_TABLE,
    invalid=InvalidArgumentError,
    uses_api_key=False,
)


def agent_secret(value: object) -> Union[Secret, InvalidArgumentError]:
    """The agent key as a :class:`Secret`, or the error refusing it (returned, not raised, so
    that the caller can drop the key from its frame first: a traceback's locals are shown by
    debuggers and error trackers). The message never quotes the key."""
    # A Secret too (an agent's own key, given to its with_options() copy, or the caller's):
    # checked as a str would be, through its value.
    problem = credential_problem(
        value.reveal() if isinstance(value, Secret) else value, "agent_key"
    )
    if problem is not None:
        return InvalidArgumentError(problem, path="agent_key")
    return value if isinstance(value, Secret) else Secret(value)  # type: ignore[arg-type]


def _info_call(key: Secret) -> Call[AgentInfo]:
    request = get_agent_info.build_request(key)
    return Call(request, get_agent_info.parse_success)


def _fields(given: Mapping[str, Any]) -> Dict[str, Any]:
    # None means "not given", as for every method's keywords.
    return {name: value for name, value in given.items() if value is not None}


def _chat_call(key: Secret, message: object, fields: Mapping[str, Any]) -> Call[AgentChatResponse]:
    body = _fields(fields)
    if not isinstance(message, str) or not message:
        raise InvalidArgumentError(
            f"message must be a non-empty str, not {_shown(message)}", path="message"
        )
    body["message"] = message
    AgentChatRequest.from_dict(body)  # a value of the wrong type raises, naming it
    request = chat_with_agent.build_request(key, body=body)
    return Call(request, chat_with_agent.parse_success)


def _confirm_call(key: Secret, approval_id: object, action: object) -> Call[AgentChatResponse]:
    if not isinstance(approval_id, str) or not approval_id:
        raise InvalidArgumentError(
            f"approval_id must be a non-empty str (a PendingToolCall's), not {_shown(approval_id)}",
            path="approval_id",
        )
    value = action.value if isinstance(action, AgentToolAction) else action
    if value not in _ACTIONS:
        raise InvalidArgumentError(
            f"action must be 'approve' or 'reject', not {_shown(action)}", path="action"
        )
    body = {"approval_id": approval_id, "action": value}
    AgentConfirmRequest.from_dict(body)
    request = confirm_agent_tool_call.build_request(key, body=body)
    return Call(request, confirm_agent_tool_call.parse_success)


def _completion_request(
    key: Secret, messages: object, stream: bool, fields: Mapping[str, Any]
) -> Dict[str, Any]:
    body = _fields(fields)
    if isinstance(messages, (str, bytes, Mapping)) or not isinstance(messages, Sequence):
        raise InvalidArgumentError(
            f"messages must be a list of messages, not {type(messages).__name__}",
            path="messages",
        )
    if not messages:
        raise InvalidArgumentError("messages must not be empty", path="messages")
    if not isinstance(stream, bool):
        raise InvalidArgumentError(f"stream must be a bool, not {type(stream).__name__}")
    body.update(messages=list(messages), stream=stream)
    AgentCompletionRequest.from_dict(body)
    return create_agent_completion.build_request(key, body=body)


def _chunk(data: Any, request_id: str) -> ChatCompletionChunk:
    chunk = ChatCompletionChunk.from_dict(data)
    chunk._request_id = request_id
    return chunk


def _shown(value: object) -> str:
    # Short, and only for what cannot be a secret (an approval id is not one).
    return (
        repr(value)[:80]
        if isinstance(value, (str, int, float, type(None)))
        else type(value).__name__
    )


# What an agent's with_options() takes: its constructor's keywords but the key (another key
# is another agent), and set_default_headers.
_AGENT_OPTIONS = (
    "base_url",
    "clock",
    "default_headers",
    "http_client",
    "max_retries",
    "random",
    "set_default_headers",
    "sleep",
    "timeout",
)


def _agent_copy(agent: Union[CloudAgent, AsyncCloudAgent], options: Mapping[str, Any]) -> Any:
    """The agent's copy with ``options`` changed, as a client's ``with_options()``: an agent of
    its own builds the copy with its constructor over its pool; an agent of a client's
    (``client.agents(key)``) sends through that client's copy, ``base_url`` being the
    client's ``cloud_base_url``."""
    for name in options:
        if name not in _AGENT_OPTIONS:
            raise InvalidArgumentError(
                f"with_options() got an unexpected keyword argument {name!r}; it takes "
                f"{', '.join(_AGENT_OPTIONS)}"
            )
    if agent._owns_client:
        arguments = copy_arguments(agent._client, agent._client._transport, options)
        key: Any = agent._key  # a Secret: the constructor takes it as it is
        return type(agent)(key, **arguments)
    given = dict(options)
    if "base_url" in given:
        given["cloud_base_url"] = given.pop("base_url")
    client = agent._client.with_options(**given)
    return type(agent)._through(client, agent._key, client.cloud_base_url)


def _agent_repr(agent: object) -> str:
    # getattr: a repr must work on an agent whose construction failed half-way (a debugger
    # or an error tracker shows the `self` of the frame that raised).
    base_url = getattr(agent, "base_url", None)
    return f"{type(agent).__name__}(base_url={base_url!r}, agent_key=[REDACTED])"


class CloudAgent:
    """A cloud agent deployed from Meganova Studio, addressed by its key (``agent_...``).

    ``CloudAgent(agent_key)`` (or ``api_key=``, the earlier SDK's name) talks to
    ``base_url``, else ``MEGANOVA_CLOUD_BASE_URL``, else ``https://studio-api.meganova.ai``;
    no API key is needed or sent. ``MegaNova(...).agents(agent_key)`` gives one that sends
    through that client instead. ``timeout``, ``max_retries``, ``http_client``,
    ``default_headers``, ``sleep``, ``random`` and ``clock`` are as for :class:`MegaNova`.

    The key is a secret: no error, repr, log record or traceback frame of the SDK shows it.
    An empty key, or one that is not printable ASCII without spaces, is refused here with
    :class:`~meganova.InvalidArgumentError`, without quoting it.

    ``chat()`` and ``confirm_tool()`` (and ``completions()``) act, so they are never sent
    twice: they are retried only when the request certainly did not reach the server.
    """

    _client: Any
    _owns_client: bool

    def __init__(
        self,
        agent_key: Optional[str] = None,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        http_client: Optional[httpx.Client] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        sleep: Optional[Callable[[float], None]] = None,
        random: Optional[Callable[[], float]] = None,
        clock: Optional[Callable[[], float]] = None,
    ) -> None:
        key = _key_argument(agent_key, api_key)
        del agent_key, api_key  # out of this frame (a traceback's locals) before anything raises
        if not isinstance(key, Secret):
            raise key
        config = _cloud_config(base_url, timeout, max_retries, default_headers)
        self._key = key
        settings = {"default_headers": None if default_headers is None else dict(default_headers)}
        self._client = SyncClientBase(
            config, http_client, sleep=sleep, random=random, clock=clock, settings=settings
        )
        self._owns_client = True
        self.base_url: str = config.base_url
        """The agents' host."""

    @classmethod
    def _through(cls: Type[A], client: MegaNova, key: Secret, base_url: str) -> A:
        """An agent sending through ``client`` (``MegaNova.agents``), which stays the owner
        of the connections."""
        agent = cls.__new__(cls)
        agent._key = key
        agent._client = client
        agent._owns_client = False
        agent.base_url = base_url
        return agent

    def info(self, **options: Unpack[CallOptions]) -> AgentInfo:
        """The agent's public information: ``name``, ``description``, ``welcome_message``,
        ``is_available``, ..."""
        result: AgentInfo = self._client.send(_info_call(self._key), **options)
        return result

    def chat(
        self,
        message: str,
        *,
        conversation_id: Optional[str] = None,
        user_identifier: Optional[str] = None,
        user_identifier_type: Union[AgentUserIdentifierType, str, None] = None,
        extra_data: Optional[Mapping[str, Any]] = None,
        **options: Unpack[CallOptions],
    ) -> AgentChatResponse:
        """Send ``message`` and return the agent's reply (``response``, ``conversation_id``
        to continue with, and a ``pending_tool_call`` when the agent waits for an approval).

        ``user_identifier`` (and its ``user_identifier_type``: ``email``, ``phone``,
        ``user_id``, ``anonymous``) lets the agent remember the user; ``extra_data`` is
        metadata for it. Never sent twice (see the class).
        """
        fields = {
            "conversation_id": conversation_id,
            "user_identifier": user_identifier,
            "user_identifier_type": user_identifier_type,
            "extra_data": extra_data,
        }
        call = _chat_call(self._key, message, fields)
        result: AgentChatResponse = self._client.send(call, **options)
        return result

    def confirm_tool(
        self,
        approval_id: str,
        action: Union[AgentToolAction, Literal["approve", "reject"]] = "approve",
        **options: Unpack[CallOptions],
    ) -> AgentChatResponse:
        """Approve (the default) or ``"reject"`` the pending tool call ``approval_id`` (a
        :class:`PendingToolCall`'s); returns the agent's reply, with the tool's result when
        approved. Never sent twice (see the class)."""
        call = _confirm_call(self._key, approval_id, action)
        result: AgentChatResponse = self._client.send(call, **options)
        return result

    @overload
    def completions(
        self,
        messages: Sequence[ChatMessageParam],
        *,
        stream: Literal[False] = False,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        user: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> ChatResponse: ...

    @overload
    def completions(
        self,
        messages: Sequence[ChatMessageParam],
        *,
        stream: Literal[True],
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        user: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> Stream[ChatCompletionChunk]: ...

    def completions(
        self,
        messages: Sequence[ChatMessageParam],
        *,
        stream: bool = False,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        user: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> Union[ChatResponse, Stream[ChatCompletionChunk]]:
        """Chat through the OpenAI-compatible shape: a whole :class:`ChatResponse`, or with
        ``stream=True`` a stream of :class:`ChatCompletionChunk` (iterate it; use ``with`` or
        ``close()`` to stop early). ``temperature`` and ``max_tokens`` override the agent's;
        ``user`` is its ``user_identifier``. Never sent twice (see the class)."""
        fields = {"temperature": temperature, "max_tokens": max_tokens, "user": user}
        request = _completion_request(self._key, messages, stream, fields)
        if not stream:
            call = Call(request, create_agent_completion.parse_success)
            result: ChatResponse = self._client.send(call, **options)
            return result
        checked = request_options(options, InvalidArgumentError)
        return self._client._transport.stream(request, _chunk, checked)  # type: ignore[no-any-return]

    def with_options(self: A, **options: Unpack[SyncClientOptions]) -> A:
        """The same agent with these settings changed (the constructor's keywords but the key,
        and ``set_default_headers``), as :meth:`MegaNova.with_options`: it shares this agent's
        connections, and closing it leaves them open. An agent of a client's
        (``client.agents(key)``) gives one sending through that client's copy.
        ``agent.copy(...)`` is the same method."""
        result: A = _agent_copy(self, options)
        return result

    copy = with_options

    def conversation(self, conversation_id: Optional[str] = None) -> Conversation:
        """A :class:`Conversation` with this agent that keeps its ``conversation_id`` and its
        pending tool call from reply to reply (``conversation_id`` resumes one)."""
        return Conversation(self, conversation_id=conversation_id)

    def close(self) -> None:
        """Close the connections, unless the agent sends through a :class:`MegaNova` client
        (``client.agents(...)``: closing that client closes them) or your ``http_client``."""
        if self._owns_client:
            self._client.close()

    def __enter__(self: A) -> A:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return _agent_repr(self)

    def __reduce__(self) -> Tuple[Any, ...]:
        raise TypeError("a CloudAgent is not pickled: it holds a secret key and connections")


class AsyncCloudAgent:
    """The async twin of :class:`CloudAgent`: the same constructor (``sleep`` a coroutine
    function, ``http_client`` an ``httpx.AsyncClient``) and methods, awaited;
    ``completions(..., stream=True)`` returns a started :class:`AsyncStream` of
    :class:`ChatCompletionChunk` for ``async for``."""

    _client: Any
    _owns_client: bool

    def __init__(
        self,
        agent_key: Optional[str] = None,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        http_client: Optional[httpx.AsyncClient] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        sleep: Optional[Callable[[float], Awaitable[Any]]] = None,
        random: Optional[Callable[[], float]] = None,
        clock: Optional[Callable[[], float]] = None,
    ) -> None:
        key = _key_argument(agent_key, api_key)
        del agent_key, api_key
        if not isinstance(key, Secret):
            raise key
        config = _cloud_config(base_url, timeout, max_retries, default_headers)
        self._key = key
        settings = {"default_headers": None if default_headers is None else dict(default_headers)}
        self._client = AsyncClientBase(
            config, http_client, sleep=sleep, random=random, clock=clock, settings=settings
        )
        self._owns_client = True
        self.base_url: str = config.base_url
        """The agents' host."""

    @classmethod
    def _through(cls: Type[AA], client: AsyncMegaNova, key: Secret, base_url: str) -> AA:
        agent = cls.__new__(cls)
        agent._key = key
        agent._client = client
        agent._owns_client = False
        agent.base_url = base_url
        return agent

    async def info(self, **options: Unpack[CallOptions]) -> AgentInfo:
        """See :meth:`CloudAgent.info`."""
        result: AgentInfo = await self._client.send(_info_call(self._key), **options)
        return result

    async def chat(
        self,
        message: str,
        *,
        conversation_id: Optional[str] = None,
        user_identifier: Optional[str] = None,
        user_identifier_type: Union[AgentUserIdentifierType, str, None] = None,
        extra_data: Optional[Mapping[str, Any]] = None,
        **options: Unpack[CallOptions],
    ) -> AgentChatResponse:
        """See :meth:`CloudAgent.chat`."""
        fields = {
            "conversation_id": conversation_id,
            "user_identifier": user_identifier,
            "user_identifier_type": user_identifier_type,
            "extra_data": extra_data,
        }
        call = _chat_call(self._key, message, fields)
        result: AgentChatResponse = await self._client.send(call, **options)
        return result

    async def confirm_tool(
        self,
        approval_id: str,
        action: Union[AgentToolAction, Literal["approve", "reject"]] = "approve",
        **options: Unpack[CallOptions],
    ) -> AgentChatResponse:
        """See :meth:`CloudAgent.confirm_tool`."""
        call = _confirm_call(self._key, approval_id, action)
        result: AgentChatResponse = await self._client.send(call, **options)
        return result

    @overload
    async def completions(
        self,
        messages: Sequence[ChatMessageParam],
        *,
        stream: Literal[False] = False,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        user: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> ChatResponse: ...

    @overload
    async def completions(
        self,
        messages: Sequence[ChatMessageParam],
        *,
        stream: Literal[True],
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        user: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> AsyncStream[ChatCompletionChunk]: ...

    async def completions(
        self,
        messages: Sequence[ChatMessageParam],
        *,
        stream: bool = False,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        user: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> Union[ChatResponse, AsyncStream[ChatCompletionChunk]]:
        """See :meth:`CloudAgent.completions`; the stream is returned once its response has
        started (HTTP errors raise here), for ``async for``."""
        fields = {"temperature": temperature, "max_tokens": max_tokens, "user": user}
        request = _completion_request(self._key, messages, stream, fields)
        if not stream:
            call = Call(request, create_agent_completion.parse_success)
            result: ChatResponse = await self._client.send(call, **options)
            return result
        checked = request_options(options, InvalidArgumentError)
        return await deferred_stream(self._client._transport, request, _chunk, checked)

    def with_options(self: AA, **options: Unpack[AsyncClientOptions]) -> AA:
        """See :meth:`CloudAgent.with_options`; ``copy`` is the same method."""
        result: AA = _agent_copy(self, options)
        return result

    copy = with_options

    def conversation(self, conversation_id: Optional[str] = None) -> AsyncConversation:
        """See :meth:`CloudAgent.conversation`."""
        return AsyncConversation(self, conversation_id=conversation_id)

    async def close(self) -> None:
        """See :meth:`CloudAgent.close`."""
        if self._owns_client:
            await self._client.close()

    async def __aenter__(self: AA) -> AA:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return _agent_repr(self)

    def __reduce__(self) -> Tuple[Any, ...]:
        raise TypeError("an AsyncCloudAgent is not pickled: it holds a secret key and connections")


def _key_argument(agent_key: object, api_key: object) -> Union[Secret, InvalidArgumentError]:
    if agent_key is not None and api_key is not None:
        return InvalidArgumentError(
            "pass the agent key once: agent_key, or api_key (the earlier SDK's name)"
        )
    if agent_key is None and api_key is None:
        return InvalidArgumentError(
            "No agent key: pass CloudAgent(agent_key=...) (it starts with 'agent_'; Meganova "
            "Studio shows it on the agent's page)"
        )
    return agent_secret(agent_key if agent_key is not None else api_key)


def _cloud_config(
    base_url: Optional[str],
    timeout: TimeoutTypes,
    max_retries: int,
    default_headers: Optional[Mapping[str, str]],
) -> Any:
    return client_config(
        _CLOUD_SDK,
        api_key=None,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers,
        sdk_headers={"X-MN-SDK": "python"},
    )


# --- conversations -----------------------------------------------------------------------------


class _ConversationState:
    """What a conversation remembers between replies; no I/O."""

    def __init__(self, conversation_id: Optional[str]) -> None:
        self.conversation_id = conversation_id
        """The conversation's id (None until the first reply starts one)."""
        self.messages: List[Dict[str, str]] = []
        """The exchange so far, as ``{"role", "content"}`` dicts."""
        self._pending_tool_call: Optional[PendingToolCall] = None

    @property
    def pending_tool_call(self) -> Optional[PendingToolCall]:
        """The tool call the agent waits to have approved, if any."""
        return self._pending_tool_call

    def _approval_id(self, what: str) -> str:
        if self._pending_tool_call is None:
            raise MeganovaError(f"No pending tool call to {what}")
        return self._pending_tool_call.approval_id

    def _chatted(self, message: str, reply: AgentChatResponse) -> AgentChatResponse:
        self.conversation_id = reply.conversation_id
        self.messages.append({"role": "user", "content": message})
        self.messages.append({"role": "assistant", "content": reply.response})
        self._pending_tool_call = reply.pending_tool_call
        return reply

    def _confirmed(self, reply: AgentChatResponse) -> AgentChatResponse:
        self._pending_tool_call = reply.pending_tool_call
        self.messages.append({"role": "assistant", "content": reply.response})
        return reply

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(conversation_id={self.conversation_id!r}, "
            f"messages={len(self.messages)}, pending_tool_call={self._pending_tool_call is not None})"
        )


class Conversation(_ConversationState):
    """A conversation with a :class:`CloudAgent` (``agent.conversation()``): each ``chat``
    continues it, and ``confirm()`` / ``reject()`` answer the tool call it waits on
    (``pending_tool_call``); ``messages`` holds the exchange."""

    def __init__(self, agent: CloudAgent, conversation_id: Optional[str] = None) -> None:
        super().__init__(conversation_id)
        self._agent = agent

    def chat(
        self,
        message: str,
        *,
        user_identifier: Optional[str] = None,
        user_identifier_type: Union[AgentUserIdentifierType, str, None] = None,
        extra_data: Optional[Mapping[str, Any]] = None,
        **options: Unpack[CallOptions],
    ) -> AgentChatResponse:
        """Send ``message`` in this conversation; see :meth:`CloudAgent.chat`."""
        reply = self._agent.chat(
            message,
            conversation_id=self.conversation_id,
            user_identifier=user_identifier,
            user_identifier_type=user_identifier_type,
            extra_data=extra_data,
            **options,
        )
        return self._chatted(message, reply)

    def confirm(self, **options: Unpack[CallOptions]) -> AgentChatResponse:
        """Approve the pending tool call (:class:`~meganova.MeganovaError` when none waits)."""
        approval_id = self._approval_id("confirm")
        return self._confirmed(self._agent.confirm_tool(approval_id, "approve", **options))

    def reject(self, **options: Unpack[CallOptions]) -> AgentChatResponse:
        """Reject the pending tool call (:class:`~meganova.MeganovaError` when none waits)."""
        approval_id = self._approval_id("reject")
        return self._confirmed(self._agent.confirm_tool(approval_id, "reject", **options))


class AsyncConversation(_ConversationState):
    """The async twin of :class:`Conversation` (``async_agent.conversation()``)."""

    def __init__(self, agent: AsyncCloudAgent, conversation_id: Optional[str] = None) -> None:
        super().__init__(conversation_id)
        self._agent = agent

    async def chat(
        self,
        message: str,
        *,
        user_identifier: Optional[str] = None,
        user_identifier_type: Union[AgentUserIdentifierType, str, None] = None,
        extra_data: Optional[Mapping[str, Any]] = None,
        **options: Unpack[CallOptions],
    ) -> AgentChatResponse:
        """See :meth:`Conversation.chat`."""
        reply = await self._agent.chat(
            message,
            conversation_id=self.conversation_id,
            user_identifier=user_identifier,
            user_identifier_type=user_identifier_type,
            extra_data=extra_data,
            **options,
        )
        return self._chatted(message, reply)

    async def confirm(self, **options: Unpack[CallOptions]) -> AgentChatResponse:
        """See :meth:`Conversation.confirm`."""
        approval_id = self._approval_id("confirm")
        return self._confirmed(await self._agent.confirm_tool(approval_id, "approve", **options))

    async def reject(self, **options: Unpack[CallOptions]) -> AgentChatResponse:
        """See :meth:`Conversation.reject`."""
        approval_id = self._approval_id("reject")
        return self._confirmed(await self._agent.confirm_tool(approval_id, "reject", **options))
