"""Bulk work: many requests from a list or a JSON Lines file, with results in a JSON Lines file.

>>> from meganova import MegaNova, batch
>>> client = MegaNova()
>>> rows = [{"id": "q1", "messages": [{"role": "user", "content": "Hi"}]}, "Hello"]
>>> summary = batch.chat(client, rows, output="out.jsonl", defaults={"model": "manta-flash"})
>>> print(summary)  # 2 done, 0 failed, 0 skipped, ...

One event loop, bounded and adaptive concurrency, one shared pause per 429 event, optional
requests- and tokens-per-minute budgets; the output file is appended and flushed row by row, so
a rerun with the same ``output`` skips the rows done and retries the failed ones. The blocking
functions (``chat``, ``embeddings``, ``run``) take a :class:`~meganova.MegaNova` and run
their own event loop; the async ones (``achat``, ``aembeddings``, ``arun``) take an
:class:`~meganova.AsyncMegaNova` and return a :class:`BatchJob`: ``await`` it for the
summary, or ``async for result in job`` for each :class:`BatchResult`. Every setting is in
:class:`BatchSettings`; the README's "Bulk work: the batch runner" shows them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Awaitable

from meganova._runtime._batch import BatchResult, BatchRow, BatchSummary
from meganova._runtime._batch_api import BatchSettings, BatchSupport, Method, options_for
from meganova._runtime._batch_runner import BatchJob, Rows

from ._client import AsyncMegaNova, MegaNova
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


def _chat(client: AsyncMegaNova, row: BatchRow) -> Awaitable[Any]:
    return client.chat.create(*row.args, **options_for(row.fields))


def _embeddings(client: AsyncMegaNova, row: BatchRow) -> Awaitable[Any]:
    fields = options_for(row.fields)
    # embeddings.create takes its input by position.
    args = row.args or [fields.pop("input", None)]
    return client.embeddings.create(*args, **fields)


_SUPPORT = BatchSupport(
    sync_client=MegaNova,
    async_client=AsyncMegaNova,
    chat=_chat,
    embeddings=_embeddings,
    retryable_errors=(APIConnectionError,),
    invalid=InvalidArgumentError,
)


def chat(client: MegaNova, rows: Rows, **settings: Unpack[BatchSettings]) -> BatchSummary:
    """Chat completions for every row (``client.chat.create(**row)``): a row is a mapping of the
    request's fields (``messages``, ``model``, ...; ``id`` optional), or a str, sent as one
    user message. Blocks until done; returns the :class:`BatchSummary`."""
    return _SUPPORT.run(client, "chat", rows, settings)


def embeddings(client: MegaNova, rows: Rows, **settings: Unpack[BatchSettings]) -> BatchSummary:
    """Embeddings for every row (``client.embeddings.create(**row)``): a row is a mapping of
    the request's fields, or a str, sent as ``input``. Blocks until done."""
    return _SUPPORT.run(client, "embeddings", rows, settings)


def run(
    client: MegaNova, method: Method, rows: Rows, **settings: Unpack[BatchSettings]
) -> BatchSummary:
    """Any JSON method for every row: ``method`` names it (``"rerank.create"``; ``args``: its positional arguments, ``[query, documents]``), and each
    row holds its keyword arguments. Blocks until done."""
    return _SUPPORT.run(client, method, rows, settings)


def achat(client: AsyncMegaNova, rows: Rows, **settings: Unpack[BatchSettings]) -> BatchJob:
    """:func:`chat` on an async client: ``await`` the job, or ``async for`` its results."""
    return _SUPPORT.job(client, "chat", rows, settings)


def aembeddings(client: AsyncMegaNova, rows: Rows, **settings: Unpack[BatchSettings]) -> BatchJob:
    """:func:`embeddings` on an async client: ``await`` the job, or ``async for`` its results."""
    return _SUPPORT.job(client, "embeddings", rows, settings)


def arun(
    client: AsyncMegaNova, method: Method, rows: Rows, **settings: Unpack[BatchSettings]
) -> BatchJob:
    """:func:`run` on an async client; ``method`` may also be an async callable (a bound
    method of the client, say) taking a row's fields as keywords."""
    return _SUPPORT.job(client, method, rows, settings)


def run_on_ray(
    client: MegaNova | AsyncMegaNova,
    method: str,
    rows: Rows,
    **settings: Any,
) -> BatchSummary:
    """The batch on the Ray cluster this process is connected to (``ray.init()`` first; the
    ``[ray]`` extra); see :func:`zaguan.batch.run_on_ray`, which works the same way."""
    from meganova._runtime._batch_ray import run_on_ray as on_ray

    return on_ray(client, __name__, method, rows, **settings)
