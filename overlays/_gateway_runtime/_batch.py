"""The batch runner's core, which does no I/O: rows, rate-limit state, records, resume.

:class:`RateLimitState` is the whole batch's view of the gateway's limits, shared by every
request in flight:

- **Concurrency** adapts AIMD-style: it starts at ``max_concurrency``, halves on a 429 (down to
  ``min_concurrency``) and grows by one after each ``limit`` successes in a row (one "round" at
  the current level), back up to ``max_concurrency``.
- **One pause for all**: a 429 stops every new request until the pause ends: its Retry-After
  (seconds, capped), else an exponential backoff of the consecutive 429 events. A 429 to a
  request sent *before* the latest event is an echo of that same event (those requests were
  already on the wire): it neither shrinks the concurrency again nor extends the pause. So a
  storm of 50 answers is one event, one pause, one halving.
- **Budgets**: optional requests-per-minute and tokens-per-minute limits over a sliding
  60-second window of request starts (tokens as estimated before sending, corrected to the
  reply's usage when it arrives).

Time comes from an injected ``clock`` (seconds, monotonic), so tests drive it by hand.
"""

from __future__ import annotations

import json
import math
from collections import deque
from dataclasses import dataclass, field
from typing import (
    Any,
    Callable,
    Deque,
    Dict,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Set,
    Tuple,
)

from ._retry import RetryPolicy

__all__ = [
    "BatchResult",
    "BatchRow",
    "BatchSummary",
    "RateLimitState",
    "Ticket",
    "error_record",
    "estimate_tokens",
    "input_order",
    "make_row",
    "plain_result",
    "resume_lines",
    "tokens_of",
]

#: Keys of a row that are not the call's fields: the row's id (``id``, or ``custom_id`` as in
#: OpenAI's batch files), ``body`` (the fields, as in OpenAI's batch files; else every other
#: key is a field) and ``args`` (positional arguments, for methods that take some).
ID_KEYS = ("id", "custom_id")
_WINDOW = 60.0


@dataclass
class BatchRow:
    """One input row: its ``id`` (given, or its 1-based line number / position as a str), its
    0-based ``index`` in the input, the call's keyword ``fields`` and positional ``args``."""

    id: str
    index: int
    fields: Dict[str, Any]
    args: List[Any] = field(default_factory=list)


def make_row(
    value: Any,
    index: int,
    *,
    defaults: Optional[Mapping[str, Any]] = None,
    text_field: Optional[str] = None,
    invalid: Callable[[str], Exception] = ValueError,
    position: Optional[str] = None,
) -> BatchRow:
    """A :class:`BatchRow` from one input item: a mapping (``{"id": ..., **fields}`` or
    ``{"id": ..., "body": {...}}``), or a str when the method has a ``text_field`` (a chat's
    user message, an embedding's input). ``defaults`` go under each row's fields. A row
    without an id gets ``position`` (its line number in a file), else ``index + 1``."""
    position = position or str(index + 1)
    if isinstance(value, str) and text_field is not None:
        row_id, args = position, []
        fields: Dict[str, Any] = {text_field: value}
        if text_field == "messages":
            fields = {"messages": [{"role": "user", "content": value}]}
    elif isinstance(value, Mapping):
        given = next((value[key] for key in ID_KEYS if key in value), None)
        if (given is not None and not isinstance(given, (str, int))) or isinstance(given, bool):
            raise invalid(
                f"row {position}: its id must be a str or an int, not {type(given).__name__}"
            )
        row_id = position if given is None else str(given)
        if "body" in value:
            body = value["body"]
            if not isinstance(body, Mapping):
                raise invalid(f"row {position}: body must be a mapping of the call's fields")
            fields = dict(body)
        else:
            fields = {k: v for k, v in value.items() if k not in ID_KEYS and k != "args"}
        args_value = value.get("args", [])
        if not isinstance(args_value, (list, tuple)):
            raise invalid(f"row {position}: args must be a list of positional arguments")
        args = list(args_value)
    else:
        kind = type(value).__name__
        wanted = "a mapping of the call's fields" + (" or a str" if text_field else "")
        raise invalid(f"row {position} must be {wanted}, not {kind}")
    if defaults:
        fields = {**defaults, **fields}
    return BatchRow(row_id, index, fields, args)


