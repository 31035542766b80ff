"""What every SDK client does the same way: sending a described call, closing, ``with``, repr.

``send`` is what the generated endpoint functions and the generated facade methods call, so
every call of an SDK, whatever a user imported, runs through one transport.
"""

from __future__ import annotations

import random as _random
import time
import weakref
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Awaitable,
    Callable,
    Dict,
    Mapping,
    Optional,
    Type,
    TypedDict,
    TypeVar,
    Union,
)

import httpx

from ._calls import Call, arun, env_setting, request_options, run
from ._errors import ErrorFactory, invalid_argument
from ._lifecycle import client_state
from ._options import ClientConfig, TimeoutTypes, api_base_url
from ._transport import AsyncTransport, BaseTransport, RequestDescription, SharedPool, SyncTransport

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._binary import AsyncBinaryResponse, BinaryResponse
    from ._calls import CallOptions

__all__ = [
    "AsyncClientBase",
    "AsyncClientOptions",
    "AsyncResource",
    "ClientOptions",
    "SdkSettings",
    "SyncClientBase",
    "SyncClientOptions",
    "SyncResource",
    "client_config",
    "copy_arguments",
]

S = TypeVar("S", bound="SyncClientBase")
A = TypeVar("A", bound="AsyncClientBase")
T = TypeVar("T")


class SdkSettings:
    """What tells one SDK's clients from another's: names, defaults and error classes."""

    def __init__(
        self,
        *,
        name: str,
        client_name: str,
        env_prefix: str,
        default_base_url: str,
        version_in_base: bool,
        user_agent: str,
        errors: ErrorFactory,
        invalid: Callable[[str], Exception],
        uses_api_key: bool = True,
    ) -> None:
        self.name = name
        self.client_name = client_name
        self.env_prefix = env_prefix
        self.default_base_url = default_base_url
        self.version_in_base = version_in_base
        self.user_agent = user_agent
        self.errors = errors
        self.invalid = invalid
        # False for a client whose credential is not a bearer API key (Meganova's cloud
        # agents carry theirs in the path): no key is read, asked for or sent.
        self.uses_api_key = uses_api_key


def client_config(
    sdk: SdkSettings,
    *,
    api_key: Optional[str],
    base_url: Optional[str],
    timeout: TimeoutTypes,
    max_retries: int,
    default_headers: Optional[Mapping[str, str]],
    sdk_headers: Optional[Mapping[str, str]] = None,
    user_agent_extra: Optional[str] = None,
    routes: Optional[Mapping[str, str]] = None,
) -> ClientConfig:
    """A client's configuration, the same way for every SDK: the key and base URL from the
    arguments or the environment (``<PREFIX>_API_KEY``, ``<PREFIX>_BASE_URL``), the base URL
    with or without its version, the User-Agent (and ``user_agent_extra`` after it), the SDK's
    own headers, then the caller's ``default_headers``; ``routes`` send the paths under a
    prefix to another host (see :class:`ClientConfig`).
    Every argument is checked here or by :class:`ClientConfig`, so a bad one fails at
    construction, naming it."""
    key = (env_setting(api_key, f"{sdk.env_prefix}_API_KEY") if sdk.uses_api_key else "") or ""
    if not key and sdk.uses_api_key:
        raise sdk.invalid(
            f"No API key: pass {sdk.client_name}(api_key=...) or set the "
            f"{sdk.env_prefix}_API_KEY environment variable"
        )
    url = api_base_url(
        env_setting(base_url, f"{sdk.env_prefix}_BASE_URL", sdk.default_base_url),
        sdk.invalid,
        version_in_base=sdk.version_in_base,
        secrets=(key,) if isinstance(key, str) else (),
    )
    if default_headers is not None and not isinstance(default_headers, Mapping):
        raise sdk.invalid(
            f"default_headers must be a mapping of header names to str values, "
            f"not {type(default_headers).__name__}"
        )
    agent = sdk.user_agent
    if user_agent_extra is not None:
        if not isinstance(user_agent_extra, str):
            raise sdk.invalid(
                f"user_agent_extra must be a str, not {type(user_agent_extra).__name__}"
            )
        if not (user_agent_extra.isascii() and user_agent_extra.isprintable()):
            raise sdk.invalid(
                "user_agent_extra must be printable ASCII (it is sent in the User-Agent header: "
                "no CR, LF or other control characters)"
            )
        if user_agent_extra.strip():
            agent = f"{agent} {user_agent_extra.strip()}"
    headers = {"User-Agent": agent, **(sdk_headers or {}), **(default_headers or {})}
    return ClientConfig(
        base_url=url,
        api_key=key,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=headers,
        errors=sdk.errors,
        logger_name=sdk.name,
        routes=routes or {},
    )


