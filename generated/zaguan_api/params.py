# Generated from spec/ by `make generate` (datamodel-code-generator): do not edit.
"""Request-body types: TypedDicts an editor completes and a type checker checks."""

from __future__ import annotations

from typing import Any, Literal, Optional, TypedDict, Union

from typing_extensions import NotRequired, TypeAlias

ReasoningEffortParam: TypeAlias = Literal["none", "minimal", "low", "medium", "high"]
"""
How hard a reasoning model thinks. Unknown values are kept as is.
"""


ImageResponseFormatParam: TypeAlias = Literal["url", "b64_json"]
"""
`url` (a link that expires) or `b64_json` (the image itself, base64).
"""


class ModerationRequestParam(TypedDict):
    """
    Text to classify.
    """

    input: Union[str, list[str]]
    """
    A string or a list of strings.
    """
    model: NotRequired[str]
    """
    The moderation model (the gateway's default when left out).
    """


class SpeechRequestParam(TypedDict):
    """
    Text to speak.
    """

    model: str
    """
    The speech model.
    """
    input: str
    """
    The text.
    """
    voice: str
    """
    Such as `alloy`, `echo`, `nova`.
    """
    response_format: NotRequired[Literal["mp3", "opus", "aac", "flac", "wav", "pcm"]]
    """
    The audio format.
    """
    speed: NotRequired[float]
    """
    Speaking speed.
    """


AnthropicRoleParam: TypeAlias = Literal["user", "assistant"]
"""
Who wrote a message of a Messages request. Unknown values are kept as is.
"""


class AnthropicCacheControlParam(TypedDict):
    """
    A prompt-caching breakpoint, such as `{"type": "ephemeral"}`.
    """

    type: str
    """
    `ephemeral`.
    """
    ttl: NotRequired[str]
    """
    How long the cache entry lives, such as `5m` or `1h`.
    """


class AnthropicTextBlockParam(TypedDict):
    """
    A block of text.
    """

    type: Literal["text"]
    """
    `text`.
    """
    text: str
    """
    The text.
    """
    citations: NotRequired[Any]
    """
    Where the text comes from, when the model cites documents: a list of citation objects, or null. (free-form JSON)
    """
    cache_control: NotRequired[AnthropicCacheControlParam]


class AnthropicImageSourceParam(TypedDict):
    """
    An image: `{"type": "base64", "media_type": "image/png", "data": ...}` or `{"type": "url", "url": ...}`.
    """

    type: str
    """
    `base64` or `url`.
    """
    media_type: NotRequired[str]
    """
    The image's type, such as `image/png` (base64 images).
    """
    data: NotRequired[str]
    """
    The image file, base64.
    """
    url: NotRequired[str]
    """
    Where the image is (url images).
    """


class AnthropicImageBlockParam(TypedDict):
    """
    An image, in a request.
    """

    type: Literal["image"]
    """
    `image`.
    """
    source: AnthropicImageSourceParam
    cache_control: NotRequired[AnthropicCacheControlParam]


class AnthropicToolUseBlockParam(TypedDict):
    """
    A tool call the model makes.
    """

    type: Literal["tool_use"]
    """
    `tool_use`.
    """
    id: str
    """
    The call's id (quote it in the `tool_result` that answers it).
    """
    name: str
    """
    The tool's name.
    """
    input: Any
    """
    The tool's arguments, as the model wrote them. (free-form JSON object)
    """
    cache_control: NotRequired[AnthropicCacheControlParam]


class AnthropicThinkingBlockParam(TypedDict):
    """
    The model's extended thinking, with its signature.
    """

    type: Literal["thinking"]
    """
    `thinking`.
    """
    thinking: str
    """
    The thinking text.
    """
    signature: NotRequired[str]
    """
    Proves the thinking is the model's; send the block back unchanged.
    """


class AnthropicRedactedThinkingBlockParam(TypedDict):
    """
    Thinking the provider encrypted; send it back unchanged.
    """

    type: Literal["redacted_thinking"]
    """
    `redacted_thinking`.
    """
    data: str
    """
    The encrypted thinking.
    """


class AnthropicOtherBlockParam(TypedDict):
    """
    A block of another type (`document`, `server_tool_use`, `web_search_tool_result`, ...), kept with every field, so that a newer server never breaks parsing. A block whose fields do not fit the schema of its type reads as this too.
    """

    type: str
    """
    The block's type.
    """


class AnthropicToolParam(TypedDict):
    """
    A tool the model may call: a name, what it does, and a JSON Schema of its input.
    """

    name: str
    """
    The tool's name.
    """
    description: NotRequired[str]
    """
    What the tool does, for the model.
    """
    input_schema: NotRequired[Any]
    """
    JSON Schema of the tool's input (custom tools). (free-form JSON object)
    """
    type: NotRequired[str]
    """
    `custom`, or the type of a tool the provider runs (such as `web_search_20250305`).
    """
    cache_control: NotRequired[AnthropicCacheControlParam]


