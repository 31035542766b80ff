# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

from zaguan._runtime import lazy_attributes

if TYPE_CHECKING:
    from .anthropic_batch_canceled_result import AnthropicBatchCanceledResult
    from .anthropic_batch_errored_result import AnthropicBatchErroredResult
    from .anthropic_batch_expired_result import AnthropicBatchExpiredResult
    from .anthropic_batch_processing_status import AnthropicBatchProcessingStatus
    from .anthropic_batch_request_counts import AnthropicBatchRequestCounts
    from .anthropic_batch_succeeded_result import AnthropicBatchSucceededResult
    from .anthropic_cache_control import AnthropicCacheControl
    from .anthropic_content_block_delta_event import AnthropicContentBlockDeltaEvent
    from .anthropic_content_block_start_event import AnthropicContentBlockStartEvent
    from .anthropic_content_block_stop_event import AnthropicContentBlockStopEvent
    from .anthropic_count_tokens_request import AnthropicCountTokensRequest
    from .anthropic_count_tokens_response import AnthropicCountTokensResponse
    from .anthropic_error import AnthropicError
    from .anthropic_error_response import AnthropicErrorResponse
    from .anthropic_image_block import AnthropicImageBlock
    from .anthropic_image_source import AnthropicImageSource
    from .anthropic_input_json_delta import AnthropicInputJSONDelta
    from .anthropic_message import AnthropicMessage
    from .anthropic_message_delta_event import AnthropicMessageDeltaEvent
    from .anthropic_message_delta_usage import AnthropicMessageDeltaUsage
    from .anthropic_message_start_event import AnthropicMessageStartEvent
    from .anthropic_message_stop_event import AnthropicMessageStopEvent
    from .anthropic_messages_batch_item import AnthropicMessagesBatchItem
    from .anthropic_messages_batch_list import AnthropicMessagesBatchList
    from .anthropic_messages_batch_request import AnthropicMessagesBatchRequest
    from .anthropic_messages_batch_response import AnthropicMessagesBatchResponse
    from .anthropic_messages_batch_result import AnthropicMessagesBatchResult
    from .anthropic_messages_delta import AnthropicMessagesDelta
    from .anthropic_messages_request import AnthropicMessagesRequest
    from .anthropic_messages_response import AnthropicMessagesResponse
    from .anthropic_metadata import AnthropicMetadata
    from .anthropic_other_block import AnthropicOtherBlock
    from .anthropic_other_delta import AnthropicOtherDelta
    from .anthropic_ping_event import AnthropicPingEvent
    from .anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from .anthropic_role import AnthropicRole
    from .anthropic_signature_delta import AnthropicSignatureDelta
    from .anthropic_stop_reason import AnthropicStopReason
    from .anthropic_text_block import AnthropicTextBlock
    from .anthropic_text_delta import AnthropicTextDelta
    from .anthropic_thinking_block import AnthropicThinkingBlock
    from .anthropic_thinking_delta import AnthropicThinkingDelta
    from .anthropic_thinking_disabled import AnthropicThinkingDisabled
    from .anthropic_thinking_enabled import AnthropicThinkingEnabled
    from .anthropic_tool import AnthropicTool
    from .anthropic_tool_choice_any import AnthropicToolChoiceAny
    from .anthropic_tool_choice_auto import AnthropicToolChoiceAuto
    from .anthropic_tool_choice_none import AnthropicToolChoiceNone
    from .anthropic_tool_choice_tool import AnthropicToolChoiceTool
    from .anthropic_tool_result_block import AnthropicToolResultBlock
    from .anthropic_tool_use_block import AnthropicToolUseBlock
    from .anthropic_usage import AnthropicUsage
    from .chat_chunk import ChatChunk
    from .chat_completion_message import ChatCompletionMessage
    from .chat_request import ChatRequest
    from .chat_response import ChatResponse
    from .chat_role import ChatRole
    from .choice import Choice
    from .choice_delta import ChoiceDelta
    from .chunk_choice import ChunkChoice
    from .content_part import ContentPart
    from .credits_balance import CreditsBalance
    from .credits_history import CreditsHistory
    from .credits_history_entry import CreditsHistoryEntry
    from .credits_period import CreditsPeriod
    from .credits_stats import CreditsStats
    from .embedding import Embedding
    from .embedding_encoding_format import EmbeddingEncodingFormat
    from .embedding_request import EmbeddingRequest
    from .embedding_response import EmbeddingResponse
    from .embedding_usage import EmbeddingUsage
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .finish_reason import FinishReason
    from .function_call import FunctionCall
    from .function_call_delta import FunctionCallDelta
    from .function_definition import FunctionDefinition
    from .health_status import HealthStatus
    from .image_data import ImageData
    from .image_edit_request import ImageEditRequest
    from .image_generation_request import ImageGenerationRequest
    from .image_response import ImageResponse
    from .image_response_format import ImageResponseFormat
    from .image_variation_request import ImageVariationRequest
    from .message import Message
    from .model_capabilities import ModelCapabilities
    from .model_info import ModelInfo
    from .model_list import ModelList
    from .model_usage_breakdown import ModelUsageBreakdown
    from .moderation_categories import ModerationCategories
    from .moderation_category_scores import ModerationCategoryScores
    from .moderation_request import ModerationRequest
    from .moderation_response import ModerationResponse
    from .moderation_result import ModerationResult
    from .reasoning_effort import ReasoningEffort
    from .speech_request import SpeechRequest
    from .speech_request_response_format import SpeechRequestResponseFormat
    from .stream_options import StreamOptions
    from .token_details import TokenDetails
    from .tool import Tool
    from .tool_call import ToolCall
    from .tool_call_delta import ToolCallDelta
    from .transcription_format import TranscriptionFormat
    from .transcription_request import TranscriptionRequest
    from .transcription_response import TranscriptionResponse
    from .transcription_response_words_item import TranscriptionResponseWordsItem
    from .transcription_segment import TranscriptionSegment
    from .translation_request import TranslationRequest
    from .usage import Usage
    from .zaguan_error_detail import ZaguanErrorDetail
    from .zaguan_error_response import ZaguanErrorResponse

