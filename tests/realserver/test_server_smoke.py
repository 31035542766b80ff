"""Raw-HTTP smoke tests of the real llama.cpp server's OpenAI-compatible API."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._llama import LlamaServer

MESSAGES = [{"role": "user", "content": "Say hello."}]


def _auth(server: LlamaServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.api_key}"}


def test_models_and_chat_json(llama_server: LlamaServer) -> None:
    """GET /models lists the model; a JSON chat reply has content and usage."""
    with httpx.Client(base_url=llama_server.base_url, timeout=60) as client:
        models = client.get("/models", headers=_auth(llama_server))
        assert models.status_code == 200
        body = models.json()
        assert body["object"] == "list"
        assert [m["id"] for m in body["data"]] == [llama_server.model_id]

        resp = client.post(
            "/chat/completions",
            headers=_auth(llama_server),
            json={"model": "ignored-by-server", "messages": MESSAGES, "max_tokens": 8},
        )
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("application/json")
    data = resp.json()
    assert data["object"] == "chat.completion"
    assert data["model"] == llama_server.model_id
    choice = data["choices"][0]
    assert choice["message"]["role"] == "assistant"
    assert isinstance(choice["message"]["content"], str)
    assert choice["finish_reason"] in ("stop", "length")
    usage = data["usage"]
    for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
        assert isinstance(usage[key], int)
    assert 0 < usage["completion_tokens"] <= 8
    assert usage["prompt_tokens"] + usage["completion_tokens"] == usage["total_tokens"]


def test_chat_stream_with_usage(llama_server: LlamaServer) -> None:
    """SSE stream: parsable chunks, one usage chunk (empty choices), then [DONE]."""
    chunks: list[dict[str, Any]] = []
    saw_done = False
    with (
        httpx.Client(base_url=llama_server.base_url, timeout=60) as client,
        client.stream(
            "POST",
            "/chat/completions",
            headers=_auth(llama_server),
            json={
                "model": "ignored-by-server",
                "messages": MESSAGES,
                "max_tokens": 8,
                "stream": True,
                "stream_options": {"include_usage": True},
            },
        ) as resp,
    ):
        assert resp.status_code == 200
        assert resp.headers["content-type"].startswith("text/event-stream")
        for line in resp.iter_lines():
            if not line:
                continue
            assert line.startswith("data: "), line
            payload = line[len("data: ") :]
            if payload == "[DONE]":
                saw_done = True
                continue
            assert not saw_done, "event after [DONE]"
            chunks.append(json.loads(payload))
    assert saw_done
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert len({c["id"] for c in chunks}) == 1
    text = "".join((ch["delta"].get("content") or "") for c in chunks for ch in c["choices"])
    assert isinstance(text, str)
    finishes = [ch["finish_reason"] for c in chunks for ch in c["choices"] if ch["finish_reason"]]
    assert finishes in (["length"], ["stop"])
    usage_chunks = [c for c in chunks if c.get("usage")]
    assert len(usage_chunks) == 1
    assert usage_chunks[0] is chunks[-1]
    assert usage_chunks[0]["choices"] == []
    usage = usage_chunks[0]["usage"]
    assert 0 < usage["completion_tokens"] <= 8
    assert usage["prompt_tokens"] + usage["completion_tokens"] == usage["total_tokens"]


def test_missing_or_wrong_key_is_401(llama_server: LlamaServer) -> None:
    """Requests without a key or with a wrong key get 401 with an error object."""
    request = {"model": "m", "messages": MESSAGES, "max_tokens": 1}
    with httpx.Client(base_url=llama_server.base_url, timeout=30) as client:
        for headers in ({}, {"Authorization": "Bearer wrong-key"}):
            resp = client.post("/chat/completions", headers=headers, json=request)
            assert resp.status_code == 401
            err = resp.json()["error"]
            assert err["type"] == "authentication_error"
            assert err["code"] == 401
            assert isinstance(err["message"], str)
        assert client.get("/models").status_code == 401
