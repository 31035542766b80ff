"""Multipart/form-data bodies: validated against the spec, and recorded per request id.

The record is what ``GET /_gateway/uploads/{request_id}`` serves (a route of no spec) and what
``Gateway.uploads()`` returns: one entry per attempt, so a retried upload can be shown to have
reached the gateway whole every time.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any, Dict, List, Optional

import httpx
import pytest

from local_gateway import REQUESTS_PATH, UPLOADS_PATH, Gateway
from local_gateway.forms import Form as ReadForm
from local_gateway.forms import Upload
from local_gateway.record import RequestLog
from local_gateway.spec import APIS, coerce_text, load_spec

from .helpers import Form

EDITS = "/v1/images/edits"
TRANSCRIPTIONS = "/v1/audio/transcriptions"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
MASK = b"\x89PNG\r\n\x1a\nmask"
MASK_PART = ("mask.png", MASK, "image/png")


def _post(
    client: httpx.Client,
    path: str,
    form: Form,
    request_id: Optional[str] = None,
    fault: Optional[str] = None,
) -> httpx.Response:
    headers = {}
    if request_id is not None:
        headers["X-Request-Id"] = request_id
    if fault is not None:
        headers["X-Gateway-Fault"] = fault
    return client.post(path, data=form.fields, files=form.files, headers=headers)


def _attempts(gateway: Gateway, request_id: str) -> List[Dict[str, Any]]:
    # No key: the route is for tests, on the root of the gateway whatever the API.
    reply = httpx.get(gateway.zaguan_url + f"/_gateway/uploads/{request_id}")
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["request_id"] == request_id
    attempts: List[Dict[str, Any]] = body["attempts"]
    assert attempts == gateway.uploads(request_id)
    return attempts


def _file(field: str, filename: str, content: bytes, content_type: str) -> Dict[str, Any]:
    return {
        "field": field,
        "filename": filename,
        "content_type": content_type,
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
    }


def _edit_form(**fields: str) -> Form:
    return Form(
        {"prompt": "a red fox", **fields},
        {"image": ("fox.png", PNG, "image/png"), "mask": MASK_PART},
    )


def _error(reply: httpx.Response) -> Dict[str, Any]:
    assert reply.status_code == 400, reply.text
    error: Dict[str, Any] = reply.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["message"].startswith(error["param"] + ": ")
    return error


# --- what is recorded ------------------------------------------------------------------------


def test_a_valid_form_is_answered_and_recorded_with_each_file(
    zaguan: httpx.Client, gateway: Gateway
) -> None:
    request_id = uuid.uuid4().hex
    reply = _post(zaguan, EDITS, _edit_form(n="2", size="256x256"), request_id)

    assert reply.status_code == 200, reply.text
    assert reply.headers["x-request-id"] == request_id
    assert _attempts(gateway, request_id) == [
        {
            "api": "zaguan",
            "operation_id": "edit_image",
            "status": 200,
            "files": [
                _file("image", "fox.png", PNG, "image/png"),
                _file("mask", "mask.png", MASK, "image/png"),
            ],
            "fields": {"prompt": "a red fox", "n": "2", "size": "256x256"},
        }
    ]


def test_a_retried_upload_is_seen_whole_on_every_attempt(
    zaguan: httpx.Client, gateway: Gateway
) -> None:
    request_id = uuid.uuid4().hex
    audio = bytes(range(256)) * 64
    form = Form({"model": "whisper-1"}, {"file": ("talk.mp3", audio, "audio/mpeg")})

    statuses = [
        _post(zaguan, TRANSCRIPTIONS, form, request_id, "fail-then-succeed:2").status_code
        for _ in range(3)
    ]

    assert statuses == [503, 503, 200]
    attempts = _attempts(gateway, request_id)
    assert [attempt["status"] for attempt in attempts] == statuses
    expected = [_file("file", "talk.mp3", audio, "audio/mpeg")]
    assert all(attempt["files"] == expected for attempt in attempts)
    assert all(attempt["fields"] == {"model": "whisper-1"} for attempt in attempts)


def test_a_form_request_is_in_the_request_record_too(
    zaguan: httpx.Client, gateway: Gateway
) -> None:
    request_id = uuid.uuid4().hex
    _post(zaguan, EDITS, _edit_form(), request_id)
    zaguan.get("/v1/models", headers={"X-Request-Id": request_id})

    path = REQUESTS_PATH.replace("{request_id}", request_id)
    requests = httpx.get(gateway.zaguan_url + path).json()["requests"]
    assert [entry["operation_id"] for entry in requests] == ["edit_image", "list_models"]
    assert [attempt["operation_id"] for attempt in _attempts(gateway, request_id)] == ["edit_image"]


def test_a_large_upload_is_measured_whole(zaguan: httpx.Client, gateway: Gateway) -> None:
    # Over starlette's 1 MB spool: the file goes to disk while the gateway reads it.
    audio = hashlib.shake_256(b"large").digest(3 * 1024 * 1024 + 7)
    request_id = uuid.uuid4().hex
    form = Form({"model": "whisper-1"}, {"file": ("long.wav", audio, "audio/wav")})

    reply = _post(zaguan, TRANSCRIPTIONS, form, request_id)

    assert reply.json()["text"] == f"The local gateway transcribed {len(audio)} bytes of audio."
    assert _attempts(gateway, request_id)[0]["files"] == [
        _file("file", "long.wav", audio, "audio/wav")
    ]


def test_an_empty_file_is_a_file(zaguan: httpx.Client, gateway: Gateway) -> None:
    request_id = uuid.uuid4().hex
    form = Form({"model": "whisper-1"}, {"file": ("empty.mp3", b"", "audio/mpeg")})
    assert _post(zaguan, TRANSCRIPTIONS, form, request_id).status_code == 200
    assert _attempts(gateway, request_id)[0]["files"][0]["size"] == 0


def test_a_refused_form_is_recorded_with_its_400(zaguan: httpx.Client, gateway: Gateway) -> None:
    request_id = uuid.uuid4().hex
    _error(_post(zaguan, EDITS, _edit_form(n="0"), request_id))
    [attempt] = _attempts(gateway, request_id)
    assert attempt["status"] == 400
    assert attempt["fields"]["n"] == "0"
    assert [upload["field"] for upload in attempt["files"]] == ["image", "mask"]


def test_a_dropped_connection_is_recorded_without_a_status(
    zaguan: httpx.Client, gateway: Gateway
) -> None:
    request_id = uuid.uuid4().hex
    with pytest.raises(httpx.TransportError):
        _post(zaguan, EDITS, _edit_form(), request_id, "disconnect")
    [attempt] = _attempts(gateway, request_id)
    assert attempt["status"] is None


def test_a_form_without_a_request_id_is_recorded_under_the_id_answered(
    zaguan: httpx.Client, gateway: Gateway
) -> None:
    reply = _post(zaguan, EDITS, _edit_form())
    [attempt] = _attempts(gateway, reply.headers["x-request-id"])
    assert attempt["operation_id"] == "edit_image"


def test_a_repeated_text_field_is_recorded_as_a_list(
    zaguan: httpx.Client, gateway: Gateway
) -> None:
    # A field the schema does not declare may be sent several times (additional properties).
    request_id = uuid.uuid4().hex
    reply = zaguan.post(
        EDITS,
        data={"prompt": "fox", "tag": ["a", "b"]},
        files={"image": ("fox.png", PNG, "image/png")},
        headers={"X-Request-Id": request_id},
    )
    assert reply.status_code == 200, reply.text
    assert _attempts(gateway, request_id)[0]["fields"] == {"prompt": "fox", "tag": ["a", "b"]}


def test_meganova_forms_are_recorded_too(meganova: httpx.Client, gateway: Gateway) -> None:
    request_id = uuid.uuid4().hex
    form = Form({"model": "faster-whisper"}, {"file": ("a.ogg", b"ogg", "audio/ogg")})
    assert _post(meganova, "/audio/transcriptions", form, request_id).status_code == 200
    [attempt] = _attempts(gateway, request_id)
    assert (attempt["api"], attempt["operation_id"]) == ("meganova", "transcribe_audio")


def test_an_unauthorised_form_is_neither_read_nor_recorded(gateway: Gateway) -> None:
    request_id = uuid.uuid4().hex
    form = _edit_form()
    reply = httpx.post(
        gateway.zaguan_url + EDITS,
        data=form.fields,
        files=form.files,
        headers={"Authorization": "Bearer wrong", "X-Request-Id": request_id},
    )
    assert reply.status_code == 401
    assert _attempts(gateway, request_id) == []


def test_the_uploads_route_is_in_no_spec(gateway: Gateway) -> None:
    assert UPLOADS_PATH == "/_gateway/uploads/{request_id}"
    for api in APIS:
        assert not any(path.startswith("/_gateway") for path in load_spec(api)["paths"])
    assert _attempts(gateway, "never-used-" + uuid.uuid4().hex) == []
    reply = httpx.post(gateway.zaguan_url + "/_gateway/uploads/x")
    assert reply.status_code == 405


def test_the_uploads_route_reads_a_request_id_with_a_slash(
    zaguan: httpx.Client, gateway: Gateway
) -> None:
    request_id = f"batch/{uuid.uuid4().hex}"
    assert _post(zaguan, EDITS, _edit_form(), request_id).status_code == 200
    assert len(_attempts(gateway, request_id)) == 1


# --- what is refused -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "param", "reason"),
    [
        # With a mask, so httpx sends a multipart body (text fields alone go urlencoded).
        (Form({"prompt": "fox"}, {"mask": MASK_PART}), "image", "this required field is missing"),
        (Form({}, {"image": ("a.png", PNG, "image/png")}), "prompt", "required field is missing"),
        (
            Form({"prompt": "fox", "image": "not a file"}, {"mask": MASK_PART}),
            "image",
            "must be a file (a part with a filename), not text",
        ),
        (
            Form({}, {"image": ("a.png", PNG, "image/png"), "prompt": ("p.txt", b"fox", "x/y")}),
            "prompt",
            "must be a text field, not a file",
        ),
        (_edit_form(n="two"), "n", "'two' is not of type 'integer'"),
        (_edit_form(n="1.5"), "n", "is not of type 'integer'"),
        (_edit_form(n="0"), "n", "0 is less than the minimum of 1"),
        (_edit_form(n="11"), "n", "11 is greater than the maximum of 10"),
        (_edit_form(response_format="png"), "response_format", "is not one of ['url', 'b64_json']"),
    ],
)
def test_a_form_the_spec_refuses_names_the_field(
    zaguan: httpx.Client, form: Form, param: str, reason: str
) -> None:
    error = _error(_post(zaguan, EDITS, form))
    assert error["param"] == param
    assert reason in error["message"]


@pytest.mark.parametrize(
    ("fields", "param", "reason"),
    [
        ({}, "model", "this required field is missing"),
        ({"model": "w", "temperature": "hot"}, "temperature", "is not of type 'number'"),
        ({"model": "w", "temperature": "nan"}, "temperature", "is not of type 'number'"),
        ({"model": "w", "temperature": "1.5"}, "temperature", "1.5 is greater than the maximum"),
        ({"model": "w", "response_format": "mp3"}, "response_format", "is not one of"),
    ],
)
def test_a_transcription_form_the_spec_refuses_names_the_field(
    zaguan: httpx.Client, fields: Dict[str, str], param: str, reason: str
) -> None:
    form = Form(fields, {"file": ("a.mp3", b"mp3", "audio/mpeg")})
    error = _error(_post(zaguan, TRANSCRIPTIONS, form))
    assert error["param"] == param
    assert reason in error["message"], error["message"]


def test_a_field_that_is_no_array_may_be_sent_once(zaguan: httpx.Client) -> None:
    reply = zaguan.post(
        EDITS, data={"prompt": ["a", "b"]}, files={"image": ("a.png", PNG, "image/png")}
    )
    error = _error(reply)
    assert error == {
        "message": "prompt: was sent 2 times; one value is allowed",
        "type": "invalid_request_error",
        "param": "prompt",
    }


def test_a_typed_text_field_is_read_as_its_type(zaguan: httpx.Client) -> None:
    form = Form({"model": "w", "temperature": "0.25"}, {"file": ("a.mp3", b"x", "audio/mpeg")})
    assert _post(zaguan, TRANSCRIPTIONS, form).status_code == 200
    assert _post(zaguan, EDITS, _edit_form(n="10")).status_code == 200


def test_unknown_fields_are_allowed(zaguan: httpx.Client) -> None:
    form = Form(
        {"prompt": "fox", "quality": "hd"},
        {"image": ("a.png", PNG, "image/png"), "extra": ("e.bin", b"e", "x/y")},
    )
    assert _post(zaguan, EDITS, form).status_code == 200


@pytest.mark.parametrize(
    ("content", "content_type", "reason"),
    [
        (b"", None, "body: a multipart/form-data body is required"),
        (b'{"prompt": "fox"}', "application/json", "Content-Type: application/json"),
        (b"prompt=fox", "application/x-www-form-urlencoded", "Content-Type: application/x-www"),
        (b"prompt", None, "Content-Type: none"),
        (b"--x\r\n\r\n", "multipart/form-data", "not a valid multipart/form-data body"),
    ],
)
def test_a_body_that_is_no_form_names_the_body(
    zaguan: httpx.Client, content: bytes, content_type: Optional[str], reason: str
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    error = _error(zaguan.post(EDITS, content=content, headers=headers))
    assert error["param"] == "body"
    assert reason in error["message"], error["message"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        # The parser's own words differ between python-multipart releases.
        (b"garbage", "("),
        (
            b"--b\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--b--\r\n",
            'the Content-Disposition header field "name" must be provided',
        ),
    ],
)
def test_a_broken_multipart_body_names_the_body(
    zaguan: httpx.Client, content: bytes, reason: str
) -> None:
    headers = {"Content-Type": "multipart/form-data; boundary=b"}
    error = _error(zaguan.post(EDITS, content=content, headers=headers))
    assert error["param"] == "body"
    assert error["message"].startswith("body: not a valid multipart/form-data body")
    assert reason.lower() in error["message"].lower()


# --- the pieces, in process ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("3", "integer", 3),
        ("-3", "integer", -3),
        ("3.0", "integer", "3.0"),
        ("0.5", "number", 0.5),
        ("2", "number", 2),
        ("1e3", "number", 1000.0),
        ("nan", "number", "nan"),
        ("inf", "number", "inf"),
        ("1_000", "number", "1_000"),
        (" 1", "number", " 1"),
        ("true", "boolean", True),
        ("yes", "boolean", "yes"),
        ('{"a": 1}', "object", {"a": 1}),
        ("{oops", "object", "{oops"),
        ("3", "string", "3"),
        ("3", None, "3"),
    ],
)
def test_text_is_read_as_the_json_type_when_it_is_one(
    text: str, kind: Optional[str], value: Any
) -> None:
    assert coerce_text(text, kind) == value


def test_the_request_log_keeps_the_latest_request_ids_and_entries() -> None:
    log = RequestLog(max_request_ids=2, max_entries=3)
    form = ReadForm(texts={"model": "m"}, files=[Upload("file", "a", "x/y", 1, "00")])
    for request_id in ("a", "b", "a", "c"):
        log.add(request_id, "zaguan", "op", 200, form)
    for status in range(5):
        log.add("c", "zaguan", "op", status, form)

    assert log.uploads("b") == [] and log.requests("b") == []
    assert len(log.uploads("a")) == 2
    assert [attempt["status"] for attempt in log.uploads("c")] == [2, 3, 4]
    # A copy: changing it changes nothing recorded.
    log.uploads("c")[0]["files"].clear()
    assert log.uploads("c")[0]["files"] == [
        {"field": "file", "filename": "a", "content_type": "x/y", "size": 1, "sha256": "00"}
    ]


def test_the_upload_view_is_the_request_record_of_the_form_requests() -> None:
    log = RequestLog()
    form = ReadForm(texts={"model": "m"}, files=[Upload("file", "a", "x/y", 1, "00")])
    log.add("r", "zaguan", "list_models", 200)
    log.add("r", "zaguan", "create_transcription", 503, form)
    log.add("r", "zaguan", "create_transcription", None, form)

    requests = log.requests("r")
    uploads = log.uploads("r")
    assert [entry["status"] for entry in requests] == [200, 503, None]
    assert [entry["status"] for entry in uploads] == [503, None]
    assert requests[0] == {"api": "zaguan", "operation_id": "list_models", "status": 200}
    assert [{key: upload[key] for key in requests[1]} for upload in uploads] == requests[1:]
    assert uploads[0]["fields"] == {"model": "m"}
