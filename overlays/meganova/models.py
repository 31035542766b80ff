"""The typed models, as the Meganova guideline names their module (``meganova.models``).

The same names as :mod:`meganova.types`: the request and response models generated from the
spec, and the ``*Param`` TypedDicts of what you send.
"""

from .types import *  # noqa: F403
from .types import __all__ as _types_all

__all__ = list(_types_all)
