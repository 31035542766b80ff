# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""Contains some shared types for properties, and the base of every generated model"""

from __future__ import annotations

import datetime
import enum
import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Callable,
    ClassVar,
    Literal,
    Optional,
    TypeVar,
    Union,
)

from .errors import invalid_argument

if TYPE_CHECKING:
    from meganova._runtime import Secret


class Unset:
    """The type of UNSET: an endpoint argument that was not given (unlike None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = Union[IO[bytes], bytes, str]
FileTypes = Union[
    # (filename, file (or bytes), content_type)
    tuple[Optional[str], FileContent, Optional[str]],
    # (filename, file (or bytes), content_type, headers)
    tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


# Where a value sits, as a chain of (parent, key) pairs built only when a parser descends into a
# nested object or list: cheap on the way down, formatted (`messages[0].role`) only on error.
Path = Optional[tuple[Any, Union[str, int]]]


#: The root of the path while a model is constructed from Python values (not parsed from a
#: reply): the leniency for what providers leave out applies only to replies.
CONSTRUCTING: Path = (None, "")


def _constructing(path: Path) -> bool:
    while path is not None:
        if path is CONSTRUCTING:
            return True
        path = path[0]
    return False


def format_path(path: Path) -> str:
    """``messages[0].role`` from a path chain."""
    keys: list[str | int] = []
    while path is not None:
        path, key = path
        if key != "":
            keys.append(key)
    text = ""
    for key in reversed(keys):
        if isinstance(key, int):
            text += f"[{key}]"
        else:
            text += f".{key}" if text else key
    return text


def _type_name(value: Any) -> str:
    # Only the type, never the value: a value may be a secret (an API key in a query field).
    return "null" if value is None else type(value).__name__


def invalid(path: Path, expected: str, value: Any) -> Exception:
    """The error for ``value`` at ``path`` where ``expected`` was due."""
    where = format_path(path)
    subject = where or "value"
    return invalid_argument(f"{subject} must be {expected}, not {_type_name(value)}", where)


class Kind:
    """What a field accepts: ``parse`` checks and converts a value given as JSON or as Python
    (a model or a dict, an enum member or its value), ``accepts`` is a cheap test for unions."""

    __slots__ = ()
    expected = "a value"
    nullable = False

    def accepts(self, value: Any) -> bool:
        """Whether ``parse`` might take ``value`` (only its type is looked at)."""
        return True

    def parse(self, value: Any, path: Path) -> Any:
        """``value`` checked and converted, or the SDK's InvalidArgumentError naming ``path``."""
        return value


class _Scalar(Kind):
    __slots__ = ("_types", "expected")

    def __init__(self, types: tuple[type, ...], expected: str) -> None:
        self._types = types
        self.expected = expected

    def accepts(self, value: Any) -> bool:
        # bool is an int subclass, but true is not a number in JSON
        return isinstance(value, self._types) and (
            bool in self._types or not isinstance(value, bool)
        )

    def parse(self, value: Any, path: Path) -> Any:
        if self.accepts(value):
            return value
        raise invalid(path, self.expected, value)


class _DateTime(Kind):
    __slots__ = ("_type", "_parse", "expected")

    def __init__(self, kind: type, parse: Callable[[str], Any], expected: str) -> None:
        self._type = kind
        self._parse = parse
        self.expected = expected

    def accepts(self, value: Any) -> bool:
        return isinstance(value, (str, self._type))

    def parse(self, value: Any, path: Path) -> Any:
        if isinstance(value, self._type):
            return value
        if isinstance(value, str):
            try:
                return self._parse(value)
            except (ValueError, OverflowError, TypeError):
                pass
        raise invalid(path, self.expected, value)


def _isoparse(value: str) -> datetime.datetime:
    # python-dateutil because Python 3.9's fromisoformat cannot read `Z`; imported on first use.
    from dateutil.parser import isoparse

    return isoparse(value)


class _Enum(Kind):
    __slots__ = ("_cls", "_loader", "_members")

    def __init__(self, loader: Callable[[], type[enum.Enum]]) -> None:
        self._loader = loader
        self._cls: type[enum.Enum] | None = None
        self._members: dict[Any, enum.Enum] = {}

    @property
    def cls(self) -> type[enum.Enum]:
        """The enum class (resolved on first use: models and enums import each other late)."""
        if self._cls is None:
            self._cls = self._loader()
            self._members = {member.value: member for member in self._cls}
        return self._cls

    @property
    def expected(self) -> str:  # type: ignore[override]
        return f"a {self.cls.__name__} value"

    def accepts(self, value: Any) -> bool:
        return isinstance(value, (str, int, enum.Enum)) and not isinstance(value, bool)

    def parse(self, value: Any, path: Path) -> Any:
        cls = self.cls
        if type(value) is str or type(value) is int:
            member = self._members.get(value)  # the members known at build time, found at once
            if member is not None:
                return member
        if isinstance(value, cls):
            return value
        if self.accepts(value):
            try:
                return cls(value)
            except ValueError:
                pass
        raise invalid(path, self.expected, value)


