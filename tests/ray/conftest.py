"""Fixtures of the Ray tests: a local Ray cluster (2 CPUs) and the local gateway.

These tests need the ``[ray]`` extra; ``make test-ray`` runs them in their own venv
(``.venvs/ray``). Elsewhere they are not collected.
"""

from __future__ import annotations

from typing import Any, Iterator

import pytest

from local_gateway import Gateway, start_gateway

try:
    import ray as _ray  # type: ignore[import-not-found, import-untyped, unused-ignore]
except ImportError:  # no [ray] extra in this venv: these tests are not collected
    _ray = None
ray: Any = _ray

collect_ignore_glob = [] if ray is not None else ["test_*.py"]


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[Any]:
    """A local Ray cluster for the whole session, started by the tests."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield ray
    ray.shutdown()


@pytest.fixture(scope="session")
def gateway() -> Iterator[Gateway]:
    """The local gateway: Ray's worker processes reach it over 127.0.0.1."""
    with start_gateway() as running:
        yield running
