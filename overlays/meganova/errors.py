"""Exceptions of the Meganova SDK.

Every exception a call raises derives from :class:`MeganovaError`; raw httpx, JSON or KeyError
exceptions never escape. HTTP error replies raise a subclass of :class:`APIError` chosen by
status code; network failures raise :class:`APIConnectionError` (:class:`APITimeoutError` for
timeouts); invalid arguments raise :class:`InvalidArgumentError` before anything is sent.

``str(error)`` is one line for a log reader (``429 rate_limit_exceeded: Slow down
(request_id=abc)``); every class survives ``pickle`` and ``copy.deepcopy`` with all its fields,
so errors cross process pools. No error holds the API key, even one a server echoed back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Tuple

from meganova._runtime import ErrorInfo, StatusErrorTable, describe_error, restore_error
from meganova._runtime._errors import CaseField, as_number, attach_info, redact_live
from meganova.generated import errors as _model_errors

if TYPE_CHECKING:
    from meganova.generated.models import ErrorResponse

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

    Attributes: ``message``, ``code`` (the API's error code, if any), ``type`` (the API's
    error type, if any), ``status`` (HTTP status, if a reply arrived; also ``status_code``),
    ``request_id`` (the server's X-Request-Id when it answered one, else the one sent),
    ``body`` (the parsed error body, or its text), ``headers`` (the reply's headers) and
    ``details`` (the error object's other fields).
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
        type: Optional[str] = None,
        details: Optional[Mapping[str, Any]] = None,
    ) -> None:
        message = redact_live(message)  # a key the caller put where no check expected one
        super().__init__(message)
        self.message = message
        self.code = code
        self.type = type
        self.status = status
        self.request_id = request_id
        self.body = body
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.details: Mapping[str, Any] = details if details is not None else {}

    @property
    def status_code(self) -> Optional[int]:
        """The HTTP status, as openai-python names it (the same as ``status``)."""
        return self.status

    def __str__(self) -> str:
        return describe_error(
            self.message,
            status=self.status,
            code=self.code or self.type,
            request_id=self.request_id,
        )

    def __reduce__(self) -> Tuple[Any, ...]:
        # The fields come back from __dict__: the keyword-only __init__ cannot be replayed
        # from args by the default `cls(*args)`.
        return (restore_error, (type(self), self.args), dict(self.__dict__))

    @classmethod
    def from_info(cls, info: ErrorInfo) -> MeganovaError:
        """Build the exception from what the runtime read of a failed reply."""
        error = cls(
            info.message,
            code=info.code,
            status=info.status,
            request_id=info.request_id,
            body=info.body,
            headers=info.headers,
            type=info.type,
            details=info.details,
        )
        attach_info(error, info)
        return error


class InvalidArgumentError(MeganovaError, _model_errors.InvalidArgumentError):
    """An argument is missing or invalid; raised before any request is sent.

    A ValueError, and a TypeError too (for a value of the wrong type), so code that catches
    either keeps working. ``path`` names the field when it is inside a body or a model
    (``messages[3].content``), when known.
    """

    def __init__(self, message: str, *, path: str = "", request_id: Optional[str] = None) -> None:
        super().__init__(message, request_id=request_id)
        self.path = path


# The generated models raise this class too, so a bad value in a model is the SDK's own error.
_model_errors.use_invalid_argument_class(InvalidArgumentError)


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

    retry_after = CaseField(
        as_number, "Seconds to wait, from the Retry-After header or the body's ``retry_after``."
    )


class InternalServerError(APIError):
    """5xx: the API or an upstream provider failed."""


class APIResponseValidationError(APIError):
    """A success reply whose body is not the documented JSON."""


class APIConnectionError(MeganovaError):
    """The request could not be sent, or the reply (or a stream) was cut off."""


class APITimeoutError(APIConnectionError):
    """Connecting, sending or waiting for the reply (or the next stream chunk) timed out."""


def _error_body(data: Mapping[str, Any]) -> ErrorResponse:
    # Imported when the first error arrives, so that importing the client stays light.
    from meganova.generated.models import ErrorResponse

    return ErrorResponse.from_dict(data)


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
    invalid=InvalidArgumentError,
    error_body=_error_body,
)
