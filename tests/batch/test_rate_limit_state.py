"""The batch's shared rate-limit state, driven by a hand-moved clock (no I/O, no sleeps)."""

from __future__ import annotations

from typing import List

from zaguan._runtime._batch import RateLimitState, Ticket


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def make(clock: Clock, **settings: object) -> RateLimitState:
    options = {"max_concurrency": 16, **settings}
    return RateLimitState(clock=clock, **options)  # type: ignore[arg-type]


def start_many(state: RateLimitState, count: int) -> List[Ticket]:
    tickets = []
    for _ in range(count):
        assert state.wait_time() == 0
        tickets.append(state.start())
    return tickets


def test_a_free_slot_means_go_now() -> None:
    state = make(Clock())
    assert state.wait_time() == 0


def test_no_free_slot_means_wait_for_one() -> None:
    state = make(Clock(), max_concurrency=2)
    start_many(state, 2)
    assert state.wait_time() is None


def test_a_storm_of_429s_is_one_event_one_pause_and_one_halving() -> None:
    clock = Clock()
    state = make(clock)
    tickets = start_many(state, 16)
    clock.now = 1.0
    new_events = [state.rate_limited(ticket, retry_after=2.0) for ticket in tickets]
    assert new_events == [True] + [False] * 15
    assert state.limit == 8
    assert state.pauses == 1
    assert state.pause_until == 3.0


def test_the_pause_holds_every_new_request_for_retry_after() -> None:
    clock = Clock()
    state = make(clock)
    (ticket,) = start_many(state, 1)
    state.rate_limited(ticket, retry_after=2.5)
    assert state.wait_time() == 2.5
    clock.now = 2.0
    assert state.wait_time() == 0.5
    clock.now = 2.5
    assert state.wait_time() == 0


def test_a_429_to_a_request_sent_after_the_pause_is_a_new_event() -> None:
    clock = Clock()
    state = make(clock)
    (first,) = start_many(state, 1)
    state.rate_limited(first, retry_after=1.0)
    clock.now = 1.0
    (second,) = start_many(state, 1)
    clock.now = 1.5
    assert state.rate_limited(second, retry_after=1.0) is True
    assert state.limit == 4
    assert state.pause_until == 2.5


def test_concurrency_never_shrinks_below_its_minimum() -> None:
    clock = Clock()
    state = make(clock, max_concurrency=4, min_concurrency=2)
    for _ in range(5):
        clock.now = max(clock.now, state.pause_until)
        (ticket,) = start_many(state, 1)
        state.rate_limited(ticket, retry_after=0.0)
    assert state.limit == 2


def test_concurrency_grows_back_by_one_per_round_of_successes() -> None:
    clock = Clock()
    state = make(clock, max_concurrency=8)
    (ticket,) = start_many(state, 1)
    state.rate_limited(ticket, retry_after=0.0)
    assert state.limit == 4
    for _ in range(4):  # one round at 4: grows to 5
        state.succeeded(state.start())
    assert state.limit == 5
    for _ in range(5 + 6 + 7):  # rounds at 5, 6 and 7
        state.succeeded(state.start())
    assert state.limit == 8
    for _ in range(20):
        state.succeeded(state.start())
    assert state.limit == 8


def test_a_429_without_retry_after_pauses_with_a_growing_backoff() -> None:
    clock = Clock()
    state = make(clock)
    pauses = []
    for _ in range(3):
        clock.now = max(clock.now, state.pause_until)
        (ticket,) = start_many(state, 1)
        state.rate_limited(ticket)
        pauses.append(state.pause_until - clock.now)
    assert pauses == [1.0, 2.0, 4.0]


def test_a_success_resets_the_backoff_of_consecutive_events() -> None:
    clock = Clock()
    state = make(clock)
    (ticket,) = start_many(state, 1)
    state.rate_limited(ticket)
    clock.now = state.pause_until
    state.succeeded(state.start())
    (ticket,) = start_many(state, 1)
    state.rate_limited(ticket)
    assert state.pause_until - clock.now == 1.0


def test_a_retry_after_over_the_cap_falls_back_to_the_backoff() -> None:
    clock = Clock()
    state = make(clock)
    (ticket,) = start_many(state, 1)
    state.rate_limited(ticket, retry_after=3600.0)
    assert state.pause_until == 1.0


def test_the_requests_per_minute_budget_holds_over_any_minute() -> None:
    clock = Clock()
    state = make(clock, requests_per_minute=3)
    starts: List[float] = []
    while len(starts) < 7:
        wait = state.wait_time()
        assert wait is not None
        if wait > 0:
            clock.now += wait
            continue
        starts.append(clock.now)
        state.succeeded(state.start())
    assert starts == [0.0, 0.0, 0.0, 60.0, 60.0, 60.0, 120.0]


def test_the_tokens_per_minute_budget_counts_the_estimate_before_the_reply() -> None:
    clock = Clock()
    state = make(clock, tokens_per_minute=100)
    state.start(60)
    assert state.wait_time(50) == 60.0
    assert state.wait_time(40) == 0


def test_the_tokens_per_minute_budget_is_corrected_to_the_reply_usage() -> None:
    clock = Clock()
    state = make(clock, tokens_per_minute=100)
    ticket = state.start(90)
    assert state.wait_time(50) == 60.0
    state.succeeded(ticket, tokens=20)
    assert state.wait_time(50) == 0


def test_a_request_over_the_whole_token_budget_still_goes_alone() -> None:
    clock = Clock()
    state = make(clock, tokens_per_minute=100)
    assert state.wait_time(500) == 0
    state.succeeded(state.start(500))
    assert state.wait_time(10) == 60.0
