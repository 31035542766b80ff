# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
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
class VideoGenerationResponse(Model):
    """The outcome of a generation request.

    Example:
        {'status': 'queued', 'message': 'The video is being generated.', 'data': {'job_id': 'vid_local_0001',
            'model_name': 'local/video-echo'}}

    """

    status: str
    """ The generation status, such as `queued`, `processing` or `completed`. """
    message: str | None = None
    """ A note from the API. """
    data: Any | None = None
    """ The job or the result (a video URL and the like) as the model reports it. (free-form JSON) """
    _FIELDS: ClassVar[FieldTable] = {
        "status": ("status", STR, True, None),
        "message": ("message", STR, False, None),
        "data": ("data", ANY, False, None),
    }

    def __init__(
        self,
        *,
        status: str,
        message: str | None = None,
        data: Any | None = None,
    ) -> None:
        self._parse(
            {
                "status": status,
                "message": message,
                "data": data,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> VideoGenerationResponse:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("status")
        if type(value) is not str:
            value = cls._coerce("status", value, path)
        self.status = value

        value = get("message")
        if value is not None and type(value) is not str:
            value = cls._coerce("message", value, path)
        self.message = value

        value = get("data")
        self.data = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(VideoGenerationResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = VideoGenerationResponse.__dict__["_parse"].__func__
