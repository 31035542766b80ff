"""The rate-limit state Ray's workers share (the actor's class, here without Ray)."""

from __future__ import annotations

from zaguan._runtime._batch_ray import SharedRateLimit


def test_429s_to_requests_sent_before_the_event_make_one_shared_pause() -> None:
    shared = SharedRateLimit(None, None)
    numbers = [shared.acquire(0)[1] for _ in range(6)]  # two workers' requests, in any order
    new = [shared.rate_limited(seq, 5.0) for seq in reversed(numbers)]
    assert new == [True, False, False, False, False, False]
    assert shared.stats() == {"pauses": 1}
    wait, seq = shared.acquire(0)
    assert 4.0 < wait <= 5.0 and seq == -1  # every worker waits for the one pause


def test_the_requests_per_minute_budget_is_shared_by_all_workers() -> None:
    shared = SharedRateLimit(requests_per_minute=2, tokens_per_minute=None)
    assert shared.acquire(0)[0] == 0
    assert shared.acquire(0)[0] == 0
    assert shared.acquire(0)[0] > 59
