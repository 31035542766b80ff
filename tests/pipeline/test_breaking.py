"""``make breaking``: each rule on a fixture pair of specs, and the base read from git.

Each folder of ``tests/pipeline/breaking/`` holds ``old.yaml`` (the same small API every time)
and ``new.yaml`` (that API with the one change the folder is named after).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

pytest.importorskip(
    "openapi_python_client", reason="the generator toolchain is installed on 3.11 only"
)

from generator.__main__ import main as generator_main
from generator.breaking import Change, compare_documents, default_base, load_specs_at, main

CASES = Path(__file__).parent / "breaking"
SPEC = "spec"


def changes(case: str) -> list[Change]:
    def load(name: str) -> dict[str, Any]:
        loaded: dict[str, Any] = yaml.safe_load((CASES / case / name).read_text(encoding="utf-8"))
        return loaded

    return compare_documents("things", load("old.yaml"), load("new.yaml"))


def breaking(case: str) -> list[tuple[str, str, str, str]]:
    """(rule, operation id, where, pointer) of each breaking change, in report order."""
    return [(c.rule, c.operation_id, c.where, c.pointer) for c in changes(case) if c.breaking]


BODY = "request body application/json"
REPLY = "response 200 application/json"


def test_every_fixture_folder_is_a_pair_of_specs() -> None:
    for case in CASES.iterdir():
        assert sorted(p.name for p in case.iterdir()) == ["new.yaml", "old.yaml"], case


def test_an_unchanged_spec_has_no_changes() -> None:
    assert changes("no-change") == []


# -- operations


def test_a_removed_operation_breaks() -> None:
    assert breaking("operation-removed") == [("operation-removed", "list_things", "", "")]


def test_a_changed_operation_id_breaks_because_the_endpoint_module_is_renamed() -> None:
    assert breaking("operation-id-changed") == [("operation-id-changed", "modify_thing", "", "")]


def test_a_renamed_sdk_method_breaks() -> None:
    assert breaking("sdk-method-renamed") == [("sdk-method-renamed", "update_thing", "", "")]


# -- parameters


def test_a_removed_parameter_breaks() -> None:
    assert breaking("parameter-removed") == [
        ("parameter-removed", "update_thing", "parameter query limit", "")
    ]


def test_a_new_required_parameter_breaks() -> None:
    assert breaking("required-parameter-added") == [
        ("required-parameter-added", "update_thing", "parameter query region", "")
    ]


def test_a_parameter_that_became_required_breaks() -> None:
    assert breaking("parameter-became-required") == [
        ("parameter-became-required", "update_thing", "parameter query limit", "")
    ]


def test_a_parameter_moved_from_query_to_header_breaks_once() -> None:
    assert breaking("parameter-location-changed") == [
        ("parameter-location-changed", "update_thing", "parameter query limit", "")
    ]


def test_a_renamed_path_parameter_is_a_renamed_keyword_not_a_removed_operation() -> None:
    assert breaking("path-parameter-renamed") == [
        ("parameter-renamed", "update_thing", "parameter path thing_id", "")
    ]
    assert not [c for c in changes("path-parameter-renamed") if c.rule.startswith("operation")]


def test_a_renamed_sdk_name_breaks_because_the_methods_argument_is_renamed() -> None:
    assert breaking("sdk-name-renamed") == [
        ("sdk-name-renamed", "update_thing", "parameter path thing_id", "")
    ]


def test_a_removed_sdk_name_breaks_because_the_argument_takes_the_spec_name() -> None:
    assert breaking("sdk-name-removed") == [
        ("sdk-name-removed", "update_thing", "parameter path thing_id", "")
    ]


def test_an_added_sdk_name_is_listed_and_breaks_nothing() -> None:
    # The removal read backwards: the argument was positional-only, so no caller named it.
    case = CASES / "sdk-name-removed"
    old, new = (
        yaml.safe_load((case / name).read_text(encoding="utf-8"))
        for name in ("new.yaml", "old.yaml")
    )

    found = compare_documents("things", old, new)

    assert [(c.breaking, c.rule, c.where) for c in found] == [
        (False, "sdk-name-added", "parameter path thing_id")
    ]


def test_a_lower_maximum_on_a_parameter_breaks() -> None:
    assert breaking("parameter-bound-tightened") == [
        ("bound-tightened", "update_thing", "parameter query limit", "")
    ]


# -- request bodies


def test_a_request_body_that_became_required_breaks() -> None:
    assert breaking("request-body-became-required") == [
        ("request-body-became-required", "update_thing", "request body", "")
    ]


def test_a_removed_request_body_breaks() -> None:
    assert breaking("request-body-removed") == [
        ("request-body-removed", "update_thing", "request body", "")
    ]


def test_a_request_content_type_no_longer_accepted_breaks() -> None:
    assert breaking("request-media-type-removed") == [
        ("media-type-removed", "update_thing", BODY, "")
    ]


def test_a_removed_optional_request_field_breaks_a_client_that_sends_it() -> None:
    assert breaking("request-field-removed") == [
        ("request-field-removed", "update_thing", BODY, "/size")
    ]


def test_a_new_required_request_field_breaks() -> None:
    assert breaking("required-request-field-added") == [
        ("required-request-field-added", "update_thing", BODY, "/owner")
    ]


def test_a_request_field_that_became_required_breaks() -> None:
    assert breaking("request-field-became-required") == [
        ("request-field-became-required", "update_thing", BODY, "/colour")
    ]


def test_a_request_type_narrowed_from_number_to_integer_breaks() -> None:
    (change,) = [c for c in changes("request-type-narrowed") if c.breaking]
    assert (change.rule, change.pointer) == ("type-narrowed", "/size")
    assert change.message == "type narrowed from number to integer"


def test_an_enum_value_removed_breaks_requests_but_not_responses() -> None:
    # Colour is in the request and in both replies: only the request side breaks.
    assert breaking("request-enum-value-removed") == [
        ("enum-value-removed", "update_thing", BODY, "/colour")
    ]


def test_an_enum_put_on_a_free_request_value_breaks() -> None:
    assert breaking("request-enum-added") == [("enum-added", "update_thing", BODY, "/tags/[]")]


def test_a_format_added_to_a_request_field_breaks() -> None:
    assert breaking("request-format-added") == [("format-added", "update_thing", BODY, "/created")]


def test_null_no_longer_accepted_in_a_request_breaks() -> None:
    assert breaking("request-nullable-removed") == [
        ("nullable-removed", "update_thing", BODY, "/note")
    ]


def test_a_tighter_max_length_on_a_request_field_breaks() -> None:
    (change,) = [c for c in changes("request-max-length-tightened") if c.breaking]
    assert (change.rule, change.pointer) == ("bound-tightened", "/name")
    assert change.message == "maxLength tightened from 64 to 32"


def test_a_pattern_added_to_a_request_field_breaks() -> None:
    assert breaking("request-pattern-added") == [("pattern-changed", "update_thing", BODY, "/name")]


def test_a_request_object_closed_to_extra_fields_breaks() -> None:
    assert breaking("request-additional-properties-closed") == [
        ("additional-properties-closed", "update_thing", BODY, "")
    ]


def test_a_union_member_removed_from_a_request_breaks() -> None:
    assert breaking("request-union-member-removed") == [
        ("union-member-removed", "update_thing", BODY, "/content")
    ]


# -- responses (a shared schema's change is listed under every operation that returns it)


def test_a_removed_response_status_breaks() -> None:
    assert breaking("response-status-removed") == [
        ("response-status-removed", "update_thing", "response 404", "")
    ]


def test_a_removed_response_header_breaks() -> None:
    assert breaking("response-header-removed") == [
        ("response-header-removed", "update_thing", "response 200 header Retry-After", "")
    ]


def test_a_removed_response_field_breaks_every_operation_returning_it() -> None:
    assert breaking("response-field-removed") == [
        ("response-field-removed", "update_thing", REPLY, "/label"),
        ("response-field-removed", "list_things", REPLY, "/[]/label"),
    ]


def test_a_response_field_no_longer_always_present_breaks() -> None:
    assert breaking("response-field-became-optional") == [
        ("response-field-became-optional", "update_thing", REPLY, "/name"),
        ("response-field-became-optional", "list_things", REPLY, "/[]/name"),
    ]


def test_a_response_integer_widened_to_number_breaks() -> None:
    assert [r[0] for r in breaking("response-type-changed")] == ["type-changed"] * 2


def test_a_response_field_that_may_now_be_null_breaks() -> None:
    assert breaking("response-nullable-added") == [
        ("nullable-added", "update_thing", REPLY, "/name"),
        ("nullable-added", "list_things", REPLY, "/[]/name"),
    ]


def test_null_no_longer_sent_in_a_response_breaks_nothing() -> None:
    assert changes("response-nullable-removed") == []


def test_a_response_format_removed_or_changed_breaks() -> None:
    assert [r[0] for r in breaking("response-format-removed")] == ["format-removed"] * 2
    assert [r[0] for r in breaking("response-format-changed")] == ["format-changed"] * 2


def test_a_union_member_added_to_a_response_breaks() -> None:
    assert breaking("response-union-member-added")[0] == (
        "union-member-added",
        "update_thing",
        REPLY,
        "/label",
    )


# -- what does not break


def test_additions_are_listed_and_break_nothing() -> None:
    found = changes("additions-only")
    assert not [c for c in found if c.breaking]
    assert {(c.rule, c.operation_id, c.location) for c in found} >= {
        ("operation-added", "create_thing", ""),
        ("parameter-added", "update_thing", "parameter query region"),
        ("request-field-added", "update_thing", f"{BODY} /owner"),
        ("response-field-added", "list_things", f"{REPLY} /[]/weight"),
        ("enum-value-added", "update_thing", f"{BODY} /colour"),
        ("enum-value-added", "update_thing", f"{REPLY} /colour"),
        ("response-status-added", "update_thing", "response 409"),
    }


def test_widened_requests_and_narrowed_responses_break_nothing() -> None:
    assert [c for c in changes("widenings-only") if c.breaking] == []


def test_writing_out_the_object_type_its_properties_implied_breaks_nothing() -> None:
    assert changes("type-made-explicit") == []


# -- the real specs, and the base read from git


def test_the_committed_specs_load_and_compare_with_themselves_cleanly() -> None:
    # HEAD, not the working tree: spec/ may be half-edited while the tests run.
    specs = load_specs_at("HEAD")
    assert specs["zaguan"] is not None and specs["meganova"] is not None
    assert all(compare_documents(api, doc, doc) == [] for api, doc in specs.items() if doc)


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A throwaway repository whose spec/ holds the fixture API as zaguan.yaml, committed."""
    git(tmp_path, "init", "--quiet", "-b", "main")
    spec = tmp_path / SPEC
    spec.mkdir()
    (spec / "shared.yaml").write_text("components: {}\n", encoding="utf-8")
    shutil.copy(CASES / "no-change" / "old.yaml", spec / "zaguan.yaml")
    git(tmp_path, "add", SPEC)
    git(tmp_path, "commit", "--quiet", "-m", "spec")
    return tmp_path


