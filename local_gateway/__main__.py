"""``python -m local_gateway``: serve both APIs until Ctrl-C, SIGTERM or the time limit.

Prints one line per base URL and the key, then flushes, so a parent process can read them::

    zaguan   http://127.0.0.1:PORT
    meganova http://127.0.0.1:PORT/meganova/v1
    api-key  sk-local-test
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from types import FrameType
from typing import List, Optional

from .app import DEFAULT_API_KEY
from .server import start_gateway


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m local_gateway", description="Serve the Zaguan and Meganova APIs locally."
    )
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free port)")
    parser.add_argument(
        "--api-key",
        default=os.environ.get("LOCAL_GATEWAY_API_KEY", DEFAULT_API_KEY),
        help="the accepted key (default: $LOCAL_GATEWAY_API_KEY or sk-local-test)",
    )
    parser.add_argument(
        "--time-limit", type=float, default=None, help="stop after this many seconds"
    )
    parser.add_argument("--access-log", action="store_true", help="log every request")
    parser.add_argument(
        "--spec-dir",
        default=None,
        help="folder of zaguan.yaml, meganova.yaml and shared.yaml (default: the repo's spec/)",
    )
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    """Run the gateway in the foreground; returns the exit status."""
    args = _parser().parse_args(argv)
    stop = threading.Event()

    def on_signal(signum: int, frame: Optional[FrameType]) -> None:
        stop.set()

    # Handlers first: a SIGTERM arriving while the server starts must still stop it cleanly.
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    gateway = start_gateway(args.api_key, args.port, args.access_log, args.spec_dir)
    try:
        print(f"zaguan   {gateway.zaguan_url}")
        print(f"meganova {gateway.meganova_url}")
        print(f"api-key  {gateway.api_key}", flush=True)
        # Event.wait with a timeout wakes for signals too (the handler runs on the main thread).
        stop.wait(args.time_limit)
    finally:
        gateway.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
