"""A tour of the Meganova SDK: run it with MEGANOVA_BASE_URL and MEGANOVA_API_KEY set, and
MEGANOVA_CLOUD_BASE_URL for the cloud agents (``make demo`` points them at the local gateway,
whose agent keys start with ``agent_``)."""

from __future__ import annotations

from meganova import MegaNova, MeganovaError
from meganova.cloud import CloudAgent
from meganova.errors import AuthenticationError, RateLimitError

DEMO_AGENT_KEY = "agent_demo-0001"


def videos_catalogue_and_agents(client: MegaNova) -> None:
    """Video generation, the serverless catalogue and a cloud agent with a tool approval."""
    video_models = client.videos.list_models()
    job = client.videos.generate(model_name=video_models[0], prompt="a red fox at dawn")
    print(f"video: {job.status} ({job.message}) {job.data}")

    page = client.serverless.list_models("text_generation", model_family=["Manta", "OpenAI"])
    print(f"catalogue: {page.count} models, {[m.model_name for m in page.models]}")

    with CloudAgent(DEMO_AGENT_KEY) as agent:  # the key is a secret: repr shows no part of it
        print(f"agent: {agent.info().name} says {agent.info().welcome_message!r} ({agent!r})")
        conversation = agent.conversation()
        conversation.chat("Hello there")
        reply = conversation.chat("I forgot my password")
        if conversation.pending_tool_call:
            print(f"agent asks: {reply.response} -> {conversation.pending_tool_call.tool_name}")
            print(f"approved: {conversation.confirm().response}")
        streamed = agent.completions([{"role": "user", "content": "streamed words"}], stream=True)
        with streamed:
            text = "".join(c.choices[0].delta.content or "" for c in streamed if c.choices)
        print(f"agent stream: {text!r}")


def main() -> None:
    """Chat, stream, models, usage, billing, errors handled and a retried call."""
    with MegaNova(region="eu-west", user_agent_extra="meganova-demo/1.0") as client:
        print(f"== Meganova at {client.base_url}")
        resp = client.chat.create(
            messages=[{"role": "user", "content": "Hi Luna, how are you?"}],
            model="manta-flash",
            temperature=0.9,
            max_tokens=64,
            session_id="sess_123",
        )
        print(f"chat: {resp.choices[0].message['content']!r} (request {resp.request_id})")

        print("stream: ", end="", flush=True)
        for chunk in client.chat.stream(
            messages=[{"role": "user", "content": "Tell me about Neon Harbor tonight."}],
            model="manta-flash",
            stream_options={"include_usage": True},
        ):
            print(chunk.delta, end="", flush=True)
            if chunk.done and chunk.usage:
                print(f"\n  ({chunk.usage.total_tokens} tokens)", end="")
        print()

        for model in client.models.list():
            print(f"model: {model.id} {model.modalities} context {model.context_length}")
        one = client.models.get("meganova-ai/manta-flash-1.0")
        print(f"get model with a slash in its id: {one.id}")

        summary = client.usage.summary(
            from_="2025-06-01T00:00:00Z", to="2025-06-30T23:59:59Z", group_by="user"
        )
        print(f"usage: {summary.total_requests} requests, {summary.total_tokens} tokens")
        balance = client.billing.get_balance()
        print(f"balance: {balance.balance} {balance.currency} ({balance.status})")
        ranked = client.rerank.create("fox", ["a dog", "a red fox"], model="bge-reranker-v2-m3")
        print(f"rerank: best is document {ranked.results[0].index}")
        vectors = client.embeddings.create("hello", model="BAAI/bge-m3")
        print(f"embedding: {len(vectors.data[0].embedding)} dimensions")

        try:
            client.chat.create(
                messages=[{"role": "user", "content": "hi"}],
                model="manta-flash",
                max_retries=0,
                extra_headers={"X-Gateway-Fault": "rate-limit:1"},
            )
        except RateLimitError as exc:
            print(
                f"error handled: RateLimitError, retry after {exc.retry_after}s (request {exc.request_id})"
            )

        retried = client.chat.create(
            messages=[{"role": "user", "content": "worth retrying"}],
            model="manta-flash",
            extra_headers={"X-Gateway-Fault": "fail-then-succeed:1:503"},
        )
        print(f"after one retried 503: {retried.choices[0].message['content']!r}")

        videos_catalogue_and_agents(client)

    try:
        MegaNova(api_key="sk-wrong-key-for-the-demo").billing.get_balance()
    except AuthenticationError as exc:
        print(f"error handled: {type(exc).__name__} {exc.status}: {exc.message}")
    except MeganovaError as exc:  # pragma: no cover - shows the catch-all
        print(f"unexpected: {exc}")


if __name__ == "__main__":
    main()
