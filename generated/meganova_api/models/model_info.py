# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
    BOOL,
    CONSTRUCTING,
    INT,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    list_kind,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.model_pricing import ModelPricing


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ModelInfo(Model):
    """A model available to the key."""

    id: str
    """ Model id, such as `manta-flash` or `meganova-ai/manta-flash-1.0`. """
    object: str | None = None
    """ Always `model`. """
    name: str | None = None
    """ Display name. """
    description: str | None = None
    """ What the model is good at. """
    created: int | None = None
    """ Unix time the model was added. """
    context_length: int | None = None
    """ Context window in tokens. """
    modalities: list[str] | None = None
    """ Input and output modalities, such as `text` or `image`. """
    tags: list[str] | None = None
    """ Tags such as `roleplay` or `reasoning`. """
    nsfw_support: str | None = None
    """ Whether adult content is allowed (`none`, `partial`, `full`). """
    status: str | None = None
    """ Availability, such as `active` or `deprecated`. """
    pricing: ModelPricing | None = None
    architecture: Any | None = None
    """ Architecture facts the vendor publishes. (free-form JSON object) """
    capabilities: Any | None = None
    """ Capability flags the vendor publishes. (free-form JSON object) """
    default: bool | None = None
    """ Whether this is the account's default model. """
    _FIELDS: ClassVar[FieldTable] = {
        "id": ("id", STR, True, None),
        "object": ("object", STR, False, None),
        "name": ("name", STR, False, None),
        "description": ("description", STR, False, None),
        "created": ("created", INT, False, None),
        "context_length": ("context_length", INT, False, None),
        "modalities": ("modalities", list_kind(STR), False, None),
        "tags": ("tags", list_kind(STR), False, None),
        "nsfw_support": ("nsfw_support", STR, False, None),
        "status": ("status", STR, False, None),
        "pricing": ("pricing", union_kind(model_kind(lambda: ModelPricing), NULL), False, None),
        "architecture": ("architecture", ANY, False, None),
        "capabilities": ("capabilities", ANY, False, None),
        "default": ("default", BOOL, False, None),
    }

    def __init__(
        self,
        *,
        id: str,
        object: str | None = None,
        name: str | None = None,
        description: str | None = None,
        created: int | None = None,
        context_length: int | None = None,
        modalities: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        nsfw_support: str | None = None,
        status: str | None = None,
        pricing: ModelPricing | Mapping[str, Any] | None = None,
        architecture: Any | None = None,
        capabilities: Any | None = None,
        default: bool | None = None,
    ) -> None:
        self._parse(
            {
                "id": id,
                "object": object,
                "name": name,
                "description": description,
                "created": created,
                "context_length": context_length,
                "modalities": modalities,
                "tags": tags,
                "nsfw_support": nsfw_support,
                "status": status,
                "pricing": pricing,
                "architecture": architecture,
                "capabilities": capabilities,
                "default": default,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> ModelInfo:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("id")
        if type(value) is not str:
            value = cls._coerce("id", value, path)
        self.id = value

        value = get("object")
        if value is not None and type(value) is not str:
            value = cls._coerce("object", value, path)
        self.object = value

        value = get("name")
        if value is not None and type(value) is not str:
            value = cls._coerce("name", value, path)
        self.name = value

        value = get("description")
        if value is not None and type(value) is not str:
            value = cls._coerce("description", value, path)
        self.description = value

        value = get("created")
        if value is not None and type(value) is not int:
            value = cls._coerce("created", value, path)
        self.created = value

        value = get("context_length")
        if value is not None and type(value) is not int:
            value = cls._coerce("context_length", value, path)
        self.context_length = value

        value = get("modalities")
        if value is not None:
            value = cls._coerce("modalities", value, path)
        self.modalities = value

        value = get("tags")
        if value is not None:
            value = cls._coerce("tags", value, path)
        self.tags = value

        value = get("nsfw_support")
        if value is not None and type(value) is not str:
            value = cls._coerce("nsfw_support", value, path)
        self.nsfw_support = value

        value = get("status")
        if value is not None and type(value) is not str:
            value = cls._coerce("status", value, path)
        self.status = value

        value = get("pricing")
        if type(value) is dict:
            value = _parse_model_pricing(ModelPricing, value, (path, "pricing"))
        elif value is not None:
            value = cls._coerce("pricing", value, path)
        self.pricing = value

        value = get("architecture")
        self.architecture = value

        value = get("capabilities")
        self.capabilities = value

        value = get("default")
        if value is not None and type(value) is not bool:
            value = cls._coerce("default", value, path)
        self.default = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ModelInfo._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ModelInfo.__dict__["_parse"].__func__


from ..models.model_pricing import ModelPricing
from ..models.model_pricing import _parse as _parse_model_pricing
