"""Tests against a real OpenAI-compatible server (llama.cpp via xllamacpp)."""
