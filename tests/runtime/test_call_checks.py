"""Bad input is refused before anything is sent, with the SDK's own InvalidArgumentError.

For both SDKs, sync and async: values JSON cannot encode (NaN, infinities, bytes, sets,
datetimes, cycles, lone surrogates) named by their path in the body; bad per-call options
(``timeout``, ``max_retries``, ``extra_headers``, ``request_id``, ``extra_body``,
``extra_query``); a path parameter too long for a URL. Also: ``extra_body`` and
``extra_query`` reach the request, and an exhausted connection pool is not retried.

The ``Flavour`` helpers here serve the other runtime tests of both SDKs too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import functools
import json
import math
from dataclasses import dataclass
from typing import Any, AsyncIterator, Callable, Dict, List, Optional

import httpx
import pytest
from pytest_httpx import HTTPXMock

import meganova.errors
import zaguan.errors
from meganova import AsyncMegaNova, MegaNova
from zaguan import AsyncZaguanClient, ZaguanClient
from zaguan._runtime import Call, RequestOptions

MESSAGES = [{"role": "user", "content": "Hi!"}]


class Sleeps(List[float]):
    """Every sleep the transport asked for, in seconds; nothing really waits."""

    def sync(self, seconds: float) -> None:
        self.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.append(seconds)


@dataclass(frozen=True)
class Flavour:
    """One SDK, seen the same way by every test: its clients, errors and URLs."""

    name: str
    errors: Any  # the SDK's errors module
    key: str
    base_url: str
    chat_url: str
    models_url: str
    model: str

    def make(self, mode: str, sleeps: Sleeps, **kwargs: Any) -> Any:
        """A client of this SDK (``mode`` "sync" or "async") whose sleeps are recorded, never
        waited for, without jitter (through the constructors' ``sleep`` and ``random``)."""
        kwargs.setdefault("api_key", self.key)
        kwargs.setdefault("base_url", self.base_url)
        if self.name == "zaguan":
            cls: Any = ZaguanClient if mode == "sync" else AsyncZaguanClient
        else:
            cls = MegaNova if mode == "sync" else AsyncMegaNova
        kwargs.setdefault("sleep", sleeps.sync if mode == "sync" else sleeps.async_)
        kwargs.setdefault("random", lambda: 0.0)
        return cls(**kwargs)

    async def chat(self, client: Any, **kwargs: Any) -> Any:
        """A chat call with ``model`` and ``messages`` defaulted; awaited on async clients."""
        kwargs.setdefault("model", self.model)
        kwargs.setdefault("messages", MESSAGES)
        result = client.chat(**kwargs) if self.name == "zaguan" else client.chat.create(**kwargs)
        return await _settle(result)

    async def list_models(self, client: Any, **options: Any) -> Any:
        """The list of models (``list_models()`` / ``models.list()``)."""
        if self.name == "zaguan":
            return await _settle(client.list_models(**options))
        return await _settle(client.models.list(**options))

    async def run(self, client: Any, call: Call[Any], options: Optional[RequestOptions]) -> Any:
        """A described call sent with the client's ``send`` (the runtime, with this SDK's
        errors), for what the facades do not expose; awaited on async clients."""
        fields = dataclasses.fields(options) if options is not None else ()
        given = {f.name: getattr(options, f.name) for f in fields}
        return await _settle(client.send(call, **{k: v for k, v in given.items() if v is not None}))

    def chat_json(self, content: str = "Hello!") -> Dict[str, Any]:
        """A complete chat reply body."""
        return {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": self.model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
        }

    def models_json(self) -> Dict[str, Any]:
        """A list-of-models reply body."""
        return {"object": "list", "data": [{"id": "m-a"}, {"id": "m-b"}]}


async def _settle(result: Any) -> Any:
    if hasattr(result, "__await__"):
        return await result
    return result


ZAGUAN = Flavour(
    name="zaguan",
    errors=zaguan.errors,
    key="zk-test-0123456789abcdef",
    base_url="https://api.zaguan.test",
    chat_url="https://api.zaguan.test/v1/chat/completions",
    models_url="https://api.zaguan.test/v1/models",
    model="openai/gpt-4o-mini",
)
MEGANOVA = Flavour(
    name="meganova",
    errors=meganova.errors,
    key="mn-test-0123456789abcdef",
    base_url="https://api.meganova.test/v1",
    chat_url="https://api.meganova.test/v1/chat/completions",
    models_url="https://api.meganova.test/v1/models",
    model="manta-flash",
)
FLAVOURS = pytest.mark.parametrize("flavour", [ZAGUAN, MEGANOVA], ids=["zaguan", "meganova"])
MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@contextlib.asynccontextmanager
async def opened(flavour: Flavour, mode: str, sleeps: Sleeps, **kwargs: Any) -> AsyncIterator[Any]:
    """A client of ``flavour`` for the test's duration, closed after."""
    client = flavour.make(mode, sleeps, **kwargs)
    try:
        yield client
    finally:
        await _settle(client.close())


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ZAGUAN_API_KEY", "ZAGUAN_BASE_URL", "MEGANOVA_API_KEY", "MEGANOVA_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


async def refused(
    flavour: Flavour, httpx_mock: HTTPXMock, action: Callable[[], Any]
) -> BaseException:
    """The SDK's InvalidArgumentError that ``action`` raised; fails if anything was sent."""
    with pytest.raises(flavour.errors.InvalidArgumentError) as caught:
        await _settle(action())
    assert httpx_mock.get_requests() == []
    error = caught.value
    assert isinstance(error, ValueError)
    assert isinstance(error, TypeError)
    assert isinstance(error, flavour.errors.ZaguanError if flavour is ZAGUAN else MeganovaBase)
    return error


MeganovaBase = meganova.errors.MeganovaError


def _cycle() -> Dict[str, Any]:
    loop: Dict[str, Any] = {"a": 1}
    loop["self"] = loop
    return loop


# (keyword arguments of the chat call, the path or argument the message must name)
BODY_CASES = [
    ({"temperature": float("nan")}, "temperature"),
    ({"temperature": float("inf")}, "temperature"),
    ({"top_p": float("-inf")}, "top_p"),
    ({"messages": [*MESSAGES * 3, {"role": "user", "content": b"raw bytes"}]}, "messages[3]"),
    ({"messages": [{"role": "user", "content": "half a pair \ud83d"}]}, "messages[0]"),
    ({"logit_bias": {"when": datetime.datetime(2025, 1, 1)}}, "logit_bias"),
    ({"logit_bias": {"ids": {1, 2}}}, "logit_bias"),
    ({"logit_bias": _cycle()}, "logit_bias"),
    ({"logit_bias": {"deep": [1, 2, float("nan")]}}, "logit_bias"),
    ({"logit_bias": {b"k": 1}}, "logit_bias"),
]
BODY_IDS = [
    "nan",
    "inf",
    "minus-inf",
    "bytes-content",
    "lone-surrogate",
    "datetime",
    "set",
    "cycle",
    "nested-nan",
    "bytes-key",
]


@FLAVOURS
@MODES
@pytest.mark.parametrize(("kwargs", "named"), BODY_CASES, ids=BODY_IDS)
async def test_a_body_json_cannot_encode_is_refused_naming_its_path(
    flavour: Flavour,
    mode: str,
    sleeps: Sleeps,
    httpx_mock: HTTPXMock,
    kwargs: Dict[str, Any],
    named: str,
) -> None:
    async with opened(flavour, mode, sleeps) as client:
        error = await refused(flavour, httpx_mock, lambda: flavour.chat(client, **kwargs))
    assert named in str(error)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"a": [{"b": {"c": float("nan")}}]}, "a[0].b.c is nan"),
        ({"x y": b"1"}, "['x y'] is a bytes"),
        ({"s": "\udc80"}, "s holds a lone surrogate (U+DC80)"),
        ({"d": datetime.date(2025, 1, 1)}, "d is a date, which JSON cannot encode (pass"),
        ({"n": 10**5000}, "n is an integer too large"),
        ({"k": {3.5: 1, float("inf"): 2}}, "k[inf] is inf"),
        ({"k": {(1, 2): 1}}, "k[(1, 2)] is a key of type tuple"),
        ({"deep": _cycle()}, "deep.self contains itself"),
        ({"o": object()}, "o is a object, which JSON cannot encode"),
    ],
)
async def test_the_runtime_names_exactly_where_and_why(
    sleeps: Sleeps, httpx_mock: HTTPXMock, body: Dict[str, Any], message: str
) -> None:
    async with opened(ZAGUAN, "sync", sleeps) as client:
        call = Call({"method": "post", "url": "/v1/anything", "json": body}, lambda data: data)
        error = await refused(ZAGUAN, httpx_mock, lambda: ZAGUAN.run(client, call, None))
    assert message in error.message  # type: ignore[attr-defined]