class ClientOptions(TypedDict, total=False):
    """What ``with_options()`` changes on every client (each SDK's client adds its own
    settings): a keyword means what it means to the client's constructor, and a keyword left
    out keeps the client's setting. ``default_headers`` are merged over the client's own
    (a header of the same name, in any case, replaced); ``set_default_headers`` replace them
    all (the SDK's own headers, such as the User-Agent, stay)."""

    base_url: Optional[str]
    timeout: TimeoutTypes
    max_retries: int
    default_headers: Optional[Mapping[str, str]]
    set_default_headers: Optional[Mapping[str, str]]
    random: Optional[Callable[[], float]]
    clock: Optional[Callable[[], float]]


class SyncClientOptions(ClientOptions, total=False):
    """:class:`ClientOptions` of a blocking client: ``http_client`` (a copy given one does
    not share the client's pool) and ``sleep``."""

    http_client: Optional[httpx.Client]
    sleep: Optional[Callable[[float], None]]


class AsyncClientOptions(ClientOptions, total=False):
    """:class:`ClientOptions` of an async client: ``http_client`` and ``sleep`` (a coroutine
    function)."""

    http_client: Optional[httpx.AsyncClient]
    sleep: Optional[Callable[[float], Awaitable[Any]]]


# Taken by every client's constructor, and not kept in its settings: the copy gets the
# original's (its pool, its injected sleep, random and clock) unless given.
_RUNTIME_OPTIONS = ("http_client", "sleep", "random", "clock")


def copy_arguments(
    client: Union[SyncClientBase, AsyncClientBase],
    transport: BaseTransport[Any],
    options: Mapping[str, Any],
) -> Dict[str, Any]:
    """The constructor keywords of ``client``'s copy with ``options`` changed.

    The original's settings as they were resolved (a key or base URL read from the
    environment stays, even if the environment changed since), then ``options`` over them;
    the copy shares the original's connection pool unless given an ``http_client``. Every
    value is checked by the constructor itself, as for a new client.
    """
    config = transport.config

    def invalid(message: str) -> Exception:
        return invalid_argument(config.errors, message)

    settings = client._init_settings
    if settings is None:
        raise invalid(f"{type(client).__name__} cannot be copied with with_options()")
    arguments: Dict[str, Any] = {
        "base_url": config.base_url,
        # DEFAULT_TIMEOUT itself when none was chosen, so the copy of a client over a caller's
        # http_client keeps that client's timeout too.
        "timeout": config.timeout,
        "max_retries": config.max_retries,
    }
    if config.api_key:
        arguments["api_key"] = config.api_key
    arguments.update(settings)
    allowed = sorted({*arguments, "set_default_headers", *_RUNTIME_OPTIONS})
    for name in options:
        if name not in allowed:
            raise invalid(
                f"with_options() got an unexpected keyword argument {name!r}; it takes "
                f"{', '.join(allowed)}"
            )
    if "default_headers" in options and "set_default_headers" in options:
        raise invalid(
            "with_options() takes default_headers (merged over the client's) or "
            "set_default_headers (replacing them), not both"
        )
    for name, value in options.items():
        if name in ("default_headers", "set_default_headers"):
            if value is not None and not isinstance(value, Mapping):
                raise invalid(
                    f"{name} must be a mapping of header names to str values, "
                    f"not {type(value).__name__}"
                )
            if name == "default_headers":
                value = _merged_headers(arguments.get("default_headers"), value)
            arguments["default_headers"] = value
        else:
            arguments[name] = value
    if "http_client" not in options:
        if transport._owns_client or transport._pool_owner is not None:
            arguments["http_client"] = SharedPool(transport._pool_owner or transport)
        else:
            arguments["http_client"] = transport.http_client  # the caller's, shared as given
    arguments.setdefault("sleep", getattr(transport, "_sleep", None))
    arguments.setdefault("random", transport._random)
    arguments.setdefault("clock", transport._now)
    return arguments


