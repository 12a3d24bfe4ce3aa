"""A database on a network share is found and named, on Linux from mountinfo and on
Windows from UNC paths and mapped network drives."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.settings import sqlite_url
from app.storage import location
from app.storage.database import open_database

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
35 22 0:31 / /home rw,relatime shared:2 - ext4 /dev/sda2 rw
40 22 0:40 / /mnt/kontor rw,relatime shared:20 - cifs //filserver/kontor rw,vers=3.1.1
41 40 0:41 / /mnt/kontor/lokal rw,relatime shared:21 - ext4 /dev/sdb1 rw
42 22 0:42 / /srv/nfs rw,relatime shared:22 - nfs4 server:/export rw
43 22 0:43 / /home/anna/fjärr\\040mapp rw,nosuid shared:23 - fuse.sshfs anna@host: rw
44 22 0:44 / /mnt/wsl rw - 9p drvfs rw
45 22 0:45 / /srv/nfs rw - tmpfs tmpfs rw
"""


@pytest.mark.parametrize(
    ("path", "found"),
    [
        ("/home/anna/samverkan.db", None),
        ("/mnt/kontor/samverkan.db", "on a network file system (cifs, mounted at /mnt/kontor)"),
        ("/mnt/kontor/djup/mapp/s.db", "on a network file system (cifs, mounted at /mnt/kontor)"),
        ("/mnt/kontor/lokal/s.db", None),  # a local disk mounted inside the share
        ("/mnt/kontorlokal/s.db", None),  # a name that only starts like the mount point
        ("/srv/nfs/s.db", None),  # the later mount over the same point wins
        (
            "/home/anna/fjärr mapp/s.db",
            "on a network file system (fuse.sshfs, mounted at /home/anna/fjärr mapp)",
        ),
        ("/mnt/wsl/s.db", "on a network file system (9p, mounted at /mnt/wsl)"),
    ],
)
def test_linux_finds_the_file_system_that_holds_the_path(path: str, found: str | None) -> None:
    assert location.network_location(Path(path), platform="linux", mountinfo=MOUNTINFO) == found


def test_linux_nfs_is_found() -> None:
    info = "42 22 0:42 / /srv/nfs rw,relatime shared:22 - nfs4 server:/export rw\n" + (
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw"
    )
    where = location.network_location(Path("/srv/nfs/x.db"), platform="linux", mountinfo=info)
    assert where == "on a network file system (nfs4, mounted at /srv/nfs)"


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("\\\\filserver\\kontor\\samverkan.db", "\\\\filserver\\kontor"),
        ("//filserver/kontor/data/samverkan.db", "\\\\filserver\\kontor"),
        ("\\\\?\\UNC\\filserver\\kontor\\s.db", "\\\\filserver\\kontor"),
        ("\\\\?\\C:\\Users\\anna\\s.db", None),
        ("\\\\.\\pipe\\x", None),
        ("C:\\Users\\anna\\s.db", None),
        ("\\\\filserver", None),
    ],
)
def test_unc_paths_are_shares(text: str, share: str | None) -> None:
    assert location.unc_share(text) == share


def test_windows_says_which_share_or_drive() -> None:
    def drive_type(root: str) -> int:
        return location.DRIVE_REMOTE if root.upper() == "Z:\\" else 3  # DRIVE_FIXED

    def where(text: str) -> str | None:
        return location.network_location(Path(text), platform="win32", drive_type=drive_type)

    assert where("\\\\filserver\\kontor\\s.db") == "on the network share \\\\filserver\\kontor"
    assert where("z:\\samverkan\\s.db") == "on the network drive Z:"
    assert where("C:\\Users\\anna\\s.db") is None


def test_elsewhere_nothing_is_said() -> None:
    assert location.network_location(Path("/Volumes/x/s.db"), platform="darwin") is None


def test_a_database_on_a_share_opens_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(tmp_path.resolve())
    fake = f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n50 22 0:50 / {folder} rw - nfs4 srv:/x rw\n"
    real = location.network_location

    def faked(path: Path, **_: object) -> str | None:
        return real(path, platform="linux", mountinfo=fake)

    monkeypatch.setattr(location, "network_location", faked)
    said: list[str] = []
    db = open_database(sqlite_url(tmp_path / "s.db"), account="tester", report=said.append)
    try:
        assert len(db.notices) == 1 and said == list(db.notices)
        notice = db.notices[0]
        assert f"on a network file system (nfs4, mounted at {folder})" in notice
        assert "locking is not safe" in notice
        assert "PostgreSQL" in notice
    finally:
        db.close()


def test_a_local_database_opens_without_notices(tmp_path: Path) -> None:
    said: list[str] = []
    db = open_database(sqlite_url(tmp_path / "s.db"), account="tester", report=said.append)
    db.close()
    assert (db.notices, said) == ((), [])
