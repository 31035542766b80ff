"""``client.serverless``: the catalogue on the web API host, typed filters, pages."""

from __future__ import annotations

from typing import Any, Dict, List

import httpx
import pytest
from pytest_httpx import HTTPXMock

from meganova import AsyncMegaNova, MegaNova, ServerlessModelsResponse
from meganova.errors import APIResponseValidationError, InvalidArgumentError
from meganova.types import ServerlessFilterLogic

from .mn_helpers import Sleeps, make_client, sent_request

WEB = "https://api.meganova.ai"
PATH = "/api/v1/serverless/models/filter"


@pytest.fixture(autouse=True)
def _no_host_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEGANOVA_WEB_BASE_URL", raising=False)
    monkeypatch.delenv("MEGANOVA_CLOUD_BASE_URL", raising=False)


def _page(names: List[str], page: int = 1, total_pages: int = 1, count: int = 0) -> Dict[str, Any]:
    models = [{"model_name": name, "tags": {"modality": ["text_generation"]}} for name in names]
    return {
        "data": {
            "models": models,
            "count": count or len(names),
            "tag_counts": {"modality": {"text_generation": len(names)}},
            "page": page,
            "page_size": 2,
            "total_pages": total_pages,
        }
    }


def _params(request: httpx.Request) -> Dict[str, str]:
    return dict(request.url.params)


def test_list_models_asks_the_web_api_host_without_v1(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=_page(["a"]))

    client.serverless.list_models()

    assert sent_request(httpx_mock).url.copy_with(query=None) == httpx.URL(WEB + PATH)


def test_list_models_returns_the_typed_page_unwrapped(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        json=_page(["a", "b"], count=7, total_pages=4), headers={"x-request-id": "r"}
    )

    page = client.serverless.list_models()

    assert isinstance(page, ServerlessModelsResponse)
    assert [model.model_name for model in page.models] == ["a", "b"]
    assert (page.count, page.total_pages, page.request_id) == (7, 4, "r")
    assert page.tag_counts == {"modality": {"text_generation": 2}}
    assert page.models[0].tags is not None and page.models[0].tags.modality == ["text_generation"]


def test_a_page_sent_without_its_data_wrapper_is_read_too(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=_page(["a"])["data"])
    assert client.serverless.list_models().models[0].model_name == "a"


def test_tag_counts_are_asked_for_unless_declined(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=_page([]))
    httpx_mock.add_response(json=_page([]))

    client.serverless.list_models()
    client.serverless.list_models(include_tag_counts=False)

    first, second = httpx_mock.get_requests()
    assert _params(first) == {"include_tag_counts": "true"}
    assert _params(second) == {"include_tag_counts": "false"}


def test_filters_are_sent_with_lists_joined_by_commas(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=_page([]))

    client.serverless.list_models(
        ["text_generation", "multimodal"],
        search="manta",
        highlight="free",
        use_case=["best_role_play"],
        model_family=("Manta", "OpenAI"),
        filter_logic=ServerlessFilterLogic.AND,
        page=2,
        page_size=10,
    )

    assert _params(sent_request(httpx_mock)) == {
        "modality": "text_generation,multimodal",
        "search": "manta",
        "highlight": "free",
        "use_case": "best_role_play",
        "model_family": "Manta,OpenAI",
        "filter_logic": "and",
        "include_tag_counts": "true",
        "page": "2",
        "page_size": "10",
    }


def test_modality_is_the_first_positional_argument_as_in_the_earlier_sdk(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=_page([]))
    client.serverless.list_models("text_to_image")
    assert _params(sent_request(httpx_mock))["modality"] == "text_to_image"


def test_an_unknown_filter_is_refused_before_sending(client: MegaNova) -> None:
    with pytest.raises(InvalidArgumentError, match="modalty"):
        client.serverless.list_models(modalty="x")  # type: ignore[call-arg]


def test_a_filter_of_the_wrong_type_is_refused_naming_it(client: MegaNova) -> None:
    with pytest.raises(InvalidArgumentError, match="page"):
        client.serverless.list_models(page="two")  # type: ignore[arg-type]


def test_a_list_filter_holding_a_non_string_is_refused(client: MegaNova) -> None:
    with pytest.raises(InvalidArgumentError, match="model_family"):
        client.serverless.list_models(model_family=["Manta", 3])  # type: ignore[list-item]


def test_an_unknown_filter_logic_is_sent_as_given(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=_page([]))
    client.serverless.list_models(filter_logic="xor")  # type: ignore[arg-type]
    assert _params(sent_request(httpx_mock))["filter_logic"] == "xor"


def test_iter_models_walks_every_page(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=_page(["a", "b"], page=1, total_pages=2))
    httpx_mock.add_response(json=_page(["c"], page=2, total_pages=2))

    names = [model.model_name for model in client.serverless.iter_models(page_size=2)]

    assert names == ["a", "b", "c"]
    assert [_params(r)["page"] for r in httpx_mock.get_requests()] == ["1", "2"]


def test_iter_models_stops_after_one_page_when_the_api_does_not_page(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"data": {"models": [{"model_name": "a"}], "count": 1}})
    assert [model.model_name for model in client.serverless.iter_models()] == ["a"]


def test_iter_models_refuses_a_page_that_is_not_the_one_asked_for(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=_page(["a"], page=1, total_pages=3))
    httpx_mock.add_response(json=_page(["a"], page=1, total_pages=3))

    with pytest.raises(APIResponseValidationError):
        list(client.serverless.iter_models())


def test_web_base_url_can_be_given(sleeps: Sleeps, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=_page([]))
    with make_client(sleeps, web_base_url="https://web.example/") as client:
        assert client.web_base_url == "https://web.example"
        client.serverless.list_models()
    assert str(sent_request(httpx_mock).url).startswith("https://web.example" + PATH)


def test_web_base_url_comes_from_the_environment(
    sleeps: Sleeps, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEGANOVA_WEB_BASE_URL", "https://web.example")
    with make_client(sleeps) as client:
        assert client.web_base_url == "https://web.example"


def test_web_base_url_follows_the_base_url_without_its_version(sleeps: Sleeps) -> None:
    with make_client(sleeps, base_url="http://127.0.0.1:9/meganova/v1") as client:
        assert client.web_base_url == "http://127.0.0.1:9/meganova"


def test_a_bad_web_base_url_is_refused_naming_it(sleeps: Sleeps) -> None:
    with pytest.raises(InvalidArgumentError, match="web_base_url"):
        make_client(sleeps, web_base_url="not a url")


def test_the_inference_api_still_uses_its_own_base_url(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"data": []})
    client.models.list()
    assert str(sent_request(httpx_mock).url) == "https://api.meganova.ai/v1/models"


async def test_async_list_models_returns_the_page(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=_page(["a"]))
    page = await aclient.serverless.list_models("text_generation")
    assert page.models[0].model_name == "a"


async def test_async_iter_models_walks_every_page(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=_page(["a"], page=1, total_pages=2))
    httpx_mock.add_response(json=_page(["b"], page=2, total_pages=2))
    names = [model.model_name async for model in aclient.serverless.iter_models()]
    assert names == ["a", "b"]
