"""Whether a SQLite file lies on a network share, where SQLite must not be used.

SQLite's locking relies on the operating system's file locks, which network
file systems (SMB/CIFS, NFS, sshfs…) implement incompletely or not at all: two
workstations writing to one file there can corrupt it. The shared engine for
an office is the PostgreSQL server.

Windows: a UNC path (\\\\server\\share\\…) or a drive letter that GetDriveTypeW
calls DRIVE_REMOTE (a mapped network drive). Linux: the type of the file system
that holds the path, from /proc/self/mountinfo. Elsewhere nothing is said.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

from app.i18n import translate

# File system types (mountinfo's field after " - ") that are on another machine.
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "smb2",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.glusterfs",
        "fuse.gvfsd-fuse",
        "fuse.smbnetfs",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW


def network_warning(path: Path) -> str | None:
    """The warning for a database file at `path` on a network share, else None."""
    where = network_location(path)
    if where is None:
        return None
    message = translate(
        "location",
        "The database {path} is {where}. SQLite's file locking is not safe over a network: "
        "two computers writing at once can damage the database. Move the file to this "
        "computer's own disk, or let the office share a PostgreSQL server "
        "(--database postgresql+psycopg://…, see the README).",
    )
    return message.format(path=path, where=where)


def network_location(
    path: Path,
    *,
    platform: str | None = None,
    mountinfo: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """How `path` is remote ("on the network share \\\\server\\share", "on a network
    file system (nfs4, mounted at /mnt/x)"), or None when it is local or unknown.

    The keywords replace what is read from the running system, for tests."""
    platform = platform or sys.platform
    if platform == "win32":
        return _windows_location(str(path), drive_type)
    if platform.startswith("linux"):
        if mountinfo is None:
            try:
                mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8")
            except OSError:
                return None
        return _linux_location(os.path.realpath(path), mountinfo)
    return None


def _windows_location(text: str, drive_type: Callable[[str], int] | None) -> str | None:
    share = unc_share(text)
    if share is not None:
        return translate("location", "on the network share {share}").format(share=share)
    drive = PureWindowsPath(text.replace("/", "\\")).drive
    if len(drive) == 2 and drive[1] == ":":
        kind = (drive_type or _drive_type)(drive + "\\")
        if kind == DRIVE_REMOTE:
            return translate("location", "on the network drive {drive}").format(drive=drive.upper())
    return None


def unc_share(text: str) -> str | None:
    """`\\\\server\\share` of a UNC path (also written with slashes, or as
    `\\\\?\\UNC\\server\\share`), else None. `\\\\?\\C:\\…` and `\\\\.\\…` are local."""
    text = text.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[len("\\\\?\\UNC\\") :]
    elif text.startswith(("\\\\?\\", "\\\\.\\")) or not text.startswith("\\\\"):
        return None
    parts = [part for part in text[2:].split("\\") if part]
    if len(parts) < 2:
        return None
    return f"\\\\{parts[0]}\\{parts[1]}"


def _drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


def _linux_location(path: str, mountinfo: str) -> str | None:
    """The mount holding `path` is the one with the longest mount point above it."""
    best: tuple[str, str] | None = None
    for line in mountinfo.splitlines():
        fields = line.split()
        if " - " not in line or len(fields) < 5:
            continue
        mount_point = _unescape(fields[4])
        after = line.split(" - ", 1)[1].split()
        if not after:
            continue
        if _is_under(path, mount_point) and (best is None or len(mount_point) >= len(best[0])):
            best = (mount_point, after[0])
    if best is None or best[1] not in NETWORK_FILE_SYSTEMS:
        return None
    return translate("location", "on a network file system ({kind}, mounted at {folder})").format(
        kind=best[1], folder=best[0]
    )


def _is_under(path: str, mount_point: str) -> bool:
    if mount_point == "/":
        return path.startswith("/")
    return path == mount_point or path.startswith(mount_point.rstrip("/") + "/")


def _unescape(field: str) -> str:
    # mountinfo writes space, tab, newline and backslash as octal escapes (\040).
    out, index = [], 0
    while index < len(field):
        if field[index] == "\\" and field[index + 1 : index + 4].isdigit():
            out.append(chr(int(field[index + 1 : index + 4], 8)))
            index += 4
        else:
            out.append(field[index])
            index += 1
    return "".join(out)
