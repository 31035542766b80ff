"""What the audio operations answer: speech as deterministic bytes, transcripts per format.

Speech (``POST /v1/audio/speech``) is not real audio: ``SPEECH_CHUNKS`` chunks of
``AUDIO_CHUNK`` bytes, a function of the input, the voice and the format only, so a test can
compare what it downloaded with :func:`speech_audio`. An ``mp3`` starts with an ID3 tag header.

Transcriptions and translations describe the upload: the text says how many bytes were heard,
the duration is the size at 128 kbit/s (16,000 bytes a second), and the two segments split the
text and the duration in halves. :func:`transcript` renders them in each ``response_format``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Dict, Iterator, List, Optional, Tuple

__all__ = [
    "AUDIO_CHUNK",
    "BYTES_PER_SECOND",
    "SPEECH_CHUNKS",
    "speech_audio",
    "speech_chunks",
    "speech_media_type",
    "transcript",
    "transcript_text",
]

AUDIO_CHUNK = 1024
SPEECH_CHUNKS = 8
BYTES_PER_SECOND = 16_000
# An ID3v2.4 tag header with no frames: what an MP3 file usually starts with.
_ID3_HEADER = b"ID3\x04\x00\x00\x00\x00\x00\x00"
_TEXT_PLAIN = "text/plain; charset=utf-8"


def speech_media_type(response_format: str) -> str:
    """The reply's content type: ``audio/mpeg`` for mp3, else ``application/octet-stream``
    (the spec documents only these two)."""
    return "audio/mpeg" if response_format == "mp3" else "application/octet-stream"


def speech_chunks(
    text: str, voice: str, response_format: str = "mp3", chunks: int = SPEECH_CHUNKS
) -> Iterator[bytes]:
    """The speech reply, chunk by chunk (made as they are sent, so a long one costs no memory)."""
    seed = hashlib.sha256(json.dumps([text, voice, response_format]).encode()).digest()
    for index in range(chunks):
        chunk = hashlib.shake_256(seed + index.to_bytes(8, "big")).digest(AUDIO_CHUNK)
        if index == 0 and response_format == "mp3":
            chunk = _ID3_HEADER + chunk[len(_ID3_HEADER) :]
        yield chunk


def speech_audio(
    text: str, voice: str, response_format: str = "mp3", chunks: int = SPEECH_CHUNKS
) -> bytes:
    """The whole audio the gateway sends for this input, voice and format (``chunks`` is the
    ``chunks:N`` fault's N)."""
    return b"".join(speech_chunks(text, voice, response_format, chunks))


def transcript_text(task: str, size: int) -> str:
    """The text of a transcription (``task`` "transcribe") or translation ("translate")."""
    verb = "transcribed" if task == "transcribe" else "translated"
    return f"The local gateway {verb} {size} bytes of audio."


def _segments(text: str, duration: float) -> List[Tuple[float, float, str]]:
    words = text.split()
    half = len(words) // 2
    middle = round(duration / 2, 3)
    return [(0.0, middle, " ".join(words[:half])), (middle, duration, " ".join(words[half:]))]


def _timestamp(seconds: float, separator: str) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    whole, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d}{separator}{millis:03d}"


def transcript(
    task: str, response_format: str, size: int, language: Optional[str] = None
) -> Tuple[str, bytes]:
    """The reply to a transcription or translation of ``size`` bytes: (content type, body).

    ``json``: ``{"text"}``; ``verbose_json``: also ``task``, ``language``, ``duration`` and
    ``segments``; ``text``: the text and a newline; ``srt`` and ``vtt``: two cues. The text
    formats are ``text/plain; charset=utf-8``, as the spec documents.
    """
    text = transcript_text(task, size)
    duration = round(size / BYTES_PER_SECOND, 3)
    segments = _segments(text, duration)
    if response_format == "text":
        return _TEXT_PLAIN, (text + "\n").encode()
    if response_format == "srt":
        cues = [
            f"{number}\n{_timestamp(start, ',')} --> {_timestamp(end, ',')}\n{words}\n"
            for number, (start, end, words) in enumerate(segments, 1)
        ]
        return _TEXT_PLAIN, "\n".join(cues).encode()
    if response_format == "vtt":
        cues = [
            f"{_timestamp(start, '.')} --> {_timestamp(end, '.')}\n{words}\n"
            for start, end, words in segments
        ]
        return _TEXT_PLAIN, "\n".join(["WEBVTT\n", *cues]).encode()
    payload: Dict[str, Any] = {"text": text}
    if response_format == "verbose_json":
        payload = {
            "task": task,
            "language": "english" if task == "translate" else (language or "english"),
            "duration": duration,
            "text": text,
            "segments": [
                {
                    "id": number,
                    "seek": 0,
                    "start": start,
                    "end": end,
                    "text": words,
                    "tokens": [],
                    "temperature": 0.0,
                    "avg_logprob": -0.1,
                    "compression_ratio": 1.0,
                    "no_speech_prob": 0.0,
                }
                for number, (start, end, words) in enumerate(segments)
            ],
        }
    return "application/json", json.dumps(payload, separators=(",", ":")).encode()
