"""``python -m benchmarks.stream_profile``: where a typed 1000-event stream spends its time.

Records one 1000-chunk stream of each API from the local gateway (the bytes exactly as the
reads delivered them), then replays it in process over ``httpx.MockTransport``, so that no
server or network time hides the client's: raw httpx (``iter_lines`` and ``json.loads``, as
``make bench`` reads it), the runtime alone (``SyncTransport.stream`` with a parse callback
that returns the decoded event), and each SDK's typed stream. Interleaved rounds, medians, as
``make bench``. ``--profile zaguan`` (or ``meganova``, ``runtime``) then runs that case under
cProfile and prints the functions taking the most time of their own.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from typing import Any, Callable, Dict, Iterator, List, Optional

import httpx

from meganova import MegaNova
from zaguan import ZaguanClient
from zaguan._runtime import ClientConfig, SyncTransport

from .__main__ import KEY, MESSAGES, _start, _stop

CHUNKS = 1000
Case = Callable[[], int]


class _Replay(httpx.SyncByteStream):
    def __init__(self, reads: List[bytes]) -> None:
        self._reads = reads

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._reads)


def record(chunks: int) -> Dict[str, List[bytes]]:
    """One ``chunks``-chunk stream of each API from the local gateway, as its reads."""
    process, urls = _start("local_gateway", "--port", "0", "--api-key", KEY)
    try:
        headers = {"Authorization": f"Bearer {KEY}", "X-Gateway-Fault": f"chunks:{chunks}"}
        recorded: Dict[str, List[bytes]] = {}
        with httpx.Client(headers=headers) as client:
            for api, url, model in (
                ("zaguan", f"{urls['zaguan']}/v1/chat/completions", "echo"),
                ("meganova", f"{urls['meganova']}/chat/completions", "manta-flash"),
            ):
                body = {"model": model, "messages": MESSAGES, "stream": True}
                with client.stream("POST", url, json=body) as response:
                    recorded[api] = list(response.iter_raw())
        return recorded
    finally:
        _stop(process)


def _client(reads: List[bytes]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, stream=_Replay(reads)
        )

    return httpx.Client(transport=httpx.MockTransport(handler))


def cases(recorded: Dict[str, List[bytes]]) -> Dict[str, Case]:
    """Each way of reading the recorded streams; each returns how many items it read."""
    zaguan_http, meganova_http = _client(recorded["zaguan"]), _client(recorded["meganova"])
    zag = ZaguanClient(base_url="http://zaguan.test", api_key=KEY, http_client=zaguan_http)
    mega = MegaNova(api_key=KEY, base_url="http://meganova.test/v1", http_client=meganova_http)
    transport = SyncTransport(ClientConfig(base_url="http://zaguan.test", api_key=KEY), zaguan_http)
    request = {
        "method": "POST",
        "url": "/v1/chat/completions",
        "json": {"model": "echo", "messages": MESSAGES, "stream": True},
    }

    def raw() -> int:
        text: List[str] = []
        body = {"model": "echo", "messages": MESSAGES, "stream": True}
        with zaguan_http.stream("POST", "http://zaguan.test/v1/chat/completions", json=body) as r:
            for line in r.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    choices = json.loads(line[6:])["choices"]
                    text.extend(choice["delta"].get("content") or "" for choice in choices)
        return len(text)

    def runtime() -> int:
        return sum(1 for _ in transport.stream(request, _as_is))

    def zaguan() -> int:
        text: List[str] = []
        for chunk in zag.chat_stream(model="echo", messages=MESSAGES):
            for choice in chunk.choices:
                content = choice.delta.content
                text.append(content if isinstance(content, str) else "")
        return len(text)

    def meganova() -> int:
        return len([c.delta for c in mega.chat.stream(messages=MESSAGES, model="manta-flash")])

    return {"raw": raw, "runtime": runtime, "zaguan": zaguan, "meganova": meganova}


def _as_is(data: Any, request_id: str) -> Any:
    return data


def measure(named: Dict[str, Case], rounds: int) -> Dict[str, float]:
    """Median seconds per stream of each case, over interleaved rounds."""
    samples: Dict[str, List[float]] = {name: [] for name in named}
    for case in named.values():
        assert case() >= CHUNKS
    order = list(named.items())
    for _ in range(rounds):
        order.reverse()
        for name, case in order:
            start = time.perf_counter()
            case()
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


def main(argv: Optional[List[str]] = None) -> int:
    """Record, replay, print the medians and ratios, and profile one case if asked."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.stream_profile", description=__doc__
    )
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--profile", choices=["raw", "runtime", "zaguan", "meganova"])
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    named = cases(record(CHUNKS))
    medians = measure(named, args.rounds)
    print(f"{CHUNKS}-event stream replayed in process, median of {args.rounds} rounds")
    for name, value in medians.items():
        ratio = value / medians["raw"]
        print(
            f"  {name:<10} {value * 1e3:7.3f} ms  {ratio:5.2f}x raw  {value * 1e6 / CHUNKS:5.2f} us/event"
        )
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(50):
            named[args.profile]()
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
