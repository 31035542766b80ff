"""The generator's golden record: a small spec exercising every template we changed.

tests/pipeline/golden/ holds what the pinned toolchain renders from golden_spec.yaml; `make
golden` refreshes it after a deliberate change, and `make check` type-checks it. The behaviour
tests below import it, so they run on every Python version the runtime supports.
"""

from __future__ import annotations

import datetime
import filecmp
import inspect
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def golden_api() -> Iterator[Any]:
    sys.path.insert(0, str(GOLDEN))
    try:
        import golden_api

        yield golden_api
    finally:
        sys.path.remove(str(GOLDEN))


def test_golden_record_matches_what_the_generator_renders(tmp_path: Path) -> None:
    pytest.importorskip("openapi_python_client", reason="the generator toolchain is on 3.11 only")
    from generator._pipeline import render_golden

    render_golden(tmp_path)

    fresh = {p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()}
    committed = {
        p.relative_to(GOLDEN)
        for p in GOLDEN.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert fresh == committed, "run `make golden` after a deliberate change"
    changed = [
        str(p) for p in sorted(fresh) if not filecmp.cmp(tmp_path / p, GOLDEN / p, shallow=False)
    ]
    assert changed == [], "run `make golden` after a deliberate change"


def test_every_generated_file_says_it_is_generated() -> None:
    for path in GOLDEN.rglob("*.py"):
        assert path.read_text(encoding="utf-8").startswith("# Generated from spec/"), path


def test_unknown_string_and_integer_enum_values_are_kept(golden_api: Any) -> None:
    from golden_api.models import Color, Priority, Thing

    thing = Thing.from_dict(
        {"id": "1", "created": "2025-01-02T03:04:05Z", "color": "blue", "priority": 7}
    )

    assert isinstance(thing.color, Color) and thing.color.value == "blue"
    assert isinstance(thing.priority, Priority) and thing.priority.value == 7
    assert thing.to_dict()["color"] == "blue" and thing.to_dict()["priority"] == 7


def test_dates_with_z_and_any_fraction_parse_on_every_python(golden_api: Any) -> None:
    from golden_api.models import Thing

    thing = Thing.from_dict({"id": "1", "created": "2025-01-02T03:04:05.1Z", "due": "2025-02-03"})

    assert thing.created == datetime.datetime(
        2025, 1, 2, 3, 4, 5, 100000, tzinfo=datetime.timezone.utc
    )
    assert thing.due == datetime.date(2025, 2, 3)


def test_keyword_field_reads_by_its_json_name(golden_api: Any) -> None:
    from golden_api.models import Thing

    thing = Thing.from_dict({"id": "1", "created": "2025-01-02T03:04:05Z", "from": "here"})

    assert thing.from_ == thing["from"] == "here"
    assert thing.to_dict()["from"] == "here"


def test_nullable_enum_and_free_form_fields_round_trip(golden_api: Any) -> None:
    from golden_api.models import Thing

    source = {
        "id": "1",
        "created": "2025-01-02T03:04:05+00:00",
        "color": None,
        "extra": {"nested": [1, {"a": None}]},
        "parts": [{"name": "p", "weight": 3}],
        "unknown": True,
    }

    # None and absent are one in a model: the optional null is left out of to_dict().
    expected = {key: value for key, value in source.items() if key != "color"}
    assert Thing.from_dict(source).to_dict() == expected
    assert Thing.from_dict(source).color is None


THING = {"id": "1", "created": "2025-01-02T03:04:05+00:00"}


def test_builtin_names_stay_attribute_names_and_only_reserved_ones_get_an_underscore(
    golden_api: Any,
) -> None:
    from golden_api.models import Thing

    thing = Thing.from_dict(
        {**THING, "object": "thing", "type": "t", "items": [1], "str": True, "thing": "self"}
    )

    assert (thing.object, thing.type, thing.thing) == ("thing", "t", "self")
    assert (thing.items_, thing.str_) == ([1], True)
    assert thing["items"] == [1]
    assert sorted(thing.keys()) == ["created", "id", "items", "object", "str", "thing", "type"]


def test_an_absent_optional_field_reads_none_and_is_not_a_key(golden_api: Any) -> None:
    from golden_api.models import Thing

    thing = Thing.from_dict(THING)

    assert thing.note is None
    assert "note" not in thing
    assert thing.get("note", "absent") == "absent"
    with pytest.raises(KeyError):
        thing["note"]


def test_construction_converts_nested_dicts_and_checks_every_value(golden_api: Any) -> None:
    from golden_api.errors import InvalidArgumentError
    from golden_api.models import Part, Thing

    thing = Thing(id="1", created="2025-01-02T03:04:05Z", parts=[{"name": "p"}])

    assert isinstance(thing.parts, list)
    assert isinstance(thing.parts[0], Part)
    assert isinstance(thing.created, datetime.datetime)
    with pytest.raises(InvalidArgumentError) as caught:
        Thing(id="1", created="2025-01-02T03:04:05Z", parts=[{"name": 5}])
    assert caught.value.path == "parts[0].name"
    with pytest.raises(InvalidArgumentError, match="created must be an ISO 8601 date-time"):
        Thing(id="1", created="yesterday")


def test_a_schema_holding_itself_parses_at_every_depth_and_names_the_path(
    golden_api: Any,
) -> None:
    from golden_api.errors import InvalidArgumentError
    from golden_api.models import Part

    part = Part.from_dict({"name": "a", "parts": [{"name": "b", "parts": [{"name": "c"}]}]})

    assert part.parts is not None
    grandchildren = part.parts[0].parts
    assert grandchildren is not None and isinstance(grandchildren[0], Part)
    assert grandchildren[0].name == "c"
    with pytest.raises(InvalidArgumentError) as caught:
        Part.from_dict({"name": "a", "parts": [{"name": "b", "parts": [{"name": 5}]}]})
    assert caught.value.path == "parts[0].parts[0].name"


def test_a_model_is_a_mapping_with_value_equality_and_a_concise_repr(golden_api: Any) -> None:
    from golden_api.models import Thing

    thing = Thing.from_dict({**THING, "note": "n", "unknown": 1})

    assert dict(thing) == {"id": "1", "created": thing.created, "note": "n", "unknown": 1}
    assert len(thing) == 4
    assert thing == Thing.from_dict({**THING, "note": "n", "unknown": 1})
    assert thing != Thing.from_dict(THING)
    assert repr(Thing.from_dict(THING)).startswith("Thing(id='1', created=datetime.datetime(")
    del thing["note"]
    assert "note" not in thing
    assert thing.note is None


def test_models_survive_pickle_and_deepcopy_with_their_extras_and_request_id(
    golden_api: Any,
) -> None:
    import copy
    import pickle

    from golden_api.models import Thing

    thing = Thing.from_dict({**THING, "parts": [{"name": "p"}], "unknown": 1})
    thing._request_id = "rid-1"

    for twin in (pickle.loads(pickle.dumps(thing)), copy.deepcopy(thing)):
        assert type(twin) is Thing
        assert twin == thing
        assert twin.request_id == "rid-1"
        assert twin["unknown"] == 1


def test_pydantic_names_are_aliases(golden_api: Any) -> None:
    from golden_api.models import Thing

    thing = Thing.model_validate({**THING, "note": "n"})

    assert thing.model_dump() == thing.to_dict()
    assert Thing.model_validate_json(thing.model_dump_json()) == thing
    assert thing.model_copy(update={"note": "m"}).note == "m"
    assert thing.note == "n"
    assert Thing.from_json(thing.to_json()) == thing


def test_endpoint_describes_its_request_without_sending(golden_api: Any) -> None:
    from golden_api.api.things import create_thing, get_thing, list_things

    assert get_thing.build_request(thing_id="a/b", x_trace="t") == {
        "method": "get",
        "url": "/things/a%2Fb",
        "headers": {"X-Trace": "t", "X-Version": "1", "X-Mode": "fast"},
    }
    assert list_things.build_request(limit=5)["params"] == {"limit": 5}
    assert create_thing.build_request(body={"name": "n"})["json"] == {"name": "n"}


def test_generated_methods_describe_the_call_and_pass_the_options_through(
    golden_api: Any,
) -> None:
    from golden_api.api.things import ThingsMethods

    sent: list[tuple[Any, dict[str, Any]]] = []

    class Recorder(ThingsMethods):
        def send(self, call: Any, **options: Any) -> Any:
            sent.append((call.request, options))
            return call.parse({"id": "1", "created": "2025-01-02T03:04:05Z"})

    thing = Recorder().create_thing(name="n", color="red", request_id="rid", timeout=3)

    request, options = sent[0]
    assert (request["method"], request["url"], request["json"]) == (
        "post",
        "/things",
        {"name": "n", "color": "red"},
    )
    assert options == {"request_id": "rid", "timeout": 3}
    assert thing.id == "1"


def test_a_positional_body_field_is_taken_by_position_or_by_name(golden_api: Any) -> None:
    from golden_api.api.things import ThingsMethods

    sent: list[Any] = []

    class Recorder(ThingsMethods):
        def send(self, call: Any, **options: Any) -> Any:
            sent.append(call.request)
            return call.parse({"id": "1", "created": "2025-01-02T03:04:05Z"})

    Recorder().add_note("t1", "by position", pinned=True)
    Recorder().add_note("t1", text="by name")

    assert [(r["url"], r["json"]) for r in sent] == [
        ("/things/t1/notes", {"pinned": True, "text": "by position"}),
        ("/things/t1/notes", {"text": "by name"}),
    ]


def test_a_body_method_takes_its_path_parameters_first(golden_api: Any) -> None:
    from golden_api.api.things import ThingsMethods
    from golden_api.models import NewThing

    sent: list[Any] = []

    class Recorder(ThingsMethods):
        def send(self, call: Any, **options: Any) -> Any:
            sent.append(call.request)
            return call.parse({"id": "1", "created": "2025-01-02T03:04:05Z"})

    Recorder().rename_thing("t 1", name="by keywords")
    Recorder().rename_thing("t2", NewThing(name="as a model"))

    assert [(r["url"], r["json"]) for r in sent] == [
        ("/things/t%201/rename", {"name": "by keywords"}),
        ("/things/t2/rename", {"name": "as a model"}),
    ]


def test_generated_methods_check_query_parameters_before_sending(golden_api: Any) -> None:
    from golden_api.api.things import ThingsMethods
    from golden_api.errors import InvalidArgumentError

    class Refuser(ThingsMethods):
        def send(self, call: Any, **options: Any) -> Any:
            raise AssertionError("nothing may be sent")

    with pytest.raises(InvalidArgumentError, match="limit must be an integer"):
        Refuser().list_things(limit="ten")  # type: ignore[arg-type]


class _Recorder:
    """A stand-in SDK client: records what a generated method would send."""

    def __init__(self) -> None:
        self.sent: list[tuple[Any, dict[str, Any]]] = []

    def send(self, call: Any, **options: Any) -> Any:
        self.sent.append((call.request, options))
        return None


def test_generated_methods_take_header_parameters_as_typed_keywords(golden_api: Any) -> None:
    from golden_api.api.things import AsyncThingsMethods, ThingsMethods

    class Client(_Recorder, ThingsMethods):
        pass

    client = Client()
    client.get_thing("a", x_trace="t", x_version="2", request_id="rid")
    client.get_thing("a")  # the spec's default for X-Version, and nothing for X-Trace
    client.delete_thing(thing="t1", x_confirm="yes")  # x-sdk-name: a keyword too
    client.create_thing(name="n", x_tenant="acme")
    client.create_thing({"name": "n"}, x_tenant="acme")

    headers = [request.get("headers") for request, _ in client.sent]
    assert headers == [
        {"X-Trace": "t", "X-Version": "2", "X-Mode": "fast"},
        {"X-Version": "1", "X-Mode": "fast"},
        {"X-Confirm": "yes"},
        {"X-Tenant": "acme"},
        {"X-Tenant": "acme"},
    ]
    assert client.sent[0][1] == {"request_id": "rid"}
    assert client.sent[2][0]["url"] == "/things/t1"
    assert client.sent[3][0]["json"] == client.sent[4][0]["json"] == {"name": "n"}

    # Typed: a keyword-only argument per header but X-Request-Id (the call option request_id),
    # optional when the spec says so, on the async twin too.
    for method in (ThingsMethods.get_thing, AsyncThingsMethods.get_thing):
        parameters = inspect.signature(method).parameters
        assert "x_request_id" not in parameters
        assert parameters["x_trace"].kind is inspect.Parameter.KEYWORD_ONLY
        assert (parameters["x_trace"].annotation, parameters["x_trace"].default) == (
            "str | None",
            None,
        )
        assert parameters["thing_id"].kind is inspect.Parameter.POSITIONAL_ONLY
    confirm = inspect.signature(ThingsMethods.delete_thing).parameters["x_confirm"]
    assert (confirm.annotation, confirm.default) == ("str", inspect.Parameter.empty)
    thing = inspect.signature(ThingsMethods.delete_thing).parameters["thing"]
    assert thing.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert "x_tenant" in inspect.signature(ThingsMethods.create_thing).parameters


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.get_thing("a", x_trace=7), "x_trace must be a string, not int"),
        (lambda c: c.get_thing("a", x_trace="t\r\nX-Evil: 1"), "x_trace must be printable ASCII"),
        (lambda c: c.get_thing("a", x_version="  "), "x_version must be printable ASCII"),
        (lambda c: c.get_thing("a", x_trace="été"), "x_trace must be printable ASCII"),
        (lambda c: c.delete_thing("t1", x_confirm=""), "x_confirm must not be empty"),
        (lambda c: c.get_thing(7), "thing_id must be a string, not int"),
    ],
)
def test_generated_methods_check_header_and_path_parameters_before_sending(
    golden_api: Any, call: Any, message: str
) -> None:
    from golden_api.api.things import ThingsMethods
    from golden_api.errors import InvalidArgumentError

    class Refuser(ThingsMethods):
        def send(self, call: Any, **options: Any) -> Any:
            raise AssertionError("nothing may be sent")

    with pytest.raises(InvalidArgumentError, match=message):
        call(Refuser())


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.list_things(limit=0), "limit must be at least 1"),
        (lambda c: c.list_things(limit=101), "limit must be at most 100"),
        (lambda c: c.list_things(q="a"), "q must be at least 2 characters long"),
        (lambda c: c.list_things(q="abcdefghijk"), "q must be at most 10 characters long"),
        (lambda c: c.list_things(min_score=0), "min_score must be greater than 0"),
        (lambda c: c.list_things(min_score=1.0), "min_score must be less than 1"),
        (lambda c: c.list_things(tags=["a", "b", "c"]), "tags must hold at most 2 items"),
        (lambda c: c.get_thing("a", x_trace="123456789"), "x_trace must be at most 8 characters"),
        (lambda c: c.delete_thing("a", x_confirm="y"), "thing_id must be at least 2 char"),
    ],
)
def test_generated_methods_refuse_parameters_outside_their_bounds(
    golden_api: Any, call: Any, message: str
) -> None:
    from golden_api.api.things import ThingsMethods
    from golden_api.errors import InvalidArgumentError

    class Refuser(ThingsMethods):
        def send(self, call: Any, **options: Any) -> Any:
            raise AssertionError("nothing may be sent")

    with pytest.raises(InvalidArgumentError, match=message) as caught:
        call(Refuser())
    assert caught.value.path == message.split()[0]  # the parameter, never its value


