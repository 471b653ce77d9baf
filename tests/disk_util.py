"""A real full disk for tests: the `tiny_disk` fixture (tests/conftest.py) filled up."""

from __future__ import annotations

from pathlib import Path


def fill(folder: Path) -> None:
    """Write into `folder` until the disk says it is full."""
    with open(folder / "filler", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
