"""Official Python SDK of Zaguan CoreX.

>>> from zaguan import ZaguanClient
>>> client = ZaguanClient()  # reads ZAGUAN_API_KEY
>>> reply = client.chat(model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])
>>> print(reply.choices[0].message.content)
"""

from _gateway_runtime import AsyncStream, Stream

from . import errors, models
from ._client import AsyncZaguanClient, ZaguanClient
from ._collect import acollect_stream, collect_stream
from ._version import __version__
from .errors import ZaguanError
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
