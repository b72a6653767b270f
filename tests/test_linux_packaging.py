"""packaging/linux: install.sh and uninstall.sh, staged under DESTDIR as IT would run them
on 30 PCs (township IT found no install story for Linux)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.app import autostart

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "packaging" / "linux"
PREFIX = "/opt/desk"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux scripts")


def _bundle(where: Path, version: str = "0.1.0") -> Path:
    """A stand-in for dist/desk: its desk-cli answers --version and `policy check`."""
    bundle = where / "desk"
    (bundle / "_internal" / "resources" / "icons").mkdir(parents=True)
    (bundle / "_internal" / "resources" / "icons" / "desk.svg").write_text("<svg/>", "utf-8")
    (bundle / "desk").write_text("#!/bin/sh\nexit 0\n", "utf-8")
    (bundle / "desk-cli").write_text(
        "#!/bin/sh\n"
        f'[ "$1" = --version ] && echo "desk {version}" && exit 0\n'
        '[ "$1" = policy ] && ! grep -q bad "$3" && echo ok && exit 0\n'
        'echo "$3: timezone: unknown time zone"; exit 1\n',
        "utf-8",
    )
    for program in ("desk", "desk-cli"):
        (bundle / program).chmod(0o755)
    return bundle


def _run(
    script: str, root: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DESTDIR": str(root), "HOMES": "/home", **(env or {})}
    return subprocess.run(
        ["sh", str(SCRIPTS / script), *args], capture_output=True, text=True, env=env, timeout=60
    )


def test_install_puts_desk_on_the_path_and_in_the_menu_and_upgrades_in_place(
    tmp_path: Path,
) -> None:
    root = tmp_path / "root"
    policy = tmp_path / "policy.toml"
    policy.write_text("accounts.demo = false\n", "utf-8")
    result = _run("install.sh", root, "--policy", str(policy), str(_bundle(tmp_path / "b1")))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == (
        f"desk install: desk 0.1.0 installed in {PREFIX} staged under {root} (desk and "
        "desk-cli in /usr/local/bin, menu entry desk)"
    )
    assert os.readlink(root / "usr/local/bin/desk") == f"{PREFIX}/desk"
    assert os.readlink(root / "usr/local/bin/desk-cli") == f"{PREFIX}/desk-cli"
    entry = (root / "usr/share/applications/desk.desktop").read_text("utf-8")
    assert f"Exec={PREFIX}/desk\n" in entry and "Icon=desk\n" in entry
    # The menu said just "desk" to a Chinese desktop (IT): named there in its words too.
    assert "\nName[zh_CN]=desk 政务消息\n" in entry and "\nName[zh_TW]=desk 政務訊息\n" in entry
    assert "\nGenericName[zh_CN]=政务消息\n" in entry and "\nName=desk\n" in entry
    assert (root / "usr/share/icons/hicolor/scalable/apps/desk.svg").exists()
    assert (root / "etc/desk/policy.toml").read_text("utf-8") == "accounts.demo = false\n"
    # Upgraded in place: the same path, so each user's login entry still names it.
    again = _run("install.sh", root, str(_bundle(tmp_path / "b2", "0.2.0")))
    assert again.returncode == 0, again.stderr
    assert "desk 0.2.0" in (root / "opt/desk/desk-cli").read_text("utf-8")
    assert sorted(p.name for p in (root / "opt").iterdir()) == ["desk"]


def test_install_refuses_a_policy_with_problems_and_changes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "root"
    policy = tmp_path / "policy.toml"
    policy.write_text('timezone = "bad"\n', "utf-8")
    result = _run("install.sh", root, "--policy", str(policy), str(_bundle(tmp_path)))
    assert result.returncode == 1
    # On stderr, where IT's deployment tool looks, not among the script's own lines.
    assert f"{policy}: timezone: unknown time zone" in result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"desk install: {policy} has problems (above): not installed"
    )
    assert not root.exists()
    not_a_bundle = _run("install.sh", root, str(tmp_path))
    assert not_a_bundle.returncode == 1 and "is no desk bundle" in not_a_bundle.stderr


def test_uninstall_removes_the_program_and_its_login_entries_and_keeps_data(
    tmp_path: Path,
) -> None:
    root = tmp_path / "root"
    policy = tmp_path / "policy.toml"
    policy.write_text("accounts.demo = false\n", "utf-8")
    assert _run("install.sh", root, "--policy", str(policy), str(_bundle(tmp_path))).returncode == 0
    homes = root / "home"
    ours = [f"{PREFIX}/desk", "gui", "--data-dir", "/home/li wei/.local/share/desk"]
    for user, command in (("li wei", ours), ("zhou", ["/home/zhou/desk/desk", "gui"])):
        entry = homes / user / ".config" / "autostart" / "desk.desktop"
        entry.parent.mkdir(parents=True)
        entry.write_text(f"[Desktop Entry]\nExec={autostart._desktop_exec(command)}\n", "utf-8")
    data = homes / "li wei" / ".local" / "share" / "desk"
    data.mkdir(parents=True)

    result = _run("uninstall.sh", root)
    assert result.returncode == 0, result.stderr
    assert not (root / "opt/desk").exists()
    assert not (root / "usr/local/bin/desk").is_symlink()
    assert not (root / "usr/share/applications/desk.desktop").exists()
    assert not (homes / "li wei/.config/autostart/desk.desktop").exists()
    assert (homes / "zhou/.config/autostart/desk.desktop").exists(), "another desk's: kept"
    assert data.exists() and (root / "etc/desk/policy.toml").exists()
    assert _run("uninstall.sh", root, "--policy").returncode == 0
    assert not (root / "etc/desk").exists()


@pytest.mark.parametrize("script", ["install.sh", "uninstall.sh"])
def test_help_prints_the_scripts_comment_and_no_line_of_code(script: str) -> None:
    # IT found `set -eu` at the end of both helps.
    result = subprocess.run(
        ["sh", str(SCRIPTS / script), "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1].startswith(("DESTDIR", "PREFIX"))
    assert "set -eu" not in result.stdout and not result.stdout.startswith("#")


def test_uninstall_help_says_one_order_for_the_keychain_and_the_data_dir() -> None:
    said = subprocess.run(
        ["sh", str(SCRIPTS / "uninstall.sh"), "--help"], capture_output=True, text=True
    ).stdout
    # "before or after this script", then "run it before this script".
    assert "before or after" not in said
    assert "the first before this script (it needs desk-cli)" in said


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="installs as root")
def test_install_under_a_sharedir_of_its_own_says_nothing_on_stderr(tmp_path: Path) -> None:
    # No DESTDIR, as IT ran it: the icon and menu caches are then updated, and
    # gtk-update-icon-cache said "No theme index file." of a SHAREDIR without a theme.
    tools = tmp_path / "tools"
    tools.mkdir()
    cache = tools / "gtk-update-icon-cache"
    cache.write_text(
        '#!/bin/sh\n[ -f "$2/index.theme" ] || { echo "$2: No theme index file." >&2; exit 1; }\n',
        "utf-8",
    )
    cache.chmod(0o755)
    places = {
        "PREFIX": str(tmp_path / "pfx" / "desk"),
        "BINDIR": str(tmp_path / "bin"),
        "SHAREDIR": str(tmp_path / "share"),
    }
    env = {**os.environ, **places, "DESTDIR": "", "PATH": f"{tools}:{os.environ['PATH']}"}
    result = subprocess.run(
        ["sh", str(SCRIPTS / "install.sh"), str(_bundle(tmp_path / "b"))],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stderr == ""
    assert (tmp_path / "share/icons/hicolor/scalable/apps/desk.svg").exists()


def _small_disk(where: Path, size_kb: int) -> Path:
    """A file system of `size_kb` mounted at `where` (tmpfs: needs root, as the tests run
    in CI); unmounted at the test's end by the caller's finaliser."""
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(where)],
        capture_output=True,
        timeout=30,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    return where


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    disk = _small_disk(tmp_path / "small", 512)
    yield disk
    subprocess.run(["umount", str(disk)], timeout=30)


def test_install_on_a_disk_too_small_for_the_bundle_writes_nothing(
    tmp_path: Path, small_disk: Path
) -> None:
    # IT: `cp: … No space left on device`, rc 1, /opt/desk.new left filling the disk to
    # 100 %, and no line saying nothing was installed.
    bundle = _bundle(tmp_path / "b")
    (bundle / "_internal" / "big.so").write_bytes(os.urandom(1024 * 1024))
    result = _run("install.sh", small_disk, str(bundle))
    assert result.returncode == 1
    last = result.stderr.splitlines()[-1]
    assert last.startswith("desk install: not installed: the bundle needs ")
    assert f"the disk of {small_disk}/opt/desk has " in last
    assert "No space left" not in result.stderr, "refused before copying"
    assert list(small_disk.iterdir()) == []


def test_an_install_whose_copy_fails_leaves_no_half_copy_and_says_not_installed(
    tmp_path: Path,
) -> None:
    # The disk filling meanwhile (another program writing), as a `cp` that copies and
    # then fails stands in for it.
    tools = tmp_path / "tools"
    tools.mkdir()
    (tools / "cp").write_text(
        '#!/bin/sh\n/bin/cp "$@"\necho "cp: error writing: No space left on device" >&2\nexit 1\n',
        "utf-8",
    )
    (tools / "cp").chmod(0o755)
    root = tmp_path / "root"
    assert _run("install.sh", root, str(_bundle(tmp_path / "b1"))).returncode == 0
    env = {"PATH": f"{tools}:{os.environ['PATH']}"}
    result = _run("install.sh", root, str(_bundle(tmp_path / "b2", "0.2.0")), env=env)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        f"desk install: not installed: copying the bundle to {PREFIX}.new failed (above); "
        f"{PREFIX} is as it was"
    )
    assert sorted(p.name for p in (root / "opt").iterdir()) == ["desk"]
    assert "desk 0.1.0" in (root / "opt/desk/desk-cli").read_text("utf-8")


@pytest.mark.parametrize("script", ["uninstall.sh", "install.sh"])
def test_a_desk_running_from_the_install_is_named_and_left_alone_unless_forced(
    tmp_path: Path, script: str
) -> None:
    # IT uninstalled (and upgraded) under a running desk: it lost its triage helper and
    # retried for ever (整理新消息失败，25 秒后自动重试).
    bundle = _bundle(tmp_path / "b")
    (bundle / "desk").unlink()
    shutil.copy("/bin/sleep", bundle / "desk")  # a program of its own, as the real desk is
    root = tmp_path / "root"
    assert _run("install.sh", root, str(bundle)).returncode == 0
    running = subprocess.Popen([str(root / "opt/desk/desk"), "60"])
    try:
        args = [str(_bundle(tmp_path / "b2", "0.2.0"))] if script == "install.sh" else []
        refused = _run(script, root, *args)
        assert refused.returncode == 1
        verb = "not installed" if script == "install.sh" else "nothing removed"
        assert refused.stderr.splitlines() == [
            f"desk {script.removesuffix('.sh')}: desk is running from {PREFIX} (process "
            f"{running.pid} of root): ask its users to quit desk, or run this again with "
            f"--force; {verb}"
        ]
        assert (root / "opt/desk/desk").exists()
        assert "desk 0.1.0" in (root / "opt/desk/desk-cli").read_text("utf-8")
        forced = _run(script, root, "--force", *args)
        assert forced.returncode == 0, forced.stderr
        if script == "install.sh":
            assert "desk 0.2.0" in (root / "opt/desk/desk-cli").read_text("utf-8")
        else:
            assert not (root / "opt/desk").exists()
    finally:
        running.kill()
        running.wait()


def test_the_menu_entry_of_a_prefix_with_a_space_starts_desk(tmp_path: Path) -> None:
    # PREFIX="/opt/县 政府/desk": the menu entry said Exec=/opt/县 政府/desk/desk, which
    # the desktop runs as the program /opt/县 with an argument, and desk never started.
    import shlex

    prefix = "/opt/县 政府/desk"
    root = tmp_path / "root"
    result = _run("install.sh", root, str(_bundle(tmp_path / "b")), env={"PREFIX": prefix})
    assert result.returncode == 0, result.stderr
    entry = (root / "usr/share/applications/desk.desktop").read_text("utf-8")
    (line,) = [line for line in entry.splitlines() if line.startswith("Exec=")]
    # As the Desktop Entry spec reads it: the file's escapes, %%, then the quoting.
    value = line.removeprefix("Exec=").replace("\\\\", "\\").replace("%%", "%")
    assert shlex.split(value) == [f"{prefix}/desk"]
    assert os.readlink(root / "usr/local/bin/desk") == f"{prefix}/desk"


def _autostart(homes: Path, user: str, command: list[str]) -> Path:
    """A user's start-at-login entry as desk.app.autostart writes it."""
    entry = homes / user / ".config" / "autostart" / "desk.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text(f"[Desktop Entry]\nExec={autostart._desktop_exec(command)}\n", "utf-8")
    return entry


