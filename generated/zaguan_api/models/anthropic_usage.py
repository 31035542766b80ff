# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    ANY,
    CONSTRUCTING,
    INT,
    NULL,
    STR,
    FieldTable,
    Model,
    Path,
    new_object,
    union_kind,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class AnthropicUsage(Model):
    """Tokens a message used."""

    input_tokens: int
    """ Input tokens (0 when a provider leaves it out). """
    output_tokens: int
    """ Output tokens (0 when a provider leaves it out). """
    cache_creation_input_tokens: int | None = None
    """ Input tokens written to the prompt cache. """
    cache_read_input_tokens: int | None = None
    """ Input tokens read from the prompt cache. """
    server_tool_use: Any | None = None
    """ Requests made by tools the provider runs. (free-form JSON object or null) """
    service_tier: None | str = None
    """ The service tier that served the request. """
    _FIELDS: ClassVar[FieldTable] = {
        "input_tokens": ("input_tokens", INT, True, 0),
        "output_tokens": ("output_tokens", INT, True, 0),
        "cache_creation_input_tokens": (
            "cache_creation_input_tokens",
            union_kind(INT, NULL),
            False,
            None,
        ),
        "cache_read_input_tokens": ("cache_read_input_tokens", union_kind(INT, NULL), False, None),
        "server_tool_use": ("server_tool_use", ANY, False, None),
        "service_tier": ("service_tier", union_kind(STR, NULL), False, None),
    }

    def __init__(
        self,
        *,
        input_tokens: int,
        output_tokens: int,
        cache_creation_input_tokens: int | None = None,
        cache_read_input_tokens: int | None = None,
        server_tool_use: Any | None = None,
        service_tier: str | None = None,
    ) -> None:
        self._parse(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "cache_creation_input_tokens": cache_creation_input_tokens,
                "cache_read_input_tokens": cache_read_input_tokens,
                "server_tool_use": server_tool_use,
                "service_tier": service_tier,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> AnthropicUsage:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("input_tokens")
        if type(value) is not int:
            value = cls._coerce("input_tokens", value, path)
        self.input_tokens = value

        value = get("output_tokens")
        if type(value) is not int:
            value = cls._coerce("output_tokens", value, path)
        self.output_tokens = value

        value = get("cache_creation_input_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("cache_creation_input_tokens", value, path)
        self.cache_creation_input_tokens = value

        value = get("cache_read_input_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("cache_read_input_tokens", value, path)
        self.cache_read_input_tokens = value

        value = get("server_tool_use")
        self.server_tool_use = value

        value = get("service_tier")
        if value is not None and type(value) is not str:
            value = cls._coerce("service_tier", value, path)
        self.service_tier = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(AnthropicUsage._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = AnthropicUsage.__dict__["_parse"].__func__
