"""``client.videos``: ``generate(model_name=..., ...)`` sent at most once, ``list_models()``."""

from __future__ import annotations

import json

import httpx
import pytest
from pytest_httpx import HTTPXMock

from meganova import AsyncMegaNova, MegaNova, VideoGenerationResponse
from meganova.errors import APIConnectionError, InternalServerError, InvalidArgumentError

from .mn_helpers import BASE_URL, Sleeps, sent_request

GENERATE_URL = f"{BASE_URL}/videos/generation"
MODELS_URL = f"{BASE_URL}/videos/models/supported_models"
QUEUED = {"status": "queued", "message": "on its way", "data": {"job_id": "vid_1"}}


def test_generate_posts_model_name_and_the_models_own_parameters(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=GENERATE_URL, json=QUEUED)

    client.videos.generate(model_name="m", prompt="a fox", duration=4)  # type: ignore[call-arg]

    assert json.loads(sent_request(httpx_mock).content) == {
        "model_name": "m",
        "prompt": "a fox",
        "duration": 4,
    }


def test_generate_returns_the_typed_status_and_data(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=GENERATE_URL, json=QUEUED, headers={"x-request-id": "rid-v"})

    result = client.videos.generate(model_name="m", prompt="a fox")

    assert isinstance(result, VideoGenerationResponse)
    assert (result.status, result.message, result.data) == (
        "queued",
        "on its way",
        {"job_id": "vid_1"},
    )
    assert result.request_id == "rid-v"


def test_generate_is_not_resent_after_a_dropped_connection(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))

    with pytest.raises(APIConnectionError):
        client.videos.generate(model_name="m")

    assert len(httpx_mock.get_requests()) == 1 and sleeps == []


def test_generate_is_not_resent_after_a_503(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=GENERATE_URL, status_code=503)

    with pytest.raises(InternalServerError):
        client.videos.generate(model_name="m")

    assert len(httpx_mock.get_requests()) == 1


def test_generate_is_retried_after_a_refused_connection(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(url=GENERATE_URL, json=QUEUED)

    assert client.videos.generate(model_name="m").status == "queued"
    assert len(sleeps) == 1


def test_generate_is_retried_after_a_429(
    client: MegaNova, httpx_mock: HTTPXMock, sleeps: Sleeps
) -> None:
    httpx_mock.add_response(url=GENERATE_URL, status_code=429, headers={"retry-after": "2"})
    httpx_mock.add_response(url=GENERATE_URL, json=QUEUED)

    assert client.videos.generate(model_name="m").status == "queued"
    assert sleeps == [2.0]


@pytest.mark.parametrize("model_name", [None, "", 3])
def test_generate_refuses_a_missing_or_bad_model_name_before_sending(
    client: MegaNova, model_name: object
) -> None:
    with pytest.raises(InvalidArgumentError, match="model_name"):
        client.videos.generate(model_name=model_name)  # type: ignore[arg-type]


def test_generate_refuses_a_prompt_of_the_wrong_type_naming_it(client: MegaNova) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        client.videos.generate(model_name="m", prompt=5)  # type: ignore[arg-type]
    assert caught.value.path == "prompt"


def test_generate_takes_the_call_options(client: MegaNova, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=GENERATE_URL, json=QUEUED)

    client.videos.generate(model_name="m", request_id="my-id", extra_headers={"X-A": "1"})

    request = sent_request(httpx_mock)
    assert request.headers["x-request-id"] == "my-id" and request.headers["x-a"] == "1"
    assert "request_id" not in json.loads(request.content)


def test_list_models_returns_the_names_with_the_request_id(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=MODELS_URL, json={"data": ["v1", "v2"]}, headers={"x-request-id": "rid-m"}
    )

    names = client.videos.list_models()

    assert names == ["v1", "v2"] and names.request_id == "rid-m"


def test_list_models_is_retried_as_an_idempotent_call(
    client: MegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))
    httpx_mock.add_response(url=MODELS_URL, json={"data": ["v1"]})

    assert client.videos.list_models() == ["v1"]


async def test_async_generate_returns_the_status(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=GENERATE_URL, json=QUEUED)
    assert (await aclient.videos.generate(model_name="m", prompt="x")).status == "queued"


async def test_async_generate_is_not_resent_after_a_dropped_connection(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("Server disconnected"))

    with pytest.raises(APIConnectionError):
        await aclient.videos.generate(model_name="m")

    assert len(httpx_mock.get_requests()) == 1


async def test_async_list_models_returns_the_names(
    aclient: AsyncMegaNova, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=MODELS_URL, json={"data": ["v1"]})
    assert await aclient.videos.list_models() == ["v1"]
