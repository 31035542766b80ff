# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

from _gateway_runtime import lazy_attributes

if TYPE_CHECKING:
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
