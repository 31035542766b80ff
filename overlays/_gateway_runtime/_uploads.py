"""multipart/form-data request bodies (file uploads), checked before anything is sent.

A request description may carry, instead of ``json``::

    "multipart": {"data": {name: value, ...}, "files": {name: file, ...}}

``data`` values are form fields: a str, int, float or bool, or a list of them (one field per
item); ``None`` is dropped. ``files`` values are what :data:`FileInput` allows (or a list of
them, one part per item). :func:`prepare_multipart` checks every field and file (raising the
SDK's invalid-argument error, naming the field, before anything is sent) and returns a
:class:`MultipartBody`: an httpx request stream that

* reads files while sending, never whole into memory: a path is opened on each attempt and
  read in chunks; a file object is read from where it was when the call began;
* sends the whole body again on every attempt of a retried call: a path is re-opened, a
  seekable file object is sought back to its starting position, and a non-seekable stream
  (a pipe, a socket, a download) is copied as it is first read into a spool (memory up to
  1 MiB, then a temporary file) that a retry replays before reading on; without retries
  nothing is copied;
* when iterated asynchronously, does its file I/O (open, read, close, the spool) in a worker
  thread, so an async call never blocks its event loop on the disk.

The body has a Content-Length, except with a non-seekable stream (its length is unknown until
read), which is sent chunked. A file whose size changes while it is sent, or that cannot be
read any more on a retry, stops the call with the invalid-argument error (:class:`UploadError`
inside the stream, mapped by the transport); messages name the field and the file's name,
never a whole path or any of the content.
"""

from __future__ import annotations

import enum
import io
import math
import mimetypes
import os
import stat
import sys
import tempfile
from collections import abc
from typing import (
    IO,
    Any,
    AsyncIterator,
    Callable,
    Dict,
    Iterator,
    List,
    Mapping,
    Optional,
    Set,
    Tuple,
    TypeVar,
    Union,
)

import httpx

__all__ = [
    "FileContent",
    "FileInput",
    "FormValue",
    "MultipartBody",
    "UploadError",
    "prepare_multipart",
    "to_thread",
]

#: The content of a ``(filename, content[, mime])`` tuple: bytes or a binary file object.
FileContent = Union[bytes, IO[bytes]]
#: What a file argument accepts: a path, bytes, a binary file object (opened ``"rb"``, or
#: ``io.BytesIO``), or a ``(filename, content)`` / ``(filename, content, mime)`` tuple. The
#: MIME type, when not given, is guessed from the file name (``application/octet-stream`` when
#: unknown). Bytes without a name are sent as a file named ``upload``: give a name (a tuple)
#: when the server tells formats apart by extension.
FileInput = Union[
    str,
    "os.PathLike[str]",
    bytes,
    IO[bytes],
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
]
#: A form field's value (or a list of them).
FormValue = Union[str, int, float, bool]

T = TypeVar("T")
Invalid = Callable[[str], Exception]

#: Bytes read from a file per chunk sent (and per worker-thread hop in async calls).
CHUNK_SIZE = 256 * 1024
#: How much of a non-seekable stream's copy (kept for a retry) stays in memory.
SPOOL_MEMORY = 1024 * 1024
_DEFAULT_NAME = "upload"
_DEFAULT_MIME = "application/octet-stream"
# A str this long, or with a control character, is no file name: it is not repeated in a
# message (it may be file content passed as a str by mistake).
_NAME_MAX = 255


class UploadError(Exception):
    """A file that could not be sent as it was when the call began (raised inside the request
    stream; the transport turns it into the SDK's invalid-argument error)."""


# --- reading one source once (one attempt) -----------------------------------------------------


def _os_reason(exc: BaseException) -> str:
    # An OSError's str() quotes the whole path; its strerror does not.
    if isinstance(exc, OSError) and exc.strerror:
        return f"{type(exc).__name__}: {exc.strerror}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


