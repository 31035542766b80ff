"""What the facade knows of the spec beyond the generated code agrees with spec/meganova.yaml:
the operations served from other hosts (their own ``servers``) and the ones never re-sent
(``x-sdk-idempotent: false``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import pytest
import yaml

from meganova import CloudAgent, MegaNova
from meganova._client import AGENTS_PREFIX, DEFAULT_CLOUD_BASE_URL, WEB_API_PREFIX
from meganova._resources import Serverless, Videos
from meganova._runtime import Call, Secret

SPEC = Path(__file__).resolve().parents[2] / "spec" / "meganova.yaml"


@pytest.fixture(autouse=True)
def _no_host_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEGANOVA_CLOUD_BASE_URL", raising=False)
    monkeypatch.delenv("MEGANOVA_WEB_BASE_URL", raising=False)


def _operations() -> List[Tuple[str, str, Dict[str, Any]]]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return [
        (path, method, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    ]


class _Recorder:
    """A client that records the calls it is asked to send, and sends none."""

    def __init__(self) -> None:
        self.calls: List[Call[Any]] = []

    def send(self, call: Call[Any], **options: Any) -> Any:
        self.calls.append(call)
        return None


def _described(make_call: Callable[[Any], Any]) -> Dict[str, Any]:
    recorder = _Recorder()
    make_call(recorder)
    [call] = recorder.calls
    return dict(call.request)


def _agent(recorder: _Recorder) -> CloudAgent:
    return CloudAgent._through(recorder, Secret("agent_x"), DEFAULT_CLOUD_BASE_URL)  # type: ignore[arg-type]


CALLS: Dict[str, Callable[[Any], Any]] = {
    "generate_video": lambda r: Videos(r).generate(model_name="m"),
    "list_video_models": lambda r: Videos(r).list_models(),
    "list_serverless_models": lambda r: Serverless(r).list_models(),
    "get_agent_info": lambda r: _agent(r).info(),
    "chat_with_agent": lambda r: _agent(r).chat("hi"),
    "confirm_agent_tool_call": lambda r: _agent(r).confirm_tool("apr_1"),
    "create_agent_completion": lambda r: _agent(r).completions([{"role": "user", "content": "x"}]),
}


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_the_facade_sends_at_most_once_exactly_what_the_spec_marks(operation_id: str) -> None:
    [operation] = [op for _, _, op in _operations() if op["operationId"] == operation_id]
    described = _described(CALLS[operation_id])
    assert described.get("idempotent", True) is operation.get("x-sdk-idempotent", True)


def test_every_operation_marked_not_idempotent_has_a_facade_call_checked_here() -> None:
    marked = {
        op["operationId"] for _, _, op in _operations() if op.get("x-sdk-idempotent") is False
    }
    assert marked and marked <= set(CALLS)


def test_every_operation_of_another_host_is_routed_to_that_host_by_default() -> None:
    client = MegaNova(api_key="sk-test")
    routes = {WEB_API_PREFIX: client.web_base_url, AGENTS_PREFIX: client.cloud_base_url}
    others = [(path, op) for path, _, op in _operations() if op.get("servers")]
    assert others
    for path, operation in others:
        prefixes = [prefix for prefix in routes if path.startswith(prefix)]
        assert len(prefixes) == 1, path
        assert routes[prefixes[0]] == operation["servers"][0]["url"], path


def test_no_operation_of_the_main_host_is_routed_elsewhere() -> None:
    for path, _, operation in _operations():
        if not operation.get("servers"):
            assert not path.startswith((WEB_API_PREFIX, AGENTS_PREFIX)), path


def _path_parameters(operation: Dict[str, Any]) -> List[Dict[str, Any]]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = []
    for parameter in operation.get("parameters", []):
        if "$ref" in parameter:
            parameter = document["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]]
        if parameter["in"] == "path":
            found.append(parameter)
    return found


def test_every_agent_route_marks_its_key_in_the_path_secret() -> None:
    agents = [op for path, _, op in _operations() if path.startswith(AGENTS_PREFIX)]
    assert agents
    for operation in agents:
        parameters = _path_parameters(operation)
        assert [p["name"] for p in parameters] == ["agent_key"], operation["operationId"]
        assert parameters[0].get("x-sdk-secret") is True, operation["operationId"]


@pytest.mark.parametrize(
    "operation_id",
    [op["operationId"] for path, _, op in _operations() if path.startswith(AGENTS_PREFIX)],
)
def test_the_facade_sends_each_secret_path_parameter_as_a_path_secret(operation_id: str) -> None:
    [operation] = [op for _, _, op in _operations() if op["operationId"] == operation_id]
    secret = {p["name"] for p in _path_parameters(operation) if p.get("x-sdk-secret")}

    described = _described(CALLS[operation_id])

    assert set(described["path_secrets"]) == secret
    assert all("{" + name + "}" in described["url"] for name in secret)
