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
class EmbeddingUsage(Model):
    """Tokens an embedding request used."""

    prompt_tokens: int
    """ Tokens in the inputs. """
    total_tokens: int
    """ Tokens in all (the same as prompt_tokens). """
    _FIELDS: ClassVar[FieldTable] = {
        "prompt_tokens": ("prompt_tokens", INT, True, 0),
        "total_tokens": ("total_tokens", INT, True, 0),
    }

    def __init__(
        self,
        *,
        prompt_tokens: int,
        total_tokens: int,
    ) -> None:
        self._parse(
            {
                "prompt_tokens": prompt_tokens,
                "total_tokens": total_tokens,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> EmbeddingUsage:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("prompt_tokens")
        if type(value) is not int:
            value = cls._coerce("prompt_tokens", value, path)
        self.prompt_tokens = value

        value = get("total_tokens")
        if type(value) is not int:
            value = cls._coerce("total_tokens", value, path)
        self.total_tokens = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(EmbeddingUsage._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = EmbeddingUsage.__dict__["_parse"].__func__
