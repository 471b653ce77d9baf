"""One instance per profile: the second launch asks the first to come forward."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from probe_util import run_probe
from pytestqt.qtbot import QtBot

from vipps_desktop.ui.single_instance import OPEN, REQUEST, SingleInstance
from vipps_desktop.ui.wizard import SetupWizard

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def instances(qapp: object) -> Iterator[list[SingleInstance]]:
    """Every SingleInstance a test makes; all are released at the end."""
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.release()


def make(instances: list[SingleInstance], profile: Path) -> SingleInstance:
    instance = SingleInstance(profile)
    instances.append(instance)
    return instance


def test_second_instance_asks_the_first_to_come_forward(
    qtbot: QtBot, profile: Path, instances: list[SingleInstance]
) -> None:
    first = make(instances, profile)
    second = make(instances, profile)
    assert first.acquire()
    assert (profile / "instance.lock").exists()
    assert not second.acquire()

    with qtbot.waitSignal(first.activated, timeout=3000):
        assert second.ask_first_to_activate()


def test_first_instance_answers_every_later_launch(
    qtbot: QtBot, profile: Path, instances: list[SingleInstance]
) -> None:
    first = make(instances, profile)
    assert first.acquire()
    for _ in range(3):
        later = make(instances, profile)
        assert not later.acquire()
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert later.ask_first_to_activate()


def test_after_release_a_new_instance_can_acquire(
    qtbot: QtBot, profile: Path, instances: list[SingleInstance]
) -> None:
    first = make(instances, profile)
    assert first.acquire()
    first.release()
    assert not (profile / "instance.lock").exists()

    nobody = make(instances, profile)
    assert not nobody.ask_first_to_activate()  # nobody listens any more
    assert not (profile / REQUEST).exists()  # and the unanswered request is gone

    again = make(instances, profile)
    assert again.acquire()
    with qtbot.waitSignal(again.activated, timeout=3000):
        assert make(instances, profile).ask_first_to_activate()


def test_other_profiles_are_independent(
    qtbot: QtBot, tmp_path: Path, instances: list[SingleInstance]
) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    first_one, first_two = make(instances, one), make(instances, two)
    assert first_one.acquire()
    assert first_two.acquire()
    with (
        qtbot.assertNotEmitted(first_two.activated, wait=300),
        qtbot.waitSignal(first_one.activated, timeout=3000),
    ):
        assert make(instances, one).ask_first_to_activate()


OWNER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from vipps_desktop.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
print("acquired" if instance.acquire() else "refused", flush=True)
app.exec()
"""


def test_a_crashed_owners_lock_and_request_are_taken_over(
    qtbot: QtBot, profile: Path, instances: list[SingleInstance]
) -> None:
    # Another process takes the profile and is killed: its lock file stays behind, and a
    # request made to it meanwhile is never answered.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    with subprocess.Popen(
        [sys.executable, "-c", OWNER, str(profile)], env=env, stdout=subprocess.PIPE, text=True
    ) as owner:
        try:
            assert owner.stdout is not None
            assert owner.stdout.readline().strip() == "acquired"
            assert not make(instances, profile).acquire()  # alive: it holds the profile
        finally:
            owner.kill()
            owner.wait(timeout=10)
    assert (profile / "instance.lock").exists()
    (profile / REQUEST).touch()

    taker = make(instances, profile)
    assert taker.acquire()
    with qtbot.waitSignal(taker.activated, timeout=3000):
        assert make(instances, profile).ask_first_to_activate()


# The offscreen platform cannot raise windows and says so; that is not the app's doing.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_activation_brings_the_wizard_forward(
    qtbot: QtBot, profile: Path, wizard: SetupWizard, instances: list[SingleInstance]
) -> None:
    first = make(instances, profile)
    assert first.acquire()
    first.activated.connect(wizard.bring_to_front)  # as app.run wires it
    wizard.showMinimized()
    qtbot.waitUntil(wizard.isMinimized, timeout=2000)
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert make(instances, profile).ask_first_to_activate()
    assert wizard.isVisible()
    assert not wizard.isMinimized()


def test_a_launch_while_the_first_is_still_starting_is_answered_once_it_listens(
    qtbot: QtBot, profile: Path, instances: list[SingleInstance]
) -> None:
    first = make(instances, profile)
    assert first.acquire(listen=False)  # as the app: it listens once its window is up
    (profile / REQUEST).touch()  # a second launch asked meanwhile
    with qtbot.waitSignal(first.activated, timeout=3000):
        first.listen()
    assert not (profile / REQUEST).exists()


def test_other_files_changing_in_the_profile_do_not_activate(
    qtbot: QtBot, profile: Path, instances: list[SingleInstance]
) -> None:
    first = make(instances, profile)
    assert first.acquire()
    with qtbot.assertNotEmitted(first.activated, wait=500):
        (profile / "settings.ini").write_text("[General]\n")
        (profile / "other").mkdir()


