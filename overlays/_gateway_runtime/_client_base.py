"""What every SDK client does the same way: sending a described call, closing, ``with``, repr.

``send`` is what the generated endpoint functions and the generated facade methods call, so
every call of an SDK, whatever a user imported, runs through one transport.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, Optional, Type, TypeVar

from ._calls import Call, arun, request_options, run
from ._errors import invalid_argument
from ._transport import AsyncTransport, SyncTransport

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._calls import CallOptions

__all__ = ["AsyncClientBase", "AsyncResource", "SyncClientBase", "SyncResource"]

S = TypeVar("S", bound="SyncClientBase")
A = TypeVar("A", bound="AsyncClientBase")
T = TypeVar("T")


class SyncClientBase:
    """Base of the blocking clients: ``close()`` and ``with`` release the connections."""

    _transport: SyncTransport
    base_url: str

    def send(self, call: Call[T], **options: Unpack[CallOptions]) -> T:
        """Send a described call (a generated endpoint's request and parser) with this client's
        retries, timeouts, request id and error mapping; the options are the call options."""
        errors = self._transport.config.errors
        checked = request_options(options, lambda message: invalid_argument(errors, message))
        return run(self._transport, call, checked)

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

    async def send(self, call: Call[T], **options: Unpack[CallOptions]) -> T:
        """The async twin of :meth:`SyncClientBase.send`."""
        errors = self._transport.config.errors
        checked = request_options(options, lambda message: invalid_argument(errors, message))
        return await arun(self._transport, call, checked)

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


class SyncResource:
    """A group of a blocking client's methods (``client.models``): sends through the client."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def send(self, call: Call[T], **options: Unpack[CallOptions]) -> T:
        """Send through the client: see :meth:`SyncClientBase.send`."""
        result: T = self._client.send(call, **options)
        return result


class AsyncResource:
    """A group of an async client's methods (``client.models``): sends through the client."""

    def __init__(self, client: Any) -> None:
        self._client = client

    async def send(self, call: Call[T], **options: Unpack[CallOptions]) -> T:
        """Send through the client: see :meth:`AsyncClientBase.send`."""
        result: T = await self._client.send(call, **options)
        return result
