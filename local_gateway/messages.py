"""Handlers of Zaguan's Anthropic-style operations (messages, their streams, batches)."""

from __future__ import annotations

from typing import Dict, Tuple

from .responses import Handler

__all__ = ["HANDLERS"]

HANDLERS: Dict[Tuple[str, str], Handler] = {}
