"""The zaguan package's public surface is pinned: changing it must be a deliberate edit here."""

from __future__ import annotations

import importlib
import pkgutil

import zaguan
import zaguan.errors
import zaguan.models

EXPECTED_ZAGUAN = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AnthropicContentBlock",
    "AnthropicCountTokensRequest",
    "AnthropicCountTokensResponse",
    "AnthropicMessage",
    "AnthropicMessagesBatchItem",
    "AnthropicMessagesBatchList",
    "AnthropicMessagesBatchRequest",
    "AnthropicMessagesBatchResponse",
    "AnthropicMessagesBatchResult",
    "AnthropicMessagesDelta",
    "AnthropicMessagesRequest",
    "AnthropicMessagesResponse",
    "AnthropicMessagesStreamEvent",
    "AnthropicThinkingConfig",
    "AnthropicUsage",
    "AsyncMessageStream",
    "AsyncStream",
    "AsyncZaguanClient",
    "AuthenticationError",
    "BadRequestError",
    "BandAccessDeniedError",
    "ChatChunk",
    "ChatRequest",
    "ChatResponse",
    "Choice",
    "ConflictError",
    "CreditsBalance",
    "CreditsHistory",
    "CreditsHistoryEntry",
    "CreditsStats",
    "Embedding",
    "EmbeddingRequest",
    "EmbeddingResponse",
    "HealthStatus",
    "ImageData",
    "ImageGenerationRequest",
    "ImageResponse",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidArgumentError",
    "Message",
    "MessageStream",
    "ModelCapabilities",
    "ModelInfo",
    "ModerationCategories",
    "ModerationCategoryScores",
    "ModerationRequest",
    "ModerationResponse",
    "ModerationResult",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "Stream",
    "StreamAccumulator",
    "TokenDetails",
    "UnprocessableEntityError",
    "Usage",
    "ZaguanClient",
    "ZaguanError",
    "__version__",
    "acollect_stream",
    "collect_stream",
    "decode_embedding",
    "errors",
    "models",
    "reconstruct_message_from_stream",
    "save_image",
]
# The top level of Zaguan's earlier SDK (zaguan_sdk 0.2.0), and the part of it this SDK does
# not have because the gateway's spec has no such endpoint yet (or, for the retry and
# observability helpers, because the client does that itself: max_retries, logging).
EARLIER_SDK_ALL = [
    "ZaguanClient",
    "AsyncZaguanClient",
    "Message",
    "TokenDetails",
    "Usage",
    "ChatRequest",
    "Choice",
    "ChatResponse",
    "ChatChunk",
    "ModelInfo",
    "ModelCapabilities",
    "CreditsBalance",
    "CreditsHistoryEntry",
    "CreditsHistory",
    "CreditsStats",
    "ZaguanError",
    "APIError",
    "InsufficientCreditsError",
    "RateLimitError",
    "BandAccessDeniedError",
    "StreamAccumulator",
    "reconstruct_message_from_stream",
    "EmbeddingRequest",
    "Embedding",
    "EmbeddingResponse",
    "ImageGenerationRequest",
    "ImageData",
    "ImageResponse",
    "ModerationRequest",
    "ModerationCategories",
    "ModerationCategoryScores",
    "ModerationResult",
    "ModerationResponse",
    "AnthropicThinkingConfig",
    "AnthropicContentBlock",
    "AnthropicMessage",
    "AnthropicUsage",
    "AnthropicMessagesRequest",
    "AnthropicMessagesResponse",
    "AnthropicMessagesDelta",
    "AnthropicMessagesStreamEvent",
    "AnthropicCountTokensRequest",
    "AnthropicCountTokensResponse",
    "AnthropicMessagesBatchItem",
    "AnthropicMessagesBatchRequest",
    "AnthropicMessagesBatchResponse",
]
NOT_IN_THIS_SDK = [
    "AudioTranscriptionRequest",
    "AudioTranslationRequest",
    "AudioTranscriptionResponse",
    "AudioSpeechRequest",
    "ImageEditRequest",
    "ImageVariationRequest",
    "RetryConfig",
    "with_retry",
    "async_with_retry",
    "RequestEvent",
    "ResponseEvent",
    "ErrorEvent",
    "ObservabilityHook",
    "LoggingHook",
    "MetricsCollector",
    "CompositeHook",
]
EXPECTED_ERRORS = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BandAccessDeniedError",
    "ConflictError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "ZaguanError",
]
EXPECTED_MODELS = [
    "UNSET",
    "AnthropicBatchCanceledResult",
    "AnthropicBatchErroredResult",
    "AnthropicBatchExpiredResult",
    "AnthropicBatchProcessingStatus",
    "AnthropicBatchRequestCounts",
    "AnthropicBatchResult",
    "AnthropicBatchSucceededResult",
    "AnthropicCacheControl",
    "AnthropicContentBlock",
    "AnthropicContentBlockDelta",
    "AnthropicContentBlockDeltaEvent",
    "AnthropicContentBlockParam",
    "AnthropicContentBlockStartEvent",
    "AnthropicContentBlockStopEvent",
    "AnthropicCountTokensRequest",
    "AnthropicCountTokensRequestParam",
    "AnthropicCountTokensResponse",
    "AnthropicError",
    "AnthropicErrorResponse",
    "AnthropicImageBlock",
    "AnthropicImageSource",
    "AnthropicInputJSONDelta",
    "AnthropicMessage",
    "AnthropicMessageDeltaEvent",
    "AnthropicMessageDeltaUsage",
    "AnthropicMessageParam",
    "AnthropicMessageStartEvent",
    "AnthropicMessageStopEvent",
    "AnthropicMessagesBatchItem",
    "AnthropicMessagesBatchItemParam",
    "AnthropicMessagesBatchList",
    "AnthropicMessagesBatchRequest",
    "AnthropicMessagesBatchResponse",
    "AnthropicMessagesBatchResult",
    "AnthropicMessagesDelta",
    "AnthropicMessagesRequest",
    "AnthropicMessagesRequestParam",
    "AnthropicMessagesResponse",
    "AnthropicMessagesStreamEvent",
    "AnthropicMetadata",
    "AnthropicOtherBlock",
    "AnthropicOtherDelta",
    "AnthropicPingEvent",
    "AnthropicRedactedThinkingBlock",
    "AnthropicRole",
    "AnthropicSignatureDelta",
    "AnthropicStopReason",
    "AnthropicTextBlock",
    "AnthropicTextDelta",
    "AnthropicThinkingBlock",
    "AnthropicThinkingConfig",
    "AnthropicThinkingDelta",
    "AnthropicThinkingDisabled",
    "AnthropicThinkingEnabled",
    "AnthropicTool",
    "AnthropicToolChoice",
    "AnthropicToolChoiceAny",
    "AnthropicToolChoiceAuto",
    "AnthropicToolChoiceNone",
    "AnthropicToolChoiceTool",
    "AnthropicToolParam",
    "AnthropicToolResultBlock",
    "AnthropicToolUseBlock",
    "AnthropicUsage",
    "ChatChunk",
    "ChatMessageParam",
    "ChatRequest",
    "ChatRequestParam",
    "ChatResponse",
    "ChatRole",
    "Choice",
    "ChoiceDelta",
    "ChunkChoice",
    "ContentPart",
    "CreditsBalance",
    "CreditsHistory",
    "CreditsHistoryEntry",
    "CreditsStats",
    "Embedding",
    "EmbeddingRequest",
    "EmbeddingResponse",
    "EmbeddingUsage",
    "FinishReason",
    "FunctionCall",
    "FunctionCallDelta",
    "FunctionDefinition",
    "HealthStatus",
    "ImageData",
    "ImageGenerationRequest",
    "ImageResponse",
    "Message",
    "ModelCapabilities",
    "ModelInfo",
    "ModelList",
    "ModelUsageBreakdown",
    "ModerationCategories",
    "ModerationCategoryScores",
    "ModerationRequest",
    "ModerationResponse",
    "ModerationResult",
    "ReasoningEffort",
    "StreamOptions",
    "TokenDetails",
    "Tool",
    "ToolCall",
    "ToolCallDelta",
    "Unset",
    "Usage",
]


