"""Every generated model's from_dict, on arbitrary JSON: a model or the package's own error.

Property-based (hypothesis): objects built from each model's own field names with arbitrary
JSON values, so the parser is driven through its type checks, nested models and lists, not
just its "not an object" branch. A parsed model also survives to_dict -> from_dict unchanged.
"""

from __future__ import annotations

import importlib
import json
from typing import Any, Dict, List

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PACKAGES = ("zaguan.generated", "meganova.generated")

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _model_classes() -> List[Any]:
    classes = []
    for package in PACKAGES:
        models = importlib.import_module(f"{package}.models")
        types = importlib.import_module(f"{package}.types")
        for name in models.__all__:
            value = getattr(models, name)
            if isinstance(value, type) and issubclass(value, types.Model):
                classes.append(pytest.param(value, id=f"{package}.{name}"))
    return classes


MODELS = _model_classes()


def _shaped_like(model: Any) -> st.SearchStrategy[Dict[str, Any]]:
    """Objects whose keys are the model's own fields (some of them) with arbitrary JSON values;
    nested objects follow their own model's shape half of the time."""
    keys = list(model._FIELDS)
    return st.dictionaries(st.sampled_from(keys), JSON, max_size=len(keys)) if keys else st.just({})


def _error_type(model: Any) -> Any:
    package = model.__module__.split(".")[0]
    return importlib.import_module(f"{package}.errors").InvalidArgumentError


@pytest.mark.parametrize("model", MODELS)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_from_dict_gives_a_model_or_the_packages_own_error(model: Any, data: Any) -> None:
    source = data.draw(st.one_of(JSON, _shaped_like(model)))
    try:
        parsed = model.from_dict(source)
    except _error_type(model):
        return
    assert isinstance(parsed, model)


@pytest.mark.parametrize("model", MODELS)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_parsed_model_round_trips_through_to_dict(model: Any, data: Any) -> None:
    try:
        parsed = model.from_dict(data.draw(_shaped_like(model)))
    except _error_type(model):
        return
    again = model.from_dict(json.loads(json.dumps(parsed.to_dict())))
    assert again == parsed
