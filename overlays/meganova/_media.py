"""Helpers for the media endpoints' results, raising this SDK's own errors."""

from __future__ import annotations

import os
from typing import Any, List, Optional, Union

import httpx

from meganova._runtime import _media

from .errors import ERROR_TABLE

__all__ = ["decode_embedding", "save_image"]


def decode_embedding(embedding: Any) -> List[float]:
    """An embedding's vector as floats, whether the API sent numbers or, for
    ``encoding_format="base64"``, a base64 string (little-endian float32s)."""
    return _media.decode_embedding(embedding, ERROR_TABLE)


def save_image(
    image: Any,
    path: Union[str, os.PathLike[str]],
    *,
    http_client: Optional[httpx.Client] = None,
) -> int:
    """Write a generated image (its ``b64_json``, or its ``url`` downloaded with
    ``http_client``: no API key goes to the image host) to ``path``; returns the bytes
    written."""
    return _media.save_image(image, path, http_client=http_client, errors=ERROR_TABLE)
