"""What the v1.24 markdown reference (pre-1.25/v1.24.md) shows.

The markdown is split into endpoint sections at lines of the form
"`VERB /path`".  For each section we keep the words marked as parameters
(``**name**`` list items, ``?name=`` in the endpoint line) and the JSON keys
of its examples (``"Name":``).  The whole file's keys answer the looser
question "does 1.24 know a field called X at all" used for model fields.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

_ENDPOINT = re.compile(r"^`(GET|POST|PUT|DELETE|HEAD)\s+((?:\([^)]*\)|[^`\s(])+)[^`]*`\s*$")
_BOLD = re.compile(r"\*\*([A-Za-z0-9_.\-]+)\*\*")
_JSON_KEY = re.compile(r'"([A-Za-z0-9_.\-]+)"\s*:')
_QUERY = re.compile(r"[?&]([A-Za-z0-9_\-]+)=")


def md_norm_path(path: str) -> str:
    path = re.sub(r"^/v\d+\.\d+", "", path)
    path = path.split("?")[0]
    path = re.sub(r"\([^)]*\)", "{}", path)
    path = re.sub(r"<[^>]*>", "{}", path)
    path = re.sub(r"\{[^}]*\}", "{}", path)
    # the 1.24 text writes the plugin push endpoint with an example namespace
    path = re.sub(r"^/plugins/[^/]+/\{\}/push$", "/plugins/{}/push", path)
    return path.rstrip("/") or "/"


@dataclass
class Section:
    key: str
    words: set = field(default_factory=set)   # **bold** names and ?query= names
    keys: set = field(default_factory=set)    # "JSON": keys in examples


@dataclass
class Markdown:
    version: str
    sections: dict = field(default_factory=dict)   # op key -> Section
    all_keys: set = field(default_factory=set)

    def has_operation(self, key: str) -> bool:
        return key in self.sections

    def has_param(self, key: str, name: str) -> bool:
        s = self.sections.get(key)
        return bool(s) and (name in s.words or name.lower() in {w.lower() for w in s.words})

    def has_body_field(self, key: str, name: str) -> bool:
        s = self.sections.get(key)
        return bool(s) and (name in s.keys or name in s.words)

    def has_field(self, name: str) -> bool:
        return name in self.all_keys


def parse(path: str, version: str = "1.24") -> Markdown:
    md = Markdown(version=version)
    cur: Section | None = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = _ENDPOINT.match(line.strip())
            if m:
                key = f"{m.group(1)} {md_norm_path(m.group(2))}"
                cur = md.sections.setdefault(key, Section(key=key))
                cur.words.update(_QUERY.findall(m.group(2)))
                continue
            keys = _JSON_KEY.findall(line)
            md.all_keys.update(keys)
            md.all_keys.update(_BOLD.findall(line))
            if cur is not None:
                cur.words.update(_BOLD.findall(line))
                cur.keys.update(keys)
    return md


def load(folder: str) -> Markdown | None:
    p = os.path.join(folder, "pre-1.25", "v1.24.md")
    return parse(p) if os.path.exists(p) else None
