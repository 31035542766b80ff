# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    BOOL,
    CONSTRUCTING,
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
    from ..models.anthropic_messages_batch_response import AnthropicMessagesBatchResponse


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMessagesBatchList(Model):
    """One page of message batches, newest first."""

    data: list[AnthropicMessagesBatchResponse]
    has_more: bool
    """ Whether there are more batches after this page. """
    first_id: None | str = None
    """ The first batch's id (`before_id` for the page before). """
    last_id: None | str = None
    """ The last batch's id (`after_id` for the page after). """
    _FIELDS: ClassVar[FieldTable] = {
        "data": ("data", list_kind(model_kind(lambda: AnthropicMessagesBatchResponse)), True, None),
        "has_more": ("has_more", BOOL, True, None),
        "first_id": ("first_id", union_kind(STR, NULL), False, None),
        "last_id": ("last_id", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        data: Sequence[AnthropicMessagesBatchResponse | Mapping[str, Any]],
        has_more: bool,
        first_id: str | None = None,
        last_id: str | None = None,
    ) -> None:
        self._parse(
            {
                "data": data,
                "has_more": has_more,
                "first_id": first_id,
                "last_id": last_id,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMessagesBatchList:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("data")
        if type(value) is list:
            data_items = []
            parent = (path, "data")
            for index, item in enumerate(value):
                data_items.append(
                    item
                    if type(item) is AnthropicMessagesBatchResponse
                    else _parse_anthropic_messages_batch_response(
                        AnthropicMessagesBatchResponse, item, (parent, index)
                    )
                )
            value = data_items
        else:
            value = cls._coerce("data", value, path)
        self.data = value

        value = get("has_more")
        if type(value) is not bool:
            value = cls._coerce("has_more", value, path)
        self.has_more = value

        value = get("first_id")
        if value is not None and type(value) is not str:
            value = cls._coerce("first_id", value, path)
        self.first_id = value

        value = get("last_id")
        if value is not None and type(value) is not str:
            value = cls._coerce("last_id", value, path)
        self.last_id = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicMessagesBatchList._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMessagesBatchList.__dict__["_parse"].__func__


from ..models.anthropic_messages_batch_response import AnthropicMessagesBatchResponse
from ..models.anthropic_messages_batch_response import (
    _parse as _parse_anthropic_messages_batch_response,
)
