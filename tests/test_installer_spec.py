"""installer.spec, run with PyInstaller's build steps faked: what goes in, and the Windows branch."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest

SPEC = Path(__file__).resolve().parents[1] / "installer.spec"


class Step:
    """Records the arguments of one build step (Analysis, PYZ, EXE, COLLECT)."""

    made: ClassVar[list[Step]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        Step.made.append(self)


class FakeAnalysis(Step):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries = [
            ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqwayland.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqsvg.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqtiff.so", "src", "BINARY"),
            ("libgtk-3.so.0", "src", "BINARY"),
            ("libQt6Core.so.6", "src", "BINARY"),
            ("PySide6\\Qt\\plugins\\tls\\qopensslbackend.dll", "src", "BINARY"),
        ]
        self.datas = [
            ("PySide6/Qt/translations/qtbase_es.qm", "src", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
            ("resources/web/widget.js", "src", "DATA"),
        ]


def _run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> tuple[FakeAnalysis, list[Step]]:
    Step.made = []
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {
        "Analysis": FakeAnalysis,
        "PYZ": Step,
        "EXE": Step,
        "COLLECT": Step,
        "__file__": str(SPEC),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    analysis = namespace["a"]
    assert isinstance(analysis, FakeAnalysis)
    return analysis, Step.made


def _executables(made: list[Step]) -> list[Step]:
    return [step for step in made if "console" in step.kwargs]


def test_linux_gets_one_console_executable_and_no_gtk(monkeypatch: pytest.MonkeyPatch) -> None:
    analysis, made = _run_spec("linux", monkeypatch)
    [executable] = _executables(made)
    assert executable.kwargs["name"] == "vircom-desk" and executable.kwargs["console"]
    assert executable.kwargs["strip"]
    kept = {entry[0] for entry in analysis.binaries}
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in kept
    assert "PySide6/Qt/plugins/platforms/libqoffscreen.so" in kept
    assert "PySide6/Qt/plugins/imageformats/libqsvg.so" in kept
    assert not any("gtk" in name or "wayland" in name or "tiff" in name for name in kept)
    assert not any("tls" in name for name in kept)
    datas = {entry[0] for entry in analysis.datas}
    assert "PySide6/Qt/translations/qtbase_es.qm" in datas
    assert "PySide6/Qt/translations/qtbase_de.qm" not in datas
    excluded = made[0].kwargs["excludes"]
    assert {"pytest", "hypothesis", "twilio"} <= set(excluded)
    sources = {source for source, _ in made[0].kwargs["datas"]}
    assert "resources" in sources and "vircom_desktop/domain/schema" in sources


def test_windows_gets_a_windowed_desk_and_a_console_for_commands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, made = _run_spec("win32", monkeypatch)
    executables = {step.kwargs["name"]: step.kwargs for step in _executables(made)}
    assert executables["vircom-desk"]["console"] is True
    assert executables["vircom-desk-gui"]["console"] is False
    for options in executables.values():
        assert options["icon"] == "resources/icons/app.ico"
        assert options["strip"] is False
    assert Path(SPEC.parent / "resources/icons/app.ico").exists()
    collect = made[-1]
    assert collect.kwargs["name"] == "vircom-desk"
    assert sum(1 for arg in collect.args if arg in _executables(made)) == 2
