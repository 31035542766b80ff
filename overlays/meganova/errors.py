"""Exceptions of the Meganova SDK.

Every exception a call raises derives from :class:`MeganovaError`; raw httpx, JSON or KeyError
exceptions never escape. HTTP error replies raise a subclass of :class:`APIError` chosen by
status code; network failures raise :class:`APIConnectionError` (:class:`APITimeoutError` for
timeouts); invalid arguments raise :class:`InvalidArgumentError` before anything is sent.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from _gateway_runtime import ErrorInfo, StatusErrorTable

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "MeganovaError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


class MeganovaError(Exception):
    """Base of every exception the SDK raises.

    Attributes: ``message``, ``code`` (the API's error code, if any), ``status`` (HTTP status,
    if a reply arrived), ``request_id`` (the X-Request-Id of the call), ``body`` (the parsed
    error body, or its text) and ``headers`` (the reply's headers).
    """

    def __init__(
        self,
        message: str,
        *,
        code: Optional[str] = None,
        status: Optional[int] = None,
        request_id: Optional[str] = None,
        body: Any = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status
        self.request_id = request_id
        self.body = body
        self.headers: Mapping[str, str] = headers if headers is not None else {}

    @classmethod
    def from_info(cls, info: ErrorInfo) -> MeganovaError:
        """Build the exception from what the runtime read of a failed reply."""
        return cls(
            info.message,
            code=info.code,
            status=info.status,
            request_id=info.request_id,
            body=info.body,
            headers=info.headers,
        )


class InvalidArgumentError(MeganovaError, ValueError):
    """An argument is missing or invalid; raised before any request is sent."""


class APIError(MeganovaError):
    """The API answered with an error status (4xx or 5xx), or an unreadable success body."""


class BadRequestError(APIError):
    """400: the request is malformed."""


class AuthenticationError(APIError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIError):
    """403: the key may not use this resource."""


class NotFoundError(APIError):
    """404: no such resource (for example an unknown model id)."""


class ConflictError(APIError):
    """409: the request conflicts with another in flight."""


class UnprocessableEntityError(APIError):
    """422: the request's values are invalid."""


class RateLimitError(APIError):
    """429: too many requests. ``retry_after`` is the wait the API asked for, in seconds."""

    retry_after: Optional[float] = None

    @classmethod
    def from_info(cls, info: ErrorInfo) -> MeganovaError:
        """Build the exception, keeping the API's ``Retry-After``."""
        error = super().from_info(info)
        error.retry_after = info.retry_after  # type: ignore[attr-defined]
        return error


class InternalServerError(APIError):
    """5xx: the API or an upstream provider failed."""


class APIResponseValidationError(APIError):
    """A success reply whose body is not the documented JSON."""


class APIConnectionError(MeganovaError):
    """The request could not be sent, or the reply (or a stream) was cut off."""


class APITimeoutError(APIConnectionError):
    """Connecting, sending or waiting for the reply (or the next stream chunk) timed out."""


# How the shared runtime turns a failed call into one of the classes above.
ERROR_TABLE = StatusErrorTable(
    by_status={
        400: BadRequestError.from_info,
        401: AuthenticationError.from_info,
        403: PermissionDeniedError.from_info,
        404: NotFoundError.from_info,
        409: ConflictError.from_info,
        422: UnprocessableEntityError.from_info,
        429: RateLimitError.from_info,
    },
    client_error=APIError.from_info,
    server_error=InternalServerError.from_info,
    other=APIError.from_info,
    decode=APIResponseValidationError.from_info,
    connection=APIConnectionError,
    timeout=APITimeoutError,
)
