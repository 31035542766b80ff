"""The typed request and response models of the Meganova API (generated from its spec).

Models read both as attributes and by key: ``resp.choices[0].message.content`` and
``resp.choices[0].message["content"]`` are the same value. Fields the spec does not know yet
are kept in ``additional_properties`` (and by key); unknown enum values are kept as is.

The ``*Param`` TypedDicts type what you send: annotate a list of messages built ahead of a
call as ``List[ChatMessageParam]`` for a type checker to accept it.
"""

from meganova_api.models import (
    BillingBalance,
    ChatChoice,
    ChatCompletionChunk,
    ChatMessage,
    ChatRequest,
    ChatResponse,
    ChatRole,
    ChoiceDelta,
    ChunkChoice,
    EmbeddingData,
    EmbeddingEncodingFormat,
    EmbeddingRequest,
    EmbeddingResponse,
    EmbeddingUsage,
    FinishReason,
    GeneratedImage,
    ImageGenerationRequest,
    ImageGenerationResponse,
    ImageTimings,
    ModelInfo,
    ModelList,
    ModelPricing,
    RerankRequest,
    RerankResponse,
    RerankResult,
    TokenDetails,
    TokenUsage,
    Tool,
    ToolCall,
    ToolCallDelta,
    TranscriptionRequest,
    TranscriptionResponse,
    UsageGroup,
    UsageSummary,
)
from meganova_api.params import ChatMessageParam, ChatRequestParam
from meganova_api.types import UNSET, Unset

from ._resources import ChatKeywords
from ._streaming import AsyncChatStream, ChatStream, ChatStreamChunk

__all__ = [
    "UNSET",
    "AsyncChatStream",
    "BillingBalance",
    "ChatChoice",
    "ChatCompletionChunk",
    "ChatKeywords",
    "ChatMessage",
    "ChatMessageParam",
    "ChatRequest",
    "ChatRequestParam",
    "ChatResponse",
    "ChatRole",
    "ChatStream",
    "ChatStreamChunk",
    "ChoiceDelta",
    "ChunkChoice",
    "EmbeddingData",
    "EmbeddingEncodingFormat",
    "EmbeddingRequest",
    "EmbeddingResponse",
    "EmbeddingUsage",
    "FinishReason",
    "GeneratedImage",
    "ImageGenerationRequest",
    "ImageGenerationResponse",
    "ImageTimings",
    "ModelInfo",
    "ModelList",
    "ModelPricing",
    "RerankRequest",
    "RerankResponse",
    "RerankResult",
    "TokenDetails",
    "TokenUsage",
    "Tool",
    "ToolCall",
    "ToolCallDelta",
    "TranscriptionRequest",
    "TranscriptionResponse",
    "Unset",
    "UsageGroup",
    "UsageSummary",
]
