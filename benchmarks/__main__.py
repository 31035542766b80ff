"""Benchmarks of both SDKs against raw httpx doing the same calls, in one run.

The local gateway runs in its own process so that it does not share the GIL with the client
being measured. Each case runs in interleaved rounds (raw, SDK, raw, SDK, ...) and reports the
median time per operation; figures are ratios to raw httpx measured in the same run, because
the machine is shared and absolute times drift.

The cases, with the targets decided in issue 10: a non-streaming chat call; a 1000-chunk stream
read as typed chunks; importing each SDK; an async batch of 100 concurrent chat calls on one
client; and a chat call carrying 1,000 messages (and 50,000, reported without a target). The
large requests go to a server of their own (``benchmarks/_sink.py``), since the gateway checks
each message against the spec, which would hide the client's cost.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any, Awaitable, Callable, Dict, List, Optional, Tuple

import httpx

from meganova import AsyncMegaNova, MegaNova
from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan.generated.params import ChatMessageParam

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEY = "sk-bench"
MESSAGES: List[ChatMessageParam] = [
    {"role": "user", "content": "benchmark the round trip of one chat call"}
]
#: Each case's target, as a ratio to raw httpx (None: reported, no target).
TARGETS: Dict[str, Optional[float]] = {
    "chat": 1.10,
    "stream": 1.25,
    "import": 1.30,
    "batch": 1.05,
    "messages-1000": 1.50,
    "messages-50000": None,
}
CASES = ("chat", "stream", "import", "batch", "messages")
BATCH = 100

Case = Callable[[], None]
Figures = Dict[str, Tuple[float, float]]  # case -> (median seconds per op, ratio to raw)


def _start(module: str, *args: str) -> Tuple[subprocess.Popen[str], Dict[str, str]]:
    """Start ``python -m module`` and read the ``name URL`` lines it prints first."""
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args, "--time-limit", "900"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    return process, _read_urls(process, module)


def _read_urls(process: subprocess.Popen[str], module: str) -> Dict[str, str]:
    urls: Dict[str, str] = {}
    assert process.stdout is not None
    wanted = {"local_gateway": 2, "benchmarks._sink": 1}[module]
    while len(urls) < wanted:
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"{module} exited before printing its URLs")
        parts = line.split()
        if len(parts) >= 2 and parts[1].startswith("http"):
            urls[parts[0]] = parts[1]
    return urls


def measure(cases: Dict[str, Case], rounds: int, per_round: int) -> Figures:
    """Per case: the median time per operation, and the median over rounds of its ratio to
    the raw httpx case on the same API in the same round (rounds interleave the cases, so a
    ratio compares runs made moments apart and slow drift of the shared machine cancels)."""
    samples: Dict[str, List[float]] = {name: [] for name in cases}
    for case in cases.values():  # warm up connections and caches
        for _ in range(per_round):
            case()
    order = list(cases.items())
    for _ in range(rounds):
        order.reverse()  # alternate the order, so that no case always runs first or last
        for name, case in order:
            start = time.perf_counter()
            for _ in range(per_round):
                case()
            samples[name].append((time.perf_counter() - start) / per_round)
    figures: Figures = {}
    for name, values in samples.items():
        raw = samples["raw httpx " + name.split()[-1]]
        ratios = [value / base for value, base in zip(values, raw)]
        figures[name] = (statistics.median(values), statistics.median(ratios))
    return figures


def chat_cases(
    stack: contextlib.ExitStack,
    zaguan_url: str,
    meganova_url: str,
    messages: List[ChatMessageParam] = MESSAGES,
) -> Dict[str, Case]:
    """A non-streaming chat call carrying ``messages`` on each API, raw and through its SDK
    (``meganova_url`` ends in ``/v1``, ``zaguan_url`` does not)."""
    raw = stack.enter_context(httpx.Client(headers={"Authorization": f"Bearer {KEY}"}))
    mega = stack.enter_context(MegaNova(api_key=KEY, base_url=meganova_url))
    zag = stack.enter_context(ZaguanClient(base_url=zaguan_url, api_key=KEY))

    def raw_call(url: str, model: str) -> Case:
        body = {"model": model, "messages": messages}

        def call() -> None:
            response = raw.post(url, json=body)
            response.raise_for_status()
            assert response.json()["choices"][0]["message"]["content"]

        return call

    def meganova_call() -> None:
        assert mega.chat.create(messages=messages, model="manta-flash").choices[0].message.content

    def zaguan_call() -> None:
        assert zag.chat(model="echo", messages=messages).choices[0].message.content

    return {
        "raw httpx meganova": raw_call(f"{meganova_url}/chat/completions", "manta-flash"),
        "sdk meganova": meganova_call,
        "raw httpx zaguan": raw_call(f"{zaguan_url}/v1/chat/completions", "echo"),
        "sdk zaguan": zaguan_call,
    }


def stream_cases(
    stack: contextlib.ExitStack, zaguan_url: str, meganova_url: str, chunks: int
) -> Dict[str, Case]:
    """A stream of ``chunks`` chunks read to the end for its text: raw (iter_lines and
    json.loads) and as each SDK's typed chunks."""
    fault = {"X-Gateway-Fault": f"chunks:{chunks}"}
    raw = stack.enter_context(httpx.Client(headers={"Authorization": f"Bearer {KEY}", **fault}))
    mega = stack.enter_context(MegaNova(api_key=KEY, base_url=meganova_url, default_headers=fault))
    zag = stack.enter_context(ZaguanClient(base_url=zaguan_url, api_key=KEY, default_headers=fault))

    def raw_stream(url: str, model: str) -> Case:
        body = {"model": model, "messages": MESSAGES, "stream": True}

        def read() -> None:
            text: List[str] = []
            with raw.stream("POST", url, json=body) as response:
                for line in response.iter_lines():
                    if line.startswith("data: ") and line != "data: [DONE]":
                        choices = json.loads(line[6:])["choices"]
                        text.extend(choice["delta"].get("content") or "" for choice in choices)
            assert len(text) >= chunks

        return read

    def meganova_stream() -> None:
        text = [chunk.delta for chunk in mega.chat.stream(messages=MESSAGES, model="manta-flash")]
        assert len(text) >= chunks

    def zaguan_stream() -> None:
        text: List[str] = []
        for chunk in zag.chat_stream(model="echo", messages=MESSAGES):
            for choice in chunk.choices:
                content = choice.delta.content
                text.append(content if isinstance(content, str) else "")
        assert len(text) >= chunks

    return {
        "raw httpx meganova": raw_stream(f"{meganova_url}/chat/completions", "manta-flash"),
        "sdk meganova": meganova_stream,
        "raw httpx zaguan": raw_stream(f"{zaguan_url}/v1/chat/completions", "echo"),
        "sdk zaguan": zaguan_stream,
    }


