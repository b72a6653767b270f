"""build.spec without building: its named functions collect what the frozen desk needs.

The spec is run with PyInstaller's build steps (Analysis, EXE, ...) replaced by stubs that
record what they are given; the real frozen build and its self-test run in
`python3 dev.py bundle` (CI), not here.
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import entry_points
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from desk import resources
from desk.cli import _COMMANDS
from desk.store import schema
from desk.store.paths import ENV_DATA_DIR
from desk.ui.i18n import SHIPPED_LOCALES

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"


class Recorder:
    """Stands in for one of PyInstaller's build steps and keeps its arguments."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self, kind: str, calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]):
        self.kind, self.calls = kind, calls

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append((self.kind, args, kwargs))
        if self.kind == "Analysis":
            return FakeAnalysis(kwargs)
        return object()


class FakeAnalysis:
    def __init__(self, kwargs: dict[str, Any]) -> None:
        self.kwargs = kwargs
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        # What PyInstaller collects on Linux for a QtWidgets app with PySide6-Addons around.
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqeglfs.so", "x", "BINARY"),
            ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "x", "BIN"),
            ("PySide6/Qt/lib/libQt6Quick.so.6", "x", "BINARY"),
            ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
            ("PySide6/Qt/lib/libQt6Core.so.6", "x", "BINARY"),
            ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ]  # fmt: skip
        self.datas = [
            ("PySide6/Qt/translations/qtbase_zh_CN.qm", "x", "DATA"),
            ("PySide6/Qt/translations/qt_help_de.qm", "x", "DATA"),
        ]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "DISTPATH": str(ROOT / "dist"),
        "workpath": str(ROOT / "build" / "build"),
        "calls": calls,
        **{kind: Recorder(kind, calls) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


def _calls(spec: dict[str, Any], kind: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    return [(args, kwargs) for k, args, kwargs in spec["calls"] if k == kind]


def _bundle_paths(datas: list[tuple[str, str]]) -> dict[str, Path]:
    """Where each collected file lands, relative to the bundle's _internal folder."""
    return {
        (PurePosixPath(target) / Path(source).name).as_posix(): Path(source)
        for source, target in datas
    }


def test_every_shipped_translation_is_collected_compiled(spec: dict[str, Any]) -> None:
    collected = _bundle_paths(spec["compiled_translations"]())
    for locale in SHIPPED_LOCALES:
        qm = collected.get(f"translations/desk_{locale}.qm")
        assert qm is not None and qm.stat().st_size > 0, locale
        ts = ROOT / "translations" / f"desk_{locale}.ts"
        assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} older than {ts.name}"


def test_migrations_ship_as_files_where_the_store_looks(spec: dict[str, Any]) -> None:
    collected = _bundle_paths(spec["migration_files"]())
    relative = schema.MIGRATIONS.relative_to(ROOT).as_posix()  # desk/store/migrations
    expected = [
        schema.MIGRATIONS / "env.py",
        schema.MIGRATIONS / "script.py.mako",
        *sorted((schema.MIGRATIONS / "versions").glob("*.py")),
    ]
    assert len(expected) > 3
    for path in expected:
        assert f"{relative}/{path.relative_to(schema.MIGRATIONS).as_posix()}" in collected


def test_resources_land_where_desk_resources_looks_when_frozen(
    spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    collected = _bundle_paths(spec["resource_files"]())
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    for parts in (("demo", "workspace.json"), ("icons", "desk.svg")):
        in_bundle = resources.resource(*parts).relative_to(tmp_path).as_posix()
        assert collected[in_bundle] == ROOT / "resources" / Path(*parts)
    assert resources.translations_dir() == tmp_path / "translations"


def test_package_metadata_carries_the_connector_entry_points(spec: dict[str, Any]) -> None:
    metadata = spec["package_metadata"]()
    # desk-<version>.dist-info, or desk.egg-info when the checkout is on sys.path
    desk_info = [
        Path(source)
        for source, target in metadata
        if target.startswith(("desk-", "desk.")) and target.endswith(("dist-info", "egg-info"))
    ]
    assert len(desk_info) == 1
    entry_points_txt = (desk_info[0] / "entry_points.txt").read_text(encoding="utf-8")
    assert "[desk.connectors]" in entry_points_txt
    assert "demo = desk.connectors.demo:DemoConnector" in entry_points_txt


def test_hidden_imports_cover_what_is_loaded_by_name(spec: dict[str, Any]) -> None:
    hidden = set(spec["get_hidden_imports"]())
    connectors = {ep.module for ep in entry_points(group="desk.connectors")}
    assert "desk.connectors.demo" in connectors
    assert connectors <= hidden
    assert {
        "alembic",  # the migrations' `from alembic import op`
        "desk.store.tables",  # migrations/env.py
        "keyring.backends.fail",
        "sqlalchemy.dialects.sqlite.pysqlcipher",
        "apscheduler.triggers.cron",
        "apscheduler.executors.pool",
        "tzdata",
    } <= hidden
    # Each command's module, imported by name when the command runs (desk.cli.parsers).
    assert {f"desk.cli.{name}_cmd" for name in _COMMANDS} <= hidden
    native_keychain = {
        "linux": "keyring.backends.SecretService",
        "win32": "keyring.backends.Windows",
        "darwin": "keyring.backends.macOS",
    }.get(sys.platform)
    assert native_keychain is None or native_keychain in hidden


def test_analysis_gets_the_collected_files_and_entry_script(spec: dict[str, Any]) -> None:
    [(args, kwargs)] = _calls(spec, "Analysis")
    assert args[0] == [str(ROOT / "desk" / "__main__.py")]
    assert kwargs["datas"] == spec["get_data_files"]()
    assert "tzdata" in kwargs["hiddenimports"]
    assert "PIL" in kwargs["excludes"]


def test_two_executables_one_windowed_one_console(spec: dict[str, Any]) -> None:
    executables = {kwargs["name"]: kwargs for _, kwargs in _calls(spec, "EXE")}
    assert set(executables) == {"desk", "desk-cli"}
    assert executables["desk"]["console"] is False
    assert executables["desk-cli"]["console"] is True
    for kwargs in executables.values():
        assert kwargs["exclude_binaries"] is True  # onedir
        assert kwargs["upx"] is False
        assert kwargs["strip"] is sys.platform.startswith("linux")
    [(_, collect_kwargs)] = _calls(spec, "COLLECT")
    assert collect_kwargs["name"] == "desk"


def test_platform_icons_exist() -> None:
    assert (ROOT / "packaging" / "windows" / "desk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ROOT / "packaging" / "macos" / "desk.icns").read_bytes()[:4] == b"icns"


KEPT = [
    # Linux
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqico.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6Multimedia.so.6",
    "PySide6/Qt/lib/libicudata.so.73",
    "PySide6/QtNetwork.abi3.so",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "PySide6/Qt/translations/qtbase_zh_TW.qm",
    "sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so",
    "libxcb-cursor.so.0",
    # Windows
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/Qt6Network.dll",
    "PySide6/translations/qtbase_en.qm",
    # macOS
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
    "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork",
]

DROPPED = [
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqminimal.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/imageformats/libqwebp.so",
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/Qt/plugins/generic/libqevdevkeyboardplugin.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
    "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
    "PySide6/Qt/lib/libQt63DCore.so.6",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/lib/libavcodec.so.61",
    "PySide6/Qt/lib/libswresample.so.5",
    "PySide6/Qt/translations/qt_help_de.qm",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtmultimedia_zh_CN.qm",
    # Windows
    "PySide6/plugins/platforms/qdirect2d.dll",
    "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",
    "PySide6/Qt6Quick.dll",
    "PySide6/avcodec-61.dll",
    "PySide6/opengl32sw.dll",
    # macOS: the whole framework folder, or code signing rejects the bundle
    "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
    "PySide6/Qt/lib/QtQuick.framework/Versions/A/Resources/Info.plist",
]


@pytest.mark.parametrize("dest", KEPT)
def test_trim_keeps(spec: dict[str, Any], dest: str) -> None:
    assert not spec["is_unused_qt_file"](dest)


@pytest.mark.parametrize("dest", DROPPED)
def test_trim_drops(spec: dict[str, Any], dest: str) -> None:
    assert spec["is_unused_qt_file"](dest)


def test_spec_applies_the_trim_to_the_analysis(spec: dict[str, Any]) -> None:
    analysis = spec["a"]
    assert [e[0] for e in analysis.binaries] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libQt6Core.so.6",
    ]
    assert [e[0] for e in analysis.datas] == ["PySide6/Qt/translations/qtbase_zh_CN.qm"]


def test_libraries_only_dropped_plugins_needed_go_too(
    spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    links = {
        "/q/libqgtk3.so": {"libgtk-3.so.0", "libQt6Gui.so.6", "libglib-2.0.so.0"},
        "/s/libgtk-3.so.0": {"libgdk-3.so.0", "libglib-2.0.so.0"},
        "/s/libgdk-3.so.0": {"libglib-2.0.so.0"},
        "/q/libQt6Gui.so.6": {"libglib-2.0.so.0"},
        "/p/QtGui.abi3.so": {"libQt6Gui.so.6"},
    }
    monkeypatch.setitem(spec, "library_imports", lambda source: links.get(source, set()))
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/q/libqgtk3.so", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("libgdk-3.so.0", "/s/libgdk-3.so.0", "BINARY"),
        ("libglib-2.0.so.0", "/s/libglib-2.0.so.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/q/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libgdk-3.so", "libgdk-3.so.0", "SYMLINK"),
        ("PySide6/QtGui.abi3.so", "/p/QtGui.abi3.so", "EXTENSION"),
    ]
    kept, _, dropped = spec["trim"](binaries, [])
    assert [e[0] for e in kept] == [
        "libglib-2.0.so.0",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Gui.so.6",
        "PySide6/QtGui.abi3.so",
    ]
    assert {e[0] for e in dropped} == {
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "libgtk-3.so.0",
        "libgdk-3.so.0",
        "libgdk-3.so",
    }


def test_windows_installer_is_per_machine_and_keeps_user_data() -> None:
    script = (ROOT / "packaging" / "windows" / "desk.iss").read_text(encoding="utf-8-sig")
    assert "PrivilegesRequired=admin" in script
    assert "DefaultDirName={autopf}\\desk" in script
    # nothing written per user: no registry entries, no per-user folders or shortcuts;
    # the uninstall removes desk's own start-at-login value
    assert "[Registry]" not in script
    assert "RegDeleteValue(HKEY_CURRENT_USER" in script and "'desk');" in script
    assert not any(c in script for c in ("{userappdata}", "{userdesktop}", "{userprograms}"))
    assert 'Source: "{#BundleDir}\\*"' in script
    # data is removed only when asked, never in a silent uninstall
    assert "if UninstallSilent then" in script
    assert "Box.Checked := False;" in script
    assert "{localappdata}\\desk" in script  # README, "Where desk keeps data"
    assert "%LOCALAPPDATA%\\desk" in (ROOT / "README.md").read_text(encoding="utf-8")
    # and with it every secret in Credential Manager, while desk-cli is there
    assert "Exec(ExpandConstant('{app}\\desk-cli.exe')" in script
    assert "'keychain forget --yes --data-dir \"' + DataDir()" in script


def test_the_uninstaller_removes_the_data_dir_desk_opens() -> None:
    # DESK_DATA_DIR first, as desk.store.paths reads it: the box removed the default dir
    # and left the data IT had moved, and the keychain forget named the wrong store.
    script = (ROOT / "packaging" / "windows" / "desk.iss").read_text(encoding="utf-8-sig")
    data_dir = _pascal_routine(script, "function DataDir")
    assert data_dir.index("GetEnv('DESK_DATA_DIR')") < data_dir.index("{localappdata}")
    assert ENV_DATA_DIR == "DESK_DATA_DIR"


def _pascal_routine(script: str, header: str) -> str:
    """The text of one routine of the installer's [Code], from its header to its `end;`."""
    start = script.index(header)
    return script[start : script.index("\nend;", start)]


# Inno Setup's help: "This function is not supported at uninstall time" (it raises there).
_NOT_AT_UNINSTALL = ("ExecAsOriginalUser", "ShellExecAsOriginalUser", "WizardForm")


def test_the_uninstaller_calls_only_what_inno_setup_supports_at_uninstall() -> None:
    # ExecAsOriginalUser there raised at usUninstall: the secrets stayed in Credential
    # Manager. The uninstaller runs as the user whose {localappdata} and HKCU it cleans.
    script = (ROOT / "packaging" / "windows" / "desk.iss").read_text(encoding="utf-8-sig")
    for header in ("function InitializeUninstall", "procedure CurUninstallStepChanged"):
        routine = _pascal_routine(script, header)
        assert not [name for name in _NOT_AT_UNINSTALL if name in routine], header
    steps = _pascal_routine(script, "procedure CurUninstallStepChanged")
    forget = steps.index("keychain forget --yes")
    # while desk-cli.exe is there (usUninstall, before the files go), before DelTree
    assert steps.index("usUninstall") < forget < steps.index("usPostUninstall")
    assert forget < steps.index("DelTree(DataDir()")


def test_no_comment_of_the_installer_code_ends_early() -> None:
    # A { } comment ends at the first }: an Inno constant named in one ({localappdata})
    # ends it there, and the rest of the sentence is compiled as code.
    script = (ROOT / "packaging" / "windows" / "desk.iss").read_text(encoding="utf-8-sig")
    code = script[script.index("[Code]") :]
    in_string = in_comment = False
    for n, char in enumerate(code):
        if in_comment:
            assert char != "{", code[max(0, n - 80) : n + 20]
            in_comment = char != "}"
        elif char == "'":
            in_string = not in_string
        elif char == "{" and not in_string:
            in_comment = True


def test_the_start_menu_entry_has_the_linux_menu_s_chinese_names() -> None:
    # It was "desk" alone; the Linux menu says desk 政务消息 in Chinese, found by typing
    # 政务 as well. Inno Setup names it in the setup's language ([CustomMessages]).
    script = (ROOT / "packaging" / "windows" / "desk.iss").read_text(encoding="utf-8-sig")
    linux = (ROOT / "packaging" / "linux" / "install.sh").read_text(encoding="utf-8")
    assert 'Name: "{autoprograms}\\{cm:MenuName}"; Filename: "{app}\\desk.exe"' in script
    names = {"en": "desk"}  # English: as before
    for language in ("zh_CN", "zh_TW"):
        (names[language],) = re.findall(rf"^Name\[{language}\]=(.+)$", linux, re.MULTILINE)
    for language, name in names.items():
        assert f"\n{language}.MenuName={name}\n" in script
        # An upgrade, or another language's install, leaves no second entry behind.
        assert f'Type: files; Name: "{{autoprograms}}\\{name}.lnk"' in script
    # Each Chinese name only where its language is: inside the same #if as its wizard.
    for language, isl in (("zh_CN", "ChineseSimplified"), ("zh_TW", "ChineseTraditional")):
        block = script[
            script.index(f'#if FileExists(CompilerPath + "Languages\\{isl}.isl")\n{language}.') :
        ]
        assert block.index(f"{language}.MenuName=") < block.index("#endif")
