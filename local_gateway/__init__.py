"""A local server for both gateways' APIs, for the demo, integration tests and benchmarks.

Zaguan is served at ``http://127.0.0.1:PORT`` (``/v1/...`` and ``/health``), Meganova at
``http://127.0.0.1:PORT/meganova/v1``, its web API (the serverless catalogue) at
``http://127.0.0.1:PORT/meganova`` (the base URL without ``/v1``, as in production) and its
cloud agents at ``http://127.0.0.1:PORT/meganova-studio``. Every model is an echo model;
``tool-echo`` answers with tool calls. Requests are validated against the bundled specs, and the ``X-Gateway-Fault``
header (or a ``fault-<item>`` model name) makes the server misbehave on demand: see
``local_gateway.faults`` for the grammar.

    from local_gateway import start_gateway

    with start_gateway() as gateway:          # api_key="sk-local-test", port=0
        ...  # gateway.zaguan_url, gateway.meganova_url, gateway.api_key, gateway.port

Operations without a handler here answer what their spec documents (its example, else a value
built from the schema), so a path added to a spec is served at once; ``spec_dir=`` (or
``--spec-dir``) serves a copy of the specs.

From a shell: ``python -m local_gateway [--port 0] [--api-key KEY] [--time-limit SECONDS]
[--spec-dir DIR]``.
For pytest: ``pytest_plugins = ["local_gateway.pytest_plugin"]`` gives a ``gateway`` fixture.

Uploads: ``multipart/form-data`` bodies are validated like JSON ones, and what each request
carried (every file's size and sha256) is served per request id on
``GET /_gateway/uploads/{request_id}`` (``UPLOADS_PATH``; no key needed) and returned by
``gateway.uploads(request_id)``. Every request received is recorded per request id on
``GET /_gateway/requests/{request_id}`` (``REQUESTS_PATH``): the attempts that reached the
server, with the status answered (None for a dropped connection). Speech answers
``speech_audio(input, voice, format)``, in 1 KiB chunks; transcripts say
``transcript_text(task, size)``.
"""

from __future__ import annotations

from .answers import SpecAnswerError
from .app import (
    DEFAULT_API_KEY,
    MEGANOVA_PREFIX,
    MEGANOVA_STUDIO_PREFIX,
    MEGANOVA_WEB_PREFIX,
    REQUESTS_PATH,
    UPLOADS_PATH,
    create_app,
)
from .audio import speech_audio, transcript_text
from .faults import FaultError, Faults, parse_faults
from .server import Gateway, start_gateway

__all__ = [
    "DEFAULT_API_KEY",
    "MEGANOVA_PREFIX",
    "MEGANOVA_STUDIO_PREFIX",
    "MEGANOVA_WEB_PREFIX",
    "REQUESTS_PATH",
    "UPLOADS_PATH",
    "FaultError",
    "Faults",
    "Gateway",
    "SpecAnswerError",
    "create_app",
    "parse_faults",
    "speech_audio",
    "start_gateway",
    "transcript_text",
]
