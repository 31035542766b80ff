"""The SDK's version, as the Meganova guideline names its module (``meganova.version``)."""

from ._version import __version__

__all__ = ["__version__"]
