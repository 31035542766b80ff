"""Binary responses (text-to-speech audio, for instance), handed over before the body is read.

The transports' ``send_binary`` returns a :class:`BinaryResponse` (sync) or an
:class:`AsyncBinaryResponse` once a 2xx response's headers have arrived (HTTP errors and retries
happen before that, as for JSON calls). The body is then iterated in chunks, read whole, or
written to a file, never held whole in memory unless asked for (``read()``). The connection is
released when the body is fully read, on ``close()``, on leaving ``with``, on leaving an
``iter_bytes`` loop early, and (with a :class:`ResourceWarning`) when a response nobody read is
garbage-collected: the same machinery as the SSE streams (``_streaming``).
"""

from __future__ import annotations

import contextlib
import os
from types import TracebackType
from typing import Any, AsyncIterator, Callable, Iterator, List, Optional, Tuple, Type, Union

import httpx

from ._errors import ErrorFactory, invalid_argument
from ._streaming import _release_later, _running_loop, _warn_unclosed, transport_error
from ._uploads import to_thread

__all__ = ["AsyncBinaryResponse", "BinaryResponse"]

PathLike = Union[str, "os.PathLike[str]"]

# Chunks gathered before one write to disk (one worker-thread hop in async code).
_WRITE_SIZE = 256 * 1024


class _Body:
    """What both response classes share: metadata and error mapping; no I/O."""

    def __init__(
        self,
        response: httpx.Response,
        request_id: str,
        errors: ErrorFactory,
        *,
        secrets: Tuple[str, ...] = (),
    ) -> None:
        self.response = response
        self.request_id = request_id
        self._errors = errors
        self._secrets = secrets
        self._handed_out = False

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.response.headers

    @property
    def status_code(self) -> int:
        """The HTTP status (a 2xx: errors are raised by the call)."""
        return self.response.status_code

    @property
    def content_type(self) -> Optional[str]:
        """The response's Content-Type (``audio/mpeg``, for instance), if it sent one."""
        value: Optional[str] = self.response.headers.get("content-type")
        return value

    @property
    def is_closed(self) -> bool:
        """Whether the connection has been released (read to the end, or closed)."""
        return self.response.is_closed

    def _error(self, exc: Exception) -> Exception:
        """The SDK's error for a failure while reading the body."""
        if isinstance(exc, httpx.HTTPError):
            return transport_error(
                self._errors, exc, self.request_id, self._secrets, "the response body was cut: "
            )
        # httpx.StreamConsumed / StreamClosed: read once already, or closed unread.
        return self._errors.connection_error(
            "The response body was already read or closed: it can be read once (use read() "
            "to keep it)",
            self.request_id,
        )

    def _target(self, file: Any) -> Tuple[str, str]:
        if not isinstance(file, (str, os.PathLike)):
            raise invalid_argument(
                self._errors, f"file must be a str or os.PathLike, not {type(file).__name__}"
            )
        path = os.fspath(file)
        if not isinstance(path, str):
            raise invalid_argument(self._errors, "file must be a str path, not bytes")
        return path, path + ".part"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, "
            f"content_type={self.content_type!r}, request_id={self.request_id!r})"
        )


