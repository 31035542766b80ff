"""Clients across processes: pickling carries the configuration, never the connections, and a
client used in a child after ``os.fork()`` opens its own connection pool.

- **Pickle** (and ``copy.deepcopy``): a transport pickles as its :class:`ClientConfig` (the
  base URL, the key, timeouts, retries, headers, routes; the SDK's error table by reference)
  and the injected ``sleep``/``random``/``clock``; unpickling builds a new transport with a
  new httpx client, so the copy opens its own connections. A client built with a caller's
  ``http_client`` refuses to pickle, with the SDK's ``InvalidArgumentError`` (a ``TypeError``,
  which is what pickle users expect): an httpx client is the caller's (proxies, certificates,
  mounts, event hooks) and cannot be rebuilt faithfully from configuration.
- **Fork**: every transport remembers the process that built it. The first request in another
  process (a child of ``os.fork()``: multiprocessing's ``fork`` start method, gunicorn's
  preloaded workers, Celery's prefork pool) replaces the inherited httpx client with a new one
  before sending, and leaves the inherited one alone (closing it could touch connections the
  parent still uses). A client built with a caller's ``http_client`` cannot be replaced: used
  in a child, it raises the SDK's connection error, saying to create the client there.

Nothing here runs on the request path besides :func:`reopen_if_forked`'s pid comparison.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import random as _random
import sys
import threading
import time
import types
from typing import TYPE_CHECKING, Any, Callable, Dict, Optional, Tuple

import httpx

from ._errors import invalid_argument
from ._options import DEFAULT_TIMEOUT, ClientConfig

if TYPE_CHECKING:
    from ._transport import BaseTransport

__all__ = [
    "client_state",
    "config_from_state",
    "config_state",
    "reduce_transport",
    "reopen_if_forked",
    "twin_arguments",
]

_DEFAULT = "<default>"
_lock = threading.Lock()


def _reset_lock() -> None:  # pragma: no cover - runs in a forked child
    global _lock
    _lock = threading.Lock()  # a lock held by another thread at fork time stays held forever


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_lock)


class _GlobalRef:
    """Pickles as a reference to a module-level object (``module.name``), not by value."""

    __slots__ = ("module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name

    def __reduce__(self) -> Tuple[Any, ...]:
        return _load_global, (self.module, self.name)


def _load_global(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


class _ModuleRef:
    """Pickles as ``importlib.import_module(name)``: a module attribute of a client."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __reduce__(self) -> Tuple[Any, ...]:
        return importlib.import_module, (self.name,)


_found_globals: Dict[int, Tuple[str, str]] = {}


def _global_name(value: object, hint: str) -> Optional[Tuple[str, str]]:
    """Where a module-level object lives (the SDK's error table, ``zaguan.errors.ERROR_TABLE``),
    looking in the modules named after ``hint`` (the SDK's name) first; None if nowhere."""
    found = _found_globals.get(id(value))
    if found is not None:
        return found
    modules = sorted(
        ((name, module) for name, module in list(sys.modules.items()) if module is not None),
        key=lambda item: (not item[0].startswith(hint), item[0]),
    )
    for module_name, module in modules:
        try:
            names = vars(module)
        except TypeError:  # pragma: no cover - an odd object in sys.modules
            continue
        for name, candidate in list(names.items()):
            if candidate is value:
                _found_globals[id(value)] = (module_name, name)
                return module_name, name
    return None


def config_state(config: ClientConfig) -> Dict[str, Any]:
    """A picklable copy of a :class:`ClientConfig`'s fields (read-only mappings as dicts, the
    default timeout as a marker, the error factory by reference when it is a module global)."""
    state: Dict[str, Any] = {}
    for field in dataclasses.fields(config):
        value = getattr(config, field.name)
        if isinstance(value, types.MappingProxyType):
            value = dict(value)
        state[field.name] = value
    if config.timeout is DEFAULT_TIMEOUT:
        state["timeout"] = _DEFAULT
    where = _global_name(config.errors, config.logger_name)
    if where is not None:
        state["errors"] = _GlobalRef(*where)
    return state


def config_from_state(state: Dict[str, Any]) -> ClientConfig:
    """The :class:`ClientConfig` that :func:`config_state` described (checked again)."""
    fields = dict(state)
    if fields.get("timeout") == _DEFAULT:
        fields["timeout"] = DEFAULT_TIMEOUT
    return ClientConfig(**fields)


