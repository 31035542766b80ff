"""The ``zaguan`` command: Zaguan CoreX from a terminal (``zaguan chat "Hi"``).

A table of commands over the runtime's command line (``zaguan._runtime._cli``), which parses
the arguments, prints the results and maps errors to exit codes; ``zaguan --help`` lists
them. Not imported by ``import zaguan``.
"""

from __future__ import annotations

import argparse
from typing import Any, ContextManager, Dict, Iterable, Optional

from zaguan._runtime import DEFAULT_TIMEOUT
from zaguan._runtime._cli import (
    ChatCalls,
    Command,
    Context,
    ErrorClasses,
    Program,
    chat_command,
    option,
    run_program,
)

from ._client import DEFAULT_MODEL, ZaguanClient
from ._version import __version__
from .errors import APIConnectionError, InvalidArgumentError, ZaguanError

__all__ = ["PROGRAM", "main"]


def _client(args: argparse.Namespace) -> ZaguanClient:
    timeout = getattr(args, "timeout", None)
    return ZaguanClient(
        base_url=getattr(args, "base_url", None),
        api_key=getattr(args, "api_key", None),
        timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
        max_retries=getattr(args, "max_retries", 2),
    )


def _whole(client: ZaguanClient, fields: Dict[str, Any]) -> Any:
    return client.chat(**fields)


def _stream(client: ZaguanClient, fields: Dict[str, Any]) -> ContextManager[Iterable[Any]]:
    # The stream is its own context manager, yielding typed ChatChunk events.
    return client.chat_stream(**fields)


def _models(ctx: Context) -> Any:
    return ctx.client.list_models()


def _capabilities(ctx: Context) -> Any:
    return ctx.client.get_capabilities()


def _credits(ctx: Context) -> Any:
    return ctx.client.get_credits_balance()


def _history(ctx: Context) -> Any:
    return list(ctx.client.iter_credits_history(limit=ctx.args.limit))


def _stats(ctx: Context) -> Any:
    return ctx.client.get_credits_stats(period=ctx.args.period)


def _health(ctx: Context) -> Any:
    return ctx.client.health_check()


PROGRAM = Program(
    name="zaguan",
    description="Zaguan CoreX from the command line: chat, models, capabilities, credits, health.",
    version=__version__,
    env_prefix="ZAGUAN",
    make_client=_client,
    errors=ErrorClasses(ZaguanError, InvalidArgumentError, APIConnectionError),
    commands=(
        chat_command(
            ChatCalls(_whole, _stream),
            DEFAULT_MODEL,
            (
                option(
                    "--reasoning-effort",
                    metavar="{none,minimal,low,medium,high}",
                    help="how hard a reasoning model thinks",
                ),
            ),
            ("reasoning_effort",),
        ),
        Command(
            ("models",),
            "list the models",
            _models,
            columns=("id", "owned_by", "description"),
        ),
        Command(
            ("capabilities",),
            "what each model supports",
            _capabilities,
            columns=(
                "model_id",
                "supports_vision",
                "supports_tools",
                "supports_reasoning",
                "max_context_tokens",
            ),
        ),
        Command(("credits",), "the credits balance (credits history, credits stats)", _credits),
        Command(
            ("credits", "history"),
            "the whole credits history (every page)",
            _history,
            (option("--limit", type=int, help="entries per page asked for (every page is read)"),),
            columns=(
                "timestamp",
                "model",
                "band",
                "total_tokens",
                "credits_debited",
                "status",
                "request_id",
            ),
        ),
        Command(
            ("credits", "stats"),
            "credits used over a period",
            _stats,
            (option("--period", metavar="{day,week,month,year}", help="the period"),),
        ),
        Command(("health",), "the gateway's health", _health),
    ),
)


def main(argv: Optional[list[str]] = None) -> int:
    """Run ``zaguan`` with ``argv`` (default: the process's arguments); returns the exit code
    (0 on success; ``zaguan --help`` lists the others)."""
    return run_program(PROGRAM, argv)
