"""Official Python SDK of Zaguan CoreX.

>>> from zaguan import ZaguanClient
>>> client = ZaguanClient()  # reads ZAGUAN_API_KEY
>>> reply = client.chat(model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])
>>> print(reply.choices[0].message.content)
"""

from typing import TYPE_CHECKING

from _gateway_runtime import AsyncStream, Stream, lazy_attributes

from . import errors
from ._client import AsyncZaguanClient, ZaguanClient
from ._version import __version__
from .errors import ZaguanError

if TYPE_CHECKING:
    from . import models
    from ._collect import acollect_stream, collect_stream
    from .models import (
        ChatChunk,
        ChatRequest,
        ChatResponse,
        CreditsBalance,
        CreditsHistory,
        CreditsHistoryEntry,
        CreditsStats,
        HealthStatus,
        Message,
        ModelCapabilities,
        ModelInfo,
        TokenDetails,
        Usage,
    )

_MODELS = (
    "ChatChunk",
    "ChatRequest",
    "ChatResponse",
    "CreditsBalance",
    "CreditsHistory",
    "CreditsHistoryEntry",
    "CreditsStats",
    "HealthStatus",
    "Message",
    "ModelCapabilities",
    "ModelInfo",
    "TokenDetails",
    "Usage",
)
# Imported on first use: they load the generated models, which `import zaguan` need not pay for.
__getattr__ = lazy_attributes(
    __name__,
    {
        "models": ".models",
        "collect_stream": "._collect",
        "acollect_stream": "._collect",
        **dict.fromkeys(_MODELS, ".models"),
    },
)

__all__ = [
    "AsyncStream",
    "AsyncZaguanClient",
    "ChatChunk",
    "ChatRequest",
    "ChatResponse",
    "CreditsBalance",
    "CreditsHistory",
    "CreditsHistoryEntry",
    "CreditsStats",
    "HealthStatus",
    "Message",
    "ModelCapabilities",
    "ModelInfo",
    "Stream",
    "TokenDetails",
    "Usage",
    "ZaguanClient",
    "ZaguanError",
    "__version__",
    "acollect_stream",
    "collect_stream",
    "errors",
    "models",
]
