"""The command line of both SDKs (``meganova ...``, ``zaguan ...``), written once.

Each SDK's ``_cli`` module is a table of its commands (:class:`Command`) and a
:class:`Program`; this module parses the arguments (argparse: the standard library, so the
command adds no dependency), builds the client, runs the command, prints its result (a table
or ``key value`` lines on a terminal, tab-separated text otherwise, or JSON with ``--json``)
and turns the SDK's errors and Ctrl-C into one line on stderr and an exit code
(:data:`EXIT_CODES`).

The decisions (which exit code, which line, how a table looks, what a chat request holds) are
functions without I/O; :func:`run_program` does the reading and writing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from dataclasses import dataclass, field
from enum import Enum
from typing import (
    IO,
    Any,
    Callable,
    ContextManager,
    Dict,
    Iterable,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Type,
)

from ._accumulate import ChatAccumulator, ChunkLike
from ._errors import redact

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_AUTH",
    "EXIT_BROKEN_PIPE",
    "EXIT_CODES",
    "EXIT_CONNECTION",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_RATE_LIMIT",
    "EXIT_SERVER",
    "EXIT_USAGE",
    "ChatCalls",
    "Command",
    "Context",
    "ErrorClasses",
    "Option",
    "Program",
    "chat_command",
    "chat_fields",
    "error_line",
    "exit_code",
    "option",
    "render",
    "run_program",
    "to_jsonable",
    "use_color",
]

EXIT_OK = 0
#: Any other error the API answered (400, 402, 404, 409, 422, a reply the SDK could not read).
EXIT_API_ERROR = 1
#: Bad arguments: an unknown command or option, a missing value, no API key, a value the SDK
#: refused before sending anything.
EXIT_USAGE = 2
#: The key was refused (401) or is not allowed to do this (403).
EXIT_AUTH = 3
#: Rate limited (429), after the retries.
EXIT_RATE_LIMIT = 4
#: The server failed (5xx), after the retries.
EXIT_SERVER = 5
#: No answer: the connection failed or timed out, after the retries.
EXIT_CONNECTION = 6
#: Interrupted by Ctrl-C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130
#: The reader of the output went away (``meganova models | head -1``): 128 + SIGPIPE, as
#: shells report a command that pipe closed.
EXIT_BROKEN_PIPE = 141

#: Each exit code and its meaning, as ``--help`` and the README list them.
EXIT_CODES: Tuple[Tuple[int, str], ...] = (
    (EXIT_OK, "success"),
    (EXIT_API_ERROR, "other API error (400, 402, 404, 409, 422, an unreadable reply)"),
    (EXIT_USAGE, "usage error (bad arguments, no API key)"),
    (EXIT_AUTH, "authentication or permission refused (401, 403)"),
    (EXIT_RATE_LIMIT, "rate limited (429)"),
    (EXIT_SERVER, "server error (5xx)"),
    (EXIT_CONNECTION, "connection failed or timed out"),
    (EXIT_INTERRUPTED, "interrupted (Ctrl-C)"),
    (EXIT_BROKEN_PIPE, "the output's reader closed the pipe (quietly)"),
)


@dataclass(frozen=True)
class ErrorClasses:
    """The SDK's error classes the exit codes are told apart by."""

    base: Type[Exception]
    """Every error of the SDK (``MeganovaError``, ``ZaguanError``)."""
    invalid: Type[Exception]
    """Bad input refused before sending (``InvalidArgumentError``): a usage error."""
    connection: Type[Exception]
    """No answer (``APIConnectionError``, timeouts included)."""


@dataclass(frozen=True)
class Option:
    """One ``add_argument`` of a command: its flags (or positional name) and keywords."""

    flags: Tuple[str, ...]
    kwargs: Mapping[str, Any]


def option(*flags: str, **kwargs: Any) -> Option:
    """An :class:`Option`, written as ``add_argument`` would take it."""
    return Option(flags, kwargs)


@dataclass
class Context:
    """What a command runs with: the client, the parsed arguments and where to write."""

    client: Any
    """The SDK's blocking client."""
    args: argparse.Namespace
    """The parsed arguments (``args.json`` says whether JSON was asked for)."""
    stdin: IO[str]
    stdout: IO[str]
    tty: bool
    """Whether stdout is a terminal."""

    @property
    def json(self) -> bool:
        """Whether ``--json`` was given."""
        return bool(getattr(self.args, "json", False))


#: A command's body: it returns the result to print (a model, a list of models, a dict), or
#: None when it printed already (a streamed chat).
Runner = Callable[[Context], Any]


