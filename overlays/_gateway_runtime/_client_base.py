"""What every SDK client does the same way: closing, context managers, repr."""

from __future__ import annotations

from types import TracebackType
from typing import Optional, Type, TypeVar

from ._transport import AsyncTransport, SyncTransport

__all__ = ["AsyncClientBase", "SyncClientBase"]

S = TypeVar("S", bound="SyncClientBase")
A = TypeVar("A", bound="AsyncClientBase")


class SyncClientBase:
    """Base of the blocking clients: ``close()`` and ``with`` release the connections."""

    _transport: SyncTransport
    base_url: str

    def close(self) -> None:
        """Close the connections (unless the ``http_client`` was yours)."""
        self._transport.close()

    def __enter__(self: S) -> S:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class AsyncClientBase:
    """Base of the async clients: ``await close()`` and ``async with``."""

    _transport: AsyncTransport
    base_url: str

    async def close(self) -> None:
        """Close the connections (unless the ``http_client`` was yours)."""
        await self._transport.aclose()

    async def __aenter__(self: A) -> A:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"
