"""Property-based tests of the public calls with whatever a user may pass: each call returns
its typed reply or raises the SDK's own error, never a TypeError, KeyError, ValueError,
UnicodeError, a json or an httpx exception; and no error message holds the API key.

Values are drawn from what a careless caller hands over: NaN and infinities, huge integers,
bytes, lone surrogates, tuples, sets, objects, dicts with odd keys, nested at any depth, and
the API key itself. The server (an in-process mock) answers every request with a valid reply,
so that a call the SDK lets through completes.
"""

from __future__ import annotations

import datetime
import decimal
import json
from typing import Any, Callable, Dict, Iterator, Optional, Tuple, Type

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import meganova
import meganova.types
import zaguan

SETTINGS = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
KEY = "sk-property-key-3b1f9e"

REPLY = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}
CHUNK = {
    "id": "c",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "m",
    "choices": [{"index": 0, "delta": {"content": "ok"}, "finish_reason": None}],
}
STREAM = f"data: {json.dumps(CHUNK)}\n\ndata: [DONE]\n\n".encode()


def _answer(request: httpx.Request) -> httpx.Response:
    if b'"stream":true' in request.content or b'"stream": true' in request.content:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=STREAM)
    return httpx.Response(200, json=REPLY)


def _mock_client() -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(_answer))


class _Odd:
    """An object no JSON encoder knows."""

    def __repr__(self) -> str:
        return f"<odd {KEY}>"


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30, max_value=10**40),
    st.floats(),  # NaN and infinities included
    st.text(max_size=20),
    st.sampled_from(["\ud800", "a\udfff", "", "\x00", KEY, "x" * 100_000]),
    st.binary(max_size=8),
    st.builds(_Odd),
    st.just(decimal.Decimal("1.5")),
    st.just(datetime.datetime(2026, 1, 1)),
)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.lists(children, max_size=3).map(tuple),
        st.dictionaries(st.text(max_size=8), children, max_size=3),
        st.dictionaries(
            st.one_of(st.integers(), st.none(), st.binary(max_size=3)), children, max_size=2
        ),
        st.frozensets(st.integers(), max_size=2),
    ),
    max_leaves=8,
)
MESSAGES = st.one_of(
    VALUES,
    st.lists(
        st.fixed_dictionaries(
            {"role": st.one_of(st.sampled_from(["user", "system", "assistant", "tool"]), VALUES)},
            optional={"content": VALUES, "name": VALUES, "tool_calls": VALUES},
        ),
        max_size=3,
    ),
)
OPTION_NAMES = st.sampled_from(
    [
        "temperature",
        "max_tokens",
        "top_p",
        "stop",
        "tools",
        "n",
        "user",
        "extra_body",
        "extra_headers",
        "extra_query",
        "timeout",
        "max_retries",
        "request_id",
        "an_unknown_field",
    ]
)
CALLS = st.fixed_dictionaries(
    {"model": st.one_of(st.just("m"), VALUES), "messages": MESSAGES},
).flatmap(
    lambda base: st.dictionaries(OPTION_NAMES, VALUES, max_size=3).map(
        lambda options: {**base, **options}
    )
)


def _only_sdk_errors(
    call: Callable[[], Any], base: Type[Exception], returns: Optional[type] = None
) -> None:
    """``call()`` returns (a ``returns``, or a list of them, when given) or raises ``base``,
    whose text holds no key; any other exception fails the test."""
    try:
        result = call()
    except base as exc:
        assert KEY not in str(exc)
        assert KEY not in repr(exc)
        return
    if returns is not None:
        items = result if isinstance(result, list) else [result]
        assert all(isinstance(item, returns) for item in items), result


@pytest.fixture(autouse=True, scope="module")
def _no_environment_settings() -> Iterator[None]:
    # The constructors read <SDK>_API_KEY and <SDK>_BASE_URL: none may leak in from the shell.
    with pytest.MonkeyPatch.context() as patch:
        for name in ("ZAGUAN_API_KEY", "ZAGUAN_BASE_URL", "MEGANOVA_API_KEY", "MEGANOVA_BASE_URL"):
            patch.delenv(name, raising=False)
        yield


