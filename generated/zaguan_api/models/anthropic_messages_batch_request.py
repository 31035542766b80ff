# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.anthropic_messages_batch_item import AnthropicMessagesBatchItem


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMessagesBatchRequest(Model):
    """The requests of a new batch."""

    requests: list[AnthropicMessagesBatchItem]
    """ The requests (their `stream` must not be true). """
    _FIELDS: ClassVar[FieldTable] = {
        "requests": (
            "requests",
            list_kind(model_kind(lambda: AnthropicMessagesBatchItem)),
            True,
            None,
        ),
    }

    def __init__(
        self,
        *,
        requests: Sequence[AnthropicMessagesBatchItem | Mapping[str, Any]],
    ) -> None:
        self._parse(
            {
                "requests": requests,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMessagesBatchRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("requests")
        if type(value) is list:
            requests_items = []
            parent = (path, "requests")
            for index, item in enumerate(value):
                requests_items.append(
                    item
                    if type(item) is AnthropicMessagesBatchItem
                    else _parse_anthropic_messages_batch_item(
                        AnthropicMessagesBatchItem, item, (parent, index)
                    )
                )
            value = requests_items
        else:
            value = cls._coerce("requests", value, path)
        self.requests = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicMessagesBatchRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMessagesBatchRequest.__dict__["_parse"].__func__


from ..models.anthropic_messages_batch_item import AnthropicMessagesBatchItem
from ..models.anthropic_messages_batch_item import _parse as _parse_anthropic_messages_batch_item
