"""``make bench``: the SDKs beside raw httpx against the local gateway, as ratios."""
