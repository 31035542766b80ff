"""Every route but ``/health`` needs ``Authorization: Bearer <key>``."""

from __future__ import annotations

from typing import Dict

import httpx
import pytest

from local_gateway import Gateway

INVALID_KEY_BODY = {
    "error": {
        "message": "Invalid API key",
        "type": "authentication_error",
        "code": "invalid_api_key",
    }
}
PROTECTED = [
    ("zaguan", "GET", "/v1/models"),
    ("zaguan", "POST", "/v1/chat/completions"),
    ("zaguan", "GET", "/v1/credits/history"),
    ("meganova", "GET", "/models/manta-flash"),
    ("meganova", "POST", "/chat/completions"),
    ("meganova", "GET", "/billing/balance"),
]


def _url(gateway: Gateway, api: str, path: str) -> str:
    return (gateway.zaguan_url if api == "zaguan" else gateway.meganova_url) + path


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-key"}, {"Authorization": "sk-local-test"}],
    ids=["missing", "wrong", "no-scheme"],
)
@pytest.mark.parametrize(("api", "method", "path"), PROTECTED)
def test_missing_or_wrong_key_is_401_with_the_error_body(
    gateway: Gateway, api: str, method: str, path: str, headers: Dict[str, str]
) -> None:
    reply = httpx.request(method, _url(gateway, api, path), headers=headers)
    assert reply.status_code == 401
    assert reply.json() == INVALID_KEY_BODY


def test_auth_is_checked_before_the_body_is_validated(gateway: Gateway) -> None:
    reply = httpx.post(gateway.zaguan_url + "/v1/chat/completions", json={})
    assert reply.status_code == 401


def test_health_needs_no_key(gateway: Gateway) -> None:
    reply = httpx.get(gateway.zaguan_url + "/health")
    assert reply.status_code == 200
    assert reply.json()["status"] == "ok"


def test_bearer_scheme_is_case_insensitive(gateway: Gateway) -> None:
    reply = httpx.get(
        gateway.zaguan_url + "/v1/models", headers={"Authorization": f"bearer {gateway.api_key}"}
    )
    assert reply.status_code == 200


def test_a_gateway_started_with_another_key_accepts_only_that_key() -> None:
    from local_gateway import start_gateway

    with start_gateway(api_key="sk-other") as other:
        url = other.meganova_url + "/models"
        assert httpx.get(url, headers={"Authorization": "Bearer sk-other"}).status_code == 200
        assert httpx.get(url, headers={"Authorization": "Bearer sk-local-test"}).status_code == 401
