"""The SDK's log records: what the transport says at DEBUG, INFO and WARNING, and the
``<SDK>_LOG`` environment variable that turns them on without code.

Each SDK logs under its own logger (``zaguan``, ``meganova``: the configuration's
``logger_name``). At DEBUG, each attempt's request (method, URL, request id, attempt) and
response (status, elapsed milliseconds, bytes); at INFO, each retry; at WARNING, a call that
failed after using retries. Every text is redacted of the call's secrets (the API key, a
replacing ``Authorization`` credential, path secrets such as Meganova's agent key) before it
reaches a record. Request bodies are logged only with ``<SDK>_LOG=debug-bodies``.

Messages are built only when the logger is enabled for their level (the transport checks
:meth:`logging.Logger.isEnabledFor`, a cached lookup), so logging that is off costs a call
next to nothing.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from typing import Optional, Set, Tuple

import httpx

from ._errors import redact

__all__ = ["BODY_LIMIT", "env_setting", "log_bodies", "setup_from_env"]

#: Longest body text (characters) a ``debug-bodies`` record holds; the rest is cut.
BODY_LIMIT = 4096

_LEVELS = {"debug": logging.DEBUG, "debug-bodies": logging.DEBUG, "info": logging.INFO}
_FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"
_done: Set[str] = set()
_lock = threading.Lock()


def _root(logger_name: str) -> str:
    return logger_name.partition(".")[0]


def env_setting(logger_name: str) -> Optional[str]:
    """The ``<SDK>_LOG`` value for this logger (``ZAGUAN_LOG`` for ``zaguan``, lower-cased),
    or None when unset or not one of ``debug``, ``info``, ``debug-bodies``."""
    value = os.environ.get(_root(logger_name).upper() + "_LOG")
    if value is None:
        return None
    value = value.strip().lower()
    return value if value in _LEVELS else None


def log_bodies(logger_name: str) -> bool:
    """Whether request and response bodies go into DEBUG records: ``<SDK>_LOG=debug-bodies``."""
    return env_setting(logger_name) == "debug-bodies"


def setup_from_env(logger_name: str) -> None:
    """When ``<SDK>_LOG`` is set, give the SDK's logger a handler to stderr and its level,
    once per process (called at each client's construction; later calls do nothing).

    Nothing is changed when the variable is unset: the application's own logging
    configuration decides, as the standard library advises for libraries."""
    root = _root(logger_name)
    if root in _done:
        return
    with _lock:
        if root in _done:
            return
        _done.add(root)
        setting = env_setting(root)
        if setting is None:
            return
        logger = logging.getLogger(root)
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
        logger.setLevel(_LEVELS[setting])


def url_text(request: httpx.Request, secrets: Tuple[str, ...], query: bool = True) -> str:
    """The request's URL for a record, redacted (path secrets, a key in the query).

    ``query=False`` for the INFO and WARNING records, which production logs keep: they leave
    the query out (a page cursor, a search), the DEBUG records show it.
    """
    url = request.url if query else request.url.copy_with(query=None)
    return redact(str(url), secrets)


def body_text(content: bytes, secrets: Tuple[str, ...]) -> str:
    """A body for a ``debug-bodies`` record: decoded, cut at :data:`BODY_LIMIT`, redacted."""
    text = content.decode("utf-8", "replace")
    # Redacted whole before cutting, so that a secret across the cut is still found.
    text = redact(text, secrets)
    if len(text) > BODY_LIMIT:
        text = f"{text[:BODY_LIMIT]}... ({len(text) - BODY_LIMIT} more characters)"
    return text


def request_body(request: httpx.Request) -> Optional[bytes]:
    """The request's body when it is in memory (JSON, form fields); None for a streamed
    upload, which is never read for a record."""
    try:
        return request.content
    except httpx.RequestNotRead:
        return None
