"""The values calls return: the parsed body plus call metadata, and lists with a request id."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Iterable, List, Optional, TypeVar

import httpx

__all__ = ["APIResponse", "ResultList"]

T = TypeVar("T")


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """A parsed response body (``value``) with the call's request id (the server's
    X-Request-Id when it answered one, else the one sent, the same on every retry), the
    final HTTP status and the response headers."""

    value: T
    request_id: str
    status: int
    headers: httpx.Headers = field(repr=False)


class ResultList(List[T]):
    """A list result (such as every model) that also says which call returned it.

    A plain ``list`` in every other way (equality, repr, slicing, JSON); ``request_id`` is
    the call's request id, as on any other result. It survives pickle and deepcopy (slicing
    or ``+`` give plain lists).
    """

    request_id: Optional[str]

    def __init__(self, items: Iterable[T] = (), request_id: Optional[str] = None) -> None:
        super().__init__(items)
        self.request_id = request_id
