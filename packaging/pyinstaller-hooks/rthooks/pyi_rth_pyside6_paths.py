# PySide6's run-time hook for the frozen app, in place of PyInstaller's pyi_rth_pyside6
# (build.spec: hookspath; a hooks folder of our own takes precedence for the same package).
#
# It sets the same paths as PyInstaller's hook, but does not import PySide6.QtCore: that hook
# does, before the app's first line runs, only to add an embedded qt.conf for PySide6 builds
# that lack one. The PyPI wheels we build with register their own (libpyside6, at import),
# so for us it is a no-op that costs the start its chance to load Qt's libraries on another
# core while the app imports its own modules (vipps_desktop/startup/preload.py,
# docs/performance.md). The baseline is frozen with this same hook.


def _pyi_rthook() -> None:
    import os
    import sys

    if sys.platform.startswith("win"):
        qt_path = os.path.join(sys._MEIPASS, "PySide6")
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
    else:
        qt_path = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if sys.platform == "darwin" and ".app/Contents/" not in sys._MEIPASS:
        paths = [sys._MEIPASS, os.environ.get("DYLD_LIBRARY_PATH", "")]
        os.environ["DYLD_LIBRARY_PATH"] = os.pathsep.join(p for p in paths if p)


_pyi_rthook()
del _pyi_rthook