async def test_a_model_whose_to_dict_fails_is_named_too(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    class Broken:
        def to_dict(self) -> Dict[str, Any]:
            raise AttributeError("'dict' object has no attribute 'to_dict'")

    async with opened(MEGANOVA, "sync", sleeps) as client:
        body = {"messages": [{"role": "user", "content": "x"}, Broken()]}
        call = Call({"method": "post", "url": "/chat/completions", "json": body}, dict)
        error = await refused(MEGANOVA, httpx_mock, lambda: MEGANOVA.run(client, call, None))
    assert "messages[1] is a Broken that cannot be turned into JSON" in str(error)


@FLAVOURS
@MODES
async def test_a_good_body_is_sent_as_one_compact_utf8_json_document(
    flavour: Flavour, mode: str, sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.chat_url, json=flavour.chat_json())
    messages = [{"role": "user", "content": "héllo ✓ 🌍"}, {"role": "assistant", "content": "ok"}]
    async with opened(flavour, mode, sleeps) as client:
        await flavour.chat(client, messages=messages, temperature=0.5)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["content-type"] == "application/json"
    assert b" " not in request.content.replace(b"h\xc3\xa9llo \xe2\x9c\x93 ", b"")
    assert "héllo ✓ 🌍".encode() in request.content  # UTF-8, not \u escapes
    body = json.loads(request.content)
    assert body["messages"] == messages
    assert body["temperature"] == 0.5
    assert int(request.headers["content-length"]) == len(request.content)


# --- per-call options ----------------------------------------------------------------------

OPTION_CASES = [
    ({"timeout": "10"}, "timeout must be a number of seconds"),
    ({"timeout": -1}, "timeout must be a positive number"),
    ({"timeout": 0}, "timeout must be a positive number"),
    ({"timeout": float("nan")}, "timeout must be a positive number"),
    ({"timeout": float("inf")}, "timeout must be a positive number"),
    ({"timeout": True}, "timeout must be a number of seconds"),
    ({"timeout": httpx.Timeout(5.0, connect=-1.0)}, "timeout.connect must be a positive"),
    ({"max_retries": -1}, "max_retries must be an integer >= 0"),
    ({"max_retries": 1.5}, "max_retries must be an integer >= 0, not float"),
    ({"max_retries": "2"}, "max_retries must be an integer >= 0, not str"),
    ({"max_retries": True}, "max_retries must be an integer >= 0, not bool"),
    ({"extra_headers": {"X-A": 1}}, "extra_headers['X-A'] must be a str, not int"),
    ({"extra_headers": {"X-A": "a\r\nX-Injected: 1"}}, "extra_headers['X-A'] holds a character"),
    ({"extra_headers": {"X-A": "line\n"}}, "extra_headers['X-A'] holds a character"),
    ({"extra_headers": {"X-A": "café"}}, "extra_headers['X-A'] holds a character"),
    ({"extra_headers": {"Bad Name": "v"}}, "extra_headers has an invalid header name"),
    ({"extra_headers": {"X-A\r\n": "v"}}, "extra_headers has an invalid header name"),
    ({"extra_headers": {1: "v"}}, "extra_headers has a header name of type int"),
    ({"extra_headers": [("X-A", "v")]}, "extra_headers must be a mapping"),
    ({"request_id": 123}, "request_id must be a str, not int"),
    ({"request_id": "abc\r\ndef"}, "request_id must be 1 to 512 visible ASCII"),
    ({"request_id": ""}, "request_id must be 1 to 512"),
    ({"request_id": " padded "}, "no surrounding whitespace"),
    ({"request_id": "x" * 513}, "request_id must be 1 to 512"),
    ({"extra_body": ["a"]}, "extra_body must be a mapping"),
    ({"extra_body": {1: "a"}}, "extra_body has a field name of type int"),
    ({"extra_body": {"x": float("nan")}}, "x is nan"),
    ({"extra_query": {"q": float("nan")}}, "extra_query['q'] must be a finite number"),
    ({"extra_query": {"q": {"a": 1}}}, "extra_query['q'] must be a str, int, float, bool"),
    ({"extra_query": {"q": ["ok", b"x"]}}, "extra_query['q'][1] must be a str"),
    ({"extra_query": {"q": "\ud800"}}, "extra_query['q'] holds a lone surrogate"),
    ({"extra_query": "q=1"}, "extra_query must be a mapping"),
]


@FLAVOURS
@MODES
@pytest.mark.parametrize(("options", "message"), OPTION_CASES)
async def test_bad_per_call_options_are_refused_before_sending(
    flavour: Flavour,
    mode: str,
    sleeps: Sleeps,
    httpx_mock: HTTPXMock,
    options: Dict[str, Any],
    message: str,
) -> None:
    async with opened(flavour, mode, sleeps) as client:
        error = await refused(flavour, httpx_mock, lambda: flavour.list_models(client, **options))
    assert message in str(error)


@FLAVOURS
@MODES
@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": "slow"}, "timeout must be a number of seconds"),
        ({"max_retries": -3}, "max_retries must be an integer >= 0"),
        ({"extra_headers": {"X-A": 1}}, "extra_headers['X-A'] must be a str"),
    ],
)
async def test_bad_options_of_a_chat_call_are_refused_too(
    flavour: Flavour,
    mode: str,
    sleeps: Sleeps,
    httpx_mock: HTTPXMock,
    options: Dict[str, Any],
    message: str,
) -> None:
    async with opened(flavour, mode, sleeps) as client:
        error = await refused(flavour, httpx_mock, lambda: flavour.chat(client, **options))
    assert message in str(error)


