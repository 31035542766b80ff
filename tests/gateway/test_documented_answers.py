"""Operations without a handler answer what their spec documents, after validating the request.

The spec-edit tests copy ``spec/`` to a temporary folder, add operations to the copy and serve
it with ``start_gateway(spec_dir=...)``: what a maintainer does when adding an endpoint.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Iterator

import httpx
import pytest

from local_gateway import Gateway, SpecAnswerError, start_gateway
from local_gateway.answers import build_value
from local_gateway.spec import instance_checker, load_spec, response_validator

from .edited_spec import COMPONENTS, EDIT, THING, THING_EXAMPLE, json_content, operation, spec_copy


@pytest.fixture(scope="module")
def spec_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return spec_copy(tmp_path_factory.mktemp("edited"), EDIT)


@pytest.fixture(scope="module")
def edited(spec_dir: Path) -> Iterator[Gateway]:
    with start_gateway(spec_dir=spec_dir) as running:
        yield running


@pytest.fixture()
def client(edited: Gateway) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {edited.api_key}"}
    with httpx.Client(base_url=edited.zaguan_url, headers=headers, timeout=10.0) as opened:
        yield opened


def _valid(spec_dir: Path, operation_id: str, reply: httpx.Response) -> None:
    validator = response_validator(
        "zaguan", operation_id, reply.status_code, spec_dir=spec_dir.resolve()
    )
    assert [error.message for error in validator.iter_errors(reply.json())] == []


def test_a_new_operation_answers_a_value_built_from_its_schema(
    client: httpx.Client, spec_dir: Path
) -> None:
    reply = client.post("/v1/echo-thing", json={"name": "lamp"}, headers={"X-Request-Id": "r1"})
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"] == "application/json"
    assert reply.headers["x-request-id"] == "r1"
    _valid(spec_dir, "create_echo_thing", reply)
    assert reply.json() == {
        "id": "stringstring",
        "kind": "widget",
        "created_at": "2025-01-01T00:00:00Z",
        "tags": [{"name": "string", "weight": 0.5}],
        "owner": {"user": "user@example.com"},
        "note": "string",
        "score": 3,
        "version": 2,
    }


def test_a_new_operation_answers_its_example_with_its_status_and_headers(
    client: httpx.Client, spec_dir: Path
) -> None:
    reply = client.post("/v1/echo-thing-example", json={"name": "lamp", "count": 2})
    assert reply.status_code == 201, reply.text
    assert reply.json() == THING_EXAMPLE
    assert reply.headers["x-thing-version"] == "0"
    _valid(spec_dir, "create_echo_thing_example", reply)


@pytest.mark.parametrize(
    ("body", "param"),
    [({"count": 2}, "name"), ({"name": "lamp", "count": 0}, "count"), ([1], "body")],
)
def test_a_new_operation_refuses_a_body_its_spec_does_not_allow(
    client: httpx.Client, body: Any, param: str
) -> None:
    reply = client.post("/v1/echo-thing", json=body)
    assert reply.status_code == 400
    error = reply.json()["error"]
    assert error["param"] == param
    assert error["message"].startswith(f"{param}: ")


def test_a_new_operation_needs_the_key(edited: Gateway) -> None:
    reply = httpx.post(edited.zaguan_url + "/v1/echo-thing", json={"name": "lamp"})
    assert reply.status_code == 401


def test_a_new_operation_without_content_answers_its_bodyless_status(
    client: httpx.Client,
) -> None:
    reply = client.delete("/v1/things/7", headers={"X-Confirm": "yes"})
    assert reply.status_code == 204
    assert reply.content == b""


@pytest.mark.parametrize(
    ("path", "headers", "param"),
    [
        ("/v1/things/seven", {"X-Confirm": "yes"}, "thing_id"),
        ("/v1/things/0", {"X-Confirm": "yes"}, "thing_id"),
        ("/v1/things/7", {}, "X-Confirm"),
        ("/v1/things/7", {"X-Confirm": "no"}, "X-Confirm"),
    ],
)
def test_path_and_header_parameters_are_validated(
    client: httpx.Client, path: str, headers: Dict[str, str], param: str
) -> None:
    reply = client.delete(path, headers=headers)
    assert reply.status_code == 400, reply.text
    assert reply.json()["error"]["param"] == param


def test_two_operations_of_one_path_each_answer_and_a_405_lists_both(
    client: httpx.Client, spec_dir: Path
) -> None:
    reply = client.get("/v1/things/7")
    assert reply.status_code == 200
    _valid(spec_dir, "get_thing", reply)
    assert client.delete("/v1/things/7", headers={"X-Confirm": "yes"}).status_code == 204
    assert client.head("/v1/things/7").status_code == 200
    refused = client.put("/v1/things/7")
    assert refused.status_code == 405
    assert set(refused.headers["allow"].split(", ")) == {"GET", "HEAD", "DELETE"}


def test_the_other_operations_keep_their_handlers(client: httpx.Client) -> None:
    assert client.get("/health").json()["status"] == "ok"
    history = client.get("/v1/credits/history", params={"limit": 5}).json()
    assert history["total_entries"] == 23


def test_an_example_that_breaks_its_schema_stops_the_gateway(tmp_path: Path) -> None:
    broken = {**THING_EXAMPLE, "score": 12}
    edit = {
        "paths": {
            "/v1/broken": {
                "get": operation(
                    "get_broken",
                    {"200": {"description": "x", "content": json_content(THING, broken)}},
                    body=False,
                )
            }
        },
        "schemas": COMPONENTS,
    }
    with pytest.raises(SpecAnswerError, match=r"200 example of GET /v1/broken .*score: 12"):
        start_gateway(spec_dir=spec_copy(tmp_path, edit))


def test_a_schema_no_value_can_fit_names_the_fix(tmp_path: Path) -> None:
    node = {
        "type": "object",
        "required": ["me"],
        "properties": {"me": {"$ref": "#/components/schemas/Loop"}},
    }
    edit = {
        "paths": {
            "/v1/loop": {
                "get": operation(
                    "get_loop",
                    {"200": {"description": "x", "content": json_content(node)}},
                    body=False,
                )
            }
        },
        "schemas": {"Loop": node},
    }
    with pytest.raises(SpecAnswerError, match=r"requires itself.*give the response an `example`"):
        start_gateway(spec_dir=spec_copy(tmp_path, edit))


# --- the value builder on its own ---------------------------------------------------------


def _build(schema: Any) -> Any:
    document = {"components": {"schemas": COMPONENTS}}
    return build_value(document, schema)


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"type": "string"}, "string"),
        ({"type": "string", "format": "date-time"}, "2025-01-01T00:00:00Z"),
        ({"type": "string", "maxLength": 3}, "str"),
        ({"type": "integer", "exclusiveMinimum": 0}, 1),
        ({"type": "number", "maximum": -2.5}, -2.5),
        ({"type": "integer", "minimum": 1.5}, 2),
        ({"type": "integer", "minimum": 5, "multipleOf": 4}, 8),
        ({"type": "boolean"}, False),
        ({"enum": [None, "b"]}, "b"),
        ({"const": {"a": 1}}, {"a": 1}),
        ({"type": "string", "default": "d", "examples": ["e"]}, "e"),
        ({"type": "string", "nullable": True}, "string"),
        ({"type": ["null", "integer"]}, 0),
        ({"anyOf": [{"type": "null"}]}, None),
        ({"type": "array", "items": {"type": "integer"}, "minItems": 2}, [0, 0]),
        ({"type": "array", "items": {"type": "integer"}, "maxItems": 0}, []),
        ({"type": "object", "properties": {"a": {"type": "string"}}}, {}),
        (
            {"allOf": [{"$ref": "#/components/schemas/Tag"}, {"required": ["x"]}]},
            {"name": "string", "weight": 0.5, "x": {}},
        ),
        ({}, {}),
    ],
)
def test_build_value(schema: Dict[str, Any], value: Any) -> None:
    assert _build(schema) == value


def test_one_of_skips_a_member_whose_value_fits_two_members() -> None:
    document = load_spec("zaguan")
    schema = {"oneOf": [{"type": "number"}, {"type": "integer"}, {"type": "string"}]}
    # 0 fits both number and integer, so oneOf refuses it; the string is the first that fits.
    assert build_value(document, schema, instance_checker("zaguan")) == "string"


def test_every_documented_answer_of_the_real_specs_is_valid() -> None:
    """Whatever a handler does, the spec's own documented answers are servable too."""
    from local_gateway.answers import documented_answer

    for api in ("zaguan", "meganova"):
        document = load_spec(api)
        check = instance_checker(api)
        for path, item in document["paths"].items():
            for method in ("get", "post", "put", "patch", "delete"):
                if method in item:
                    answer = documented_answer(document, path, method, check)
                    assert 200 <= answer.status < 300
