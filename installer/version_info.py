"""The version and names of the build, read from pyproject.toml.

One source for the version: the spec puts it in the executables' Windows
VERSIONINFO (Explorer's Details tab, software inventories), and the workflow
prints it for the installer (`iscc /DMyAppVersion=...`):

    python installer/version_info.py            # 0.1.0
    python installer/version_info.py --numeric  # 0.1.0.0 (Windows' four numbers)
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
PRODUCT = "Samverkan"
# The publisher shown by Windows; the municipality building it may name itself.
COMPANY_ENV = "SAMVERKAN_COMPANY"
DEFAULT_COMPANY = "The municipality's safety office"
_LEADING_NUMBERS = re.compile(r"^(\d+(?:\.\d+){0,3})")


@dataclass(frozen=True)
class BuildInfo:
    version: str  # as in pyproject.toml, e.g. "0.1.0" or "1.2.0rc1"
    numbers: tuple[int, int, int, int]  # VERSIONINFO wants four 16-bit numbers
    description: str
    licence: str
    company: str


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows keeps of a version: "1.2.0rc1" -> (1, 2, 0, 0)."""
    match = _LEADING_NUMBERS.match(version)
    if not match:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(part) for part in match.group(1).split(".")]
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"version {version!r}: Windows keeps numbers up to 65535")
    padded = (*numbers, 0, 0, 0)
    return padded[0], padded[1], padded[2], padded[3]


def read(pyproject: Path = PYPROJECT) -> BuildInfo:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    version = str(project["version"])
    return BuildInfo(
        version=version,
        numbers=numeric_version(version),
        description=str(project.get("description", PRODUCT)),
        licence=str(project.get("license", "")),
        company=os.environ.get(COMPANY_ENV) or DEFAULT_COMPANY,
    )


def versioninfo(info: BuildInfo, exe_name: str, title: str) -> Any:
    """The VSVersionInfo resource PyInstaller writes into an executable.

    Windows only: PyInstaller's versioninfo module needs pefile, which it
    installs only there. `title` is the FileDescription, the name Task Manager
    shows for the process, so it stays short; the long description is Comments.
    """
    from PyInstaller.utils.win32 import versioninfo as vi

    strings = {
        "Comments": info.description,
        "CompanyName": info.company,
        "FileDescription": title,
        "FileVersion": info.version,
        "InternalName": exe_name,
        "LegalCopyright": f"Licence {info.licence}" if info.licence else PRODUCT,
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": info.version,
    }
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=info.numbers, prodvers=info.numbers),
        kids=[
            # 040904B0: US English, Unicode; the strings are the same in every language.
            vi.StringFileInfo(
                [vi.StringTable("040904B0", [vi.StringStruct(k, v) for k, v in strings.items()])]
            ),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )


def main(argv: list[str]) -> int:
    info = read()
    if argv == ["--numeric"]:
        print(".".join(str(n) for n in info.numbers))
    elif not argv:
        print(info.version)
    else:
        print("usage: version_info.py [--numeric]", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