@dataclass(frozen=True)
class Command:
    """One command of the table: ``path`` is its words (``("credits", "history")``)."""

    path: Tuple[str, ...]
    help: str
    run: Runner
    options: Tuple[Option, ...] = ()
    columns: Tuple[str, ...] = ()
    """For a list result: the columns of its table (JSON keys); empty for a single record."""


@dataclass(frozen=True)
class Program:
    """One SDK's command: its name, how to make its client, its commands and errors."""

    name: str
    description: str
    version: str
    env_prefix: str
    """``MEGANOVA``: the key and the base URL come from ``<prefix>_API_KEY`` and
    ``<prefix>_BASE_URL`` when not given."""
    make_client: Callable[[argparse.Namespace], ContextManager[Any]]
    """The client of the parsed arguments (``api_key``, ``base_url``, ``timeout``,
    ``max_retries``; None for those not given, so the client reads its environment)."""
    errors: ErrorClasses
    commands: Tuple[Command, ...] = field(default=())


# ---------------------------------------------------------------------------------------
# Decisions (no I/O)


def exit_code(error: BaseException, errors: ErrorClasses) -> int:
    """The exit code of an error a command ended with (see :data:`EXIT_CODES`)."""
    if isinstance(error, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    if isinstance(error, (errors.invalid, _UsageError)):
        return EXIT_USAGE
    if isinstance(error, errors.connection):
        return EXIT_CONNECTION
    status = getattr(error, "status_code", None)
    if status in (401, 403):
        return EXIT_AUTH
    if status == 429:
        return EXIT_RATE_LIMIT
    if isinstance(status, int) and status >= 500:
        return EXIT_SERVER
    return EXIT_API_ERROR


def error_line(prog: str, error: BaseException, secrets: Iterable[str] = ()) -> str:
    """The one line printed for an error: ``prog: error: RateLimitError: 429 ...
    (request_id=...)``; the SDK's message already carries the status and the request id.
    Secrets are removed (the SDK's errors never hold the key; this is the second lock)."""
    message = " ".join(str(error).split()) or type(error).__name__
    return redact(f"{prog}: error: {type(error).__name__}: {message}", secrets)


def use_color(isatty: bool, environ: Mapping[str, str]) -> bool:
    """Colour only on a terminal, and not when ``NO_COLOR`` is set (no-color.org)."""
    return isatty and not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"


def to_jsonable(value: Any) -> Any:
    """A result as plain JSON values: models by their ``to_dict()``, lists item by item."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return " ".join(str(value).split())  # one line, no tabs


def _aligned(rows: Sequence[Sequence[str]], header: bool, color: bool) -> List[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
        if n == 0 and header and color:
            line = f"\x1b[1m{line}\x1b[0m"
        lines.append(line)
    return lines


def render(data: Any, columns: Sequence[str], *, tty: bool, color: bool = False) -> str:
    """A JSON result as text: a list as a table of ``columns`` (with a header line), a record
    as ``key value`` lines. Aligned on a terminal, tab-separated otherwise (one line per row,
    ``\\t`` between cells, nested values as compact JSON)."""
    if isinstance(data, list):
        keys = list(columns) or sorted(
            {key for item in data if isinstance(item, dict) for key in item}
        )
        rows = [keys] + [
            [_cell(item.get(key)) if isinstance(item, dict) else _cell(item) for key in keys]
            for item in data
        ]
        header = True
    elif isinstance(data, dict):
        rows = [[str(key), _cell(value)] for key, value in data.items()]
        header = False
    else:
        return _cell(data)
    if not rows:
        return ""
    if tty:
        return "\n".join(_aligned(rows, header, color))
    return "\n".join("\t".join(row) for row in rows)


def chat_fields(args: argparse.Namespace, prompt: str, extra: Sequence[str] = ()) -> Dict[str, Any]:
    """The chat request of the parsed arguments: model, messages (the system prompt, then the
    user's), and each option given among temperature, max_tokens and ``extra``."""
    messages = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": prompt})
    fields: Dict[str, Any] = {"model": args.model, "messages": messages}
    for name in ("temperature", "max_tokens", *extra):
        value = getattr(args, name, None)
        if value is not None:
            fields[name] = value
    return fields


def _first_text(chunk: ChunkLike) -> str:
    for choice in chunk.choices:
        if choice.index == 0:
            return choice.delta.content or ""
    return ""


# ---------------------------------------------------------------------------------------
# The chat command, shared


@dataclass(frozen=True)
class ChatCalls:
    """How an SDK sends a chat: ``whole(client, fields)`` returns the reply (a model with
    ``choices[0].message.content``), ``stream(client, fields)`` a context manager over the
    typed stream chunks (closed on leaving it, Ctrl-C included)."""

    whole: Callable[[Any, Dict[str, Any]], Any]
    stream: Callable[[Any, Dict[str, Any]], ContextManager[Iterable[ChunkLike]]]


def _read_prompt(ctx: Context) -> str:
    prompt: str = ctx.args.prompt
    if prompt == "-":
        prompt = ctx.stdin.read().rstrip("\n")
    if not prompt.strip():
        raise _UsageError("the prompt is empty")
    return prompt


def _run_chat(calls: ChatCalls, extra: Sequence[str], ctx: Context) -> Any:
    fields = chat_fields(ctx.args, _read_prompt(ctx), extra)
    if ctx.args.no_stream:
        reply = calls.whole(ctx.client, fields)
        if ctx.json:
            return reply
        content = reply.choices[0].message.content if reply.choices else None
        ctx.stdout.write(f"{content or ''}\n")
        return None
    if ctx.json:  # the JSON reply carries the usage, as a whole reply's does
        fields["stream_options"] = {"include_usage": True}
    accumulator = ChatAccumulator()
    written = False
    try:
        with calls.stream(ctx.client, fields) as chunks:
            for chunk in chunks:
                accumulator.add(chunk)
                text = _first_text(chunk)
                if text and not ctx.json:
                    ctx.stdout.write(text)
                    ctx.stdout.flush()
                    written = True
    finally:
        if written:  # end the line, whether the stream ended or broke off
            ctx.stdout.write("\n")
            ctx.stdout.flush()
    return accumulator.result() if ctx.json else None


def chat_command(
    calls: ChatCalls,
    default_model: str,
    extra_options: Tuple[Option, ...] = (),
    extra_fields: Sequence[str] = (),
) -> Command:
    """The ``chat`` command: streams the reply's text as it comes (``--no-stream``: waits for
    the whole reply). With ``--json`` it prints the whole reply as JSON: the reply itself with
    ``--no-stream``, else the one the streamed chunks add up to (what ``collect_stream``
    gives), printed once the stream ends."""
    options = (
        option("prompt", help='the message to send; "-" reads it from stdin'),
        option("--model", default=default_model, help=f"the model (default: {default_model})"),
        option("--system", help="a system prompt, sent before the message"),
        option("--temperature", type=float, help="sampling temperature"),
        option("--max-tokens", type=int, help="the most tokens to generate"),
        option("--no-stream", action="store_true", help="wait for the whole reply"),
        *extra_options,
    )
    return Command(
        ("chat",),
        "send one message and print the reply",
        lambda ctx: _run_chat(calls, extra_fields, ctx),
        options,
    )


# ---------------------------------------------------------------------------------------
# Parsing and running


class _UsageError(Exception):
    """A usage error: argparse's, or one found while reading the arguments (empty prompt)."""

    def __init__(self, message: str, usage: str = "") -> None:
        super().__init__(message)
        self.usage = usage


class _Parser(argparse.ArgumentParser):
    # argparse prints and exits on a usage error; run_program decides what to print instead.
    def error(self, message: str) -> Any:
        raise _UsageError(message, self.format_usage().rstrip())


def _epilog(program: Program) -> str:
    codes = "\n".join(f"  {code:<4} {meaning}" for code, meaning in EXIT_CODES)
    return (
        f"environment: {program.env_prefix}_API_KEY, {program.env_prefix}_BASE_URL "
        "(--api-key and --base-url win); NO_COLOR turns colour off\n\n"
        f"exit codes:\n{codes}"
    )


def _common() -> argparse.ArgumentParser:
    # Accepted before the command and after it; SUPPRESS keeps a subcommand's parser from
    # overwriting what was given before the command with its defaults.
    common = _Parser(add_help=False)
    common.add_argument("--api-key", default=argparse.SUPPRESS, help="the API key")
    common.add_argument("--base-url", default=argparse.SUPPRESS, help="the API's base URL")
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print the result as JSON"
    )
    common.add_argument(
        "--timeout", type=float, default=argparse.SUPPRESS, help="seconds per request"
    )
    common.add_argument(
        "--max-retries", type=int, default=argparse.SUPPRESS, help="retries (default 2)"
    )
    return common


def build_parser(program: Program) -> argparse.ArgumentParser:
    """The argument parser of ``program``: its commands as nested subcommands."""
    common = _common()
    formatter = argparse.RawDescriptionHelpFormatter
    parser = _Parser(
        prog=program.name,
        description=program.description,
        epilog=_epilog(program),
        formatter_class=formatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{program.name} {program.version}")
    groups: Dict[Tuple[str, ...], Any] = {}
    parsers: Dict[Tuple[str, ...], argparse.ArgumentParser] = {(): parser}
    for command in sorted(program.commands, key=lambda c: len(c.path)):
        parent_path = command.path[:-1]
        parent = parsers[parent_path]
        if parent_path not in groups:
            groups[parent_path] = parent.add_subparsers(
                dest=f"_command_{len(parent_path)}", metavar="COMMAND", title="commands"
            )
        sub = groups[parent_path].add_parser(
            command.path[-1],
            help=command.help,
            description=command.help,
            epilog=_epilog(program),
            formatter_class=formatter,
            parents=[common],
        )
        for each in command.options:
            sub.add_argument(*each.flags, **each.kwargs)
        parsers[command.path] = sub
    return parser


def _command_of(program: Program, args: argparse.Namespace) -> Optional[Command]:
    words: List[str] = []
    while getattr(args, f"_command_{len(words)}", None):
        words.append(getattr(args, f"_command_{len(words)}"))
    path = tuple(words)
    return next((c for c in program.commands if c.path == path), None)


def _secrets(program: Program, argv: Sequence[str], environ: Mapping[str, str]) -> Tuple[str, ...]:
    """The keys a line must not show: the environment's and any given with ``--api-key``."""
    found = [environ.get(f"{program.env_prefix}_API_KEY", "")]
    for n, arg in enumerate(argv):
        if arg == "--api-key" and n + 1 < len(argv):
            found.append(argv[n + 1])
        elif arg.startswith("--api-key="):
            found.append(arg[len("--api-key=") :])
    return tuple(secret for secret in found if secret)


def _detach(stream: IO[str]) -> None:
    """Point a closed pipe's file descriptor at the null device, so that the interpreter's
    flush of ``sys.stdout`` at exit does not fail again (Python's documented recipe)."""
    import os

    try:
        fileno = stream.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (tests' StringIO)
        return
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fileno)
        os.close(devnull)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def run_program(
    program: Program,
    argv: Optional[Sequence[str]] = None,
    *,
    stdin: Optional[IO[str]] = None,
    stdout: Optional[IO[str]] = None,
    stderr: Optional[IO[str]] = None,
    environ: Optional[Mapping[str, str]] = None,
) -> int:
    """Run one command line of ``program`` (``argv`` without the program name; default
    ``sys.argv[1:]``) and return its exit code (see :data:`EXIT_CODES`). Nothing is raised
    for an SDK error, a usage error or Ctrl-C: each is one line on stderr."""
    import os

    stdin = sys.stdin if stdin is None else stdin
    stdout = sys.stdout if stdout is None else stdout
    stderr = sys.stderr if stderr is None else stderr
    environ = os.environ if environ is None else environ
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(program)
    args: Optional[argparse.Namespace] = None
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit as done:  # --help, --version
            return done.code if isinstance(done.code, int) else EXIT_OK
        command = _command_of(program, args)
        if command is None:
            raise _UsageError("a command is required", parser.format_usage().rstrip())
        tty = _isatty(stdout)
        with program.make_client(args) as client:
            ctx = Context(client, args, stdin, stdout, tty)
            result = command.run(ctx)
            if result is not None:
                data = to_jsonable(result)
                if ctx.json:
                    text = json.dumps(data, ensure_ascii=False, indent=2 if tty else None)
                else:
                    text = render(data, command.columns, tty=tty, color=use_color(tty, environ))
                if text:
                    stdout.write(text + "\n")
            stdout.flush()
        return EXIT_OK
    except KeyboardInterrupt:
        # The stream's `with` has closed the connection, the client's has closed the pool.
        with contextlib.suppress(BrokenPipeError):  # `2>&1 | head`: stderr is a pipe too
            stderr.write(f"\n{program.name}: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Nobody reads the output any more: stop without a word, as Unix tools do (the
        # stream and the client were closed on the way out).
        _detach(stdout)
        return EXIT_BROKEN_PIPE
    except (_UsageError, program.errors.base) as error:
        code = exit_code(error, program.errors)
        if isinstance(error, _UsageError):
            usage = f"{error.usage}\n" if error.usage else ""
            line = redact(
                f"{usage}{program.name}: error: {error}", _secrets(program, argv, environ)
            )
        else:
            line = error_line(program.name, error, _secrets(program, argv, environ))
        if use_color(_isatty(stderr), environ):
            line = f"\x1b[31m{line}\x1b[0m"
        with contextlib.suppress(BrokenPipeError):
            stderr.write(line + "\n")
        return code
