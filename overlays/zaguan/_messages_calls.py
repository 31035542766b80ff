"""The Anthropic-style calls of Zaguan CoreX (messages, token counts, message batches) described
without I/O, shared by the sync and async clients (``_messages``).

Each call is built with its generated endpoint module (``zaguan.generated.api.messages``) and read
with the generated models; what is written here is what the spec cannot say: the checks made
before sending, the per-call ``anthropic-version`` header, the typed stream events picked by
their ``type``, and the JSON Lines reader of batch results.
"""

from __future__ import annotations

from collections import abc
from typing import Any, Dict, FrozenSet, List, Mapping, Optional, Set, Tuple, Type

from zaguan._runtime import (
    SKIP,
    Call,
    MessageAccumulator,
    Pages,
    RequestDescription,
    StreamSpec,
    build_body,
    check_chat_request,
    message_events,
    split_options,
    stamp_request_id,
)
from zaguan.generated.api.messages import (
    count_tokens,
    create_message,
    create_messages_batch,
    get_messages_batch_results,
    list_messages_batches,
)
from zaguan.generated.models import (
    AnthropicContentBlockDeltaEvent,
    AnthropicContentBlockStartEvent,
    AnthropicContentBlockStopEvent,
    AnthropicCountTokensRequest,
    AnthropicCountTokensResponse,
    AnthropicMessageDeltaEvent,
    AnthropicMessagesBatchItem,
    AnthropicMessagesBatchList,
    AnthropicMessagesBatchRequest,
    AnthropicMessagesBatchResponse,
    AnthropicMessagesBatchResult,
    AnthropicMessagesRequest,
    AnthropicMessagesResponse,
    AnthropicMessageStartEvent,
    AnthropicMessageStopEvent,
    AnthropicPingEvent,
)
from zaguan.generated.params import AnthropicCountTokensRequestParam, AnthropicMessagesRequestParam
from zaguan.generated.types import UNSET, Model

from .errors import APIResponseValidationError, InvalidArgumentError

__all__ = [
    "COUNT_FIELDS",
    "DEFAULT_ANTHROPIC_VERSION",
    "MESSAGE_FIELDS",
    "RESULT_LINES",
    "batch_list_call",
    "batch_pages",
    "count_tokens_call",
    "create_batch_call",
    "event_reader",
    "final_message",
    "message_call",
    "next_after_id",
    "parse_event",
    "results_request",
    "split_keywords",
    "split_version",
    "stream_request",
]

#: The ``anthropic-version`` header sent when a call gives none.
DEFAULT_ANTHROPIC_VERSION = "2023-06-01"
MESSAGE_FIELDS = frozenset(AnthropicMessagesRequestParam.__annotations__)
COUNT_FIELDS = frozenset(AnthropicCountTokensRequestParam.__annotations__)

# The typed model of each event type; events of other types are skipped.
_EVENTS: Dict[str, Type[Model]] = {
    "content_block_delta": AnthropicContentBlockDeltaEvent,
    "message_start": AnthropicMessageStartEvent,
    "content_block_start": AnthropicContentBlockStartEvent,
    "content_block_stop": AnthropicContentBlockStopEvent,
    "message_delta": AnthropicMessageDeltaEvent,
    "message_stop": AnthropicMessageStopEvent,
    "ping": AnthropicPingEvent,
}


# --- keywords, the version header -----------------------------------------------------------


def split_version(options: Mapping[str, Any]) -> Tuple[str, Dict[str, Any]]:
    """The ``anthropic_version`` among a method's keywords (checked; the default when not
    given) and the other keywords."""
    rest = dict(options)
    version = rest.pop("anthropic_version", None)
    if version is None:
        return DEFAULT_ANTHROPIC_VERSION, rest
    if not isinstance(version, str) or not version.strip():
        raise InvalidArgumentError(
            f"anthropic_version must be a non-empty str such as {DEFAULT_ANTHROPIC_VERSION!r}, "
            f"not {type(version).__name__ if not isinstance(version, str) else repr(version)}"
        )
    if not (version.isascii() and version.isprintable()):
        raise InvalidArgumentError(
            "anthropic_version must be printable ASCII (it is sent as the anthropic-version "
            "header: no CR, LF or other control characters)"
        )
    return version, rest


def split_keywords(
    method: str, kwargs: Mapping[str, Any], known: FrozenSet[str]
) -> Tuple[Dict[str, Any], Dict[str, Any], str]:
    """The request fields, the call options and the ``anthropic-version`` of a method's keywords.

    Any other keyword is refused, naming it (as ``chat()`` does): a misspelt ``max_token=``
    must not reach the gateway; fields the SDK does not know go in ``extra_body``.
    """
    version, rest = split_version(kwargs)
    fields, options = split_options(rest)
    unknown = sorted(fields.keys() - known)
    if unknown:
        raise InvalidArgumentError(
            f"{method}() got an unexpected keyword argument {unknown[0]!r}; send a field the "
            f"SDK does not know in extra_body={{{unknown[0]!r}: ...}}"
        )
    return fields, options, version