_MODULES = {
    "AnthropicBatchCanceledResult": ".anthropic_batch_canceled_result",
    "AnthropicBatchErroredResult": ".anthropic_batch_errored_result",
    "AnthropicBatchExpiredResult": ".anthropic_batch_expired_result",
    "AnthropicBatchProcessingStatus": ".anthropic_batch_processing_status",
    "AnthropicBatchRequestCounts": ".anthropic_batch_request_counts",
    "AnthropicBatchSucceededResult": ".anthropic_batch_succeeded_result",
    "AnthropicCacheControl": ".anthropic_cache_control",
    "AnthropicContentBlockDeltaEvent": ".anthropic_content_block_delta_event",
    "AnthropicContentBlockStartEvent": ".anthropic_content_block_start_event",
    "AnthropicContentBlockStopEvent": ".anthropic_content_block_stop_event",
    "AnthropicCountTokensRequest": ".anthropic_count_tokens_request",
    "AnthropicCountTokensResponse": ".anthropic_count_tokens_response",
    "AnthropicError": ".anthropic_error",
    "AnthropicErrorResponse": ".anthropic_error_response",
    "AnthropicImageBlock": ".anthropic_image_block",
    "AnthropicImageSource": ".anthropic_image_source",
    "AnthropicInputJSONDelta": ".anthropic_input_json_delta",
    "AnthropicMessage": ".anthropic_message",
    "AnthropicMessageDeltaEvent": ".anthropic_message_delta_event",
    "AnthropicMessageDeltaUsage": ".anthropic_message_delta_usage",
    "AnthropicMessageStartEvent": ".anthropic_message_start_event",
    "AnthropicMessageStopEvent": ".anthropic_message_stop_event",
    "AnthropicMessagesBatchItem": ".anthropic_messages_batch_item",
    "AnthropicMessagesBatchList": ".anthropic_messages_batch_list",
    "AnthropicMessagesBatchRequest": ".anthropic_messages_batch_request",
    "AnthropicMessagesBatchResponse": ".anthropic_messages_batch_response",
    "AnthropicMessagesBatchResult": ".anthropic_messages_batch_result",
    "AnthropicMessagesDelta": ".anthropic_messages_delta",
    "AnthropicMessagesRequest": ".anthropic_messages_request",
    "AnthropicMessagesResponse": ".anthropic_messages_response",
    "AnthropicMetadata": ".anthropic_metadata",
    "AnthropicOtherBlock": ".anthropic_other_block",
    "AnthropicOtherDelta": ".anthropic_other_delta",
    "AnthropicPingEvent": ".anthropic_ping_event",
    "AnthropicRedactedThinkingBlock": ".anthropic_redacted_thinking_block",
    "AnthropicRole": ".anthropic_role",
    "AnthropicSignatureDelta": ".anthropic_signature_delta",
    "AnthropicStopReason": ".anthropic_stop_reason",
    "AnthropicTextBlock": ".anthropic_text_block",
    "AnthropicTextDelta": ".anthropic_text_delta",
    "AnthropicThinkingBlock": ".anthropic_thinking_block",
    "AnthropicThinkingDelta": ".anthropic_thinking_delta",
    "AnthropicThinkingDisabled": ".anthropic_thinking_disabled",
    "AnthropicThinkingEnabled": ".anthropic_thinking_enabled",
    "AnthropicTool": ".anthropic_tool",
    "AnthropicToolChoiceAny": ".anthropic_tool_choice_any",
    "AnthropicToolChoiceAuto": ".anthropic_tool_choice_auto",
    "AnthropicToolChoiceNone": ".anthropic_tool_choice_none",
    "AnthropicToolChoiceTool": ".anthropic_tool_choice_tool",
    "AnthropicToolResultBlock": ".anthropic_tool_result_block",
    "AnthropicToolUseBlock": ".anthropic_tool_use_block",
    "AnthropicUsage": ".anthropic_usage",
    "ChatChunk": ".chat_chunk",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatRequest": ".chat_request",
    "ChatResponse": ".chat_response",
    "ChatRole": ".chat_role",
    "Choice": ".choice",
    "ChoiceDelta": ".choice_delta",
    "ChunkChoice": ".chunk_choice",
    "ContentPart": ".content_part",
    "CreditsBalance": ".credits_balance",
    "CreditsHistory": ".credits_history",
    "CreditsHistoryEntry": ".credits_history_entry",
    "CreditsPeriod": ".credits_period",
    "CreditsStats": ".credits_stats",
    "Embedding": ".embedding",
    "EmbeddingEncodingFormat": ".embedding_encoding_format",
    "EmbeddingRequest": ".embedding_request",
    "EmbeddingResponse": ".embedding_response",
    "EmbeddingUsage": ".embedding_usage",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "FinishReason": ".finish_reason",
    "FunctionCall": ".function_call",
    "FunctionCallDelta": ".function_call_delta",
    "FunctionDefinition": ".function_definition",
    "HealthStatus": ".health_status",
    "ImageData": ".image_data",
    "ImageEditRequest": ".image_edit_request",
    "ImageGenerationRequest": ".image_generation_request",
    "ImageResponse": ".image_response",
    "ImageResponseFormat": ".image_response_format",
    "ImageVariationRequest": ".image_variation_request",
    "Message": ".message",
    "ModelCapabilities": ".model_capabilities",
    "ModelInfo": ".model_info",
    "ModelList": ".model_list",
    "ModelUsageBreakdown": ".model_usage_breakdown",
    "ModerationCategories": ".moderation_categories",
    "ModerationCategoryScores": ".moderation_category_scores",
    "ModerationRequest": ".moderation_request",
    "ModerationResponse": ".moderation_response",
    "ModerationResult": ".moderation_result",
    "ReasoningEffort": ".reasoning_effort",
    "SpeechRequest": ".speech_request",
    "SpeechRequestResponseFormat": ".speech_request_response_format",
    "StreamOptions": ".stream_options",
    "TokenDetails": ".token_details",
    "Tool": ".tool",
    "ToolCall": ".tool_call",
    "ToolCallDelta": ".tool_call_delta",
    "TranscriptionFormat": ".transcription_format",
    "TranscriptionRequest": ".transcription_request",
    "TranscriptionResponse": ".transcription_response",
    "TranscriptionResponseWordsItem": ".transcription_response_words_item",
    "TranscriptionSegment": ".transcription_segment",
    "TranslationRequest": ".translation_request",
    "Usage": ".usage",
    "ZaguanErrorDetail": ".zaguan_error_detail",
    "ZaguanErrorResponse": ".zaguan_error_response",
}


