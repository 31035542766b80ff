"""Benchmarks of both SDKs against raw httpx doing the same calls, in one run.

The local gateway runs in its own process so that it does not share the GIL with the client
being measured. Each case runs in interleaved rounds (raw, SDK, raw, SDK, ...) and reports the
median time per operation; figures are ratios to raw httpx measured in the same run, because
the machine is shared and absolute times drift.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from typing import Callable, Dict, List, Tuple

import httpx

from meganova import MegaNova
from zaguan import ZaguanClient
from zaguan_api.params import ChatMessageParam

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEY = "sk-bench"
MESSAGES: List[ChatMessageParam] = [
    {"role": "user", "content": "benchmark the round trip of one chat call"}
]
TARGETS = {"chat": 1.05, "stream": 1.00, "import": 1.30}


def start_gateway() -> Tuple[subprocess.Popen[str], str, str]:
    """Start ``python -m local_gateway`` and read its two base URLs from its output."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "local_gateway",
            "--port",
            "0",
            "--api-key",
            KEY,
            "--time-limit",
            "900",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    urls: Dict[str, str] = {}
    assert process.stdout is not None
    while len(urls) < 2:
        line = process.stdout.readline()
        if not line:
            raise RuntimeError("the local gateway exited before printing its URLs")
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("zaguan", "meganova") and parts[1].startswith("http"):
            urls[parts[0]] = parts[1]
    return process, urls["zaguan"], urls["meganova"]


Figures = Dict[str, Tuple[float, float]]  # case -> (median seconds per op, ratio to raw)


def measure(cases: Dict[str, Callable[[], None]], rounds: int, per_round: int) -> Figures:
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


def chat_cases(zaguan_url: str, meganova_url: str) -> Dict[str, Callable[[], None]]:
    """A non-streaming chat call on each API, raw and through its SDK."""
    raw = httpx.Client(headers={"Authorization": f"Bearer {KEY}"})
    mega = MegaNova(api_key=KEY, base_url=meganova_url)
    zag = ZaguanClient(base_url=zaguan_url, api_key=KEY)

    def raw_call(url: str, model: str) -> Callable[[], None]:
        body = {"model": model, "messages": MESSAGES}

        def call() -> None:
            response = raw.post(url, json=body)
            response.raise_for_status()
            assert response.json()["choices"][0]["message"]["content"]

        return call

    def meganova_call() -> None:
        assert mega.chat.create(messages=MESSAGES, model="manta-flash").choices[0].message.content

    def zaguan_call() -> None:
        assert zag.chat(model="echo", messages=MESSAGES).choices[0].message.content

    return {
        "raw httpx meganova": raw_call(f"{meganova_url}/chat/completions", "manta-flash"),
        "sdk meganova": meganova_call,
        "raw httpx zaguan": raw_call(f"{zaguan_url}/v1/chat/completions", "echo"),
        "sdk zaguan": zaguan_call,
    }


def stream_cases(zaguan_url: str, meganova_url: str, chunks: int) -> Dict[str, Callable[[], None]]:
    """A stream of ``chunks`` chunks read to the end for its text: raw (iter_lines and
    json.loads) and as each SDK's typed chunks."""
    fault = {"X-Gateway-Fault": f"chunks:{chunks}"}
    raw = httpx.Client(headers={"Authorization": f"Bearer {KEY}", **fault})
    mega = MegaNova(api_key=KEY, base_url=meganova_url, default_headers=fault)
    zag = ZaguanClient(base_url=zaguan_url, api_key=KEY, default_headers=fault)

    def raw_stream(url: str, model: str) -> Callable[[], None]:
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


def import_times(runs: int) -> Figures:
    """Median wall time of a fresh interpreter importing each module, startup subtracted."""
    statements = {"python": "pass", "raw httpx": "import httpx"}
    statements.update(
        {
            "import meganova": "from meganova import MegaNova",
            "import zaguan": "from zaguan import ZaguanClient",
        }
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([f"{ROOT}/overlays", f"{ROOT}/generated"]))
    samples: Dict[str, List[float]] = {name: [] for name in statements}
    for _ in range(runs):
        for name, statement in statements.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", statement], check=True, env=env)
            samples[name].append(time.perf_counter() - start)
    startup = statistics.median(samples.pop("python"))
    times = {name: statistics.median(values) - startup for name, values in samples.items()}
    return {name: (value, value / times["raw httpx"]) for name, value in times.items()}


def report(title: str, unit: str, scale: float, figures: Figures, target: float) -> None:
    """Print one case: times and ratios to raw httpx, and whether each meets its target."""
    print(f"\n{title}")
    for name, (value, ratio) in figures.items():
        verdict = "" if name.startswith("raw") else ("  ok" if ratio <= target else "  OVER TARGET")
        print(f"  {name:<20} {value * scale:9.3f} {unit}   {ratio:5.2f}x raw httpx{verdict}")
    print(f"  (target: at most {target:.2f}x)")


def main() -> int:
    """Run every benchmark and print the report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--quick", action="store_true", help="fewer rounds, for a smoke run")
    args = parser.parse_args()
    rounds = 3 if args.quick else args.rounds
    process, zaguan_url, meganova_url = start_gateway()
    try:
        print(f"python {sys.version.split()[0]}, httpx {httpx.__version__}, {rounds} rounds")
        chat = measure(chat_cases(zaguan_url, meganova_url), rounds, per_round=50)
        report("non-streaming chat call (median per call)", "ms", 1e3, chat, TARGETS["chat"])
        stream = measure(stream_cases(zaguan_url, meganova_url, 1000), rounds, per_round=2)
        report(
            "1000-chunk stream, consumed whole (median per stream)",
            "ms",
            1e3,
            stream,
            TARGETS["stream"],
        )
        imports = import_times(max(5, rounds))
        report("import time, interpreter startup subtracted", "ms", 1e3, imports, TARGETS["import"])
    finally:
        process.terminate()
        process.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
