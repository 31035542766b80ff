"""End-to-end tests of both SDKs against the local gateway, over real sockets."""
