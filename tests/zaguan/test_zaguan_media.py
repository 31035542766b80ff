"""Zaguan's embeddings, images and moderations: the request sent, the typed result, helpers."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path

import pytest
from pytest_httpx import HTTPXMock

from zaguan import (
    AsyncZaguanClient,
    EmbeddingRequest,
    EmbeddingResponse,
    ImageResponse,
    ModerationResponse,
    ZaguanClient,
    decode_embedding,
    save_image,
)
from zaguan.errors import APIConnectionError, InvalidArgumentError

from .zg_helpers import BASE_URL, body_of, sent

EMBEDDINGS = {
    "object": "list",
    "data": [
        {"object": "embedding", "embedding": [0.5, -1.0], "index": 0},
        {"object": "embedding", "embedding": [0.25, 2.0], "index": 1},
    ],
    "model": "openai/text-embedding-3-small",
    "usage": {"prompt_tokens": 4, "total_tokens": 4},
}


def _b64(*floats: float) -> str:
    return base64.b64encode(struct.pack(f"<{len(floats)}f", *floats)).decode()


def test_create_embeddings_sends_a_list_input_and_reads_the_vectors(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{BASE_URL}/v1/embeddings", json=EMBEDDINGS)

    reply = client.create_embeddings(
        model="openai/text-embedding-3-small", input=["a", "b"], request_id="rid-e"
    )

    assert isinstance(reply, EmbeddingResponse)
    assert [item.embedding for item in reply.data] == [[0.5, -1.0], [0.25, 2.0]]
    assert reply.usage is not None and reply.usage.prompt_tokens == 4
    assert body_of(httpx_mock.get_request()) == {
        "model": "openai/text-embedding-3-small",
        "input": ["a", "b"],
    }
    assert sent(httpx_mock.get_request()).headers["X-Request-Id"] == "rid-e"


@pytest.mark.parametrize("given", ["one text", [1, 2, 3], [[1, 2], [3]]])
def test_create_embeddings_takes_a_string_or_token_arrays(
    client: ZaguanClient, httpx_mock: HTTPXMock, given: object
) -> None:
    httpx_mock.add_response(json=EMBEDDINGS)

    client.create_embeddings(model="m", input=given)  # type: ignore[call-overload]

    assert body_of(httpx_mock.get_request())["input"] == given


def test_base64_embeddings_stay_strings_and_decode_to_floats_on_request(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    data = {**EMBEDDINGS, "data": [{"embedding": _b64(0.5, -1.0), "index": 0}]}
    httpx_mock.add_response(json=data)

    reply = client.create_embeddings(model="m", input="x", encoding_format="base64")

    assert isinstance(reply.data[0].embedding, str)
    assert decode_embedding(reply.data[0]) == [0.5, -1.0]
    assert decode_embedding([1, 2]) == [1.0, 2.0]


@pytest.mark.parametrize("bad", ["not base64!", base64.b64encode(b"abc").decode(), 5, ["x"]])
def test_decode_embedding_refuses_what_is_no_vector(bad: object) -> None:
    with pytest.raises(InvalidArgumentError):
        decode_embedding(bad)


def test_a_float_list_embedding_never_holds_a_string(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={**EMBEDDINGS, "data": [{"embedding": [1.0, "x"], "index": 0}]})

    with pytest.raises(Exception) as caught:
        client.create_embeddings(model="m", input="x")

    assert type(caught.value).__name__ == "APIResponseValidationError"


async def test_async_create_image_and_save_it(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    png = b"\x89PNG\r\n\x1a\nfake"
    httpx_mock.add_response(
        url=f"{BASE_URL}/v1/images/generations",
        json={"created": 1, "data": [{"b64_json": base64.b64encode(png).decode()}]},
    )

    reply = await aclient.create_image(prompt="a fox", response_format="b64_json", n=1)

    assert isinstance(reply, ImageResponse)
    assert save_image(reply.data[0], tmp_path / "fox.png") == len(png)
    assert (tmp_path / "fox.png").read_bytes() == png


def test_save_image_downloads_a_url_without_the_api_key(
    client: ZaguanClient, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    httpx_mock.add_response(
        url=f"{BASE_URL}/v1/images/generations",
        json={"created": 1, "data": [{"url": "https://img.test/fox.png?sig=secret"}]},
    )
    httpx_mock.add_response(url="https://img.test/fox.png?sig=secret", content=b"PNG")

    reply = client.create_image(prompt="a fox")
    written = save_image(reply.data[0], tmp_path / "fox.png")

    download = httpx_mock.get_requests()[-1]
    assert written == 3
    assert "Authorization" not in download.headers


def test_a_failed_image_download_is_the_sdks_error_without_the_url(
    httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    httpx_mock.add_response(url="https://img.test/x.png?sig=secret", status_code=403)
    image = ImageResponse.from_dict(
        {"created": 1, "data": [{"url": "https://img.test/x.png?sig=secret"}]}
    ).data[0]

    with pytest.raises(APIConnectionError) as caught:
        save_image(image, tmp_path / "x.png")

    assert "secret" not in str(caught.value)
    assert not (tmp_path / "x.png").exists()


def test_moderation_categories_are_an_open_mapping(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{BASE_URL}/v1/moderations",
        json={
            "id": "modr-1",
            "results": [
                {
                    "flagged": True,
                    "categories": {"hate/threatening": True, "brand-new-category": False},
                    "category_scores": {"hate/threatening": 0.9, "brand-new-category": 0.01},
                }
            ],
        },
    )

    reply = client.create_moderation(input=["x", "y"])

    assert isinstance(reply, ModerationResponse)
    result = reply.results[0]
    assert result.flagged is True
    assert result.categories["hate/threatening"] is True
    assert dict(result.category_scores) == {"hate/threatening": 0.9, "brand-new-category": 0.01}


def test_a_request_model_or_mapping_is_taken_by_position_as_the_earlier_sdk(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=EMBEDDINGS)
    httpx_mock.add_response(json=EMBEDDINGS)

    client.create_embeddings(EmbeddingRequest(model="m", input="x"), request_id="r-1")
    client.create_embeddings({"model": "m", "input": "y"}, extra_body={"user": "u"})

    first, second = httpx_mock.get_requests()
    assert json.loads(first.content) == {"model": "m", "input": "x"}
    assert first.headers["X-Request-Id"] == "r-1"
    assert json.loads(second.content) == {"model": "m", "input": "y", "user": "u"}


def test_a_request_that_is_no_model_or_mapping_is_the_sdks_error(client: ZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match="request must be a model or a mapping"):
        client.create_embeddings(["not", "a", "request"])  # type: ignore[call-overload]
