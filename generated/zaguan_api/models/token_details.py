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
    new_object,
)

if TYPE_CHECKING:
    pass


@_attrs_define(init=False, repr=False, eq=False, getstate_setstate=False)
class TokenDetails(Model):
    """Breakdown of prompt or completion tokens."""

    reasoning_tokens: int | None = None
    """ Tokens spent on hidden reasoning. """
    cached_tokens: int | None = None
    """ Prompt tokens served from the provider's cache. """
    audio_tokens: int | None = None
    """ Audio input or output tokens. """
    accepted_prediction_tokens: int | None = None
    """ Predicted-output tokens that appeared in the completion. """
    rejected_prediction_tokens: int | None = None
    """ Predicted-output tokens that did not appear in the completion. """
    _FIELDS: ClassVar[FieldTable] = {
        "reasoning_tokens": ("reasoning_tokens", INT, False, None),
        "cached_tokens": ("cached_tokens", INT, False, None),
        "audio_tokens": ("audio_tokens", INT, False, None),
        "accepted_prediction_tokens": ("accepted_prediction_tokens", INT, False, None),
        "rejected_prediction_tokens": ("rejected_prediction_tokens", INT, False, None),
    }

    def __init__(
        self,
        *,
        reasoning_tokens: int | None = None,
        cached_tokens: int | None = None,
        audio_tokens: int | None = None,
        accepted_prediction_tokens: int | None = None,
        rejected_prediction_tokens: int | None = None,
    ) -> None:
        self._parse(
            {
                "reasoning_tokens": reasoning_tokens,
                "cached_tokens": cached_tokens,
                "audio_tokens": audio_tokens,
                "accepted_prediction_tokens": accepted_prediction_tokens,
                "rejected_prediction_tokens": rejected_prediction_tokens,
            },
            CONSTRUCTING,
            self,
        )

    @classmethod
    def _parse(
        cls, src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> TokenDetails:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        # One function for construction (given `self`), parsing and from_dict: the calls saved
        # count, as it runs for each object of every streamed chunk.
        src = src_dict if type(src_dict) is dict else cls._source(src_dict, path)
        if self is None:
            self = new_object(cls)
        get = src.get
        value = get("reasoning_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("reasoning_tokens", value, path)
        self.reasoning_tokens = value

        value = get("cached_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("cached_tokens", value, path)
        self.cached_tokens = value

        value = get("audio_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("audio_tokens", value, path)
        self.audio_tokens = value

        value = get("accepted_prediction_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("accepted_prediction_tokens", value, path)
        self.accepted_prediction_tokens = value

        value = get("rejected_prediction_tokens")
        if value is not None and type(value) is not int:
            value = cls._coerce("rejected_prediction_tokens", value, path)
        self.rejected_prediction_tokens = value

        if not _KEYS.issuperset(src):
            self._extras(src)
        return self  # type: ignore[no-any-return]

    from_dict = _parse


_KEYS = frozenset(TokenDetails._FIELDS)
# As `_parse_<module>(Class, data, path)` in the models holding this one: no method to bind.
_parse = TokenDetails.__dict__["_parse"].__func__
