"""messages_stream(): typed events, the collector, a whole message standing for a stream, errors."""

from __future__ import annotations

import json
from typing import Any, List

import pytest
from pytest_httpx import HTTPXMock, IteratorStream

from zaguan import (
    AnthropicMessagesResponse,
    AsyncMessageStream,
    AsyncStream,
    AsyncZaguanClient,
    MessageStream,
    Stream,
    ZaguanClient,
)
from zaguan.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
)
from zaguan.models import (
    AnthropicContentBlockDeltaEvent,
    AnthropicContentBlockStartEvent,
    AnthropicContentBlockStopEvent,
    AnthropicInputJSONDelta,
    AnthropicMessageDeltaEvent,
    AnthropicMessageStartEvent,
    AnthropicMessageStopEvent,
    AnthropicPingEvent,
    AnthropicSignatureDelta,
    AnthropicTextDelta,
    AnthropicThinkingBlock,
    AnthropicThinkingDelta,
    AnthropicToolUseBlock,
)

from .msg_helpers import (
    FULL_STREAM,
    MESSAGES_URL,
    MODEL,
    SSE,
    STOP,
    TEXT_STREAM,
    USER,
    anthropic_error,
    block_start,
    delta,
    event,
    message_delta,
    message_json,
    start,
)
from .zg_helpers import body_of, sent


