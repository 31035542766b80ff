# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""What the endpoint functions need of a client: the SDK's clients are such clients."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Unpack
    from zaguan._runtime import Call, CallOptions

T = TypeVar("T")


class SyncSender(Protocol):
    """A blocking client that sends a described call: the SDK's sync client."""

    def send(self, call: Call[T], **options: Unpack[CallOptions]) -> T: ...


class AsyncSender(Protocol):
    """An async client that sends a described call: the SDK's async client."""

    async def send(self, call: Call[T], **options: Unpack[CallOptions]) -> T: ...


__all__ = ["AsyncSender", "SyncSender"]
