"""The Windows delivery, as far as Linux can tell: the spec, the lock files, the installer.

The slow tests build installer/samverkan.spec with PyInstaller, exactly as the
Windows workflow does, and run the bundle: a spec that misses a module, a data
file or a migration fails here before it reaches Windows. The fast ones read
the lock files and the installer script.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import app

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "samverkan.spec"
BUILD_TIMEOUT_S = 1200
RUN_TIMEOUT_S = 300
# A user folder as the issue names it: a space and letters beyond ASCII.
USER_FOLDER = "Åsa Öberg"
EXE = ".exe" if sys.platform == "win32" else ""


def _load_version_info() -> ModuleType:
    # installer/ is not a package: load the helper the spec loads, from its file.
    spec = importlib.util.spec_from_file_location(
        "installer_version_info", INSTALLER / "version_info.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


version_info = _load_version_info()


# --- version -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("2", (2, 0, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("1.2.0rc1", (1, 2, 0, 0)),
        ("2026.11.26.post1", (2026, 11, 26, 0)),
    ],
)
def test_windows_keeps_four_numbers_of_the_version(
    version: str, numbers: tuple[int, int, int, int]
) -> None:
    assert version_info.numeric_version(version) == numbers


@pytest.mark.parametrize("version", ["dev", "70000.1"])
def test_a_version_windows_cannot_hold_is_refused(version: str) -> None:
    with pytest.raises(ValueError, match="version"):
        version_info.numeric_version(version)


def test_the_build_carries_the_version_the_program_reports() -> None:
    # pyproject.toml's version goes into the executables and the installer;
    # app.__version__ is what `samverkan --version` and the window show.
    assert version_info.read().version == app.__version__


# --- lock files ----------------------------------------------------------------


def _pins(lock: Path) -> dict[str, str]:
    """name -> version of every `name==version` line, each required to carry a hash."""
    text = lock.read_text(encoding="utf-8")
    pins: dict[str, str] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        match = re.match(r"([A-Za-z0-9._-]+)==([^\s\\;]+)", block)
        if match is None:
            continue
        assert "--hash=sha256:" in block, f"{lock.name}: {match.group(1)} has no hash"
        pins[canonicalize_name(match.group(1))] = match.group(2)
    return pins


# The platform each lock file is for, as requirement markers see it.
WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}
LINUX = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"}


def _wanted(extras: tuple[str, ...], platform: dict[str, str]) -> list[Requirement]:
    """What pyproject.toml (with `extras`) and build-requirements.in ask for on `platform`."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    build = (INSTALLER / "build-requirements.in").read_text(encoding="utf-8").splitlines()
    lines += [line for line in build if line.strip() and not line.startswith("#")]
    wanted = [Requirement(line) for line in lines]
    return [r for r in wanted if r.marker is None or r.marker.evaluate({**platform, "extra": ""})]


@pytest.mark.parametrize(
    ("lock", "extras", "platform"),
    [
        ("requirements-windows.txt", ("postgres",), WINDOWS),
        ("requirements-linux.txt", ("postgres", "test"), LINUX),
    ],
)
def test_the_lock_file_pins_what_pyproject_asks_for(
    lock: str, extras: tuple[str, ...], platform: dict[str, str]
) -> None:
    """A range changed in pyproject.toml without regenerating the lock fails here."""
    pins = _pins(INSTALLER / lock)
    stale = [
        f"{req.name}{req.specifier} (locked: {pins.get(canonicalize_name(req.name), 'missing')})"
        for req in _wanted(extras, platform)
        if canonicalize_name(req.name) not in pins
        or not req.specifier.contains(pins[canonicalize_name(req.name)], prereleases=True)
    ]
    assert not stale, f"regenerate installer/{lock} (installer/README.md): {stale}"
    assert "psycopg-binary" in pins  # psycopg[binary]: the extra's own package


# --- installer script ------------------------------------------------------------


def _section(script: str, name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[|\Z)", script, re.M | re.S)
    assert match is not None, f"no [{name}] section"
    return [
        line.strip()
        for line in match.group(1).splitlines()
        if line.strip() and not line.strip().startswith((";", "#"))
    ]


def test_the_uninstaller_deletes_nothing_outside_the_program_folder() -> None:
    """The user's database lives in %LOCALAPPDATA%\\Samverkan: an uninstall keeps it."""
    script = (INSTALLER / "samverkan.iss").read_text(encoding="utf-8")
    for section in ("UninstallDelete", "InstallDelete"):
        for entry in _section(script, section):
            name = re.search(r'Name:\s*"([^"]*)"', entry)
            assert name is not None, entry
            where = name.group(1)
            assert where.startswith("{app}"), f"[{section}] reaches outside {{app}}: {entry}"


def test_the_installer_packs_the_bundle_the_spec_builds() -> None:
    script = (INSTALLER / "samverkan.iss").read_text(encoding="utf-8")
    assert 'Source: "..\\dist\\Samverkan\\*"' in script
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in script
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name="Samverkan"' in spec  # COLLECT's folder under dist/
    assert '#define MyAppExeName "Samverkan.exe"' in script
    assert 'executable("Samverkan", console=False' in spec


# --- the bundle --------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """dist/Samverkan/ of a fresh PyInstaller build of the spec (once per module)."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed: pip install -r installer/requirements-linux.txt")
    if shutil.which("objcopy") is None or shutil.which("objdump") is None:
        pytest.fail("PyInstaller on Linux needs objcopy and objdump: apt-get install binutils")
    where = tmp_path_factory.mktemp("pyinstaller")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(where / "dist"),
        "--workpath",
        str(where / "work"),
        str(SPEC),
    ]
    result = subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(where / "config")},
    )
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stderr[-6000:]}"
    yield where / "dist" / "Samverkan"
    shutil.rmtree(where, ignore_errors=True)