class BinaryResponse(_Body):
    """A 2xx response whose body has not been read: ``iter_bytes()``, ``read()`` or
    ``write_to_file(path)``, then (or instead) ``close()``; or use it in a ``with`` block.

    ``request_id`` is the server's X-Request-Id when it answered one, else the one sent.
    A failure while reading raises the SDK's connection or timeout error (the body cannot be
    retried once started).
    """

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """The body in chunks (of ``chunk_size`` bytes, the last one shorter; else as they
        arrive). Leaving the loop early releases the connection."""
        self._handed_out = True
        return _iter_bytes(self.response, chunk_size, self._error)

    def read(self) -> bytes:
        """The whole body (kept: a second ``read()`` returns it again)."""
        try:
            return self.response.read()
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise self._error(exc) from exc
        finally:
            self.response.close()

    def write_to_file(self, file: PathLike) -> int:
        """Stream the body to ``file`` and return the number of bytes written.

        Written to ``file + ".part"``, renamed to ``file`` once complete: a failure (a cut
        connection, a full disk) leaves neither a partial file nor the ``.part`` one.
        """
        path, partial = self._target(file)
        written = 0
        try:
            with open(partial, "wb") as out:
                for chunk in self.iter_bytes():
                    out.write(chunk)
                    written += len(chunk)
            os.replace(partial, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.remove(partial)
            raise
        finally:
            self.response.close()
        return written

    def close(self) -> None:
        """Release the connection (the body stays unread); safe to call more than once."""
        self.response.close()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def __del__(self) -> None:
        # Any iterator handed out is gone by now (it holds this object) and has released the
        # connection unless it never started. A response nobody read is the caller's mistake:
        # release it, and say so.
        response = getattr(self, "response", None)
        if response is None or response.is_closed:
            return
        with contextlib.suppress(Exception):
            response.close()
        if not getattr(self, "_handed_out", True):
            _warn_unclosed(
                self, "use it in a `with` block, or call .close(), when you do not read it"
            )


class AsyncBinaryResponse(_Body):
    """Async :class:`BinaryResponse`: ``aiter_bytes()``, ``await aread()``,
    ``await write_to_file(path)``, ``await aclose()``, ``async with``.

    ``iter_bytes``, ``read`` and ``close`` are the same methods, for code written against
    openai-python's names. File I/O runs in a worker thread: the event loop never waits on
    the disk.
    """

    def __init__(
        self,
        response: httpx.Response,
        request_id: str,
        errors: ErrorFactory,
        *,
        secrets: Tuple[str, ...] = (),
    ) -> None:
        super().__init__(response, request_id, errors, secrets=secrets)
        self._loop = _running_loop()

    def aiter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        """The body in chunks; see :meth:`BinaryResponse.iter_bytes`. Leaving an
        ``async for`` loop early releases the connection once the event loop runs (the
        generator's finaliser); ``async with`` or ``aclose()`` release it at once."""
        self._handed_out = True
        return _aiter_bytes(self.response, chunk_size, self._error)

    iter_bytes = aiter_bytes

    async def aread(self) -> bytes:
        """The whole body (kept: a second ``aread()`` returns it again)."""
        try:
            return await self.response.aread()
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise self._error(exc) from exc
        finally:
            await self.response.aclose()

    read = aread

    async def write_to_file(self, file: PathLike) -> int:
        """Stream the body to ``file`` (through ``file + ".part"``, as
        :meth:`BinaryResponse.write_to_file`) and return the number of bytes written; the
        disk is written from a worker thread."""
        path, partial = self._target(file)
        written = 0
        out: Any = None
        try:
            out = await to_thread(open, partial, "wb")
            pending: List[bytes] = []
            size = 0
            async for chunk in self.aiter_bytes():
                pending.append(chunk)
                size += len(chunk)
                if size >= _WRITE_SIZE:
                    await to_thread(out.write, b"".join(pending))
                    written += size
                    pending, size = [], 0
            if pending:
                await to_thread(out.write, b"".join(pending))
                written += size
            await to_thread(out.close)
            await to_thread(os.replace, partial, path)
        except BaseException:
            # Inline: a cancelled task may not await again. Closing and removing a file
            # does not wait for its data to reach the disk.
            if out is not None:
                with contextlib.suppress(OSError):
                    out.close()
            with contextlib.suppress(OSError):
                os.remove(partial)
            raise
        finally:
            await self.response.aclose()
        return written

    async def aclose(self) -> None:
        """Release the connection (the body stays unread); safe to call more than once."""
        await self.response.aclose()

    close = aclose

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        response = getattr(self, "response", None)
        if response is None or response.is_closed:
            return
        # On the event loop it was opened on (a finaliser cannot await). An iterator handed
        # out and dropped unfinished is closed by its own finaliser as well, harmlessly.
        with contextlib.suppress(Exception):
            _release_later(response, getattr(self, "_loop", None))
        if not getattr(self, "_handed_out", True):
            _warn_unclosed(
                self,
                "use it in an `async with` block, or `await .aclose()` it, when you do not read it",
            )


# The generators hold the response object's error mapping (a bound method), so that object
# outlives any iterator it handed out: its finaliser then runs after theirs.


def _iter_bytes(
    response: httpx.Response, chunk_size: Optional[int], fail: Callable[[Exception], Exception]
) -> Iterator[bytes]:
    try:
        try:
            yield from response.iter_bytes(chunk_size)
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise fail(exc) from exc
    finally:
        response.close()


async def _aiter_bytes(
    response: httpx.Response, chunk_size: Optional[int], fail: Callable[[Exception], Exception]
) -> AsyncIterator[bytes]:
    try:
        try:
            async for chunk in response.aiter_bytes(chunk_size):
                yield chunk
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise fail(exc) from exc
    finally:
        await response.aclose()
