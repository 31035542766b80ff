"""The value a non-streaming call returns: the parsed body plus call metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

import httpx

__all__ = ["APIResponse"]

T = TypeVar("T")


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """A parsed response body (``value``) with the request id the call sent
    (the same on every retry), the final HTTP status and the response headers."""

    value: T
    request_id: str
    status: int
    headers: httpx.Headers = field(repr=False)
