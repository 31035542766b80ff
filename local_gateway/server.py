"""Running the gateway: uvicorn in a background thread, bound to 127.0.0.1 only.

A thread rather than a subprocess: it starts in a few tens of milliseconds (the spec and the
validators are loaded once per process), and the socket is bound before uvicorn starts, so the
port is known at once even when the OS picks it (``port=0``).
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Dict, List, Optional, Type, Union

import uvicorn

from .app import DEFAULT_API_KEY, MEGANOVA_PREFIX, create_app
from .record import RequestLog

__all__ = ["HOST", "Gateway", "start_gateway"]

HOST = "127.0.0.1"
_START_TIMEOUT = 10.0


class Gateway:
    """A local gateway on 127.0.0.1; a context manager that starts it and stops it on exit.

    ``zaguan_url`` and ``meganova_url`` are the two base URLs, ``api_key`` the only key accepted
    and ``port`` the bound port (chosen by the OS when 0 was asked). ``spec_dir`` serves the
    specs of another folder than the repository's ``spec/`` (a copy being edited, say).
    """

    def __init__(
        self,
        api_key: str = DEFAULT_API_KEY,
        port: int = 0,
        access_log: bool = False,
        spec_dir: Union[str, Path, None] = None,
    ) -> None:
        self.api_key = api_key
        # Built before the socket is bound: a spec without a servable answer fails here, and
        # leaves no socket behind.
        app = create_app(api_key, None if spec_dir is None else Path(spec_dir).resolve())
        self._app = app
        # proto must say TCP: asyncio only sets TCP_NODELAY on accepted sockets whose proto is
        # IPPROTO_TCP, and without it Nagle plus delayed ACKs cost ~40 ms per response (uvicorn
        # writes the headers and the body separately).
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._socket.bind((HOST, port))
        self.port: int = self._socket.getsockname()[1]
        config = uvicorn.Config(
            app,
            lifespan="off",
            log_level="info" if access_log else "warning",
            access_log=access_log,
            # A client gone during a `stall` fault must not hold the shutdown for long.
            timeout_graceful_shutdown=1,
            timeout_keep_alive=30,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._socket]},
            name="local-gateway",
            daemon=True,
        )

    @property
    def zaguan_url(self) -> str:
        """Base URL of the Zaguan API (the SDK also accepts it with ``/v1``)."""
        return f"http://{HOST}:{self.port}"

    @property
    def meganova_url(self) -> str:
        """Base URL of the Meganova API."""
        return f"http://{HOST}:{self.port}{MEGANOVA_PREFIX}"

    def uploads(self, request_id: str) -> List[Dict[str, Any]]:
        """What the form requests sent with this ``X-Request-Id`` carried, one entry per attempt
        (oldest first): the ``attempts`` of ``GET /_gateway/uploads/{request_id}``, read in
        process."""
        log: RequestLog = self._app.state.received
        return log.uploads(request_id)

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._thread.is_alive() and self._server.started

    def start(self) -> Gateway:
        """Start serving and return once requests are accepted."""
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the local gateway did not start")
            time.sleep(0.002)
        return self

    def stop(self) -> None:
        """Stop serving and wait for the server thread; safe to call twice."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=_START_TIMEOUT)
        self._socket.close()

    def __enter__(self) -> Gateway:
        # `with Gateway() as gateway:` works too, not only `with start_gateway() as gateway:`.
        if self._thread.ident is None:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"Gateway(zaguan_url={self.zaguan_url!r}, meganova_url={self.meganova_url!r})"


def start_gateway(
    api_key: str = DEFAULT_API_KEY,
    port: int = 0,
    access_log: bool = False,
    spec_dir: Union[str, Path, None] = None,
) -> Gateway:
    """Start a gateway on 127.0.0.1 (``port=0``: a free port) and return it, already serving.

    ``spec_dir``: serve the specs of this folder instead of the repository's ``spec/``.

    Use it as a context manager, or call ``stop()``::

        with start_gateway() as gateway:
            httpx.get(gateway.zaguan_url + "/health")
    """
    return Gateway(api_key, port, access_log, spec_dir).start()
