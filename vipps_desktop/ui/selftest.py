"""`vipps-desktop --self-test`: prove an install works without showing a window.

Builds every page, loads every resource the pages and the guide refer to, and reports the
keychain backend the app would use. Runs the same frozen (PyInstaller) and unfrozen. Prints
what it checked; exit status 0 when all is well, 1 with the reason otherwise.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vipps_desktop import __version__
from vipps_desktop.core.secrets import LIBSECRET, SecretStore, no_keychain_reason
from vipps_desktop.ui import messages


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with _log_kept() as kept:
        try:
            status = _check()
        except Exception:
            print("self-test FAILED:", file=sys.stderr)
            traceback.print_exc()
            status = 1
        if status != 0 and kept:
            print("The app's log while it checked:", file=sys.stderr)
            for line in kept:
                print(f"  {line}", file=sys.stderr)
    return status


class _Keep(logging.Handler):
    def __init__(self, lines: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.lines = lines

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} {record.name}: {record.getMessage()}")


@contextmanager
def _log_kept() -> Iterator[list[str]]:
    """The self-test words what it finds on its own lines, once; the app's log records (class
    names, message codes) would otherwise reach stderr through logging's last resort. They are
    kept, and shown only if the self-test fails."""
    lines: list[str] = []
    handler = _Keep(lines)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield lines
    finally:
        root.removeHandler(handler)


def _check() -> int:
    from PySide6.QtSvg import QSvgRenderer

    from vipps_desktop.core.content import Guide
    from vipps_desktop.core.paths import resources_dir
    from vipps_desktop.core.secrets import CredentialVault
    from vipps_desktop.ui.app import make_application, make_context
    from vipps_desktop.ui.wizard import SetupWizard

    frozen = bool(getattr(sys, "frozen", False))
    print(
        f"vipps-desktop {__version__} ({'frozen' if frozen else 'python'} {sys.version.split()[0]})"
    )
    resources = resources_dir()
    print(f"resources: {resources}")
    problems: list[str] = []
    for language in Guide.languages():
        guide = Guide(language)
        for link_id in guide.link_ids():
            if not guide.link(link_id).url.startswith("https://"):
                problems.append(f"link {link_id} is not https")
        print(f"guide: {language} ok ({len(guide.link_ids())} links)")
    svgs = sorted((resources / "illustrations").glob("*.svg")) + sorted(
        (resources / "icons").glob("*.svg")
    )
    for svg in svgs:
        if not QSvgRenderer(str(svg)).isValid():
            problems.append(f"invalid SVG {svg.name}")
    print(f"images: {len(svgs)} SVG files")
    if not svgs:
        problems.append("no illustrations found")

    app = make_application([sys.argv[0]])
    problems += _check_qt()
    problems += _check_translations(resources)
    with tempfile.TemporaryDirectory() as tmp:
        ctx = make_context(Path(tmp))
        ctx.workspace.new_setup()
        wizard = SetupWizard(ctx)
        built = [wizard.pages[step_id] for step_id in wizard.pages]  # builds every page
        print(f"pages: {len(built)} built ({', '.join(wizard.pages)})")
        wizard.deleteLater()
        app.processEvents()

    if sys.platform.startswith("linux"):
        problems += _check_libsecret()
    vault = CredentialVault()
    backend = vault.secret_store.backend
    backend_name = f"{type(backend).__module__}.{type(backend).__name__}" if backend else "none"
    print(f"keychain: {vault.describe()} [{backend_name}]")
    if backend is None:
        print(
            "note: no keychain: the app will keep keys in memory for one session only. "
            f"{messages.text(no_keychain_reason())}"
        )
    else:
        _probe_keychain(vault.secret_store)
        if backend_name == LIBSECRET:
            _show_session()

    if problems:
        for problem in problems:
            print(f"self-test FAILED: {problem}", file=sys.stderr)
        return 1
    print("self-test ok")
    return 0


def _check_libsecret() -> list[str]:
    """Linux: the Secret Service is reached through libsecret (core/libsecret.py), a library
    of the system the .deb depends on: it must load, keychain running or not."""
    from vipps_desktop.core.libsecret import library_path

    try:
        print(f"libsecret: {library_path()}")
    except (OSError, RuntimeError) as exc:
        return [f"libsecret cannot be loaded ({exc}): install libsecret-1-0"]
    return []


def _show_session() -> None:
    """The Secret Service session libsecret opened: the backend uses only an encrypted one."""
    from keyring.errors import KeyringError

    from vipps_desktop.core.libsecret import session_algorithm

    try:
        print(f"keychain: session {session_algorithm()}")
    except KeyringError as exc:
        print(f"note: no session with the keychain now ({type(exc).__name__})")


PROBE_LABEL = "vipps-desktop self-test"


def _probe_keychain(store: SecretStore) -> None:
    """Save and delete a throw-away entry: a keychain can be found yet unable to store (GNOME
    Keyring running with no keyring ever created), and the app would then fall back to memory."""
    from vipps_desktop.core.secrets import (
        CLIENT_ID,
        KeychainLockedError,
        NoKeychainError,
        SecretStoreError,
    )

    try:
        store.save(PROBE_LABEL, CLIENT_ID, "probe")
        store.delete(PROBE_LABEL, CLIENT_ID)
    except KeychainLockedError:
        print("note: the keychain is locked: the app will ask you to unlock it when it saves")
    except NoKeychainError:
        print(
            "note: a keychain is there but cannot store anything yet (never set up): the app "
            "would keep keys in memory only. " + messages.text(no_keychain_reason())
        )
    except SecretStoreError as exc:
        print(f"note: the keychain could not store a test entry ({exc.kind})")
    else:
        print("keychain: a test entry was saved and deleted")


# The Qt plugins a real window needs, per platform (the offscreen self-test itself does not).
_NATIVE_PLATFORM = {"linux": "xcb", "darwin": "cocoa", "win32": "windows"}


def _check_qt() -> list[str]:
    """Qt finds the plugins a real window and the SVG icon need (a bundle may lack them)."""
    from PySide6.QtCore import QCoreApplication, qVersion
    from PySide6.QtGui import QImageReader

    problems: list[str] = []
    dirs = [Path(p) for p in QCoreApplication.libraryPaths()]
    platform = next(
        (name for prefix, name in _NATIVE_PLATFORM.items() if sys.platform.startswith(prefix)), None
    )
    wanted = [("iconengines", "svgicon")] + ([("platforms", platform)] if platform else [])
    for kind, name in wanted:
        if not any(name in f.name for d in dirs for f in (d / kind).glob("*")):
            problems.append(f"Qt plugin missing: {kind}/{name}")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        problems.append("Qt cannot read SVG images (imageformats/svg plugin missing)")
    print(f"qt: {qVersion()}, plugins from {', '.join(str(d) for d in dirs) or 'nowhere'}")
    return problems


def _check_translations(resources: Path) -> list[str]:
    """Every language of the guide but English (the source strings) has a compiled catalogue
    (resources/translations/vipps_desktop_<lang>.qm) that loads and translates the wizard's
    buttons: without it the guide text is Norwegian and every button English."""
    from PySide6.QtCore import QTranslator

    from vipps_desktop.core.content import Guide

    folder = resources / "translations"
    problems: list[str] = []
    for language in Guide.languages():
        if language == "en":
            continue
        name = f"vipps_desktop_{language}.qm"
        translator = QTranslator()
        if not (folder / name).is_file():
            problems.append(f"translation {name} is missing: the buttons would stay English")
        elif not translator.load(str(folder / name)) or translator.isEmpty():
            problems.append(f"translation {name} does not load")
        elif translator.translate("SetupWizard", "&Next >") in ("", "&Next >"):
            problems.append(f"translation {name} does not translate the wizard's buttons")
        else:
            print(f"translations: {language} ok ({name})")
    return problems
