"""Pytest fixtures for any test folder: ``pytest_plugins = ["local_gateway.pytest_plugin"]``.

``gateway`` is one running :class:`~local_gateway.Gateway` for the whole session (key
``sk-local-test``); tests pick faults per request with the ``X-Gateway-Fault`` header.
"""

from __future__ import annotations

from typing import Iterator

import pytest

from .server import Gateway, start_gateway

__all__ = ["gateway"]


@pytest.fixture(scope="session")
def gateway() -> Iterator[Gateway]:
    """A local gateway serving both APIs for the whole test session."""
    with start_gateway() as running:
        yield running