# --- checks made before sending -------------------------------------------------------------


def _check_count(body: Mapping[str, Any], invalid: Any) -> None:
    check_chat_request(body, invalid)


def _check_message(body: Mapping[str, Any], invalid: Any) -> None:
    check_chat_request(body, invalid)
    max_tokens = body.get("max_tokens")
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 1:
        raise invalid(
            f"max_tokens must be a positive integer (Anthropic's Messages API requires it), "
            f"not {max_tokens!r}"
        )


def _message_body(request: Any, fields: Mapping[str, Any]) -> Dict[str, Any]:
    return build_body(
        AnthropicMessagesRequest, request, fields, InvalidArgumentError, _check_message
    )


# --- messages, whole and streamed -----------------------------------------------------------


def message_call(
    request: Any, fields: Mapping[str, Any], version: str
) -> Call[AnthropicMessagesResponse]:
    """A Messages call, from a request model, a mapping, keyword fields, or a mix."""
    body = _message_body(request, fields)
    if body.get("stream") is True:
        raise InvalidArgumentError(
            "messages() returns a whole message: use messages_stream() to stream"
        )
    described = create_message.build_request(body=body, anthropic_version=version)
    return Call(described, create_message.parse_success)


def stream_request(request: Any, fields: Mapping[str, Any], version: str) -> RequestDescription:
    """The request of a streamed Messages call (``stream`` set to true)."""
    body = _message_body(request, fields)
    body["stream"] = True
    return create_message.build_request(body=body, anthropic_version=version)


def parse_event(data: Any, request_id: str) -> Any:
    """The typed event of one stream event's JSON, stamped with the call's request id;
    :data:`SKIP` for an event type the SDK does not know (a newer server's)."""
    if type(data) is not dict:
        raise TypeError(f"a Messages stream event is a JSON object, not {type(data).__name__}")
    model = _EVENTS.get(data.get("type"))  # type: ignore[arg-type]
    if model is None:
        return SKIP
    event = model.from_dict(data)
    event._request_id = request_id
    return event


def event_reader() -> Tuple[StreamSpec[Any], MessageAccumulator]:
    """How a ``messages_stream()`` reads its response, and the accumulator its events are
    folded into as they are read (for ``get_final_message()``).

    A server that answers with the whole message instead of events (LiteLLM's mock does)
    gets the events that message stands for (``message_events``): the same sequence a real
    stream has, so loops over the events and the collector work unchanged.
    """
    accumulator = MessageAccumulator()

    def parse(data: Any, request_id: str) -> Any:
        event = parse_event(data, request_id)
        if event is not SKIP:
            accumulator.add(event)
        return event

    def whole(data: Any, request_id: str) -> List[Any]:
        message = create_message.parse_success(data)  # the reply must be a whole message
        return [parse(event, request_id) for event in message_events(message.to_dict())]

    return StreamSpec(parse, whole_body=whole), accumulator


def final_message(accumulator: MessageAccumulator, request_id: str) -> AnthropicMessagesResponse:
    """The message a stream's events add up to, stamped with the stream's request id."""
    data: Any = None
    try:
        data = accumulator.result()
        message = create_message.parse_success(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            None,
            f"The stream does not add up to a message: {type(exc).__name__}: {exc}",
            request_id,
            body=data,
        ) from None
    return stamp_request_id(message, request_id)


# --- token counts ---------------------------------------------------------------------------


def count_tokens_call(
    request: Any, fields: Mapping[str, Any], version: str
) -> Call[AnthropicCountTokensResponse]:
    """A token count of the input a Messages request would have."""
    body = build_body(
        AnthropicCountTokensRequest, request, fields, InvalidArgumentError, _check_count
    )
    described = count_tokens.build_request(body=body, anthropic_version=version)
    return Call(described, count_tokens.parse_success)


# --- message batches ------------------------------------------------------------------------


def _batch_items(requests: Any) -> List[Any]:
    if isinstance(requests, AnthropicMessagesBatchRequest):
        return list(requests.to_dict()["requests"])
    if isinstance(requests, abc.Mapping) and "requests" in requests:
        requests = requests["requests"]
    if isinstance(requests, (str, bytes)) or not isinstance(requests, abc.Sequence):
        raise InvalidArgumentError(
            f"requests must be a list of batch items ({{'custom_id': ..., 'params': {{...}}}}), "
            f"not {type(requests).__name__}"
        )
    if not requests:
        raise InvalidArgumentError("requests must hold at least one batch item")
    return list(requests)