class _Attempt:
    """Reading one part's content once; ``next_chunk`` returns b"" at the end."""

    def next_chunk(self) -> bytes:
        raise NotImplementedError

    def close(self) -> None:
        """Release what this attempt opened; safe to call more than once."""


class _Source:
    """One file part's content, readable once per attempt."""

    #: Its size in bytes, or None when unknown until read.
    length: Optional[int] = None
    #: Whether reading it touches the disk (async bodies read it in a worker thread).
    blocking: bool = True

    def attempt(self) -> _Attempt:
        raise NotImplementedError

    def release(self) -> None:
        """Free what the source holds for retries; called once the call is over."""


class _SizedAttempt(_Attempt):
    """Reads exactly ``size`` bytes, checking that the file neither shrank nor grew."""

    def __init__(self, label: str, size: int) -> None:
        self._label = label
        self._remaining = size
        self._size = size
        self._file: Optional[IO[bytes]] = None
        self._finished = False

    def _start(self) -> IO[bytes]:
        raise NotImplementedError

    def _read(self, size: int) -> bytes:
        assert self._file is not None
        try:
            chunk = self._file.read(size)
        except (OSError, ValueError) as exc:  # ValueError: a file object closed meanwhile
            raise UploadError(f"{self._label} could not be read ({_os_reason(exc)})") from None
        if not isinstance(chunk, bytes):
            raise UploadError(f"{self._label} returned {type(chunk).__name__}, not bytes")
        if len(chunk) > size:
            raise UploadError(f"{self._label} returned more bytes than it was asked for")
        return chunk

    def next_chunk(self) -> bytes:
        if self._finished:
            return b""
        if self._file is None:
            self._file = self._start()
        if self._remaining == 0:
            self._finished = True
            if self._read(1):
                raise self._changed("more")
            return b""
        chunk = self._read(min(CHUNK_SIZE, self._remaining))
        if not chunk:
            raise self._changed("fewer")
        self._remaining -= len(chunk)
        return chunk

    def _changed(self, now: str) -> UploadError:
        return UploadError(
            f"{self._label} changed size while it was being sent ({self._size} bytes when the "
            f"call began, {now} now): the upload was stopped rather than send part of it"
        )


class _PathAttempt(_SizedAttempt):
    def __init__(self, source: _PathSource) -> None:
        super().__init__(source.label, source.length or 0)
        self._path = source.path

    def _start(self) -> IO[bytes]:
        try:
            return open(self._path, "rb")
        except OSError as exc:
            raise UploadError(f"{self._label} could not be opened ({_os_reason(exc)})") from None

    def close(self) -> None:
        file, self._file = self._file, None
        if file is not None:
            file.close()


class _PathSource(_Source):
    def __init__(self, path: Union[str, bytes], size: int, label: str) -> None:
        self.path = path
        self.length = size
        self.label = label

    def attempt(self) -> _Attempt:
        return _PathAttempt(self)


class _FileAttempt(_SizedAttempt):
    def __init__(self, source: _FileSource) -> None:
        super().__init__(source.label, source.length or 0)
        self._source = source

    def _start(self) -> IO[bytes]:
        file = self._source.file
        try:
            file.seek(self._source.start)
        except (OSError, ValueError) as exc:
            raise UploadError(
                f"{self._label} could not be rewound to where it was when the call began "
                f"({_os_reason(exc)})"
            ) from None
        return file


class _FileSource(_Source):
    """A seekable binary file object: sought back to ``start`` on every attempt."""

    def __init__(self, file: IO[bytes], start: int, size: int, label: str) -> None:
        self.file = file
        self.start = start
        self.length = size
        self.label = label
        self.blocking = not isinstance(file, io.BytesIO)

    def attempt(self) -> _Attempt:
        return _FileAttempt(self)


class _StreamAttempt(_Attempt):
    def __init__(self, source: _StreamSource) -> None:
        self._source = source
        self._position = 0

    def next_chunk(self) -> bytes:
        source = self._source
        if self._position < source.spooled:
            chunk = source.replay(self._position)
        else:
            chunk = source.read_on()
        self._position += len(chunk)
        return chunk


