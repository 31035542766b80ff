"""Zaguan's embeddings, images and moderations: the request sent, the typed result, helpers."""

from __future__ import annotations

import base64
import io
import json
import struct
from pathlib import Path

import httpx
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

from .zg_helpers import BASE_URL, Sleeps, body_of, make_client, sent

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


def _form(request: httpx.Request) -> bytes:
    request.read()
    return request.content


def test_edit_image_uploads_a_path_and_bytes_with_their_fields(
    client: ZaguanClient, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    png = tmp_path / "fox.png"
    png.write_bytes(b"PNG-IMAGE-BYTES")
    httpx_mock.add_response(
        url=f"{BASE_URL}/v1/images/edits", json={"created": 1, "data": [{"url": "u"}]}
    )

    reply = client.edit_image(png, "add a hat", mask=b"MASK-BYTES", n=2)

    body = _form(sent(httpx_mock.get_request()))
    assert reply.data[0].url == "u"
    assert b'filename="fox.png"' in body and b"PNG-IMAGE-BYTES" in body
    assert b"Content-Type: image/png" in body
    assert b"MASK-BYTES" in body
    assert b'name="prompt"\r\n\r\nadd a hat' in body
    assert b'name="n"\r\n\r\n2' in body


def test_a_retried_upload_sends_the_whole_file_again(
    sleeps: Sleeps, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    audio = tmp_path / "talk.mp3"
    audio.write_bytes(b"ID3" + bytes(range(256)) * 64)
    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(json={"text": "hello"})

    with make_client(sleeps) as client, audio.open("rb") as handle:
        reply = client.create_transcription(handle, model="whisper-1")

    first, second = (_form(request) for request in httpx_mock.get_requests())
    assert reply.text == "hello"
    assert first == second
    assert audio.read_bytes() in first


def test_a_transcription_as_text_formats_is_the_text_itself(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    srt = "1\n00:00:00,000 --> 00:00:01,000\nhello\n"
    httpx_mock.add_response(text=srt, headers={"content-type": "text/plain"})
    httpx_mock.add_response(json={"text": "hello", "language": "en", "duration": 1.5})

    as_srt = client.create_translation(("a.ogg", b"OggS"), model="whisper-1", response_format="srt")
    verbose = client.create_transcription(
        b"OggS", model="whisper-1", response_format="verbose_json"
    )

    assert as_srt == srt
    assert (verbose.text, verbose.language, verbose.duration) == ("hello", "en", 1.5)


@pytest.mark.parametrize("bad", [123, "no/such/file.mp3", io.StringIO("text mode")])
def test_a_file_that_is_no_file_is_refused_before_sending(
    client: ZaguanClient, bad: object
) -> None:
    with pytest.raises(InvalidArgumentError):
        client.create_transcription(bad, model="whisper-1")  # type: ignore[call-overload]


def test_speech_streams_to_a_file_and_says_its_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    audio = b"ID3" + b"\x00" * 10_000
    httpx_mock.add_response(
        url=f"{BASE_URL}/v1/audio/speech",
        content=audio,
        headers={"content-type": "audio/mpeg", "X-Request-Id": "srv-1"},
    )

    with client.create_speech(model="tts-1", input="Hello", voice="alloy") as speech:
        speech.write_to_file(tmp_path / "hello.mp3")

    assert (tmp_path / "hello.mp3").read_bytes() == audio
    assert speech.request_id == "srv-1"
    assert body_of(httpx_mock.get_request()) == {
        "model": "tts-1",
        "input": "Hello",
        "voice": "alloy",
    }


async def test_async_speech_iterates_its_bytes(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(content=b"A" * 5000, headers={"content-type": "audio/mpeg"})

    speech = await aclient.create_speech({"model": "tts-1", "input": "Hi", "voice": "nova"})
    async with speech:
        parts = [part async for part in speech.aiter_bytes(1000)]

    assert b"".join(parts) == b"A" * 5000
