#!/usr/bin/env python3
"""Set up a development checkout and run desk or its tests.

    python3 dev.py demo     # set up, then start desk on the embedded demo workspace
    python3 dev.py test     # set up, then run the whole test suite (what CI runs)
    python3 dev.py bundle   # set up, build dist/desk with PyInstaller, self-test it (CI too)

Setting up means: a virtual environment in .venv with desk and what the command
needs of it (the demo: desk's own dependencies only; the tests: the test and build
extras too; the bundle: the build extra), the compiled translations, and (for the
tests, on Debian-like systems where we are root) the apt packages the tests use: a
real Secret Service (gnome-keyring) for the keychain tests.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".desk-installed"
# The optional dependencies (pyproject.toml) each command needs. The demo needs none: the
# test and build extras (matrix-synapse, Twisted, mypy, scikit-learn, PyInstaller) made
# its first start 1.4 GB and a minute and a half longer (an IT tester). The tests need
# the build extra too: tests/test_build_spec.py runs build.spec, which imports PyInstaller.
DEMO_EXTRAS: tuple[str, ...] = ()
TEST_EXTRAS = ("test", "build")
BUNDLE_EXTRAS = ("build",)
# What the stamp held before it remembered the extras: a digest of pyproject.toml and
# this, with every extra installed (a checkout set up then installs nothing more).
_OLD_STAMP_EXTRAS = "test,build"
TEST_APT_PACKAGES = (
    "gnome-keyring",
    "dbus-x11",
    "libegl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libpulse0",  # QtMultimedia (notification sounds) loads it
    "fonts-noto-cjk",  # Chinese glyphs: the sidebar's elision tests measure them
)
# What the window needs on a Linux desktop: every library Qt's X11 platform plugin links
# (`ldd libqxcb.so`; with libxcb-cursor0 alone a tester's fresh machine had no window,
# libxcb-icccm4 and libxcb-keysyms1 missing), Chinese glyphs, and the emoji of chat (👍,
# 🌹 showed as empty boxes without a font).
DEMO_APT_PACKAGES = (
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "fonts-noto-cjk",
    "fonts-noto-color-emoji",
)


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(*cmd: str | Path, **kwargs: object) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)  # type: ignore[call-overload]


def ensure_venv(extras: tuple[str, ...] = ()) -> None:
    """A .venv with desk and the optional dependencies `extras`. The stamp remembers which
    extras are in, for what pyproject.toml: `demo` after `test` installs nothing, `test`
    after `demo` adds the test extras, and a changed pyproject.toml reinstalls them all."""
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py runs on any python3)
        sys.exit("desk needs Python 3.11 or newer")
    if not PYTHON.exists():
        say("creating .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = _pyproject_digest()
    stamped_digest, installed = read_stamp()
    if stamped_digest == digest and set(extras) <= installed:
        return
    # What is in already comes along: updating desk's dependencies must not leave the
    # test tools of an earlier `test` on their old versions.
    wanted = sorted(installed | set(extras))
    if wanted:
        say(f"installing desk and its {' and '.join(wanted)} dependencies into .venv")
    else:
        say("installing desk and its dependencies into .venv")
    # No stamp while pip works: one cut short (Ctrl-C, the network) may have taken out a
    # dependency to put in another version, and the stamp of before would say all is in.
    STAMP.unlink(missing_ok=True)
    # -qq: errors only. At -q pip passes on setuptools' notice about editable installs (a
    # boxed "Please be careful…" that IT staff took for a failure) and warnings about the
    # machine's own pip configuration.
    run(PYTHON, "-m", "pip", "install", "-qq", "--upgrade", "pip")
    target = f"{ROOT}[{','.join(wanted)}]" if wanted else str(ROOT)
    run(PYTHON, "-m", "pip", "install", "-qq", "-e", target)
    STAMP.write_text(json.dumps({"pyproject": digest, "extras": wanted}))


def _pyproject_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def read_stamp() -> tuple[str, set[str]]:
    """The pyproject.toml digest the .venv was set up for ("" if none) and its extras."""
    try:
        text = STAMP.read_text()
    except OSError:
        return "", set()
    try:
        stamp = json.loads(text)
        return str(stamp["pyproject"]), set(stamp["extras"])
    except (ValueError, TypeError, KeyError):
        pass
    old = (ROOT / "pyproject.toml").read_bytes() + _OLD_STAMP_EXTRAS.encode()
    if text == hashlib.sha256(old).hexdigest():
        return _pyproject_digest(), set(_OLD_STAMP_EXTRAS.split(","))
    return "", set()


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


def setup(for_tests: bool, extras: tuple[str, ...]) -> None:
    if for_tests:
        ensure_apt_packages(TEST_APT_PACKAGES)
    ensure_venv(extras)
    compile_translations()


def demo(extra: list[str]) -> int:
    ensure_apt_packages(DEMO_APT_PACKAGES)
    setup(for_tests=False, extras=DEMO_EXTRAS)
    missing = missing_window_libraries()
    if missing:
        # Qt would abort with a hint that names one library, and no window.
        say(f"the window cannot start: these libraries are missing: {', '.join(missing)}")
        return 1
    return subprocess.call([str(BIN / "desk"), *extra])


def missing_window_libraries() -> list[str]:
    """The libraries Qt's X11 platform plugin links that this Linux machine lacks."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    found = subprocess.run(
        [str(PYTHON), "-c", "import PySide6, sys; sys.stdout.write(PySide6.__path__[0])"],
        capture_output=True,
        text=True,
    )
    plugin = Path(found.stdout) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if found.returncode != 0 or not plugin.exists():
        return []
    linked = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return sorted({line.split()[0] for line in linked.splitlines() if "not found" in line})


