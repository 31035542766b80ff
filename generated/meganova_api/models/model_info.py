# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_pricing import ModelPricing


T = TypeVar("T", bound="ModelInfo")


@_attrs_define
class ModelInfo:
    """A model available to the key."""

    id: str
    """ Model id, such as `manta-flash` or `meganova-ai/manta-flash-1.0`. """
    object_: str | Unset = UNSET
    """ Always `model`. """
    name: str | Unset = UNSET
    """ Display name. """
    description: str | Unset = UNSET
    """ What the model is good at. """
    created: int | Unset = UNSET
    """ Unix time the model was added. """
    context_length: int | Unset = UNSET
    """ Context window in tokens. """
    modalities: list[str] | Unset = UNSET
    """ Input and output modalities, such as `text` or `image`. """
    tags: list[str] | Unset = UNSET
    """ Tags such as `roleplay` or `reasoning`. """
    nsfw_support: str | Unset = UNSET
    """ Whether adult content is allowed (`none`, `partial`, `full`). """
    status: str | Unset = UNSET
    """ Availability, such as `active` or `deprecated`. """
    pricing: ModelPricing | None | Unset = UNSET
    architecture: Any | Unset = UNSET
    """ Architecture facts the vendor publishes. (free-form JSON object) """
    capabilities: Any | Unset = UNSET
    """ Capability flags the vendor publishes. (free-form JSON object) """
    default: bool | Unset = UNSET
    """ Whether this is the account's default model. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "object": "object_",
        "name": "name",
        "description": "description",
        "created": "created",
        "context_length": "context_length",
        "modalities": "modalities",
        "tags": "tags",
        "nsfw_support": "nsfw_support",
        "status": "status",
        "pricing": "pricing",
        "architecture": "architecture",
        "capabilities": "capabilities",
        "default": "default",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        name = self.name

        description = self.description

        created = self.created

        context_length = self.context_length

        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = self.modalities

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        nsfw_support = self.nsfw_support

        status = self.status

        pricing: dict[str, Any] | None | Unset
        if isinstance(self.pricing, Unset):
            pricing = UNSET
        elif isinstance(self.pricing, ModelPricing):
            pricing = self.pricing.to_dict()
        else:
            pricing = self.pricing

        architecture = self.architecture

        capabilities = self.capabilities

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if created is not UNSET:
            field_dict["created"] = created
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if tags is not UNSET:
            field_dict["tags"] = tags
        if nsfw_support is not UNSET:
            field_dict["nsfw_support"] = nsfw_support
        if status is not UNSET:
            field_dict["status"] = status
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        created = d.pop("created", UNSET)

        context_length = d.pop("context_length", UNSET)

        modalities: list[str] | Unset = d.pop("modalities", UNSET)

        tags: list[str] | Unset = d.pop("tags", UNSET)

        nsfw_support = d.pop("nsfw_support", UNSET)

        status = d.pop("status", UNSET)

        _pricing = d.pop("pricing", UNSET)
        pricing: ModelPricing | None | Unset = _pricing
        if isinstance(_pricing, dict):
            try:
                pricing_type_0 = ModelPricing.from_dict(_pricing)

                pricing = pricing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        architecture = d.pop("architecture", UNSET)

        capabilities = d.pop("capabilities", UNSET)

        default = d.pop("default", UNSET)

        model_info = cls(
            id,
            object_,
            name,
            description,
            created,
            context_length,
            modalities,
            tags,
            nsfw_support,
            status,
            pricing,
            architecture,
            capabilities,
            default,
        )

        model_info.additional_properties = d
        return model_info

    @property
    def request_id(self) -> str | None:
        """The X-Request-Id of the HTTP exchange that returned this object, if the SDK sent it."""
        return self._request_id

    def __getitem__(self, key: str) -> Any:
        """Read a field by its JSON name, like a dict: ``obj["content"]``.

        Raises KeyError when the field is absent from the object.
        """
        name = self._JSON_NAMES.get(key)
        if name is not None:
            value = getattr(self, name)
            if isinstance(value, Unset):
                raise KeyError(key)
            return value
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """Read a field by its JSON name, or ``default`` when it is absent."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        name = self._JSON_NAMES.get(key)
        if name is not None:
            return not isinstance(getattr(self, name), Unset)
        return key in self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        """Names of the fields the server sent that the spec does not describe."""
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        name = self._JSON_NAMES.get(key)
        if name is not None:
            setattr(self, name, value)
        else:
            self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.model_pricing import ModelPricing  # noqa: E402