class AnthropicToolChoiceAutoParam(TypedDict):
    """
    The model decides whether to call a tool.
    """

    type: Literal["auto"]
    """
    `auto`.
    """
    disable_parallel_tool_use: NotRequired[bool]
    """
    At most one tool call.
    """


class AnthropicToolChoiceAnyParam(TypedDict):
    """
    The model must call one of the tools.
    """

    type: Literal["any"]
    """
    `any`.
    """
    disable_parallel_tool_use: NotRequired[bool]
    """
    Exactly one tool call.
    """


class AnthropicToolChoiceToolParam(TypedDict):
    """
    The model must call the named tool.
    """

    type: Literal["tool"]
    """
    `tool`.
    """
    name: str
    """
    The tool to call.
    """
    disable_parallel_tool_use: NotRequired[bool]
    """
    Exactly one tool call.
    """


class AnthropicToolChoiceNoneParam(TypedDict):
    """
    The model may not call tools.
    """

    type: Literal["none"]
    """
    `none`.
    """


AnthropicToolChoiceParam: TypeAlias = Union[
    AnthropicToolChoiceAutoParam,
    AnthropicToolChoiceAnyParam,
    AnthropicToolChoiceToolParam,
    AnthropicToolChoiceNoneParam,
]
"""
How the model uses the tools: `auto`, `any`, one named `tool`, or `none`.
"""


class AnthropicThinkingEnabledParam(TypedDict):
    """
    Extended thinking on, with a budget of tokens (at least 1024, less than `max_tokens`).
    """

    type: Literal["enabled"]
    """
    `enabled`.
    """
    budget_tokens: int
    """
    Most tokens the model may think with.
    """


class AnthropicThinkingDisabledParam(TypedDict):
    """
    Extended thinking off.
    """

    type: Literal["disabled"]
    """
    `disabled`.
    """


AnthropicThinkingConfigParam: TypeAlias = Union[
    AnthropicThinkingEnabledParam, AnthropicThinkingDisabledParam
]
"""
`{"type": "enabled", "budget_tokens": N}` or `{"type": "disabled"}`.
"""


class AnthropicMetadataParam(TypedDict):
    """
    About the request.
    """

    user_id: NotRequired[Optional[str]]
    """
    An opaque id of the end user, for abuse detection.
    """


AnthropicSystemParam: TypeAlias = Union[str, list[AnthropicTextBlockParam]]
"""
The system prompt, as text or as text blocks.
"""


ChatRoleParam: TypeAlias = Literal["system", "user", "assistant", "tool", "function", "developer"]
"""
Who wrote a message. Gateways add roles over time, so an unknown role is kept as is.
"""


class ContentPartParam(TypedDict):
    """
    One part of a multi-part message content, such as `{"type": "text", "text": "..."}` or `{"type": "image_url", "image_url": {"url": "..."}}`.
    """

    type: str
    """
    Part kind, for example `text`, `image_url` or `input_audio`.
    """
    text: NotRequired[str]
    """
    The text of a `text` part.
    """


class FunctionCallParam(TypedDict):
    """
    A function the model asked to call, with JSON-encoded arguments.
    """

    name: str
    """
    Name of the function to call.
    """
    arguments: str
    """
    Arguments as a JSON-encoded string, exactly as the model produced them.
    """


class ToolCallParam(TypedDict):
    """
    A tool call made by the assistant in a complete message.
    """

    id: str
    """
    Identifier to quote in the `tool` message that answers the call.
    """
    type: str
    """
    Tool kind; `function` for function calls.
    """
    function: FunctionCallParam


class FunctionDefinitionParam(TypedDict):
    """
    A function the model may call.
    """

    name: str
    """
    Function name.
    """
    description: NotRequired[str]
    """
    What the function does, for the model.
    """
    parameters: NotRequired[Any]
    """
    JSON Schema of the arguments. (free-form JSON object)
    """
    strict: NotRequired[bool]
    """
    Whether the arguments must follow the schema exactly.
    """


class ToolParam(TypedDict):
    """
    A tool offered to the model.
    """

    type: str
    """
    Tool kind; `function` for function tools.
    """
    function: FunctionDefinitionParam


