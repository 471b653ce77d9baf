"""Files written where the user chose (a setup record, an exported setup): whole or not at all.

Unlike the app's own files (`state.write_atomically`), the folder is the user's: its
permissions are left as they are (the state folder's writer would make it private, e.g. the
user's Documents folder). The new file is written beside the target under a temporary name and
renamed over it, so an interrupted write never leaves half a file; a file that is replaced keeps
its permissions, a new one is readable by this user only (it names a customer and its setup).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_replacing(path: Path, write: Callable[[Path], object]) -> None:
    """Have `write` fill a temporary file beside `path`, then put it in `path`'s place.
    Raises OSError (with the system's reason) when the folder cannot be written, or when
    `write` wrote nothing."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        if tmp.stat().st_size == 0:
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_text(path: Path, text: str) -> None:
    write_replacing(path, lambda tmp: tmp.write_bytes(text.encode("utf-8")))
