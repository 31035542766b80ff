"""``python -m generator generate`` rewrites generated/; ``python -m generator check`` diffs it.

``python -m generator breaking [--base REV]`` lists what in spec/ breaks clients of a release.
"""

from __future__ import annotations

import sys

from ._pipeline import GeneratorError, check, generate, golden


def main(argv: list[str]) -> int:
    """Run one command; return the process exit status."""
    command = argv[0] if argv else ""
    if command == "breaking":
        from .breaking import main as breaking

        return breaking(argv[1:])
    try:
        if command == "generate":
            generate()
            print("generated/ rewritten from spec/")
            return 0
        if command == "golden":
            golden()
            print("tests/pipeline/golden/ rewritten from tests/pipeline/golden_spec.yaml")
            return 0
        if command == "check":
            problems = check()
            if problems:
                print(
                    "generated/ differs from what spec/ and templates/ produce; run `make generate`:"
                )
                print("\n".join(problems))
                return 1
            print("generated/ matches spec/ and templates/")
            return 0
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print("usage: python -m generator {generate|check|golden|breaking}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
