# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.finish_reason import FinishReason
from ..types import (
    ANY,
    CONSTRUCTING,
    INT,
    NULL,
    FieldTable,
    Model,
    Path,
    enum_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.chat_completion_message import ChatCompletionMessage


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ChatChoice(Model):
    """One choice of a chat completion."""

    index: int
    """ Position of the choice. """
    message: ChatCompletionMessage
    """ The message of a choice in a (non-streamed) chat reply: the assistant's text, or its tool calls. Reads both
    as attributes (`message.content`) and by key (`message["content"]`). """
    finish_reason: FinishReason | None = None
    """ Why generation stopped. """
    logprobs: Any | None = None
    """ Log probabilities, when requested (free-form JSON object or null). """
    _FIELDS: ClassVar[FieldTable] = {
        "index": ("index", INT, True, None),
        "message": ("message", model_kind(lambda: ChatCompletionMessage), True, None),
        "finish_reason": (
            "finish_reason",
            union_kind(enum_kind(lambda: FinishReason), NULL),
            False,
            None,
        ),
        "logprobs": ("logprobs", ANY, False, None),
    }

    def __init__(
        self,
        *,
        index: int,
        message: ChatCompletionMessage | Mapping[str, Any],
        finish_reason: FinishReason | str | None = None,
        logprobs: Any | None = None,
    ) -> None:
        self._parse(
            {
                "index": index,
                "message": message,
                "finish_reason": finish_reason,
                "logprobs": logprobs,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> ChatChoice:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("index")
        if type(value) is not int:
            value = cls._coerce("index", value, path)
        self.index = value

        value = get("message")
        if type(value) is dict:
            value = _parse_chat_completion_message(ChatCompletionMessage, value, (path, "message"))
        else:
            value = cls._coerce("message", value, path)
        self.message = value

        value = get("finish_reason")
        if value is not None:
            value = cls._coerce("finish_reason", value, path)
        self.finish_reason = value

        value = get("logprobs")
        self.logprobs = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ChatChoice._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ChatChoice.__dict__["_parse"].__func__


from ..models.chat_completion_message import ChatCompletionMessage
from ..models.chat_completion_message import _parse as _parse_chat_completion_message