def _merged_headers(
    base: Optional[Mapping[str, str]], extra: Optional[Mapping[str, str]]
) -> Optional[Dict[str, str]]:
    # Header names are case-insensitive: "x-team" given to the copy replaces the original's
    # "X-Team" instead of being sent beside it.
    if extra is None:
        return None if base is None else dict(base)
    replaced = {name.lower() for name in extra if isinstance(name, str)}
    kept = {
        name: value
        for name, value in (base or {}).items()
        if not (isinstance(name, str) and name.lower() in replaced)
    }
    return {**kept, **extra}


class SyncClientBase:
    """Base of the blocking clients: ``send``, and ``close()`` / ``with`` release the
    connections.

    ``sleep``, ``random`` and ``clock`` replace ``time.sleep``, ``random.random`` and
    ``time.time`` for the retries (backoff, jitter, HTTP-date ``Retry-After``): tests pass
    their own, so no test waits for real.
    """

    _transport: SyncTransport
    base_url: str

    def __init__(
        self,
        config: ClientConfig,
        http_client: Optional[httpx.Client],
        *,
        sleep: Optional[Callable[[float], None]] = None,
        random: Optional[Callable[[], float]] = None,
        clock: Optional[Callable[[], float]] = None,
        settings: Optional[Mapping[str, Any]] = None,
    ) -> None:
        self._transport = SyncTransport(
            config,
            http_client,
            sleep=sleep or time.sleep,
            random=random or _random.random,
            now=clock or time.time,
        )
        self._transport.holder = weakref.ref(self)  # see BaseTransport._copy_closed
        self.base_url = config.base_url
        # The constructor's own keywords besides the key, base URL, timeout and retries (which
        # the configuration holds) and the runtime's (http_client, sleep, random, clock), as
        # given: what with_options() rebuilds the client from. None: not copyable.
        self._init_settings = dict(settings) if settings is not None else None

    def send(self, call: Call[T], **options: Unpack[CallOptions]) -> T:
        """Send a described call (a generated endpoint's request and parser) with this client's
        retries, timeouts, request id and error mapping; the options are the call options."""
        errors = self._transport.config.errors
        checked = request_options(options, lambda message: invalid_argument(errors, message))
        return run(self._transport, call, checked)

    def send_binary(
        self, request: RequestDescription, /, **options: Unpack[CallOptions]
    ) -> BinaryResponse:
        """Send a described request whose answer is a file (speech audio, for instance) and
        return it unread, as a :class:`~._binary.BinaryResponse` to iterate, read or write to
        a file; errors and retries as for :meth:`send`, all before the body is read."""
        errors = self._transport.config.errors
        checked = request_options(options, lambda message: invalid_argument(errors, message))
        return self._transport.send_binary(request, checked)

    def _with_options(self: S, options: Mapping[str, Any]) -> S:
        """A new client of this class built with this one's settings and ``options`` over
        them (see :class:`ClientOptions`), sharing this one's connection pool.

        The copy does not own the pool: closing it leaves this client working, and closing
        this client closes the pool (the copy's calls then raise the SDK's connection error).
        Given ``http_client``, the copy uses that instead. Options are checked as the
        constructor checks them; an unknown one is refused, naming it.
        """
        return type(self)(**copy_arguments(self, self._transport, options))

    def close(self) -> None:
        """Close the connections (unless the ``http_client`` was yours, or this client is a
        ``with_options()`` copy, whose original closes them)."""
        self._transport.close()

    def __enter__(self: S) -> S:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def __getstate__(self) -> Dict[str, Any]:
        """Pickle (and ``copy.deepcopy``) the configuration only: the copy opens its own
        connections; a client created with your own ``http_client`` refuses to pickle
        (see :mod:`._lifecycle`)."""
        return client_state(self)


