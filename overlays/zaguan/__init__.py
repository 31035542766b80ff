"""Official Python SDK of Zaguan CoreX.

>>> from zaguan import ZaguanClient
>>> client = ZaguanClient()  # reads ZAGUAN_API_KEY
>>> reply = client.chat(model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])
>>> print(reply.choices[0].message.content)

The top level also has what Zaguan's earlier SDK (``zaguan_sdk``) exported and this one has
too, so code written for it keeps working with a changed import: the error classes, the chat
and credits models, ``StreamAccumulator`` and ``reconstruct_message_from_stream``.
"""

from typing import TYPE_CHECKING

from _gateway_runtime import AsyncStream, Stream, lazy_attributes

from . import errors
from ._client import AsyncZaguanClient, ZaguanClient
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BandAccessDeniedError,
    ConflictError,
    InsufficientCreditsError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    ZaguanError,
)

if TYPE_CHECKING:
    from . import models
    from ._collect import (
        StreamAccumulator,
        acollect_stream,
        collect_stream,
        reconstruct_message_from_stream,
    )
    from ._media import decode_embedding, save_image
    from .models import (
        ChatChunk,
        ChatRequest,
        ChatResponse,
        Choice,
        CreditsBalance,
        CreditsHistory,
        CreditsHistoryEntry,
        CreditsStats,
        Embedding,
        EmbeddingRequest,
        EmbeddingResponse,
        HealthStatus,
        ImageData,
        ImageGenerationRequest,
        ImageResponse,
        Message,
        ModelCapabilities,
        ModelInfo,
        ModerationCategories,
        ModerationCategoryScores,
        ModerationRequest,
        ModerationResponse,
        ModerationResult,
        TokenDetails,
        Usage,
    )

_MODELS = (
    "ChatChunk",
    "ChatRequest",
    "ChatResponse",
    "Choice",
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
    "Message",
    "ModelCapabilities",
    "ModelInfo",
    "ModerationCategories",
    "ModerationCategoryScores",
    "ModerationRequest",
    "ModerationResponse",
    "ModerationResult",
    "TokenDetails",
    "Usage",
)
_COLLECT = (
    "StreamAccumulator",
    "acollect_stream",
    "collect_stream",
    "reconstruct_message_from_stream",
)
# Imported on first use: they load the generated models, which `import zaguan` need not pay for.
__getattr__ = lazy_attributes(
    __name__,
    {
        "models": ".models",
        **dict.fromkeys(_COLLECT, "._collect"),
        **dict.fromkeys(_MODELS, ".models"),
        "decode_embedding": "._media",
        "save_image": "._media",
    },
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
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
