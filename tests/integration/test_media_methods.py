"""The embeddings, images, moderations and rerank methods of both SDKs against the local
gateway over real sockets, sync and async: the gateway validates each request against the spec
and answers what the spec documents."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest

from local_gateway import Gateway
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


def test_a_retried_upload_reaches_the_gateway_whole_every_time(
    zg: ZaguanClient, gateway: Gateway, tmp_path: Path
) -> None:
    audio = tmp_path / "talk.mp3"
    audio.write_bytes(b"ID3" + bytes(range(256)) * 256)
    request_id = f"upload-retried-{uuid.uuid4()}"

    reply = zg.create_transcription(
        audio,
        model="whisper-1",
        request_id=request_id,
        extra_headers={"X-Gateway-Fault": "fail-then-succeed:2"},
    )

    attempts = gateway.uploads(request_id)
    digests = {attempt["files"][0]["sha256"] for attempt in attempts}
    assert [attempt["status"] for attempt in attempts] == [503, 503, 200]
    assert digests == {hashlib.sha256(audio.read_bytes()).hexdigest()}
    assert reply.text == f"The local gateway transcribed {audio.stat().st_size} bytes of audio."


async def test_async_upload_of_an_open_file_and_text_formats(
    azg: AsyncZaguanClient, gateway: Gateway, tmp_path: Path
) -> None:
    audio = tmp_path / "talk.ogg"
    audio.write_bytes(b"OggS" * 500)

    with audio.open("rb") as handle:
        srt = await azg.create_translation(handle, model="whisper-1", response_format="srt")
    verbose = await azg.create_transcription(
        ("talk.ogg", audio.read_bytes(), "audio/ogg"),
        model="whisper-1",
        response_format="verbose_json",
    )

    assert "-->" in srt
    assert verbose.duration is not None and verbose.segments


def test_speech_written_to_a_file_and_an_early_exit_releases_the_connection(
    zg: ZaguanClient, tmp_path: Path
) -> None:
    with zg.create_speech(model="tts-1", input="Hello", voice="alloy") as speech:
        written = speech.write_to_file(tmp_path / "hello.mp3")
    assert written == 8192
    assert (tmp_path / "hello.mp3").read_bytes().startswith(b"ID3")

    for _ in range(3):  # more than a one-connection pool could serve if exits leaked
        speech = zg.create_speech(model="tts-1", input="Hi", voice="nova")
        for _part in speech.iter_bytes(1024):
            break
        speech.close()
    assert zg.health_check().status == "ok"


def test_meganova_transcribes_a_path(mn: MegaNova, tmp_path: Path) -> None:
    audio = tmp_path / "talk.mp3"
    audio.write_bytes(b"ID3" * 100)

    assert mn.audio.transcribe(audio, model="whisper").text.endswith("300 bytes of audio.")


def test_zaguan_image_edit_and_variation_upload_their_files(
    zg: ZaguanClient, tmp_path: Path
) -> None:
    png = tmp_path / "fox.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)

    edited = zg.edit_image(png, "add a hat", mask=("mask.png", b"\x89PNG mask"), n=1)
    varied = zg.create_image_variation(png.read_bytes(), n=2)

    assert edited.data and varied.data


async def test_async_zaguan_image_variation_and_speech(
    azg: AsyncZaguanClient, tmp_path: Path
) -> None:
    png = tmp_path / "fox.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)

    varied = await azg.create_image_variation(png)
    speech = await azg.create_speech(model="tts-1", input="Hello", voice="alloy")
    async with speech:
        written = await speech.write_to_file(tmp_path / "hello.mp3")

    assert varied.data
    assert written == 8192


async def test_async_meganova_transcribes_bytes(amn: AsyncMegaNova) -> None:
    reply = await amn.audio.transcribe(("talk.mp3", b"ID3" * 10), model="whisper")

    assert reply.text.endswith("30 bytes of audio.")


async def test_async_zaguan_image_edit_uploads_its_files(
    azg: AsyncZaguanClient, tmp_path: Path
) -> None:
    png = tmp_path / "fox.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)

    edited = await azg.edit_image(png, "add a hat", mask=png.read_bytes())

    assert edited.data


def test_zaguan_translation_as_json_and_vtt(zg: ZaguanClient) -> None:
    as_json = zg.create_translation(("talk.ogg", b"OggS" * 50), model="whisper-1")
    as_vtt = zg.create_translation(b"OggS" * 50, model="whisper-1", response_format="vtt")

    assert as_json.text.endswith("200 bytes of audio.")
    assert as_vtt.startswith("WEBVTT")
