"""Our driver of the spec-to-SDK pipeline: ``python -m generator generate|check``.

Bundles and validates each OpenAPI document in ``spec/``, renders it with the pinned
openapi-python-client through ``templates/`` and the per-API settings in ``generator/config/``,
adds the request-parameter TypedDicts from datamodel-code-generator, and formats the result
with the pinned ruff, so that the same inputs always give the same bytes.
"""

from ._bundle import API_FILES, load_bundled_spec
from ._pipeline import PACKAGES, check, generate

__all__ = ["API_FILES", "PACKAGES", "check", "generate", "load_bundled_spec"]
