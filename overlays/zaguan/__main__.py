"""``python -m zaguan``: the ``zaguan`` command."""

from zaguan._cli import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
