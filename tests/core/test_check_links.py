"""scripts/check-links.py against loopback servers: only links that answered get today's date."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from loopback import LoopbackServer, Reply, closed_port

from vipps_desktop.core import net

REPO = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 3)


@pytest.fixture(scope="module")
def script() -> ModuleType:
    path = REPO / "scripts" / "check-links.py"
    spec = importlib.util.spec_from_file_location("check_links", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_links"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        yield running


@pytest.fixture
def session() -> Iterator[net.HttpSession]:
    with net.make_session(timeout=(2.0, 2.0), retries=0) as fresh:
        yield fresh


def write_links(path: Path, links: dict[str, dict[str, object]]) -> Path:
    path.write_text(
        json.dumps({"links": links, "mail": {"m": {"to": "a@b.no", "subject": "s"}}}),
        encoding="utf-8",
    )
    return path


def test_only_links_that_answered_are_dated(
    script: ModuleType, server: LoopbackServer, session: net.HttpSession, tmp_path: Path
) -> None:
    server.route("GET", "/ok", Reply(200, b"hello"))
    server.route("GET", "/moved", Reply(301, headers={"Location": "/new-home"}))
    server.route("GET", "/new-home", Reply(200))
    server.route("GET", "/enheter/918713867", Reply(200))
    server.route("GET", "/broken", Reply(500))
    dead = f"http://127.0.0.1:{closed_port()}/x"
    path = write_links(
        tmp_path / "links.json",
        {
            "ok": {"url": f"{server.url}/ok", "checked": "2026-01-01"},
            "moved": {"url": f"{server.url}/moved", "checked": None},
            "template": {
                "url": f"{server.url}/enheter/{{orgnr}}",
                "checked": None,
                "example": {"orgnr": "918713867"},
            },
            "gone": {"url": f"{server.url}/gone", "checked": "2026-01-01"},
            "broken": {"url": f"{server.url}/broken", "checked": "2026-01-01"},
            "dead": {"url": dead, "checked": None},
        },
    )

    outcomes = script.update(path, script.fetch_with(session), TODAY)

    links = json.loads(path.read_text("utf-8"))["links"]
    assert {k: v["checked"] for k, v in links.items()} == {
        "ok": "2026-12-03",
        "moved": "2026-12-03",
        "template": "2026-12-03",
        "gone": "2026-01-01",
        "broken": "2026-01-01",
        "dead": None,
    }
    answered = {o.link_id: o.answered for o in outcomes}
    assert answered == {
        "ok": True,
        "moved": True,
        "template": True,
        "gone": False,
        "broken": False,
        "dead": False,
    }
    assert server.count("GET", "/new-home") == 1  # the redirect was followed
    assert links["template"]["url"].endswith("/enheter/{orgnr}")  # the template is kept
    assert "mail" in json.loads(path.read_text("utf-8"))  # the rest of the file too


def test_dry_run_changes_nothing(
    script: ModuleType, server: LoopbackServer, session: net.HttpSession, tmp_path: Path
) -> None:
    server.route("GET", "/ok", Reply(200))
    path = write_links(
        tmp_path / "links.json", {"ok": {"url": f"{server.url}/ok", "checked": None}}
    )
    before = path.read_text("utf-8")
    outcomes = script.update(path, script.fetch_with(session), TODAY, dry_run=True)
    assert [o.answered for o in outcomes] == [True]
    assert path.read_text("utf-8") == before


def test_the_repository_file_keeps_its_layout(script: ModuleType) -> None:
    path = REPO / "resources" / "guide" / "links.json"
    text = path.read_text("utf-8")
    assert script.render(json.loads(text)) == text
