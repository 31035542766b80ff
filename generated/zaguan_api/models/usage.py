# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from ..types import (
    CONSTRUCTING,
    INT,
    FieldTable,
    Model,
    Path,
    model_kind,
    new_object,
)

if TYPE_CHECKING:
    from ..models.token_details import TokenDetails


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class Usage(Model):
    """Token usage of one request."""

    prompt_tokens: int
    """ Tokens in the prompt (0 when a provider leaves it out). """
    completion_tokens: int
    """ Tokens in the completion (0 when a provider leaves it out). """
    total_tokens: int
    """ Prompt plus completion tokens (0 when a provider leaves it out). """
    prompt_tokens_details: TokenDetails | None = None
    """ Breakdown of prompt or completion tokens. """
    completion_tokens_details: TokenDetails | None = None
    """ Breakdown of prompt or completion tokens. """
    _FIELDS: ClassVar[FieldTable] = {
        "prompt_tokens": ("prompt_tokens", INT, True, 0),
        "completion_tokens": ("completion_tokens", INT, True, 0),
        "total_tokens": ("total_tokens", INT, True, 0),
        "prompt_tokens_details": (
            "prompt_tokens_details",
            model_kind(lambda: TokenDetails),
            False,
            None,
        ),
        "completion_tokens_details": (
            "completion_tokens_details",
            model_kind(lambda: TokenDetails),
            False,
            None,
        ),
    }

    def __init__(
        self,
        *,
        prompt_tokens: int,
        completion_tokens: int,
        total_tokens: int,
        prompt_tokens_details: TokenDetails | Mapping[str, Any] | None = None,
        completion_tokens_details: TokenDetails | Mapping[str, Any] | None = None,
    ) -> None:
        self._parse(
            {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
                "prompt_tokens_details": prompt_tokens_details,
                "completion_tokens_details": completion_tokens_details,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None) -> Usage:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("prompt_tokens")
        if type(value) is not int:
            value = cls._coerce("prompt_tokens", value, path)
        self.prompt_tokens = value

        value = get("completion_tokens")
        if type(value) is not int:
            value = cls._coerce("completion_tokens", value, path)
        self.completion_tokens = value

        value = get("total_tokens")
        if type(value) is not int:
            value = cls._coerce("total_tokens", value, path)
        self.total_tokens = value

        value = get("prompt_tokens_details")
        if type(value) is dict:
            value = _parse_token_details(TokenDetails, value, (path, "prompt_tokens_details"))
        elif value is not None:
            value = cls._coerce("prompt_tokens_details", value, path)
        self.prompt_tokens_details = value

        value = get("completion_tokens_details")
        if type(value) is dict:
            value = _parse_token_details(TokenDetails, value, (path, "completion_tokens_details"))
        elif value is not None:
            value = cls._coerce("completion_tokens_details", value, path)
        self.completion_tokens_details = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(Usage._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = Usage.__dict__["_parse"].__func__


from ..models.token_details import TokenDetails
from ..models.token_details import _parse as _parse_token_details
