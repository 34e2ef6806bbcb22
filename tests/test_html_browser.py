"""The HTML explanation in a real browser: headless Chromium, phone-sized.

Renders each example with ``pyenforce.formats.to_html``, loads the file in
headless Chromium (its command line; no Python dependency), and checks the
DOM Chromium built: one ``li.node`` a derivation step, classed by status, so
the failed branches are distinct from those that held. For us-ru-2023 it
also saves a phone-sized screenshot (412 x 915) to
``docs/explain-us-ru-2023.png``.

Chromium is not installed by the test: on Debian ``apt-get install chromium``
(the Makefile does it for ``make test``); without it the test is skipped.
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import EXAMPLE_IDS, ROOT, example
from pyenforce import Case, formats

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "",
                             shutil.which("chromium-browser") or "") if p and os.path.exists(p)),
                None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                "(apt-get install chromium)")

SCREENSHOT = ROOT / "docs" / "explain-us-ru-2023.png"
PHONE = (412, 915)


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """Run headless Chromium with no network, no profile, no first-run work."""
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-extensions", "--no-first-run", "--no-default-browser-check",
           "--hide-scrollbars", "--mute-audio", f"--user-data-dir={profile}", *args]
    env = dict(os.environ, HOME=str(tmp_path))  # keep Chromium's caches out of the real home
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    return out


class Nodes(HTMLParser):
    """The ``li.node`` elements of a DOM, in document order, and whether ``<details>`` are open."""

    def __init__(self) -> None:
        super().__init__()
        self.nodes: list[set[str]] = []
        self.details_open: list[bool] = []
        self.scripts = 0
        self.outcome: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = set((a.get("class") or "").split())
        if tag == "li" and "node" in cls:
            self.nodes.append(cls)
        elif tag == "details":
            self.details_open.append("open" in a)
        elif tag == "script":
            self.scripts += 1
        elif tag == "p" and "outcome" in cls:
            self.outcome = cls


@pytest.fixture(scope="module")
def results(engine):
    return {name: engine.evaluate(Case.from_file(example(name))) for name in EXAMPLE_IDS}


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_chromium_builds_the_tree_with_failed_branches_distinct(results, tmp_path, name):
    r = results[name]
    page = tmp_path / f"{name}.html"
    page.write_text(formats.to_html(r), encoding="utf-8")
    out = chromium(tmp_path, f"--window-size={PHONE[0]},{PHONE[1]}", "--dump-dom",
                   page.as_uri())
    dom = Nodes()
    dom.feed(out.stdout)
    steps = list(r.derivation.walk())
    assert len(dom.nodes) == len(steps), "one li.node a derivation step"
    for cls, node in zip(dom.nodes, steps):
        assert node.status in cls, (node.rule, cls)
        assert not ({"holds", "fails", "unknown"} - {node.status}) & cls
    assert dom.details_open == [n.decisive for n in steps if n.children]
    assert dom.scripts == 0
    assert r.outcome in dom.outcome
    if name == "us-ru-2023":
        assert any("fails" in c for c in dom.nodes) and any("holds" in c for c in dom.nodes)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_phone_screenshot_of_us_ru_2023(results, tmp_path):
    page = tmp_path / "us-ru-2023.html"
    page.write_text(formats.to_html(results["us-ru-2023"]), encoding="utf-8")
    shot = tmp_path / "shot.png"
    chromium(tmp_path, f"--window-size={PHONE[0]},{PHONE[1]}", f"--screenshot={shot}",
             page.as_uri())
    assert png_size(shot) == PHONE
    assert shot.stat().st_size > 20_000          # a rendered page, not a blank one
    SCREENSHOT.parent.mkdir(exist_ok=True)
    shutil.copyfile(shot, SCREENSHOT)
