# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    FLOAT,
    INT,
    STR,
    FieldTable,
    Model,
    Path,
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class ImageGenerationRequest(Model):
    """A request for a generated image."""

    prompt: str
    """ What the image shows. """
    model: str
    """ The image model. """
    width: int | None = None
    """ Width in pixels. """
    height: int | None = None
    """ Height in pixels. """
    num_steps: int | None = None
    """ Diffusion steps (the model's default when left out). """
    guidance_scale: float | None = None
    """ Classifier-free guidance scale. """
    seed: int | None = None
    """ Random seed (random when left out). """
    negative_prompt: str | None = None
    """ What the image should not show. """
    max_sequence_length: int | None = None
    """ Maximum prompt length in tokens. """
    image: str | None = None
    """ A base64 input image, for image-to-image. """
    mask: str | None = None
    """ A base64 mask, for inpainting. """
    _FIELDS: ClassVar[FieldTable] = {
        "prompt": ("prompt", STR, True, None),
        "model": ("model", STR, True, None),
        "width": ("width", INT, False, None),
        "height": ("height", INT, False, None),
        "num_steps": ("num_steps", INT, False, None),
        "guidance_scale": ("guidance_scale", FLOAT, False, None),
        "seed": ("seed", INT, False, None),
        "negative_prompt": ("negative_prompt", STR, False, None),
        "max_sequence_length": ("max_sequence_length", INT, False, None),
        "image": ("image", STR, False, None),
        "mask": ("mask", STR, False, None),
    }

    def __init__(
        self,
        *,
        prompt: str,
        model: str,
        width: int | None = None,
        height: int | None = None,
        num_steps: int | None = None,
        guidance_scale: float | None = None,
        seed: int | None = None,
        negative_prompt: str | None = None,
        max_sequence_length: int | None = None,
        image: str | None = None,
        mask: str | None = None,
    ) -> None:
        self._parse(
            {
                "prompt": prompt,
                "model": model,
                "width": width,
                "height": height,
                "num_steps": num_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "max_sequence_length": max_sequence_length,
                "image": image,
                "mask": mask,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> ImageGenerationRequest:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("prompt")
        if type(value) is not str:
            value = cls._coerce("prompt", value, path)
        self.prompt = value

        value = get("model")
        if type(value) is not str:
            value = cls._coerce("model", value, path)
        self.model = value

        value = get("width")
        if value is not None and type(value) is not int:
            value = cls._coerce("width", value, path)
        self.width = value

        value = get("height")
        if value is not None and type(value) is not int:
            value = cls._coerce("height", value, path)
        self.height = value

        value = get("num_steps")
        if value is not None and type(value) is not int:
            value = cls._coerce("num_steps", value, path)
        self.num_steps = value

        value = get("guidance_scale")
        if value is not None and type(value) is not float:
            value = cls._coerce("guidance_scale", value, path)
        self.guidance_scale = value

        value = get("seed")
        if value is not None and type(value) is not int:
            value = cls._coerce("seed", value, path)
        self.seed = value

        value = get("negative_prompt")
        if value is not None and type(value) is not str:
            value = cls._coerce("negative_prompt", value, path)
        self.negative_prompt = value

        value = get("max_sequence_length")
        if value is not None and type(value) is not int:
            value = cls._coerce("max_sequence_length", value, path)
        self.max_sequence_length = value

        value = get("image")
        if value is not None and type(value) is not str:
            value = cls._coerce("image", value, path)
        self.image = value

        value = get("mask")
        if value is not None and type(value) is not str:
            value = cls._coerce("mask", value, path)
        self.mask = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(ImageGenerationRequest._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = ImageGenerationRequest.__dict__["_parse"].__func__