def batch_cases(
    stack: contextlib.ExitStack, zaguan_url: str, meganova_url: str, size: int
) -> Dict[str, Case]:
    """``size`` concurrent chat calls on one async client, awaited together: raw
    ``httpx.AsyncClient`` with ``asyncio.gather``, and each SDK's async client the same way.

    Every case runs on one event loop, which the clients' connections stay bound to."""
    loop = asyncio.new_event_loop()
    stack.callback(loop.close)
    raw = httpx.AsyncClient(headers={"Authorization": f"Bearer {KEY}"})
    mega = AsyncMegaNova(api_key=KEY, base_url=meganova_url)
    zag = AsyncZaguanClient(base_url=zaguan_url, api_key=KEY)
    stack.callback(lambda: loop.run_until_complete(_aclose(raw, mega, zag)))

    def gathered(call: Callable[[], Awaitable[None]]) -> Case:
        async def batch() -> None:
            await asyncio.gather(*(call() for _ in range(size)))

        return lambda: loop.run_until_complete(batch())

    def raw_call(url: str, model: str) -> Callable[[], Awaitable[None]]:
        body = {"model": model, "messages": MESSAGES}

        async def call() -> None:
            response = await raw.post(url, json=body)
            response.raise_for_status()
            assert response.json()["choices"][0]["message"]["content"]

        return call

    async def meganova_call() -> None:
        reply = await mega.chat.create(messages=MESSAGES, model="manta-flash")
        assert reply.choices[0].message.content

    async def zaguan_call() -> None:
        reply = await zag.chat(model="echo", messages=MESSAGES)
        assert reply.choices[0].message.content

    return {
        "raw httpx meganova": gathered(raw_call(f"{meganova_url}/chat/completions", "manta-flash")),
        "sdk meganova": gathered(meganova_call),
        "raw httpx zaguan": gathered(raw_call(f"{zaguan_url}/v1/chat/completions", "echo")),
        "sdk zaguan": gathered(zaguan_call),
    }


async def _aclose(*clients: Any) -> None:
    for client in clients:
        await (client.aclose() if isinstance(client, httpx.AsyncClient) else client.close())


def history(count: int) -> List[ChatMessageParam]:
    """A conversation of ``count`` messages, as a long agent history would be."""
    return [
        {"role": "user", "content": f"message {i}: what did the tool return for step {i}?"}
        if i % 2 == 0
        else {"role": "assistant", "content": f"step {i} returned 42 rows; next, step {i + 1}"}
        for i in range(count)
    ]


def messages_cases(stack: contextlib.ExitStack, sink_url: str, count: int) -> Dict[str, Case]:
    """A chat call carrying ``count`` messages: raw httpx posting the same JSON, and each SDK
    (against the sink server, whose cost does not grow with the body)."""
    return chat_cases(stack, sink_url, f"{sink_url}/v1", history(count))


