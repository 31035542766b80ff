"""Message batches: create, get, list (a page, and every page), cancel, and JSON Lines results."""

from __future__ import annotations

import datetime
from typing import Any, List

import httpx
import pytest
from pytest_httpx import HTTPXMock, IteratorStream

from zaguan import (
    AnthropicMessagesBatchItem,
    AnthropicMessagesBatchList,
    AnthropicMessagesBatchRequest,
    AnthropicMessagesBatchResponse,
    AnthropicMessagesBatchResult,
    AsyncZaguanClient,
    Stream,
    ZaguanClient,
)
from zaguan.errors import (
    APIConnectionError,
    APIResponseValidationError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
)
from zaguan.models import (
    AnthropicBatchCanceledResult,
    AnthropicBatchErroredResult,
    AnthropicBatchExpiredResult,
    AnthropicBatchProcessingStatus,
    AnthropicBatchSucceededResult,
)

from .msg_helpers import (
    BATCHES_URL,
    JSONL,
    RESULT_LINES,
    anthropic_error,
    batch_item,
    batch_json,
    jsonl,
)
from .zg_helpers import Sleeps, body_of, sent

RESULTS_URL = f"{BATCHES_URL}/msgbatch_01/results"


# --- create ----------------------------------------------------------------------------------


def test_create_posts_the_requests_and_returns_the_typed_batch(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=BATCHES_URL, method="POST", json=batch_json())
    items = [batch_item("a"), batch_item("b", temperature=0.5)]
    batch = client.create_messages_batch(items)
    request = sent(httpx_mock.get_request())
    assert body_of(request) == {"requests": items}
    assert request.headers["anthropic-version"] == "2023-06-01"
    assert isinstance(batch, AnthropicMessagesBatchResponse)
    assert batch.processing_status == AnthropicBatchProcessingStatus.IN_PROGRESS
    assert batch.request_counts.processing == 2
    assert batch.created_at == datetime.datetime(2025, 6, 1, 10, tzinfo=datetime.timezone.utc)
    assert batch.ended_at is None


def test_create_takes_item_models(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=BATCHES_URL, json=batch_json())
    client.create_messages_batch([AnthropicMessagesBatchItem.from_dict(batch_item("a"))])
    assert body_of(httpx_mock.get_request()) == {"requests": [batch_item("a")]}


def test_create_takes_the_whole_request_as_a_model_or_a_mapping(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=BATCHES_URL, json=batch_json(), is_reusable=True)
    whole = {"requests": [batch_item("a")]}
    client.create_messages_batch(AnthropicMessagesBatchRequest.from_dict(whole))
    client.create_messages_batch(whole)
    assert [body_of(r) for r in httpx_mock.get_requests()] == [whole, whole]


