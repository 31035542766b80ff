"""Schemathesis runs every operation of both specs against the gateway: the answers match the spec.

Positive and negative requests are generated from the bundled specs, and every reply is checked
for a documented status code, content type, body schema and headers; negative requests must be
refused with a documented 4xx. A few examples per operation keep the run short.
Schemathesis needs Python 3.11+, so on older interpreters (where the ``test`` extra does not
install it) this module is skipped.
"""

from __future__ import annotations

import copy
import json
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Dict, Iterator, List, Optional

import pytest

pytest.importorskip("schemathesis", reason="schemathesis needs Python 3.11+")

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import AcceptedNegativeData, Failure
from schemathesis.core.transport import Response
from schemathesis.specs.openapi.schemas import OpenApiSchema

from local_gateway import (
    DEFAULT_API_KEY,
    MEGANOVA_STUDIO_PREFIX,
    MEGANOVA_WEB_PREFIX,
    Gateway,
    start_gateway,
)
from local_gateway.spec import load_spec, schema_validator

from .edited_spec import EDIT, spec_copy

# Any: a case of any operation (Case is generic in the operation type).
Case = schemathesis.Case[Any]

# Enough to reach every operation's documented example, its coverage cases and a few random
# requests, while the whole module stays well under a minute.
MAX_EXAMPLES = 10

# Parameters whose allowed values the spec states only in prose, so schemathesis generates
# values the spec's schema allows and the gateway (as the real one) refuses with a documented
# 400. Each entry goes once the spec says it in its schema (see the comment of each).
SCHEMA_SILENT_ON_VALUES = {
    # `cursor` is opaque: only a `next_cursor` the gateway issued is a cursor. No schema can
    # say that, so this one stays.
    "get_credits_history",
    # `from`/`to` have a pattern for a date or a date-time, but no pattern can rule out
    # 2025-02-31; the gateway refuses such a date with its documented 400.
    "get_usage_summary",
    # Each `custom_id` must be unique within a batch: JSON Schema's `uniqueItems` compares
    # whole items, so no schema can say it; the gateway refuses a repeat with its documented 400.
    "create_messages_batch",
}
_ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]


def _config() -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            "seed": 10,
            "generation": {"max-examples": MAX_EXAMPLES},
            "auth": {"openapi": {"bearerAuth": {"bearer": DEFAULT_API_KEY}}},
            "operations": [
                {
                    "include-operation-id": operation_id,
                    "checks": {
                        "positive_data_acceptance": {"expected-statuses": [*_ACCEPTED, "400"]}
                    },
                }
                for operation_id in sorted(SCHEMA_SILENT_ON_VALUES)
            ],
        }
    )


def _schema(api: str) -> OpenApiSchema:
    schema = schemathesis.openapi.from_dict(load_spec(api), config=_config())
    schema.hook(_filter_failure(api))
    return schema


# --- multipart bodies: a negative case whose parts, as sent, make a valid form -----------------
#
# A form sends text, so a mutation of a string field into `true` or `4` reaches the server as
# the text "true" or "4", a valid string. Schemathesis knows (it reads the parts it sent back
# before calling the request schema-violating), but it keeps a file part's generated value,
# a `Binary` that its validator (jsonschema_rs) cannot read: "Unsupported type: 'Binary'", taken
# as "invalid", so every such case of an operation with a file is a false "Schema-violating
# request accepted" (schemathesis 4.32.5). This filter does the same reading with the file
# parts as text (a `format: binary` field takes any bytes) and drops the failure only when the
# request as sent is valid.


def _sent_parts(response: Response) -> Optional[Dict[str, List[Optional[str]]]]:
    """The parts of the multipart body sent, by name; None marks a file part."""
    request = response.request
    content = request.body
    if isinstance(content, str):
        content = content.encode()
    raw_type = request.headers.get("Content-Type", "")
    content_type = raw_type.decode() if isinstance(raw_type, bytes) else raw_type
    if not isinstance(content, bytes) or not content_type.startswith("multipart/form-data"):
        return None
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + content
    )
    parts: Dict[str, List[Optional[str]]] = {}
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition"))
        payload = part.get_payload(decode=True)
        text = payload.decode(errors="replace") if isinstance(payload, bytes) else ""
        parts.setdefault(name, []).append(None if part.get_filename() is not None else text)
    return parts


