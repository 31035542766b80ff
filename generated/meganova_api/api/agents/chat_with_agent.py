# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
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

from ...models.agent_chat_request import AgentChatRequest
from ...models.agent_chat_response import AgentChatResponse


def build_request(
    agent_key: str | Secret,
    *,
    body: AgentChatRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """
    agent_key = path_secret(agent_key, "agent_key")
    check_bounds(agent_key.reveal(), "agent_key", min_length=1)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/v1/{agent_key}/chat".format(
            agent_key="{agent_key}",
        ),
        "path_secrets": {
            "agent_key": agent_key,
        },
        "idempotent": False,
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AgentChatRequest) else dict(body)

    _kwargs["headers"] = headers
    _kwargs.setdefault("headers", {})["Authorization"] = None
    return _kwargs


_SUCCESS = model_kind(lambda: AgentChatResponse)


def parse_success(data: Any) -> AgentChatResponse:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("AgentChatResponse", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    agent_key: str | Secret,
    *,
    body: AgentChatRequest | Mapping[str, Any],
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> AgentChatResponse:
    """Send a message to an agent and get its reply

    Args:
        agent_key (str):
        body (AgentChatRequest): A message for an agent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentChatResponse
    """

    request = build_request(
        agent_key=agent_key,
        body=body,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    agent_key: str | Secret,
    *,
    body: AgentChatRequest | Mapping[str, Any],
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> AgentChatResponse:
    """Send a message to an agent and get its reply

    Args:
        agent_key (str):
        body (AgentChatRequest): A message for an agent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentChatResponse
    """

    request = build_request(
        agent_key=agent_key,
        body=body,
    )
    return await client.send(Call(request, parse_success), **options)