class _Model(Kind):
    __slots__ = ("_loader", "_cls")

    def __init__(self, loader: Callable[[], type[Model]]) -> None:
        self._loader = loader
        self._cls: type[Model] | None = None

    @property
    def cls(self) -> type[Model]:
        """The model class (resolved on first use: models import each other at module end)."""
        if self._cls is None:
            self._cls = self._loader()
        return self._cls

    @property
    def expected(self) -> str:  # type: ignore[override]
        return f"an object ({self.cls.__name__})"

    def accepts(self, value: Any) -> bool:
        return isinstance(value, Mapping)

    def parse(self, value: Any, path: Path) -> Any:
        cls = self.cls
        if type(value) is cls:
            return value
        if isinstance(value, Mapping):
            return cls._parse(value, path)
        raise invalid(path, self.expected, value)


class _List(Kind):
    __slots__ = ("_item",)

    def __init__(self, item: Kind) -> None:
        self._item = item

    @property
    def expected(self) -> str:  # type: ignore[override]
        return "a list"

    def accepts(self, value: Any) -> bool:
        return isinstance(value, (list, tuple))

    def parse(self, value: Any, path: Path) -> Any:
        if not isinstance(value, (list, tuple)):
            raise invalid(path, "a list", value)
        item = self._item
        return [item.parse(element, (path, index)) for index, element in enumerate(value)]


class _Union(Kind):
    __slots__ = ("_members",)

    def __init__(self, *members: Kind) -> None:
        self._members = members

    @property
    def expected(self) -> str:  # type: ignore[override]
        return " or ".join(member.expected for member in self._members)

    @property
    def nullable(self) -> bool:  # type: ignore[override]
        return any(member.nullable for member in self._members)

    def accepts(self, value: Any) -> bool:
        return any(member.accepts(value) for member in self._members)

    def parse(self, value: Any, path: Path) -> Any:
        failure: Exception | None = None
        for member in self._members:
            if member.accepts(value):
                try:
                    return member.parse(value, path)
                except ValueError as exc:  # the SDK's InvalidArgumentError is a ValueError
                    failure = failure or exc
        if failure is not None:
            raise failure
        raise invalid(path, self.expected, value)


class _Null(Kind):
    __slots__ = ()
    expected = "null"
    nullable = True

    def accepts(self, value: Any) -> bool:
        return value is None

    def parse(self, value: Any, path: Path) -> Any:
        if value is None:
            return None
        raise invalid(path, "null", value)


class _Const(Kind):
    __slots__ = ("_value",)

    def __init__(self, value: Any) -> None:
        self._value = value

    @property
    def expected(self) -> str:  # type: ignore[override]
        return repr(self._value)

    def accepts(self, value: Any) -> bool:
        return bool(value == self._value)

    def parse(self, value: Any, path: Path) -> Any:
        if value == self._value:
            return value
        raise invalid(path, repr(self._value), value)


STR: Kind = _Scalar((str,), "a string")
INT: Kind = _Scalar((int,), "an integer")
FLOAT: Kind = _Scalar((int, float), "a number")
BOOL: Kind = _Scalar((bool,), "a boolean")
ANY: Kind = Kind()
NULL: Kind = _Null()
DATETIME: Kind = _DateTime(datetime.datetime, _isoparse, "an ISO 8601 date-time")
DATE: Kind = _DateTime(datetime.date, datetime.date.fromisoformat, "an ISO 8601 date")


def enum_kind(loader: Callable[[], type[enum.Enum]]) -> Kind:
    """The kind of a field holding a member of the enum ``loader()`` returns."""
    return _Enum(loader)


def model_kind(loader: Callable[[], type[Model]]) -> Kind:
    """The kind of a field holding the model ``loader()`` returns (or a mapping of its fields)."""
    return _Model(loader)


def list_kind(item: Kind) -> Kind:
    """The kind of a list whose items are of kind ``item``."""
    return _List(item)


def union_kind(*members: Kind) -> Kind:
    """The kind of a value of any of ``members``, tried in order."""
    return _Union(*members)


