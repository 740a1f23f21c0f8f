"""The reference site: `mkdocs build --strict` (warnings are errors) builds it, and a real headless
Chromium shows a method's parameters on its area page.

Needs the `docs` extra and Debian's `chromium`; without them the tests skip, except under CI
(CI=true), where scripts/ci-docs.sh installs both and a missing one is a failure.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
import servers

ROOT = Path(__file__).resolve().parents[2]


def _missing(what: str) -> None:
    if servers.require_servers():
        pytest.fail(f"{what} is missing (CI must build and open the docs site)", pytrace=False)
    pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("mkdocstrings_handlers") is None:
        _missing("mkdocs with mkdocstrings[python] (pip install -e '.[docs]')")
    site = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
    return site


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    _missing("chromium (apt-get install chromium)")
    raise AssertionError("unreachable")


def _rendered_dom(page: Path) -> str:
    """The page's DOM after the browser loaded it and ran its scripts."""
    with tempfile.TemporaryDirectory(prefix="dockerapi-chromium-") as profile:
        result = subprocess.run(
            [
                _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                f"--user-data-dir={profile}", "--dump-dom", page.as_uri(),
            ],
            capture_output=True, text=True, timeout=120,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


class _Section(HTMLParser):
    """Collects the text of one object's documentation: from the heading with `anchor` as its id to the
    next heading of the same level, as cells of the tables in it and as the signature."""

    def __init__(self, anchor: str) -> None:
        super().__init__()
        self.anchor = anchor
        self.level: str | None = None
        self.done = False
        self.rows: list[list[str]] = []
        self.text: list[str] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        if self.level is None:
            if tag in ("h2", "h3", "h4") and dict(attrs).get("id") == self.anchor:
                self.level = tag
            return
        if tag == self.level:
            self.done = True
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if self.level is None or self.done:
            return
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self.level is None or self.done:
            return
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def test_containers_page_shows_inspect_container_and_its_parameters(built_site: Path) -> None:
    page = built_site / "reference" / "containers.html"
    assert page.is_file(), sorted(p.name for p in (built_site / "reference").iterdir())
    dom = _rendered_dom(page)
    section = _Section("dockerapi._api.container.ContainerMethods.inspect_container")
    section.feed(dom)
    assert section.level is not None, "no inspect_container heading on the containers page"
    text = " ".join("".join(section.text).split())
    assert "inspect_container(" in text  # the signature
    assert "size: bool = False" in text
    by_name = {row[0]: row for row in section.rows if row}
    # the Parameters table: name, type, description, default
    assert by_name["container"][1] == "str | Mapping[str, Any] | DockerModel"
    assert by_name["container"][3] == "required"
    assert by_name["size"][1] == "bool"
    assert by_name["size"][3] == "False"
    assert by_name["size"][2]  # a description
    # Raises, from the catalog's error map
    assert "NotFound" in by_name and "APIError" in by_name
    # the return type links to its model
    assert 'href="models.html#dockerapi.models.ContainerInspectResponse"' in dom


def test_async_page_lists_every_async_method(built_site: Path) -> None:
    from dockerapi import AsyncClient

    html = (built_site / "reference" / "async.html").read_text()
    public = sorted(name for name in dir(AsyncClient) if not name.startswith("_")
                    and callable(getattr(AsyncClient, name)))
    assert len(public) > 100
    missing = [name for name in public if f'id="dockerapi.AsyncClient.{name}"' not in html]
    assert missing == []


def test_models_page_describes_fields(built_site: Path) -> None:
    html = (built_site / "reference" / "models.html").read_text()
    assert 'id="dockerapi.models.ContainerState"' in html
    assert 'id="dockerapi.models.ContainerState.exit_code"' in html
