"""Candidate gates from CHANGELOG.md.

The changelog is split into ``## vX.Y API changes`` sections and each section
into bullets.  A bullet *mentions* an endpoint when it contains "`VERB /path`"
(or "`/path`" with no verb, which then matches every verb of that path), and
it mentions a name when the name is written in backticks, or as ``?name=`` in
the endpoint.  ``mentions(key, name)`` gives the versions whose bullets
mention both.  These are only candidates: the importer reports where they
disagree with the diff and applies nothing unless spec/overrides.yaml says so.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field

_SECTION = re.compile(r"^##\s+v(\d+\.\d+)\s+API changes", re.I)
_BULLET = re.compile(r"^[*-]\s+")
_ENDPOINT = re.compile(r"`(?:(GET|POST|PUT|DELETE|HEAD)\s+)?(/(?:\([^)`]*\)|[^`\s(])*)`")
_TICK = re.compile(r"`([^`]+)`")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


def cl_norm_path(path: str) -> tuple[str, list[str]]:
    path, _, query = path.partition("?")
    names = re.findall(r"([A-Za-z0-9_\-]+)=", query) or ([query] if _NAME.match(query or "-") else [])
    path = re.sub(r"^/v\d+\.\d+", "", path)
    path = re.sub(r"\([^)]*\)", "{}", path)
    path = re.sub(r"<[^>]*>", "{}", path)
    path = re.sub(r"\{[^}]*\}", "{}", path)
    path = re.sub(r":[a-z]+", "{}", path)
    return (path.rstrip("/") or "/"), names


@dataclass
class Bullet:
    version: str
    text: str
    line: int        # for a reader's debugging only: reports cite version + digest
    endpoints: set = field(default_factory=set)   # ("GET"|None, path)
    names: set = field(default_factory=set)

    def quote(self, limit: int = 160) -> str:
        t = " ".join(self.text.split())
        return t if len(t) <= limit else t[: limit - 3] + "..."

    @property
    def digest(self) -> str:
        """A short hash of the entry's words: names it whatever moves around it in the file."""
        return hashlib.sha1(" ".join(self.text.split()).encode()).hexdigest()[:7]

    def cite(self) -> str:
        """Where the entry stands, stable across edits elsewhere in CHANGELOG.md (no line numbers)."""
        return f'CHANGELOG.md "## v{self.version} API changes" [{self.digest}]: {self.quote()}'


@dataclass
class Changelog:
    bullets: list = field(default_factory=list)
    _by_endpoint: dict = field(default_factory=lambda: defaultdict(list))

    def _bullets_for(self, key: str):
        verb, _, path = key.partition(" ")
        seen, out = set(), []
        for b in self._by_endpoint.get((verb, path), []) + self._by_endpoint.get((None, path), []):
            if id(b) not in seen:
                seen.add(id(b))
                out.append(b)
        return out

    def mentions(self, key: str, name: str) -> list[Bullet]:
        return [b for b in self._bullets_for(key) if name in b.names]

    def endpoint_mentions(self, key: str) -> list[Bullet]:
        return self._bullets_for(key)


def parse(path: str) -> Changelog:
    cl = Changelog()
    version = None
    cur: Bullet | None = None

    def flush():
        if cur is None:
            return
        for verb, p in _ENDPOINT.findall(cur.text):
            np, qnames = cl_norm_path(p)
            cur.endpoints.add((verb or None, np))
            cur.names.update(qnames)
        for tok in _TICK.findall(cur.text):
            tok = tok.strip()
            if _NAME.match(tok):
                cur.names.add(tok)
                if "." in tok:  # `HostConfig.Init` names the field Init
                    cur.names.add(tok.rsplit(".", 1)[-1])
            elif "=" in tok and _NAME.match(tok.split("=")[0]):
                cur.names.add(tok.split("=")[0])
        cl.bullets.append(cur)
        for ep in sorted(cur.endpoints, key=str):
            if cur not in cl._by_endpoint[ep]:
                cl._by_endpoint[ep].append(cur)

    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            m = _SECTION.match(line)
            if m:
                flush()
                cur = None
                version = m.group(1)
                continue
            if version is None:
                continue
            if _BULLET.match(line):
                flush()
                cur = Bullet(version=version, text=_BULLET.sub("", line, count=1), line=lineno)
            elif line.startswith("#"):
                flush()
                cur = None
            elif cur is not None and line.strip():
                cur.text += line
            elif cur is not None and not line.strip():
                pass
    flush()
    return cl


def load(folder: str) -> Changelog | None:
    p = os.path.join(folder, "CHANGELOG.md")
    return parse(p) if os.path.exists(p) else None
