"""A copy of ``spec/`` with operations added, as a maintainer adding an endpoint makes one.

``EDIT`` adds to Zaguan's spec: ``POST /v1/echo-thing`` (a JSON body, a JSON reply documented by
its schema only), ``POST /v1/echo-thing-example`` (a 201 with an example and a required header)
and ``GET``/``DELETE /v1/things/{thing_id}`` (an integer path parameter on the path item; the
DELETE has a required header and answers 204).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Dict, Optional

import yaml

__all__ = ["COMPONENTS", "EDIT", "THING", "THING_EXAMPLE", "json_content", "operation", "spec_copy"]

REPO = Path(__file__).resolve().parents[2]

THING = {
    "type": "object",
    "required": ["id", "kind", "created_at", "tags", "owner", "note", "score", "version"],
    "properties": {
        "id": {"type": "string", "minLength": 12},
        "kind": {"type": "string", "enum": ["widget", "gadget"]},
        "created_at": {"type": "string", "format": "date-time"},
        "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
        "owner": {"anyOf": [{"type": "null"}, {"$ref": "#/components/schemas/Owner"}]},
        "note": {"type": ["string", "null"]},
        "score": {"type": "integer", "minimum": 3, "maximum": 9},
        "version": {"const": 2},
        "status": {"type": "string", "default": "ready"},
    },
    "additionalProperties": False,
}
COMPONENTS = {
    "Tag": {
        "type": "object",
        "required": ["name", "weight"],
        "properties": {"name": {"type": "string"}, "weight": {"type": "number", "default": 0.5}},
    },
    "Owner": {
        "type": "object",
        "required": ["user"],
        "properties": {
            "user": {
                "oneOf": [
                    {"type": "string", "format": "email"},
                    {"type": "integer", "minimum": 1},
                ]
            }
        },
    },
}
REQUEST = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "count": {"type": "integer", "minimum": 1}},
}


def json_content(schema: Dict[str, Any], example: Optional[Any] = None) -> Dict[str, Any]:
    """A response or request ``content`` with one JSON media type."""
    media: Dict[str, Any] = {"schema": schema}
    if example is not None:
        media["example"] = example
    return {"application/json": media}


def operation(
    operation_id: str, response: Dict[str, Any], body: bool = True, **extra: Any
) -> Dict[str, Any]:
    """An operation answering ``response``, with the usual 400 and 401, and a JSON body."""
    spec_op: Dict[str, Any] = {
        "tags": ["health"],
        "operationId": operation_id,
        "summary": operation_id,
        "responses": {
            **response,
            "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"},
        },
        **extra,
    }
    if body:
        spec_op["requestBody"] = {"required": True, "content": json_content(REQUEST)}
    return spec_op


def spec_copy(tmp_path: Path, edit: Dict[str, Any]) -> Path:
    """A copy of spec/ whose zaguan.yaml gains ``edit``'s paths and schemas."""
    folder = tmp_path / "spec"
    shutil.copytree(REPO / "spec", folder)
    target = folder / "zaguan.yaml"
    document = yaml.safe_load(target.read_text(encoding="utf-8"))
    document["paths"].update(edit.get("paths", {}))
    document["components"]["schemas"].update(edit.get("schemas", {}))
    target.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return folder


THING_EXAMPLE: Dict[str, Any] = {
    "id": "thing-000000001",
    "kind": "gadget",
    "created_at": "2025-06-30T12:00:00Z",
    "tags": [],
    "owner": None,
    "note": "from the spec",
    "score": 5,
    "version": 2,
}
EDIT: Dict[str, Any] = {
    "paths": {
        "/v1/echo-thing": {
            "post": operation(
                "create_echo_thing",
                {"200": {"description": "The thing.", "content": json_content(THING)}},
            )
        },
        "/v1/echo-thing-example": {
            "post": operation(
                "create_echo_thing_example",
                {
                    "201": {
                        "description": "The thing.",
                        "headers": {
                            "X-Thing-Version": {"required": True, "schema": {"type": "integer"}}
                        },
                        "content": json_content(THING, THING_EXAMPLE),
                    }
                },
            )
        },
        "/v1/things/{thing_id}": {
            # On the path item: both operations take it.
            "parameters": [
                {
                    "name": "thing_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer", "minimum": 1},
                }
            ],
            "get": operation(
                "get_thing",
                {
                    "200": {
                        "description": "The thing.",
                        "content": json_content({"$ref": "#/components/schemas/Thing"}),
                    }
                },
                body=False,
            ),
            "delete": operation(
                "delete_thing",
                {"204": {"description": "Gone."}},
                body=False,
                parameters=[
                    {
                        "name": "X-Confirm",
                        "in": "header",
                        "required": True,
                        "schema": {"type": "string", "enum": ["yes"]},
                    }
                ],
            ),
        },
    },
    "schemas": {**COMPONENTS, "Thing": THING},
}
