"""Packaging metadata: the license file, classifiers that match the interpreters CI tests, project URLs,
and a README whose links also work on a package index (where relative paths lead nowhere). The built
wheel and sdist themselves are checked by scripts/ci-package.sh (python -m build, twine check)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pytest brings tomli on 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]


def project() -> dict[str, Any]:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)  # type: ignore[no-any-return]


def test_license_file_is_apache_2() -> None:
    text = (ROOT / "LICENSE").read_text()
    assert "Apache License" in text.splitlines()[1]
    assert "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text
    meta = project()
    assert meta["project"]["license"] == "Apache-2.0"
    assert meta["project"]["license-files"] == ["LICENSE"]
    sdist = meta["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert {"LICENSE", "README.md", "docs"} <= set(sdist)


def test_classifiers_name_the_tested_pythons() -> None:
    meta = project()["project"]
    classifiers = meta["classifiers"]
    assert meta["requires-python"] == ">=3.10"
    versions = sorted(c.rsplit(":: ", 1)[1] for c in classifiers
                      if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c))
    assert versions == ["3.10", "3.11", "3.12", "3.13"]
    ci = (ROOT / "scripts" / "ci-pythons.sh").read_text()
    assert "versions=(3.10 3.12 3.13)" in ci  # the others; 3.11 is CI's main interpreter
    assert "Typing :: Typed" in classifiers and (ROOT / "generated" / "dockerapi" / "py.typed").exists()
    # PEP 639: with a license expression, a License classifier is refused by the tools
    assert not [c for c in classifiers if c.startswith("License ::")]


def test_project_urls() -> None:
    urls = project()["project"]["urls"]
    assert set(urls) >= {"Homepage", "Documentation", "Repository", "Issues"}
    assert all(url.startswith("https://") for url in urls.values())


def test_readme_links_are_absolute() -> None:
    readme = (ROOT / "README.md").read_text()
    targets = re.findall(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)", readme)
    targets += re.findall(r"<(?:img|a)\s[^>]*(?:src|href)=\"([^\"]+)\"", readme)
    assert targets
    relative = [t for t in targets if not t.startswith(("https://", "http://", "#", "mailto:"))]
    assert relative == []
