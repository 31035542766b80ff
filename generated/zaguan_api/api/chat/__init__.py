# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""The chat operations: endpoint modules, and methods for the SDK facades."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from _gateway_runtime import Call, split_options

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, List

    from _gateway_runtime import CallOptions, ResultList
    from typing_extensions import Required, Unpack

    from ...client import AsyncSender, SyncSender


__all__: list[str] = []
