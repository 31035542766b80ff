"""A tour of the Zaguan CoreX SDK: run it with ZAGUAN_BASE_URL and ZAGUAN_API_KEY set
(``make demo`` points them at the local gateway)."""

from __future__ import annotations

from typing import List

from zaguan import Usage, ZaguanClient, collect_stream, decode_embedding, errors
from zaguan.models import AnthropicMessageParam


def main() -> None:
    """Chat, stream, Anthropic messages, models, capabilities, credits, media, an error
    handled, a retried call."""
    with ZaguanClient() as client:
        print(f"== Zaguan CoreX at {client.base_url}")
        health = client.health_check()
        print(f"health: {health.status}")

        reply = client.chat(
            model="openai/gpt-4o-mini",
            messages=[{"role": "user", "content": "Hello from the Zaguan SDK"}],
            reasoning_effort="low",
            provider_specific_params={"openai": {"user_tier": "demo"}},
        )
        usage = reply.usage
        print(f"chat: {reply.choices[0].message.content!r} (request {reply.request_id})")
        if isinstance(usage, Usage):  # a gateway may leave usage out
            print(
                f"usage: {usage.prompt_tokens} + {usage.completion_tokens} = {usage.total_tokens}"
            )

        print("stream: ", end="", flush=True)
        request = {
            "model": "anthropic/claude-sonnet-4-5-20250929",
            "messages": [{"role": "user", "content": "tokens arrive one by one as they are made"}],
            "stream_options": {"include_usage": True},
        }
        with client.chat_stream(request) as stream:
            for chunk in stream:
                for choice in chunk.choices:
                    content = choice.delta.content if choice.delta else None
                    if isinstance(content, str):
                        print(content, end="", flush=True)
        print()

        whole = collect_stream(client.chat_stream(request))
        print(
            f"collected stream: {whole.choices[0].message.content!r}, finish {whole.choices[0].finish_reason}"
        )

        # Anthropic's Messages API (examples/zaguan_messages.py shows every method).
        ask: List[AnthropicMessageParam] = [{"role": "user", "content": "Hello from Messages"}]
        message = client.messages(model="echo", max_tokens=64, messages=ask)
        print(f"messages: {message.content[0]['text']!r}, {message.usage.output_tokens} tokens out")
        with client.messages_stream(model="echo", max_tokens=64, messages=ask) as events:
            kinds = {event.type for event in events}
            final = events.get_final_message()
        print(f"messages stream: {sorted(kinds)} -> {final.content[0]['text']!r}")

        models = client.list_models()
        print("models:", ", ".join(model.id for model in models))
        for capability in client.get_capabilities():
            print(
                f"  {capability.model_id}: vision={capability.supports_vision} "
                f"tools={capability.supports_tools} reasoning={capability.supports_reasoning}"
            )

        balance = client.get_credits_balance()
        print(
            f"credits: {balance.credits_remaining} left, tier {balance.tier}, bands {balance.bands}"
        )
        entries = list(client.iter_credits_history(limit=10))
        print(f"credits history: {len(entries)} entries over every page")
        stats = client.get_credits_stats(period="month")
        print(f"credits this {stats.period}: {stats.total_credits_used} used")

        vectors = client.create_embeddings(model="openai/text-embedding-3-small", input=["hi"])
        print(f"embedding: {len(decode_embedding(vectors.data[0]))} dimensions")
        verdict = client.create_moderation(input="a friendly hello")
        print(f"moderation: flagged={verdict.results[0].flagged}")
        transcript = client.create_transcription(("hello.mp3", b"ID3" * 100), model="whisper-1")
        print(f"transcription: {transcript.text!r}")
        with client.create_speech(model="tts-1", input="Hello", voice="alloy") as speech:
            audio = speech.read()
        print(f"speech: {len(audio)} bytes of {speech.content_type}")

        try:
            client.chat(model="fault-band-denied", messages=[{"role": "user", "content": "hi"}])
        except errors.BandAccessDeniedError as exc:
            print(
                f"error handled: {type(exc).__name__}: band {exc.band} needs tier {exc.required_tier}"
            )

        retried = client.chat(
            model="openai/gpt-4o-mini",
            messages=[{"role": "user", "content": "worth retrying"}],
            extra_headers={"X-Gateway-Fault": "fail-then-succeed:1:503"},
        )
        print(f"after one retried 503: {retried.choices[0].message.content!r}")


if __name__ == "__main__":
    main()
