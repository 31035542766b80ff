"""``python -m benchmarks._sink``: an HTTP server that reads each request whole and answers
every one with the same small chat completion, whatever the path or the body.

The large-request cases post up to 50,000 messages. The local gateway checks every message
against the spec (jsonschema, about 35 ms per 1,000 messages), which would hide what the
client spends building and encoding the request; this server's cost does not grow with the
body beyond reading it, so the ratio shows the client's share. It prints its base URL, then
serves until terminated (or the time limit).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import List, Optional

_REPLY = json.dumps(
    {
        "id": "chatcmpl-sink",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "sink",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "ok"},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    },
    separators=(",", ":"),
).encode()
# One write per response: a header and a body sent apart can meet the client's delayed ACK.
_RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    + f"content-length: {len(_REPLY)}\r\n\r\n".encode()
    + _REPLY
)
_HEAD_LIMIT = 1 << 16


async def _serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if length:
                await reader.readexactly(length)
            writer.write(_RESPONSE)
            await writer.drain()
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ValueError):
        pass  # the client closed the connection, or sent what this server does not read
    finally:
        writer.close()


async def _main(time_limit: float) -> None:
    server = await asyncio.start_server(_serve_connection, "127.0.0.1", 0, limit=_HEAD_LIMIT)
    port = server.sockets[0].getsockname()[1]
    print(f"sink http://127.0.0.1:{port}", flush=True)
    async with server:
        await asyncio.sleep(time_limit)


def main(argv: Optional[List[str]] = None) -> int:
    """Serve until terminated or ``--time-limit`` seconds have passed."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks._sink", description=__doc__)
    parser.add_argument("--time-limit", type=float, default=900.0)
    args = parser.parse_args(argv)
    asyncio.run(_main(args.time_limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
