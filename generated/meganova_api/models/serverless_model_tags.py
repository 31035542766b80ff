# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ServerlessModelTags(Model):
    """The tags of a serverless model, by category."""

    modality: list[str] | None = None
    """ Modalities. """
    highlight: list[str] | None = None
    """ Highlights. """
    use_case: list[str] | None = None
    """ Use cases. """
    model_family: list[str] | None = None
    """ Model families. """
    _FIELDS: ClassVar[FieldTable] = {
        "modality": ("modality", list_kind(STR), False, None),
        "highlight": ("highlight", list_kind(STR), False, None),
        "use_case": ("use_case", list_kind(STR), False, None),
        "model_family": ("model_family", list_kind(STR), False, None),
    }

    def __init__(
        self,
        *,
        modality: Sequence[str] | None = None,
        highlight: Sequence[str] | None = None,
        use_case: Sequence[str] | None = None,
        model_family: Sequence[str] | None = None,
    ) -> None:
        self._parse(
            {
                "modality": modality,
                "highlight": highlight,
                "use_case": use_case,
                "model_family": model_family,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ServerlessModelTags:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("modality")
        if value is not None:
            value = cls._coerce("modality", value, path)
        self.modality = value

        value = get("highlight")
        if value is not None:
            value = cls._coerce("highlight", value, path)
        self.highlight = value

        value = get("use_case")
        if value is not None:
            value = cls._coerce("use_case", value, path)
        self.use_case = value

        value = get("model_family")
        if value is not None:
            value = cls._coerce("model_family", value, path)
        self.model_family = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ServerlessModelTags._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ServerlessModelTags.__dict__["_parse"].__func__
