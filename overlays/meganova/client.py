"""The clients, as the Meganova guideline names their module (``meganova.client``)."""

from ._client import AsyncMegaNova, MegaNova

__all__ = ["AsyncMegaNova", "MegaNova"]
