"""The fixed figures the gateway serves: models, capabilities, credits, usage and billing.

Everything here is deterministic (no clock, no randomness) so tests can assert exact values:
the credits history always has 23 entries, the stats and the usage summary are sums over
fixed records, and the balances never change. ``FIXED_REPLIES`` holds the whole replies of the
operations that take no input worth a handler; they win over what the spec documents, because
the figures agree with each other (the models have capabilities, the balance adds up).
"""

from __future__ import annotations

import base64
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List, Optional, Tuple

__all__ = [
    "BILLING_BALANCE",
    "CREDITS_BALANCE",
    "FIXED_REPLIES",
    "HISTORY",
    "HISTORY_DEFAULT_LIMIT",
    "MEGANOVA_MODELS",
    "PERIODS",
    "USAGE_GROUPS",
    "VERSION",
    "ZAGUAN_CAPABILITIES",
    "ZAGUAN_MODELS",
    "credits_stats",
    "decode_cursor",
    "encode_cursor",
    "find_meganova_model",
    "usage_summary",
]

VERSION = "local-gateway 0.1.0"

# Models every API accepts whatever its catalogue says: the echo model and the tool-call one.
SPECIAL_MODELS = ("echo", "tool-echo")

ZAGUAN_MODELS: List[Dict[str, Any]] = [
    {
        "id": "echo",
        "object": "model",
        "owned_by": "local-gateway",
        "description": "Answers with the last user message.",
    },
    {
        "id": "tool-echo",
        "object": "model",
        "owned_by": "local-gateway",
        "description": "Answers with two tool calls.",
    },
    {
        "id": "openai/gpt-4o-mini",
        "object": "model",
        "owned_by": "openai",
        "description": "Small, fast GPT-4o (echo model locally).",
        "metadata": {"band": "A", "context_window": 128000},
    },
    {
        "id": "anthropic/claude-sonnet-4-5-20250929",
        "object": "model",
        "owned_by": "anthropic",
        "description": "Claude Sonnet 4.5 (echo model locally).",
        "metadata": {"band": "B", "context_window": 200000},
    },
    {
        "id": "google/gemini-2.5-pro",
        "object": "model",
        "owned_by": "google",
        "description": "Gemini 2.5 Pro (echo model locally).",
        "metadata": {"band": "C", "context_window": 1048576},
    },
]

ZAGUAN_CAPABILITIES: List[Dict[str, Any]] = [
    {
        "model_id": "echo",
        "supports_vision": False,
        "supports_tools": False,
        "supports_reasoning": False,
        "max_context_tokens": 8192,
    },
    {
        "model_id": "tool-echo",
        "supports_vision": False,
        "supports_tools": True,
        "supports_reasoning": False,
        "max_context_tokens": 8192,
    },
    {
        "model_id": "openai/gpt-4o-mini",
        "supports_vision": True,
        "supports_tools": True,
        "supports_reasoning": False,
        "max_context_tokens": 128000,
        "provider_specific": {"structured_outputs": True},
    },
    {
        "model_id": "anthropic/claude-sonnet-4-5-20250929",
        "supports_vision": True,
        "supports_tools": True,
        "supports_reasoning": True,
        "max_context_tokens": 200000,
        "provider_specific": {"extended_thinking": True},
    },
    {
        "model_id": "google/gemini-2.5-pro",
        "supports_vision": True,
        "supports_tools": True,
        "supports_reasoning": True,
        "max_context_tokens": 1048576,
    },
]

CREDITS_BALANCE: Dict[str, Any] = {
    "credits_remaining": 7500,
    "tier": "pro",
    "bands": ["A", "B", "C"],
    "reset_date": "2026-01-01T00:00:00Z",
    "credits_total": 10000,
    "credits_used": 2500,
    "credits_percent": 25.0,
    "warning": None,
}

_PRICED = {
    "manta-flash": {"prompt_tokens_per_1k": 0.0001, "completion_tokens_per_1k": 0.0004},
    "meganova-ai/manta-flash-1.0": {
        "prompt_tokens_per_1k": 0.0001,
        "completion_tokens_per_1k": 0.0004,
    },
}

