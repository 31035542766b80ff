"""Anthropic's Messages API through Zaguan CoreX: messages, a stream and its collector, token
counts, and a message batch from creation to results; blocking and async. Run it with
ZAGUAN_BASE_URL and ZAGUAN_API_KEY set (``make demo`` points them at the local gateway)."""

from __future__ import annotations

import asyncio
from typing import List

from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan.models import (
    AnthropicBatchErroredResult,
    AnthropicBatchSucceededResult,
    AnthropicContentBlockDeltaEvent,
    AnthropicMessageParam,
    AnthropicTextBlock,
    AnthropicTextDelta,
    AnthropicToolParam,
    AnthropicToolUseBlock,
)

MODEL = "anthropic/claude-sonnet-4-5-20250929"
ASK: List[AnthropicMessageParam] = [{"role": "user", "content": "What is the weather in Paris?"}]


def main() -> None:
    """Every Messages method once, blocking, then the async client."""
    with ZaguanClient() as client:
        print("== Zaguan CoreX, Anthropic's Messages API")
        message = client.messages(model=MODEL, max_tokens=256, messages=ASK, system="Be brief.")
        block = message.content[0]
        text = block.text if isinstance(block, AnthropicTextBlock) else ""
        print(f"message: {text!r}, stop {message.stop_reason}, {message.usage.output_tokens} out")

        tools: List[AnthropicToolParam] = [
            {"name": "get_weather", "input_schema": {"type": "object"}}
        ]
        called = client.messages(
            model="tool-echo",  # the local gateway's tool-calling model
            max_tokens=1024,
            messages=ASK,
            tools=tools,
            thinking={"type": "enabled", "budget_tokens": 1024},
        )
        for block in called.content:
            if isinstance(block, AnthropicToolUseBlock):
                print(f"tool call: {block.name}({block.input})")

        print("stream: ", end="", flush=True)
        with client.messages_stream(model=MODEL, max_tokens=256, messages=ASK) as stream:
            for event in stream:
                if isinstance(event, AnthropicContentBlockDeltaEvent) and isinstance(
                    event.delta, AnthropicTextDelta
                ):
                    print(event.delta.text, end="", flush=True)
            final = stream.get_final_message()
        print(f"\ncollected: {len(final.content)} block(s), usage {final.usage.output_tokens} out")

        counted = client.count_tokens(model=MODEL, messages=ASK, system="Be brief.")
        print(f"count_tokens: {counted.input_tokens} input tokens")

        batch = client.create_messages_batch(
            [
                {
                    "custom_id": "paris",
                    "params": {"model": MODEL, "max_tokens": 64, "messages": ASK},
                },
                {
                    "custom_id": "typo",
                    "params": {"model": "no-such-model", "max_tokens": 64, "messages": ASK},
                },
            ]
        )
        print(f"batch {batch.id}: {batch.processing_status}")
        batch = client.get_messages_batch(batch.id)
        print(f"batch {batch.id}: {batch.processing_status}, {batch.request_counts.to_dict()}")
        with client.get_messages_batch_results(batch.id) as results:  # line by line
            for line in results:
                if isinstance(line.result, AnthropicBatchSucceededResult):
                    print(f"  {line.custom_id}: {line.result.message.content[0]['text']!r}")
                elif isinstance(line.result, AnthropicBatchErroredResult):
                    print(f"  {line.custom_id}: {line.result.error.error.type}")
        print(f"batches listed: {sum(1 for _ in client.iter_messages_batches(limit=2))}")
        canceled = client.cancel_messages_batch(
            client.create_messages_batch(
                [
                    {
                        "custom_id": "late",
                        "params": {"model": MODEL, "max_tokens": 8, "messages": ASK},
                    }
                ]
            ).id
        )
        print(f"canceled batch: {canceled.processing_status}")
    asyncio.run(amain())


async def amain() -> None:
    """The same calls on the async client: await, async for, async with."""
    async with AsyncZaguanClient() as client:
        message = await client.messages(model=MODEL, max_tokens=64, messages=ASK)
        print(f"async message: {message.content[0]['text']!r}")
        async with client.messages_stream(model=MODEL, max_tokens=64, messages=ASK) as stream:
            kinds = [event.type async for event in stream]
            final = await stream.get_final_message()
        print(f"async stream: {len(kinds)} events, {final.usage.output_tokens} tokens out")
        newest = [batch.id async for batch in client.iter_messages_batches(limit=1)][:1]
        async for line in client.get_messages_batch_results(newest[0]):
            print(f"async results of {newest[0]}: {line.custom_id} {line.result.type}")


if __name__ == "__main__":
    main()