def edit(repo: Path, case: str) -> None:
    shutil.copy(CASES / case / "new.yaml", repo / SPEC / "zaguan.yaml")


def test_the_base_defaults_to_main_without_release_tags(repo: Path) -> None:
    assert default_base(repo) == "main"


def test_the_base_is_the_newest_release_tag_in_version_order(repo: Path) -> None:
    for tag in ("v1.9.0", "v1.10.0", "v1.2.0", "other"):
        git(repo, "tag", tag)
    assert default_base(repo) == "v1.10.0"


def test_the_base_is_read_from_git_without_touching_the_working_tree(repo: Path) -> None:
    edit(repo, "response-field-removed")
    before = (repo / SPEC / "zaguan.yaml").read_bytes()
    specs = load_specs_at("HEAD", repo / SPEC)
    assert specs["meganova"] is None  # not in that commit
    zaguan = specs["zaguan"]
    assert zaguan is not None
    assert "label" in zaguan["components"]["schemas"]["Thing"]["properties"]
    assert (repo / SPEC / "zaguan.yaml").read_bytes() == before
    assert git(repo, "status", "--porcelain") == f" M {SPEC}/zaguan.yaml\n"


def test_the_command_reports_a_working_tree_change_against_the_tag_and_fails(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(repo, "tag", "v0.1.0")
    edit(repo, "response-field-removed")
    assert generator_main(["breaking", "--spec-dir", str(repo / SPEC)]) == 1
    out = capsys.readouterr().out
    assert "compared with v0.1.0" in out
    assert "zaguan: 2 breaking changes, 0 additions" in out
    assert "    GET /v1/things (list_things)\n" in out
    assert "      response 200 application/json /[]/label: field removed\n" in out
    assert out.rstrip().endswith("2 breaking changes since v0.1.0.")


def test_the_command_passes_when_only_additions_were_made(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(repo, "additions-only")
    assert main(["--spec-dir", str(repo / SPEC)]) == 0
    out = capsys.readouterr().out
    assert "Additions (not breaking):" in out
    assert "    POST /v1/things (create_thing)\n      operation added\n" in out
    assert out.rstrip().endswith("No breaking changes since main.")


def test_the_command_compares_with_the_given_base_and_prints_json(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(repo, "request-field-removed")
    git(repo, "add", SPEC)
    git(repo, "commit", "--quiet", "-m", "remove size")
    assert main(["--spec-dir", str(repo / SPEC), "--base", "HEAD~1", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["base"] == "HEAD~1"
    assert [(c["rule"], c["pointer"]) for c in report["changes"]] == [
        ("request-field-removed", "/size")
    ]


def test_an_unknown_base_is_an_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--spec-dir", str(repo / SPEC), "--base", "v9.9.9"]) == 2
    assert "unknown revision 'v9.9.9'" in capsys.readouterr().err
