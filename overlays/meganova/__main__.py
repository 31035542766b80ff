"""``python -m meganova``: the ``meganova`` command."""

from meganova._cli import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
