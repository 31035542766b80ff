"""The embeddings, images, moderations and rerank methods of both SDKs against the local
gateway over real sockets, sync and async: the gateway validates each request against the spec
and answers what the spec documents."""

from __future__ import annotations

import pytest

from meganova import AsyncMegaNova, MegaNova
from meganova.errors import BadRequestError as MeganovaBadRequest
from zaguan import AsyncZaguanClient, ZaguanClient, decode_embedding
from zaguan.errors import BadRequestError as ZaguanBadRequest


def test_zaguan_embeddings_images_and_moderations(zg: ZaguanClient) -> None:
    embeddings = zg.create_embeddings(model="openai/text-embedding-3-small", input=["a", "b"])
    image = zg.create_image(prompt="a fox", n=1)
    moderation = zg.create_moderation(input="hello")

    assert decode_embedding(embeddings.data[0]) == [0.1, -0.2, 0.3]
    assert embeddings.request_id is not None
    assert image.data[0].url is not None
    assert moderation.results[0].flagged is False
    assert "hate/threatening" in moderation.results[0].categories


async def test_async_zaguan_embeddings_images_and_moderations(azg: AsyncZaguanClient) -> None:
    embeddings = await azg.create_embeddings(model="m", input=[[1, 2], [3]])
    image = await azg.create_image(prompt="a fox")
    moderation = await azg.create_moderation(input=["a", "b"])

    assert embeddings.data[0].index == 0
    assert image.created > 0
    assert moderation.results


def test_zaguan_a_request_the_spec_refuses_is_the_gateways_400(zg: ZaguanClient) -> None:
    with pytest.raises(ZaguanBadRequest):
        zg.create_embeddings(model="m", input="x", extra_body={"dimensions": 0})


def test_meganova_embeddings_rerank_and_images(mn: MegaNova) -> None:
    embeddings = mn.embeddings.create("hello", model="bge-m3")
    ranked = mn.rerank.create("q", ["a", "b"], model="bge-reranker-v2-m3")
    images = mn.images.generate("a fox", model="flux", width=64, height=64)

    assert embeddings.data[0].embedding == [0.1, -0.2, 0.3]
    assert [r.index for r in ranked.results] == [1, 0]
    assert images.data[0].b64_json


async def test_async_meganova_embeddings_rerank_and_images(amn: AsyncMegaNova) -> None:
    embeddings = await amn.embeddings.create(["a", "b"], model="bge-m3", encoding_format="float")
    ranked = await amn.rerank.create("q", [{"text": "a"}, {"text": "b"}], model="r", top_n=2)
    images = await amn.images.generate("a fox", model="flux")

    assert embeddings.model
    assert ranked.results[0].relevance_score >= ranked.results[-1].relevance_score
    assert images.request_id is not None


def test_meganova_a_request_the_spec_refuses_is_the_gateways_400(mn: MegaNova) -> None:
    with pytest.raises(MeganovaBadRequest):
        mn.rerank.create("q", ["a"], model="r", top_n=0)