class _StreamSource(_Source):
    """A non-seekable binary stream, read once; a copy of what was read is kept for a retry
    (``replayable``) in a spool: memory up to :data:`SPOOL_MEMORY`, then a temporary file."""

    def __init__(self, file: IO[bytes], label: str, *, replayable: bool) -> None:
        self.file = file
        self.label = label
        self.spool: Optional[IO[bytes]] = (
            tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY)  # noqa: SIM115
            if replayable
            else None
        )
        self.spooled = 0
        self.started = False
        self.exhausted = False

    def attempt(self) -> _Attempt:
        if self.started and self.spool is None:
            raise UploadError(
                f"{self.label} is a stream that cannot be rewound and was not kept, so it "
                "cannot be sent again"
            )
        return _StreamAttempt(self)

    def replay(self, position: int) -> bytes:
        assert self.spool is not None
        try:
            self.spool.seek(position)
            return self.spool.read(min(CHUNK_SIZE, self.spooled - position))
        except (OSError, ValueError) as exc:
            raise UploadError(
                f"{self.label} could not be read back for a retry ({_os_reason(exc)})"
            ) from None

    def read_on(self) -> bytes:
        if self.exhausted:
            return b""
        self.started = True
        try:
            chunk = self.file.read(CHUNK_SIZE)
        except (OSError, ValueError) as exc:
            raise UploadError(f"{self.label} could not be read ({_os_reason(exc)})") from None
        if not isinstance(chunk, bytes):
            raise UploadError(f"{self.label} returned {type(chunk).__name__}, not bytes")
        if not chunk:
            self.exhausted = True
            return b""
        if self.spool is not None:
            try:
                self.spool.seek(self.spooled)
                self.spool.write(chunk)
            except (OSError, ValueError) as exc:
                raise UploadError(
                    f"{self.label} could not be kept for a retry ({_os_reason(exc)})"
                ) from None
            self.spooled += len(chunk)
        return chunk

    def release(self) -> None:
        spool, self.spool = self.spool, None
        if spool is not None:
            spool.close()


# --- the body ----------------------------------------------------------------------------------


