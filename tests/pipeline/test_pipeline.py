"""The generator: reproducible output, and a new operation in a spec is all a new endpoint needs."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip(
    "openapi_python_client", reason="the generator toolchain is installed on 3.11 only"
)

from generator import check, load_bundled_spec
from generator._pipeline import ROOT, render

NEW_OPERATION = """
  /v1/credits/forecast:
    get:
      tags: [credit]
      operationId: get_credits_forecast
      summary: Credits forecast
      responses:
        "200":
          description: When the credits will run out at the current pace.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/CreditsForecast"
        "401": {$ref: "#/components/responses/Unauthorized"}
components:
  schemas:
    CreditsForecast:
      description: When the credits will run out.
      type: object
      required: [days_left]
      properties:
        days_left:
          type: integer
          description: Days until the credits run out.
      additionalProperties: true
"""


def test_generated_folder_matches_the_specs() -> None:
    assert check() == []


def test_shared_schemas_are_bundled_into_each_api() -> None:
    for api in ("zaguan", "meganova"):
        schemas = load_bundled_spec(api)["components"]["schemas"]
        assert {"ChatCompletion", "ChatCompletionChunk", "Usage", "ErrorResponse"} <= set(schemas)


def test_a_shared_base_is_merged_into_the_schema_that_extends_it() -> None:
    schemas = load_bundled_spec("zaguan")["components"]["schemas"]
    request = schemas["ChatRequest"]

    assert "allOf" not in request
    assert {"model", "messages", "temperature", "provider_specific_params"} <= set(
        request["properties"]
    )
    assert request["required"] == ["model", "messages"]
    assert "ChatCompletionRequest" not in schemas


def _sdk_over(generated: Path, tmp_path: Path) -> Path:
    """A folder holding a copy of the ``zaguan`` package that mounts ``generated`` as its
    ``zaguan.generated``: the SDK as it is after `make generate` has rendered ``generated``."""
    folder = tmp_path / "sdk"
    shutil.copytree(
        ROOT / "overlays" / "zaguan",
        folder / "zaguan",
        ignore=shutil.ignore_patterns("generated", "__pycache__"),
    )
    (folder / "zaguan" / "generated").symlink_to(generated, target_is_directory=True)
    return folder


def _run_with_sdk(folder: Path, program: str) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", program],
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


def test_a_new_operation_in_the_spec_becomes_a_typed_endpoint(tmp_path: Path) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec_dir)
    zaguan = (spec_dir / "zaguan.yaml").read_text(encoding="utf-8")
    zaguan = zaguan.replace(
        "\ncomponents:\n", NEW_OPERATION.split("components:\n")[0] + "components:\n", 1
    )
    zaguan = zaguan.replace(
        "  schemas:\n", "  schemas:\n" + NEW_OPERATION.split("  schemas:\n")[1], 1
    )
    (spec_dir / "zaguan.yaml").write_text(zaguan, encoding="utf-8")

    render(tmp_path / "out", spec_dir)

    program = (
        "from zaguan.generated.api.credit import get_credits_forecast as op\n"
        "print(op.build_request()['url'], op.parse_success({'days_left': 3}).days_left)\n"
    )
    done = _run_with_sdk(_sdk_over(tmp_path / "out" / "zaguan_api", tmp_path), program)
    assert done.stdout.split() == ["/v1/credits/forecast", "3"]
    assert importlib.util.find_spec("zaguan.generated.api.credit.get_credits_forecast") is None


# The README's walkthrough, "Adding a POST endpoint": the spec entry is all of it.
NEW_POST_OPERATION = """
  /v1/credits/estimate:
    post:
      tags: [credit]
      operationId: estimate_credits
      summary: Estimate the credits a chat request would use
      parameters:
        - $ref: "#/components/parameters/RequestId"
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/CreditsEstimateRequest"
      responses:
        "200":
          description: The estimate.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/CreditsEstimate"
        "400": {$ref: "#/components/responses/BadRequest"}
        "401": {$ref: "#/components/responses/Unauthorized"}
components:
  schemas:
    CreditsEstimateRequest:
      description: What to estimate.
      type: object
      required: [model, prompt_tokens]
      properties:
        model: {type: string, description: The model.}
        prompt_tokens: {type: integer, description: Tokens in the prompt.}
      additionalProperties: true
    CreditsEstimate:
      description: The credits a request would use.
      type: object
      required: [credits]
      properties:
        credits: {type: number, description: Credits the request would use.}
      additionalProperties: true
"""

CALL_THE_NEW_METHOD = """
import json, httpx
from zaguan import ZaguanClient

def answer(request):
    body = json.loads(request.content)
    print(request.method, request.url.path, request.headers["X-Request-Id"], sorted(body))
    return httpx.Response(200, json={"credits": body["prompt_tokens"] / 10})

client = ZaguanClient(api_key="k", base_url="http://gateway.test",
                      http_client=httpx.Client(transport=httpx.MockTransport(answer)))
estimate = client.estimate_credits(model="m", prompt_tokens=30, request_id="rid-1",
                                   extra_body={"priority": "low"})
print(type(estimate).__name__, estimate.credits, estimate.request_id)
"""


def _with_operation(spec_dir: Path, operation: str) -> None:
    zaguan = (spec_dir / "zaguan.yaml").read_text(encoding="utf-8")
    paths, schemas = operation.split("components:\n")
    zaguan = zaguan.replace("\ncomponents:\n", paths + "components:\n", 1)
    zaguan = zaguan.replace("  schemas:\n", "  schemas:\n" + schemas.split("  schemas:\n")[1], 1)
    (spec_dir / "zaguan.yaml").write_text(zaguan, encoding="utf-8")


def test_a_new_post_operation_in_the_spec_is_a_client_method_with_no_hand_written_line(
    tmp_path: Path,
) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec_dir)
    _with_operation(spec_dir, NEW_POST_OPERATION)

    render(tmp_path / "out", spec_dir)

    done = _run_with_sdk(_sdk_over(tmp_path / "out" / "zaguan_api", tmp_path), CALL_THE_NEW_METHOD)
    assert done.stdout.splitlines() == [
        "POST /v1/credits/estimate rid-1 ['model', 'priority', 'prompt_tokens']",
        "CreditsEstimate 3.0 rid-1",
    ]
