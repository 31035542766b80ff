"""Exceptions of the Zaguan CoreX SDK.

Every exception a call raises derives from :class:`ZaguanError`; raw httpx, JSON or KeyError
exceptions never escape. HTTP error replies raise a subclass of :class:`APIError` chosen by
status code (and, for 403, by the error type); network failures raise
:class:`APIConnectionError` (:class:`APITimeoutError` for timeouts); invalid arguments raise
:class:`InvalidArgumentError` before anything is sent. The gateway's case fields (credits,
band, tiers, retry_after) are read whether they sit in ``error`` or in ``error.details``.

``str(error)`` is one line for a log reader (``429 rate_limit_exceeded: Slow down
(request_id=abc)``); every class survives ``pickle`` and ``copy.deepcopy`` with all its fields,
so errors cross process pools. No error holds the API key, even one a server echoed back.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Tuple

from _gateway_runtime import ErrorInfo, StatusErrorTable, describe_error, restore_error
from zaguan_api import errors as _model_errors

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BandAccessDeniedError",
    "ConflictError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "ZaguanError",
]


class ZaguanError(Exception):
    """Base of every exception the SDK raises.

    ``request_id`` is the call's request id: the one the gateway answered in its X-Request-Id
    header when it did, else the one sent.
    """

    def __init__(self, message: str, *, request_id: Optional[str] = None) -> None:
        super().__init__(message)
        self.message = message
        self.request_id = request_id

    def __str__(self) -> str:
        return describe_error(self.message, request_id=self.request_id)

    def __reduce__(self) -> Tuple[Any, ...]:
        # The fields come back from __dict__: subclasses' __init__ signatures differ, so
        # the default `cls(*args)` cannot rebuild them.
        return (restore_error, (type(self), self.args), dict(self.__dict__))


class InvalidArgumentError(ZaguanError, _model_errors.InvalidArgumentError):
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


class APIError(ZaguanError):
    """The gateway answered with an error status.

    Attributes: ``status_code``, ``message``, ``request_id``, and ``code``, ``type``,
    ``body`` (parsed JSON or text), ``headers`` and ``details`` (the error's extra fields).
    """

    def __init__(
        self,
        status_code: Optional[int],
        message: str,
        request_id: Optional[str] = None,
        *,
        code: Optional[str] = None,
        type: Optional[str] = None,
        body: Any = None,
        headers: Optional[Mapping[str, str]] = None,
        details: Optional[Mapping[str, Any]] = None,
    ) -> None:
        super().__init__(message, request_id=request_id)
        self.status_code = status_code
        self.code = code
        self.type = type
        self.body = body
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.details: Mapping[str, Any] = details if details is not None else {}

    def __str__(self) -> str:
        return describe_error(
            self.message,
            status=self.status_code,
            code=self.code or self.type,
            request_id=self.request_id,
        )

    @classmethod
    def from_info(cls, info: ErrorInfo) -> APIError:
        """Build the exception from what the runtime read of a failed reply."""
        return cls(
            info.status,
            info.message,
            info.request_id,
            code=info.code,
            type=info.type,
            body=info.body,
            headers=info.headers,
            details=info.details,
        )


class BadRequestError(APIError):
    """400: the request is malformed."""


class AuthenticationError(APIError):
    """401: the API key is missing or wrong."""


class InsufficientCreditsError(APIError):
    """402: not enough credits; ``credits_required`` and ``credits_remaining`` say how many."""

    @property
    def credits_required(self) -> Optional[float]:
        """Credits the request needed."""
        return _number(self.details.get("credits_required"))

    @property
    def credits_remaining(self) -> Optional[float]:
        """Credits left on the account."""
        return _number(self.details.get("credits_remaining"))


class PermissionDeniedError(APIError):
    """403: the key may not use this resource."""


class BandAccessDeniedError(PermissionDeniedError):
    """403 ``band_access_denied``: the model's band needs a higher tier."""

    @property
    def band(self) -> Optional[str]:
        """The band of the model refused."""
        return _text(self.details.get("band"))

    @property
    def required_tier(self) -> Optional[str]:
        """The tier that may use the band."""
        return _text(self.details.get("required_tier"))

    @property
    def current_tier(self) -> Optional[str]:
        """The key's tier."""
        return _text(self.details.get("current_tier"))


class NotFoundError(APIError):
    """404: no such resource."""


class ConflictError(APIError):
    """409: the request conflicts with another in flight (the SDK retries it)."""


class UnprocessableEntityError(APIError):
    """422: the request's values are invalid."""


class RateLimitError(APIError):
    """429: too many requests; ``retry_after`` is the wait the gateway asked for, in seconds."""

    @property
    def retry_after(self) -> Optional[float]:
        """Seconds to wait, from the Retry-After header or the body's ``retry_after``."""
        return _number(self.details.get("retry_after"))


class InternalServerError(APIError):
    """5xx: the gateway or an upstream provider failed."""


class APIResponseValidationError(APIError):
    """A success reply whose body is not the documented JSON."""


class APIConnectionError(ZaguanError):
    """The request could not be sent, or the reply (or a stream) was cut off."""


class APITimeoutError(APIConnectionError):
    """Connecting, sending or waiting for the reply (or the next stream chunk) timed out."""


def _number(value: Any) -> Optional[float]:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _text(value: Any) -> Optional[str]:
    return value if isinstance(value, str) else None


def _with_retry_after(info: ErrorInfo) -> APIError:
    # The header wins over the body; both end up in details so the property has one source.
    details = dict(info.details)
    if info.retry_after is not None:
        details["retry_after"] = info.retry_after
    error = RateLimitError.from_info(info)
    error.details = details
    return error


def _refine(info: ErrorInfo) -> Optional[Any]:
    if info.status == 403 and "band_access_denied" in (info.type, info.code):
        return BandAccessDeniedError.from_info
    return None


ERROR_TABLE = StatusErrorTable(
    by_status={
        400: BadRequestError.from_info,
        401: AuthenticationError.from_info,
        402: InsufficientCreditsError.from_info,
        403: PermissionDeniedError.from_info,
        404: NotFoundError.from_info,
        409: ConflictError.from_info,
        422: UnprocessableEntityError.from_info,
        429: _with_retry_after,
    },
    client_error=APIError.from_info,
    server_error=InternalServerError.from_info,
    other=APIError.from_info,
    decode=APIResponseValidationError.from_info,
    connection=APIConnectionError,
    timeout=APITimeoutError,
    refine=_refine,
    invalid=InvalidArgumentError,
)