def test_parameters_within_their_bounds_are_sent(golden_api: Any) -> None:
    from golden_api.api.things import ThingsMethods

    class Client(_Recorder, ThingsMethods):
        pass

    client = Client()
    client.list_things(limit=100, q="ab", min_score=0.5, tags=["a", "b"])
    client.list_things(limit=1, q="abcdefghij")
    client.delete_thing("t1", x_confirm="y")
    assert [request.get("params") for request, _ in client.sent[:2]] == [
        {"limit": 100, "q": "ab", "min_score": 0.5, "tags": ["a", "b"]},
        {"limit": 1, "q": "abcdefghij"},
    ]
    assert client.sent[2][0]["url"] == "/things/t1"


def test_a_parameter_without_bounds_gets_no_bounds_check() -> None:
    # Cheap: the generated code checks bounds only where the spec gives some.
    things = GOLDEN / "golden_api" / "api" / "things"
    assert "check_bounds(color" not in (things / "list_things.py").read_text(encoding="utf-8")
    get_thing = (things / "get_thing.py").read_text(encoding="utf-8")
    assert "check_bounds(x_trace" in get_thing
    assert "check_bounds(thing_id" not in get_thing and "check_bounds(x_version" not in get_thing


def test_an_enum_parameter_is_sent_as_its_value_given_as_member_or_value(golden_api: Any) -> None:
    from golden_api.api.things import list_things
    from golden_api.models import Color

    for color in (Color.RED, "red"):
        assert list_things.build_request(color=color)["params"] == {"color": "red"}


