# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    INT,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.chunk_choice import ChunkChoice
    from ..models.token_usage import TokenUsage


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ChatCompletionChunk(Model):
    """One event of a streamed chat reply. With `stream_options.include_usage`, the last chunk has no choices and carries
    `usage`.

    """

    id: str
    """ Completion id, the same on every chunk. """
    choices: list[ChunkChoice]
    """ Per-choice deltas; empty on the usage chunk. """
    object: str | None = None
    """ Always `chat.completion.chunk`. """
    created: int | None = None
    """ Unix time the completion was created. """
    model: str | None = None
    """ Model that produces the completion. """
    usage: None | TokenUsage = None
    """ Token usage, on the last chunk when requested. """
    system_fingerprint: None | str = None
    """ Backend configuration fingerprint. """
    _FIELDS: ClassVar[FieldTable] = {
        "id": ("id", STR, True, None),
        "choices": ("choices", list_kind(model_kind(lambda: ChunkChoice)), True, None),
        "object": ("object", STR, False, None),
        "created": ("created", INT, False, None),
        "model": ("model", STR, False, None),
        "usage": ("usage", union_kind(model_kind(lambda: TokenUsage), NULL), False, None),
        "system_fingerprint": ("system_fingerprint", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        id: str,
        choices: Sequence[ChunkChoice | Mapping[str, Any]],
        object: str | None = None,
        created: int | None = None,
        model: str | None = None,
        usage: TokenUsage | Mapping[str, Any] | None = None,
        system_fingerprint: str | None = None,
    ) -> None:
        self._parse(
            {
                "id": id,
                "choices": choices,
                "object": object,
                "created": created,
                "model": model,
                "usage": usage,
                "system_fingerprint": system_fingerprint,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ChatCompletionChunk:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("id")
        if type(value) is not str:
            value = cls._coerce("id", value, path)
        self.id = value

        value = get("choices")
        if type(value) is list:
            choices_items = []
            parent = (path, "choices")
            for index, item in enumerate(value):
                choices_items.append(
                    item
                    if type(item) is ChunkChoice
                    else _parse_chunk_choice(ChunkChoice, item, (parent, index))
                )
            value = choices_items
        else:
            value = cls._coerce("choices", value, path)
        self.choices = value

        value = get("object")
        if value is not None and type(value) is not str:
            value = cls._coerce("object", value, path)
        self.object = value

        value = get("created")
        if value is not None and type(value) is not int:
            value = cls._coerce("created", value, path)
        self.created = value

        value = get("model")
        if value is not None and type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("usage")
        if type(value) is dict:
            value = _parse_token_usage(TokenUsage, value, (path, "usage"))
        elif value is not None:
            value = cls._coerce("usage", value, path)
        self.usage = value

        value = get("system_fingerprint")
        if value is not None and type(value) is not str:
            value = cls._coerce("system_fingerprint", value, path)
        self.system_fingerprint = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ChatCompletionChunk._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ChatCompletionChunk.__dict__["_parse"].__func__


from ..models.chunk_choice import ChunkChoice
from ..models.chunk_choice import _parse as _parse_chunk_choice
from ..models.token_usage import TokenUsage
from ..models.token_usage import _parse as _parse_token_usage
