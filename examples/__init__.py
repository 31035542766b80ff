"""Runnable examples of both SDKs; ``make demo`` runs them all against the local gateway."""
