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
class VideoGenerationRequest(Model):
    """A video to generate: the model and its own parameters (`prompt`, `duration`, `resolution`, ... as the model takes
    them).

    """

    model_name: str
    """ The video model, one of `videos.list_models()`. """
    prompt: str | None = None
    """ What the video shows. """
    _FIELDS: ClassVar[FieldTable] = {
        "model_name": ("model_name", STR, True, None),
        "prompt": ("prompt", STR, False, None),
    }

    def __init__(
        self,
        *,
        model_name: str,
        prompt: str | None = None,
    ) -> None:
        self._parse(
            {
                "model_name": model_name,
                "prompt": prompt,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> VideoGenerationRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("model_name")
        if type(value) is not str:
            value = cls._coerce("model_name", value, path)
        self.model_name = value

        value = get("prompt")
        if value is not None and type(value) is not str:
            value = cls._coerce("prompt", value, path)
        self.prompt = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(VideoGenerationRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = VideoGenerationRequest.__dict__["_parse"].__func__
