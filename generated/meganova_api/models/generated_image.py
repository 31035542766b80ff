# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.image_timings import ImageTimings


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class GeneratedImage(Model):
    """One generated image, base64 (save it with the SDK's `save_image`)."""

    b64_json: str
    """ The image file, base64. """
    revised_prompt: str | None = None
    """ The prompt the model used, when it rewrote it. """
    index: int | None = None
    """ Position of the image. """
    timings: ImageTimings | None = None
    """ How long the generation took. """
    _FIELDS: ClassVar[FieldTable] = {
        "b64_json": ("b64_json", STR, True, None),
        "revised_prompt": ("revised_prompt", STR, False, None),
        "index": ("index", INT, False, None),
        "timings": ("timings", model_kind(lambda: ImageTimings), False, None),
    }

    def __init__(
        self,
        *,
        b64_json: str,
        revised_prompt: str | None = None,
        index: int | None = None,
        timings: ImageTimings | Mapping[str, Any] | None = None,
    ) -> None:
        self._parse(
            {
                "b64_json": b64_json,
                "revised_prompt": revised_prompt,
                "index": index,
                "timings": timings,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> GeneratedImage:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("b64_json")
        if type(value) is not str:
            value = cls._coerce("b64_json", value, path)
        self.b64_json = value

        value = get("revised_prompt")
        if value is not None and type(value) is not str:
            value = cls._coerce("revised_prompt", value, path)
        self.revised_prompt = value

        value = get("index")
        if value is not None and type(value) is not int:
            value = cls._coerce("index", value, path)
        self.index = value

        value = get("timings")
        if type(value) is dict:
            value = _parse_image_timings(ImageTimings, value, (path, "timings"))
        elif value is not None:
            value = cls._coerce("timings", value, path)
        self.timings = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(GeneratedImage._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = GeneratedImage.__dict__["_parse"].__func__


from ..models.image_timings import ImageTimings
from ..models.image_timings import _parse as _parse_image_timings
