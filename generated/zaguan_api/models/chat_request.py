# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message
    from ..models.stream_options import StreamOptions
    from ..models.tool import Tool


T = TypeVar("T", bound="ChatRequest")


@_attrs_define
class ChatRequest:
    """A chat request: the OpenAI-compatible fields plus Zaguan's extensions, which reach the provider unchanged."""

    model: str
    """ Model id. """
    messages: list[Message]
    """ The conversation so far. """
    temperature: float | Unset = UNSET
    """ Sampling temperature, 0 to 2. """
    top_p: float | Unset = UNSET
    """ Nucleus sampling probability mass. """
    n: int | Unset = UNSET
    """ How many choices to generate. """
    max_tokens: int | Unset = UNSET
    """ Most tokens to generate. """
    max_completion_tokens: int | Unset = UNSET
    """ Most tokens to generate, reasoning included (newer OpenAI name). """
    stop: list[str] | str | Unset = UNSET
    """ Up to four sequences where generation stops. """
    stream: bool | Unset = UNSET
    """ Answer as a `text/event-stream` of chunks ending with `data: [DONE]`. """
    stream_options: StreamOptions | Unset = UNSET
    """ Options of a streamed reply. """
    presence_penalty: float | Unset = UNSET
    """ Penalty for tokens already present, -2 to 2. """
    frequency_penalty: float | Unset = UNSET
    """ Penalty proportional to token frequency, -2 to 2. """
    logit_bias: Any | Unset = UNSET
    """ Token id to bias, -100 to 100. (free-form JSON object) """
    logprobs: bool | Unset = UNSET
    """ Return log probabilities of the output tokens. """
    top_logprobs: int | Unset = UNSET
    """ How many most likely tokens to return at each position. """
    seed: int | Unset = UNSET
    """ Seed for best-effort deterministic sampling. """
    user: str | Unset = UNSET
    """ End-user identifier, for abuse monitoring. """
    tools: list[Tool] | Unset = UNSET
    """ Tools the model may call. """
    tool_choice: Any | Unset = UNSET
    """ `none`, `auto`, `required`, or an object naming one tool (a string or a free-form JSON object). """
    parallel_tool_calls: bool | Unset = UNSET
    """ Allow several tool calls in one reply. """
    response_format: Any | Unset = UNSET
    """ For example `{"type": "json_object"}` or a JSON schema format (free-form JSON object). """
    provider_specific_params: Any | Unset = UNSET
    """ Passed through to the upstream provider as is. (free-form JSON object) """
    reasoning_effort: ReasoningEffort | Unset = UNSET
    """ How hard a reasoning model thinks. Unknown values are kept as is. """
    thinking: bool | Unset = UNSET
    """ Ask for the model's thinking where the provider supports it. """
    virtual_model_id: str | Unset = UNSET
    """ A virtual model configured in the Zaguan dashboard. """
    store: bool | Unset = UNSET
    """ Let the provider store the completion. """
    verbosity: str | Unset = UNSET
    """ Answer length hint (`low`, `medium`, `high`). """
    metadata: Any | Unset = UNSET
    """ Free-form tags stored with the request. (free-form JSON object) """
    modalities: list[str] | Unset = UNSET
    """ Output modalities, such as `["text", "audio"]`. """
    audio: Any | Unset = UNSET
    """ Audio output options (voice, format). (free-form JSON object) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "model": "model",
        "messages": "messages",
        "temperature": "temperature",
        "top_p": "top_p",
        "n": "n",
        "max_tokens": "max_tokens",
        "max_completion_tokens": "max_completion_tokens",
        "stop": "stop",
        "stream": "stream",
        "stream_options": "stream_options",
        "presence_penalty": "presence_penalty",
        "frequency_penalty": "frequency_penalty",
        "logit_bias": "logit_bias",
        "logprobs": "logprobs",
        "top_logprobs": "top_logprobs",
        "seed": "seed",
        "user": "user",
        "tools": "tools",
        "tool_choice": "tool_choice",
        "parallel_tool_calls": "parallel_tool_calls",
        "response_format": "response_format",
        "provider_specific_params": "provider_specific_params",
        "reasoning_effort": "reasoning_effort",
        "thinking": "thinking",
        "virtual_model_id": "virtual_model_id",
        "store": "store",
        "verbosity": "verbosity",
        "metadata": "metadata",
        "modalities": "modalities",
        "audio": "audio",
    }

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        temperature = self.temperature

        top_p = self.top_p

        n = self.n

        max_tokens = self.max_tokens

        max_completion_tokens = self.max_completion_tokens

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        presence_penalty = self.presence_penalty

        frequency_penalty = self.frequency_penalty

        logit_bias = self.logit_bias

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        seed = self.seed

        user = self.user

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice = self.tool_choice

        parallel_tool_calls = self.parallel_tool_calls

        response_format = self.response_format

        provider_specific_params = self.provider_specific_params

        reasoning_effort: str | Unset = UNSET
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort = getattr(self.reasoning_effort, "value", self.reasoning_effort)

        thinking = self.thinking

        virtual_model_id = self.virtual_model_id

        store = self.store

        verbosity = self.verbosity

        metadata = self.metadata

        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = self.modalities

        audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if n is not UNSET:
            field_dict["n"] = n
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if seed is not UNSET:
            field_dict["seed"] = seed
        if user is not UNSET:
            field_dict["user"] = user
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if provider_specific_params is not UNSET:
            field_dict["provider_specific_params"] = provider_specific_params
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if virtual_model_id is not UNSET:
            field_dict["virtual_model_id"] = virtual_model_id
        if store is not UNSET:
            field_dict["store"] = store
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = Message.from_dict(messages_item_data)

            messages.append(messages_item)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        n = d.pop("n", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        _stop = d.pop("stop", UNSET)
        stop: list[str] | str | Unset = _stop
        if isinstance(_stop, list):
            try:
                stop_type_1: list[str] = _stop

                stop = stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: StreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = StreamOptions.from_dict(_stream_options)

        presence_penalty = d.pop("presence_penalty", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        logit_bias = d.pop("logit_bias", UNSET)

        logprobs = d.pop("logprobs", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        seed = d.pop("seed", UNSET)

        user = d.pop("user", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[Tool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = Tool.from_dict(tools_item_data)

                tools.append(tools_item)

        tool_choice = d.pop("tool_choice", UNSET)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        response_format = d.pop("response_format", UNSET)

        provider_specific_params = d.pop("provider_specific_params", UNSET)

        _reasoning_effort = d.pop("reasoning_effort", UNSET)
        reasoning_effort: ReasoningEffort | Unset
        if isinstance(_reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = ReasoningEffort(_reasoning_effort)

        thinking = d.pop("thinking", UNSET)

        virtual_model_id = d.pop("virtual_model_id", UNSET)

        store = d.pop("store", UNSET)

        verbosity = d.pop("verbosity", UNSET)

        metadata = d.pop("metadata", UNSET)

        modalities: list[str] | Unset = d.pop("modalities", UNSET)

        audio = d.pop("audio", UNSET)

        chat_request = cls(
            model,
            messages,
            temperature,
            top_p,
            n,
            max_tokens,
            max_completion_tokens,
            stop,
            stream,
            stream_options,
            presence_penalty,
            frequency_penalty,
            logit_bias,
            logprobs,
            top_logprobs,
            seed,
            user,
            tools,
            tool_choice,
            parallel_tool_calls,
            response_format,
            provider_specific_params,
            reasoning_effort,
            thinking,
            virtual_model_id,
            store,
            verbosity,
            metadata,
            modalities,
            audio,
        )

        chat_request.additional_properties = d
        return chat_request

    @property
    def request_id(self) -> str | None:
        """The X-Request-Id of the HTTP exchange that returned this object, if the SDK sent it."""
        return self._request_id

    def __getitem__(self, key: str) -> Any:
        """Read a field by its JSON name, like a dict: ``obj["content"]``.

        Raises KeyError when the field is absent from the object.
        """
        name = self._JSON_NAMES.get(key)
        if name is not None:
            value = getattr(self, name)
            if isinstance(value, Unset):
                raise KeyError(key)
            return value
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """Read a field by its JSON name, or ``default`` when it is absent."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        name = self._JSON_NAMES.get(key)
        if name is not None:
            return not isinstance(getattr(self, name), Unset)
        return key in self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        """Names of the fields the server sent that the spec does not describe."""
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        name = self._JSON_NAMES.get(key)
        if name is not None:
            setattr(self, name, value)
        else:
            self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.message import Message  # noqa: E402
from ..models.stream_options import StreamOptions  # noqa: E402
from ..models.tool import Tool  # noqa: E402
