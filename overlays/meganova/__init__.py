"""Official Python SDK of the Meganova API.

>>> from meganova import MegaNova
>>> client = MegaNova()  # reads MEGANOVA_API_KEY
>>> resp = client.chat.create(messages=[{"role": "user", "content": "Hi!"}], model="manta-flash")
>>> print(resp.choices[0].message["content"])

The error classes are at the top level too (``meganova.RateLimitError``), as in openai-python;
``client.chat.completions.create(...)`` works as in Meganova's earlier SDK and openai-python.
"""

from typing import TYPE_CHECKING

from meganova._runtime import lazy_attributes

from . import errors
from ._client import AsyncMegaNova, MegaNova
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    MeganovaError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from . import cloud, types
    from ._agents import AsyncCloudAgent, CloudAgent
    from ._media import decode_embedding, save_image
    from ._streaming import AsyncChatStream, ChatStream, ChatStreamChunk
    from .types import (
        EmbeddingData,
        EmbeddingResponse,
        GeneratedImage,
        ImageGenerationResponse,
        ModelTags,
        RerankResponse,
        RerankResult,
        ServerlessModel,
        ServerlessModelsResponse,
        TranscriptionResponse,
        VideoGenerationResponse,
    )

# Imported on first use: they load the generated models, which `import meganova` need not pay for.
__getattr__ = lazy_attributes(
    __name__,
    {
        "types": ".types",
        "cloud": ".cloud",
        "AsyncChatStream": "._streaming",
        "AsyncCloudAgent": "._agents",
        "CloudAgent": "._agents",
        "ChatStream": "._streaming",
        "ChatStreamChunk": "._streaming",
        "EmbeddingData": ".types",
        "EmbeddingResponse": ".types",
        "GeneratedImage": ".types",
        "ImageGenerationResponse": ".types",
        "ModelTags": ".types",
        "RerankResponse": ".types",
        "RerankResult": ".types",
        "ServerlessModel": ".types",
        "ServerlessModelsResponse": ".types",
        "TranscriptionResponse": ".types",
        "VideoGenerationResponse": ".types",
        "decode_embedding": "._media",
        "save_image": "._media",
    },
)

__all__ = [
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