@pytest.mark.parametrize("prefix", ["/opt/县[1]/desk", '/opt/县 "政府" $1 %d\\x/desk'])
def test_uninstall_reads_the_prefix_in_login_entries_as_it_is_not_as_a_pattern(
    tmp_path: Path, prefix: str
) -> None:
    # PREFIX=/opt/县[1]/desk: its users' entries were kept (grep read [1] as a pattern
    # for "1"), and /opt/县1/desk's, another desk's, went. Quoted and escaped in the
    # entry where the path holds a space or a reserved character.
    root = tmp_path / "root"
    env = {"PREFIX": prefix}
    assert _run("install.sh", root, str(_bundle(tmp_path / "b")), env=env).returncode == 0
    homes = root / "home"
    ours = _autostart(homes, "li", [f"{prefix}/desk", "gui"])
    theirs = _autostart(homes, "zhou", ["/opt/县1/desk/desk", "gui"])
    result = _run("uninstall.sh", root, env=env)
    assert result.returncode == 0, result.stderr
    assert not ours.exists()
    assert theirs.exists(), "another desk's: kept"


def test_uninstall_reads_a_login_entry_whose_last_line_has_no_newline(tmp_path: Path) -> None:
    # An entry edited by hand and saved without the final newline, its Exec= last: the
    # shell's read drops such a line, and the entry stayed behind (a reviewer).
    root = tmp_path / "root"
    assert _run("install.sh", root, str(_bundle(tmp_path / "b"))).returncode == 0
    entry = _autostart(root / "home", "li", ["/opt/desk/desk", "gui"])
    entry.write_text(entry.read_text("utf-8").rstrip("\n"), "utf-8")
    result = _run("uninstall.sh", root)
    assert result.returncode == 0, result.stderr
    assert not entry.exists()