def test_create_is_retried_with_the_same_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    # Zaguan's gateway keys idempotency on X-Request-Id: a retry cannot make a second batch.
    httpx_mock.add_exception(httpx.ReadTimeout("lost"), url=BATCHES_URL)
    httpx_mock.add_response(url=BATCHES_URL, json=batch_json())
    batch = client.create_messages_batch([batch_item("a")])
    first, second = httpx_mock.get_requests()
    assert first.headers["x-request-id"] == second.headers["x-request-id"] == batch.request_id
    assert first.content == second.content
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    ("requests", "message"),
    [
        ([], "at least one"),
        ("a", "must be a list"),
        ([42], r"requests\[0\] must be a batch item"),
        ([{"params": {}}], r"requests\[0\]\.custom_id must be a non-empty str"),
        (
            [batch_item("a"), batch_item("a")],
            r"requests\[1\]\.custom_id 'a' is used by an earlier request",
        ),
        ([batch_item("a", max_tokens=None)], r"requests\[0\]\.params: max_tokens"),
        ([{"custom_id": "a"}], r"requests\[0\]\.params: model"),
        ([batch_item("a", stream=True)], r"requests\[0\]\.params: a batch request cannot stream"),
    ],
)
def test_create_refuses_bad_requests_naming_them(
    client: ZaguanClient, requests: Any, message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        client.create_messages_batch(requests)


# --- get, cancel -----------------------------------------------------------------------------


def test_get_reads_the_batch_by_id(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    ended = batch_json(status="ended", ended_at="2025-06-01T10:05:00Z", results_url="https://r")
    httpx_mock.add_response(url=f"{BATCHES_URL}/msgbatch_01", method="GET", json=ended)
    batch = client.get_messages_batch("msgbatch_01")
    assert batch.processing_status == "ended"
    assert batch.results_url == "https://r"


def test_a_batch_id_is_one_path_segment(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BATCHES_URL}/a%2Fb", json=batch_json())
    client.get_messages_batch("a/b")
    assert sent(httpx_mock.get_request()).url.raw_path == b"/v1/messages/batches/a%2Fb"


@pytest.mark.parametrize("batch_id", ["", None, 7])
def test_a_bad_batch_id_is_refused(client: ZaguanClient, batch_id: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="batch_id"):
        client.get_messages_batch(batch_id)


def test_an_unknown_batch_raises_not_found(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{BATCHES_URL}/nope", status_code=404, json=anthropic_error("not_found_error", "no")
    )
    with pytest.raises(NotFoundError):
        client.get_messages_batch("nope")


def test_cancel_posts_to_the_batchs_cancel(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    canceling = batch_json(status="canceling", cancel_initiated_at="2025-06-01T10:01:00Z")
    httpx_mock.add_response(url=f"{BATCHES_URL}/msgbatch_01/cancel", method="POST", json=canceling)
    batch = client.cancel_messages_batch("msgbatch_01", anthropic_version="2024-01-01")
    assert batch.processing_status == "canceling"
    assert sent(httpx_mock.get_request()).headers["anthropic-version"] == "2024-01-01"


def test_get_and_cancel_send_the_version_header_by_default_and_take_the_id_by_keyword(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{BATCHES_URL}/msgbatch_01", method="GET", json=batch_json())
    httpx_mock.add_response(
        url=f"{BATCHES_URL}/msgbatch_01/cancel", method="POST", json=batch_json()
    )
    client.get_messages_batch(batch_id="msgbatch_01", request_id="req-get")
    client.cancel_messages_batch("msgbatch_01", anthropic_version=None)
    sent_get, sent_cancel = httpx_mock.get_requests()
    assert sent_get.headers["anthropic-version"] == "2023-06-01"
    assert sent_get.headers["x-request-id"] == "req-get"
    assert sent_cancel.headers["anthropic-version"] == "2023-06-01"


@pytest.mark.parametrize("version", ["", "  ", 2023, "2023-06-01\r\nX-Evil: 1", "\u00e9"])
def test_get_and_cancel_refuse_a_bad_anthropic_version(client: ZaguanClient, version: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="anthropic_version"):
        client.get_messages_batch("msgbatch_01", anthropic_version=version)
    with pytest.raises(InvalidArgumentError, match="anthropic_version"):
        client.cancel_messages_batch("msgbatch_01", anthropic_version=version)


# --- list, and every page ---------------------------------------------------------------------


def page(*ids: str, has_more: bool, last_id: Any = "") -> dict[str, Any]:
    return {
        "data": [batch_json(batch_id) for batch_id in ids],
        "has_more": has_more,
        "first_id": ids[0] if ids else None,
        "last_id": (ids[-1] if ids else None) if last_id == "" else last_id,
    }


def test_list_sends_the_paging_query_and_returns_the_page(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=page("b2", "b1", has_more=True))
    result = client.list_messages_batches(limit=2, after_id="b3", before_id="b0")
    assert isinstance(result, AnthropicMessagesBatchList)
    assert [b.id for b in result.data] == ["b2", "b1"]
    assert (result.has_more, result.first_id, result.last_id) == (True, "b2", "b1")
    assert dict(sent(httpx_mock.get_request()).url.params) == {
        "limit": "2",
        "after_id": "b3",
        "before_id": "b0",
    }


def test_list_without_arguments_sends_no_query(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=page(has_more=False))
    client.list_messages_batches()
    assert sent(httpx_mock.get_request()).url == httpx.URL(BATCHES_URL)


@pytest.mark.parametrize("limit", [0, -1, True, "2"])
def test_list_refuses_a_limit_that_is_not_a_positive_integer(
    client: ZaguanClient, limit: Any
) -> None:
    with pytest.raises(InvalidArgumentError, match="limit"):
        client.list_messages_batches(limit=limit)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"limit": 0}, "limit must be at least 1"),
        ({"limit": 1001}, "limit must be at most 1000"),
        ({"after_id": ""}, "after_id must not be empty"),
        ({"before_id": 7}, "before_id must be a string"),
    ],
)
def test_list_refuses_arguments_outside_the_specs_bounds_naming_them(
    client: ZaguanClient, arguments: Any, message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        client.list_messages_batches(**arguments)


def test_list_takes_the_version_and_the_paging_query_by_position(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=page(has_more=False))
    client.list_messages_batches(1000, "b3", anthropic_version="2024-01-01")
    request = sent(httpx_mock.get_request())
    assert dict(request.url.params) == {"limit": "1000", "after_id": "b3"}
    assert request.headers["anthropic-version"] == "2024-01-01"


def test_iter_walks_every_page_by_last_id(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=page("b5", "b4", has_more=True))
    httpx_mock.add_response(json=page("b3", "b2", has_more=True))
    httpx_mock.add_response(json=page("b1", has_more=False))
    assert [b.id for b in client.iter_messages_batches(limit=2)] == ["b5", "b4", "b3", "b2", "b1"]
    queries = [dict(r.url.params) for r in httpx_mock.get_requests()]
    assert queries == [
        {"limit": "2"},
        {"limit": "2", "after_id": "b4"},
        {"limit": "2", "after_id": "b2"},
    ]


def test_iter_sends_each_page_with_its_own_request_id(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=page("b2", has_more=True))
    httpx_mock.add_response(json=page("b1", has_more=False))
    list(client.iter_messages_batches())
    ids = [r.headers["x-request-id"] for r in httpx_mock.get_requests()]
    assert len(set(ids)) == 2


def test_iter_takes_the_last_batch_id_when_last_id_is_missing(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=page("b2", has_more=True, last_id=None))
    httpx_mock.add_response(json=page("b1", has_more=False))
    assert [b.id for b in client.iter_messages_batches()] == ["b2", "b1"]


def test_iter_stops_with_an_error_when_a_page_comes_twice(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=page("b2", has_more=True), is_reusable=True)
    seen: List[str] = []
    with pytest.raises(APIResponseValidationError, match="a second time"):
        seen.extend(b.id for b in client.iter_messages_batches())
    assert seen == ["b2", "b2"]


def test_iter_refuses_bad_arguments_at_the_call(client: ZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match="limit"):
        client.iter_messages_batches(limit=0)


# --- results, as JSON Lines -------------------------------------------------------------------


def serve_results(httpx_mock: HTTPXMock, body: bytes, chunk: int = 0) -> None:
    if chunk:
        reads = [body[i : i + chunk] for i in range(0, len(body), chunk)]
        httpx_mock.add_response(url=RESULTS_URL, headers=JSONL, stream=IteratorStream(reads))
    else:
        httpx_mock.add_response(url=RESULTS_URL, headers=JSONL, content=body)


def test_results_are_typed_per_outcome(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    serve_results(httpx_mock, jsonl(*RESULT_LINES))
    with client.get_messages_batch_results("msgbatch_01") as results:
        assert isinstance(results, Stream)
        lines = list(results)
    assert all(isinstance(line, AnthropicMessagesBatchResult) for line in lines)
    assert [line.custom_id for line in lines] == ["r1", "r2", "r3", "r4"]
    assert [type(line.result) for line in lines] == [
        AnthropicBatchSucceededResult,
        AnthropicBatchErroredResult,
        AnthropicBatchCanceledResult,
        AnthropicBatchExpiredResult,
    ]


def test_a_succeeded_result_holds_the_typed_message(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve_results(httpx_mock, jsonl(RESULT_LINES[0]))
    [line] = client.get_messages_batch_results("msgbatch_01")
    assert isinstance(line.result, AnthropicBatchSucceededResult)
    assert line.result.message.content[0].text == "Hi! How can I help?"  # type: ignore[union-attr]


def test_an_errored_result_holds_anthropics_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve_results(httpx_mock, jsonl(RESULT_LINES[1]))
    [line] = client.get_messages_batch_results("msgbatch_01")
    assert isinstance(line.result, AnthropicBatchErroredResult)
    assert line.result.error.error.type == "invalid_request_error"
    assert line.result.error.error.message == "max_tokens: too large"


def test_results_split_anywhere_across_reads_are_read_line_by_line(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve_results(httpx_mock, jsonl(*RESULT_LINES), chunk=7)
    assert [line.custom_id for line in client.get_messages_batch_results("msgbatch_01")] == [
        "r1",
        "r2",
        "r3",
        "r4",
    ]


def test_results_send_the_version_and_the_call_options(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve_results(httpx_mock, b"")
    results = client.get_messages_batch_results("msgbatch_01", request_id="req-res")
    assert list(results) == []
    request = sent(httpx_mock.get_request())
    assert (request.headers["x-request-id"], request.headers["anthropic-version"]) == (
        "req-res",
        "2023-06-01",
    )
    assert results.request_id == "req-res"


def test_a_malformed_line_raises_the_validation_error_after_the_lines_before_it(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve_results(httpx_mock, jsonl(RESULT_LINES[0]) + b'{"custom_id": "r2", "res\n')
    received: List[Any] = []
    with pytest.raises(APIResponseValidationError, match="line 2"):
        received.extend(client.get_messages_batch_results("msgbatch_01"))
    assert [line.custom_id for line in received] == ["r1"]


def test_a_line_of_the_wrong_shape_raises_the_validation_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve_results(httpx_mock, jsonl({"custom_id": "r1", "result": {"type": "mystery"}}))
    with pytest.raises(APIResponseValidationError, match="result"):
        list(client.get_messages_batch_results("msgbatch_01"))


def test_an_error_line_raises_the_typed_error(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    serve_results(httpx_mock, jsonl(RESULT_LINES[0], anthropic_error("api_error", "lost")))
    with pytest.raises(InternalServerError, match="lost"):
        list(client.get_messages_batch_results("msgbatch_01"))


def test_results_cut_mid_way_raise_the_connection_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    def cut() -> Any:
        yield jsonl(RESULT_LINES[0])
        raise httpx.RemoteProtocolError("peer closed connection without sending complete body")

    httpx_mock.add_response(url=RESULTS_URL, headers=JSONL, stream=IteratorStream(cut()))
    with pytest.raises(APIConnectionError, match="the JSON Lines body was cut"):
        list(client.get_messages_batch_results("msgbatch_01"))


def test_results_of_an_unknown_batch_raise_at_the_call(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{BATCHES_URL}/nope/results",
        status_code=404,
        json=anthropic_error("not_found_error", "no batch"),
    )
    with pytest.raises(NotFoundError, match="no batch"):
        client.get_messages_batch_results("nope")


def test_breaking_out_of_the_results_closes_the_connection(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve_results(httpx_mock, jsonl(*RESULT_LINES), chunk=50)
    results = client.get_messages_batch_results("msgbatch_01")
    for line in results:
        if line.custom_id == "r1":
            break
    assert results.response.is_closed
    assert not results.completed


def test_results_closed_before_reading_release_the_connection(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve_results(httpx_mock, jsonl(*RESULT_LINES))
    results = client.get_messages_batch_results("msgbatch_01")
    results.close()
    assert results.response.is_closed
    assert list(results) == []


# --- async -----------------------------------------------------------------------------------


async def test_async_create_get_cancel_return_typed_batches(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=BATCHES_URL, method="POST", json=batch_json())
    httpx_mock.add_response(url=f"{BATCHES_URL}/msgbatch_01", json=batch_json(status="ended"))
    httpx_mock.add_response(
        url=f"{BATCHES_URL}/msgbatch_01/cancel", json=batch_json(status="canceling")
    )
    created = await aclient.create_messages_batch([batch_item("a")])
    fetched = await aclient.get_messages_batch(created.id)
    canceled = await aclient.cancel_messages_batch(created.id)
    statuses = [created.processing_status, fetched.processing_status, canceled.processing_status]
    assert statuses == ["in_progress", "ended", "canceling"]


async def test_async_list_and_iter_walk_the_pages(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=page("b3", "b2", has_more=True))
    httpx_mock.add_response(json=page("b1", has_more=False))
    httpx_mock.add_response(json=page("b3", has_more=True))
    assert [b.id async for b in aclient.iter_messages_batches(limit=2)] == ["b3", "b2", "b1"]
    assert (await aclient.list_messages_batches(limit=1)).has_more


async def test_async_results_are_read_line_by_line(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve_results(httpx_mock, jsonl(*RESULT_LINES), chunk=11)
    async with aclient.get_messages_batch_results("msgbatch_01") as results:
        ids = [line.custom_id async for line in results]
    assert ids == ["r1", "r2", "r3", "r4"]
    assert results.response.is_closed


async def test_async_results_of_an_unknown_batch_raise_when_awaited(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{BATCHES_URL}/nope/results",
        status_code=404,
        json=anthropic_error("not_found_error", "x"),
    )
    with pytest.raises(NotFoundError):
        await aclient.get_messages_batch_results("nope")


async def test_async_bad_arguments_are_refused_at_the_call(aclient: AsyncZaguanClient) -> None:
    with pytest.raises(InvalidArgumentError, match="batch_id"):
        aclient.get_messages_batch_results("")
    with pytest.raises(InvalidArgumentError, match="limit"):
        aclient.iter_messages_batches(limit=0)