def _run(
    executable: Path, *args: str, home: Path, lang: str = "C.UTF-8"
) -> subprocess.CompletedProcess[str]:
    """The bundle as a user starts it: no Python environment, a home of its own."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "SAMVERKAN_", "LC_", "LANGUAGE"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(home / "run"),
        TMPDIR=str(home / "tmp"),
        QT_QPA_PLATFORM="offscreen",
        LANG=lang,
        LC_ALL=lang,
    )
    for folder in ("run", "tmp"):
        (home / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
    return subprocess.run(
        [str(executable), *args],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=RUN_TIMEOUT_S,
    )


@pytest.fixture(scope="module")
def moved(bundle: Path) -> Path:
    """A copy of the bundle in a user folder with a space and non-ASCII letters:
    it must not depend on where it was built."""
    target = bundle.parent.parent / USER_FOLDER / "Samverkan test"
    shutil.copytree(bundle, target, symlinks=True)
    return target


@pytest.mark.slow
def test_the_bundle_holds_its_resources_and_migrations(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (bundle / f"Samverkan{EXE}").is_file()
    assert (bundle / f"samverkan-cli{EXE}").is_file()
    for relative in (
        "resources/icons/samverkan.svg",
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/cap/CAP-v1.2.xsd",
        "app/storage/migrations/env.py",
        "app/storage/migrations/script.py.mako",
    ):
        assert (internal / relative).is_file(), relative
    shipped = {p.name for p in (internal / "app/storage/migrations/versions").glob("*.py")}
    source = {p.name for p in (ROOT / "app/storage/migrations/versions").glob("*.py")}
    assert shipped == source


@pytest.mark.slow
def test_the_bundle_opens_a_database_and_writes_a_briefing(moved: Path, tmp_path: Path) -> None:
    """From a folder named like C:\\Users\\Åsa Öberg: migrations, fonts, reportlab."""
    cli = moved / f"samverkan-cli{EXE}"
    home = tmp_path / USER_FOLDER
    database = home / "Mina dokument" / "lägesdata.db"
    database.parent.mkdir(parents=True)

    version = _run(cli, "--version", home=home)
    assert (version.returncode, version.stdout.strip()) == (0, f"Samverkan {app.__version__}")

    settings = _run(cli, "--database", str(database), "settings", home=home)
    assert settings.returncode == 0, settings.stderr
    assert "retention_years" in settings.stdout

    pdf = home / "Mina dokument" / "lägesbild.pdf"
    briefing = _run(
        cli,
        *("--database", str(database), "briefing", "--from", "2026-11-01", "--to", "2026-11-30"),
        *("--out", str(pdf)),
        home=home,
    )
    assert briefing.returncode == 0, briefing.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.slow
def test_the_bundle_passes_its_self_test(moved: Path, tmp_path: Path) -> None:
    """`samverkan-cli self-test` from a user folder like Åsa Öberg's: exit 0, every check ok."""
    cli = moved / f"samverkan-cli{EXE}"
    result = _run(cli, "self-test", home=tmp_path / USER_FOLDER)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    # app.selftest: "ok   <check>: <detail>" per check, then "self-test passed: ...".
    checks = {line.split()[1].rstrip(":"): line.split()[0] for line in lines[:-1]}
    assert set(checks.values()) == {"ok"}, report
    assert {"resources", "database", "briefing", "cap", "cleanup"} <= set(checks), report
    assert lines[-1].startswith("self-test passed"), report


@pytest.mark.slow
def test_the_bundle_speaks_swedish_on_a_swedish_system(moved: Path, tmp_path: Path) -> None:
    """The catalogs and Qt's own Swedish travel in the bundle; the system's language is read."""
    internal = moved / "_internal"
    assert (internal / "resources/translations/sv/ui.ts").is_file()
    assert list(internal.rglob("qtbase_sv.qm")), "Qt's Swedish is not in the bundle"
    cli = moved / f"samverkan-cli{EXE}"
    result = _run(cli, "self-test", home=tmp_path / USER_FOLDER, lang="sv_SE.UTF-8")
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "svenska texter" in report and "självtestet lyckades" in report, report
    assert "Läget, Händelser" in report, report  # the pages, from Qt's side
    english = _run(cli, "--help", home=tmp_path / USER_FOLDER)
    assert "usage:" in english.stdout, english.stdout