MEGANOVA_MODELS: List[Dict[str, Any]] = [
    {
        "id": "manta-flash",
        "object": "model",
        "name": "Manta Flash",
        "description": "Fast general chat model (echo model locally).",
        "created": 1735689600,
        "context_length": 32768,
        "modalities": ["text"],
        "tags": ["chat", "fast"],
        "nsfw_support": "none",
        "status": "active",
        "pricing": _PRICED["manta-flash"],
        "default": True,
    },
    {
        "id": "meganova-ai/manta-flash-1.0",
        "object": "model",
        "name": "Manta Flash 1.0",
        "description": "Pinned release of Manta Flash (echo model locally).",
        "created": 1735689600,
        "context_length": 32768,
        "modalities": ["text"],
        "tags": ["chat"],
        "nsfw_support": "partial",
        "status": "active",
        "pricing": _PRICED["meganova-ai/manta-flash-1.0"],
        "default": False,
    },
    {
        "id": "echo",
        "object": "model",
        "name": "Echo",
        "description": "Answers with the last user message.",
        "created": 1735689600,
        "context_length": 8192,
        "modalities": ["text"],
        "tags": ["test"],
        "nsfw_support": "none",
        "status": "active",
        "pricing": None,
    },
    {
        "id": "tool-echo",
        "object": "model",
        "name": "Tool echo",
        "description": "Answers with two tool calls.",
        "created": 1735689600,
        "context_length": 8192,
        "modalities": ["text"],
        "tags": ["test", "tools"],
        "nsfw_support": "none",
        "status": "active",
        "pricing": None,
    },
]


def find_meganova_model(model_id: str) -> Optional[Dict[str, Any]]:
    """The Meganova model with this id, or None."""
    for model in MEGANOVA_MODELS:
        if model["id"] == model_id:
            return model
    return None


# --- credits history: 23 debits, newest first, 14 hours apart --------------------------------

_NEWEST = datetime(2025, 6, 30, 12, 0, tzinfo=timezone.utc)
_HISTORY_MODELS: Tuple[Tuple[str, str, str], ...] = (
    ("openai/gpt-4o-mini", "openai", "A"),
    ("anthropic/claude-sonnet-4-5-20250929", "anthropic", "B"),
    ("google/gemini-2.5-pro", "google", "C"),
)
HISTORY_DEFAULT_LIMIT = 10