async def to_thread(function: Callable[..., T], *args: Any) -> T:
    """``function(*args)`` in a worker thread: asyncio's own under asyncio (its default
    executor), anyio's under any other event loop (trio)."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            result: T = await asyncio.to_thread(function, *args)
            return result
    import anyio.to_thread

    return await anyio.to_thread.run_sync(function, *args)


class MultipartBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A multipart/form-data request body that can be sent any number of times, whole.

    Iterating it (sync or async) produces the whole body, reading each file from its start;
    async iteration does the file I/O in worker threads. :meth:`attach` gives the request to
    send (a fresh one per attempt), :meth:`release` frees what it holds once the call is over.
    """

    def __init__(self, items: List[Union[bytes, _Source]], boundary: str) -> None:
        self._items = items
        self.boundary = boundary
        self.content_type = f"multipart/form-data; boundary={boundary}"
        length = 0
        for item in items:
            size = len(item) if isinstance(item, bytes) else item.length
            if size is None:
                self.content_length: Optional[int] = None
                break
            length += size
        else:
            self.content_length = length
        self._open: Set[_Attempt] = set()

    def headers(self) -> Dict[str, str]:
        """The headers this body needs: its content type and length (or chunked encoding)."""
        if self.content_length is None:
            return {"content-type": self.content_type, "transfer-encoding": "chunked"}
        return {"content-type": self.content_type, "content-length": str(self.content_length)}

    def attach(self, request: httpx.Request) -> httpx.Request:
        """A copy of ``request`` that sends this body.

        A fresh request per attempt: httpx's ``Request.read()`` (which a mock transport or a
        caller's own transport may call) replaces the stream with the bytes read, and a retry
        must read the files again, not trust a copy.
        """
        headers = request.headers.copy()
        for name in ("content-length", "transfer-encoding", "content-type"):
            headers.pop(name, None)
        headers.update(self.headers())
        return httpx.Request(
            request.method,
            request.url,
            headers=headers,
            stream=self,
            extensions=dict(request.extensions),
        )

    def __iter__(self) -> Iterator[bytes]:
        for item in self._items:
            if isinstance(item, bytes):
                yield item
                continue
            attempt = self._begin(item)
            try:
                chunk = attempt.next_chunk()
                while chunk:
                    yield chunk
                    chunk = attempt.next_chunk()
            finally:
                self._end(attempt)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for item in self._items:
            if isinstance(item, bytes):
                yield item
                continue
            attempt = self._begin(item)
            blocking = item.blocking
            try:
                while True:
                    chunk = (
                        await to_thread(attempt.next_chunk) if blocking else attempt.next_chunk()
                    )
                    if not chunk:
                        break
                    yield chunk
                if blocking:
                    await to_thread(self._end, attempt)
            finally:
                # Closing a file opened for reading does not wait on the disk; this runs
                # inline only when the attempt was cut short.
                self._end(attempt)

    def _begin(self, source: _Source) -> _Attempt:
        attempt = source.attempt()
        self._open.add(attempt)
        return attempt

    def _end(self, attempt: _Attempt) -> None:
        self._open.discard(attempt)
        attempt.close()

    def release(self) -> None:
        """Close the files an interrupted attempt left open and drop the copies kept for
        retries; the transport calls this once the call is over."""
        for attempt in list(self._open):
            self._end(attempt)
        for item in self._items:
            if not isinstance(item, bytes):
                item.release()


# --- checking and describing the parts -------------------------------------------------------


def _quote(value: str) -> bytes:
    # WHATWG's multipart/form-data encoding of names and file names: LF, CR and '"' escaped,
    # the rest UTF-8 as is (what browsers send).
    escaped = value.replace("\n", "%0A").replace("\r", "%0D").replace('"', "%22")
    return escaped.encode("utf-8")


def _surrogate_problem(text: str) -> Optional[str]:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"holds a lone surrogate (U+{ord(text[exc.start]):04X}), which UTF-8 cannot encode"
    return None


def _form_text(path: str, value: Any, invalid: Invalid) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        problem = _surrogate_problem(value)
        if problem is not None:
            raise invalid(f"{path} {problem}")
        return value
    if isinstance(value, int):
        try:
            return int.__repr__(value)
        except ValueError:
            raise invalid(f"{path} is an integer too large to write out") from None
    if isinstance(value, float):
        if not math.isfinite(value):
            raise invalid(f"{path} is {value!r}, which is no value to send (use a finite number)")
        return float.__repr__(value)
    raise invalid(
        f"{path} is a {type(value).__name__}, which a form field cannot hold "
        "(a str, int, float or bool, or a list of them)"
    )


def _display_name(path: Union[str, bytes]) -> Optional[str]:
    """A path's file name, if it looks like one (not content passed as a str by mistake)."""
    name = os.path.basename(os.fsdecode(path))
    if not name or len(name) > _NAME_MAX or not name.isprintable():
        return None
    return name


def _label(field: str, name: Optional[str]) -> str:
    return f"{field} ({name!r})" if name else field


