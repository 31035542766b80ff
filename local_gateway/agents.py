"""Handlers of Meganova's operations beyond chat: videos, the serverless catalogue, cloud agents."""

from __future__ import annotations

from typing import Dict, Tuple

from .responses import Handler

__all__ = ["HANDLERS"]

HANDLERS: Dict[Tuple[str, str], Handler] = {}
