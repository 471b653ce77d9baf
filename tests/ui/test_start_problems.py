"""Start-up and saving on a broken profile (issue 13, items 3 and 5): the user is told the
truth, names included, and never about a window that does not exist."""

from __future__ import annotations

from pathlib import Path

import pytest
from disk_util import fill
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from wizard_helpers import answer_next_message_box

from vipps_desktop.core.paths import prepare_profile
from vipps_desktop.core.state import SaveError, Setup, SetupStore
from vipps_desktop.ui import app as app_module
from vipps_desktop.ui.single_instance import SingleInstance


def test_an_unusable_profile_is_explained_not_a_traceback(
    qapp: QApplication, tmp_path: Path
) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    profile = tmp_path / "file" / "profile"
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    assert app_module.run(profile, ["vipps-desktop"]) == 1
    assert len(seen) == 1
    assert str(profile) in seen[0] and "--profile-dir" in seen[0]


def test_a_lock_that_cannot_be_written_is_not_another_instance(
    qapp: QApplication, tiny_disk: Path
) -> None:
    profile = tiny_disk / "profile"
    assert prepare_profile(profile).status == "ok"
    fill(tiny_disk)
    instance = SingleInstance(profile)
    try:
        assert not instance.acquire(listen=False)
        assert instance.lock_unwritable
    finally:
        instance.release()


def test_a_lock_held_by_another_instance_is_not_unwritable(
    qapp: QApplication, tmp_path: Path
) -> None:
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    try:
        assert first.acquire(listen=False)
        assert not second.acquire(listen=False)
        assert not second.lock_unwritable
    finally:
        first.release()
        second.release()


@pytest.mark.allow_error_log  # the failed save is logged at ERROR, as it should be
def test_a_full_disk_while_typing_is_told_once_with_the_folder(
    qtbot: QtBot, tiny_disk: Path
) -> None:
    store = SetupStore(tiny_disk)
    setup = Setup(data={"domain": "acme.idura.broker"})
    store.save(setup)
    fill(tiny_disk)
    setup.data["company_name"] = "x" * 9000
    with pytest.raises(SaveError) as info:
        store.save(setup)
    reporter = app_module.SaveErrorReporter()
    reporter.hook(SaveError, info.value, None)
    reporter.hook(SaveError, info.value, None)  # the next keystroke: not a second box
    assert len(reporter.shown) == 1
    assert "full" in reporter.shown[0] and str(store.directory) in reporter.shown[0]
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(boxes) == 1
    boxes[0].close()
    qtbot.waitUntil(lambda: not boxes[0].isVisible())
