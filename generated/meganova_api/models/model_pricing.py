# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FLOAT,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ModelPricing(Model):
    """Price of a model."""

    prompt_tokens_per_1k: float
    """ Price of 1000 prompt tokens. """
    completion_tokens_per_1k: float
    """ Price of 1000 completion tokens. """
    _FIELDS: ClassVar[FieldTable] = {
        "prompt_tokens_per_1k": ("prompt_tokens_per_1k", FLOAT, True, None),
        "completion_tokens_per_1k": ("completion_tokens_per_1k", FLOAT, True, None),
    }

    def __init__(
        self,
        *,
        prompt_tokens_per_1k: float,
        completion_tokens_per_1k: float,
    ) -> None:
        self._parse(
            {
                "prompt_tokens_per_1k": prompt_tokens_per_1k,
                "completion_tokens_per_1k": completion_tokens_per_1k,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ModelPricing:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("prompt_tokens_per_1k")
        if type(value) is not float:
            value = cls._coerce("prompt_tokens_per_1k", value, path)
        self.prompt_tokens_per_1k = value

        value = get("completion_tokens_per_1k")
        if type(value) is not float:
            value = cls._coerce("completion_tokens_per_1k", value, path)
        self.completion_tokens_per_1k = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ModelPricing._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ModelPricing.__dict__["_parse"].__func__
