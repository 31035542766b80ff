# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FieldTable,
    Model,
    Path,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.serverless_models_response import ServerlessModelsResponse


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ServerlessModelsEnvelope(Model):
    """The catalogue's reply, which wraps the page in `data`."""

    data: ServerlessModelsResponse
    """ One page of the serverless models that match the filters. """
    _FIELDS: ClassVar[FieldTable] = {
        "data": ("data", model_kind(lambda: ServerlessModelsResponse), True, None),
    }

    def __init__(
        self,
        *,
        data: ServerlessModelsResponse | Mapping[str, Any],
    ) -> None:
        self._parse(
            {
                "data": data,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ServerlessModelsEnvelope:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("data")
        if type(value) is dict:
            value = _parse_serverless_models_response(
                ServerlessModelsResponse, value, (path, "data")
            )
        else:
            value = cls._coerce("data", value, path)
        self.data = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ServerlessModelsEnvelope._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ServerlessModelsEnvelope.__dict__["_parse"].__func__


from ..models.serverless_models_response import ServerlessModelsResponse
from ..models.serverless_models_response import _parse as _parse_serverless_models_response
