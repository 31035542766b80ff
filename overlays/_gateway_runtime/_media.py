"""Helpers for what the media endpoints return: base64 embeddings and generated images.

No I/O but ``save_image`` writing a file (and, for an image given only as a URL, one download
through the caller's own ``httpx`` client).
"""

from __future__ import annotations

import array
import base64
import binascii
import os
import sys
from typing import Any, List, Optional, Union

import httpx

from ._errors import DefaultErrorFactory, ErrorFactory, invalid_argument

__all__ = ["decode_embedding", "image_bytes", "save_image"]

PathLike = Union[str, "os.PathLike[str]"]


_DEFAULT_ERRORS = DefaultErrorFactory()


def decode_embedding(value: Any, errors: ErrorFactory = _DEFAULT_ERRORS) -> List[float]:
    """An embedding as floats: a list of numbers as is, or the base64 string the API returns
    for ``encoding_format="base64"`` (little-endian float32s) decoded.

    Accepts an ``Embedding`` model too (its ``embedding`` field). Anything else, such as
    base64 that is not whole float32s, raises the SDK's invalid-argument error.
    """

    def invalid(message: str) -> Exception:
        return invalid_argument(errors, message)

    vector = getattr(value, "embedding", value)
    if isinstance(vector, list):
        if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in vector):
            return [float(x) for x in vector]
        raise invalid("embedding must be a list of numbers or a base64 string")
    if not isinstance(vector, str):
        raise invalid(
            f"embedding must be a list of numbers or a base64 string, not {type(vector).__name__}"
        )
    try:
        raw = base64.b64decode(vector, validate=True)
    except (binascii.Error, ValueError):
        raise invalid("embedding is not valid base64") from None
    if len(raw) % 4:
        raise invalid(f"a base64 embedding must hold whole float32s, not {len(raw)} bytes")
    floats = array.array("f")
    floats.frombytes(raw)
    if sys.byteorder == "big":  # the API sends little-endian
        floats.byteswap()
    return floats.tolist()


def image_bytes(image: Any, errors: ErrorFactory = _DEFAULT_ERRORS) -> bytes:
    """The file of a generated image given as base64 (``b64_json``), decoded."""

    def invalid(message: str) -> Exception:
        return invalid_argument(errors, message)

    data = getattr(image, "b64_json", None) if not isinstance(image, str) else image
    if not isinstance(data, str) or not data:
        raise invalid("the image has no b64_json (it may be a URL: use save_image)")
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise invalid("the image's b64_json is not valid base64") from None


def save_image(
    image: Any,
    path: PathLike,
    *,
    http_client: Optional[httpx.Client] = None,
    errors: ErrorFactory = _DEFAULT_ERRORS,
) -> int:
    """Write a generated image to ``path`` and return the number of bytes written.

    An image with ``b64_json`` is decoded; one with only a ``url`` is downloaded with
    ``http_client`` (a plain ``httpx.Client`` by default: no API key is sent to the image
    host); a failed download raises the SDK's connection error. The file is written whole or
    not at all.
    """

    def invalid(message: str) -> Exception:
        return invalid_argument(errors, message)

    if not isinstance(path, (str, os.PathLike)):
        raise invalid(f"path must be a str or os.PathLike, not {type(path).__name__}")
    if getattr(image, "b64_json", None):
        content = image_bytes(image, errors)
    else:
        url = getattr(image, "url", None)
        if not isinstance(url, str) or not url:
            raise invalid("the image has neither b64_json nor url")
        client = http_client or httpx.Client(timeout=60.0)
        try:
            response = client.get(url)
            response.raise_for_status()
            content = response.content
        except httpx.HTTPError as exc:
            # Not httpx's text: it quotes the URL, whose query may be a signature.
            status = getattr(getattr(exc, "response", None), "status_code", None)
            reason = f"status {status}" if status else type(exc).__name__
            raise errors.connection_error(
                f"downloading the image failed ({reason})", None
            ) from None
        finally:
            if http_client is None:
                client.close()
    temporary = f"{os.fspath(path)}.part"
    with open(temporary, "wb") as handle:
        handle.write(content)
    os.replace(temporary, path)
    return len(content)
