"""What every SDK client does the same way: sending a described call, closing, ``with``, repr.

``send`` is what the generated endpoint functions and the generated facade methods call, so
every call of an SDK, whatever a user imported, runs through one transport.
"""

from __future__ import annotations

import random as _random
import time
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
    TypeVar,
)

import httpx

from ._calls import Call, arun, env_setting, request_options, run
from ._errors import ErrorFactory, invalid_argument
from ._lifecycle import client_state
from ._options import ClientConfig, TimeoutTypes, api_base_url
from ._transport import AsyncTransport, RequestDescription, SyncTransport

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._binary import AsyncBinaryResponse, BinaryResponse
    from ._calls import CallOptions

__all__ = [
    "AsyncClientBase",
    "AsyncResource",
    "SdkSettings",
    "SyncClientBase",
    "SyncResource",
    "client_config",
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
    ) -> None:
        self._transport = SyncTransport(
            config,
            http_client,
            sleep=sleep or time.sleep,
            random=random or _random.random,
            now=clock or time.time,
        )
        self.base_url = config.base_url

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

    def close(self) -> None:
        """Close the connections (unless the ``http_client`` was yours)."""
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
    ) -> None:
        self._transport = AsyncTransport(
            config,
            http_client,
            async_sleep=sleep,
            random=random or _random.random,
            now=clock or time.time,
        )
        self.base_url = config.base_url

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

    async def close(self) -> None:
        """Close the connections (unless the ``http_client`` was yours)."""
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