def _refuser(golden_api: Any) -> Any:
    from golden_api.api.things import ThingsMethods

    class Refuser(ThingsMethods):
        def send(self, call: Any, **options: Any) -> Any:
            raise AssertionError("nothing may be sent")

    return Refuser()


def test_a_parameter_not_matching_its_pattern_is_refused_naming_the_pattern_not_the_value(
    golden_api: Any,
) -> None:
    from golden_api.errors import InvalidArgumentError

    with pytest.raises(InvalidArgumentError) as caught:
        _refuser(golden_api).list_things(since="sk-secret")

    assert str(caught.value) == r"since must match ^\d{4}-\d{2}-\d{2}$"
    assert caught.value.path == "since"
    assert "sk-secret" not in repr(caught.value)


def test_a_parameter_matching_its_pattern_is_sent(golden_api: Any) -> None:
    from golden_api.api.things import list_things

    assert list_things.build_request(since="2025-01-02")["params"] == {"since": "2025-01-02"}


def test_an_unanchored_pattern_is_found_anywhere_in_the_value(golden_api: Any) -> None:
    from golden_api.api.things import get_thing
    from golden_api.errors import InvalidArgumentError

    assert get_thing.build_request(thing_id="a", x_trace="T-x-1")["headers"]["X-Trace"] == "T-x-1"
    with pytest.raises(InvalidArgumentError, match=r"x_trace must match \[a-z\]"):
        get_thing.build_request(thing_id="a", x_trace="T-1")


