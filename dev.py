#!/usr/bin/env python3
"""Set up a development checkout and run desk or its tests.

    python3 dev.py demo   # set up, then start desk on the embedded demo workspace
    python3 dev.py test   # set up, then run the whole test suite (what CI runs)

Setting up means: a virtual environment in .venv with desk and its test
dependencies, the compiled translations, and (for the tests, on Debian-like
systems where we are root) the apt packages the tests use: a real Secret
Service (gnome-keyring) for the keychain tests.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".desk-installed"
TEST_APT_PACKAGES = ("gnome-keyring", "dbus-x11", "libegl1", "libxkbcommon0", "libfontconfig1")


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(*cmd: str | Path, **kwargs: object) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)  # type: ignore[call-overload]


def ensure_venv() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py runs on any python3)
        sys.exit("desk needs Python 3.11 or newer")
    if not PYTHON.exists():
        say("creating .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    say("installing desk and its test dependencies into .venv")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]")
    STAMP.write_text(wanted)


def compile_translations() -> None:
    lrelease = BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    for ts in sorted((ROOT / "translations").glob("desk_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        run(lrelease, "-silent", ts, "-qm", qm)


def ensure_apt_packages(packages: tuple[str, ...]) -> None:
    if not sys.platform.startswith("linux") or shutil.which("apt-get") is None:
        return
    missing = [
        p
        for p in packages
        if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0
    ]
    if not missing:
        return
    if os.geteuid() != 0:
        say(f"please install: sudo apt-get install {' '.join(missing)}")
        return
    say(f"installing {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run("apt-get", "update", "-qq", env=env, stdout=subprocess.DEVNULL)
    run("apt-get", "install", "-y", "-qq", *missing, env=env, stdout=subprocess.DEVNULL)


def setup(for_tests: bool) -> None:
    if for_tests:
        ensure_apt_packages(TEST_APT_PACKAGES)
    ensure_venv()
    compile_translations()


def demo(extra: list[str]) -> int:
    setup(for_tests=False)
    return subprocess.call([str(BIN / "desk"), *extra])


def test(extra: list[str]) -> int:
    setup(for_tests=True)
    checks = [
        [str(BIN / "ruff"), "check", "desk", "tests", "dev.py"],
        [str(BIN / "lint-imports")],
        [str(BIN / "mypy")],
    ]
    for check in checks:
        say(" ".join(Path(check[0]).name if i == 0 else c for i, c in enumerate(check)))
        if subprocess.call(check, cwd=ROOT) != 0:
            return 1
    pytest = [str(PYTHON), "-m", "pytest", *extra]
    if (
        sys.platform.startswith("linux")
        and shutil.which("dbus-run-session")
        and shutil.which("gnome-keyring-daemon")
    ):
        return _with_secret_service(pytest)
    return subprocess.call(pytest, cwd=ROOT)


def _with_secret_service(command: list[str]) -> int:
    """Runs the tests on a private D-Bus with an unlocked gnome-keyring (a real Secret Service)."""
    home = Path(tempfile.mkdtemp(prefix="desk-test-home-"))
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "DESK_TEST_KEYCHAIN": "1",
    }
    script = (
        "echo -n desk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
        'exec "$@"'
    )
    try:
        return subprocess.call(
            ["dbus-run-session", "--", "sh", "-c", script, "sh", *command], cwd=ROOT, env=env
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("demo", "test"):
        print(__doc__)
        return 2
    command, extra = sys.argv[1], sys.argv[2:]
    return demo(extra) if command == "demo" else test(extra)


if __name__ == "__main__":
    sys.exit(main())
