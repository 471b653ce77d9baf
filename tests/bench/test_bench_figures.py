"""bench/run.py's arithmetic: launch ratios paired round by round, and how far a run's median
could move (the interval the report prints beside each launch ratio)."""

from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.run import Variant, fmt_ratio, median_interval, paired_ratio, report  # noqa: E402


def variant(name: str, launches: list[float], rounds: list[int]) -> Variant:
    return Variant(name, [name], launch_ms=launches, rss_kb=[1000] * len(launches), rounds=rounds)


def test_ratios_pair_launches_of_the_same_round() -> None:
    # The machine doubles its speed half way: medians of each would say 1.5x, pairs say 1.2x.
    base = variant("baseline", [200, 200, 200, 100, 100, 100], [0, 1, 2, 3, 4, 5])
    app = variant("app", [240, 240, 240, 120, 120, 120], [0, 1, 2, 3, 4, 5])
    assert paired_ratio(app, base) == 1.2
    # A round the baseline missed is left out, not paired with another round.
    late = variant("app", [240, 999], [0, 9])
    assert paired_ratio(late, base) == 1.2


def test_the_interval_holds_the_median_and_narrows_with_more_rounds() -> None:
    noisy = [1.10, 1.30, 1.18, 1.26, 1.22, 1.15, 1.29, 1.21, 1.24, 1.19, 1.27]
    low, high = median_interval(noisy) or (0.0, 0.0)
    assert low <= statistics.median(noisy) <= high
    assert high - low > 0.02  # eleven scattered rounds leave room
    assert median_interval(noisy) == (low, high)  # seeded: the same data, the same report
    wide = high - low
    low, high = median_interval(noisy * 9) or (0.0, 0.0)
    assert high - low < wide
    assert median_interval(noisy[:4]) is None  # too few rounds to say


def test_the_report_shows_the_interval_beside_a_launch_ratio() -> None:
    rounds = list(range(21))
    base = variant("baseline", [200.0 + r for r in rounds], rounds)
    app = variant("app", [(200.0 + r) * (1.2 + (r % 5 - 2) / 100) for r in rounds], rounds)
    text = report({"launch": {"baseline": base, "app": app}})
    row = next(line for line in text.splitlines() if "launch → first page shown, unfrozen" in line)
    found = re.search(r"\| (\d\.\d\d)× \((\d\.\d\d)–(\d\.\d\d)\) \|", row)
    assert found is not None, row
    median, low, high = (float(x) for x in found.groups())
    assert median == 1.2 and 1.18 <= low <= 1.2 <= high <= 1.22
    assert row.endswith("✓ met |")
    assert fmt_ratio(1.234) == "1.23×"  # sizes and memory: no interval
