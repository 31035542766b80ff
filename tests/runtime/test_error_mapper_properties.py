"""Property-based tests of the error-body mapper (``error_info_from_response`` and
``error_info_from_payload``) and of the redaction under it.

Whatever the status, headers and body bytes (JSON of any shape, HTML, binary junk, empty), the
mapper returns an :class:`ErrorInfo` with a readable message and never raises; the API key
(of any length, and wherever the server echoed it) appears in none of its fields; and each
SDK's error table turns the result into its own exception, which prints and pickles.
"""

from __future__ import annotations

import json
import pickle
from typing import Any, Iterator, List, Mapping, Optional, Tuple

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import meganova.errors as mn
import zaguan.errors as zg
from zaguan._runtime import ErrorInfo, error_info_from_payload, error_info_from_response
from zaguan._runtime._errors import redact, redact_headers

from .conftest import as_meganova

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# An API key as the constructors accept it: visible ASCII, no whitespace, any length.
API_KEYS = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=12)
# What the redaction helpers must cope with too: any non-empty text.
ANY_SECRETS = st.text(min_size=1, max_size=6)
STATUSES = st.one_of(st.integers(min_value=100, max_value=599), st.integers())
HEADER_NAMES = st.one_of(
    st.sampled_from(
        [
            "retry-after",
            "Retry-After-Ms",
            "authorization",
            "x-request-id",
            "content-type",
            "www-authenticate",
        ]
    ),
    st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=10),
)


def texts_with(key: str) -> st.SearchStrategy[str]:
    """Text that holds the key (maybe several times, maybe glued to junk) or not at all."""
    pieces = st.one_of(st.text(max_size=8), st.just(key), st.sampled_from(["[", "]", "*", "D"]))
    return st.lists(pieces, max_size=6).map("".join)


def json_values(key: str) -> st.SearchStrategy[Any]:
    """Any JSON value (NaN and infinities included, as Python's json reads them)."""
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts_with(key))
    return st.recursive(
        scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=4),
            st.dictionaries(texts_with(key), children, max_size=4),
        ),
        max_leaves=20,
    )


def error_objects(key: str) -> st.SearchStrategy[Any]:
    """Bodies shaped like real gateways' errors, with the key anywhere in them."""
    anything = json_values(key)
    error = st.fixed_dictionaries(
        {},
        optional={
            "message": anything,
            "type": anything,
            "code": anything,
            "param": anything,
            "details": anything,
            "retry_after": st.one_of(st.floats(), st.integers(), texts_with(key)),
            "credits_required": anything,
            key: anything,
        },
    )
    return st.one_of(
        st.fixed_dictionaries({"error": st.one_of(error, texts_with(key), anything)}),
        st.fixed_dictionaries({"detail": anything}),
        st.fixed_dictionaries({"message": anything, "code": anything}),
        st.fixed_dictionaries(
            {"detail": st.lists(st.fixed_dictionaries({"loc": anything, "msg": anything}))}
        ),
    )


def bodies(key: str) -> st.SearchStrategy[bytes]:
    """Body bytes: JSON of any shape, error objects, HTML, binary junk, whitespace."""

    def dumped(value: Any) -> bytes:
        return json.dumps(value).encode()

    html = st.tuples(texts_with(key), texts_with(key)).map(
        lambda parts: (
            f"<!DOCTYPE html><html><head><title>{parts[0]}</title></head>"
            f"<body><script>{parts[1]}</script>{parts[1]}</body></html>".encode()
        )
    )
    return st.one_of(
        st.binary(max_size=300),
        json_values(key).map(dumped),
        error_objects(key).map(dumped),
        error_objects(key).map(lambda value: dumped(value)[:-1]),  # cut short
        html,
        texts_with(key).map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.sampled_from([b"", b"   ", b"\r\n", b"null", b"[" * 5000]),
    )


def header_pairs(key: str) -> st.SearchStrategy[List[Tuple[str, str]]]:
    names = st.one_of(HEADER_NAMES, st.just(key))
    return st.lists(st.tuples(names, texts_with(key)), max_size=6)


def as_headers(pairs: List[Tuple[str, str]], kind: str) -> Any:
    """The pairs as a plain dict, or as the httpx.Headers a real reply would carry."""
    if kind == "dict":
        return dict(pairs)
    return httpx.Headers(
        [
            (name.encode("utf-8", "surrogatepass"), value.encode("utf-8", "surrogatepass"))
            for name, value in pairs
        ]
    )


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, httpx.Headers):
        for name, item in value.multi_items():
            yield name
            yield item
    elif isinstance(value, Mapping):
        for name, item in value.items():
            yield from strings(name)
            yield from strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from strings(item)


