"""Meganova's embeddings, rerank and images: the vendor SDK's call shapes, typed results."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any, Optional

import httpx
import pytest
from pytest_httpx import HTTPXMock

from meganova import (
    AsyncMegaNova,
    EmbeddingData,
    EmbeddingResponse,
    GeneratedImage,
    MegaNova,
    RerankResponse,
    save_image,
)
from meganova.errors import InvalidArgumentError

from .mn_helpers import BASE_URL


def body_of(request: Optional[httpx.Request]) -> Any:
    assert request is not None
    return json.loads(request.content)


def test_embeddings_create_takes_the_input_by_position_as_the_earlier_sdk(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{BASE_URL}/embeddings",
        json={"data": [{"embedding": [0.1, 0.2], "index": 0}], "model": "bge-m3"},
    )

    reply = client.embeddings.create("hello", model="bge-m3", request_id="rid-1")

    assert isinstance(reply, EmbeddingResponse)
    assert isinstance(reply.data[0], EmbeddingData)
    assert reply.data[0].embedding == [0.1, 0.2]
    assert body_of(httpx_mock.get_request()) == {"model": "bge-m3", "input": "hello"}
    assert reply.request_id == "rid-1"


async def test_embeddings_create_takes_the_input_by_name_as_openai_python(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{BASE_URL}/embeddings",
        json={"data": [{"embedding": [0.5], "index": 0}], "model": "bge-m3"},
    )

    reply = await aclient.embeddings.create(input=["a", "b"], model="bge-m3")

    assert reply.data[0].embedding == [0.5]
    assert body_of(httpx_mock.get_request()) == {"model": "bge-m3", "input": ["a", "b"]}


async def test_rerank_results_come_most_relevant_first_with_their_index(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{BASE_URL}/rerank",
        json={
            "results": [
                {"index": 0, "relevance_score": 0.1},
                {"index": 2, "relevance_score": 0.9},
                {"index": 1, "relevance_score": 0.5},
            ]
        },
    )

    reply = await aclient.rerank.create("q", ["a", "b", "c"], model="bge-reranker", top_n=3)

    assert isinstance(reply, RerankResponse)
    assert [(r.index, r.relevance_score) for r in reply.results] == [(2, 0.9), (1, 0.5), (0, 0.1)]
    assert body_of(httpx_mock.get_request()) == {
        "query": "q",
        "documents": ["a", "b", "c"],
        "model": "bge-reranker",
        "top_n": 3,
        "return_documents": True,
    }


def test_rerank_refuses_a_string_as_the_documents(client: MegaNova) -> None:
    with pytest.raises(InvalidArgumentError, match="documents"):
        client.rerank.create("q", "not a list", model="m")


def test_images_generate_takes_the_prompt_by_position_and_saves_base64(
    client: MegaNova, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    image = base64.b64encode(b"PNGDATA").decode()
    httpx_mock.add_response(
        url=f"{BASE_URL}/images/generation", json={"data": [{"b64_json": image}]}
    )

    reply = client.images.generate("a fox", model="flux", width=64, height=64)

    assert isinstance(reply.data[0], GeneratedImage)
    assert save_image(reply.data[0], tmp_path / "fox.png") == 7
    assert body_of(httpx_mock.get_request()) == {
        "model": "flux",
        "width": 64,
        "height": 64,
        "prompt": "a fox",
    }
