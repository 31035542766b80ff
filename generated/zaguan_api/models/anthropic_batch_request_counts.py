# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    INT,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicBatchRequestCounts(Model):
    """How many requests of a batch are in each state."""

    processing: int
    """ Not processed yet. """
    succeeded: int
    """ Answered. """
    errored: int
    """ Failed. """
    canceled: int
    """ Canceled before processing. """
    expired: int
    """ Not processed before the batch expired. """
    _FIELDS: ClassVar[FieldTable] = {
        "processing": ("processing", INT, True, 0),
        "succeeded": ("succeeded", INT, True, 0),
        "errored": ("errored", INT, True, 0),
        "canceled": ("canceled", INT, True, 0),
        "expired": ("expired", INT, True, 0),
    }

    def __init__(
        self,
        *,
        processing: int,
        succeeded: int,
        errored: int,
        canceled: int,
        expired: int,
    ) -> None:
        self._parse(
            {
                "processing": processing,
                "succeeded": succeeded,
                "errored": errored,
                "canceled": canceled,
                "expired": expired,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicBatchRequestCounts:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("processing")
        if type(value) is not int:
            value = cls._coerce("processing", value, path)
        self.processing = value

        value = get("succeeded")
        if type(value) is not int:
            value = cls._coerce("succeeded", value, path)
        self.succeeded = value

        value = get("errored")
        if type(value) is not int:
            value = cls._coerce("errored", value, path)
        self.errored = value

        value = get("canceled")
        if type(value) is not int:
            value = cls._coerce("canceled", value, path)
        self.canceled = value

        value = get("expired")
        if type(value) is not int:
            value = cls._coerce("expired", value, path)
        self.expired = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicBatchRequestCounts._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicBatchRequestCounts.__dict__["_parse"].__func__