def import_times(runs: int) -> Figures:
    """Median wall time of a fresh interpreter importing each module, startup subtracted.

    The interpreters run interleaved, as the other cases' rounds do, and with bytecode caches,
    as an installed package has them (pip compiles them at install): where writing them is
    turned off (PYTHONDONTWRITEBYTECODE), the SDKs, run from the source tree, would pay for
    compiling every module while httpx loads the caches it was installed with. The caches go
    to a temporary folder (PYTHONPYCACHEPREFIX), never into the work tree; a first run of
    each statement fills them."""
    statements = {"python": "pass", "raw httpx": "import httpx"}
    statements.update(
        {
            "import meganova": "from meganova import MegaNova",
            "import zaguan": "from zaguan import ZaguanClient",
        }
    )
    samples: Dict[str, List[float]] = {name: [] for name in statements}
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = dict(
            os.environ,
            PYTHONPATH=os.pathsep.join([f"{ROOT}/overlays", f"{ROOT}/generated"]),
            PYTHONPYCACHEPREFIX=cache,
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for statement in statements.values():
            subprocess.run([sys.executable, "-c", statement], check=True, env=env)
        for _ in range(runs):
            for name, statement in statements.items():
                start = time.perf_counter()
                subprocess.run([sys.executable, "-c", statement], check=True, env=env)
                samples[name].append(time.perf_counter() - start)
    startup = statistics.median(samples.pop("python"))
    times = {name: statistics.median(values) - startup for name, values in samples.items()}
    return {name: (value, value / times["raw httpx"]) for name, value in times.items()}


def report(title: str, unit: str, scale: float, figures: Figures, target: Optional[float]) -> None:
    """Print one case: times and ratios to raw httpx, and whether each meets its target."""
    print(f"\n{title}")
    for name, (value, ratio) in figures.items():
        if name.startswith("raw") or target is None:
            verdict = ""
        else:
            verdict = "  ok" if ratio <= target else "  OVER TARGET"
        print(f"  {name:<20} {value * scale:9.3f} {unit}   {ratio:5.2f}x raw httpx{verdict}")
    print(f"  (target: at most {target:.2f}x)" if target else "  (no target: reported only)")


def main(argv: Optional[List[str]] = None) -> int:
    """Run the benchmarks (every case, or those named by ``--cases``) and print the report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--quick", action="store_true", help="fewer rounds, for a smoke run")
    parser.add_argument(
        "--cases",
        default=",".join(CASES),
        help=f"a comma-separated subset of {','.join(CASES)} (default: all)",
    )
    args = parser.parse_args(argv)
    rounds = 3 if args.quick else args.rounds
    chosen = [case.strip() for case in args.cases.split(",") if case.strip()]
    unknown = set(chosen) - set(CASES)
    if unknown:
        parser.error(f"unknown case(s): {', '.join(sorted(unknown))}")
    print(f"python {sys.version.split()[0]}, httpx {httpx.__version__}, {rounds} rounds")
    with contextlib.ExitStack() as servers:
        gateway, urls = _start("local_gateway", "--port", "0", "--api-key", KEY)
        servers.callback(_stop, gateway)
        zaguan_url, meganova_url = urls["zaguan"], urls["meganova"]
        if "chat" in chosen:
            with contextlib.ExitStack() as stack:
                chat = measure(chat_cases(stack, zaguan_url, meganova_url), rounds, per_round=50)
            report("non-streaming chat call (median per call)", "ms", 1e3, chat, TARGETS["chat"])
        if "stream" in chosen:
            with contextlib.ExitStack() as stack:
                cases = stream_cases(stack, zaguan_url, meganova_url, 1000)
                stream = measure(cases, rounds, per_round=2)
            title = "1000-chunk stream read as typed chunks (median per stream)"
            report(title, "ms", 1e3, stream, TARGETS["stream"])
        if "batch" in chosen:
            with contextlib.ExitStack() as stack:
                batch = measure(batch_cases(stack, zaguan_url, meganova_url, BATCH), rounds, 1)
            title = f"async batch of {BATCH} concurrent chat calls on one client (median per batch)"
            report(title, "ms", 1e3, batch, TARGETS["batch"])
        if "messages" in chosen:
            sink, sink_urls = _start("benchmarks._sink")
            servers.callback(_stop, sink)
            for count, per_round in ((1000, 20), (50_000, 1)):
                with contextlib.ExitStack() as stack:
                    cases = messages_cases(stack, sink_urls["sink"], count)
                    figures = measure(cases, rounds, per_round)
                title = f"chat call carrying {count:,} messages (median per call)"
                report(title, "ms", 1e3, figures, TARGETS[f"messages-{count}"])
        if "import" in chosen:
            imports = import_times(max(5, rounds))
            title = "import time, interpreter startup subtracted"
            report(title, "ms", 1e3, imports, TARGETS["import"])
    return 0


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