def estimate_tokens(fields: Mapping[str, Any]) -> int:
    """A request's token cost, guessed before sending, for a tokens-per-minute budget: about
    four characters of its text (``messages``, ``input``, ``prompt``) per token, plus the
    tokens it may generate (``max_tokens`` / ``max_completion_tokens``, times ``n``)."""
    text = 0
    for key in ("messages", "input", "prompt", "query", "documents"):
        if key in fields:
            try:
                text += len(json.dumps(fields[key], ensure_ascii=False, default=str))
            except (TypeError, ValueError):
                text += 1000
    generated = fields.get("max_completion_tokens") or fields.get("max_tokens") or 0
    n = fields.get("n") or 1
    if not isinstance(generated, int) or not isinstance(n, int):
        generated, n = 0, 1
    return max(1, math.ceil(text / 4) + generated * max(1, n))


def plain_result(value: Any) -> Any:
    """A method's result as JSON values: a model's ``to_dict()``, a list of them, or as is."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [plain_result(item) for item in value]
    return value


def tokens_of(result: Any) -> Dict[str, int]:
    """The ``usage`` of a JSON result as ``{"prompt", "completion", "total"}`` (zeros when it
    has none)."""
    usage = result.get("usage") if isinstance(result, Mapping) else None
    if not isinstance(usage, Mapping):
        return {"prompt": 0, "completion": 0, "total": 0}

    def count(name: str) -> int:
        value = usage.get(name)
        return value if isinstance(value, int) and not isinstance(value, bool) else 0

    prompt, completion = count("prompt_tokens"), count("completion_tokens")
    total = count("total_tokens") or prompt + completion
    return {"prompt": prompt, "completion": completion, "total": total}


def error_record(exc: BaseException) -> Dict[str, Any]:
    """A row's error as JSON: ``type`` (the SDK's class name), ``status``, ``code`` and
    ``message`` (what the SDK's error says; the API key never appears in an SDK error)."""
    status = getattr(exc, "status_code", None)
    code = getattr(exc, "code", None)
    message = getattr(exc, "message", None)
    return {
        "type": type(exc).__name__,
        "status": status if isinstance(status, int) else None,
        "code": code if isinstance(code, str) else None,
        "message": message if isinstance(message, str) else str(exc),
    }


@dataclass
class BatchResult:
    """The outcome of one row, as written to the output file (one JSON line each).

    ``result`` is the reply as JSON (``None`` on error), ``error`` the typed error
    (``{"type", "status", "code", "message"}``; ``None`` on success), ``request_id`` the
    request id of the last attempt, ``tokens`` its usage (``{"prompt", "completion",
    "total"}``), ``attempts`` how many requests the row took; ``index`` is its 0-based input
    position (not written out). ``ok`` is whether it succeeded.
    """

    id: str
    index: int
    result: Any = None
    error: Optional[Dict[str, Any]] = None
    request_id: Optional[str] = None
    tokens: Dict[str, int] = field(
        default_factory=lambda: {"prompt": 0, "completion": 0, "total": 0}
    )
    attempts: int = 1

    @property
    def ok(self) -> bool:
        """Whether the row succeeded (it has a result and no error)."""
        return self.error is None

    def to_json(self) -> str:
        """The output file's line for this row (no newline)."""
        return json.dumps(
            {
                "id": self.id,
                "ok": self.ok,
                "result": self.result,
                "error": self.error,
                "request_id": self.request_id,
                "tokens": self.tokens,
                "attempts": self.attempts,
            },
            ensure_ascii=False,
            separators=(",", ":"),
            default=str,
        )


@dataclass
class BatchSummary:
    """What a batch run did: rows ``done`` (succeeded) and ``failed`` in this run, rows
    ``skipped`` (already done in the output file), ``tokens`` used in this run, ``elapsed``
    seconds, ``requests`` sent (retries included) and of them ``rate_limited`` (429s); and the
    ``output`` file, if any."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    tokens: int = 0
    elapsed: float = 0.0
    requests: int = 0
    rate_limited: int = 0
    output: Optional[str] = None

    @property
    def rows_per_second(self) -> float:
        """Rows finished (done or failed) in this run per second of it."""
        finished = self.done + self.failed
        return finished / self.elapsed if self.elapsed > 0 else 0.0

    def __str__(self) -> str:
        return (
            f"{self.done} done, {self.failed} failed, {self.skipped} skipped, "
            f"{self.tokens} tokens, {self.requests} requests ({self.rate_limited} rate-limited), "
            f"{self.elapsed:.1f}s ({self.rows_per_second:.1f} rows/s)"
        )


# --- resume bookkeeping ---------------------------------------------------------------------


def resume_lines(data: bytes) -> Tuple[List[bytes], Set[str], bool]:
    """What an existing output file says: the lines to keep (rows that succeeded, first line
    per id), their ids (to skip), and whether anything else was there (failed rows, to be
    retried, a torn last line from an interrupted write, a duplicate). The caller rewrites
    the file to the kept lines before appending, so it stays one line per row."""
    kept: List[bytes] = []
    done: Set[str] = set()
    dropped = False
    for line in data.split(b"\n"):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):  # a torn line: the run was interrupted writing it
            dropped = True
            continue
        row_id = record.get("id") if isinstance(record, dict) else None
        if not isinstance(row_id, str) or record.get("error") is not None or row_id in done:
            dropped = True
            continue
        done.add(row_id)
        kept.append(line)
    if data and not data.endswith(b"\n"):
        dropped = True
    return kept, done, dropped


def input_order(lines: Sequence[bytes], index_of: Mapping[str, int]) -> Optional[List[bytes]]:
    """The output file's lines sorted by their rows' input positions (lines of ids not in the
    input last, in file order), or None when they already are."""
    keyed: List[Tuple[float, int, bytes]] = []
    for position, line in enumerate(lines):
        try:
            row_id = json.loads(line).get("id")
        except (ValueError, AttributeError):
            row_id = None
        keyed.append((index_of.get(row_id, math.inf), position, line))
    ordered = sorted(keyed)
    if [item[1] for item in ordered] == list(range(len(keyed))):
        return None
    return [item[2] for item in ordered]


class InputOrder:
    """Hands results back in input order: ``add`` a result, get those now due."""

    def __init__(self) -> None:
        self._next = 0
        self._waiting: Dict[int, Any] = {}

    def skip(self, index: int) -> List[Any]:
        """A row that produces no result (skipped on resume): let later rows through."""
        return self.add(index, None)

    def add(self, index: int, item: Any) -> List[Any]:
        """Register the result of the row at ``index``; the results now due, in order."""
        self._waiting[index] = item
        due: List[Any] = []
        while self._next in self._waiting:
            value = self._waiting.pop(self._next)
            if value is not None:
                due.append(value)
            self._next += 1
        return due


# --- the shared rate-limit state ------------------------------------------------------------


@dataclass
class Ticket:
    """One request's start: when (``sent_at``), its place in the order of starts (``seq``)
    and the tokens it was charged."""

    sent_at: float
    tokens: int
    entry: List[float]
    seq: int = 0


class RateLimitState:
    """The whole batch's concurrency, pause and budgets (see the module's docstring).

    Call :meth:`wait_time` before a request (0: go now, then :meth:`start`; a number: wait
    that long and ask again; ``None``: every slot is taken, ask again when one frees) and one
    of :meth:`succeeded`, :meth:`rate_limited` or :meth:`failed` when it ends.
    """

    def __init__(
        self,
        *,
        max_concurrency: int,
        min_concurrency: int = 1,
        requests_per_minute: Optional[float] = None,
        tokens_per_minute: Optional[float] = None,
        clock: Callable[[], float],
        policy: Optional[RetryPolicy] = None,
        random: Callable[[], float] = lambda: 0.0,
    ) -> None:
        if max_concurrency < 1 or min_concurrency < 1 or min_concurrency > max_concurrency:
            raise ValueError("need 1 <= min_concurrency <= max_concurrency")
        self.max_concurrency = max_concurrency
        self.min_concurrency = min_concurrency
        self.limit = max_concurrency
        self.in_flight = 0
        self.requests_per_minute = requests_per_minute
        self.tokens_per_minute = tokens_per_minute
        self.pause_until = -math.inf
        self.pauses = 0
        self._clock = clock
        self._random = random
        self._policy = policy or RetryPolicy(initial_delay=1.0, max_delay=30.0)
        # Requests are numbered as they start; a 429 to a request numbered below this one
        # (sent before the latest event) is an echo of that event.
        self._next_seq = 0
        self._event_seq = -1
        self._events_in_a_row = 0
        self._successes = 0
        # [start time, tokens] of each request started in the last minute, oldest first.
        self._window: Deque[List[float]] = deque()

    def _expire(self, now: float) -> None:
        while self._window and self._window[0][0] <= now - _WINDOW:
            self._window.popleft()

    def wait_time(self, tokens: int = 0) -> Optional[float]:
        """Seconds to wait before a request costing ``tokens`` may start (0.0: now), or
        ``None`` when all ``limit`` slots are taken."""
        now = self._clock()
        if now < self.pause_until:
            return self.pause_until - now
        if self.in_flight >= self.limit:
            return None
        self._expire(now)
        wait = 0.0
        rpm = self.requests_per_minute
        if rpm is not None and len(self._window) >= rpm:
            index = len(self._window) - int(rpm)  # that many must expire first
            wait = max(wait, self._window[index][0] + _WINDOW - now)
        tpm = self.tokens_per_minute
        if tpm is not None and self._window:
            used = sum(entry[1] for entry in self._window)
            for entry in self._window:
                if used + tokens <= tpm:
                    break
                used -= entry[1]
                wait = max(wait, entry[0] + _WINDOW - now)
        return max(wait, 0.0)

    def start(self, tokens: int = 0) -> Ticket:
        """Count a request as started now (after :meth:`wait_time` said 0)."""
        now = self._clock()
        entry = [now, float(tokens)]
        if self.requests_per_minute is not None or self.tokens_per_minute is not None:
            self._window.append(entry)
        self.in_flight += 1
        self._next_seq += 1
        return Ticket(now, tokens, entry, self._next_seq - 1)

    def succeeded(self, ticket: Ticket, tokens: Optional[int] = None) -> None:
        """A request succeeded; ``tokens`` is what its reply says it used (corrects the
        estimate in the budget). Grows the concurrency after a round of successes."""
        self.in_flight -= 1
        if tokens is not None and tokens > 0:
            ticket.entry[1] = float(tokens)
        self._events_in_a_row = 0
        if self.limit < self.max_concurrency:
            self._successes += 1
            if self._successes >= self.limit:
                self.limit += 1
                self._successes = 0

    def failed(self, ticket: Ticket) -> None:
        """A request ended in an error other than a 429: frees its slot, nothing else."""
        self.in_flight -= 1

    def rate_limited(self, ticket: Ticket, retry_after: Optional[float] = None) -> bool:
        """A request was answered 429. Returns True when this is a new event (the request was
        sent after the last one): the concurrency halves and every request waits for one pause,
        ``retry_after`` seconds (capped at the policy's ``max_retry_after``) or a backoff;
        False for an echo of the current event, which changes nothing."""
        self.in_flight -= 1
        if ticket.seq < self._event_seq:
            return False
        now = self._clock()
        self._event_seq = self._next_seq
        self._successes = 0
        self.limit = max(self.min_concurrency, self.limit // 2)
        policy = self._policy
        if retry_after is not None and 0 <= retry_after <= policy.max_retry_after:
            pause = retry_after
        else:
            pause = policy.backoff(self._events_in_a_row, self._random())
        self._events_in_a_row += 1
        self.pause_until = max(self.pause_until, now + pause)
        self.pauses += 1
        return True


def rows_of(
    items: Iterable[Any],
    *,
    defaults: Optional[Mapping[str, Any]] = None,
    text_field: Optional[str] = None,
    invalid: Callable[[str], Exception] = ValueError,
) -> Iterator[BatchRow]:
    """:func:`make_row` over an iterable of rows."""
    for index, value in enumerate(items):
        yield make_row(value, index, defaults=defaults, text_field=text_field, invalid=invalid)
