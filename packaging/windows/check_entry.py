"""vipps-desktop-check.exe, the Windows bundle's console program (build.spec): the health check,
as `vipps-desktop.exe check ...` runs it and as the pip console script `vipps-desktop-check`
(pyproject.toml) does. vipps-desktop.exe is a windowed program: started from cmd or Task
Scheduler its output goes nowhere and cmd does not wait for its exit status; this one is a
console program (console=True), so both reach the caller."""

import sys

from vipps_desktop.check_command import main

if __name__ == "__main__":
    sys.exit(main())
