"""Walking a paged listing: each page's call sent as the items before it run out, no page
asked for after the last, the same for sync and async callers."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import pytest

from zaguan._runtime import Call, Pages, aiter_pages, iter_pages

BOOK: Dict[int, List[str]] = {1: ["a", "b"], 2: [], 3: ["c"]}


def pages_of(book: Dict[int, List[str]]) -> Pages[int, str]:
    def after(page: int) -> Optional[Call[int]]:
        return (
            Call({"method": "get", "url": f"/p/{page + 1}"}, lambda _: page + 1)
            if page + 1 in book
            else None
        )

    return Pages(Call({"method": "get", "url": "/p/1"}, lambda _: 1), book.__getitem__, after)


def test_every_item_comes_in_order_and_no_page_is_asked_after_the_last() -> None:
    sent: List[str] = []

    def send(call: Call[int]) -> int:
        sent.append(call.request["url"])
        return call.parse(None)

    assert list(iter_pages(send, pages_of(BOOK))) == ["a", "b", "c"]
    assert sent == ["/p/1", "/p/2", "/p/3"]


def test_a_page_is_sent_only_when_the_items_before_it_run_out() -> None:
    sent: List[str] = []

    def send(call: Call[int]) -> int:
        sent.append(call.request["url"])
        return call.parse(None)

    items = iter_pages(send, pages_of(BOOK))
    assert next(items) == "a"
    assert sent == ["/p/1"]


async def test_async_callers_walk_the_same_pages() -> None:
    sent: List[str] = []

    async def send(call: Call[int]) -> int:
        sent.append(call.request["url"])
        return call.parse(None)

    assert [item async for item in aiter_pages(send, pages_of(BOOK))] == ["a", "b", "c"]
    assert sent == ["/p/1", "/p/2", "/p/3"]


def test_an_error_of_the_next_page_call_ends_the_walk_with_it() -> None:
    def after(page: Any) -> Optional[Call[int]]:
        raise ValueError("the same page twice")

    pages: Pages[int, str] = Pages(
        Call({"method": "get", "url": "/"}, lambda _: 1), BOOK.__getitem__, after
    )
    items = iter_pages(lambda call: call.parse(None), pages)
    assert [next(items), next(items)] == ["a", "b"]
    with pytest.raises(ValueError, match="the same page twice"):
        next(items)
