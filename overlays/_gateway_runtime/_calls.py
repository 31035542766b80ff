"""What a facade method needs besides the transport: request bodies and typed results.

A facade method describes its call with the generated endpoint module (``build_request`` and
``parse_success``) and hands it to :func:`run` or :func:`arun`; nothing here does I/O except
those two thin shells over the transport.
"""

from __future__ import annotations

import os
from collections import abc
from dataclasses import dataclass
from typing import (
    Any,
    Callable,
    Dict,
    Generic,
    Mapping,
    Optional,
    Protocol,
    Tuple,
    TypedDict,
    TypeVar,
    cast,
)

import httpx

from ._options import RequestOptions, TimeoutTypes
from ._response import ResultList
from ._transport import AsyncTransport, RequestDescription, SyncTransport
from ._uploads import FileInput

__all__ = [
    "Call",
    "CallOptions",
    "FileInput",
    "arun",
    "build_body",
    "check_chat_request",
    "env_setting",
    "request_fields",
    "request_options",
    "run",
    "split_options",
    "stamp_request_id",
]

T = TypeVar("T")


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class CallOptions(TypedDict, total=False):
    """The per-call settings every SDK method takes as keyword arguments.

    ``timeout`` (seconds or an ``httpx.Timeout``), ``max_retries`` and ``extra_headers``
    override the client's settings for one call; ``request_id`` is sent as X-Request-Id
    (default: a fresh UUID), the same on every retry. ``extra_body`` is merged into the JSON
    body (top level, winning over the call's own fields) and ``extra_query`` into the query
    parameters, for what the API takes and the SDK does not name. Each is checked before
    anything is sent.
    """

    timeout: TimeoutTypes
    max_retries: Optional[int]
    extra_headers: Optional[Mapping[str, str]]
    request_id: Optional[str]
    extra_body: Optional[Mapping[str, object]]
    extra_query: Optional[Mapping[str, object]]


_OPTION_NAMES = frozenset(CallOptions.__annotations__)


def request_fields(
    request: Any, keywords: Mapping[str, Any], invalid: Callable[[str], Exception]
) -> Dict[str, Any]:
    """A request body from a request model or mapping, with keyword fields winning over it
    (None means "not given"); anything else raises ``invalid(message)``, the SDK's error."""
    if isinstance(request, abc.Mapping) and not hasattr(request, "to_dict"):
        body = dict(request)
    elif hasattr(request, "to_dict"):
        body = request.to_dict()
    else:
        raise invalid(f"request must be a model or a mapping, not {type(request).__name__}")
    body.update({key: value for key, value in keywords.items() if value is not None})
    return body