class ChatMessageParam(TypedDict):
    """
    One message of a conversation, in a request or in a reply. Reads both as attributes (`message.content`) and by key (`message["content"]`).
    """

    role: ChatRoleParam
    """
    Who wrote the message. Required in a request; a reply that leaves it out (some providers do) reads `assistant`.
    """
    content: NotRequired[Optional[Union[str, list[ContentPartParam]]]]
    """
    Text, a list of content parts, or null (an assistant message with tool calls).
    """
    name: NotRequired[str]
    """
    Optional name of the author, to tell participants of the same role apart.
    """
    tool_calls: NotRequired[list[ToolCallParam]]
    """
    Tool calls made by the assistant.
    """
    tool_call_id: NotRequired[str]
    """
    In a `tool` message, the id of the call it answers.
    """
    reasoning_content: NotRequired[Optional[str]]
    """
    Reasoning text of a reasoning model, when the gateway returns it.
    """
    refusal: NotRequired[Optional[str]]
    """
    The model's refusal message, when it refused.
    """


class StreamOptionsParam(TypedDict):
    """
    Options of a streamed reply.
    """

    include_usage: NotRequired[bool]
    """
    Send a last chunk with `usage` and no choices before `[DONE]`.
    """


EmbeddingInputParam: TypeAlias = Union[str, list[str], list[int], list[list[int]]]
"""
What to embed: a string, a list of strings, a list of token ids, or a list of token-id lists.
"""


EmbeddingEncodingFormatParam: TypeAlias = Literal["float", "base64"]
"""
`float` (the default) returns lists of numbers; `base64` returns each vector as base64 of little-endian float32s, a quarter of the size (the SDK decodes it on request).
"""


class EmbeddingRequestParam(TypedDict):
    """
    A request for embedding vectors.
    """

    model: str
    """
    The embedding model.
    """
    input: EmbeddingInputParam
    encoding_format: NotRequired[EmbeddingEncodingFormatParam]
    dimensions: NotRequired[int]
    """
    Vector size, for models that can shorten their vectors.
    """
    user: NotRequired[str]
    """
    An end-user id, for abuse monitoring.
    """


class ChatRequestParam(TypedDict):
    """
    A chat request: the OpenAI-compatible fields plus Zaguan's extensions, which reach the provider unchanged.
    """

    model: str
    """
    Model id.
    """
    messages: list[ChatMessageParam]
    """
    The conversation so far.
    """
    temperature: NotRequired[float]
    """
    Sampling temperature, 0 to 2.
    """
    top_p: NotRequired[float]
    """
    Nucleus sampling probability mass.
    """
    n: NotRequired[int]
    """
    How many choices to generate.
    """
    max_tokens: NotRequired[int]
    """
    Most tokens to generate.
    """
    max_completion_tokens: NotRequired[int]
    """
    Most tokens to generate, reasoning included (newer OpenAI name).
    """
    stop: NotRequired[Union[str, list[str]]]
    """
    Up to four sequences where generation stops.
    """
    stream: NotRequired[bool]
    """
    Answer as a `text/event-stream` of chunks ending with `data: [DONE]`.
    """
    stream_options: NotRequired[StreamOptionsParam]
    presence_penalty: NotRequired[float]
    """
    Penalty for tokens already present, -2 to 2.
    """
    frequency_penalty: NotRequired[float]
    """
    Penalty proportional to token frequency, -2 to 2.
    """
    logit_bias: NotRequired[Any]
    """
    Token id to bias, -100 to 100. (free-form JSON object)
    """
    logprobs: NotRequired[bool]
    """
    Return log probabilities of the output tokens.
    """
    top_logprobs: NotRequired[int]
    """
    How many most likely tokens to return at each position.
    """
    seed: NotRequired[int]
    """
    Seed for best-effort deterministic sampling.
    """
    user: NotRequired[str]
    """
    End-user identifier, for abuse monitoring.
    """
    tools: NotRequired[list[ToolParam]]
    """
    Tools the model may call.
    """
    tool_choice: NotRequired[Any]
    """
    `none`, `auto`, `required`, or an object naming one tool (a string or a free-form JSON object).
    """
    parallel_tool_calls: NotRequired[bool]
    """
    Allow several tool calls in one reply.
    """
    response_format: NotRequired[Any]
    """
    For example `{"type": "json_object"}` or a JSON schema format (free-form JSON object).
    """
    provider_specific_params: NotRequired[Any]
    """
    Passed through to the upstream provider as is. (free-form JSON object)
    """
    reasoning_effort: NotRequired[ReasoningEffortParam]
    thinking: NotRequired[bool]
    """
    Ask for the model's thinking where the provider supports it.
    """
    virtual_model_id: NotRequired[str]
    """
    A virtual model configured in the Zaguan dashboard.
    """
    store: NotRequired[bool]
    """
    Let the provider store the completion.
    """
    verbosity: NotRequired[str]
    """
    Answer length hint (`low`, `medium`, `high`).
    """
    metadata: NotRequired[Any]
    """
    Free-form tags stored with the request. (free-form JSON object)
    """
    modalities: NotRequired[list[str]]
    """
    Output modalities, such as `["text", "audio"]`.
    """
    audio: NotRequired[Any]
    """
    Audio output options (voice, format). (free-form JSON object)
    """


