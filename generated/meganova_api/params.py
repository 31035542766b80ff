# Generated from spec/ by `make generate` (datamodel-code-generator): do not edit.
"""Request-body types: TypedDicts an editor completes and a type checker checks."""

from __future__ import annotations

from typing import Any, Literal, Optional, TypedDict, Union

from typing_extensions import NotRequired, TypeAlias


class VideoGenerationRequestParam(TypedDict):
    """
    A video to generate: the model and its own parameters (`prompt`, `duration`, `resolution`, ... as the model takes them).
    """

    model_name: str
    """
    The video model, one of `videos.list_models()`.
    """
    prompt: NotRequired[str]
    """
    What the video shows.
    """


AgentUserIdentifierTypeParam: TypeAlias = Literal["email", "phone", "user_id", "anonymous"]
"""
What kind of value `user_identifier` is. A value the SDK does not know yet is sent as given.
"""


class AgentChatRequestParam(TypedDict):
    """
    A message for an agent.
    """

    message: str
    """
    The user's message.
    """
    conversation_id: NotRequired[str]
    """
    The conversation to continue; a new one starts without it.
    """
    user_identifier: NotRequired[str]
    """
    Who the user is, for the agent's memory.
    """
    user_identifier_type: NotRequired[AgentUserIdentifierTypeParam]
    extra_data: NotRequired[Any]
    """
    Metadata for the agent. (free-form JSON object)
    """


AgentToolActionParam: TypeAlias = Literal["approve", "reject"]
"""
What to do with a pending tool call.
"""


class AgentConfirmRequestParam(TypedDict):
    """
    The decision on a pending tool call.
    """

    approval_id: str
    """
    The `approval_id` of the `PendingToolCall`.
    """
    action: AgentToolActionParam


class RerankRequestParam(TypedDict):
    """
    A query and the documents to rank against it.
    """

    query: str
    """
    The query.
    """
    documents: list[Union[str, dict[str, Any]]]
    """
    The documents, as text or as objects.
    """
    model: str
    """
    The reranking model.
    """
    top_n: NotRequired[int]
    """
    Return only the best `top_n` (all when left out).
    """
    return_documents: NotRequired[bool]
    """
    Whether each result repeats its document.
    """


class ImageGenerationRequestParam(TypedDict):
    """
    A request for a generated image.
    """

    prompt: str
    """
    What the image shows.
    """
    model: str
    """
    The image model.
    """
    width: NotRequired[int]
    """
    Width in pixels.
    """
    height: NotRequired[int]
    """
    Height in pixels.
    """
    num_steps: NotRequired[int]
    """
    Diffusion steps (the model's default when left out).
    """
    guidance_scale: NotRequired[float]
    """
    Classifier-free guidance scale.
    """
    seed: NotRequired[int]
    """
    Random seed (random when left out).
    """
    negative_prompt: NotRequired[str]
    """
    What the image should not show.
    """
    max_sequence_length: NotRequired[int]
    """
    Maximum prompt length in tokens.
    """
    image: NotRequired[str]
    """
    A base64 input image, for image-to-image.
    """
    mask: NotRequired[str]
    """
    A base64 mask, for inpainting.
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


class AgentCompletionRequestParam(TypedDict):
    """
    An OpenAI-style chat request for an agent (its model and prompt are the agent's own).
    """

    messages: list[ChatMessageParam]
    stream: NotRequired[bool]
    """
    Stream the reply as `ChatCompletionChunk` events.
    """
    temperature: NotRequired[float]
    """
    Overrides the agent's temperature.
    """
    max_tokens: NotRequired[int]
    """
    Overrides the agent's maximum tokens.
    """
    user: NotRequired[str]
    """
    Who the user is, for the agent's memory (its `user_identifier`).
    """


class ChatRequestParam(TypedDict):
    """
    A chat request: the OpenAI-compatible fields plus Meganova's own.
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
    session_id: NotRequired[str]
    """
    Character-chat session the messages belong to.
    """
    include_reasoning: NotRequired[bool]
    """
    Return `reasoning_content` from reasoning models.
    """