def _readings(text: Optional[str]) -> List[Any]:
    # A file is any bytes; a text may be read as itself or, for a typed field, as JSON.
    if text is None:
        return [""]
    try:
        return [text, json.loads(text)]
    except ValueError:
        return [text]


def _sent_form_is_valid(api: str, case: Case, response: Response) -> bool:
    parts = _sent_parts(response)
    spec_op = load_spec(api)["paths"][case.operation.path][case.method.lower()]
    schema = spec_op["requestBody"]["content"]["multipart/form-data"]["schema"]
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    if parts is None or not ref.startswith("#/components/schemas/"):
        return False
    validator = schema_validator(api, ref.rsplit("/", 1)[1])
    sent: Dict[str, Any] = {}
    for name, texts in parts.items():
        if len(texts) > 1:
            sent[name] = [reading for text in texts for reading in _readings(text)[:1]]
            continue
        options = _readings(texts[0])
        sent[name] = next(
            (
                option
                for option in options
                if not any(
                    list(error.absolute_path)[:1] == [name]
                    for error in validator.iter_errors({**sent, name: option})
                )
            ),
            options[0],
        )
    return bool(validator.is_valid(sent))


def _filter_failure(api: str) -> Any:
    def filter_failure(ctx: Any, failure: Failure, case: Case, response: Response) -> bool:
        if not isinstance(failure, AcceptedNegativeData):
            return True
        if case.media_type != "multipart/form-data":
            return True
        return not _sent_form_is_valid(api, case, response)

    return filter_failure


zaguan = _schema("zaguan")
meganova = _schema("meganova")


@zaguan.parametrize()
def test_zaguan_answers_match_the_spec(case: Case, gateway: Gateway) -> None:
    case.call_and_validate(base_url=gateway.zaguan_url)


@meganova.parametrize()
def test_meganova_answers_match_the_spec(case: Case, gateway: Gateway) -> None:
    case.call_and_validate(base_url=_meganova_base_url(gateway, case.operation.path))


def _meganova_base_url(gateway: Gateway, path: str) -> str:
    # The catalogue and the cloud agents are operations of other hosts (their own `servers`),
    # which the gateway mounts under a prefix each.
    if path.startswith("/api/"):
        return gateway.zaguan_url + MEGANOVA_WEB_PREFIX
    if path.startswith("/agents/"):
        return gateway.zaguan_url + MEGANOVA_STUDIO_PREFIX
    return gateway.meganova_url


# --- operations a spec edit added, served from what their spec documents --------------------


@pytest.fixture(scope="module")
def edited_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    with start_gateway(spec_dir=spec_copy(tmp_path_factory.mktemp("edited"), EDIT)) as running:
        yield running


def _edited_document() -> Dict[str, Any]:
    # The bundled Zaguan document plus the edit: what bundling the edited copy gives, built in
    # memory because the schema is needed when the module is collected (schemathesis's
    # `from_fixture` does not work with pytest 9).
    document = copy.deepcopy(load_spec("zaguan"))
    document["paths"].update(copy.deepcopy(EDIT["paths"]))
    document["components"]["schemas"].update(copy.deepcopy(EDIT["schemas"]))
    return document


# Only the operations the edit added: the others are the ones tested above.
# (`exclude`: an `include` filter is OR-ed with schemathesis's own, which matches everything.)
edited = schemathesis.openapi.from_dict(_edited_document(), config=_config()).exclude(
    path_regex="^(?!/v1/(echo-thing|things/))"
)


@edited.parametrize()
def test_added_operations_answer_what_their_spec_documents(
    case: Case, edited_gateway: Gateway
) -> None:
    case.call_and_validate(base_url=edited_gateway.zaguan_url)