def test_the_app_loads_no_qtnetwork_for_it() -> None:
    code = (
        "import json, sys, pathlib, tempfile\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from vipps_desktop.ui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "instance = SingleInstance(pathlib.Path(tempfile.mkdtemp()))\n"
        "assert instance.acquire()\n"
        "print(json.dumps('PySide6.QtNetwork' in sys.modules))\n"
    )
    assert run_probe(code) is False


def test_a_later_launch_with_a_file_hands_it_to_the_first(
    qtbot: QtBot, profile: Path, instances: list[SingleInstance], tmp_path: Path
) -> None:
    first = make(instances, profile)
    assert first.acquire()
    wanted = str(tmp_path / "Acme AS.vippssetup")
    with qtbot.waitSignal(first.file_opened, timeout=3000) as opened:
        assert make(instances, profile).ask_first_to_activate(wanted)
    assert opened.args == [wanted]
    assert not (profile / OPEN).exists()
    # A plain launch afterwards opens nothing.
    with (
        qtbot.assertNotEmitted(first.file_opened, wait=300),
        qtbot.waitSignal(first.activated, timeout=3000),
    ):
        assert make(instances, profile).ask_first_to_activate()


OPENED_WITH_A_FILE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

qapp = QApplication([sys.argv[0]])
seen = []

def look():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            wizard = widget.parent()
            seen.append([widget.objectName(), wizard.current_step(), wizard.ctx.workspace.setup.id])
            QApplication.closeAllWindows()
            qapp.quit()
            return
    QTimer.singleShot(50, look)

QTimer.singleShot(0, look)
# The command line as the file manager runs it (Exec=vipps-desktop %f), through __main__.
from vipps_desktop.__main__ import main
code = main(["--profile-dir", sys.argv[1], "--lang", "en", sys.argv[2]])
print(json.dumps([code, seen]))
"""


def test_the_app_opened_with_an_exported_setup_imports_and_opens_it(
    profile: Path, tmp_path: Path
) -> None:
    from vipps_desktop.core import transfer
    from vipps_desktop.core.state import Setup, SetupStore

    confirmed = (
        "confirm_bankid",
        "confirm_signer_role",
        "confirm_bank_account",
        "confirm_paid_plan",
    )
    data: dict[str, object] = {"org_number": "923609016", "domain": "acme.idura.broker"}
    data.update(dict.fromkeys(confirmed, True))
    setup = Setup(data=data, current_step="domain")
    path = tmp_path / "acme.vippssetup"
    transfer.export_setup(setup, path, "test")
    code, seen = run_probe(OPENED_WITH_A_FILE, str(profile), str(path))
    assert code == 0
    assert seen == [["import_result", "domain", setup.id]]
    assert [s.id for s in SetupStore(profile).load_all()] == [setup.id]


FIRST_INSTANCE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

qapp = QApplication([sys.argv[0]])
seen = []
ready = []

def look():
    widgets = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    if widgets and not ready:
        ready.append(True)  # the window is up: it answers other launches once it has painted
        QTimer.singleShot(500, lambda: print("ready", flush=True))
    for widget in widgets:
        if isinstance(widget, QMessageBox):
            seen.append([widget.objectName(), widget.parent().ctx.workspace.setup.id])
            QApplication.closeAllWindows()
            qapp.quit()
            return
    QTimer.singleShot(50, look)

QTimer.singleShot(0, look)
from vipps_desktop.__main__ import main
code = main(["--profile-dir", sys.argv[1], "--lang", "en"])
print(json.dumps([code, seen]), flush=True)
"""


def test_a_file_opened_while_the_app_runs_is_imported_by_the_running_app(
    profile: Path, tmp_path: Path
) -> None:
    from vipps_desktop.core import transfer
    from vipps_desktop.core.state import Setup

    setup = Setup(data={"domain": "acme.idura.broker"}, current_step="domain")
    path = tmp_path / "acme.vippssetup"
    transfer.export_setup(setup, path, "test")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    with subprocess.Popen(
        [sys.executable, "-c", FIRST_INSTANCE, str(profile)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as first:
        try:
            assert first.stdout is not None
            assert first.stdout.readline().strip() == "ready"
            # The second launch, as the file manager starts it: it hands the file over, exits.
            second = subprocess.run(
                [sys.executable, "-m", "vipps_desktop", "--profile-dir", str(profile), str(path)],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert second.returncode == 0, second.stderr
            out = first.stdout.readline()
            first.wait(timeout=60)
        finally:
            if first.poll() is None:
                first.kill()
    code, seen = json.loads(out)
    assert code == 0
    assert seen == [["import_result", setup.id]]
