"""Both SDKs' embeddings methods, blocking and async, against llama.cpp's server.

The server (fixture ``llama_embedding_server``) is a second llama.cpp process serving the same
Gemma 3 270M base model in embedding mode: mean pooling over the tokens, L2-normalised,
640 numbers a vector, one slot (so a text gets the very same vector in any request). A
base model's vectors are no good for search, so these tests check the shape of what the SDKs
return and the properties any embedding model has, not similarities of meaning.

Zaguan: ``ZaguanClient.create_embeddings(model=..., input=[...])`` (POST /v1/embeddings).
Meganova: ``MegaNova.embeddings.create(input, model=...)`` (POST {base}/embeddings).
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import Any, Callable, List, Literal, Optional

import pytest

from meganova import AsyncMegaNova, MegaNova
from meganova import decode_embedding as mn_decode_embedding
from meganova import errors as mn_errors
from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan import decode_embedding as zg_decode_embedding
from zaguan import errors as zg_errors

from ._llama import LlamaServer

Format = Optional[Literal["float", "base64"]]
Embed = Callable[[List[str], Format], Any]
AsyncEmbed = Callable[[List[str], Format], Awaitable[Any]]

#: Two different texts and the first one again: one vector per input, in input order.
#: Short, as the server embeds them one after another on one thread (about 90 ms each).
INPUTS = ["A red apple.", "Le chat noir dort.", "A red apple."]
SDKS = ["zaguan", "meganova"]
#: What "the same vector" allows per component. The one-slot server gives bit-identical
#: vectors; with two slots a text batched with others moved by up to 2.4e-3, which this catches.
SAME_TOL = 1e-4
_BAD_REQUEST = (zg_errors.BadRequestError, mn_errors.BadRequestError)


def _decode(sdk: str, embedding: Any) -> List[float]:
    """The SDK's own ``decode_embedding``."""
    decode = zg_decode_embedding if sdk == "zaguan" else mn_decode_embedding
    return decode(embedding)


def _vectors(response: Any, inputs: List[str], server: LlamaServer) -> List[List[float]]:
    """Check a float-format reply and return its vectors in input order."""
    assert response.object == "list"
    assert response.model == server.model_id  # llama.cpp echoes the request's model here
    assert len(response.data) == len(inputs)
    assert [item.index for item in response.data] == list(range(len(inputs)))
    assert {item.object for item in response.data} == {"embedding"}
    vectors = [item.embedding for item in response.data]
    for vector in vectors:
        assert isinstance(vector, list)
        assert all(isinstance(x, float) and math.isfinite(x) for x in vector)
    dimensions = {len(vector) for vector in vectors}
    assert len(dimensions) == 1, f"vectors of several dimensions: {sorted(dimensions)}"
    assert dimensions.pop() > 0
    assert 0 < response.usage.prompt_tokens == response.usage.total_tokens
    return vectors


def _max_diff(a: List[float], b: List[float]) -> float:
    assert len(a) == len(b)
    return max(abs(x - y) for x, y in zip(a, b))


