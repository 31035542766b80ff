# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from meganova._runtime import Call

from ...types import (
    check_bounds,
    model_kind,
    path_secret,
)

if TYPE_CHECKING:
    from meganova._runtime import CallOptions, Secret
    from typing_extensions import Unpack

    from ...client import AsyncSender, SyncSender

from ...models.agent_info import AgentInfo


def build_request(
    agent_key: str | Secret,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """
    agent_key = path_secret(agent_key, "agent_key")
    check_bounds(agent_key.reveal(), "agent_key", min_length=1)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/v1/{agent_key}/info".format(
            agent_key="{agent_key}",
        ),
        "path_secrets": {
            "agent_key": agent_key,
        },
    }

    _kwargs.setdefault("headers", {})["Authorization"] = None
    return _kwargs


_SUCCESS = model_kind(lambda: AgentInfo)


def parse_success(data: Any) -> AgentInfo:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("AgentInfo", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    agent_key: str | Secret,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> AgentInfo:
    """Public information about an agent

    Args:
        agent_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentInfo
    """

    request = build_request(
        agent_key=agent_key,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    agent_key: str | Secret,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> AgentInfo:
    """Public information about an agent

    Args:
        agent_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentInfo
    """

    request = build_request(
        agent_key=agent_key,
    )
    return await client.send(Call(request, parse_success), **options)
