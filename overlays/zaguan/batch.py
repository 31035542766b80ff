"""Bulk work: many requests from a list or a JSON Lines file, with results in a JSON Lines file.

>>> from zaguan import ZaguanClient, batch
>>> client = ZaguanClient()
>>> rows = [{"id": "q1", "messages": [{"role": "user", "content": "Hi"}]}, "Hello"]
>>> summary = batch.chat(client, rows, output="out.jsonl", defaults={"model": "openai/gpt-4o-mini"})
>>> print(summary)  # 2 done, 0 failed, 0 skipped, ...

One event loop, bounded and adaptive concurrency, one shared pause per 429 event, optional
requests- and tokens-per-minute budgets; the output file is appended and flushed row by row, so
a rerun with the same ``output`` skips the rows done and retries the failed ones. The blocking
functions (``chat``, ``embeddings``, ``run``) take a :class:`~zaguan.ZaguanClient` and run
their own event loop; the async ones (``achat``, ``aembeddings``, ``arun``) take an
:class:`~zaguan.AsyncZaguanClient` and return a :class:`BatchJob`: ``await`` it for the
summary, or ``async for result in job`` for each :class:`BatchResult`. Every setting is in
:class:`BatchSettings`; the README's "Bulk work: the batch runner" shows them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Awaitable

from zaguan._runtime._batch import BatchResult, BatchRow, BatchSummary
from zaguan._runtime._batch_api import BatchSettings, BatchSupport, Method, options_for
from zaguan._runtime._batch_runner import BatchJob, Rows

from ._client import AsyncZaguanClient, ZaguanClient
from .errors import APIConnectionError, InvalidArgumentError

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = [
    "BatchJob",
    "BatchResult",
    "BatchSettings",
    "BatchSummary",
    "achat",
    "aembeddings",
    "arun",
    "chat",
    "embeddings",
    "run",
    "run_on_ray",
]


def _chat(client: AsyncZaguanClient, row: BatchRow) -> Awaitable[Any]:
    return client.chat(*row.args, **options_for(row.fields))


def _embeddings(client: AsyncZaguanClient, row: BatchRow) -> Awaitable[Any]:
    return client.create_embeddings(*row.args, **options_for(row.fields))


_SUPPORT = BatchSupport(
    sync_client=ZaguanClient,
    async_client=AsyncZaguanClient,
    chat=_chat,
    embeddings=_embeddings,
    retryable_errors=(APIConnectionError,),
    invalid=InvalidArgumentError,
)


def chat(client: ZaguanClient, rows: Rows, **settings: Unpack[BatchSettings]) -> BatchSummary:
    """Chat completions for every row (``client.chat(**row)``): a row is a mapping of the
    request's fields (``messages``, ``model``, ...; ``id`` optional), or a str, sent as one
    user message. Blocks until done; returns the :class:`BatchSummary`."""
    return _SUPPORT.run(client, "chat", rows, settings)


def embeddings(client: ZaguanClient, rows: Rows, **settings: Unpack[BatchSettings]) -> BatchSummary:
    """Embeddings for every row (``client.create_embeddings(**row)``): a row is a mapping of
    the request's fields, or a str, sent as ``input``. Blocks until done."""
    return _SUPPORT.run(client, "embeddings", rows, settings)


def run(
    client: ZaguanClient, method: Method, rows: Rows, **settings: Unpack[BatchSettings]
) -> BatchSummary:
    """Any JSON method for every row: ``method`` names it (``"create_moderation"``), and each
    row holds its keyword arguments (``args``: a list of positional ones). Blocks until done."""
    return _SUPPORT.run(client, method, rows, settings)


def achat(client: AsyncZaguanClient, rows: Rows, **settings: Unpack[BatchSettings]) -> BatchJob:
    """:func:`chat` on an async client: ``await`` the job, or ``async for`` its results."""
    return _SUPPORT.job(client, "chat", rows, settings)


def aembeddings(
    client: AsyncZaguanClient, rows: Rows, **settings: Unpack[BatchSettings]
) -> BatchJob:
    """:func:`embeddings` on an async client: ``await`` the job, or ``async for`` its results."""
    return _SUPPORT.job(client, "embeddings", rows, settings)


def arun(
    client: AsyncZaguanClient, method: Method, rows: Rows, **settings: Unpack[BatchSettings]
) -> BatchJob:
    """:func:`run` on an async client; ``method`` may also be an async callable (a bound
    method of the client, say) taking a row's fields as keywords."""
    return _SUPPORT.job(client, method, rows, settings)


def run_on_ray(
    client: ZaguanClient | AsyncZaguanClient,
    method: str,
    rows: Rows,
    **settings: Any,
) -> BatchSummary:
    """The batch on the Ray cluster this process is connected to (``ray.init()`` first; the
    ``[ray]`` extra): ``workers`` actors (default 2) of ``ray.data``'s ``map_batches``, each
    with one client (this one, pickled: configuration only) and ``worker_cpus`` CPUs (default
    0.25: the work is I/O-bound), sharing one rate-limit actor (the 429 pause and the
    ``requests_per_minute`` / ``tokens_per_minute`` budgets); the same output file, resume and
    ``order`` as :func:`chat`. Other settings: ``rows_per_task`` (256), ``max_concurrency`` (per
    worker), ``max_retries``, ``defaults``, ``share_rate_limits`` (True), ``progress``."""
    from zaguan._runtime._batch_ray import run_on_ray as on_ray

    return on_ray(client, __name__, method, rows, **settings)