def test_a_digit_pattern_refuses_digits_of_other_scripts(golden_api: Any) -> None:
    # JSON Schema's regular expressions are ECMA-262's, where \d is 0-9 only.
    from golden_api.api.things import list_things
    from golden_api.errors import InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="since must match"):
        list_things.build_request(since="\u0662\u0660\u0662\u0665-01-02")  # Arabic-Indic


def test_an_anchored_pattern_refuses_a_trailing_newline(golden_api: Any) -> None:
    # ECMA-262's `$` ends the value; Python's would also match before a last "\n".
    from golden_api.api.things import list_things
    from golden_api.errors import InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="since must match"):
        list_things.build_request(since="2025-01-02\n")


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_a_bounded_number_that_is_not_finite_is_refused(golden_api: Any, value: float) -> None:
    from golden_api.api.things import list_things
    from golden_api.errors import InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="min_score must be a finite number"):
        list_things.build_request(min_score=value)


def test_a_path_items_own_parameters_reach_its_operations(golden_api: Any) -> None:
    from golden_api.api.things import list_parts

    assert list_parts.build_request(thing_id="t 1")["url"] == "/things/t%201/parts"


def test_a_pattern_is_compiled_when_the_module_loads_not_per_call(
    golden_api: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    from golden_api.api.things import list_things

    def no_compiling(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("compiled per call")

    monkeypatch.setattr(re, "compile", no_compiling)
    monkeypatch.setattr(re, "search", no_compiling)

    assert list_things.build_request(since="2025-01-02")["params"] == {"since": "2025-01-02"}


VAULT_KEY = "vk/hush 1"


def test_a_secret_path_parameter_is_described_as_a_placeholder_and_a_secret(
    golden_api: Any,
) -> None:
    from golden_api.api.things import get_vault_thing

    from zaguan._runtime import Secret

    for given in (VAULT_KEY, Secret(VAULT_KEY)):
        request = get_vault_thing.build_request(given, "t 1")

        assert request["url"] == "/vaults/{vault_key}/things/t%201"
        assert isinstance(request["path_secrets"]["vault_key"], Secret)
        assert request["path_secrets"]["vault_key"].reveal() == VAULT_KEY


def test_a_secret_path_parameter_never_shows_in_the_request_description(golden_api: Any) -> None:
    from golden_api.api.things import get_vault_thing

    request = get_vault_thing.build_request(VAULT_KEY, "t1")

    assert "hush" not in repr(request) and "hush" not in str(request)


def test_a_secret_path_parameter_outside_its_bounds_is_refused_without_quoting_it(
    golden_api: Any,
) -> None:
    from golden_api.api.things import get_vault_thing
    from golden_api.errors import InvalidArgumentError

    with pytest.raises(InvalidArgumentError) as caught:
        get_vault_thing.build_request("k/s", "t1")

    assert str(caught.value) == "vault_key must be at least 4 characters long"
    assert "k/s" not in repr(caught.value)


@pytest.mark.parametrize("key", [7, ""])
def test_a_secret_path_parameter_that_is_no_key_is_refused(golden_api: Any, key: Any) -> None:
    from golden_api.api.things import get_vault_thing
    from golden_api.errors import InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="vault_key must"):
        get_vault_thing.build_request(key, "t1")


def _vault_client(reply: Any) -> Any:
    import httpx

    from zaguan import ZaguanClient

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        response: httpx.Response = reply(request)
        return response

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = ZaguanClient("https://gw.test", "sk-test", http_client=http, max_retries=0)
    client.seen = seen  # type: ignore[attr-defined]
    return client


def test_a_secret_path_parameter_is_sent_percent_encoded_in_the_url_path(golden_api: Any) -> None:
    import httpx
    from golden_api.api.things import get_vault_thing

    thing = {"id": "1", "created": "2025-01-02T03:04:05Z"}
    client = _vault_client(lambda request: httpx.Response(200, json=thing))

    get_vault_thing.sync(VAULT_KEY, "t1", client=client)

    assert client.seen[0].url.raw_path == b"/vaults/vk%2Fhush%201/things/t1"


def test_an_error_echoing_a_secret_path_parameter_never_shows_it(golden_api: Any) -> None:
    import httpx
    from golden_api.api.things import get_vault_thing

    from zaguan.errors import NotFoundError

    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"error": {"message": f"no vault {request.url}"}})

    client = _vault_client(echo)

    with pytest.raises(NotFoundError) as caught:
        get_vault_thing.sync(VAULT_KEY, "t1", client=client)

    shown = f"{caught.value!s} {caught.value!r} {caught.value.body!r}"
    assert "hush" not in shown


