"""Everything that exists only to make the first page appear sooner, in one place.

`launch` (startup/launch.py) is the start sequence `__main__` runs: it pauses the garbage
collector (`collector`), has a thread load Qt's libraries while the app's own modules are
imported (`preload`), tells PySide6's import hook which of our modules it need not read
(`feature_scan`), then starts the app (`ui.app.run`), whose window reports its first paint
(`first_paint.FirstPaint`) so that the collector resumes, the first page's text becomes
selectable (`selectable`) and the work the first page does not need runs.

The first-paint rule (tests/startup/test_first_paint_rule.py): the modules a new or returning
user's first page imports never name PySide6's `Qt` namespace, because building it is a cost
the bare QWizard we are measured against never pays; they set Qt's enum properties by name
with `props.set_props` and use the item roles and keys in `props`. Every other module writes
plain PySide6. docs/performance.md has what each of these gains, measured.
"""
