# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""Contains all the data models used in inputs/outputs"""

from .chat_chunk import ChatChunk
from .chat_completion_request import ChatCompletionRequest
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
from .credits_stats import CreditsStats
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .finish_reason import FinishReason
from .function_call import FunctionCall
from .function_call_delta import FunctionCallDelta
from .function_definition import FunctionDefinition
from .health_status import HealthStatus
from .message import Message
from .model_capabilities import ModelCapabilities
from .model_info import ModelInfo
from .model_list import ModelList
from .model_usage_breakdown import ModelUsageBreakdown
from .reasoning_effort import ReasoningEffort
from .stream_options import StreamOptions
from .token_details import TokenDetails
from .tool import Tool
from .tool_call import ToolCall
from .tool_call_delta import ToolCallDelta
from .usage import Usage
from .zaguan_error_detail import ZaguanErrorDetail
from .zaguan_error_response import ZaguanErrorResponse

__all__ = (
    "ChatChunk",
    "ChatCompletionRequest",
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
    "CreditsStats",
    "ErrorDetail",
    "ErrorResponse",
    "FinishReason",
    "FunctionCall",
    "FunctionCallDelta",
    "FunctionDefinition",
    "HealthStatus",
    "Message",
    "ModelCapabilities",
    "ModelInfo",
    "ModelList",
    "ModelUsageBreakdown",
    "ReasoningEffort",
    "StreamOptions",
    "TokenDetails",
    "Tool",
    "ToolCall",
    "ToolCallDelta",
    "Usage",
    "ZaguanErrorDetail",
    "ZaguanErrorResponse",
)
