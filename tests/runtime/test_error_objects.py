"""Errors and results as objects: what ``str(error)`` says, pickle and deepcopy, request ids.

For both SDKs: ``str(error)`` is one line with the status, the code (or type), the message and
the request id; every error class survives pickle, deepcopy and a process pool with its class
and all its fields; every result and error carries a request id (the server's X-Request-Id when
it answered one, else the one sent), list results included (a ``ResultList``).
"""

from __future__ import annotations

import concurrent.futures
import copy
import json
import multiprocessing
import pickle
from typing import Any, Dict, List, Optional, Tuple

import httpx
import pytest
from pytest_httpx import HTTPXMock

import meganova.errors as mn
import zaguan.errors as zg
from meganova._runtime import ResultList as MeganovaResultList
from zaguan._runtime import ErrorInfo, ResultList, describe_error

from .conftest import as_meganova
from .test_call_checks import (
    FLAVOURS,
    MESSAGES,
    MODES,
    ZAGUAN,
    Flavour,
    Sleeps,
    _settle,
    opened,
)

HEADERS = httpx.Headers([("X-Request-Id", "srv-1"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")])
BODY: Dict[str, Any] = {"error": {"message": "Slow down", "code": "rate_limit_exceeded"}}
DETAILS: Dict[str, Any] = {"retry_after": 2.5, "credits_required": 3, "band": "premium"}


# --- str(error) ---------------------------------------------------------------------------------


def test_describe_error_leaves_out_what_is_unknown() -> None:
    assert describe_error(
        "Slow down", status=429, code="rate_limit_exceeded", request_id="abc"
    ) == ("429 rate_limit_exceeded: Slow down (request_id=abc)")
    assert describe_error("boom", status=500) == "500: boom"
    assert describe_error("cut", request_id="r") == "cut (request_id=r)"
    assert describe_error("bad argument") == "bad argument"
    assert describe_error("x", status=None, code="", request_id="") == "x"


@FLAVOURS
@MODES
async def test_str_of_a_status_error_is_one_line_for_a_log_reader(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=429, json=BODY, headers={"X-Request-Id": "abc"})
    async with opened(flavour, mode, Sleeps(), max_retries=0) as client:
        with pytest.raises(flavour.errors.RateLimitError) as caught:
            await flavour.list_models(client)
    assert str(caught.value) == "429 rate_limit_exceeded: Slow down (request_id=abc)"
    assert caught.value.message == "Slow down"


@FLAVOURS
async def test_str_falls_back_to_the_error_type_without_a_code(
    flavour: Flavour, httpx_mock: HTTPXMock
) -> None:
    body = {"error": {"message": "No such model", "type": "not_found_error"}}
    httpx_mock.add_response(status_code=404, json=body)
    async with opened(flavour, "sync", Sleeps()) as client:
        with pytest.raises(flavour.errors.NotFoundError) as caught:
            await flavour.list_models(client, request_id="rid-404")
    assert str(caught.value) == "404 not_found_error: No such model (request_id=rid-404)"


@FLAVOURS
async def test_str_of_a_connection_error_has_its_request_id(
    flavour: Flavour, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    async with opened(flavour, "sync", Sleeps(), max_retries=0) as client:
        with pytest.raises(flavour.errors.APIConnectionError) as caught:
            await flavour.list_models(client, request_id="rid-c")
    assert str(caught.value).startswith("Connection error (ConnectError: refused)")
    assert str(caught.value).endswith("(request_id=rid-c)")


@FLAVOURS
def test_str_of_an_invalid_argument_is_its_message(flavour: Flavour) -> None:
    assert str(flavour.errors.InvalidArgumentError("timeout must be ...")) == "timeout must be ..."


# --- pickle and deepcopy --------------------------------------------------------------------


def _zaguan_errors() -> List[Tuple[str, BaseException, Dict[str, Any]]]:
    cases: List[Tuple[str, BaseException, Dict[str, Any]]] = []
    for name in zg.__all__:
        cls = getattr(zg, name)
        if issubclass(cls, zg.APIError):
            error: BaseException = cls(
                429,
                "Slow down",
                "rid-z",
                code="rate_limit_exceeded",
                type="rate_limit_error",
                body=BODY,
                headers=HEADERS,
                details=DETAILS,
            )
            fields = {
                "status_code": 429,
                "code": "rate_limit_exceeded",
                "type": "rate_limit_error",
                "body": BODY,
                "details": DETAILS,
            }
        elif cls is zg.InvalidArgumentError:
            error = cls("bad input", path="messages[0].role", request_id="rid-z")
            fields = {"path": "messages[0].role"}
        else:
            error = cls("Connection error (x)", request_id="rid-z")
            fields = {}
        fields.update(message=error.args[0], request_id="rid-z")
        cases.append((f"zaguan.{name}", error, fields))
    return cases


def _meganova_errors() -> List[Tuple[str, BaseException, Dict[str, Any]]]:
    cases: List[Tuple[str, BaseException, Dict[str, Any]]] = []
    for name in mn.__all__:
        cls = getattr(mn, name)
        if cls is mn.InvalidArgumentError:
            error: BaseException = cls("bad input", path="messages[0]", request_id="rid-m")
            fields: Dict[str, Any] = {"path": "messages[0]"}
        else:
            error = cls(
                "Slow down",
                code="rate_limit_exceeded",
                status=429,
                request_id="rid-m",
                body=BODY,
                headers=HEADERS,
                type="rate_limit_error",
                details=DETAILS,
            )
            fields = {
                "status": 429,
                "status_code": 429,
                "code": "rate_limit_exceeded",
                "type": "rate_limit_error",
                "body": BODY,
                "details": DETAILS,
            }
        if cls is mn.RateLimitError:
            error.retry_after = 2.5  # type: ignore[attr-defined]
            fields["retry_after"] = 2.5
        fields.update(message=error.args[0], request_id="rid-m")
        cases.append((f"meganova.{name}", error, fields))
    return cases


ERRORS = _zaguan_errors() + _meganova_errors()


def _same(original: BaseException, copied: BaseException, fields: Dict[str, Any]) -> None:
    assert type(copied) is type(original)
    assert copied.args == original.args
    assert str(copied) == str(original)
    assert repr(copied) == repr(original)
    for name, value in fields.items():
        assert getattr(copied, name) == value, name
    headers = getattr(original, "headers", None)
    if headers is not None:
        assert list(copied.headers.items()) == list(headers.items())  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "error", "fields"), ERRORS, ids=[case[0] for case in ERRORS])
@pytest.mark.parametrize("copier", ["pickle", "deepcopy", "copy"])
def test_every_error_class_survives_a_round_trip_with_every_field(
    name: str, error: BaseException, fields: Dict[str, Any], copier: str
) -> None:
    if copier == "pickle":
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            _same(error, pickle.loads(pickle.dumps(error, protocol)), fields)
    elif copier == "deepcopy":
        copied = copy.deepcopy(error)
        _same(error, copied, fields)
        if getattr(error, "body", None) is not None:
            assert copied.body is not error.body  # type: ignore[attr-defined]
    else:
        _same(error, copy.copy(error), fields)


def test_zaguan_rate_limit_and_case_properties_survive_pickle() -> None:
    error = zg.RateLimitError(429, "Slow", "r", details={"retry_after": 4.0})
    assert pickle.loads(pickle.dumps(error)).retry_after == 4.0
    credits = zg.InsufficientCreditsError(402, "Pay", details={"credits_required": 5})
    assert pickle.loads(pickle.dumps(credits)).credits_required == 5.0
    band = zg.BandAccessDeniedError(403, "No", details={"band": "premium"})
    assert copy.deepcopy(band).band == "premium"


@FLAVOURS
@MODES
async def test_an_error_raised_by_a_call_survives_pickle(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=429,
        json={"error": {"message": "Slow down", "code": "rl", "retry_after": 3}},
        headers={"Retry-After": "3", "X-Request-Id": "srv-429"},
    )
    async with opened(flavour, mode, Sleeps(), max_retries=0) as client:
        with pytest.raises(flavour.errors.RateLimitError) as caught:
            await flavour.list_models(client)
    copied = pickle.loads(pickle.dumps(caught.value))
    assert type(copied) is type(caught.value)
    assert (copied.retry_after, copied.request_id, copied.code) == (3.0, "srv-429", "rl")
    assert copied.headers["retry-after"] == "3"
    assert str(copied) == str(caught.value)


def _raise_in_worker(sdk: str) -> None:
    """Run in a child process: raise a rate-limit error built the way a call builds it."""
    info = ErrorInfo(
        status=429,
        message="Slow down",
        code="rate_limit_exceeded",
        request_id="rid-worker",
        retry_after=1.5,
        headers=httpx.Headers({"retry-after": "1.5"}),
        body=BODY,
    )
    if sdk == "zaguan":
        raise zg.ERROR_TABLE.status_error(info)
    raise mn.ERROR_TABLE.status_error(as_meganova(info))


@pytest.mark.parametrize("sdk", ["zaguan", "meganova"])
def test_an_error_raised_in_a_process_pool_reaches_the_parent_whole(sdk: str) -> None:
    # Before, the pool could not unpickle a Zaguan RateLimitError and died (BrokenProcessPool).
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        future = pool.submit(_raise_in_worker, sdk)
        errors = zg if sdk == "zaguan" else mn
        with pytest.raises(errors.RateLimitError) as caught:
            future.result(timeout=120)
    assert caught.value.retry_after == 1.5
    assert caught.value.request_id == "rid-worker"
    assert str(caught.value) == "429 rate_limit_exceeded: Slow down (request_id=rid-worker)"


# --- request ids on results and errors ----------------------------------------------------------


@FLAVOURS
@MODES
async def test_a_list_result_is_a_list_with_the_request_id(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=flavour.models_json())
    async with opened(flavour, mode, Sleeps()) as client:
        models = await flavour.list_models(client, request_id="rid-list")
    # Each SDK carries its own runtime: the result is the ResultList of the client's SDK.
    assert isinstance(models, (ResultList, MeganovaResultList))
    assert models.request_id == "rid-list"
    assert [m.id for m in models] == ["m-a", "m-b"]
    assert [m.request_id for m in models] == ["rid-list", "rid-list"]
    assert json.loads(json.dumps([m.id for m in models])) == ["m-a", "m-b"]
    copied = pickle.loads(pickle.dumps(models))
    assert type(copied) is type(models) and copied.request_id == "rid-list"


@FLAVOURS
@MODES
async def test_results_carry_the_servers_request_id_when_it_answered_one(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=flavour.models_json(), headers={"X-Request-Id": "srv-list"})
    httpx_mock.add_response(json=flavour.chat_json(), headers={"X-Request-Id": "srv-chat"})
    async with opened(flavour, mode, Sleeps()) as client:
        models = await flavour.list_models(client, request_id="sent-list")
        reply = await flavour.chat(client)
    assert models.request_id == "srv-list"
    assert all(m.request_id == "srv-list" for m in models)
    assert reply.request_id == "srv-chat"
    sent = httpx_mock.get_requests()
    assert sent[0].headers["X-Request-Id"] == "sent-list"


@FLAVOURS
@MODES
async def test_without_an_answer_the_sent_request_id_is_reported(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=flavour.chat_json())
    async with opened(flavour, mode, Sleeps()) as client:
        reply = await flavour.chat(client)
    request = httpx_mock.get_request()
    assert request is not None
    assert reply.request_id == request.headers["X-Request-Id"]


@FLAVOURS
@MODES
async def test_errors_carry_the_servers_request_id_too(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=400, json=BODY, headers={"X-Request-Id": "srv-400"})
    httpx_mock.add_exception(httpx.ConnectError("down"))
    async with opened(flavour, mode, Sleeps(), max_retries=0) as client:
        with pytest.raises(flavour.errors.BadRequestError) as status:
            await flavour.list_models(client, request_id="sent-400")
        with pytest.raises(flavour.errors.APIConnectionError) as network:
            await flavour.list_models(client, request_id="sent-net")
    assert status.value.request_id == "srv-400"
    assert network.value.request_id == "sent-net"  # no answer: the id sent


async def _stream_items(flavour: Flavour, client: Any, mode: str) -> Tuple[Any, List[Any]]:
    if flavour.name == "zaguan":
        opened_stream = client.chat_stream(model=flavour.model, messages=MESSAGES)
    else:
        opened_stream = client.chat.stream(model=flavour.model, messages=MESSAGES)
    if mode == "sync":
        return opened_stream, list(opened_stream)
    stream = await _settle(opened_stream)
    return stream, [item async for item in stream]


@FLAVOURS
@MODES
async def test_stream_chunks_carry_the_servers_request_id(
    flavour: Flavour, mode: str, httpx_mock: HTTPXMock
) -> None:
    event = {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": flavour.model,
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": "hi"}}],
    }
    httpx_mock.add_response(
        content=f"data: {json.dumps(event)}\n\ndata: [DONE]\n\n".encode(),
        headers={"content-type": "text/event-stream", "X-Request-Id": "srv-stream"},
    )
    async with opened(flavour, mode, Sleeps()) as client:
        stream, items = await _stream_items(flavour, client, mode)
    assert stream.request_id == "srv-stream"
    assert items and all(item.request_id == "srv-stream" for item in items)


@pytest.mark.parametrize(
    ("answered", "reported"),
    [
        ("  srv-padded  ", "srv-padded"),
        ("", "sent"),
        ("x" * 600, "sent"),
    ],
)
async def test_an_unusable_answered_request_id_is_not_adopted(
    answered: str, reported: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=ZAGUAN.models_json(), headers={"X-Request-Id": answered})
    async with opened(ZAGUAN, "sync", Sleeps()) as client:
        models = await ZAGUAN.list_models(client, request_id="sent")
    assert models.request_id == reported


def test_result_list_is_a_plain_list_otherwise() -> None:
    items: ResultList[int] = ResultList([1, 2], "r")
    assert items == [1, 2] and repr(items) == "[1, 2]"
    assert items[:1] == [1] and type(items[:1]) is list
    empty: ResultList[Optional[int]] = ResultList()
    assert empty == [] and empty.request_id is None
    assert copy.deepcopy(items).request_id == "r"