def const_kind(value: Any) -> Kind:
    """The kind of a field that only holds ``value``."""
    return _Const(value)


def check_parameter(value: Any, kind: Kind, name: str) -> None:
    """Refuse a parameter that does not fit its kind, naming it, before anything is sent."""
    kind.parse(value, (None, name))
    if isinstance(value, str) and not value and kind is STR:
        raise invalid_argument(f"{name} must not be empty", name)


def check_header(value: Any, kind: Kind, name: str) -> None:
    """Refuse a header parameter that does not fit its kind, or that HTTP cannot carry as a
    header value (blank, or not printable ASCII: a CR or LF would start another header), naming
    it, before anything is sent."""
    check_parameter(value, kind, name)
    if isinstance(value, str) and (
        not value.strip() or not (value.isascii() and value.isprintable())
    ):
        raise invalid_argument(
            f"{name} must be printable ASCII text, not blank (it is sent as an HTTP header)", name
        )


def compile_pattern(source: str) -> re.Pattern[str]:
    """A schema's ``pattern`` compiled for :func:`check_bounds`. ASCII, because in the
    ECMA-262 regular expressions of JSON Schema ``\\d`` and ``\\w`` are ASCII only: Python's
    would let other scripts' digits through. A final ``$`` ends the value, as in ECMA-262
    (Python's would also match before a last newline: ``"2024-01-01\\n"``)."""
    if source.endswith("$") and not source.endswith("\\$"):
        source = source[:-1] + "\\Z"
    return re.compile(source, re.ASCII)


def check_bounds(
    value: Any,
    name: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: float | None = None,
    exclusive_maximum: float | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    min_items: int | None = None,
    max_items: int | None = None,
    pattern: re.Pattern[str] | None = None,
) -> None:
    """Refuse a parameter outside its schema's bounds, naming it and the bound, before anything
    is sent. Called, after its kind is checked, only for parameters whose schema has bounds;
    a bound that does not apply to the value's type is skipped, as JSON Schema does, and a
    ``pattern`` matches anywhere in a string unless it is anchored (``re.search``, as JSON
    Schema). The value itself is never in the message (it may be a secret)."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value or value in (math.inf, -math.inf):  # NaN passes every comparison
            raise invalid_argument(f"{name} must be a finite number", name)
        if minimum is not None and value < minimum:
            raise invalid_argument(f"{name} must be at least {minimum}", name)
        if maximum is not None and value > maximum:
            raise invalid_argument(f"{name} must be at most {maximum}", name)
        if exclusive_minimum is not None and value <= exclusive_minimum:
            raise invalid_argument(f"{name} must be greater than {exclusive_minimum}", name)
        if exclusive_maximum is not None and value >= exclusive_maximum:
            raise invalid_argument(f"{name} must be less than {exclusive_maximum}", name)
    elif isinstance(value, str):
        if min_length is not None and len(value) < min_length:
            raise invalid_argument(f"{name} must be at least {min_length} characters long", name)
        if max_length is not None and len(value) > max_length:
            raise invalid_argument(f"{name} must be at most {max_length} characters long", name)
        if pattern is not None and pattern.search(value) is None:
            shown = pattern.pattern  # as the spec wrote it: compile_pattern's `\Z` is its `$`
            if shown.endswith("\\Z"):
                shown = shown[:-2] + "$"
            raise invalid_argument(f"{name} must match {shown}", name)
    elif isinstance(value, (list, tuple)):
        if min_items is not None and len(value) < min_items:
            raise invalid_argument(f"{name} must hold at least {min_items} items", name)
        if max_items is not None and len(value) > max_items:
            raise invalid_argument(f"{name} must hold at most {max_items} items", name)


def path_segment(value: Any, name: str) -> str:
    """``value`` quoted for one segment of a URL path (``/`` too), or the error naming ``name``.

    An empty segment would address another operation (``/models/`` is the list), so it is
    refused; so are values that are not text or a number, and text that is not valid Unicode.
    """
    from urllib.parse import quote

    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise invalid_argument(f"{name} must be a string, not {_type_name(value)}", name)
    text = str(value)
    if not text:
        raise invalid_argument(f"{name} must not be empty", name)
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise invalid_argument(
            f"{name} is not valid Unicode text (a lone surrogate?)", name
        ) from None


def path_secret(value: Any, name: str) -> Secret:
    """``value`` (a str or a :class:`Secret`) as a Secret for a request's ``path_secrets``, or
    the error naming ``name`` and never quoting the value: it is a credential in a URL path,
    which the runtime fills in (percent-encoded) only when it builds the HTTP request."""
    from urllib.parse import quote

    from meganova._runtime import Secret

    if isinstance(value, Secret):
        secret = value
    elif not isinstance(value, str):
        raise invalid_argument(
            f"{name} must be a string or a Secret, not {_type_name(value)}", name
        )
    elif not value:
        raise invalid_argument(f"{name} must not be empty", name)
    else:
        secret = Secret(value)
    try:
        quote(secret.reveal(), safe="")
    except UnicodeEncodeError:
        raise invalid_argument(
            f"{name} is not valid Unicode text (a lone surrogate?)", name
        ) from None
    return secret


def to_json(value: Any) -> Any:
    """``value`` as JSON-ready Python: models as dicts, enums as values, dates as ISO strings."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