def test_zaguan_all_is_pinned() -> None:
    assert zaguan.__all__ == EXPECTED_ZAGUAN


def test_what_the_earlier_sdk_exported_is_exported_where_this_sdk_has_it() -> None:
    for name in EARLIER_SDK_ALL:
        assert name in zaguan.__all__, name
        assert getattr(zaguan, name) is not None
    for name in NOT_IN_THIS_SDK:
        assert not hasattr(zaguan, name), f"{name} exists now: move it to EARLIER_SDK_ALL"


def test_top_level_errors_are_the_errors_module_classes() -> None:
    for name in EXPECTED_ERRORS:
        assert getattr(zaguan, name) is getattr(zaguan.errors, name)


def test_zaguan_errors_all_is_pinned() -> None:
    assert zaguan.errors.__all__ == EXPECTED_ERRORS


def test_zaguan_models_all_is_pinned() -> None:
    assert zaguan.models.__all__ == EXPECTED_MODELS


def test_every_exported_name_exists() -> None:
    for module in (zaguan, zaguan.errors, zaguan.models):
        for name in module.__all__:
            assert getattr(module, name) is not None, f"{module.__name__}.{name}"


def test_top_level_names_are_the_same_objects_as_in_their_modules() -> None:
    assert zaguan.ZaguanError is zaguan.errors.ZaguanError
    for name in ("ChatRequest", "ChatResponse", "ChatChunk", "Message", "Usage", "TokenDetails"):
        assert getattr(zaguan, name) is getattr(zaguan.models, name)


def test_every_private_module_declares_all() -> None:
    private = [m.name for m in pkgutil.iter_modules(zaguan.__path__) if m.name.startswith("_")]
    assert private  # _client, _calls, _collect, _version at least
    for name in private:
        module = importlib.import_module(f"zaguan.{name}")
        assert isinstance(getattr(module, "__all__", None), list), f"zaguan.{name} has no __all__"
        for exported in module.__all__:
            assert hasattr(module, exported), f"zaguan.{name}.{exported}"


def test_version_is_a_string() -> None:
    assert isinstance(zaguan.__version__, str)
    assert zaguan.__version__.count(".") >= 2
