# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""Contains shared errors types that can be raised from API functions and models"""

from __future__ import annotations


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class InvalidArgumentError(ValueError, TypeError):
    """A value does not fit a model's field; ``path`` names it (``messages[0].role``).

    A ValueError and a TypeError, so code that catches either keeps working.
    """

    def __init__(self, message: str, *, path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_invalid, (type(self), self.message, self.path))


def _rebuild_invalid(
    cls: type[InvalidArgumentError], message: str, path: str
) -> InvalidArgumentError:
    return cls(message, path=path)


_invalid_class: type[InvalidArgumentError] = InvalidArgumentError


def use_invalid_argument_class(cls: type[InvalidArgumentError]) -> None:
    """Make models raise ``cls`` (a subclass of :class:`InvalidArgumentError`) from now on."""
    global _invalid_class
    if not (isinstance(cls, type) and issubclass(cls, InvalidArgumentError)):
        raise TypeError("cls must be a subclass of InvalidArgumentError")
    _invalid_class = cls


def invalid_argument(message: str, path: str = "") -> InvalidArgumentError:
    """The error models raise: of the class an SDK registered, else :class:`InvalidArgumentError`."""
    return _invalid_class(message, path=path)


__all__ = [
    "InvalidArgumentError",
    "UnexpectedStatus",
    "invalid_argument",
    "use_invalid_argument_class",
]
