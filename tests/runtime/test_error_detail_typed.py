"""Error bodies that fit the spec's schema are read through the SDK's generated error model;
both SDKs build their case fields (credits, band, tiers, retry_after) with one helper."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any, Dict, Mapping, Optional

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import meganova.errors as mn
import zaguan.errors as zg
from meganova.generated.models import ErrorDetail, ErrorResponse
from zaguan._runtime import ErrorInfo, error_info_from_response
from zaguan._runtime._errors import CaseField, as_number, as_text, attach_info, read_error_body
from zaguan.generated.models import ZaguanErrorDetail, ZaguanErrorResponse

from .conftest import API_KEY, as_meganova


def zaguan_body(data: Mapping[str, Any]) -> ZaguanErrorResponse:
    return ZaguanErrorResponse.from_dict(data)


def info_for(status: int, body: Any, headers: Optional[Dict[str, str]] = None) -> ErrorInfo:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return error_info_from_response(status, httpx.Headers(headers or {}), content, "rid")


CREDITS = {"credits_required": 12, "credits_remaining": 3.5}


@pytest.mark.parametrize("nested", [False, True], ids=["flat", "nested-details"])
def test_a_body_that_fits_is_read_through_the_model_in_both_layouts(nested: bool) -> None:
    error: Dict[str, Any] = {"message": " Pay up ", "type": "insufficient_credits", "code": 402}
    if nested:
        error["details"] = dict(CREDITS, hint="top up")
    else:
        error.update(CREDITS, hint="top up")
    lenient = info_for(402, {"error": error})
    typed = read_error_body(lenient, zaguan_body)
    assert isinstance(typed.error, ZaguanErrorDetail)
    assert (typed.error.credits_required, typed.error.credits_remaining) == (12, 3.5)
    assert typed.error["hint"] == "top up"
    # The same facts as the lenient reading: only the typed object is new.
    assert (typed.message, typed.code, typed.type, typed.param, typed.details) == (
        lenient.message,
        lenient.code,
        lenient.type,
        lenient.param,
        lenient.details,
    )
    assert (typed.message, typed.code) == ("Pay up", "402")


@pytest.mark.parametrize(
    "content",
    [
        {"error": "plain text"},
        {"detail": "FastAPI style"},
        {"detail": [{"loc": ["body", "model"], "msg": "field required"}]},
        {"message": "flat", "code": "x"},
        {"error": {"type": "no_message"}},
        {"error": {"message": 5}},
        {"error": {"message": "x", "credits_required": "lots"}},
        {"error": {"message": "x", "details": {"band": 3}}},
        {"error": {"message": "x", "code": 1.5}},
        [1, 2],
        b"<html><title>502 Bad Gateway</title></html>",
        b"",
        b"not json",
    ],
    ids=[
        "error-string",
        "detail-string",
        "detail-list",
        "flat-message",
        "no-message",
        "message-number",
        "credits-text",
        "nested-band-number",
        "code-float",
        "list",
        "html",
        "empty",
        "text",
    ],
)
def test_a_body_that_does_not_fit_keeps_the_lenient_reading(content: Any) -> None:
    lenient = info_for(402, content)
    assert read_error_body(lenient, zaguan_body) is lenient
    error = zg.ERROR_TABLE.status_error(lenient)
    assert isinstance(error, zg.InsufficientCreditsError)
    assert error.message == lenient.message
    assert error.credits_required is None or "credits_required" in lenient.details


def test_a_parser_that_fails_in_any_way_leaves_the_info_alone() -> None:
    lenient = info_for(400, {"error": {"message": "bad"}})

    def broken(data: Mapping[str, Any]) -> Any:
        raise RuntimeError("not a ValueError")

    def junk(data: Mapping[str, Any]) -> Any:
        return object()

    assert read_error_body(lenient, broken) is lenient
    assert read_error_body(lenient, junk) is lenient
    assert read_error_body(lenient, None) is lenient


def test_the_typed_object_is_built_from_the_redacted_body() -> None:
    content = json.dumps({"error": {"message": f"key {API_KEY}", "band": API_KEY}}).encode()
    info = error_info_from_response(403, {}, content, "rid", secrets=[API_KEY])
    error = zg.ERROR_TABLE.status_error(info)
    typed = error.__dict__["_error_object"]
    assert isinstance(typed, ZaguanErrorDetail)
    assert API_KEY not in typed.to_json()


def test_redact_info_drops_a_typed_object_for_the_table_to_read_again() -> None:
    from zaguan._runtime._errors import redact_info

    info = read_error_body(info_for(400, {"error": {"message": "m"}}), zaguan_body)
    assert info.error is not None
    assert redact_info(info, ["secret"]).error is None
    assert redact_info(info, []).error is info.error


# --- the case fields ----------------------------------------------------------------------------


class Sample(Exception):
    count = CaseField(as_number, "A count.")
    name = CaseField(as_text, "A name.")
    retry_after = CaseField(as_number)

    def __init__(self, details: Optional[Dict[str, Any]] = None) -> None:
        super().__init__("sample")
        self.details = details or {}


def typed_detail(**fields: Any) -> ZaguanErrorDetail:
    return ZaguanErrorDetail.from_dict({"message": "m", **fields})


def test_case_field_reads_set_value_then_typed_object_then_details() -> None:
    error = Sample({"count": 1, "name": "from details"})
    assert (error.count, error.name) == (1.0, "from details")
    error.__dict__["_error_object"] = typed_detail(count=2, name="typed")
    assert (error.count, error.name) == (2.0, "typed")
    error.count = 3.0
    assert error.count == 3.0
    assert Sample.count.__doc__ == "A count."
    assert isinstance(Sample.__dict__["name"], CaseField)


def test_case_field_keeps_only_values_of_its_type() -> None:
    error = Sample({"count": True, "name": 5})
    assert (error.count, error.name) == (None, None)
    assert Sample({"count": "7"}).count is None


def test_attach_info_sets_the_typed_object_and_the_fields_info_owns() -> None:
    info = ErrorInfo(status=429, message="m", retry_after=None, details={"retry_after": -5})
    error = Sample({"retry_after": -5})
    attach_info(error, info)
    # The runtime's reading (headers first, then a sane body value) is the one notion.
    assert error.retry_after is None
    assert error.__dict__["_error_object"] is None


@pytest.mark.parametrize("nested", [False, True], ids=["flat", "nested-details"])
def test_zaguan_case_fields_are_read_through_the_typed_error(nested: bool) -> None:
    fields = {"band": "C", "required_tier": "enterprise", "current_tier": "pro"}
    error_fields: Dict[str, Any] = {"message": "no", "type": "band_access_denied"}
    error_fields.update({"details": fields} if nested else fields)
    error = zg.ERROR_TABLE.status_error(info_for(403, {"error": error_fields}))
    assert isinstance(error, zg.BandAccessDeniedError)
    typed = error.__dict__["_error_object"]
    assert isinstance(typed, ZaguanErrorDetail) and typed.band == "C"
    assert (error.band, error.required_tier, error.current_tier) == ("C", "enterprise", "pro")
    # Proof that the properties read the typed object, not the details dict.
    error.details = {}
    assert error.band == "C"


@pytest.mark.parametrize(
    ("headers", "body_wait", "expected"),
    [
        ({"Retry-After": "12"}, 30, 12.0),
        ({}, 7, 7.0),
        ({}, -5, None),
        ({}, "soon", None),
        ({}, None, None),
    ],
    ids=["header-wins", "body", "negative", "text", "absent"],
)
def test_both_sdks_build_retry_after_the_same_way(
    headers: Dict[str, str], body_wait: Any, expected: Optional[float]
) -> None:
    error: Dict[str, Any] = {"message": "slow down", "type": "rate_limit_exceeded"}
    if body_wait is not None:
        error["retry_after"] = body_wait
    info = info_for(429, {"error": error}, headers)
    zaguan = zg.ERROR_TABLE.status_error(info)
    meganova = mn.ERROR_TABLE.status_error(as_meganova(info))
    assert isinstance(zaguan, zg.RateLimitError) and isinstance(meganova, mn.RateLimitError)
    assert zaguan.retry_after == meganova.retry_after == expected


def test_meganova_reads_its_errors_through_error_response() -> None:
    error = mn.ERROR_TABLE.status_error(
        as_meganova(
            info_for(400, {"error": {"message": "bad", "code": 40, "param": "model", "x": 1}})
        )
    )
    assert isinstance(error, mn.BadRequestError)
    typed = error.__dict__["_error_object"]
    assert isinstance(typed, ErrorDetail)
    assert (error.code, error.details) == ("40", {"x": 1})
    assert ErrorResponse.from_dict({"error": typed.to_dict()}).error == typed


def test_stream_errors_are_read_through_the_model_too() -> None:
    info = ErrorInfo(
        status=None,
        message="rate limited",
        body={"error": {"message": "rate limited", "code": 429, "retry_after": 2}},
        details={"retry_after": 2},
        retry_after=2.0,
        code="429",
    )
    error = zg.ERROR_TABLE.stream_error(info)
    assert isinstance(error, zg.RateLimitError)
    assert error.status_code == 429 and error.retry_after == 2.0
    assert isinstance(error.__dict__["_error_object"], ZaguanErrorDetail)


@pytest.mark.parametrize("table", [zg.ERROR_TABLE, mn.ERROR_TABLE], ids=["zaguan", "meganova"])
def test_errors_with_a_typed_object_pickle_and_copy_with_their_case_fields(table: Any) -> None:
    body = {"error": {"message": "slow", "retry_after": 3, "credits_required": 1}}
    error = table.status_error(info_for(429, body))
    for clone in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert type(clone) is type(error)
        assert clone.retry_after == 3.0
        assert clone.__dict__["_error_object"] == error.__dict__["_error_object"]


# --- agreement on any body ----------------------------------------------------------------------

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=6)
)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=4), children, max_size=3)
    ),
    max_leaves=8,
)
ERROR_OBJECTS = st.fixed_dictionaries(
    {},
    optional={
        "message": st.one_of(st.text(max_size=8), VALUES),
        "type": st.one_of(st.text(max_size=5), VALUES),
        "code": st.one_of(st.integers(), st.text(max_size=5), VALUES),
        "param": st.one_of(st.text(max_size=5), st.none()),
        "details": st.one_of(
            VALUES,
            st.fixed_dictionaries(
                {}, optional={"band": VALUES, "retry_after": VALUES, "message": VALUES}
            ),
        ),
        "credits_required": st.one_of(st.integers(), st.floats(allow_nan=False), VALUES),
        "band": st.one_of(st.text(max_size=3), VALUES),
        "retry_after": st.one_of(st.floats(allow_nan=False), st.integers(), VALUES),
        "extra": VALUES,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(error=ERROR_OBJECTS, status=st.sampled_from([400, 402, 403, 429, 500]))
def test_the_typed_reading_agrees_with_the_lenient_one_wherever_the_body_fits(
    error: Dict[str, Any], status: int
) -> None:
    lenient = info_for(status, {"error": error})
    for parse in (zaguan_body, ErrorResponse.from_dict):
        typed = read_error_body(lenient, parse)
        if typed is lenient:
            continue
        assert typed.error is not None
        assert (typed.message, typed.code, typed.type, typed.param, typed.details) == (
            lenient.message,
            lenient.code,
            lenient.type,
            lenient.param,
            lenient.details,
        )
    for built in (
        zg.ERROR_TABLE.status_error(lenient),
        mn.ERROR_TABLE.status_error(as_meganova(lenient)),
    ):
        assert getattr(built, "message", None) == lenient.message
        assert getattr(built, "retry_after", None) in (None, lenient.retry_after)
