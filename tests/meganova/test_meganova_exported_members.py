"""The facade's public surface is pinned: changing it must be a deliberate edit here."""

from __future__ import annotations

import importlib
import pkgutil

import meganova
import meganova.errors
import meganova.types

MEGANOVA_ALL = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AsyncChatStream",
    "AsyncCloudAgent",
    "AsyncMegaNova",
    "AuthenticationError",
    "BadRequestError",
    "ChatStream",
    "ChatStreamChunk",
    "CloudAgent",
    "ConflictError",
    "EmbeddingData",
    "EmbeddingResponse",
    "GeneratedImage",
    "ImageGenerationResponse",
    "InternalServerError",
    "InvalidArgumentError",
    "MegaNova",
    "MeganovaError",
    "ModelTags",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RerankResponse",
    "RerankResult",
    "ServerlessModel",
    "ServerlessModelsResponse",
    "TranscriptionResponse",
    "UnprocessableEntityError",
    "VideoGenerationResponse",
    "__version__",
    "cloud",
    "decode_embedding",
    "errors",
    "save_image",
    "types",
]

ERRORS_ALL = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "MeganovaError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]

TYPES_ALL = [
    "UNSET",
    "AgentChatRequest",
    "AgentChatResponse",
    "AgentCompletionRequest",
    "AgentConfirmRequest",
    "AgentInfo",
    "AgentToolAction",
    "AgentUserIdentifierType",
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
    "ModelTags",
    "PendingToolCall",
    "RerankRequest",
    "RerankResponse",
    "RerankResult",
    "ServerlessFilterLogic",
    "ServerlessFilters",
    "ServerlessModel",
    "ServerlessModelTags",
    "ServerlessModelsResponse",
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
    "VideoGenerationRequest",
    "VideoGenerationResponse",
]

CLOUD_ALL = [
    "AgentChatResponse",
    "AgentInfo",
    "AsyncCloudAgent",
    "AsyncConversation",
    "ChatCompletionChunk",
    "ChatCompletionResponse",
    "CloudAgent",
    "Conversation",
    "PendingToolCall",
]


def test_meganova_all_is_pinned() -> None:
    assert meganova.__all__ == MEGANOVA_ALL
    for name in MEGANOVA_ALL:
        assert getattr(meganova, name) is not None


def test_errors_all_is_pinned() -> None:
    assert meganova.errors.__all__ == ERRORS_ALL
    for name in ERRORS_ALL:
        assert getattr(meganova.errors, name) is not None


def test_types_all_is_pinned() -> None:
    assert meganova.types.__all__ == TYPES_ALL
    for name in TYPES_ALL:
        assert getattr(meganova.types, name) is not None


def test_cloud_all_is_pinned() -> None:
    import meganova.cloud

    assert meganova.cloud.__all__ == CLOUD_ALL
    for name in CLOUD_ALL:
        assert getattr(meganova.cloud, name) is not None


def test_top_level_errors_are_the_errors_module_classes() -> None:
    for name in ERRORS_ALL:
        assert getattr(meganova, name) is getattr(meganova.errors, name)


def test_every_error_derives_from_meganova_error() -> None:
    for name in ERRORS_ALL:
        assert issubclass(getattr(meganova.errors, name), meganova.MeganovaError), name
    assert meganova.MeganovaError is meganova.errors.MeganovaError


def test_top_level_names_are_the_same_objects_as_in_submodules() -> None:
    assert meganova.ChatStreamChunk is meganova.types.ChatStreamChunk
    assert meganova.ChatStream is meganova.types.ChatStream
    assert meganova.AsyncChatStream is meganova.types.AsyncChatStream


def test_every_private_module_declares_all() -> None:
    private = [m.name for m in pkgutil.iter_modules(meganova.__path__) if m.name.startswith("_")]
    assert private  # _client, _resources, _streaming, _version
    for name in private:
        module = importlib.import_module(f"meganova.{name}")
        assert isinstance(getattr(module, "__all__", None), list), name
        for member in module.__all__:
            assert hasattr(module, member), (name, member)