def check(info: Any, key: Optional[str]) -> None:
    """An ErrorInfo with a readable message and, when ``key`` is given, no trace of it."""
    assert isinstance(info, ErrorInfo)
    assert isinstance(info.message, str) and info.message
    assert info.details is not None
    assert info.retry_after is None or (info.retry_after >= 0 and info.retry_after < 1e9)
    if key is not None:
        fields = [info.message, info.code, info.type, info.param, info.body, info.details]
        for text in strings([fields, info.headers]):
            assert key not in text, (key, text)


@SETTINGS
@given(
    data=st.data(),
    key=API_KEYS,
    status=STATUSES,
    kind=st.sampled_from(["dict", "httpx"]),
    now=st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)),
)
def test_any_reply_maps_to_an_error_info_without_the_key(
    data: st.DataObject, key: str, status: int, kind: str, now: Optional[float]
) -> None:
    content = data.draw(bodies(key), label="content")
    headers = as_headers(data.draw(header_pairs(key), label="headers"), kind)
    info = error_info_from_response(status, headers, content, None, secrets=[key], now=now)
    check(info, key)


@SETTINGS
@given(data=st.data(), key=API_KEYS, status=st.one_of(st.none(), STATUSES))
def test_any_decoded_payload_maps_to_an_error_info_without_the_key(
    data: st.DataObject, key: str, status: Optional[int]
) -> None:
    body = data.draw(st.one_of(error_objects(key), json_values(key)), label="body")
    headers = as_headers(data.draw(header_pairs(key), label="headers"), "dict")
    info = error_info_from_payload(status, headers, body, "rid", secrets=[key])
    check(info, key)
    assert info.request_id == "rid"


@SETTINGS
@given(
    status=STATUSES,
    content=st.binary(max_size=500),
    headers=st.dictionaries(st.text(max_size=10), st.text(max_size=20), max_size=5),
)
def test_without_secrets_any_reply_still_maps_and_keeps_the_request_id(
    status: int, content: bytes, headers: Mapping[str, str]
) -> None:
    info = error_info_from_response(status, headers, content, "rid-1")
    check(info, None)
    assert (info.status, info.request_id) == (status, "rid-1")


@SETTINGS
@given(data=st.data(), key=API_KEYS, status=STATUSES)
def test_each_sdk_turns_any_result_into_its_own_error_that_prints_and_pickles(
    data: st.DataObject, key: str, status: int
) -> None:
    content = data.draw(bodies(key), label="content")
    info = error_info_from_response(status, {}, content, "rid", secrets=[key])
    errors = (
        (zg.ERROR_TABLE.status_error(info), zg.ZaguanError),
        (zg.ERROR_TABLE.stream_error(info), zg.ZaguanError),
        (mn.ERROR_TABLE.status_error(as_meganova(info)), mn.MeganovaError),
        (mn.ERROR_TABLE.stream_error(as_meganova(info)), mn.MeganovaError),
    )
    for error, base in errors:
        assert isinstance(error, base)
        assert str(error) and info.message in str(error)
        copied = pickle.loads(pickle.dumps(error))
        assert type(copied) is type(error) and str(copied) == str(error)


# --- the redaction under it -------------------------------------------------------------------


@SETTINGS
@given(data=st.data(), secrets=st.lists(ANY_SECRETS, min_size=1, max_size=3))
def test_redact_leaves_no_secret_whatever_the_secrets_and_text(
    data: st.DataObject, secrets: List[str]
) -> None:
    pieces = st.one_of(
        st.text(max_size=5),
        st.sampled_from(secrets),
        st.sampled_from(["[REDACTED]", "[", "]", "***", "█"]),
    )
    text = data.draw(st.lists(pieces, max_size=10).map("".join), label="text")
    clean = redact(text, secrets)
    for secret in secrets:
        assert secret not in clean
    if not any(secret in text for secret in secrets):
        assert clean == text  # nothing to hide: nothing changed


@SETTINGS
@given(data=st.data(), key=API_KEYS)
def test_redact_headers_leaves_no_key_and_no_authorization_value(
    data: st.DataObject, key: str
) -> None:
    pairs = data.draw(header_pairs(key), label="headers")
    for kind in ("dict", "httpx"):
        clean = redact_headers(as_headers(pairs, kind), [key])
        for text in strings(clean):
            assert key not in text
        items = clean.multi_items() if isinstance(clean, httpx.Headers) else clean.items()
        for name, value in items:
            if name.lower() == "authorization":
                assert value in ("[REDACTED]", "***") or set(value) <= {
                    chr(c) for c in range(0x2588, 0x2600)
                }