def split_options(keywords: Mapping[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """A method's keywords split into the JSON body's fields and the call options.

    None means "not given" for a body field, as for the options; the body is sent as given
    (fields the spec does not name reach the API).
    """
    body: Dict[str, Any] = {}
    options: Dict[str, Any] = {}
    for name, value in keywords.items():
        if name in _OPTION_NAMES:
            options[name] = value
        elif value is not None:
            body[name] = value
    return body, options


def request_options(
    options: Mapping[str, Any], invalid: Callable[[str], Exception]
) -> Optional[RequestOptions]:
    """The runtime's RequestOptions from a method's keyword arguments (None: no override).

    Unknown names are refused here; the values are checked by the transport (before
    anything is sent), with the same ``invalid`` error.
    """
    given = {name: value for name, value in options.items() if value is not None}
    if not given:
        return None
    unknown = given.keys() - _OPTION_NAMES
    if unknown:
        raise invalid(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
    return RequestOptions(**given)


@dataclass(frozen=True)
class Call(Generic[T]):
    """One API call, described without I/O: the request and how to read a 2xx JSON body
    (or, with ``whole_response``, the ``httpx.Response`` itself: a text or JSON reply)."""

    request: RequestDescription
    parse: Callable[[Any], T]
    whole_response: bool = False

    def read(self, response: httpx.Response) -> T:
        """The typed result of a successful response."""
        return self.parse(response if self.whole_response else response.json())


def stamp_request_id(value: T, request_id: str) -> T:
    """Record the call's request id on a generated model (its private ``_request_id``, read
    through its ``request_id`` property); a list becomes a :class:`ResultList` carrying it,
    each of its models stamped too."""
    if isinstance(value, list):
        for item in value:
            _stamp(item, request_id)
        if isinstance(value, ResultList):
            value.request_id = request_id
            return value
        return cast(T, ResultList(value, request_id))
    _stamp(value, request_id)
    return value


def _stamp(item: Any, request_id: str) -> None:
    # A model's `_request_id` slot may be unset until stamped, so the class is asked too.
    if hasattr(type(item), "_request_id") or hasattr(item, "_request_id"):
        item._request_id = request_id


def run(transport: SyncTransport, call: Call[T], options: Optional[RequestOptions]) -> T:
    """Send ``call`` with retries and return its typed result, stamped with the request id."""
    response = transport.request(call.request, call.read, options)
    return stamp_request_id(response.value, response.request_id)


async def arun(transport: AsyncTransport, call: Call[T], options: Optional[RequestOptions]) -> T:
    """The async twin of :func:`run`."""
    response = await transport.request(call.request, call.read, options)
    return stamp_request_id(response.value, response.request_id)


def build_body(
    model: type[_Model],
    request: Any,
    overrides: Mapping[str, Any],
    invalid: Callable[[str], Exception],
    check: Optional[Callable[[Mapping[str, Any], Callable[[str], Exception]], None]] = None,
) -> Dict[str, Any]:
    """The JSON request body from a model instance, a mapping, keyword arguments, or a mix.

    Keyword arguments win over the request's fields; None means "not given". Values are not
    copied or converted here: generated models and enums nested anywhere become their JSON
    when the transport encodes the body, in one pass (which also refuses, naming the path,
    what JSON cannot hold: NaN, bytes, sets, datetimes, lone surrogates, cycles). Fields the
    spec does not know reach the API unchanged. ``check`` rejects what cannot be right
    (raising ``invalid(message)``, the SDK's own error, naming the field) before anything is
    sent.
    """
    if request is None:
        body: Dict[str, Any] = {}
    elif isinstance(request, abc.Mapping):
        body = dict(request)
    elif isinstance(request, model):
        try:
            body = request.to_dict()
        except Exception as exc:  # a field holding what its model cannot serialise
            raise invalid(f"{model.__name__} has an invalid field: {exc}") from None
    else:
        raise invalid(
            f"request must be a {model.__name__}, a mapping or None, not {type(request).__name__}"
        )
    for key, value in overrides.items():
        if value is not None:
            body[key] = value
    if check is not None:
        check(body, invalid)
    return body


def check_chat_request(body: Mapping[str, Any], invalid: Callable[[str], Exception]) -> None:
    """Reject a chat request without a model or messages, with a message saying what is wrong."""
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise invalid(f"model must be a non-empty string naming a model, not {model!r}")
    messages = body.get("messages")
    if not isinstance(messages, (list, tuple)) or not messages:
        raise invalid("messages must be a non-empty list of messages")
    for message in messages:
        # The common case, checked in a tight loop: typing.Mapping's isinstance costs more
        # than the rest of a 1000-message call's checks together.
        if type(message) is not dict or "role" not in message:
            break
    else:
        return
    for index, message in enumerate(messages):
        if type(message) is dict and "role" in message:
            continue
        if not isinstance(message, abc.Mapping) and not hasattr(message, "to_dict"):
            raise invalid(
                f"messages[{index}] must be a mapping or a message model, not {type(message).__name__}"
            )
        try:
            has_role = "role" in message
        except TypeError:  # a model without __contains__
            has_role = getattr(message, "role", None) is not None
        if not has_role:
            raise invalid(f"messages[{index}] has no role")


def env_setting(
    value: Optional[str], variable: str, default: Optional[str] = None
) -> Optional[str]:
    """An explicit setting, else the environment variable (if non-empty), else ``default``."""
    if value:
        return value
    return os.environ.get(variable) or default