def _history() -> List[Dict[str, Any]]:
    entries = []
    for index in range(23):
        model, provider, band = _HISTORY_MODELS[index % 3]
        prompt = 100 + 7 * index
        completion = 40 + 3 * index
        entries.append(
            {
                "id": f"hist_{23 - index:04d}",
                "timestamp": (_NEWEST - timedelta(hours=14 * index)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "request_id": f"req_{23 - index:04d}",
                "model": model,
                "provider": provider,
                "band": band,
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
                "credits_debited": float(1 + index % 3),
                "cost": round((prompt + completion) * 0.00001, 6),
                "latency_ms": 200 + 10 * index,
                "status": "error" if index % 11 == 10 else "success",
            }
        )
    return entries


HISTORY: List[Dict[str, Any]] = _history()


def encode_cursor(offset: int) -> str:
    """An opaque cursor for the page starting at ``offset``."""
    return base64.urlsafe_b64encode(f"hist:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> Optional[int]:
    """The offset a cursor from ``encode_cursor`` stands for, or None when it is not one."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        text = base64.urlsafe_b64decode(padded.encode()).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    prefix, _, number = text.partition(":")
    if prefix != "hist" or not number.isdigit() or int(number) > len(HISTORY):
        return None
    return int(number)


PERIODS = {"day": 1, "week": 7, "month": 30, "year": 365}


def credits_stats(period: str) -> Dict[str, Any]:
    """Credits used over the last ``period`` (counted back from the newest debit)."""
    since = _NEWEST - timedelta(days=PERIODS[period])
    entries = [
        entry for entry in HISTORY if entry["timestamp"] > since.strftime("%Y-%m-%dT%H:%M:%SZ")
    ]
    by_model: Dict[str, Dict[str, Any]] = {}
    by_provider: Dict[str, float] = {}
    by_band: Dict[str, float] = {}
    by_day: Dict[str, float] = {}
    for entry in entries:
        row = by_model.setdefault(
            entry["model"],
            {
                "model": entry["model"],
                "requests": 0,
                "credits_used": 0.0,
                "cost": 0.0,
                "total_tokens": 0,
            },
        )
        row["requests"] += 1
        row["credits_used"] += entry["credits_debited"]
        row["cost"] = round(row["cost"] + entry["cost"], 6)
        row["total_tokens"] += entry["total_tokens"]
        by_provider[entry["provider"]] = (
            by_provider.get(entry["provider"], 0.0) + entry["credits_debited"]
        )
        by_band[entry["band"]] = by_band.get(entry["band"], 0.0) + entry["credits_debited"]
        day = entry["timestamp"][:10]
        by_day[day] = by_day.get(day, 0.0) + entry["credits_debited"]
    return {
        "period": period,
        "total_credits_used": sum(entry["credits_debited"] for entry in entries),
        "total_cost": round(sum(entry["cost"] for entry in entries), 6),
        "total_requests": len(entries),
        "model_breakdown": sorted(by_model.values(), key=lambda row: str(row["model"])),
        "by_provider": by_provider,
        "by_model": {name: row["credits_used"] for name, row in sorted(by_model.items())},
        "by_band": by_band,
        "by_day": dict(sorted(by_day.items())),
    }


# --- Meganova usage: fixed records, summed over the asked range --------------------------------

_USAGE_RECORDS: List[Dict[str, Any]] = [
    {
        "day": f"2025-06-{day:02d}",
        "user": ("user_alice", "user_bob")[day % 2],
        "model": ("manta-flash", "meganova-ai/manta-flash-1.0")[day % 3 == 0],
        "api_key": ("key_live_1a2b", "key_live_3c4d")[day % 4 == 0],
        "requests": 10 + day,
        "prompt_tokens": 1000 + 50 * day,
        "completion_tokens": 400 + 20 * day,
    }
    for day in range(1, 31)
]
USAGE_GROUPS = {"user": "user", "model": "model", "api_key": "api_key", "day": "day"}
_PRICE_PER_TOKEN = 0.0000002


def usage_summary(
    start: datetime,
    end: datetime,
    raw_from: str,
    raw_to: str,
    group_by: Optional[str],
    user_id: Optional[str],
    api_key: Optional[str],
) -> Dict[str, Any]:
    """Usage between ``start`` and ``end`` (both inclusive, by day), optionally grouped."""
    records = [
        record
        for record in _USAGE_RECORDS
        if start.date().isoformat() <= record["day"] <= end.date().isoformat()
        and (user_id is None or record["user"] == user_id)
        and (api_key is None or record["api_key"].startswith(api_key))
    ]

    def totals(rows: List[Dict[str, Any]]) -> Dict[str, Any]:
        prompt = sum(row["prompt_tokens"] for row in rows)
        completion = sum(row["completion_tokens"] for row in rows)
        return {
            "requests": sum(row["requests"] for row in rows),
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            "cost": round((prompt + completion) * _PRICE_PER_TOKEN, 6),
        }

    overall = totals(records)
    summary: Dict[str, Any] = {
        "from": raw_from,
        "to": raw_to,
        "group_by": group_by,
        "total_requests": overall["requests"],
        "prompt_tokens": overall["prompt_tokens"],
        "completion_tokens": overall["completion_tokens"],
        "total_tokens": overall["total_tokens"],
        "total_cost": overall["cost"],
        "currency": "USD",
    }
    if group_by is not None:
        groups: Dict[str, List[Dict[str, Any]]] = {}
        for record in records:
            groups.setdefault(record[USAGE_GROUPS[group_by]], []).append(record)
        summary["groups"] = [{"key": key, **totals(rows)} for key, rows in sorted(groups.items())]
    return summary


BILLING_BALANCE: Dict[str, Any] = {"balance": 42.5, "currency": "USD", "status": "active"}


FIXED_REPLIES: Dict[Tuple[str, str], Any] = {
    ("zaguan", "list_models"): {"object": "list", "data": ZAGUAN_MODELS},
    ("zaguan", "get_capabilities"): ZAGUAN_CAPABILITIES,
    ("zaguan", "get_credits_balance"): CREDITS_BALANCE,
    ("zaguan", "health_check"): {"status": "ok", "version": VERSION},
    ("meganova", "list_models"): {"object": "list", "data": MEGANOVA_MODELS},
    ("meganova", "get_billing_balance"): BILLING_BALANCE,
}