def test_an_operation_without_security_keeps_the_clients_key(golden_api: Any) -> None:
    import httpx
    from golden_api.api.things import get_thing, get_vault_thing

    thing = {"id": "1", "created": "2025-01-02T03:04:05Z"}
    client = _vault_client(lambda request: httpx.Response(200, json=thing))

    get_vault_thing.sync(VAULT_KEY, "t1", client=client)
    get_thing.sync("t1", client=client)

    assert "authorization" not in client.seen[0].headers
    assert client.seen[1].headers["authorization"] == "Bearer sk-test"


def test_an_enum_header_sends_its_default_or_the_members_value(golden_api: Any) -> None:
    from golden_api.api.things import ThingsMethods
    from golden_api.models import Priority

    sent: list[Any] = []

    class Recorder(ThingsMethods):
        def send(self, call: Any, **options: Any) -> Any:
            sent.append(call.request)
            return call.parse({"id": "1", "created": "2025-01-02T03:04:05Z"})

    Recorder().get_thing("t1")
    Recorder().get_thing("t1", x_mode="slow", x_priority=Priority(2))

    assert sent[0]["headers"]["X-Mode"] == "fast"
    assert "X-Priority" not in sent[0]["headers"]
    assert (sent[1]["headers"]["X-Mode"], sent[1]["headers"]["X-Priority"]) == ("slow", "2")
