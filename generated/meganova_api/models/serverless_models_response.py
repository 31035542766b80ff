# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
    CONSTRUCTING,
    INT,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.serverless_model import ServerlessModel


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ServerlessModelsResponse(Model):
    """One page of the serverless models that match the filters."""

    models: list[ServerlessModel]
    count: int
    """ How many models match the filters (on every page). """
    tag_counts: Any | None = None
    """ Models per tag, by category (`{"modality": {"text_generation": 12}}`), when asked for. (free-form JSON
    object) """
    page: int | None = None
    """ This page's number, from 1. """
    page_size: int | None = None
    """ Models per page. """
    total_pages: int | None = None
    """ How many pages there are. """
    _FIELDS: ClassVar[FieldTable] = {
        "models": ("models", list_kind(model_kind(lambda: ServerlessModel)), True, None),
        "count": ("count", INT, True, None),
        "tag_counts": ("tag_counts", ANY, False, None),
        "page": ("page", INT, False, None),
        "page_size": ("page_size", INT, False, None),
        "total_pages": ("total_pages", INT, False, None),
    }

    def __init__(
        self,
        *,
        models: Sequence[ServerlessModel | Mapping[str, Any]],
        count: int,
        tag_counts: Any | None = None,
        page: int | None = None,
        page_size: int | None = None,
        total_pages: int | None = None,
    ) -> None:
        self._parse(
            {
                "models": models,
                "count": count,
                "tag_counts": tag_counts,
                "page": page,
                "page_size": page_size,
                "total_pages": total_pages,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ServerlessModelsResponse:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("models")
        if type(value) is list:
            models_items = []
            parent = (path, "models")
            for index, item in enumerate(value):
                models_items.append(
                    item
                    if type(item) is ServerlessModel
                    else _parse_serverless_model(ServerlessModel, item, (parent, index))
                )
            value = models_items
        else:
            value = cls._coerce("models", value, path)
        self.models = value

        value = get("count")
        if type(value) is not int:
            value = cls._coerce("count", value, path)
        self.count = value

        value = get("tag_counts")
        self.tag_counts = value

        value = get("page")
        if value is not None and type(value) is not int:
            value = cls._coerce("page", value, path)
        self.page = value

        value = get("page_size")
        if value is not None and type(value) is not int:
            value = cls._coerce("page_size", value, path)
        self.page_size = value

        value = get("total_pages")
        if value is not None and type(value) is not int:
            value = cls._coerce("total_pages", value, path)
        self.total_pages = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ServerlessModelsResponse._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ServerlessModelsResponse.__dict__["_parse"].__func__


from ..models.serverless_model import ServerlessModel
from ..models.serverless_model import _parse as _parse_serverless_model
