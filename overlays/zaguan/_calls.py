"""The calls of Zaguan CoreX described without I/O, shared by the sync and async clients."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Set, Tuple, Union

import httpx

from zaguan._runtime import (
    Call,
    CallOptions,
    Pages,
    RequestDescription,
    build_body,
    check_chat_request,
    request_fields,
    split_options,
)
from zaguan.generated.api.audio import create_speech, create_transcription, create_translation
from zaguan.generated.api.chat import create_chat_completion
from zaguan.generated.api.credit import get_credits_history
from zaguan.generated.api.models import get_capabilities
from zaguan.generated.models import (
    ChatChunk,
    ChatRequest,
    ChatResponse,
    CreditsHistory,
    CreditsHistoryEntry,
    ModelCapabilities,
    TranscriptionResponse,
)
from zaguan.generated.params import ChatRequestParam
from zaguan.generated.types import UNSET, Unset

from .errors import APIResponseValidationError, InvalidArgumentError

__all__ = [
    "CAPABILITIES",
    "ChatKeywords",
    "RequestLike",
    "chat_call",
    "history_call",
    "history_pages",
    "next_cursor",
    "parse_chunk",
    "simple_request",
    "speech_request",
    "split_keywords",
    "stream_request",
    "transcript_call",
]

RequestLike = Union[ChatRequest, ChatRequestParam, Mapping[str, Any], None]


class ChatKeywords(ChatRequestParam, CallOptions):
    """The keyword arguments of ``chat()`` and ``chat_stream()`` called without a request:
    the fields of the generated :class:`ChatRequestParam` and the per-call options."""


_CHAT_FIELDS = frozenset(ChatRequestParam.__annotations__)


def split_keywords(method: str, kwargs: Mapping[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """The request fields and the call options among a chat method's keyword arguments.

    Any other keyword is refused, naming it: a misspelt ``temprature=`` must not reach the
    gateway as an unknown field (the notes give ``chat()`` no pass-through); fields the
    SDK does not know go in ``extra_body``.
    """
    fields, options = split_options(kwargs)
    unknown = sorted(fields.keys() - _CHAT_FIELDS)
    if unknown:
        raise InvalidArgumentError(
            f"{method}() got an unexpected keyword argument {unknown[0]!r}; send a field the "
            f"SDK does not know in extra_body={{{unknown[0]!r}: ...}}"
        )
    return fields, options


def _chat_body(request: RequestLike, overrides: Mapping[str, Any]) -> Dict[str, Any]:
    return build_body(ChatRequest, request, overrides, InvalidArgumentError, check_chat_request)


def chat_call(request: RequestLike, overrides: Mapping[str, Any]) -> Call[ChatResponse]:
    """A chat call, from a ChatRequest, a dict, keyword arguments, or a mix."""
    body = _chat_body(request, overrides)
    if body.get("stream") is True:
        raise InvalidArgumentError("chat() returns a whole reply: use chat_stream() to stream")
    described = create_chat_completion.build_request(body=body)
    return Call(described, create_chat_completion.parse_success)


def stream_request(request: RequestLike, overrides: Mapping[str, Any]) -> RequestDescription:
    """The request of a streamed chat call (``stream`` set to true)."""
    body = _chat_body(request, overrides)
    body["stream"] = True
    return create_chat_completion.build_request(body=body)


def simple_request(model: str, system: Optional[str], user: str) -> Dict[str, Any]:
    """The request of ``chat_simple()`` / ``chat_with_system()``."""
    messages = [] if system is None else [{"role": "system", "content": system}]
    messages.append({"role": "user", "content": user})
    return {"model": model, "messages": messages}


def next_cursor(page: CreditsHistory, seen: Set[str]) -> Optional[str]:
    """The cursor of the page after ``page``, or None on the last page.

    ``seen`` holds the cursors already followed (this one is added): a gateway that hands
    one out again would send the iterator round in circles, so that is an error.
    """
    cursor = page.next_cursor
    if not isinstance(cursor, str) or not cursor:
        return None
    if cursor in seen:
        raise APIResponseValidationError(
            None,
            f"The credits history gave the cursor {cursor!r} a second time: stopping rather "
            f"than reading the same pages again",
            getattr(page, "request_id", None),
            body={"next_cursor": cursor},
        )
    seen.add(cursor)
    return cursor


# Bound once: looking a classmethod up binds it anew each time (0.04 us an event).
_chunk_from_dict = ChatChunk.from_dict


def parse_chunk(data: Any, request_id: str) -> ChatChunk:
    """The typed chunk of one SSE event, stamped with the call's request id."""
    chunk = _chunk_from_dict(data)
    chunk._request_id = request_id
    return chunk


def _capabilities(data: Any) -> List[ModelCapabilities]:
    # The spec says a list; other Zaguan SDKs also accept these wrappers, so we do too.
    if isinstance(data, dict):
        data = data.get("capabilities", data.get("models", data))
    return get_capabilities.parse_success(data)


def _given(value: Any) -> Any:
    return UNSET if value is None else value


def history_call(limit: Optional[int], cursor: Optional[str]) -> Call[CreditsHistory]:
    """One page of the credits history."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise InvalidArgumentError("limit must be a positive integer")
    page: Union[int, Unset] = _given(limit)
    return Call(
        get_credits_history.build_request(limit=page, cursor=_given(cursor)),
        get_credits_history.parse_success,
    )


def history_pages(limit: Optional[int]) -> Pages[CreditsHistory, CreditsHistoryEntry]:
    """The whole credits history, page after page (the arguments are checked here, at once)."""
    seen: Set[str] = set()

    def after(page: CreditsHistory) -> Optional[Call[CreditsHistory]]:
        cursor = next_cursor(page, seen)
        return None if cursor is None else history_call(limit, cursor)

    return Pages(history_call(limit, None), lambda page: page.entries, after)


CAPABILITIES = Call(get_capabilities.build_request(), _capabilities)


def _transcript(response: httpx.Response) -> Union[TranscriptionResponse, str]:
    # json and verbose_json answer JSON; text, srt and vtt answer the text itself.
    if "json" in response.headers.get("content-type", ""):
        return create_transcription.parse_success(response.json())
    return response.text


def transcript_call(
    translate: bool, file: Any, fields: Mapping[str, Any]
) -> Tuple[Call[Union[TranscriptionResponse, str]], Dict[str, Any]]:
    """A transcription (or translation) of ``file``: the call and its call options."""
    body, options = split_options(fields)
    body["file"] = file
    operation = create_translation if translate else create_transcription
    return Call(operation.build_request(body=body), _transcript, whole_response=True), options


def speech_request(
    request: Any, fields: Mapping[str, Any]
) -> Tuple[RequestDescription, Dict[str, Any]]:
    """The request of a speech call (a SpeechRequest, a mapping, or keyword fields) and its
    call options."""
    body, options = split_options(fields)
    if request is not None:
        body = request_fields(request, body, InvalidArgumentError)
    return create_speech.build_request(body=body), options
