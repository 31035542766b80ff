# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from meganova._runtime import Call

from ...types import (
    BOOL,
    INT,
    STR,
    UNSET,
    Unset,
    check_bounds,
    check_parameter,
    enum_kind,
    model_kind,
)

if TYPE_CHECKING:
    from meganova._runtime import CallOptions
    from typing_extensions import Unpack

    from ...client import AsyncSender, SyncSender

from ...models.serverless_filter_logic import ServerlessFilterLogic
from ...models.serverless_models_envelope import ServerlessModelsEnvelope


def build_request(
    *,
    modality: str | Unset = UNSET,
    search: str | Unset = UNSET,
    highlight: str | Unset = UNSET,
    use_case: str | Unset = UNSET,
    model_family: str | Unset = UNSET,
    filter_logic: ServerlessFilterLogic | str | Unset = UNSET,
    include_tag_counts: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    """Describe the HTTP request of this operation without sending it.

    Returns the keyword arguments of ``httpx.Client.request``: method, url (relative to the base
    URL) and, as the operation needs, params, json and headers.
    """

    if not isinstance(modality, Unset):
        check_parameter(modality, STR, "modality")
    if not isinstance(search, Unset):
        check_parameter(search, STR, "search")
    if not isinstance(highlight, Unset):
        check_parameter(highlight, STR, "highlight")
    if not isinstance(use_case, Unset):
        check_parameter(use_case, STR, "use_case")
    if not isinstance(model_family, Unset):
        check_parameter(model_family, STR, "model_family")
    if not isinstance(filter_logic, Unset):
        check_parameter(filter_logic, enum_kind(lambda: ServerlessFilterLogic), "filter_logic")
    if not isinstance(include_tag_counts, Unset):
        check_parameter(include_tag_counts, BOOL, "include_tag_counts")
    if not isinstance(page, Unset):
        check_parameter(page, INT, "page")
        check_bounds(page, "page", minimum=1)
    if not isinstance(page_size, Unset):
        check_parameter(page_size, INT, "page_size")
        check_bounds(page_size, "page_size", minimum=1, maximum=200)
    params: dict[str, Any] = {}

    params["modality"] = modality

    params["search"] = search

    params["highlight"] = highlight

    params["use_case"] = use_case

    params["model_family"] = model_family

    json_filter_logic: str | Unset = UNSET
    if not isinstance(filter_logic, Unset):
        json_filter_logic = getattr(filter_logic, "value", filter_logic)

    params["filter_logic"] = json_filter_logic

    params["include_tag_counts"] = include_tag_counts

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/serverless/models/filter",
        "params": params,
    }

    return _kwargs


_SUCCESS = model_kind(lambda: ServerlessModelsEnvelope)


def parse_success(data: Any) -> ServerlessModelsEnvelope:
    """Build the typed result from the decoded JSON body of a successful reply (checked as
    the models check it: a value of the wrong type raises, naming its path)."""
    return cast("ServerlessModelsEnvelope", _SUCCESS.parse(data, None))


parse_result = parse_success


def sync(
    *,
    modality: str | Unset = UNSET,
    search: str | Unset = UNSET,
    highlight: str | Unset = UNSET,
    use_case: str | Unset = UNSET,
    model_family: str | Unset = UNSET,
    filter_logic: ServerlessFilterLogic | str | Unset = UNSET,
    include_tag_counts: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    client: SyncSender,
    **options: Unpack[CallOptions],
) -> ServerlessModelsEnvelope:
    """List the serverless models, filtered and paged

    Args:
        modality (str | Unset):
        search (str | Unset):
        highlight (str | Unset):
        use_case (str | Unset):
        model_family (str | Unset):
        filter_logic (ServerlessFilterLogic | Unset): How the comma-separated values of one filter
            combine. A value the SDK does not know yet is sent as given.
        include_tag_counts (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerlessModelsEnvelope
    """

    request = build_request(
        modality=modality,
        search=search,
        highlight=highlight,
        use_case=use_case,
        model_family=model_family,
        filter_logic=filter_logic,
        include_tag_counts=include_tag_counts,
        page=page,
        page_size=page_size,
    )
    return client.send(Call(request, parse_success), **options)


async def asyncio(
    *,
    modality: str | Unset = UNSET,
    search: str | Unset = UNSET,
    highlight: str | Unset = UNSET,
    use_case: str | Unset = UNSET,
    model_family: str | Unset = UNSET,
    filter_logic: ServerlessFilterLogic | str | Unset = UNSET,
    include_tag_counts: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    client: AsyncSender,
    **options: Unpack[CallOptions],
) -> ServerlessModelsEnvelope:
    """List the serverless models, filtered and paged

    Args:
        modality (str | Unset):
        search (str | Unset):
        highlight (str | Unset):
        use_case (str | Unset):
        model_family (str | Unset):
        filter_logic (ServerlessFilterLogic | Unset): How the comma-separated values of one filter
            combine. A value the SDK does not know yet is sent as given.
        include_tag_counts (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerlessModelsEnvelope
    """

    request = build_request(
        modality=modality,
        search=search,
        highlight=highlight,
        use_case=use_case,
        model_family=model_family,
        filter_logic=filter_logic,
        include_tag_counts=include_tag_counts,
        page=page,
        page_size=page_size,
    )
    return await client.send(Call(request, parse_success), **options)
