# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..models.anthropic_batch_processing_status import AnthropicBatchProcessingStatus
from ..types import (
    CONSTRUCTING,
    DATETIME,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    enum_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.anthropic_batch_request_counts import AnthropicBatchRequestCounts


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMessagesBatchResponse(Model):
    """A message batch (Anthropic's MessageBatch)."""

    id: str
    """ The batch id. """
    type: str
    """ Always `message_batch`. """
    processing_status: AnthropicBatchProcessingStatus
    """ Where a batch is. Unknown values sent by a newer gateway are kept as is. """
    request_counts: AnthropicBatchRequestCounts
    """ How many requests of a batch are in each state. """
    created_at: datetime.datetime
    """ When the batch was created. """
    expires_at: datetime.datetime
    """ When an unfinished batch expires (24 hours after creation). """
    ended_at: datetime.datetime | None = None
    """ When processing ended. """
    cancel_initiated_at: datetime.datetime | None = None
    """ When cancellation was asked for. """
    archived_at: datetime.datetime | None = None
    """ When the batch was archived. """
    results_url: None | str = None
    """ Where the results are, once the batch has ended. """
    _FIELDS: ClassVar[FieldTable] = {
        "id": ("id", STR, True, None),
        "type": ("type", STR, True, "message_batch"),
        "processing_status": (
            "processing_status",
            enum_kind(lambda: AnthropicBatchProcessingStatus),
            True,
            None,
        ),
        "request_counts": (
            "request_counts",
            model_kind(lambda: AnthropicBatchRequestCounts),
            True,
            None,
        ),
        "created_at": ("created_at", DATETIME, True, None),
        "expires_at": ("expires_at", DATETIME, True, None),
        "ended_at": ("ended_at", union_kind(DATETIME, NULL), False, None),
        "cancel_initiated_at": ("cancel_initiated_at", union_kind(DATETIME, NULL), False, None),
        "archived_at": ("archived_at", union_kind(DATETIME, NULL), False, None),
        "results_url": ("results_url", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        id: str,
        type: str,
        processing_status: AnthropicBatchProcessingStatus | str,
        request_counts: AnthropicBatchRequestCounts | Mapping[str, Any],
        created_at: datetime.datetime | str,
        expires_at: datetime.datetime | str,
        ended_at: datetime.datetime | str | None = None,
        cancel_initiated_at: datetime.datetime | str | None = None,
        archived_at: datetime.datetime | str | None = None,
        results_url: str | None = None,
    ) -> None:
        self._parse(
            {
                "id": id,
                "type": type,
                "processing_status": processing_status,
                "request_counts": request_counts,
                "created_at": created_at,
                "expires_at": expires_at,
                "ended_at": ended_at,
                "cancel_initiated_at": cancel_initiated_at,
                "archived_at": archived_at,
                "results_url": results_url,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMessagesBatchResponse:
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

        value = get("type")
        if type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

        value = get("processing_status")
        value = cls._coerce("processing_status", value, path)
        self.processing_status = value

        value = get("request_counts")
        if type(value) is dict:
            value = _parse_anthropic_batch_request_counts(
                AnthropicBatchRequestCounts, value, (path, "request_counts")
            )
        else:
            value = cls._coerce("request_counts", value, path)
        self.request_counts = value

        value = get("created_at")
        value = cls._coerce("created_at", value, path)
        self.created_at = value

        value = get("expires_at")
        value = cls._coerce("expires_at", value, path)
        self.expires_at = value

        value = get("ended_at")
        if value is not None:
            value = cls._coerce("ended_at", value, path)
        self.ended_at = value

        value = get("cancel_initiated_at")
        if value is not None:
            value = cls._coerce("cancel_initiated_at", value, path)
        self.cancel_initiated_at = value

        value = get("archived_at")
        if value is not None:
            value = cls._coerce("archived_at", value, path)
        self.archived_at = value

        value = get("results_url")
        if value is not None and type(value) is not str:
            value = cls._coerce("results_url", value, path)
        self.results_url = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicMessagesBatchResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMessagesBatchResponse.__dict__["_parse"].__func__


from ..models.anthropic_batch_request_counts import AnthropicBatchRequestCounts
from ..models.anthropic_batch_request_counts import _parse as _parse_anthropic_batch_request_counts