# A model's parser makes its instance with this (no __init__ to run): bound once here, as a
# global, because it runs for every object of every streamed chunk.
new_object = object.__new__

# One field of a model: JSON name -> (attribute name, kind, required, value when absent in a reply)
FieldTable = dict[str, tuple[str, Kind, bool, Any]]
M = TypeVar("M", bound="Model")


class Model(Mapping[str, Any]):
    """Base of every generated model: attributes by their API names, and a mapping by JSON key.

    ``dict(model)``, ``model["content"]``, ``"usage" in model``, ``len(model)``, ``keys()``,
    ``items()``, ``get()``; ``model["x"] = ...`` checks the value, ``del model["x"]`` unsets an
    optional field (it reads None again). An optional field that is absent reads None and is not
    a key. Fields the spec does not describe are kept in ``additional_properties`` and read by key.
    ``to_dict()``/``to_json()`` give the JSON; ``from_dict()``/``from_json()`` parse it, and
    pydantic's everyday names (``model_dump``, ``model_dump_json``, ``model_validate``,
    ``model_validate_json``, ``model_copy``) work too.
    """

    # Both are set only when there is something to hold, so parsing an object with no unknown
    # field and no request id costs nothing for them (a model is built per streamed chunk).
    __slots__ = ("_extra", "_request_id")
    _FIELDS: ClassVar[FieldTable] = {}
    _extra: dict[str, Any]
    _request_id: str | None

    @classmethod
    def _parse(
        cls: type[M], src_dict: Mapping[str, Any], path: Path = None, self: Any = None
    ) -> M:  # pragma: no cover - generated
        raise NotImplementedError

    @classmethod
    def _coerce(cls, key: str, value: Any, path: Path) -> Any:
        """The slow path of a field's check: absence, conversion, and the error naming it."""
        attribute, kind, required, fallback = cls._FIELDS[key]
        if value is None:
            if not required or kind.nullable:
                return None
            if not _constructing(path):
                # A reply from a provider that leaves out what the spec requires: the spec's
                # default stands in, and for a list item's `index` (tool-call deltas) its
                # position in the list.
                if fallback is not None:
                    return fallback
                if key == "index" and path is not None and isinstance(path[1], int):
                    return path[1]
                # An object left out whose own fields all have defaults (usage counts) reads
                # as those defaults.
                if isinstance(kind, _Model):
                    try:
                        return kind.parse({}, (path, key))
                    except ValueError:
                        pass
            raise invalid_argument(
                f"{format_path((path, key))} is required", format_path((path, key))
            )
        return kind.parse(value, (path, key))

    @classmethod
    def _source(cls, src: Any, path: Path) -> Mapping[str, Any]:
        if isinstance(src, Mapping):
            return src
        raise invalid(path, f"an object ({cls.__name__})", src)

    def _extras(self, src: Mapping[str, Any]) -> None:
        fields = self._FIELDS
        self._extra = {key: value for key, value in src.items() if key not in fields}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the spec does not describe, by JSON name (a live dict: changes stick)."""
        try:
            return self._extra
        except AttributeError:
            self._extra = {}
            return self._extra

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dict

    def _values(self) -> tuple[Any, ...]:
        return (
            *(getattr(self, field[0]) for field in self._FIELDS.values()),
            getattr(self, "_extra", None) or {},
        )

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """Parse a JSON object (a dict) into the model; nested objects become models."""
        return cls._parse(src_dict, None)

    @classmethod
    def from_json(cls: type[M], data: str | bytes | bytearray) -> M:
        """Parse JSON text into the model."""
        try:
            decoded = json.loads(data)
        except (ValueError, TypeError) as exc:
            raise invalid_argument(f"not valid JSON: {exc}") from None
        return cls._parse(decoded, None)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready Python: absent optional fields left out, unknown ones kept."""
        result = {key: to_json(value) for key, value in self.additional_properties.items()}
        for key, (attribute, _kind, required, _fallback) in self._FIELDS.items():
            value = getattr(self, attribute)
            if value is not None or required:
                result[key] = to_json(value)
        return result

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @property
    def request_id(self) -> str | None:
        """The request id of the HTTP exchange that returned this object, when the SDK made it."""
        return getattr(self, "_request_id", None)

    # The mapping, by JSON name.
    def __getitem__(self, key: str) -> Any:
        field = self._FIELDS.get(key)
        if field is not None:
            value = getattr(self, field[0])
            if value is None and not field[2]:
                raise KeyError(key)
            return value
        return self.additional_properties[key]

    def __iter__(self) -> Iterator[str]:
        for key, (attribute, _kind, required, _fallback) in self._FIELDS.items():
            if required or getattr(self, attribute) is not None:
                yield key
        yield from self.additional_properties

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, key: object) -> bool:
        field = self._FIELDS.get(key) if isinstance(key, str) else None
        if field is not None:
            return field[2] or getattr(self, field[0]) is not None
        return key in self.additional_properties

    def __setitem__(self, key: str, value: Any) -> None:
        field = self._FIELDS.get(key)
        if field is None:
            self.additional_properties[key] = value
        else:
            setattr(self, field[0], self._coerce(key, value, CONSTRUCTING))

    def __delitem__(self, key: str) -> None:
        field = self._FIELDS.get(key)
        if field is None:
            del self.additional_properties[key]
        elif field[2]:
            raise invalid_argument(f"{key} is required and cannot be deleted", key)
        elif getattr(self, field[0]) is None:
            raise KeyError(key)
        else:
            setattr(self, field[0], None)

    @property
    def additional_keys(self) -> list[str]:
        """Names of the fields the server sent that the spec does not describe."""
        return list(self.additional_properties)

    def __repr__(self) -> str:
        shown = [
            f"{attribute}={getattr(self, attribute)!r}"
            for attribute, _kind, required, _fallback in self._FIELDS.values()
            if required or getattr(self, attribute) is not None
        ]
        shown += [f"{key}={value!r}" for key, value in self.additional_properties.items()]
        return f"{type(self).__name__}({', '.join(shown)})"

    # pydantic's everyday names, for code written against the vendors' pydantic SDKs.
    def model_dump(
        self, *, mode: str = "python", exclude_none: bool = True, by_alias: bool = True
    ) -> dict[str, Any]:
        """pydantic's name for :meth:`to_dict` (the JSON names; absent fields left out)."""
        return self.to_dict()

    def model_dump_json(
        self, *, indent: int | None = None, exclude_none: bool = True, by_alias: bool = True
    ) -> str:
        """pydantic's name for :meth:`to_json`."""
        return self.to_json(indent=indent)

    @classmethod
    def model_validate(cls: type[M], obj: Any) -> M:
        """pydantic's name for :meth:`from_dict` (a model of this class is returned as is)."""
        if type(obj) is cls:
            return obj
        return cls._parse(cls._source(obj, None), None)

    @classmethod
    def model_validate_json(cls: type[M], json_data: str | bytes | bytearray) -> M:
        """pydantic's name for :meth:`from_json`."""
        return cls.from_json(json_data)

    def model_copy(self: M, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> M:
        """A copy, with ``update`` (by attribute or JSON name) applied and checked."""
        import copy

        duplicate = copy.deepcopy(self) if deep else copy.copy(self)
        if not deep:
            duplicate._extra = dict(self.additional_properties)
        by_attribute = {field[0]: key for key, field in self._FIELDS.items()}
        for name, value in (update or {}).items():
            duplicate[by_attribute.get(name, name)] = value  # checked like a construction
        return duplicate


__all__ = [
    "ANY",
    "BOOL",
    "CONSTRUCTING",
    "DATE",
    "DATETIME",
    "FLOAT",
    "INT",
    "NULL",
    "STR",
    "UNSET",
    "File",
    "FileTypes",
    "Kind",
    "Model",
    "Path",
    "RequestFiles",
    "Unset",
    "const_kind",
    "enum_kind",
    "format_path",
    "invalid",
    "list_kind",
    "model_kind",
    "new_object",
    "check_bounds",
    "check_header",
    "check_parameter",
    "compile_pattern",
    "path_secret",
    "path_segment",
    "to_json",
    "union_kind",
]
