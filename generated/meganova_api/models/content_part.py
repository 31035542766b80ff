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
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ContentPart(Model):
    """One part of a multi-part message content, such as `{"type": "text", "text": "..."}` or `{"type": "image_url",
    "image_url": {"url": "..."}}`.

    """

    type: str
    """ Part kind, for example `text`, `image_url` or `input_audio`. """
    text: str | None = None
    """ The text of a `text` part. """
    _FIELDS: ClassVar[FieldTable] = {
        "type": ("type", STR, True, None),
        "text": ("text", STR, False, None),
    }

    def __init__(
        self,
        *,
        type: str,
        text: str | None = None,
    ) -> None:
        self._parse(
            {
                "type": type,
                "text": text,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ContentPart:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("type")
        if type(value) is not str:
            value = cls._coerce("type", value, path)
        self.type = value

        value = get("text")
        if value is not None and type(value) is not str:
            value = cls._coerce("text", value, path)
        self.text = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ContentPart._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ContentPart.__dict__["_parse"].__func__