def _default_or(value: Any, default: Any) -> Any:
    return None if value is default else value


def reduce_transport(transport: BaseTransport[Any]) -> Tuple[Any, ...]:
    """``__reduce__`` of a transport: rebuilt from its configuration with a new httpx client.

    Raises the SDK's ``InvalidArgumentError`` (a ``TypeError``) for a transport over a
    caller's ``http_client``.
    """
    config = transport.config
    # A with_options() copy of an SDK-made pool pickles like its owner: its configuration
    # rebuilds it, with a pool of its own.
    if not transport._owns_client and transport._pool_owner is None:
        raise invalid_argument(
            config.errors,
            f"This {config.logger_name} client cannot be pickled: it was created with your own "
            "http_client, which holds connections and settings of yours that cannot be rebuilt "
            "in another process. Pickle a client created without http_client (it carries only "
            "its configuration), or create the client in the other process.",
        )
    sleep = _default_or(getattr(transport, "_sleep", None), time.sleep)
    random = _default_or(transport._random, _random.random)
    now = _default_or(transport._now, time.time)
    return _restore_transport, (type(transport), config_state(config), sleep, random, now)


def _restore_transport(
    cls: type,
    state: Dict[str, Any],
    sleep: Optional[Callable[..., Any]],
    random: Optional[Callable[[], float]],
    now: Optional[Callable[[], float]],
) -> Any:
    from ._transport import AsyncTransport

    config = config_from_state(state)
    kwargs: Dict[str, Any] = {"random": random or _random.random, "now": now or time.time}
    if issubclass(cls, AsyncTransport):
        kwargs["async_sleep"] = sleep
    else:
        kwargs["sleep"] = sleep or time.sleep
    return cls(config, None, **kwargs)


def client_state(client: object) -> Dict[str, Any]:
    """``__getstate__`` of a client: its attributes, modules by name (the transport pickles
    itself through :func:`reduce_transport`)."""
    state = dict(vars(client))
    for name, value in state.items():
        if isinstance(value, types.ModuleType):
            state[name] = _ModuleRef(value.__name__)
    return state


def reopen_if_forked(transport: BaseTransport[Any], request_id: str) -> None:
    """Before a request: in a process other than the one that built the transport, replace the
    inherited httpx client (whose pooled connections are the parent's) with a new one."""
    if transport._pid == os.getpid():
        return
    with _lock:
        owner = transport._pool_owner
        if owner is not None:
            # A with_options() copy: the owner opens the new pool and the copy shares it, as
            # it shared the parent's.
            _reopen(owner, request_id)
            transport._client = owner._client
            transport._pid = os.getpid()
        else:
            _reopen(transport, request_id)


def _reopen(transport: BaseTransport[Any], request_id: str) -> None:
    """:func:`reopen_if_forked`'s work, with the lock held."""
    if transport._pid == os.getpid():
        return
    client = transport._client
    if client.is_closed:
        pass  # closed before the fork: the call raises the usual "client is closed" error
    elif not transport._owns_client:
        raise transport._errors.connection_error(
            "This client was created with your own http_client in another process (before "
            "os.fork()): its connections belong to that process. Create the client (and "
            "its http_client) in this process.",
            request_id,
        )
    else:
        transport._client = _new_http_client(transport.config, type(client))
    transport._pid = os.getpid()


def _new_http_client(config: ClientConfig, kind: type) -> Any:
    """An httpx client like the one a transport creates when given none."""
    from ._transport import _defaults

    if issubclass(kind, httpx.AsyncClient):
        return httpx.AsyncClient(timeout=config.http_timeout, headers=_defaults(config))
    return httpx.Client(timeout=config.http_timeout, headers=_defaults(config))


def twin_arguments(config: ClientConfig) -> Dict[str, Any]:
    """The constructor keywords (``api_key``, ``base_url``, ``timeout``, ``max_retries``,
    ``default_headers``) that give a client of either kind (blocking or async) of the same SDK
    this configuration; the User-Agent, region and SDK headers travel in ``default_headers``."""
    return {
        "api_key": config.api_key or None,
        "base_url": config.base_url,
        "timeout": config.timeout if config.timeout_given else DEFAULT_TIMEOUT,
        "max_retries": config.max_retries,
        "default_headers": dict(config.default_headers),
    }
