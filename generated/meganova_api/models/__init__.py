# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

from meganova._runtime import lazy_attributes

if TYPE_CHECKING:
    from .agent_chat_request import AgentChatRequest
    from .agent_chat_response import AgentChatResponse
    from .agent_completion_request import AgentCompletionRequest
    from .agent_confirm_request import AgentConfirmRequest
    from .agent_info import AgentInfo
    from .agent_tool_action import AgentToolAction
    from .agent_user_identifier_type import AgentUserIdentifierType
    from .billing_balance import BillingBalance
    from .chat_choice import ChatChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_message import ChatCompletionMessage
    from .chat_message import ChatMessage
    from .chat_request import ChatRequest
    from .chat_response import ChatResponse
    from .chat_role import ChatRole
    from .choice_delta import ChoiceDelta
    from .chunk_choice import ChunkChoice
    from .content_part import ContentPart
    from .embedding_data import EmbeddingData
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
    from .generated_image import GeneratedImage
    from .image_generation_request import ImageGenerationRequest
    from .image_generation_response import ImageGenerationResponse
    from .image_timings import ImageTimings
    from .model_info import ModelInfo
    from .model_list import ModelList
    from .model_pricing import ModelPricing
    from .pending_tool_call import PendingToolCall
    from .rerank_request import RerankRequest
    from .rerank_request_documents_item_type_1 import RerankRequestDocumentsItemType1
    from .rerank_response import RerankResponse
    from .rerank_result import RerankResult
    from .serverless_filter_logic import ServerlessFilterLogic
    from .serverless_model import ServerlessModel
    from .serverless_model_tags import ServerlessModelTags
    from .serverless_models_envelope import ServerlessModelsEnvelope
    from .serverless_models_response import ServerlessModelsResponse
    from .stream_options import StreamOptions
    from .supported_video_models import SupportedVideoModels
    from .token_details import TokenDetails
    from .token_usage import TokenUsage
    from .tool import Tool
    from .tool_call import ToolCall
    from .tool_call_delta import ToolCallDelta
    from .transcription_request import TranscriptionRequest
    from .transcription_response import TranscriptionResponse
    from .usage_group import UsageGroup
    from .usage_group_by import UsageGroupBy
    from .usage_summary import UsageSummary
    from .video_generation_request import VideoGenerationRequest
    from .video_generation_response import VideoGenerationResponse

_MODULES = {
    "AgentChatRequest": ".agent_chat_request",
    "AgentChatResponse": ".agent_chat_response",
    "AgentCompletionRequest": ".agent_completion_request",
    "AgentConfirmRequest": ".agent_confirm_request",
    "AgentInfo": ".agent_info",
    "AgentToolAction": ".agent_tool_action",
    "AgentUserIdentifierType": ".agent_user_identifier_type",
    "BillingBalance": ".billing_balance",
    "ChatChoice": ".chat_choice",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatMessage": ".chat_message",
    "ChatRequest": ".chat_request",
    "ChatResponse": ".chat_response",
    "ChatRole": ".chat_role",
    "ChoiceDelta": ".choice_delta",
    "ChunkChoice": ".chunk_choice",
    "ContentPart": ".content_part",
    "EmbeddingData": ".embedding_data",
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
    "GeneratedImage": ".generated_image",
    "ImageGenerationRequest": ".image_generation_request",
    "ImageGenerationResponse": ".image_generation_response",
    "ImageTimings": ".image_timings",
    "ModelInfo": ".model_info",
    "ModelList": ".model_list",
    "ModelPricing": ".model_pricing",
    "PendingToolCall": ".pending_tool_call",
    "RerankRequest": ".rerank_request",
    "RerankRequestDocumentsItemType1": ".rerank_request_documents_item_type_1",
    "RerankResponse": ".rerank_response",
    "RerankResult": ".rerank_result",
    "ServerlessFilterLogic": ".serverless_filter_logic",
    "ServerlessModel": ".serverless_model",
    "ServerlessModelTags": ".serverless_model_tags",
    "ServerlessModelsEnvelope": ".serverless_models_envelope",
    "ServerlessModelsResponse": ".serverless_models_response",
    "StreamOptions": ".stream_options",
    "SupportedVideoModels": ".supported_video_models",
    "TokenDetails": ".token_details",
    "TokenUsage": ".token_usage",
    "Tool": ".tool",
    "ToolCall": ".tool_call",
    "ToolCallDelta": ".tool_call_delta",
    "TranscriptionRequest": ".transcription_request",
    "TranscriptionResponse": ".transcription_response",
    "UsageGroup": ".usage_group",
    "UsageGroupBy": ".usage_group_by",
    "UsageSummary": ".usage_summary",
    "VideoGenerationRequest": ".video_generation_request",
    "VideoGenerationResponse": ".video_generation_response",
}


__getattr__ = lazy_attributes(__name__, _MODULES)


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "AgentChatRequest",
    "AgentChatResponse",
    "AgentCompletionRequest",
    "AgentConfirmRequest",
    "AgentInfo",
    "AgentToolAction",
    "AgentUserIdentifierType",
    "BillingBalance",
    "ChatChoice",
    "ChatCompletionChunk",
    "ChatCompletionMessage",
    "ChatMessage",
    "ChatRequest",
    "ChatResponse",
    "ChatRole",
    "ChoiceDelta",
    "ChunkChoice",
    "ContentPart",
    "EmbeddingData",
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
    "GeneratedImage",
    "ImageGenerationRequest",
    "ImageGenerationResponse",
    "ImageTimings",
    "ModelInfo",
    "ModelList",
    "ModelPricing",
    "PendingToolCall",
    "RerankRequest",
    "RerankRequestDocumentsItemType1",
    "RerankResponse",
    "RerankResult",
    "ServerlessFilterLogic",
    "ServerlessModel",
    "ServerlessModelsEnvelope",
    "ServerlessModelsResponse",
    "ServerlessModelTags",
    "StreamOptions",
    "SupportedVideoModels",
    "TokenDetails",
    "TokenUsage",
    "Tool",
    "ToolCall",
    "ToolCallDelta",
    "TranscriptionRequest",
    "TranscriptionResponse",
    "UsageGroup",
    "UsageGroupBy",
    "UsageSummary",
    "VideoGenerationRequest",
    "VideoGenerationResponse",
)
