"""Walking a paged listing item by item, for sync and async callers.

The SDK says how (:class:`Pages`): the call for the first page, what a page holds, and the
call for the page after one (which raises the SDK's error when a server hands out the same
page twice, rather than looping). :func:`iter_pages` and :func:`aiter_pages` only send.
"""

from __future__ import annotations

from typing import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generic,
    Iterable,
    Iterator,
    Optional,
    TypeVar,
)

from ._calls import Call

__all__ = ["Pages", "aiter_pages", "iter_pages"]

P = TypeVar("P")
T = TypeVar("T")


class Pages(Generic[P, T]):
    """How to walk one listing: ``first`` (the call for its first page), ``items(page)`` (what
    a page holds, in order) and ``after(page)`` (the call for the next page, or None after the
    last). ``after`` may keep state (the cursors seen): a :class:`Pages` serves one walk."""

    __slots__ = ("after", "first", "items")

    def __init__(
        self,
        first: Call[P],
        items: Callable[[P], Iterable[T]],
        after: Callable[[P], Optional[Call[P]]],
    ) -> None:
        self.first = first
        self.items = items
        self.after = after


def iter_pages(send: Callable[[Call[P]], P], pages: Pages[P, T]) -> Iterator[T]:
    """Every item of the listing, sending each page's call (with ``send``) as the items of
    the page before run out."""
    call: Optional[Call[P]] = pages.first
    while call is not None:
        page = send(call)
        yield from pages.items(page)
        call = pages.after(page)


async def aiter_pages(
    send: Callable[[Call[P]], Awaitable[P]], pages: Pages[P, T]
) -> AsyncIterator[T]:
    """Async :func:`iter_pages`: ``async for`` over the items."""
    call: Optional[Call[P]] = pages.first
    while call is not None:
        page = await send(call)
        for item in pages.items(page):
            yield item
        call = pages.after(page)
