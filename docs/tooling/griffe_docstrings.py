"""A Griffe extension for the documentation site: Sphinx markup in docstrings, as Markdown.

The docstrings are written for readers of the source and for `help()`, with reStructuredText
habits that Markdown would show as is: ``:class:`Stream` `` roles, and ``>>>`` examples that
Markdown reads as nested quotes. Rather than edit every docstring, mkdocstrings runs them
through this extension (mkdocs.yml, ``extensions``):

- a role becomes an optional cross-reference, resolved in the docstring's own scope (so
  ``:class:`Stream` `` links to the class when the site renders it, and is plain code when it
  does not, as for builtins or private helpers); ``~a.b.C`` shows ``C``;
- a run of ``>>>`` / ``...`` lines (and the output after them) becomes a ``pycon`` code block.
"""

from __future__ import annotations

import html
import re
from typing import Any

import griffe

__all__ = ["SphinxMarkup"]

_ROLE = re.compile(
    r":(?:py:)?(?:class|meth|func|attr|exc|mod|data|obj|const):`(?P<tilde>~?)(?P<name>[^`<>]+?)`"
)


def _link(obj: griffe.Object, match: re.Match[str]) -> str:
    name = match["name"].strip().rstrip("()")
    shown = name.rsplit(".", 1)[-1] if match["tilde"] else name
    head, _, rest = name.partition(".")
    try:
        target = obj.resolve(head)
    except (griffe.NameResolutionError, ValueError):
        target = None
    code = f"<code>{html.escape(shown)}</code>"
    if target is None:
        return code
    identifier = f"{target}.{rest}" if rest else target
    return f'<autoref identifier="{html.escape(identifier)}" optional>{code}</autoref>'


def _fence_doctests(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    in_block = False
    indent = ""
    for line in lines:
        stripped = line.strip()
        if not in_block and stripped.startswith(">>>"):
            indent = line[: len(line) - len(line.lstrip())]
            out.append(f"{indent}```pycon")
            in_block = True
        elif in_block and not stripped:
            out.append(f"{indent}```")
            in_block = False
        out.append(line)
    if in_block:
        out.append(f"{indent}```")
    return "\n".join(out)


class SphinxMarkup(griffe.Extension):
    """Rewrite Sphinx roles and doctest blocks of every docstring as Markdown."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite a package's own docstring (``on_object`` sees only its members)."""
        self.on_object(obj=pkg)

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite ``obj``'s docstring, once the whole tree is loaded (names resolve)."""
        docstring = obj.docstring
        if docstring is None:
            return
        value = docstring.value
        if ">>>" in value:
            value = _fence_doctests(value)
        if ":`" in value:
            value = _ROLE.sub(lambda match: _link(obj, match), value)
        docstring.value = value
