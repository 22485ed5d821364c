"""Atomic file writes: a reader sees the old file or the new one, never half of one.

Reports are read by CI jobs and browsers while numcheck may still be running,
and a run can be killed mid-write. Every report is therefore written to a
temporary file in the destination directory (same file system, so the final
rename is atomic), flushed to disk, and moved over the destination with
:func:`os.replace`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Permission bits a newly created file gets before the umask applies (what
# open() uses); mkstemp would otherwise leave reports readable by the owner only.
_NEW_FILE_MODE = 0o666
# Umask assumed where the process umask cannot be read without changing it.
_FALLBACK_UMASK = 0o022


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` atomically; text is encoded as UTF-8 unchanged.

    The data goes to a temporary file next to ``path``, is fsync'ed, and then
    replaces ``path`` with :func:`os.replace`; on any error the temporary file
    is removed and ``path`` is left as it was. A file that already exists keeps
    its permission bits; a new one gets the usual ``0o666`` minus the umask.
    The parent directory must exist.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    mode = _target_mode(target)
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException:
        # Also on KeyboardInterrupt: never leave stray temporary files behind.
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_directory(target.parent)


def _target_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        return _NEW_FILE_MODE & ~_current_umask()


def _current_umask() -> int:
    # Reading /proc avoids os.umask(), which changes process-wide state and
    # races with other threads; elsewhere assume the common default.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return _FALLBACK_UMASK


def _fsync_directory(directory: Path) -> None:
    # The rename itself is durable only once the directory entry is on disk.
    # Directories cannot be opened for fsync on Windows; the rename is still atomic.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