def _path_source(field: str, value: Any, invalid: Invalid) -> Tuple[str, _Source]:
    try:
        path: Union[str, bytes] = os.fspath(value)
    except TypeError:
        raise invalid(f"{field} is not a valid path") from None
    name = _display_name(path)
    label = _label(field, name)
    hint = (
        ""
        if not isinstance(value, str)
        else " (a str is taken as a path: pass bytes to send content)"
    )
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise invalid(f"{label}: no such file{hint}") from None
    except ValueError:  # an embedded NUL
        raise invalid(f"{field} is not a valid path{hint}") from None
    except OSError as exc:
        if exc.strerror and "too long" in exc.strerror:
            raise invalid(f"{field}: no such file (the path is too long){hint}") from None
        raise invalid(f"{label} cannot be read ({_os_reason(exc)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise invalid(f"{label} is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise invalid(
            f"{label} is not a regular file (a pipe or a device?): open it and pass the "
            "binary file object instead"
        )
    if not os.access(path, os.R_OK):
        raise invalid(f"{label} cannot be read (permission denied)")
    return name or _DEFAULT_NAME, _PathSource(path, info.st_size, label)


def _seekable(file: Any) -> bool:
    try:
        return bool(file.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def _file_source(
    field: str, file: Any, invalid: Invalid, *, replayable: bool
) -> Tuple[str, _Source]:
    raw_name = getattr(file, "name", None)
    name = _display_name(raw_name) if isinstance(raw_name, (str, bytes)) else None
    label = _label(field, name)
    mode = getattr(file, "mode", None)
    if isinstance(file, io.TextIOBase) or (isinstance(mode, str) and "b" not in mode):
        raise invalid(f"{label} is a file opened in text mode: open it with 'rb'")
    try:
        readable = file.readable() if hasattr(file, "readable") else True
        probe = file.read(0)
    except (OSError, ValueError) as exc:  # io.UnsupportedOperation; a closed file
        raise invalid(f"{label} cannot be read ({_os_reason(exc)})") from None
    if not readable:
        raise invalid(f"{label} is not open for reading: open it with 'rb'")
    if not isinstance(probe, bytes):
        raise invalid(
            f"{label} reads {type(probe).__name__}, not bytes: open it in binary mode ('rb')"
        )
    if not _seekable(file):
        return name or _DEFAULT_NAME, _StreamSource(file, label, replayable=replayable)
    try:
        start = file.tell()
        file.seek(0, io.SEEK_END)
        end = file.tell()  # not seek's return value: some file-likes return None
        file.seek(start)
    except (OSError, ValueError) as exc:
        raise invalid(f"{label} cannot be read ({_os_reason(exc)})") from None
    return name or _DEFAULT_NAME, _FileSource(file, start, max(0, end - start), label)


def _content_source(
    field: str, content: Any, invalid: Invalid, *, replayable: bool, in_tuple: bool
) -> Tuple[str, Union[bytes, _Source]]:
    """The default file name and one file's content: bytes, or a source to read."""
    if isinstance(content, (bytes, bytearray, memoryview)):
        return _DEFAULT_NAME, bytes(content)  # bytearray copied: the same on every attempt
    if isinstance(content, os.PathLike) or (isinstance(content, str) and not in_tuple):
        return _path_source(field, content, invalid)
    if isinstance(content, str):
        raise invalid(
            f"{field}: a file's content must be bytes or a binary file object, not str "
            "(encode text, or pass a pathlib.Path to send a file)"
        )
    if callable(getattr(content, "read", None)):
        return _file_source(field, content, invalid, replayable=replayable)
    raise invalid(
        f"{field} must be a path, bytes, a binary file object or a (filename, content[, mime]) "
        f"tuple, not {type(content).__name__}"
    )


def _file_part(
    field: str, name: str, value: Any, invalid: Invalid, *, replayable: bool
) -> Tuple[bytes, Union[bytes, _Source]]:
    """The part's headers and its content source."""
    filename: Optional[str] = None
    mime: Optional[str] = None
    content = value
    if isinstance(value, tuple):
        if len(value) not in (2, 3):
            raise invalid(
                f"{field} must be a (filename, content) or (filename, content, mime) tuple, "
                f"not a tuple of {len(value)}"
            )
        filename, content = value[0], value[1]
        mime = value[2] if len(value) == 3 else None
        if filename is not None and not isinstance(filename, str):
            raise invalid(f"{field}: the file name must be a str, not {type(filename).__name__}")
        if mime is not None and (
            not isinstance(mime, str) or not mime.isprintable() or not mime.isascii()
        ):
            raise invalid(f"{field}: the MIME type must be a str of printable ASCII")
    default_name, source = _content_source(
        field, content, invalid, replayable=replayable, in_tuple=isinstance(value, tuple)
    )
    filename = filename or default_name
    problem = _surrogate_problem(filename)
    if problem is not None:
        raise invalid(f"{field}: the file name {problem}")
    mime = mime or mimetypes.guess_type(filename)[0] or _DEFAULT_MIME
    head = (
        b'Content-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n'
        % (_quote(name), _quote(filename), mime.encode("ascii"))
    )
    return head, source


def _field_name(name: Any, where: str, invalid: Invalid) -> str:
    if not isinstance(name, str):
        raise invalid(f"{where} has a field name of type {type(name).__name__}: names must be str")
    problem = _surrogate_problem(name)
    if problem is not None:
        raise invalid(f"the field name {name!r} {problem}")
    return name


def _mapping(value: Any, what: str, invalid: Invalid) -> Mapping[Any, Any]:
    if value is None:
        return {}
    if not isinstance(value, abc.Mapping):
        raise invalid(f"{what} must be a mapping, not {type(value).__name__}")
    return value


def prepare_multipart(
    spec: Any,
    invalid: Invalid,
    *,
    extra_body: Optional[Mapping[str, object]] = None,
    replayable: bool = True,
) -> MultipartBody:
    """Check a request description's ``multipart`` entry and build its body.

    ``extra_body`` (the call option) adds form fields, winning over ``data`` fields of the same
    name (naming a file field is refused). ``replayable``: whether the call may be retried, so
    that a non-seekable stream must be kept for a second attempt. Does file-system I/O (stat,
    seeking file objects): async callers run it in a worker thread.
    """
    spec = _mapping(spec, "multipart", invalid)
    unknown = set(spec) - {"data", "files"}
    if unknown:
        raise invalid(f"multipart has unknown entries: {', '.join(sorted(map(str, unknown)))}")
    data = dict(_mapping(spec.get("data"), "multipart data", invalid))
    files = _mapping(spec.get("files"), "multipart files", invalid)
    for key in _mapping(extra_body, "extra_body", invalid):
        if key in files:
            raise invalid(
                f"extra_body.{key} names a file of this call: pass files through their argument"
            )
    data.update(extra_body or {})

    boundary = os.urandom(16).hex()
    delimiter = b"--%s\r\n" % boundary.encode("ascii")
    items: List[Union[bytes, _Source]] = []
    pending: List[bytes] = []  # bytes between two files, joined into one item
    for raw_name, value in data.items():
        name = _field_name(raw_name, "multipart data", invalid)
        if value is None:
            continue
        values = value if isinstance(value, (list, tuple)) else [value]
        for index, item in enumerate(values):
            path = f"{name}[{index}]" if values is value else name
            text = _form_text(path, item, invalid)
            pending.append(delimiter)
            pending.append(b'Content-Disposition: form-data; name="%s"\r\n\r\n' % _quote(name))
            pending.append(text.encode("utf-8"))
            pending.append(b"\r\n")
    for raw_name, value in files.items():
        name = _field_name(raw_name, "multipart files", invalid)
        if value is None:
            continue
        values = value if isinstance(value, list) else [value]
        for index, item in enumerate(values):
            field = f"{name}[{index}]" if values is value else name
            head, source = _file_part(field, name, item, invalid, replayable=replayable)
            pending.append(delimiter)
            pending.append(head)
            # Content is its own item: bytes are sent as given, not copied into the framing.
            items.append(b"".join(pending))
            items.append(source)
            pending = [b"\r\n"]
    pending.append(b"--%s--\r\n" % boundary.encode("ascii"))
    items.append(b"".join(pending))
    return MultipartBody([item for item in items if not isinstance(item, bytes) or item], boundary)
