"""Fixtures of the batch runner's tests: a fake clock, a fake sender, the local gateway."""

from __future__ import annotations

import asyncio
from typing import Any, Callable, Dict, Iterator, List, Optional

import pytest

from local_gateway import Gateway, start_gateway
from zaguan._runtime._batch import BatchRow


class FakeClock:
    """Monotonic seconds that move only when something sleeps; every sleep is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: List[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


class StatusError(Exception):
    """What an SDK's status error looks like to the runner: a status and maybe a Retry-After."""

    def __init__(
        self, status: int, retry_after: Optional[float] = None, request_id: str = "rid-x"
    ) -> None:
        super().__init__(f"{status} error")
        self.status_code = status
        self.retry_after = retry_after
        self.request_id = request_id
        self.message = f"status {status}"
        self.code = "rate_limit_exceeded" if status == 429 else None


class Reply(dict):  # type: ignore[type-arg]
    """A JSON reply with a request id, as an SDK result carries one."""

    request_id = "rid-ok"


class FakeSender:
    """Answers each row from ``plan`` (row id -> list of outcomes, one per attempt: a dict
    reply or an exception), else an echo reply with usage; records every attempt."""

    def __init__(self, plan: Optional[Dict[str, List[Any]]] = None) -> None:
        self.plan = plan or {}
        self.attempts: List[str] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.hook: Optional[Callable[[BatchRow], Any]] = None

    async def __call__(self, row: BatchRow) -> Any:
        self.attempts.append(row.id)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.hook is not None:
                await self.hook(row)
            await asyncio.sleep(0)
            outcomes = self.plan.get(row.id)
            outcome = outcomes.pop(0) if outcomes else None
            if isinstance(outcome, BaseException):
                raise outcome
            if outcome is not None:
                return outcome
            usage = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}
            return Reply(echo=row.fields, usage=usage)
        finally:
            self.in_flight -= 1


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sender() -> FakeSender:
    return FakeSender()


@pytest.fixture(scope="session")
def gateway() -> Iterator[Gateway]:
    """The local gateway, serving both APIs on 127.0.0.1 for the whole session."""
    with start_gateway() as running:
        yield running
