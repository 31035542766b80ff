"""The audio operations: transcripts in each ``response_format``, and speech as streamed bytes."""

from __future__ import annotations

import json
import time
from typing import Dict, List, Optional

import httpx
import pytest

from local_gateway import speech_audio, transcript_text
from local_gateway.audio import AUDIO_CHUNK, SPEECH_CHUNKS, transcript
from local_gateway.spec import response_validator

from .helpers import Form

TRANSCRIPTIONS = "/v1/audio/transcriptions"
TRANSLATIONS = "/v1/audio/translations"
SPEECH = "/v1/audio/speech"
# 40,000 bytes: 2.5 seconds at the gateway's 16,000 bytes a second.
AUDIO = bytes(range(250)) * 160
TEXT = "The local gateway transcribed 40000 bytes of audio."
SPEECH_BODY = {"model": "tts-1", "input": "Hello there", "voice": "alloy"}


def _transcribe(
    client: httpx.Client, response_format: Optional[str] = None, path: str = TRANSCRIPTIONS
) -> httpx.Response:
    fields = {"model": "whisper-1"}
    if response_format is not None:
        fields["response_format"] = response_format
    form = Form(fields, {"file": ("talk.mp3", AUDIO, "audio/mpeg")})
    reply = client.post(path, data=form.fields, files=form.files)
    assert reply.status_code == 200, reply.text
    return reply


def _fault(name: str) -> Dict[str, str]:
    return {"X-Gateway-Fault": name}


# --- transcriptions and translations ---------------------------------------------------------


@pytest.mark.parametrize("response_format", [None, "json"])
def test_json_is_the_text_of_the_upload(
    zaguan: httpx.Client, response_format: Optional[str]
) -> None:
    reply = _transcribe(zaguan, response_format)
    assert reply.headers["content-type"] == "application/json"
    assert reply.json() == {"text": TEXT}
    assert transcript_text("transcribe", len(AUDIO)) == TEXT


def test_verbose_json_has_language_duration_and_segments(zaguan: httpx.Client) -> None:
    reply = _transcribe(zaguan, "verbose_json")
    body = reply.json()
    validator = response_validator("zaguan", "create_transcription", 200)
    assert [error.message for error in validator.iter_errors(body)] == []
    assert (body["task"], body["language"], body["duration"], body["text"]) == (
        "transcribe",
        "english",
        2.5,
        TEXT,
    )
    segments = body["segments"]
    assert [(s["id"], s["start"], s["end"]) for s in segments] == [(0, 0.0, 1.25), (1, 1.25, 2.5)]
    assert " ".join(segment["text"] for segment in segments) == TEXT


def test_verbose_json_says_the_language_asked_for(zaguan: httpx.Client) -> None:
    form = Form(
        {"model": "w", "response_format": "verbose_json", "language": "fr"},
        {"file": ("talk.mp3", AUDIO, "audio/mpeg")},
    )
    reply = zaguan.post(TRANSCRIPTIONS, data=form.fields, files=form.files)
    assert reply.json()["language"] == "fr"


def test_text_is_plain_text(zaguan: httpx.Client) -> None:
    reply = _transcribe(zaguan, "text")
    assert reply.headers["content-type"] == "text/plain; charset=utf-8"
    assert reply.text == TEXT + "\n"


def test_srt_is_two_numbered_cues(zaguan: httpx.Client) -> None:
    reply = _transcribe(zaguan, "srt")
    assert reply.headers["content-type"] == "text/plain; charset=utf-8"
    assert reply.text == (
        "1\n00:00:00,000 --> 00:00:01,250\nThe local gateway transcribed\n\n"
        "2\n00:00:01,250 --> 00:00:02,500\n40000 bytes of audio.\n"
    )


def test_vtt_is_a_webvtt_file(zaguan: httpx.Client) -> None:
    reply = _transcribe(zaguan, "vtt")
    assert reply.headers["content-type"] == "text/plain; charset=utf-8"
    assert reply.text == (
        "WEBVTT\n\n"
        "00:00:00.000 --> 00:00:01.250\nThe local gateway transcribed\n\n"
        "00:00:01.250 --> 00:00:02.500\n40000 bytes of audio.\n"
    )


@pytest.mark.parametrize("response_format", ["json", "verbose_json", "text", "srt", "vtt"])
def test_a_translation_is_a_transcription_into_english(
    zaguan: httpx.Client, response_format: str
) -> None:
    reply = _transcribe(zaguan, response_format, TRANSLATIONS)
    transcribed = _transcribe(zaguan, response_format).text
    assert reply.headers["content-type"].split(";")[0] in ("application/json", "text/plain")
    assert reply.text == transcribed.replace("transcribed", "translated").replace(
        '"task":"transcribe"', '"task":"translate"'
    )


def test_meganova_transcribes_to_json_only(meganova: httpx.Client) -> None:
    # Meganova's spec documents no response_format; an extra field changes nothing.
    form = Form({"model": "faster-whisper", "response_format": "srt"}, {"file": ("a", AUDIO, "x")})
    reply = meganova.post("/audio/transcriptions", data=form.fields, files=form.files)
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"] == "application/json"
    assert reply.json() == {"text": TEXT}