def serve(httpx_mock: HTTPXMock, events: List[bytes], split: bool = False) -> None:
    """The events as one body, or each event cut in two reads."""
    if split:
        reads = [part for e in events for part in (e[: len(e) // 2], e[len(e) // 2 :])]
        httpx_mock.add_response(url=MESSAGES_URL, headers=SSE, stream=IteratorStream(reads))
    else:
        httpx_mock.add_response(url=MESSAGES_URL, headers=SSE, content=b"".join(events))


def open_stream(client: ZaguanClient, **extra: Any) -> MessageStream:
    return client.messages_stream(model=MODEL, max_tokens=64, messages=USER, **extra)


def texts(events: List[Any]) -> List[str]:
    return [
        e.delta.text
        for e in events
        if e.type == "content_block_delta" and isinstance(e.delta, AnthropicTextDelta)
    ]


# --- the request -----------------------------------------------------------------------------


def test_messages_stream_posts_the_request_with_stream_true(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, TEXT_STREAM)
    with open_stream(client, system="Be brief."):
        pass
    request = sent(httpx_mock.get_request())
    assert body_of(request) == {
        "model": MODEL,
        "max_tokens": 64,
        "messages": USER,
        "system": "Be brief.",
        "stream": True,
    }
    assert request.headers["anthropic-version"] == "2023-06-01"


def test_messages_stream_takes_a_request_dict_and_anthropic_version(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, TEXT_STREAM)
    request = {"model": MODEL, "max_tokens": 64, "messages": USER}
    with client.messages_stream(request, anthropic_version="2024-10-22"):
        pass
    assert sent(httpx_mock.get_request()).headers["anthropic-version"] == "2024-10-22"


def test_messages_stream_refuses_bad_input_before_sending(client: ZaguanClient) -> None:
    from zaguan.errors import InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="max_tokens"):
        client.messages_stream(model=MODEL, messages=USER)  # type: ignore[call-overload]


# --- the events ------------------------------------------------------------------------------


def test_the_stream_is_a_stream_of_typed_events_in_order(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, FULL_STREAM)
    with open_stream(client) as stream:
        assert isinstance(stream, Stream)
        events = list(stream)
    assert [type(e) for e in events[:3]] == [
        AnthropicMessageStartEvent,
        AnthropicPingEvent,
        AnthropicContentBlockStartEvent,
    ]
    assert isinstance(events[-3], AnthropicContentBlockStopEvent)
    assert isinstance(events[-2], AnthropicMessageDeltaEvent)
    assert isinstance(events[-1], AnthropicMessageStopEvent)
    assert len(events) == len(FULL_STREAM)


def test_each_delta_kind_parses_into_its_class(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    serve(httpx_mock, FULL_STREAM)
    deltas = [
        e.delta for e in open_stream(client) if isinstance(e, AnthropicContentBlockDeltaEvent)
    ]
    assert [type(d) for d in deltas] == [
        AnthropicThinkingDelta,
        AnthropicThinkingDelta,
        AnthropicSignatureDelta,
        AnthropicTextDelta,
        AnthropicTextDelta,
        AnthropicInputJSONDelta,
        AnthropicInputJSONDelta,
    ]
    assert deltas[5].partial_json == '{"city": '  # type: ignore[union-attr]


def test_a_message_delta_without_a_type_in_its_delta_parses(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, TEXT_STREAM)
    [delta_event] = [e for e in open_stream(client) if isinstance(e, AnthropicMessageDeltaEvent)]
    assert delta_event.delta.type is None
    assert delta_event.delta.stop_reason == "end_turn"
    assert delta_event.usage is not None and delta_event.usage.output_tokens == 6


def test_events_of_an_unknown_type_are_skipped(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    serve(httpx_mock, [TEXT_STREAM[0], event("sparkle", glitter=1), *TEXT_STREAM[1:]])
    kinds = [e.type for e in open_stream(client)]
    assert "sparkle" not in kinds
    assert kinds[-1] == "message_stop"


def test_events_split_across_reads_are_reassembled(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, TEXT_STREAM, split=True)
    assert texts(list(open_stream(client))) == ["Hi! ", "How can I help?"]


def test_events_with_data_lines_only_end_at_message_stop(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, [e.split(b"\n", 1)[1] for e in TEXT_STREAM])  # no `event:` lines
    with open_stream(client) as stream:
        assert texts(list(stream)) == ["Hi! ", "How can I help?"]
        assert stream.completed


def test_every_event_carries_the_request_id(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    serve(httpx_mock, TEXT_STREAM)
    events = list(open_stream(client, request_id="req-stream-1"))
    assert {e.request_id for e in events} == {"req-stream-1"}


# --- the collector ---------------------------------------------------------------------------


def test_get_final_message_after_the_loop_is_the_whole_message(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, FULL_STREAM)
    with open_stream(client, request_id="req-final") as stream:
        for _ in stream:
            pass
        message = stream.get_final_message()
    assert isinstance(message, AnthropicMessagesResponse)
    thinking, text, tool = message.content
    assert isinstance(thinking, AnthropicThinkingBlock)
    assert (thinking.thinking, thinking.signature) == ("Weather, so a tool.", "sig-1")
    assert text.type == "text" and text.text == "Let me check."  # type: ignore[union-attr]
    assert isinstance(tool, AnthropicToolUseBlock) and tool.input == {"city": "Paris"}
    assert message.stop_reason == "tool_use"
    assert (message.usage.input_tokens, message.usage.output_tokens) == (20, 31)
    assert message.request_id == "req-final"


def test_get_final_message_reads_the_stream_itself(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, TEXT_STREAM)
    stream = open_stream(client)
    message = stream.get_final_message()
    assert message.content[0].text == "Hi! How can I help?"  # type: ignore[union-attr]
    assert stream.completed and stream.response.is_closed


def test_get_final_message_after_part_of_the_loop_still_has_everything(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, TEXT_STREAM)
    with open_stream(client) as stream:
        next(stream)
        next(stream)
        message = stream.get_final_message()
    assert message.content[0].text == "Hi! How can I help?"  # type: ignore[union-attr]


def test_a_stream_that_does_not_add_up_raises_the_validation_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    bad_input = [
        start(),
        block_start(0, {"type": "tool_use", "id": "t", "name": "f", "input": {}}),
        delta(0, type="input_json_delta", partial_json='{"cut'),
        message_delta("tool_use"),
        STOP,
    ]
    serve(httpx_mock, bad_input)
    with pytest.raises(APIResponseValidationError, match="does not add up to a message"):
        open_stream(client).get_final_message()


# --- a whole message where a stream was asked for (LiteLLM's mock) --------------------------


def whole(httpx_mock: HTTPXMock, **extra: Any) -> None:
    httpx_mock.add_response(url=MESSAGES_URL, json=message_json(**extra))


def test_a_whole_message_answer_gives_the_standard_event_sequence(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    whole(httpx_mock)
    kinds = [e.type for e in open_stream(client)]
    assert kinds == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]


def test_a_whole_message_answer_gives_its_text_as_a_text_delta(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    whole(httpx_mock)
    assert texts(list(open_stream(client))) == ["Hi! How can I help?"]


def test_a_whole_message_answer_collects_into_the_same_message(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    content = [
        {"type": "text", "text": "Checking."},
        {"type": "tool_use", "id": "toolu_9", "name": "f", "input": {"q": "é"}},
    ]
    whole(httpx_mock, content=content, stop_reason="tool_use")
    with open_stream(client) as stream:
        message = stream.get_final_message()
        assert stream.completed
    expected = AnthropicMessagesResponse.from_dict(
        message_json(content=content, stop_reason="tool_use")
    )
    assert message == expected


def test_a_whole_json_error_answer_raises_the_typed_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=MESSAGES_URL, json=anthropic_error("rate_limit_error", "Slow"))
    with pytest.raises(RateLimitError, match="Slow"):
        list(open_stream(client))


def test_a_whole_json_answer_that_is_no_message_raises_the_validation_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=MESSAGES_URL, json={"id": "x", "content": "not a list"})
    with pytest.raises(APIResponseValidationError, match="Expected an event stream"):
        list(open_stream(client))


# --- errors ----------------------------------------------------------------------------------


def test_an_error_event_raises_the_typed_error_after_the_events_before_it(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    error = event("error", error={"type": "overloaded_error", "message": "Overloaded"})
    serve(httpx_mock, [*TEXT_STREAM[:3], error])
    received: List[Any] = []
    with pytest.raises(InternalServerError) as caught:
        received.extend(open_stream(client))
    assert [e.type for e in received] == [
        "message_start",
        "content_block_start",
        "content_block_delta",
    ]
    assert caught.value.status_code == 529
    assert caught.value.type == "overloaded_error"


def test_an_error_event_of_rate_limit_type_raises_rate_limit_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, [start(), event("error", error={"type": "rate_limit_error", "message": "x"})])
    with pytest.raises(RateLimitError) as caught:
        list(open_stream(client))
    assert caught.value.status_code == 429


def test_an_error_payload_without_an_event_line_raises_too(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    data_only = event("error", with_name=False, error={"type": "api_error", "message": "boom"})
    serve(httpx_mock, [start(), data_only])
    with pytest.raises(InternalServerError, match="boom"):
        list(open_stream(client))


def test_an_error_event_of_an_unknown_type_raises_api_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, [start(), event("error", error={"type": "cosmic_ray", "message": "zap"})])
    with pytest.raises(APIError, match="zap") as caught:
        list(open_stream(client))
    assert caught.value.status_code is None


def test_a_stream_cut_before_message_stop_raises_the_connection_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, TEXT_STREAM[:4])
    with pytest.raises(APIConnectionError, match="message_stop"):
        list(open_stream(client))


def test_a_malformed_event_raises_the_validation_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, [start(), b'event: ping\ndata: {"type": "pi\n\n', STOP])
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        list(open_stream(client))


def test_an_event_of_the_wrong_shape_raises_the_validation_error(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, [start(), event("content_block_stop", index="zero"), STOP])
    with pytest.raises(APIResponseValidationError, match="index"):
        list(open_stream(client))


def test_an_http_error_is_raised_by_the_call(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    body = anthropic_error("invalid_request_error", "messages: roles must alternate")
    httpx_mock.add_response(url=MESSAGES_URL, status_code=400, json=body)
    with pytest.raises(BadRequestError, match="roles must alternate"):
        open_stream(client)


def test_a_failed_attempt_before_the_stream_starts_is_retried(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=MESSAGES_URL, status_code=503, json=anthropic_error("api_error", "x")
    )
    serve(httpx_mock, TEXT_STREAM)
    with open_stream(client) as stream:
        assert texts(list(stream)) == ["Hi! ", "How can I help?"]
    first, second = httpx_mock.get_requests()
    assert first.headers["x-request-id"] == second.headers["x-request-id"]


# --- releasing the connection ----------------------------------------------------------------


def test_breaking_out_of_the_loop_closes_the_connection(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, TEXT_STREAM)
    stream = open_stream(client)
    for event_ in stream:
        if event_.type == "content_block_start":
            break
    assert stream.response.is_closed
    assert not stream.completed


def test_leaving_with_closes_the_connection(client: ZaguanClient, httpx_mock: HTTPXMock) -> None:
    serve(httpx_mock, TEXT_STREAM)
    with open_stream(client) as stream:
        next(stream)
    assert stream.response.is_closed


def test_get_final_message_after_an_early_close_gives_what_had_arrived(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, TEXT_STREAM)
    with open_stream(client) as stream:
        for event_ in stream:
            if isinstance(event_, AnthropicContentBlockDeltaEvent):
                break
        message = stream.get_final_message()
    assert message.content[0].text == "Hi! "  # type: ignore[union-attr]
    assert message.stop_reason is None


# --- async -----------------------------------------------------------------------------------


def aopen(aclient: AsyncZaguanClient, **extra: Any) -> AsyncMessageStream:
    return aclient.messages_stream(model=MODEL, max_tokens=64, messages=USER, **extra)


async def test_async_for_gives_the_typed_events(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, FULL_STREAM)
    stream = aopen(aclient)
    assert isinstance(stream, AsyncStream)
    events = [e async for e in stream]
    assert [e.type for e in events] == [
        json.loads(e.split(b"data: ")[1])["type"] for e in FULL_STREAM
    ]


async def test_async_get_final_message_is_the_whole_message(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, FULL_STREAM, split=True)
    async with aopen(aclient) as stream:
        async for _ in stream:
            pass
        message = await stream.get_final_message()
    assert message.usage.output_tokens == 31
    assert message.content[2].input == {"city": "Paris"}  # type: ignore[union-attr]


async def test_async_get_final_message_starts_and_reads_the_stream(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, TEXT_STREAM)
    message = await aopen(aclient).get_final_message()
    assert message.content[0].text == "Hi! How can I help?"  # type: ignore[union-attr]


async def test_async_a_whole_message_answer_gives_the_standard_events(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    whole(httpx_mock)
    stream = await aopen(aclient)
    assert [e.type async for e in stream][0::5] == ["message_start", "message_stop"]


async def test_async_an_error_event_raises_the_typed_error(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, [start(), event("error", error={"type": "overloaded_error", "message": "o"})])
    with pytest.raises(InternalServerError):
        async for _ in aopen(aclient):
            pass


async def test_async_an_http_error_is_raised_when_awaited(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=MESSAGES_URL, status_code=400, json=anthropic_error("invalid_request_error", "bad")
    )
    stream = aopen(aclient)
    with pytest.raises(BadRequestError):
        await stream


async def test_async_leaving_async_with_closes_the_connection(
    aclient: AsyncZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, TEXT_STREAM)
    async with aopen(aclient) as stream:
        await stream.__anext__()
    assert stream.response.is_closed


def test_the_stream_request_reaches_the_transport_once(
    client: ZaguanClient, httpx_mock: HTTPXMock
) -> None:
    serve(httpx_mock, TEXT_STREAM)
    open_stream(client).get_final_message()
    assert len(httpx_mock.get_requests()) == 1