def test_uninstall_finds_an_install_under_a_linked_folder(tmp_path: Path) -> None:
    # /opt a link to /data/opt: a desk running from the install is /data/opt/desk/desk in
    # /proc, and its login entry names the program so too (desk writes the path it runs
    # from); neither was found under /opt/desk, and uninstall removed it from under it.
    root = tmp_path / "root"
    (root / "data" / "opt").mkdir(parents=True)
    (root / "opt").symlink_to(root / "data" / "opt")
    bundle = _bundle(tmp_path / "b")
    (bundle / "desk").unlink()
    shutil.copy("/bin/sleep", bundle / "desk")
    assert _run("install.sh", root, str(bundle)).returncode == 0
    ours = _autostart(root / "home", "li", ["/data/opt/desk/desk", "gui"])
    running = subprocess.Popen([str(root / "opt/desk/desk"), "60"])
    try:
        refused = _run("uninstall.sh", root)
        assert refused.returncode == 1
        assert f"(process {running.pid} of root)" in refused.stderr
        assert (root / "data/opt/desk/desk").exists()
    finally:
        running.kill()
        running.wait()
    result = _run("uninstall.sh", root)
    assert result.returncode == 0, result.stderr
    assert not (root / "data/opt/desk").exists()
    assert not ours.exists()


def test_both_scripts_find_running_desks_alike() -> None:
    # Each script carries its own copy (IT copies install.sh alone to each PC, see the
    # README): one fixed and not the other let uninstall remove a desk install refused.
    def running_from(script: str) -> str:
        text = (SCRIPTS / script).read_text("utf-8")
        start = text.index("# The processes running a program of the install")
        return text[start : text.index("\n}\n", start)]

    assert running_from("install.sh") == running_from("uninstall.sh")