@SETTINGS
@given(CALLS)
def test_meganova_chat_returns_a_reply_or_raises_the_sdks_error(kwargs: Dict[str, Any]) -> None:
    with meganova.MegaNova(api_key=KEY, http_client=_mock_client(), max_retries=0) as client:
        _only_sdk_errors(
            lambda: client.chat.create(**kwargs),
            meganova.MeganovaError,
            meganova.types.ChatResponse,
        )


@SETTINGS
@given(CALLS)
def test_meganova_stream_yields_chunks_or_raises_the_sdks_error(kwargs: Dict[str, Any]) -> None:
    with meganova.MegaNova(api_key=KEY, http_client=_mock_client(), max_retries=0) as client:
        _only_sdk_errors(
            lambda: list(client.chat.stream(**kwargs)),
            meganova.MeganovaError,
            meganova.ChatStreamChunk,
        )


@SETTINGS
@given(CALLS)
def test_zaguan_chat_returns_a_reply_or_raises_the_sdks_error(kwargs: Dict[str, Any]) -> None:
    with zaguan.ZaguanClient(
        base_url="http://zaguan.test", api_key=KEY, http_client=_mock_client(), max_retries=0
    ) as client:
        _only_sdk_errors(lambda: client.chat(**kwargs), zaguan.ZaguanError, zaguan.ChatResponse)


@SETTINGS
@given(CALLS)
def test_zaguan_stream_yields_chunks_or_raises_the_sdks_error(kwargs: Dict[str, Any]) -> None:
    with zaguan.ZaguanClient(
        base_url="http://zaguan.test", api_key=KEY, http_client=_mock_client(), max_retries=0
    ) as client:
        _only_sdk_errors(
            lambda: list(client.chat_stream(**kwargs)), zaguan.ZaguanError, zaguan.ChatChunk
        )


# The arguments a signature requires are always given: leaving one out is Python's own
# TypeError at the call, as for any function (and mypy's error before it), not the SDK's.
EMBEDDINGS = st.fixed_dictionaries(
    {"input": VALUES, "model": st.one_of(st.just("e"), VALUES)}
).flatmap(
    lambda base: st.dictionaries(
        st.sampled_from(["dimensions", "encoding_format", "user", "extra_body", "timeout"]),
        VALUES,
        max_size=3,
    ).map(lambda options: {**base, **options})
)


@SETTINGS
@given(EMBEDDINGS)
def test_meganova_embeddings_returns_or_raises_the_sdks_error(kwargs: Dict[str, Any]) -> None:
    with meganova.MegaNova(api_key=KEY, http_client=_mock_client(), max_retries=0) as client:
        _only_sdk_errors(lambda: client.embeddings.create(**kwargs), meganova.MeganovaError)


def _meganova(api_key: Any, base_url: Any, timeout: Any) -> None:
    meganova.MegaNova(api_key=api_key, base_url=base_url, timeout=timeout).close()


def _zaguan(api_key: Any, base_url: Any, timeout: Any) -> None:
    zaguan.ZaguanClient(base_url=base_url, api_key=api_key, timeout=timeout).close()


@SETTINGS
@given(VALUES, VALUES, VALUES)
def test_client_constructors_take_anything_or_raise_the_sdks_error(
    api_key: Any, base_url: Any, timeout: Any
) -> None:
    _only_sdk_errors(lambda: _meganova(api_key, base_url, timeout), meganova.MeganovaError)
    _only_sdk_errors(lambda: _zaguan(api_key, base_url, timeout), zaguan.ZaguanError)


