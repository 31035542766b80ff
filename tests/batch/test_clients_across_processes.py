"""Clients of both SDKs, blocking and async, pickled (configuration only) and used after
os.fork() (a child never shares its parent's connection pool); against the local gateway."""

from __future__ import annotations

import asyncio
import copy
import json
import os
import pickle
from typing import Any, Callable, Dict

import httpx
import pytest

from local_gateway import Gateway
from meganova import AsyncMegaNova, MegaNova
from meganova.errors import APIConnectionError as MeganovaConnectionError
from meganova.errors import InvalidArgumentError as MeganovaInvalidArgument
from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan.errors import APIConnectionError as ZaguanConnectionError
from zaguan.errors import InvalidArgumentError as ZaguanInvalidArgument

MESSAGES: Any = [{"role": "user", "content": "ping"}]


def make(kind: str, gateway: Gateway, **kwargs: Any) -> Any:
    if kind == "zaguan":
        return ZaguanClient(base_url=gateway.zaguan_url, api_key=gateway.api_key, **kwargs)
    if kind == "async-zaguan":
        return AsyncZaguanClient(base_url=gateway.zaguan_url, api_key=gateway.api_key, **kwargs)
    if kind == "meganova":
        return MegaNova(api_key=gateway.api_key, base_url=gateway.meganova_url, **kwargs)
    return AsyncMegaNova(api_key=gateway.api_key, base_url=gateway.meganova_url, **kwargs)


def chat(client: Any) -> str:
    """One chat call through any of the four clients; the reply's text."""
    if isinstance(client, ZaguanClient):
        return str(client.chat(model="echo", messages=MESSAGES).choices[0].message.content)
    if isinstance(client, MegaNova):
        reply = client.chat.create(model="manta-flash", messages=MESSAGES)
        return str(reply.choices[0].message.content)

    async def call() -> str:
        if isinstance(client, AsyncZaguanClient):
            reply = await client.chat(model="echo", messages=MESSAGES)
        else:
            reply = await client.chat.create(model="manta-flash", messages=MESSAGES)
        return str(reply.choices[0].message.content)

    return asyncio.run(call())


def pooled(client: Any) -> list[Any]:
    """The connections in the client's httpx pool."""
    return list(client._transport.http_client._transport._pool.connections)


KINDS = ["zaguan", "async-zaguan", "meganova", "async-meganova"]


@pytest.mark.parametrize("kind", KINDS)
def test_an_unpickled_client_calls_through_its_own_connections(kind: str, gateway: Gateway) -> None:
    client = make(kind, gateway)
    copied = pickle.loads(pickle.dumps(client))
    assert type(copied) is type(client)
    assert copied._transport.http_client is not client._transport.http_client
    assert chat(copied) == "ping"


@pytest.mark.parametrize("kind", KINDS)
def test_an_unpickled_client_keeps_its_configuration(kind: str, gateway: Gateway) -> None:
    client = make(kind, gateway, max_retries=5, timeout=12.5, default_headers={"X-Team": "a"})
    copied = pickle.loads(pickle.dumps(client))
    assert copied._transport.config == client._transport.config
    assert copied._transport.http_client.headers["x-team"] == "a"


def test_an_unpickled_meganova_client_resources_share_its_one_transport(gateway: Gateway) -> None:
    copied = pickle.loads(pickle.dumps(make("meganova", gateway, region="eu")))
    assert copied.chat._transport is copied._transport
    assert copied.models._client is copied
    assert copied._transport.config.default_headers["X-MN-Region"] == "eu"


def test_a_deep_copy_of_a_client_opens_its_own_connections(gateway: Gateway) -> None:
    client = make("zaguan", gateway)
    copied = copy.deepcopy(client)
    assert copied._transport.http_client is not client._transport.http_client
    assert chat(copied) == "ping"


def _fixed_clock() -> float:
    return 1_700_000_000.0


def test_an_injected_clock_travels_with_the_pickle(gateway: Gateway) -> None:
    copied = pickle.loads(pickle.dumps(make("zaguan", gateway, clock=_fixed_clock)))
    assert copied._transport._now is _fixed_clock


@pytest.mark.parametrize(
    ("kind", "own", "error"),
    [
        ("zaguan", httpx.Client, ZaguanInvalidArgument),
        ("async-meganova", httpx.AsyncClient, MeganovaInvalidArgument),
    ],
)
def test_a_client_with_your_own_http_client_refuses_to_pickle(
    kind: str, own: Callable[[], Any], error: type, gateway: Gateway
) -> None:
    client = make(kind, gateway, http_client=own())
    with pytest.raises(error, match="cannot be pickled: it was created with your own http_client"):
        pickle.dumps(client)
    with pytest.raises(TypeError):  # what pickle users catch
        pickle.dumps(client)


fork_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork() is POSIX only")


def in_child(work: Callable[[], Dict[str, Any]]) -> Dict[str, Any]:
    """Run ``work`` in a forked child; what it returned (or the error it raised)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report, then leave without running the parent's cleanup
        status = 0
        try:
            try:
                outcome = work()
            except Exception as exc:
                outcome = {"error": type(exc).__name__, "message": str(exc)}
            os.write(write_end, json.dumps(outcome).encode())
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    data = b""
    while chunk := os.read(read_end, 65536):
        data += chunk
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    assert status == 0
    result: Dict[str, Any] = json.loads(data)
    return result


@fork_only
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # 3.12+: fork with threads running
@pytest.mark.parametrize("kind", KINDS)
def test_a_forked_child_calls_through_its_own_pool_and_the_parent_keeps_its_own(
    kind: str, gateway: Gateway
) -> None:
    client = make(kind, gateway)
    assert chat(client) == "ping"  # the parent's pool now holds a connection
    parents_http_client = client._transport.http_client
    parents_connections = pooled(client)
    assert len(parents_connections) == 1

    def child() -> Dict[str, Any]:
        text = chat(client)
        return {"text": text, "new_pool": client._transport.http_client is not parents_http_client}

    assert in_child(child) == {"text": "ping", "new_pool": True}
    assert client._transport.http_client is parents_http_client
    if not kind.startswith("async"):  # an async pool's connections belong to their loop
        assert chat(client) == "ping"
        assert pooled(client) == parents_connections  # the same connection, reused


@fork_only
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize(
    ("kind", "error"),
    [("zaguan", ZaguanConnectionError), ("meganova", MeganovaConnectionError)],
)
def test_a_forked_child_refuses_a_client_over_your_own_http_client(
    kind: str, error: type[Exception], gateway: Gateway
) -> None:
    with httpx.Client() as own:
        client = make(kind, gateway, http_client=own)

        def child() -> Dict[str, Any]:
            try:
                chat(client)
            except error as exc:
                return {
                    "refused": "Create the client (and its http_client) in this process" in str(exc)
                }
            return {"refused": False}

        assert in_child(child) == {"refused": True}
        assert chat(client) == "ping"  # the parent's own client still works


def test_an_unpickled_client_left_at_the_default_timeout_still_has_it(gateway: Gateway) -> None:
    copied = pickle.loads(pickle.dumps(make("meganova", gateway)))
    assert copied._transport.config.timeout_given is False
