"""The reference site's hand-written stubs keep up with the generated package: every area module of
`dockerapi._api` has a page in the nav that renders its methods (a new catalog area without a page
fails here, before anyone builds the site)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _nav_files(nav: object) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [f for item in nav for f in _nav_files(item)]
    if isinstance(nav, dict):
        return [f for value in nav.values() for f in _nav_files(value)]
    return []


def test_every_area_has_a_page_in_the_nav() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    pages = [f for f in _nav_files(config["nav"]) if not f.startswith("https://")]
    for page in pages:
        assert (ROOT / "docs" / page).is_file(), page
    directives = {
        m.group(1)
        for page in pages
        for m in re.finditer(r"^::: (dockerapi\S*)", (ROOT / "docs" / page).read_text(), re.M)
    }
    areas = sorted(p.stem for p in (ROOT / "generated" / "dockerapi" / "_api").glob("*.py") if p.stem != "__init__")
    assert len(areas) >= 15
    for area in areas:
        source = (ROOT / "generated" / "dockerapi" / "_api" / f"{area}.py").read_text()
        sync_class = re.search(r"^class (\w+Methods)\(SyncAPIClient\)", source, re.M)
        assert sync_class, area
        assert f"dockerapi._api.{area}.{sync_class.group(1)}" in directives, f"no reference page for area {area!r}"
    for module in ("dockerapi.AsyncClient", "dockerapi.classic.Client", "dockerapi.classic.typeddicts",
                   "dockerapi.models", "dockerapi.utils", "dockerapi._errors"):
        assert module in directives, module


def test_every_kind_of_object_has_its_generated_page_in_the_nav() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    pages = set(_nav_files(config["nav"]))
    kinds = sorted(p.stem for p in (ROOT / "spec" / "objects").glob("*.yaml") if p.stem != "client")
    assert "containers" in kinds
    for kind in kinds:
        assert f"objects/{kind}.md" in pages, f"no page in the nav for the {kind} objects"
        assert (ROOT / "docs" / "objects" / f"{kind}.md").read_text().startswith("<!-- Generated from spec/")
    assert "objects/index.md" in pages
