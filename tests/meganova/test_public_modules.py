"""The modules the Meganova guideline names import, and say the same as the package."""

from __future__ import annotations

import importlib
import inspect

import pytest

import meganova


@pytest.mark.parametrize("name", ["models", "errors", "client", "version", "types"])
def test_the_guidelines_module_imports(name: str) -> None:
    module = importlib.import_module(f"meganova.{name}")
    assert module.__all__
    assert all(getattr(module, exported) is not None for exported in module.__all__)


def test_meganova_models_holds_the_typed_models() -> None:
    from meganova import models, types

    assert set(models.__all__) == set(types.__all__)
    assert models.ChatResponse is types.ChatResponse
    assert models.ChatResponse.__module__.startswith("meganova.generated.")


def test_meganova_client_and_version_are_the_packages_own() -> None:
    from meganova.client import AsyncMegaNova, MegaNova
    from meganova.version import __version__

    assert (MegaNova, AsyncMegaNova) == (meganova.MegaNova, meganova.AsyncMegaNova)
    assert __version__ == meganova.__version__


def test_public_types_live_under_the_sdks_own_name() -> None:
    assert meganova.MeganovaError.__module__ == "meganova.errors"
    # Classes and functions (type aliases such as a Union carry typing's module).
    for name in meganova.__all__:
        value = getattr(meganova, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__module__.startswith("meganova."), (name, value.__module__)
