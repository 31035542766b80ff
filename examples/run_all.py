"""``make demo``: start the local gateway, run every example against it, stop it."""

from __future__ import annotations

import logging
import os
import sys

from local_gateway import MEGANOVA_STUDIO_PREFIX, start_gateway

from . import meganova_tour, zaguan_messages, zaguan_tour


def main() -> int:
    """Run the tours; the exit status is 0 when every one of them finished."""
    # The SDKs log each retry at INFO: the demo shows them.
    logging.basicConfig(level=logging.INFO, format="  [log] %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    with start_gateway() as gateway:
        print(f"local gateway: zaguan {gateway.zaguan_url}, meganova {gateway.meganova_url}")
        os.environ["ZAGUAN_BASE_URL"] = gateway.zaguan_url + "/v1"
        os.environ["ZAGUAN_API_KEY"] = gateway.api_key
        os.environ["MEGANOVA_BASE_URL"] = gateway.meganova_url
        os.environ["MEGANOVA_API_KEY"] = gateway.api_key
        # The cloud agents' host; the catalogue's follows MEGANOVA_BASE_URL (without /v1).
        os.environ["MEGANOVA_CLOUD_BASE_URL"] = gateway.zaguan_url + MEGANOVA_STUDIO_PREFIX
        zaguan_tour.main()
        zaguan_messages.main()
        meganova_tour.main()
    print("demo finished: the local gateway is stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
