"""dev.py's .venv: each command installs what it needs, once (an IT tester's `dev.py demo`
installed the test and build tools too: 1.4 GB before the window)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import dev


@pytest.fixture
def installs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The `pip install -e` targets dev.py runs, into a scratch .venv (never the real one)."""
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    python = venv / "bin" / "python"
    python.touch()
    monkeypatch.setattr(dev, "VENV", venv)
    monkeypatch.setattr(dev, "PYTHON", python)
    monkeypatch.setattr(dev, "STAMP", venv / ".desk-installed")
    root = tmp_path / "checkout"
    root.mkdir()
    (root / "pyproject.toml").write_text('[project]\nname = "desk"\n')
    monkeypatch.setattr(dev, "ROOT", root)
    targets: list[str] = []

    def run(*cmd: str | Path, **_kwargs: object) -> None:
        words = [str(c) for c in cmd]
        if "-e" in words:
            targets.append(words[words.index("-e") + 1].replace(str(root), "ROOT"))

    monkeypatch.setattr(dev, "run", run)
    return targets


def test_the_demo_installs_desk_alone_and_the_tests_add_their_extras_once(
    installs: list[str],
) -> None:
    dev.ensure_venv(dev.DEMO_EXTRAS)
    assert installs == ["ROOT"]
    dev.ensure_venv(dev.DEMO_EXTRAS)
    dev.ensure_venv(dev.TEST_EXTRAS)
    assert installs == ["ROOT", "ROOT[build,test]"]
    dev.ensure_venv(dev.DEMO_EXTRAS)
    dev.ensure_venv(dev.BUNDLE_EXTRAS)
    dev.ensure_venv(dev.TEST_EXTRAS)
    assert installs == ["ROOT", "ROOT[build,test]"], "everything was in already"


def test_the_bundle_after_the_demo_adds_only_the_build_extra(installs: list[str]) -> None:
    dev.ensure_venv(dev.DEMO_EXTRAS)
    dev.ensure_venv(dev.BUNDLE_EXTRAS)
    dev.ensure_venv(dev.TEST_EXTRAS)
    assert installs == ["ROOT", "ROOT[build]", "ROOT[build,test]"]


def test_a_changed_pyproject_reinstalls_every_extra_in_the_venv(installs: list[str]) -> None:
    dev.ensure_venv(dev.TEST_EXTRAS)
    (dev.ROOT / "pyproject.toml").write_text('[project]\nname = "desk"\nversion = "2"\n')
    dev.ensure_venv(dev.DEMO_EXTRAS)
    assert installs == ["ROOT[build,test]", "ROOT[build,test]"]


def test_a_venv_stamped_before_extras_were_remembered_has_them_all(installs: list[str]) -> None:
    # The stamp of a .venv set up by the dev.py before this one: every extra in.
    old = (dev.ROOT / "pyproject.toml").read_bytes() + b"test,build"
    dev.STAMP.write_text(hashlib.sha256(old).hexdigest())
    dev.ensure_venv(dev.TEST_EXTRAS)
    dev.ensure_venv(dev.DEMO_EXTRAS)
    assert installs == []
    dev.STAMP.write_text("something else")
    dev.ensure_venv(dev.DEMO_EXTRAS)
    assert installs == ["ROOT"]


def test_the_demo_needs_no_tool_of_the_tests_or_the_build() -> None:
    # The runtime dependencies alone start the window: nothing desk imports is only in an
    # extra (the bundle, built from them, proves it too).
    assert dev.DEMO_EXTRAS == ()
    assert set(dev.BUNDLE_EXTRAS) <= set(dev.TEST_EXTRAS)


def test_an_install_cut_short_is_done_again_by_the_next_command(
    installs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # pip stopped midway (Ctrl-C, the network gone) may have taken out one of desk's own
    # dependencies to put in the version an extra asks for: the stamp of before, left in
    # place, still said the demo's were in, and `dev.py demo` started on a .venv short of
    # them without installing anything.
    dev.ensure_venv(dev.DEMO_EXTRAS)
    recorded = dev.run

    def cut_short(*cmd: str | Path, **kwargs: object) -> None:
        recorded(*cmd, **kwargs)
        if "-e" in [str(c) for c in cmd]:
            raise KeyboardInterrupt

    monkeypatch.setattr(dev, "run", cut_short)
    with pytest.raises(KeyboardInterrupt):
        dev.ensure_venv(dev.TEST_EXTRAS)
    monkeypatch.setattr(dev, "run", recorded)
    dev.ensure_venv(dev.DEMO_EXTRAS)
    assert installs == ["ROOT", "ROOT[build,test]", "ROOT"]