class ImageGenerationRequestParam(TypedDict):
    """
    A request for generated images.
    """

    prompt: str
    """
    What the image shows.
    """
    model: NotRequired[str]
    """
    The image model (the gateway's default when left out).
    """
    n: NotRequired[int]
    """
    How many images.
    """
    size: NotRequired[str]
    """
    Such as `1024x1024`.
    """
    quality: NotRequired[str]
    """
    Such as `standard` or `hd`.
    """
    response_format: NotRequired[ImageResponseFormatParam]
    style: NotRequired[str]
    """
    Such as `vivid` or `natural`.
    """
    user: NotRequired[str]
    """
    An end-user id, for abuse monitoring.
    """


AnthropicToolResultContentParam: TypeAlias = Union[
    AnthropicTextBlockParam, AnthropicImageBlockParam, AnthropicOtherBlockParam
]
"""
One block of a tool result, told apart by `type`.
"""


class AnthropicToolResultBlockParam(TypedDict):
    """
    The result of a tool call, in a user message.
    """

    type: Literal["tool_result"]
    """
    `tool_result`.
    """
    tool_use_id: str
    """
    The id of the `tool_use` block it answers.
    """
    content: NotRequired[Union[str, list[AnthropicToolResultContentParam]]]
    """
    The result, as text or as text and image blocks.
    """
    is_error: NotRequired[bool]
    """
    Whether the tool failed.
    """
    cache_control: NotRequired[AnthropicCacheControlParam]


AnthropicContentBlockParam: TypeAlias = Union[
    AnthropicTextBlockParam,
    AnthropicToolUseBlockParam,
    AnthropicThinkingBlockParam,
    AnthropicRedactedThinkingBlockParam,
    AnthropicToolResultBlockParam,
    AnthropicImageBlockParam,
    AnthropicOtherBlockParam,
]
"""
One block of a message's content, told apart by `type`: text, image, tool_use, tool_result, thinking, redacted_thinking, or another type kept as is.
"""


class AnthropicMessageParam(TypedDict):
    """
    One message of a Messages request.
    """

    role: AnthropicRoleParam
    content: Union[str, list[AnthropicContentBlockParam]]
    """
    Text, or a list of content blocks.
    """


class AnthropicMessagesRequestParam(TypedDict):
    """
    A request of Anthropic's Messages API. Fields the SDK does not name (`service_tier`, `container`, ...) reach the gateway unchanged through `extra_body`.
    """

    model: str
    """
    Model id, such as `anthropic/claude-sonnet-4-5-20250929`.
    """
    max_tokens: int
    """
    Most tokens to generate.
    """
    messages: list[AnthropicMessageParam]
    """
    The conversation so far, user and assistant turns.
    """
    system: NotRequired[AnthropicSystemParam]
    metadata: NotRequired[AnthropicMetadataParam]
    stop_sequences: NotRequired[list[str]]
    """
    Texts that stop generation when the model writes them.
    """
    stream: NotRequired[bool]
    """
    Answer as a `text/event-stream` of events.
    """
    temperature: NotRequired[float]
    """
    Sampling temperature.
    """
    top_k: NotRequired[int]
    """
    Sample from the K most likely tokens only.
    """
    top_p: NotRequired[float]
    """
    Nucleus sampling probability mass.
    """
    tools: NotRequired[list[AnthropicToolParam]]
    """
    Tools the model may call.
    """
    tool_choice: NotRequired[AnthropicToolChoiceParam]
    thinking: NotRequired[AnthropicThinkingConfigParam]


class AnthropicCountTokensRequestParam(TypedDict):
    """
    What to count the input tokens of (the fields of a Messages request that make its input).
    """

    model: str
    """
    Model id.
    """
    messages: list[AnthropicMessageParam]
    """
    The conversation.
    """
    system: NotRequired[AnthropicSystemParam]
    tools: NotRequired[list[AnthropicToolParam]]
    """
    Tools the model may call.
    """
    tool_choice: NotRequired[AnthropicToolChoiceParam]
    thinking: NotRequired[AnthropicThinkingConfigParam]


class AnthropicMessagesBatchItemParam(TypedDict):
    """
    One request of a batch, with an id of the caller's to match its result.
    """

    custom_id: str
    """
    Unique in the batch: 1 to 64 letters, digits, `_` or `-`.
    """
    params: AnthropicMessagesRequestParam


class AnthropicMessagesBatchRequestParam(TypedDict):
    """
    The requests of a new batch.
    """

    requests: list[AnthropicMessagesBatchItemParam]
    """
    The requests (their `stream` must not be true).
    """