def _batch_item(index: int, item: Any, seen: Set[str]) -> Dict[str, Any]:
    where = f"requests[{index}]"
    if isinstance(item, AnthropicMessagesBatchItem):
        item = item.to_dict()
    if not isinstance(item, abc.Mapping):
        raise InvalidArgumentError(
            f"{where} must be a batch item or a mapping, not {type(item).__name__}", path=where
        )
    custom_id = item.get("custom_id")
    if not isinstance(custom_id, str) or not custom_id:
        raise InvalidArgumentError(
            f"{where}.custom_id must be a non-empty str", path=f"{where}.custom_id"
        )
    if custom_id in seen:
        raise InvalidArgumentError(
            f"{where}.custom_id {custom_id!r} is used by an earlier request: each request of a "
            f"batch needs its own, to match its result",
            path=f"{where}.custom_id",
        )
    seen.add(custom_id)

    def invalid(message: str) -> Exception:
        return InvalidArgumentError(f"{where}.params: {message}", path=f"{where}.params")

    params = build_body(AnthropicMessagesRequest, item.get("params"), {}, invalid, _check_message)
    if params.get("stream") is True:
        raise invalid("a batch request cannot stream (leave stream out)")
    return {**item, "params": params}


def create_batch_call(requests: Any, version: str) -> Call[AnthropicMessagesBatchResponse]:
    """A batch made of ``requests``: a list of items (models or mappings), or the whole
    request (``AnthropicMessagesBatchRequest`` or ``{"requests": [...]}``)."""
    seen: Set[str] = set()
    items = [_batch_item(index, item, seen) for index, item in enumerate(_batch_items(requests))]
    described = create_messages_batch.build_request(
        body={"requests": items}, anthropic_version=version
    )
    return Call(described, create_messages_batch.parse_success)


def _batch_id(batch_id: Any) -> str:
    if not isinstance(batch_id, str) or not batch_id:
        shown = repr(batch_id) if isinstance(batch_id, str) else type(batch_id).__name__
        raise InvalidArgumentError(
            f"batch_id must be a non-empty str, not {shown}", path="batch_id"
        )
    return batch_id


def batch_list_call(
    limit: Optional[int], after_id: Optional[str], version: str
) -> Call[AnthropicMessagesBatchList]:
    """One page of batches, newest first, for ``iter_messages_batches`` (the generated request
    checks the arguments: ``limit`` 1 to 1000, ids non-empty strings)."""
    described = list_messages_batches.build_request(
        limit=UNSET if limit is None else limit,
        after_id=UNSET if after_id is None else after_id,
        anthropic_version=version,
    )
    return Call(described, list_messages_batches.parse_success)


def batch_pages(
    limit: Optional[int], after_id: Optional[str], version: str
) -> Pages[AnthropicMessagesBatchList, AnthropicMessagesBatchResponse]:
    """Every batch, newest first (after ``after_id``), page after page; the arguments are
    checked here, at once."""
    seen: Set[str] = set()

    def after(page: AnthropicMessagesBatchList) -> Optional[Call[AnthropicMessagesBatchList]]:
        last_id = next_after_id(page, seen)
        return None if last_id is None else batch_list_call(limit, last_id, version)

    return Pages(batch_list_call(limit, after_id, version), lambda page: page.data, after)


def next_after_id(page: AnthropicMessagesBatchList, seen: Set[str]) -> Optional[str]:
    """The ``after_id`` of the page after ``page``, or None on the last page.

    ``seen`` holds the ids already followed (this one is added): a gateway that hands one out
    again would send the iterator round in circles, so that is an error, as is a page that
    says there is more but not where it ends.
    """
    if not page.has_more or not page.data:
        return None
    last_id = page.last_id or page.data[-1].id
    if last_id in seen:
        raise APIResponseValidationError(
            None,
            f"The batch list gave the page ending at {last_id!r} a second time: stopping rather "
            f"than reading the same pages again",
            page.request_id,
            body={"last_id": last_id},
        )
    seen.add(last_id)
    return last_id


# --- batch results, as JSON Lines -----------------------------------------------------------


def _parse_result(data: Any, request_id: str) -> AnthropicMessagesBatchResult:
    result = AnthropicMessagesBatchResult.from_dict(data)
    result._request_id = request_id
    return result


#: How ``get_messages_batch_results()`` reads its response: one typed result per JSON line.
RESULT_LINES: StreamSpec[AnthropicMessagesBatchResult] = StreamSpec(_parse_result, json_lines=True)


def results_request(batch_id: Any, version: str) -> RequestDescription:
    """The request of a batch's results (JSON Lines, read line by line as they arrive)."""
    return get_messages_batch_results.build_request(_batch_id(batch_id), anthropic_version=version)
