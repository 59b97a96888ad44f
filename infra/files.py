"""What the platform keeps under var/ (secrets, databases with citizens' data, logs, mail) is the operator's
alone: made with no access for group or others, and tightened where an older version left it readable."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_UMASK = 0o077
# var/ itself may be passed through, not listed: the PostgreSQL server runs as its own user (when the
# platform runs as root) and must reach its data directory below it. What lies below has its own mode.
VAR_MODE = 0o711


def keep_private(var: Path) -> None:
    """Everything this process and its children make from now on: 0600 files, 0700 directories."""
    var.mkdir(parents=True, exist_ok=True)
    var.chmod(VAR_MODE)
    os.umask(PRIVATE_UMASK)


def tighten(root: Path) -> list[Path]:
    """Takes group's and others' access from everything below `root`; returns what it changed."""
    changed = []
    for path in root.rglob("*") if root.exists() else []:
        try:
            mode = path.lstat().st_mode
            if path.is_symlink() or not mode & 0o077:
                continue
            path.chmod(mode & 0o7700)
            changed.append(path)
        except (FileNotFoundError, PermissionError):  # gone meanwhile, or a server's own file it keeps
            continue
    return changed
