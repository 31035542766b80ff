"""Exceptions of the Zaguan CoreX SDK.

Every exception a call raises derives from :class:`ZaguanError`; raw httpx, JSON or KeyError
exceptions never escape. HTTP error replies raise a subclass of :class:`APIError` chosen by
status code (and, for 403, by the error type); network failures raise
:class:`APIConnectionError` (:class:`APITimeoutError` for timeouts); invalid arguments raise
:class:`InvalidArgumentError` before anything is sent. The gateway's case fields (credits,
band, tiers, retry_after) are read whether they sit in ``error`` or in ``error.details``,
through the generated ``ZaguanErrorDetail`` when the body fits the spec. Anthropic's error body
(``{"type": "error", "error": {"type", "message"}}``) maps the same way; inside a stream, where
the HTTP status was 200, its error type picks the class (``overloaded_error``: 529,
:class:`InternalServerError`; ``rate_limit_error``: :class:`RateLimitError`; ...).

``str(error)`` is one line for a log reader (``429 rate_limit_exceeded: Slow down
(request_id=abc)``); every class survives ``pickle`` and ``copy.deepcopy`` with all its fields,
so errors cross process pools. No error holds the API key, even one a server echoed back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, Mapping, Optional, Tuple

from zaguan._runtime import ErrorInfo, StatusErrorTable, describe_error, restore_error
from zaguan._runtime._errors import CaseField, as_number, as_text, attach_info, redact_live
from zaguan.generated import errors as _model_errors

if TYPE_CHECKING:
    from zaguan.generated.models import ZaguanErrorResponse

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
        message = redact_live(message)  # a key the caller put where no check expected one
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
        error = cls(
            info.status,
            info.message,
            info.request_id,
            code=info.code,
            type=info.type,
            body=info.body,
            headers=info.headers,
            details=info.details,
        )
        attach_info(error, info)
        return error


class BadRequestError(APIError):
    """400: the request is malformed."""


class AuthenticationError(APIError):
    """401: the API key is missing or wrong."""


class InsufficientCreditsError(APIError):
    """402: not enough credits; ``credits_required`` and ``credits_remaining`` say how many."""

    credits_required = CaseField(as_number, "Credits the request needed.")
    credits_remaining = CaseField(as_number, "Credits left on the account.")


class PermissionDeniedError(APIError):
    """403: the key may not use this resource."""


class BandAccessDeniedError(PermissionDeniedError):
    """403 ``band_access_denied``: the model's band needs a higher tier."""

    band = CaseField(as_text, "The band of the model refused.")
    required_tier = CaseField(as_text, "The tier that may use the band.")
    current_tier = CaseField(as_text, "The key's tier.")


class NotFoundError(APIError):
    """404: no such resource."""


class ConflictError(APIError):
    """409: the request conflicts with another in flight (the SDK retries it)."""


class UnprocessableEntityError(APIError):
    """422: the request's values are invalid."""


class RateLimitError(APIError):
    """429: too many requests; ``retry_after`` is the wait the gateway asked for, in seconds."""

    retry_after = CaseField(
        as_number, "Seconds to wait, from the Retry-After header or the body's ``retry_after``."
    )


class InternalServerError(APIError):
    """5xx: the gateway or an upstream provider failed."""


class APIResponseValidationError(APIError):
    """A success reply whose body is not the documented JSON."""


class APIConnectionError(ZaguanError):
    """The request could not be sent, or the reply (or a stream) was cut off."""


class APITimeoutError(APIConnectionError):
    """Connecting, sending or waiting for the reply (or the next stream chunk) timed out."""


def _error_body(data: Mapping[str, Any]) -> ZaguanErrorResponse:
    # Imported when the first error arrives, so that importing the client stays light.
    from zaguan.generated.models import ZaguanErrorResponse

    return ZaguanErrorResponse.from_dict(data)


# The status each of Anthropic's error types stands for. An error event inside a stream (whose
# HTTP status was 200) names only its type: it raises the class of that status, which the
# error then carries as its status_code.
_ANTHROPIC_STATUS = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "billing_error": 402,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "api_error": 500,
    "timeout_error": 504,
    "overloaded_error": 529,
}


def _refine(info: ErrorInfo) -> Optional[Any]:
    if info.status == 403 and "band_access_denied" in (info.type, info.code):
        return BandAccessDeniedError.from_info
    if info.status is None and info.type in _ANTHROPIC_STATUS:
        status = _ANTHROPIC_STATUS[info.type]
        return lambda found: ERROR_TABLE.status_error(replace(found, status=status))
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
        429: RateLimitError.from_info,
    },
    client_error=APIError.from_info,
    server_error=InternalServerError.from_info,
    other=APIError.from_info,
    decode=APIResponseValidationError.from_info,
    connection=APIConnectionError,
    timeout=APITimeoutError,
    refine=_refine,
    invalid=InvalidArgumentError,
    error_body=_error_body,
)
