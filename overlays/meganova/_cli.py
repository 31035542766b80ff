"""The ``meganova`` command: the Meganova API from a terminal (``meganova chat "Hi"``).

A table of commands over the runtime's command line (``meganova._runtime._cli``), which parses
the arguments, prints the results and maps errors to exit codes; ``meganova --help`` lists
them. Not imported by ``import meganova``.
"""

from __future__ import annotations

import argparse
from contextlib import contextmanager
from typing import Any, Dict, Iterator, Optional

from meganova._runtime import DEFAULT_TIMEOUT
from meganova._runtime._cli import (
    ChatCalls,
    Command,
    Context,
    ErrorClasses,
    Program,
    chat_command,
    option,
    run_program,
)

from ._client import MegaNova
from ._version import __version__
from .errors import APIConnectionError, InvalidArgumentError, MeganovaError

__all__ = ["PROGRAM", "main"]

#: The model ``meganova chat`` asks when ``--model`` is not given.
DEFAULT_MODEL = "manta-flash"


def _client(args: argparse.Namespace) -> MegaNova:
    timeout = getattr(args, "timeout", None)
    return MegaNova(
        api_key=getattr(args, "api_key", None),
        base_url=getattr(args, "base_url", None),
        timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
        max_retries=getattr(args, "max_retries", 2),
    )


def _whole(client: MegaNova, fields: Dict[str, Any]) -> Any:
    return client.chat.create(**fields)


@contextmanager
def _stream(client: MegaNova, fields: Dict[str, Any]) -> Iterator[Iterator[Any]]:
    with client.chat.stream(**fields) as stream:
        yield _events(stream)


def _events(stream: Iterator[Any]) -> Iterator[Any]:
    # A ChatStreamChunk per choice: each typed event (ChatCompletionChunk) once.
    last = None
    for item in stream:
        if item.chunk is not None and item.chunk is not last:
            last = item.chunk
            yield item.chunk


def _models(ctx: Context) -> Any:
    return ctx.client.models.list()


def _model(ctx: Context) -> Any:
    return ctx.client.models.get(ctx.args.id)


def _balance(ctx: Context) -> Any:
    return ctx.client.billing.get_balance()


def _usage(ctx: Context) -> Any:
    args = ctx.args
    return ctx.client.usage.summary(
        from_=args.from_, to=args.to, group_by=args.group_by, user_id=args.user_id
    )


PROGRAM = Program(
    name="meganova",
    description="The Meganova API from the command line: chat, models, balance, usage.",
    version=__version__,
    env_prefix="MEGANOVA",
    make_client=_client,
    errors=ErrorClasses(MeganovaError, InvalidArgumentError, APIConnectionError),
    commands=(
        chat_command(ChatCalls(_whole, _stream), DEFAULT_MODEL),
        Command(
            ("models",),
            "list the models (models get ID: one model)",
            _models,
            columns=("id", "name", "context_length", "status", "default"),
        ),
        Command(("models", "get"), "one model", _model, (option("id", help="the model id"),)),
        Command(("balance",), "the account balance", _balance),
        Command(
            ("usage",),
            "usage over a time range",
            _usage,
            (
                option("--from", dest="from_", required=True, help="start (ISO 8601)"),
                option("--to", required=True, help="end (ISO 8601)"),
                option("--group-by", help="group by: model, day, user, ..."),
                option("--user-id", help="one user's usage"),
            ),
        ),
    ),
)


def main(argv: Optional[list[str]] = None) -> int:
    """Run ``meganova`` with ``argv`` (default: the process's arguments); returns the exit
    code (0 on success; ``meganova --help`` lists the others)."""
    return run_program(PROGRAM, argv)