def test(extra: list[str]) -> int:
    setup(for_tests=True, extras=TEST_EXTRAS)
    checks = [
        [str(BIN / "ruff"), "check", "desk", "tests", "tools", "dev.py"],
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


def _with_secret_service(command: list[str], base_env: dict[str, str] | None = None) -> int:
    """Runs the tests on a private D-Bus with an unlocked gnome-keyring (a real Secret Service)."""
    home = Path(tempfile.mkdtemp(prefix="desk-test-home-"))
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **(os.environ if base_env is None else base_env),
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


def bundle(extra: list[str]) -> int:
    """Builds dist/desk from build.spec, then runs the frozen app the way IT would."""
    setup(for_tests=True, extras=BUNDLE_EXTRAS)
    dist, work = ROOT / "dist", ROOT / "build"
    say("pyinstaller build.spec")
    started = time.monotonic()
    built = subprocess.call(
        [str(PYTHON), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), *extra, str(ROOT / "build.spec")],
        cwd=ROOT,
    )  # fmt: skip
    seconds = time.monotonic() - started
    if built != 0:
        return built
    bundle_dir = dist / "desk"
    say(f"bundle {bundle_dir.relative_to(ROOT)}: {_size_mb(bundle_dir):.0f} MB, "
        f"built in {seconds:.0f} s")  # fmt: skip
    return _check_bundle(bundle_dir)


def _size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) / 2**20


def _check_bundle(bundle_dir: Path) -> int:
    """Frozen self-test (headless, then with a real Secret Service), then a demo sync."""
    exe = ".exe" if os.name == "nt" else ""
    desk, desk_cli = bundle_dir / f"desk{exe}", bundle_dir / f"desk-cli{exe}"
    internal = bundle_dir / "_internal"
    for needed in ("tzdata/zoneinfo/Asia/Shanghai", "resources/demo/workspace.json"):
        if not (internal / needed).is_file():
            say(f"FAIL: the bundle lacks {needed}")
            return 1
    scratch = Path(tempfile.mkdtemp(prefix="desk-bundle-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DESK_PASSPHRASE", None)
    env.pop("DESK_DATA_DIR", None)
    env.pop("DESK_POLICY_FILE", None)  # a clean machine has none: the check passes there
    try:
        say("desk selftest (frozen, offscreen)")
        if subprocess.call([str(desk), "selftest", "--data-dir", str(scratch / "a")], env=env):
            return 1
        if (
            sys.platform.startswith("linux")
            and shutil.which("dbus-run-session")
            and shutil.which("gnome-keyring-daemon")
        ):
            say("desk-cli selftest (frozen, with a Secret Service)")
            selftest = [str(desk_cli), "selftest", "--data-dir", str(scratch / "b")]
            if _with_secret_service(selftest, env):
                return 1
        say("desk sync --once / desk inbox --json (frozen, demo workspace)")
        smoke = {**env, "DESK_PASSPHRASE": "bundle-smoke-test"}
        data = ["--data-dir", str(scratch / "c")]
        if subprocess.call([str(desk), "sync", "--once", *data], env=smoke):
            return 1
        inbox = subprocess.run(
            [str(desk), "inbox", "--json", *data], env=smoke, capture_output=True, text=True
        )
        lines = inbox.stdout.splitlines()
        if inbox.returncode != 0 or not lines:
            say(f"FAIL: desk inbox --json gave {len(lines)} lines: {inbox.stderr.strip()}")
            return 1
        first = json.loads(lines[0])
        say(f"inbox: {len(lines)} messages, first {first['id']} ({first['tier']})")
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


COMMANDS = {"demo": demo, "test": test, "bundle": bundle}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