# --- whatever the server answers ---------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12), st.just(KEY)
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(
            st.one_of(
                st.sampled_from(
                    ["id", "object", "choices", "message", "delta", "content", "usage", "error"]
                ),
                st.text(max_size=6),
            ),
            children,
            max_size=4,
        ),
    ),
    max_leaves=12,
)
# A reply shaped like the real one, with any of its values replaced by anything.
MUTATED_REPLIES = st.fixed_dictionaries(
    {
        "id": JSON_VALUES,
        "choices": st.one_of(
            JSON_VALUES,
            st.lists(
                st.fixed_dictionaries(
                    {"index": JSON_VALUES, "finish_reason": JSON_VALUES},
                    optional={"message": JSON_VALUES, "delta": JSON_VALUES},
                ),
                max_size=2,
            ),
        ),
    },
    optional={"usage": JSON_VALUES, "created": JSON_VALUES, "model": JSON_VALUES},
)
BODIES = st.one_of(
    JSON_VALUES.map(lambda value: json.dumps(value).encode()),
    MUTATED_REPLIES.map(lambda value: json.dumps(value).encode()),
    st.binary(max_size=40),
    st.sampled_from([b"", b"<html>502 Bad Gateway</html>", b"{", b"null", b"\xff\xfe"]),
)
STATUSES = st.sampled_from([200, 200, 200, 201, 204, 400, 404, 429, 500, 503])
CONTENT_TYPES = st.sampled_from(
    ["application/json", "text/event-stream", "text/html", "application/x-ndjson", ""]
)


def _events(payloads: Any) -> bytes:
    return b"".join(b"data: " + json.dumps(p).encode() + b"\n\n" for p in payloads)


STREAM_BODIES = st.one_of(
    BODIES,
    st.lists(st.one_of(JSON_VALUES, MUTATED_REPLIES), max_size=4).map(
        lambda payloads: _events(payloads) + b"data: [DONE]\n\n"
    ),
    st.lists(MUTATED_REPLIES, max_size=3).map(_events),  # cut before [DONE]
)


def _serving(status: int, content_type: str, body: bytes) -> httpx.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": content_type} if content_type else {}
        return httpx.Response(status, headers=headers, content=body)

    return httpx.Client(transport=httpx.MockTransport(answer))


ASK: Dict[str, Any] = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


def _clients(status: int, content_type: str, body: bytes) -> Tuple[Any, Any]:
    """A Meganova and a Zaguan client whose server answers every request the same way."""
    mega = meganova.MegaNova(
        api_key=KEY, http_client=_serving(status, content_type, body), max_retries=0
    )
    zag = zaguan.ZaguanClient(
        base_url="http://z.test",
        api_key=KEY,
        http_client=_serving(status, content_type, body),
        max_retries=0,
    )
    return mega, zag


@SETTINGS
@given(STATUSES, CONTENT_TYPES, BODIES)
def test_any_reply_to_a_chat_is_a_typed_reply_or_the_sdks_error(
    status: int, content_type: str, body: bytes
) -> None:
    mega, zag = _clients(status, content_type, body)
    with mega, zag:
        _only_sdk_errors(
            lambda: mega.chat.create(**ASK), meganova.MeganovaError, meganova.types.ChatResponse
        )
        _only_sdk_errors(lambda: zag.chat(**ASK), zaguan.ZaguanError, zaguan.ChatResponse)


@SETTINGS
@given(STATUSES, CONTENT_TYPES, STREAM_BODIES)
def test_any_reply_to_a_stream_is_typed_chunks_or_the_sdks_error(
    status: int, content_type: str, body: bytes
) -> None:
    mega, zag = _clients(status, content_type, body)
    with mega, zag:
        _only_sdk_errors(
            lambda: list(mega.chat.stream(**ASK)), meganova.MeganovaError, meganova.ChatStreamChunk
        )
        _only_sdk_errors(lambda: list(zag.chat_stream(**ASK)), zaguan.ZaguanError, zaguan.ChatChunk)


@SETTINGS
@given(STATUSES, CONTENT_TYPES, BODIES)
def test_any_reply_to_a_listing_is_typed_or_the_sdks_error(
    status: int, content_type: str, body: bytes
) -> None:
    mega, zag = _clients(status, content_type, body)
    with mega, zag:
        _only_sdk_errors(lambda: mega.models.list(), meganova.MeganovaError)
        _only_sdk_errors(lambda: zag.get_capabilities(), zaguan.ZaguanError)
        _only_sdk_errors(lambda: zag.get_credits_balance(), zaguan.ZaguanError)
