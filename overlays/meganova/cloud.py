"""Cloud agents deployed from Meganova Studio, under the names of Meganova's earlier SDK.

>>> from meganova.cloud import CloudAgent
>>> agent = CloudAgent("agent_...")  # or CloudAgent(api_key="agent_..."), as before
>>> agent.info().name
>>> reply = agent.chat("Hello!")
>>> conversation = agent.conversation()
>>> conversation.chat("Reset my password")
>>> if conversation.pending_tool_call:
...     conversation.confirm()  # or conversation.reject()

``ChatCompletionResponse`` is the whole reply of ``completions()`` (the SDK's
:class:`~meganova.types.ChatResponse`) and ``ChatCompletionChunk`` one event of its stream.
"""

from meganova.generated.models import (
    AgentChatResponse,
    AgentInfo,
    ChatCompletionChunk,
    PendingToolCall,
)
from meganova.generated.models import ChatResponse as ChatCompletionResponse

from ._agents import AsyncCloudAgent, AsyncConversation, CloudAgent, Conversation

__all__ = [
    "AgentChatResponse",
    "AgentInfo",
    "AsyncCloudAgent",
    "AsyncConversation",
    "ChatCompletionChunk",
    "ChatCompletionResponse",
    "CloudAgent",
    "Conversation",
    "PendingToolCall",
]