def _cosine(a: List[float], b: List[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def _assert_same_and_different(first: List[List[float]], second: List[List[float]]) -> None:
    """Same text, same vector (across calls and within one); different texts, different ones."""
    for a, b in zip(first, second):
        assert _max_diff(a, b) <= SAME_TOL
    assert _max_diff(first[0], first[2]) <= SAME_TOL  # INPUTS[0] == INPUTS[2]
    for i, j in ((0, 1), (1, 2)):
        assert _max_diff(first[i], first[j]) > 0.01
        assert _cosine(first[i], first[j]) < 0.99


def _skip_unless_base64(sdk: str, response: Any) -> None:
    if not all(isinstance(item.embedding, str) for item in response.data):
        pytest.skip(f"the server ignored encoding_format='base64' and sent numbers ({sdk})")


def _assert_base64_matches(sdk: str, b64: Any, floats: List[List[float]]) -> None:
    decoded = [_decode(sdk, item.embedding) for item in b64.data]
    assert [item.index for item in b64.data] == list(range(len(floats)))
    assert [len(vector) for vector in decoded] == [len(vector) for vector in floats]
    for got, want in zip(decoded, floats):
        assert got == pytest.approx(want, rel=1e-6, abs=1e-7)
    # The helper takes the item itself too, and a float list as is.
    assert _decode(sdk, b64.data[0]) == decoded[0]
    assert _decode(sdk, floats[0]) == floats[0]


# -- blocking clients ------------------------------------------------------------------------


@pytest.fixture(params=SDKS)
def sdk_embed(
    request: pytest.FixtureRequest, llama_embedding_server: LlamaServer
) -> Iterator[tuple[str, Embed]]:
    """``(sdk name, embed(inputs, encoding_format))`` over a blocking client of that SDK."""
    server = llama_embedding_server
    if request.param == "zaguan":
        with ZaguanClient(server.base_url, server.api_key, timeout=60) as zg:

            def zg_embed(inputs: List[str], encoding_format: Format) -> Any:
                if encoding_format is None:
                    return zg.create_embeddings(model=server.model_id, input=inputs)
                return zg.create_embeddings(
                    model=server.model_id, input=inputs, encoding_format=encoding_format
                )

            yield "zaguan", zg_embed
    else:
        with MegaNova(server.api_key, server.base_url, timeout=60) as mn:

            def mn_embed(inputs: List[str], encoding_format: Format) -> Any:
                return mn.embeddings.create(
                    inputs, model=server.model_id, encoding_format=encoding_format
                )

            yield "meganova", mn_embed


def test_one_vector_per_input_all_of_one_dimension(
    sdk_embed: tuple[str, Embed], llama_embedding_server: LlamaServer
) -> None:
    _, embed = sdk_embed
    vectors = _vectors(embed(INPUTS, None), INPUTS, llama_embedding_server)
    assert len(vectors) == len(INPUTS)


def test_same_input_gives_same_vector_and_different_inputs_differ(
    sdk_embed: tuple[str, Embed], llama_embedding_server: LlamaServer
) -> None:
    _, embed = sdk_embed
    first = _vectors(embed(INPUTS, None), INPUTS, llama_embedding_server)
    second = _vectors(embed(INPUTS, "float"), INPUTS, llama_embedding_server)
    _assert_same_and_different(first, second)


def test_base64_decodes_to_the_float_vectors(
    sdk_embed: tuple[str, Embed], llama_embedding_server: LlamaServer
) -> None:
    sdk, embed = sdk_embed
    floats = _vectors(embed(INPUTS, "float"), INPUTS, llama_embedding_server)
    try:
        b64 = embed(INPUTS, "base64")
    except _BAD_REQUEST as err:
        pytest.skip(f"the server does not support encoding_format='base64': {err}")
    _skip_unless_base64(sdk, b64)
    _assert_base64_matches(sdk, b64, floats)


# -- async clients ---------------------------------------------------------------------------


@pytest.fixture(params=SDKS)
async def sdk_aembed(
    request: pytest.FixtureRequest, llama_embedding_server: LlamaServer
) -> AsyncIterator[tuple[str, AsyncEmbed]]:
    """``(sdk name, await embed(inputs, encoding_format))`` over an async client of that SDK."""
    server = llama_embedding_server
    if request.param == "zaguan":
        async with AsyncZaguanClient(server.base_url, server.api_key, timeout=60) as zg:

            async def zg_embed(inputs: List[str], encoding_format: Format) -> Any:
                if encoding_format is None:
                    return await zg.create_embeddings(model=server.model_id, input=inputs)
                return await zg.create_embeddings(
                    model=server.model_id, input=inputs, encoding_format=encoding_format
                )

            yield "zaguan", zg_embed
    else:
        async with AsyncMegaNova(server.api_key, server.base_url, timeout=60) as mn:

            async def mn_embed(inputs: List[str], encoding_format: Format) -> Any:
                return await mn.embeddings.create(
                    inputs, model=server.model_id, encoding_format=encoding_format
                )

            yield "meganova", mn_embed


async def test_async_one_vector_per_input_all_of_one_dimension(
    sdk_aembed: tuple[str, AsyncEmbed], llama_embedding_server: LlamaServer
) -> None:
    _, embed = sdk_aembed
    vectors = _vectors(await embed(INPUTS, None), INPUTS, llama_embedding_server)
    assert len(vectors) == len(INPUTS)


async def test_async_same_input_gives_same_vector_and_different_inputs_differ(
    sdk_aembed: tuple[str, AsyncEmbed], llama_embedding_server: LlamaServer
) -> None:
    _, embed = sdk_aembed
    first = _vectors(await embed(INPUTS, None), INPUTS, llama_embedding_server)
    second = _vectors(await embed(INPUTS, "float"), INPUTS, llama_embedding_server)
    _assert_same_and_different(first, second)


async def test_async_base64_decodes_to_the_float_vectors(
    sdk_aembed: tuple[str, AsyncEmbed], llama_embedding_server: LlamaServer
) -> None:
    sdk, embed = sdk_aembed
    floats = _vectors(await embed(INPUTS, "float"), INPUTS, llama_embedding_server)
    try:
        b64 = await embed(INPUTS, "base64")
    except _BAD_REQUEST as err:
        pytest.skip(f"the server does not support encoding_format='base64': {err}")
    _skip_unless_base64(sdk, b64)
    _assert_base64_matches(sdk, b64, floats)
