"""Models, capabilities, credits, usage and billing: fixed, plausible figures."""

from __future__ import annotations

from typing import Any, Dict, List

import httpx
import pytest


def test_credits_history_walks_23_entries_over_pages_to_a_null_cursor(zaguan: httpx.Client) -> None:
    entries: List[Dict[str, Any]] = []
    cursors = []
    params: Dict[str, Any] = {}
    while True:
        page = zaguan.get("/v1/credits/history", params=params).json()
        assert page["total_entries"] == 23
        entries.extend(page["entries"])
        cursors.append(page["next_cursor"])
        if page["next_cursor"] is None:
            break
        params = {"cursor": page["next_cursor"]}
    assert [len(entries)] == [23]
    assert len(cursors) == 3  # default limit 10: 10 + 10 + 3
    assert len({entry["id"] for entry in entries}) == 23
    timestamps = [entry["timestamp"] for entry in entries]
    assert timestamps == sorted(timestamps, reverse=True)


def test_credits_history_limit_sets_the_page_size(zaguan: httpx.Client) -> None:
    first = zaguan.get("/v1/credits/history", params={"limit": 7}).json()
    assert len(first["entries"]) == 7
    second = zaguan.get(
        "/v1/credits/history", params={"limit": 20, "cursor": first["next_cursor"]}
    ).json()
    assert len(second["entries"]) == 16
    assert second["next_cursor"] is None


def test_credits_history_cursor_is_opaque_and_checked(zaguan: httpx.Client) -> None:
    cursor = zaguan.get("/v1/credits/history").json()["next_cursor"]
    assert not cursor.isdigit()
    reply = zaguan.get("/v1/credits/history", params={"cursor": "garbage"})
    assert reply.status_code == 400
    assert reply.json()["error"]["param"] == "cursor"


def test_history_entry_tokens_add_up(zaguan: httpx.Client) -> None:
    for entry in zaguan.get("/v1/credits/history", params={"limit": 100}).json()["entries"]:
        assert entry["total_tokens"] == entry["prompt_tokens"] + entry["completion_tokens"]


@pytest.mark.parametrize(("period", "requests"), [("day", 2), ("week", 12), ("month", 23)])
def test_credits_stats_cover_the_period(zaguan: httpx.Client, period: str, requests: int) -> None:
    stats = zaguan.get("/v1/credits/stats", params={"period": period}).json()
    assert stats["period"] == period
    assert stats["total_requests"] == requests
    breakdown = stats["model_breakdown"]
    assert sum(row["requests"] for row in breakdown) == requests
    assert sum(row["credits_used"] for row in breakdown) == stats["total_credits_used"]


def test_credits_stats_unknown_period_is_400(zaguan: httpx.Client) -> None:
    reply = zaguan.get("/v1/credits/stats", params={"period": "fortnight"})
    assert reply.status_code == 400
    assert reply.json()["error"]["param"] == "period"


def test_credits_balance_figures(zaguan: httpx.Client) -> None:
    balance = zaguan.get("/v1/credits/balance").json()
    assert balance["credits_remaining"] == balance["credits_total"] - balance["credits_used"]
    assert balance["tier"] == "pro"


def test_capabilities_cover_every_zaguan_model(zaguan: httpx.Client) -> None:
    models = {model["id"] for model in zaguan.get("/v1/models").json()["data"]}
    capabilities = zaguan.get("/v1/capabilities").json()
    assert {entry["model_id"] for entry in capabilities} == models
    assert {"echo", "openai/gpt-4o-mini", "anthropic/claude-sonnet-4-5-20250929"} <= models


@pytest.mark.parametrize(
    "path", ["/models/meganova-ai%2Fmanta-flash-1.0", "/models/meganova-ai/manta-flash-1.0"]
)
def test_meganova_model_id_with_a_slash_resolves_encoded_or_raw(
    meganova: httpx.Client, path: str
) -> None:
    reply = meganova.get(path)
    assert reply.status_code == 200
    assert reply.json()["id"] == "meganova-ai/manta-flash-1.0"


def test_meganova_unknown_model_is_404(meganova: httpx.Client) -> None:
    reply = meganova.get("/models/meganova-ai%2Fnope")
    assert reply.status_code == 404
    assert reply.json()["error"]["code"] == "model_not_found"


def test_usage_summary_totals_add_up_over_groups(meganova: httpx.Client) -> None:
    params = {"from": "2025-06-01T00:00:00Z", "to": "2025-06-10", "group_by": "day"}
    summary = meganova.get("/usage/summary", params=params).json()
    assert summary["from"] == params["from"]
    assert summary["group_by"] == "day"
    assert len(summary["groups"]) == 10
    assert sum(group["requests"] for group in summary["groups"]) == summary["total_requests"]
    assert summary["total_tokens"] == summary["prompt_tokens"] + summary["completion_tokens"]


def test_usage_summary_filters_by_user(meganova: httpx.Client) -> None:
    params = {"from": "2025-06-01", "to": "2025-06-30", "group_by": "user"}
    everyone = meganova.get("/usage/summary", params=params).json()
    alice = meganova.get("/usage/summary", params={**params, "user_id": "user_alice"}).json()
    assert [group["key"] for group in everyone["groups"]] == ["user_alice", "user_bob"]
    assert [group["key"] for group in alice["groups"]] == ["user_alice"]
    assert alice["total_requests"] == everyone["groups"][0]["requests"]


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"from": "yesterday", "to": "2025-06-30"}, "from"),
        ({"from": "2025-06-01", "to": "2025-06-30", "group_by": "planet"}, "group_by"),
    ],
)
def test_usage_summary_rejects_bad_values(
    meganova: httpx.Client, params: Dict[str, str], param: str
) -> None:
    reply = meganova.get("/usage/summary", params=params)
    assert reply.status_code == 400
    assert reply.json()["error"]["param"] == param


def test_billing_balance(meganova: httpx.Client) -> None:
    assert meganova.get("/billing/balance").json() == {
        "balance": 42.5,
        "currency": "USD",
        "status": "active",
    }