def test_timestamps_past_an_hour() -> None:
    _, body = transcript("transcribe", "srt", 16_000 * 7322)  # 2:02:02, halved
    assert "00:00:00,000 --> 01:01:01,000\n" in body.decode()
    assert "01:01:01,000 --> 02:02:02,000\n" in body.decode()


def test_an_empty_upload_lasts_no_time() -> None:
    _, body = transcript("transcribe", "verbose_json", 0)
    payload = json.loads(body)
    assert payload["duration"] == 0.0
    assert payload["text"] == "The local gateway transcribed 0 bytes of audio."


# --- speech ----------------------------------------------------------------------------------


def test_speech_is_mp3_bytes_that_depend_on_the_input(zaguan: httpx.Client) -> None:
    reply = zaguan.post(SPEECH, json=SPEECH_BODY)
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"] == "audio/mpeg"
    # Streamed: chunked, with no length announced.
    assert reply.headers["transfer-encoding"] == "chunked"
    assert "content-length" not in reply.headers
    assert len(reply.content) == SPEECH_CHUNKS * AUDIO_CHUNK == 8192
    assert reply.content.startswith(b"ID3")
    assert reply.content == speech_audio("Hello there", "alloy")
    again = zaguan.post(SPEECH, json=SPEECH_BODY).content
    other = zaguan.post(SPEECH, json={**SPEECH_BODY, "input": "Goodbye"}).content
    assert again == reply.content
    assert other != reply.content
    assert other == speech_audio("Goodbye", "alloy", "mp3")


@pytest.mark.parametrize("response_format", ["opus", "aac", "flac", "wav", "pcm"])
def test_other_formats_are_octet_streams(zaguan: httpx.Client, response_format: str) -> None:
    reply = zaguan.post(SPEECH, json={**SPEECH_BODY, "response_format": response_format})
    assert reply.headers["content-type"] == "application/octet-stream"
    assert reply.content == speech_audio("Hello there", "alloy", response_format)
    assert not reply.content.startswith(b"ID3")


def test_speech_arrives_in_chunks(zaguan: httpx.Client) -> None:
    # A pause between chunks keeps each one apart on the wire.
    pieces: List[bytes] = []
    with zaguan.stream("POST", SPEECH, json=SPEECH_BODY, headers=_fault("stall-stream:0.03")) as r:
        pieces.extend(r.iter_raw())
    assert b"".join(pieces) == speech_audio("Hello there", "alloy")
    assert len(pieces) >= 4


@pytest.mark.parametrize("count", [0, 1, 3, 200])
def test_chunks_fault_sets_the_number_of_chunks(zaguan: httpx.Client, count: int) -> None:
    reply = zaguan.post(SPEECH, json=SPEECH_BODY, headers=_fault(f"chunks:{count}"))
    assert reply.status_code == 200
    assert len(reply.content) == count * AUDIO_CHUNK
    assert reply.content == speech_audio("Hello there", "alloy", chunks=count)


def test_cut_stream_drops_the_connection_mid_audio(zaguan: httpx.Client) -> None:
    received = bytearray()
    with (
        pytest.raises(httpx.RemoteProtocolError),
        zaguan.stream("POST", SPEECH, json=SPEECH_BODY, headers=_fault("cut-stream:2")) as reply,
    ):
        assert reply.status_code == 200
        for piece in reply.iter_raw():
            received.extend(piece)
    assert bytes(received) == speech_audio("Hello there", "alloy")[: 2 * AUDIO_CHUNK]


def test_stall_stream_pauses_between_chunks(zaguan: httpx.Client) -> None:
    began = time.monotonic()
    reply = zaguan.post(SPEECH, json=SPEECH_BODY, headers=_fault("stall-stream:0.05, chunks:4"))
    assert len(reply.content) == 4 * AUDIO_CHUNK
    assert time.monotonic() - began >= 0.15  # three pauses


def test_leaving_early_is_fine(zaguan: httpx.Client) -> None:
    # A client that stops after the first chunk of a long, slow download: it closes at once,
    # and the gateway (which notices while it pauses) serves the next request.
    began = time.monotonic()
    with zaguan.stream(
        "POST", SPEECH, json=SPEECH_BODY, headers=_fault("chunks:1000, stall-stream:5")
    ) as reply:
        first = next(reply.iter_raw())
    assert first == speech_audio("Hello there", "alloy", chunks=1)
    assert time.monotonic() - began < 2
    assert zaguan.post(SPEECH, json=SPEECH_BODY).status_code == 200


def test_a_big_download_left_early_leaves_the_gateway_serving(zaguan: httpx.Client) -> None:
    with zaguan.stream("POST", SPEECH, json=SPEECH_BODY, headers=_fault("chunks:4000")) as reply:
        taken = 0
        for piece in reply.iter_raw():
            taken += len(piece)
            if taken >= 4 * AUDIO_CHUNK:
                break
    assert zaguan.get("/health").status_code == 200


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": "tts-1", "input": "x"}, "voice"),
        ({**SPEECH_BODY, "speed": 5}, "speed"),
        ({**SPEECH_BODY, "response_format": "ogg"}, "response_format"),
    ],
)
def test_speech_the_spec_refuses_names_the_field(
    zaguan: httpx.Client, body: Dict[str, object], param: str
) -> None:
    reply = zaguan.post(SPEECH, json=body)
    assert reply.status_code == 400
    assert reply.json()["error"]["param"] == param