@MODES
async def test_a_path_parameter_too_long_for_a_url_is_refused(
    mode: str, sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    async with opened(MEGANOVA, mode, sleeps) as client:
        error = await refused(MEGANOVA, httpx_mock, lambda: _settle(client.models.get("m" * 3000)))
    assert "path parameter" in str(error) and "2048" in str(error)


@MODES
async def test_a_long_but_acceptable_path_parameter_is_sent(
    mode: str, sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    model_id = "org/" + "m" * 1000
    httpx_mock.add_response(json={"id": model_id})
    async with opened(MEGANOVA, mode, sleeps) as client:
        model = await _settle(client.models.get(model_id))
    assert model.id == model_id


# --- extra_body and extra_query ------------------------------------------------------------


@FLAVOURS
@MODES
async def test_extra_body_is_merged_into_the_json_body_at_the_top_and_wins(
    flavour: Flavour, mode: str, sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=flavour.chat_url, json=flavour.chat_json())
    body = {"model": flavour.model, "messages": MESSAGES, "temperature": 0.1}
    path = "/v1/chat/completions" if flavour is ZAGUAN else "/chat/completions"
    call = Call({"method": "post", "url": path, "json": body}, lambda data: data)
    options = RequestOptions(extra_body={"temperature": 0.9, "vendor_flag": {"on": True}})
    async with opened(flavour, mode, sleeps) as client:
        await flavour.run(client, call, options)
    request = httpx_mock.get_request()
    assert request is not None
    sent = json.loads(request.content)
    assert sent == {**body, "temperature": 0.9, "vendor_flag": {"on": True}}
    assert body["temperature"] == 0.1  # the caller's dict is not changed
    assert request.headers["content-type"] == "application/json"


@FLAVOURS
@MODES
async def test_the_chat_methods_take_extra_body_and_extra_query(
    flavour: Flavour, mode: str, sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=flavour.chat_json())
    async with opened(flavour, mode, sleeps) as client:
        await flavour.chat(
            client,
            temperature=0.1,
            extra_body={"temperature": 0.7, "vendor": [1, 2]},
            extra_query={"beta": "on"},
        )
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.params["beta"] == "on"
    sent = json.loads(request.content)
    assert (sent["temperature"], sent["vendor"]) == (0.7, [1, 2])
    assert sent["messages"] == MESSAGES


@FLAVOURS
@MODES
async def test_extra_query_is_merged_into_the_query_and_extra_body_makes_a_json_body(
    flavour: Flavour, mode: str, sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=flavour.models_json())
    async with opened(flavour, mode, sleeps) as client:
        await flavour.list_models(
            client,
            extra_query={"page": 2, "tags": ["a", "b"], "live": True, "skip": None},
            extra_body={"filter": "x"},
        )
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.params.get_list("tags") == ["a", "b"]
    assert (request.url.params["page"], request.url.params["live"]) == ("2", "true")
    assert "skip" not in request.url.params
    assert json.loads(request.content) == {"filter": "x"}


@FLAVOURS
async def test_extra_query_adds_to_the_calls_own_parameters(
    flavour: Flavour, sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    call = Call({"method": "get", "url": "/things", "params": {"a": "1", "b": None}}, dict)
    async with opened(flavour, "sync", sleeps) as client:
        await flavour.run(client, call, RequestOptions(extra_query={"c": 3.5}))
    request = httpx_mock.get_request()
    assert request is not None
    assert dict(request.url.params) == {"a": "1", "c": "3.5"}


async def test_extra_body_cannot_be_merged_into_a_body_that_is_not_json(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    async with opened(ZAGUAN, "sync", sleeps) as client:
        upload = Call({"method": "post", "url": "/up", "content": b"raw"}, dict)
        listing = Call({"method": "post", "url": "/up", "json": [1, 2]}, dict)
        options = RequestOptions(extra_body={"x": 1})
        first = await refused(ZAGUAN, httpx_mock, lambda: ZAGUAN.run(client, upload, options))
        second = await refused(ZAGUAN, httpx_mock, lambda: ZAGUAN.run(client, listing, options))
    assert "extra_body needs a JSON request body" in str(first)
    assert "not an object" in str(second)


@FLAVOURS
async def test_extra_headers_still_win_and_none_still_removes_a_default_header(
    flavour: Flavour, sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=flavour.models_json())
    async with opened(flavour, "sync", sleeps) as client:
        await flavour.list_models(client, extra_headers={"User-Agent": None, "X-Extra": "1"})
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["x-extra"] == "1"
    assert "python" not in request.headers.get("user-agent", "")


# --- a call that httpx itself would refuse ---------------------------------------------------


async def test_what_httpx_cannot_build_is_an_invalid_argument_not_a_raw_error(
    sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    async with opened(MEGANOVA, "sync", sleeps) as client:
        for described in (
            {"method": "get", "url": "/x\x00y"},
            {"method": "get", "url": "/x", "params": {"q": "\ud800"}},
        ):
            send = functools.partial(MEGANOVA.run, client, Call(described, dict), None)
            error = await refused(MEGANOVA, httpx_mock, send)
            assert "The request cannot be built" in str(error)


# --- an exhausted connection pool ------------------------------------------------------------


@FLAVOURS
@MODES
async def test_an_exhausted_pool_is_not_retried_and_says_why(
    flavour: Flavour, mode: str, sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.PoolTimeout("timed out"))
    async with opened(flavour, mode, sleeps, max_retries=3) as client:
        with pytest.raises(flavour.errors.APITimeoutError) as caught:
            await flavour.list_models(client, request_id="rid-pool")
    assert len(httpx_mock.get_requests()) == 1
    assert sleeps == []
    assert "pool is exhausted" in str(caught.value)
    assert "stream" in str(caught.value)
    assert caught.value.request_id == "rid-pool"
    assert isinstance(caught.value, flavour.errors.APIConnectionError)


@FLAVOURS
async def test_other_timeouts_are_still_retried(
    flavour: Flavour, sleeps: Sleeps, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    httpx_mock.add_response(json=flavour.models_json())
    async with opened(flavour, "sync", sleeps) as client:
        await flavour.list_models(client)
    assert len(sleeps) == 1 and not math.isnan(sleeps[0])
