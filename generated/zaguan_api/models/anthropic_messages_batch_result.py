# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.anthropic_batch_canceled_result import AnthropicBatchCanceledResult
    from ..models.anthropic_batch_errored_result import AnthropicBatchErroredResult
    from ..models.anthropic_batch_expired_result import AnthropicBatchExpiredResult
    from ..models.anthropic_batch_succeeded_result import AnthropicBatchSucceededResult


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicMessagesBatchResult(Model):
    """One line of a batch's results."""

    custom_id: str
    """ The `custom_id` of the request. """
    result: (
        AnthropicBatchCanceledResult
        | AnthropicBatchErroredResult
        | AnthropicBatchExpiredResult
        | AnthropicBatchSucceededResult
    )
    """ What became of the request: succeeded, errored, canceled or expired. """
    _FIELDS: ClassVar[FieldTable] = {
        "custom_id": ("custom_id", STR, True, None),
        "result": (
            "result",
            union_kind(
                model_kind(lambda: AnthropicBatchSucceededResult),
                model_kind(lambda: AnthropicBatchErroredResult),
                model_kind(lambda: AnthropicBatchCanceledResult),
                model_kind(lambda: AnthropicBatchExpiredResult),
            ),
            True,
            None,
        ),
    }

    def __init__(
        self,
        *,
        custom_id: str,
        result: AnthropicBatchSucceededResult
        | Mapping[str, Any]
        | AnthropicBatchErroredResult
        | Mapping[str, Any]
        | AnthropicBatchCanceledResult
        | Mapping[str, Any]
        | AnthropicBatchExpiredResult
        | Mapping[str, Any],
    ) -> None:
        self._parse(
            {
                "custom_id": custom_id,
                "result": result,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicMessagesBatchResult:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("custom_id")
        if type(value) is not str:
            value = cls._coerce("custom_id", value, path)
        self.custom_id = value

        value = get("result")
        value = cls._coerce("result", value, path)
        self.result = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicMessagesBatchResult._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicMessagesBatchResult.__dict__["_parse"].__func__


from ..models.anthropic_batch_canceled_result import AnthropicBatchCanceledResult
from ..models.anthropic_batch_errored_result import AnthropicBatchErroredResult
from ..models.anthropic_batch_expired_result import AnthropicBatchExpiredResult
from ..models.anthropic_batch_succeeded_result import AnthropicBatchSucceededResult