__getattr__ = lazy_attributes(__name__, _MODULES)


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "AnthropicBatchCanceledResult",
    "AnthropicBatchErroredResult",
    "AnthropicBatchExpiredResult",
    "AnthropicBatchProcessingStatus",
    "AnthropicBatchRequestCounts",
    "AnthropicBatchSucceededResult",
    "AnthropicCacheControl",
    "AnthropicContentBlockDeltaEvent",
    "AnthropicContentBlockStartEvent",
    "AnthropicContentBlockStopEvent",
    "AnthropicCountTokensRequest",
    "AnthropicCountTokensResponse",
    "AnthropicError",
    "AnthropicErrorResponse",
    "AnthropicImageBlock",
    "AnthropicImageSource",
    "AnthropicInputJSONDelta",
    "AnthropicMessage",
    "AnthropicMessageDeltaEvent",
    "AnthropicMessageDeltaUsage",
    "AnthropicMessagesBatchItem",
    "AnthropicMessagesBatchList",
    "AnthropicMessagesBatchRequest",
    "AnthropicMessagesBatchResponse",
    "AnthropicMessagesBatchResult",
    "AnthropicMessagesDelta",
    "AnthropicMessagesRequest",
    "AnthropicMessagesResponse",
    "AnthropicMessageStartEvent",
    "AnthropicMessageStopEvent",
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
    "AnthropicThinkingDelta",
    "AnthropicThinkingDisabled",
    "AnthropicThinkingEnabled",
    "AnthropicTool",
    "AnthropicToolChoiceAny",
    "AnthropicToolChoiceAuto",
    "AnthropicToolChoiceNone",
    "AnthropicToolChoiceTool",
    "AnthropicToolResultBlock",
    "AnthropicToolUseBlock",
    "AnthropicUsage",
    "ChatChunk",
    "ChatCompletionMessage",
    "ChatRequest",
    "ChatResponse",
    "ChatRole",
    "Choice",
    "ChoiceDelta",
    "ChunkChoice",
    "ContentPart",
    "CreditsBalance",
    "CreditsHistory",
    "CreditsHistoryEntry",
    "CreditsPeriod",
    "CreditsStats",
    "Embedding",
    "EmbeddingEncodingFormat",
    "EmbeddingRequest",
    "EmbeddingResponse",
    "EmbeddingUsage",
    "ErrorDetail",
    "ErrorResponse",
    "FinishReason",
    "FunctionCall",
    "FunctionCallDelta",
    "FunctionDefinition",
    "HealthStatus",
    "ImageData",
    "ImageEditRequest",
    "ImageGenerationRequest",
    "ImageResponse",
    "ImageResponseFormat",
    "ImageVariationRequest",
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
    "SpeechRequest",
    "SpeechRequestResponseFormat",
    "StreamOptions",
    "TokenDetails",
    "Tool",
    "ToolCall",
    "ToolCallDelta",
    "TranscriptionFormat",
    "TranscriptionRequest",
    "TranscriptionResponse",
    "TranscriptionResponseWordsItem",
    "TranscriptionSegment",
    "TranslationRequest",
    "Usage",
    "ZaguanErrorDetail",
    "ZaguanErrorResponse",
)
