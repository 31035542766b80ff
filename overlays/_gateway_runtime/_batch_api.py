"""What the SDKs' ``batch`` modules share: settings, method lookup, the blocking entry points.

An SDK's ``batch`` module is a few lines over :class:`BatchSupport`: which client classes it
has, how its chat and embeddings methods are called, and which errors are worth a retry.
"""

from __future__ import annotations

import os
from typing import (
    TYPE_CHECKING,
    Any,
    Awaitable,
    Callable,
    Mapping,
    Optional,
    Tuple,
    TypedDict,
    Union,
)

from ._batch import BatchResult, BatchRow, BatchSummary
from ._batch_runner import BatchJob, Order, Rows, run_blocking
from ._lifecycle import twin_arguments
from ._retry import RetryPolicy, resendable

if TYPE_CHECKING:
    from ._client_base import AsyncClientBase, SyncClientBase

__all__ = ["BatchSettings", "BatchSupport", "Method"]

#: The method a generic batch calls: a name on the async client (dotted for a resource's
#: method: ``"rerank.create"``), or an async callable taking a row's fields (and ``args``).
Method = Union[str, Callable[..., Awaitable[Any]]]
#: How a preset method is called: (async client, row) -> awaitable result.
Caller = Callable[[Any, BatchRow], Awaitable[Any]]

_POLICY = RetryPolicy()


class BatchSettings(TypedDict, total=False):
    """The keyword settings of every batch entry point (all optional).

    ``output``: the JSON Lines file written, one line per row (``None``: none; results only
    through the iterator and ``on_result``). ``order``: ``"input"`` (the default: results,
    and the final file, in input order) or ``"completed"``. ``max_concurrency`` (default 32)
    and ``min_concurrency`` (default: an eighth of the maximum, at least 1): bounds of the
    adaptive concurrency. ``requests_per_minute``,
    ``tokens_per_minute``: budgets over a sliding minute (None: none). ``max_retries`` (8):
    retries of one row (429s, 408, 409, 5xx, connection errors and timeouts), after which the
    row is recorded as failed. ``resume`` (True): skip the rows the output file already has as
    done, retry its failed ones; False starts the file afresh. ``progress``: a progress bar
    on stderr (None: when it is a terminal and ``tqdm`` is installed). ``on_result``: called
    with each :class:`BatchResult` as it completes. ``defaults``: fields under every row's
    (``{"model": "..."}``). ``sleep``, ``clock``, ``random``: replace ``asyncio.sleep``,
    ``time.monotonic`` and ``random.random`` (tests).
    """

    output: Union[str, os.PathLike[str], None]
    order: Order
    max_concurrency: int
    min_concurrency: Optional[int]
    requests_per_minute: Optional[float]
    tokens_per_minute: Optional[float]
    max_retries: int
    resume: bool
    progress: Optional[bool]
    on_result: Optional[Callable[[BatchResult], Any]]
    defaults: Optional[Mapping[str, Any]]
    sleep: Optional[Callable[[float], Awaitable[Any]]]
    clock: Optional[Callable[[], float]]
    random: Optional[Callable[[], float]]


def _options(fields: Mapping[str, Any]) -> dict[str, Any]:
    # The batch owns retries (one shared pause for a 429, not one per request): each request
    # is sent once unless the row itself asks for retries.
    return {"max_retries": 0, **fields}


class BatchSupport:
    """One SDK's batch entry points (see the SDKs' ``batch`` modules)."""

    def __init__(
        self,
        *,
        sync_client: type,
        async_client: type,
        chat: Caller,
        embeddings: Caller,
        retryable_errors: Tuple[type, ...],
        invalid: Callable[[str], Exception],
    ) -> None:
        self.sync_client = sync_client
        self.async_client = async_client
        self.presets = {"chat": (chat, "messages"), "embeddings": (embeddings, "input")}
        self.retryable_errors = retryable_errors
        self.invalid = invalid

    def retryable(self, exc: BaseException) -> bool:
        """Whether a row's error is worth another attempt (the 429s are handled apart); never
        for a call that may have acted (``idempotent=False``, the request may have arrived)."""
        if not resendable(exc):
            return False
        if isinstance(exc, self.retryable_errors):
            return True
        status = getattr(exc, "status_code", None)
        return isinstance(status, int) and _POLICY.is_retryable_status(status)

    def _sender(self, client: Any, method: Method) -> Tuple[Callable[[BatchRow], Any], Any]:
        if isinstance(method, str) and method in self.presets:
            caller, text_field = self.presets[method]

            def send_preset(row: BatchRow) -> Awaitable[Any]:
                return caller(client, row)

            return send_preset, text_field
        if isinstance(method, str):
            target: Any = client
            for part in method.split("."):
                target = getattr(target, part, None)
                if target is None or part.startswith("_"):
                    raise self.invalid(
                        f"{type(client).__name__} has no method {method!r} (a name such as "
                        "'create_moderation', or 'rerank.create' for a resource's method)"
                    )
        elif callable(method):
            target = method
        else:
            raise self.invalid(f"method must be a method name or an async callable, not {method!r}")

        def send(row: BatchRow) -> Awaitable[Any]:
            result: Awaitable[Any] = target(*row.args, **_options(row.fields))
            return result

        return send, None

    def job(
        self, client: AsyncClientBase, method: Method, rows: Rows, settings: BatchSettings
    ) -> BatchJob:
        """A :class:`BatchJob` of ``method`` over ``rows`` on an async client."""
        if not isinstance(client, self.async_client):
            raise self.invalid(
                f"the async batch functions take an {self.async_client.__name__}, not "
                f"{type(client).__name__} (the blocking ones take either)"
            )
        send, text_field = self._sender(client, method)
        return BatchJob(
            send,
            rows,
            text_field=text_field,
            retryable=self.retryable,
            invalid=self.invalid,
            **settings,
        )

    def run(
        self, client: SyncClientBase, method: Method, rows: Rows, settings: BatchSettings
    ) -> BatchSummary:
        """Run a batch to its end on a new event loop, for code without asyncio. The blocking
        client lends its configuration to an async twin (its own connections, closed at the
        end); the client itself is left as it was."""
        if not isinstance(client, self.sync_client):
            raise self.invalid(
                f"the blocking batch functions take a {self.sync_client.__name__}, not "
                f"{type(client).__name__} (an {self.async_client.__name__} goes to the async "
                "ones: achat, aembeddings, arun)"
            )
        config = client._transport.config

        async def twin_job() -> BatchSummary:
            twin = self.async_client(**twin_arguments(config))
            async with twin:
                return await self.job(twin, method, rows, settings)

        return run_blocking(twin_job)


def options_for(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A row's fields with the batch's call options (``max_retries=0`` unless the row sets
    it), for the SDKs' preset callers."""
    return _options(fields)
