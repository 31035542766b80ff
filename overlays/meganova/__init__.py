"""Official Python SDK of the Meganova API.

>>> from meganova import MegaNova
>>> client = MegaNova()  # reads MEGANOVA_API_KEY
>>> resp = client.chat.create(messages=[{"role": "user", "content": "Hi!"}], model="manta-flash")
>>> print(resp.choices[0].message["content"])
"""

from . import errors, types
from ._client import AsyncMegaNova, MegaNova
from ._streaming import AsyncChatStream, ChatStream, ChatStreamChunk
from ._version import __version__
from .errors import MeganovaError

__all__ = [
    "AsyncChatStream",
    "AsyncMegaNova",
    "ChatStream",
    "ChatStreamChunk",
    "MegaNova",
    "MeganovaError",
    "__version__",
    "errors",
    "types",
]
