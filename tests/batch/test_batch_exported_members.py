"""The batch modules' public surface is pinned: changing it must be a deliberate edit here."""

from __future__ import annotations

import meganova.batch
import zaguan.batch

EXPECTED = [
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


def test_zaguan_batch_all_is_pinned() -> None:
    assert sorted(zaguan.batch.__all__) == EXPECTED


def test_meganova_batch_all_is_pinned() -> None:
    assert sorted(meganova.batch.__all__) == EXPECTED


def test_both_sdks_run_the_same_runner_each_from_its_own_runtime() -> None:
    # One source (overlays/_gateway_runtime), carried by each SDK under its own name.
    assert zaguan.batch.BatchJob.__module__ == "zaguan._runtime._batch_runner"
    assert meganova.batch.BatchJob.__module__ == "meganova._runtime._batch_runner"
    assert zaguan.batch.BatchSummary.__qualname__ == meganova.batch.BatchSummary.__qualname__


def test_every_public_batch_name_has_a_docstring() -> None:
    for module in (zaguan.batch, meganova.batch):
        for name in module.__all__:
            assert getattr(module, name).__doc__, f"{module.__name__}.{name}"
