"""Fetch every link in resources/guide/links.json; date the ones that answered.

    .venv/bin/python scripts/check-links.py            # check and update links.json
    .venv/bin/python scripts/check-links.py --dry-run  # check and report only

Run it before a release, on a machine with internet access (the test suite cannot: it has
none). Each link is fetched with GET through the app's HTTP layer (timeouts, retries,
https only), redirects followed. A link "answered" when the final status is below 400; only
then is its "checked" date set to today. A link that fails keeps its old date (or null) and
is listed, and the script exits with status 1, so a dead link cannot look freshly checked.
URLs with {placeholders} are fetched with the entry's "example" values.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from vipps_desktop.core import net  # noqa: E402

LINKS_FILE = REPO / "resources" / "guide" / "links.json"
USER_AGENT = "vipps-desktop-link-check"


@dataclass(frozen=True)
class Outcome:
    link_id: str
    url: str
    answered: bool
    detail: str  # final status and address, or why it failed


Fetcher = Callable[[str], tuple[int, str]]  # url -> (final status, final url); raises on failure


def fetch_with(session: net.HttpSession) -> Fetcher:
    def fetch(url: str) -> tuple[int, str]:
        answer = net.fetch(
            session, "GET", url, headers={"User-Agent": USER_AGENT}, raise_server_errors=False
        )
        return answer.status, answer.url

    return fetch


def url_of(entry: dict[str, Any]) -> str:
    return str(entry["url"]).format_map(entry.get("example", {}))


def check_all(links: dict[str, dict[str, Any]], fetch: Fetcher) -> list[Outcome]:
    outcomes = []
    for link_id, entry in links.items():
        url = url_of(entry)
        try:
            status, final = fetch(url)
        except net.HttpFailure as failure:
            outcomes.append(Outcome(link_id, url, False, f"failed: {failure.kind}"))
            continue
        where = "" if final == url else f" at {final}"
        outcomes.append(Outcome(link_id, url, status < 400, f"status {status}{where}"))
    return outcomes


def render(data: dict[str, Any]) -> str:
    """links.json as the repository keeps it: one link a line, readable diffs."""
    rows = ",\n".join(
        f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
        for k, v in data["links"].items()
    )
    rest = "".join(
        f",\n  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
        for k, v in data.items()
        if k != "links"
    )
    return '{\n  "links": {\n' + rows + "\n  }" + rest + "\n}\n"


def update(path: Path, fetch: Fetcher, today: dt.date, *, dry_run: bool = False) -> list[Outcome]:
    data = json.loads(path.read_text(encoding="utf-8"))
    outcomes = check_all(data["links"], fetch)
    for outcome in outcomes:
        if outcome.answered:
            data["links"][outcome.link_id]["checked"] = today.isoformat()
    if not dry_run:
        path.write_text(render(data), encoding="utf-8")
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=Path, default=LINKS_FILE)
    parser.add_argument("--dry-run", action="store_true", help="report only, change nothing")
    args = parser.parse_args(argv)
    with net.make_session(timeout=(10.0, 20.0), retries=2) as session:
        outcomes = update(args.links, fetch_with(session), dt.date.today(), dry_run=args.dry_run)
    for outcome in outcomes:
        mark = "ok  " if outcome.answered else "FAIL"
        print(f"{mark} {outcome.link_id}: {outcome.url} ({outcome.detail})")
    return 0 if all(o.answered for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
