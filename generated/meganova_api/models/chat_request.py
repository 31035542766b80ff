# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
    BOOL,
    CONSTRUCTING,
    FLOAT,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.chat_message import ChatMessage
    from ..models.stream_options import StreamOptions
    from ..models.tool import Tool


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ChatRequest(Model):
    """A chat request: the OpenAI-compatible fields plus Meganova's own."""

    model: str
    """ Model id. """
    messages: list[ChatMessage]
    """ The conversation so far. """
    temperature: float | None = None
    """ Sampling temperature, 0 to 2. """
    top_p: float | None = None
    """ Nucleus sampling probability mass. """
    n: int | None = None
    """ How many choices to generate. """
    max_tokens: int | None = None
    """ Most tokens to generate. """
    max_completion_tokens: int | None = None
    """ Most tokens to generate, reasoning included (newer OpenAI name). """
    stop: list[str] | str | None = None
    """ Up to four sequences where generation stops. """
    stream: bool | None = None
    """ Answer as a `text/event-stream` of chunks ending with `data: [DONE]`. """
    stream_options: StreamOptions | None = None
    """ Options of a streamed reply. """
    presence_penalty: float | None = None
    """ Penalty for tokens already present, -2 to 2. """
    frequency_penalty: float | None = None
    """ Penalty proportional to token frequency, -2 to 2. """
    logit_bias: Any | None = None
    """ Token id to bias, -100 to 100. (free-form JSON object) """
    logprobs: bool | None = None
    """ Return log probabilities of the output tokens. """
    top_logprobs: int | None = None
    """ How many most likely tokens to return at each position. """
    seed: int | None = None
    """ Seed for best-effort deterministic sampling. """
    user: str | None = None
    """ End-user identifier, for abuse monitoring. """
    tools: list[Tool] | None = None
    """ Tools the model may call. """
    tool_choice: Any | None = None
    """ `none`, `auto`, `required`, or an object naming one tool (a string or a free-form JSON object). """
    parallel_tool_calls: bool | None = None
    """ Allow several tool calls in one reply. """
    response_format: Any | None = None
    """ For example `{"type": "json_object"}` or a JSON schema format (free-form JSON object). """
    session_id: str | None = None
    """ Character-chat session the messages belong to. """
    include_reasoning: bool | None = None
    """ Return `reasoning_content` from reasoning models. """
    _FIELDS: ClassVar[FieldTable] = {
        "model": ("model", STR, True, None),
        "messages": ("messages", list_kind(model_kind(lambda: ChatMessage)), True, None),
        "temperature": ("temperature", FLOAT, False, None),
        "top_p": ("top_p", FLOAT, False, None),
        "n": ("n", INT, False, None),
        "max_tokens": ("max_tokens", INT, False, None),
        "max_completion_tokens": ("max_completion_tokens", INT, False, None),
        "stop": ("stop", union_kind(STR, list_kind(STR)), False, None),
        "stream": ("stream", BOOL, False, None),
        "stream_options": ("stream_options", model_kind(lambda: StreamOptions), False, None),
        "presence_penalty": ("presence_penalty", FLOAT, False, None),
        "frequency_penalty": ("frequency_penalty", FLOAT, False, None),
        "logit_bias": ("logit_bias", ANY, False, None),
        "logprobs": ("logprobs", BOOL, False, None),
        "top_logprobs": ("top_logprobs", INT, False, None),
        "seed": ("seed", INT, False, None),
        "user": ("user", STR, False, None),
        "tools": ("tools", list_kind(model_kind(lambda: Tool)), False, None),
        "tool_choice": ("tool_choice", ANY, False, None),
        "parallel_tool_calls": ("parallel_tool_calls", BOOL, False, None),
        "response_format": ("response_format", ANY, False, None),
        "session_id": ("session_id", STR, False, None),
        "include_reasoning": ("include_reasoning", BOOL, False, None),
    }

    def __init__(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessage | Mapping[str, Any]],
        temperature: float | None = None,
        top_p: float | None = None,
        n: int | None = None,
        max_tokens: int | None = None,
        max_completion_tokens: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream: bool | None = None,
        stream_options: StreamOptions | Mapping[str, Any] | None = None,
        presence_penalty: float | None = None,
        frequency_penalty: float | None = None,
        logit_bias: Any | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        seed: int | None = None,
        user: str | None = None,
        tools: Sequence[Tool | Mapping[str, Any]] | None = None,
        tool_choice: Any | None = None,
        parallel_tool_calls: bool | None = None,
        response_format: Any | None = None,
        session_id: str | None = None,
        include_reasoning: bool | None = None,
    ) -> None:
        self._parse(
            {
                "model": model,
                "messages": messages,
                "temperature": temperature,
                "top_p": top_p,
                "n": n,
                "max_tokens": max_tokens,
                "max_completion_tokens": max_completion_tokens,
                "stop": stop,
                "stream": stream,
                "stream_options": stream_options,
                "presence_penalty": presence_penalty,
                "frequency_penalty": frequency_penalty,
                "logit_bias": logit_bias,
                "logprobs": logprobs,
                "top_logprobs": top_logprobs,
                "seed": seed,
                "user": user,
                "tools": tools,
                "tool_choice": tool_choice,
                "parallel_tool_calls": parallel_tool_calls,
                "response_format": response_format,
                "session_id": session_id,
                "include_reasoning": include_reasoning,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ChatRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("model")
        if type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("messages")
        if type(value) is list:
            messages_items = []
            parent = (path, "messages")
            for index, item in enumerate(value):
                messages_items.append(
                    item
                    if type(item) is ChatMessage
                    else _parse_chat_message(ChatMessage, item, (parent, index))
                )
            value = messages_items
        else:
            value = cls._coerce("messages", value, path)
        self.messages = value

        value = get("temperature")
        if value is not None and type(value) is not float:
            value = cls._coerce("temperature", value, path)
        self.temperature = value

        value = get("top_p")
        if value is not None and type(value) is not float:
            value = cls._coerce("top_p", value, path)
        self.top_p = value

        value = get("n")
        if value is not None and type(value) is not int:
            value = cls._coerce("n", value, path)
        self.n = value

        value = get("max_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("max_tokens", value, path)
        self.max_tokens = value

        value = get("max_completion_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("max_completion_tokens", value, path)
        self.max_completion_tokens = value

        value = get("stop")
        if value is not None:
            value = cls._coerce("stop", value, path)
        self.stop = value

        value = get("stream")
        if value is not None and type(value) is not bool:
            value = cls._coerce("stream", value, path)
        self.stream = value

        value = get("stream_options")
        if type(value) is dict:
            value = _parse_stream_options(StreamOptions, value, (path, "stream_options"))
        elif value is not None:
            value = cls._coerce("stream_options", value, path)
        self.stream_options = value

        value = get("presence_penalty")
        if value is not None and type(value) is not float:
            value = cls._coerce("presence_penalty", value, path)
        self.presence_penalty = value

        value = get("frequency_penalty")
        if value is not None and type(value) is not float:
            value = cls._coerce("frequency_penalty", value, path)
        self.frequency_penalty = value

        value = get("logit_bias")
        self.logit_bias = value

        value = get("logprobs")
        if value is not None and type(value) is not bool:
            value = cls._coerce("logprobs", value, path)
        self.logprobs = value

        value = get("top_logprobs")
        if value is not None and type(value) is not int:
            value = cls._coerce("top_logprobs", value, path)
        self.top_logprobs = value

        value = get("seed")
        if value is not None and type(value) is not int:
            value = cls._coerce("seed", value, path)
        self.seed = value

        value = get("user")
        if value is not None and type(value) is not str:
            value = cls._coerce("user", value, path)
        self.user = value

        value = get("tools")
        if type(value) is list:
            tools_items = []
            parent = (path, "tools")
            for index, item in enumerate(value):
                tools_items.append(
                    item if type(item) is Tool else _parse_tool(Tool, item, (parent, index))
                )
            value = tools_items
        elif value is not None:
            value = cls._coerce("tools", value, path)
        self.tools = value

        value = get("tool_choice")
        self.tool_choice = value

        value = get("parallel_tool_calls")
        if value is not None and type(value) is not bool:
            value = cls._coerce("parallel_tool_calls", value, path)
        self.parallel_tool_calls = value

        value = get("response_format")
        self.response_format = value

        value = get("session_id")
        if value is not None and type(value) is not str:
            value = cls._coerce("session_id", value, path)
        self.session_id = value

        value = get("include_reasoning")
        if value is not None and type(value) is not bool:
            value = cls._coerce("include_reasoning", value, path)
        self.include_reasoning = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ChatRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ChatRequest.__dict__["_parse"].__func__


from ..models.chat_message import ChatMessage
from ..models.chat_message import _parse as _parse_chat_message
from ..models.stream_options import StreamOptions
from ..models.stream_options import _parse as _parse_stream_options
from ..models.tool import Tool
from ..models.tool import _parse as _parse_tool
