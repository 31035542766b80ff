"""Every public name of the zaguan package lives under the package's own name."""

from __future__ import annotations

import inspect

import zaguan


def test_public_types_live_under_the_sdks_own_name() -> None:
    assert zaguan.Stream.__module__ == "zaguan._runtime._streaming"
    # Classes and functions (type aliases such as a Union carry typing's module).
    for name in zaguan.__all__:
        value = getattr(zaguan, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__module__.startswith("zaguan."), (name, value.__module__)


def test_the_generated_package_is_mounted_inside_the_sdk() -> None:
    import zaguan.generated.models as models

    assert models.ChatResponse is zaguan.ChatResponse
    assert models.ChatResponse.__module__ == "zaguan.generated.models.chat_response"
