# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
    BOOL,
    CONSTRUCTING,
    FLOAT,
    INT,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    model_kind,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    from ..models.serverless_model_tags import ServerlessModelTags


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ServerlessModel(Model):
    """A model of the serverless catalogue."""

    model_name: str
    """ The model id to call, such as `meganova-ai/manta-flash-1.0`. """
    model_alias: None | str = None
    """ A display name. """
    model_type: None | str = None
    """ The kind of model, such as `chat`. """
    context_length: int | None = None
    """ Context window in tokens. """
    max_completion_tokens: int | None = None
    """ Longest completion in tokens. """
    description: None | str = None
    """ What the model is good at. """
    input_price: float | None = None
    """ Price of input tokens. """
    output_price: float | None = None
    """ Price of output tokens. """
    cost_per_1k_input: float | None = None
    """ Cost of 1000 input tokens. """
    cost_per_1k_output: float | None = None
    """ Cost of 1000 output tokens. """
    hosting_in: None | str = None
    """ Where the model is hosted. """
    parameter_size: None | str = None
    """ The parameter count, such as `8B`. """
    huggingface_url: None | str = None
    """ The model's Hugging Face page. """
    readme: None | str = None
    """ The model card. """
    modality: None | str = None
    """ The main modality. """
    tier2_require: bool | None = None
    """ Whether the model needs tier 2 or higher (read it as `model["tier2+_require"]`). """
    restrictions: Any | None = None
    """ Restrictions on the model's use. (free-form JSON) """
    tags: None | ServerlessModelTags = None
    _FIELDS: ClassVar[FieldTable] = {
        "model_name": ("model_name", STR, True, None),
        "model_alias": ("model_alias", union_kind(STR, NULL), False, None),
        "model_type": ("model_type", union_kind(STR, NULL), False, None),
        "context_length": ("context_length", union_kind(INT, NULL), False, None),
        "max_completion_tokens": ("max_completion_tokens", union_kind(INT, NULL), False, None),
        "description": ("description", union_kind(STR, NULL), False, None),
        "input_price": ("input_price", union_kind(FLOAT, NULL), False, None),
        "output_price": ("output_price", union_kind(FLOAT, NULL), False, None),
        "cost_per_1k_input": ("cost_per_1k_input", union_kind(FLOAT, NULL), False, None),
        "cost_per_1k_output": ("cost_per_1k_output", union_kind(FLOAT, NULL), False, None),
        "hosting_in": ("hosting_in", union_kind(STR, NULL), False, None),
        "parameter_size": ("parameter_size", union_kind(STR, NULL), False, None),
        "huggingface_url": ("huggingface_url", union_kind(STR, NULL), False, None),
        "readme": ("readme", union_kind(STR, NULL), False, None),
        "modality": ("modality", union_kind(STR, NULL), False, None),
        "tier2+_require": ("tier2_require", union_kind(BOOL, NULL), False, None),
        "restrictions": ("restrictions", ANY, False, None),
        "tags": ("tags", union_kind(model_kind(lambda: ServerlessModelTags), NULL), False, None),
    }

    def __init__(
        self,
        *,
        model_name: str,
        model_alias: str | None = None,
        model_type: str | None = None,
        context_length: int | None = None,
        max_completion_tokens: int | None = None,
        description: str | None = None,
        input_price: float | None = None,
        output_price: float | None = None,
        cost_per_1k_input: float | None = None,
        cost_per_1k_output: float | None = None,
        hosting_in: str | None = None,
        parameter_size: str | None = None,
        huggingface_url: str | None = None,
        readme: str | None = None,
        modality: str | None = None,
        tier2_require: bool | None = None,
        restrictions: Any | None = None,
        tags: ServerlessModelTags | Mapping[str, Any] | None = None,
    ) -> None:
        self._parse(
            {
                "model_name": model_name,
                "model_alias": model_alias,
                "model_type": model_type,
                "context_length": context_length,
                "max_completion_tokens": max_completion_tokens,
                "description": description,
                "input_price": input_price,
                "output_price": output_price,
                "cost_per_1k_input": cost_per_1k_input,
                "cost_per_1k_output": cost_per_1k_output,
                "hosting_in": hosting_in,
                "parameter_size": parameter_size,
                "huggingface_url": huggingface_url,
                "readme": readme,
                "modality": modality,
                "tier2+_require": tier2_require,
                "restrictions": restrictions,
                "tags": tags,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ServerlessModel:
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

        value = get("model_alias")
        if value is not None and type(value) is not str:
            value = cls._coerce("model_alias", value, path)
        self.model_alias = value

        value = get("model_type")
        if value is not None and type(value) is not str:
            value = cls._coerce("model_type", value, path)
        self.model_type = value

        value = get("context_length")
        if value is not None and type(value) is not int:
            value = cls._coerce("context_length", value, path)
        self.context_length = value

        value = get("max_completion_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("max_completion_tokens", value, path)
        self.max_completion_tokens = value

        value = get("description")
        if value is not None and type(value) is not str:
            value = cls._coerce("description", value, path)
        self.description = value

        value = get("input_price")
        if value is not None and type(value) is not float:
            value = cls._coerce("input_price", value, path)
        self.input_price = value

        value = get("output_price")
        if value is not None and type(value) is not float:
            value = cls._coerce("output_price", value, path)
        self.output_price = value

        value = get("cost_per_1k_input")
        if value is not None and type(value) is not float:
            value = cls._coerce("cost_per_1k_input", value, path)
        self.cost_per_1k_input = value

        value = get("cost_per_1k_output")
        if value is not None and type(value) is not float:
            value = cls._coerce("cost_per_1k_output", value, path)
        self.cost_per_1k_output = value

        value = get("hosting_in")
        if value is not None and type(value) is not str:
            value = cls._coerce("hosting_in", value, path)
        self.hosting_in = value

        value = get("parameter_size")
        if value is not None and type(value) is not str:
            value = cls._coerce("parameter_size", value, path)
        self.parameter_size = value

        value = get("huggingface_url")
        if value is not None and type(value) is not str:
            value = cls._coerce("huggingface_url", value, path)
        self.huggingface_url = value

        value = get("readme")
        if value is not None and type(value) is not str:
            value = cls._coerce("readme", value, path)
        self.readme = value

        value = get("modality")
        if value is not None and type(value) is not str:
            value = cls._coerce("modality", value, path)
        self.modality = value

        value = get("tier2+_require")
        if value is not None and type(value) is not bool:
            value = cls._coerce("tier2+_require", value, path)
        self.tier2_require = value

        value = get("restrictions")
        self.restrictions = value

        value = get("tags")
        if type(value) is dict:
            value = _parse_serverless_model_tags(ServerlessModelTags, value, (path, "tags"))
        elif value is not None:
            value = cls._coerce("tags", value, path)
        self.tags = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ServerlessModel._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ServerlessModel.__dict__["_parse"].__func__


from ..models.serverless_model_tags import ServerlessModelTags
from ..models.serverless_model_tags import _parse as _parse_serverless_model_tags