class AsyncClientBase:
    """Base of the async clients: ``send``, ``await close()`` and ``async with``; ``sleep``
    (a coroutine function), ``random`` and ``clock`` as for :class:`SyncClientBase`."""

    _transport: AsyncTransport
    base_url: str

    def __init__(
        self,
        config: ClientConfig,
        http_client: Optional[httpx.AsyncClient],
        *,
        sleep: Optional[Callable[[float], Awaitable[Any]]] = None,
        random: Optional[Callable[[], float]] = None,
        clock: Optional[Callable[[], float]] = None,
        settings: Optional[Mapping[str, Any]] = None,
    ) -> None:
        self._transport = AsyncTransport(
            config,
            http_client,
            async_sleep=sleep,
            random=random or _random.random,
            now=clock or time.time,
        )
        self._transport.holder = weakref.ref(self)  # see BaseTransport._copy_closed
        self.base_url = config.base_url
        # See SyncClientBase.
        self._init_settings = dict(settings) if settings is not None else None

    async def send(self, call: Call[T], **options: Unpack[CallOptions]) -> T:
        """The async twin of :meth:`SyncClientBase.send`."""
        errors = self._transport.config.errors
        checked = request_options(options, lambda message: invalid_argument(errors, message))
        return await arun(self._transport, call, checked)

    async def send_binary(
        self, request: RequestDescription, /, **options: Unpack[CallOptions]
    ) -> AsyncBinaryResponse:
        """The async twin of :meth:`SyncClientBase.send_binary`."""
        errors = self._transport.config.errors
        checked = request_options(options, lambda message: invalid_argument(errors, message))
        return await self._transport.send_binary(request, checked)

    def _with_options(self: A, options: Mapping[str, Any]) -> A:
        """The async twin of :meth:`SyncClientBase._with_options`."""
        return type(self)(**copy_arguments(self, self._transport, options))

    async def close(self) -> None:
        """Close the connections (unless the ``http_client`` was yours, or this client is a
        ``with_options()`` copy, whose original closes them)."""
        await self._transport.aclose()

    async def __aenter__(self: A) -> A:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def __getstate__(self) -> Dict[str, Any]:
        """Pickle (and ``copy.deepcopy``) the configuration only: the copy opens its own
        connections; a client created with your own ``http_client`` refuses to pickle
        (see :mod:`._lifecycle`)."""
        return client_state(self)


class SyncResource:
    """A group of a blocking client's methods (``client.models``): sends through the client."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def send(self, call: Call[T], **options: Unpack[CallOptions]) -> T:
        """Send through the client: see :meth:`SyncClientBase.send`."""
        result: T = self._client.send(call, **options)
        return result

    def send_binary(
        self, request: RequestDescription, /, **options: Unpack[CallOptions]
    ) -> BinaryResponse:
        """Send through the client: see :meth:`SyncClientBase.send_binary`."""
        response: BinaryResponse = self._client.send_binary(request, **options)
        return response


class AsyncResource:
    """A group of an async client's methods (``client.models``): sends through the client."""

    def __init__(self, client: Any) -> None:
        self._client = client

    async def send(self, call: Call[T], **options: Unpack[CallOptions]) -> T:
        """Send through the client: see :meth:`AsyncClientBase.send`."""
        result: T = await self._client.send(call, **options)
        return result

    async def send_binary(
        self, request: RequestDescription, /, **options: Unpack[CallOptions]
    ) -> AsyncBinaryResponse:
        """Send through the client: see :meth:`AsyncClientBase.send_binary`."""
        response: AsyncBinaryResponse = await self._client.send_binary(request, **options)
        return response
