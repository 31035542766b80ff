"""An :class:`ErrorFactory` that each SDK fills with its own exception classes.

Both SDKs map failures the same way (by status code, then by kind), so the mapping lives here
once and each SDK only supplies a table of its classes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Mapping, Optional

from ._errors import ErrorBodyParser, ErrorInfo, GatewayInvalidArgumentError, read_error_body

__all__ = ["StatusErrorTable"]


def _status_named_by(info: ErrorInfo) -> Optional[int]:
    for value in (info.details.get("status"), info.details.get("status_code"), info.code):
        try:
            status = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        if 400 <= status <= 599:
            return status
    return None


FromInfo = Callable[[ErrorInfo], Exception]


@dataclass(frozen=True)
class StatusErrorTable:
    """Maps failures to exceptions: ``by_status`` first, then 4xx, 5xx and anything else.

    ``refine`` may pick a more specific builder from the error's contents (for example a 403
    whose type is ``band_access_denied``); it returns None to keep the status mapping.
    ``invalid`` builds the error for a bad argument (the SDK's ``InvalidArgumentError``).
    ``error_body`` parses an error body with the SDK's generated model: a reply's or a
    stream's error whose body fits it is read through it (:func:`read_error_body`) before
    anything else looks at it.
    """

    by_status: Mapping[int, FromInfo]
    client_error: FromInfo
    server_error: FromInfo
    other: FromInfo
    decode: FromInfo
    connection: Callable[..., Exception]
    timeout: Callable[..., Exception]
    refine: Optional[Callable[[ErrorInfo], Optional[FromInfo]]] = None
    invalid: Callable[[str], Exception] = GatewayInvalidArgumentError
    error_body: Optional[ErrorBodyParser] = None

    def status_error(self, info: ErrorInfo) -> Exception:
        """The exception for a reply with an error status."""
        info = read_error_body(info, self.error_body)
        build = self.refine(info) if self.refine is not None else None
        if build is None:
            status = info.status
            if status is not None and status in self.by_status:
                build = self.by_status[status]
            elif status is not None and 400 <= status < 500:
                build = self.client_error
            elif status is not None and status >= 500:
                build = self.server_error
            else:
                build = self.other
        return build(info)

    def stream_error(self, info: ErrorInfo) -> Exception:
        """An error sent inside a stream maps like a reply with the status it names.

        The HTTP status of a stream was 200; the error event may name the real one in its
        ``status`` field or as a numeric ``code`` (``{"error": {"code": 429, ...}}``).
        """
        info = read_error_body(info, self.error_body)
        if info.status is None or info.status < 400:
            status = _status_named_by(info)
            if status is not None:
                info = replace(info, status=status)
        return self.status_error(info)

    def decode_error(self, message: str, info: Optional[ErrorInfo]) -> Exception:
        """A success reply whose body could not be read as the documented JSON."""
        if info is None:
            info = ErrorInfo(status=None, message=message)
        elif info.message != message:
            info = replace(info, message=message)
        return self.decode(info)

    def connection_error(self, message: str, request_id: Optional[str]) -> Exception:
        """The request could not be sent or its reply was cut off."""
        return self.connection(message, request_id=request_id)

    def timeout_error(self, message: str, request_id: Optional[str]) -> Exception:
        """A connect, write, read or pool timeout."""
        return self.timeout(message, request_id=request_id)

    def invalid_argument(self, message: str) -> Exception:
        """A bad argument, refused before anything was sent."""
        return self.invalid(message)
