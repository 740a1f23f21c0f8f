"""`.dockerignore` parsing and matching with the semantics of the Docker CLI.

* One pattern per line; a line whose first character is `#` is a comment; surrounding
  whitespace is dropped; blank lines are skipped.
* `!pattern` re-includes what earlier patterns excluded; the last matching pattern wins.
* Patterns are cleaned like Go's `filepath.Clean` and a leading `/` is dropped, so
  `/a/./b/` means `a/b`.
* `*`, `?` and `[...]` behave as in Go's `filepath.Match` (never crossing `/`); `**` matches
  any number of directories, including none.
* A pattern that matches a directory also matches everything below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._errors import InvalidArgument

__all__ = ["IgnoreMatcher", "Pattern", "clean_path", "parse"]


def clean_path(path: str) -> str:
    """Lexically clean a slash-separated path like Go's `path.Clean`."""
    if not path:
        return "."
    rooted = path.startswith("/")
    out: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if out and out[-1] != "..":
                out.pop()
            elif not rooted:
                out.append("..")
            continue
        out.append(part)
    cleaned = "/".join(out)
    if rooted:
        return "/" + cleaned
    return cleaned or "."


def _translate_class(pattern: str, i: int) -> tuple[str, int]:
    """Translate a `[...]` class starting after `[` at index i; return (regex, next index)."""
    n = len(pattern)
    negate = False
    if i < n and pattern[i] == "^":
        negate = True
        i += 1
    items: list[str] = []
    first = True
    while True:
        if i >= n:
            raise InvalidArgument(f"invalid .dockerignore pattern {pattern!r}: unterminated '['")
        c = pattern[i]
        if c == "]" and not first:
            i += 1
            break
        first = False
        lo, i = _class_char(pattern, i)
        if i < n and pattern[i] == "-" and i + 1 < n and pattern[i + 1] != "]":
            hi, i = _class_char(pattern, i + 1)
            if hi < lo:
                raise InvalidArgument(f"invalid .dockerignore pattern {pattern!r}: bad range")
            items.append(re.escape(lo) + "-" + re.escape(hi))
        else:
            items.append(re.escape(lo))
    body = "".join(items)
    # Like filepath.Match, a class never matches the separator.
    return ("[^/" + body + "]" if negate else "(?!/)[" + body + "]"), i


def _class_char(pattern: str, i: int) -> tuple[str, int]:
    if pattern[i] == "\\":
        i += 1
        if i >= len(pattern):
            raise InvalidArgument(f"invalid .dockerignore pattern {pattern!r}: trailing '\\'")
    return pattern[i], i + 1


def _translate(pattern: str) -> str:
    """Translate a cleaned pattern into an anchored regular expression."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == "*":
            if i < n and pattern[i] == "*":
                i += 1
                if i < n and pattern[i] == "/":
                    i += 1
                # "**" at the end accepts everything; elsewhere any run of whole directories.
                out.append(".*" if i >= n else "(?:.*/)?")
            else:
                out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            regex, i = _translate_class(pattern, i)
            out.append(regex)
        elif c == "\\" and i < n:
            out.append(re.escape(pattern[i]))
            i += 1
        else:
            out.append(re.escape(c))
    return "".join(out)


@dataclass(frozen=True)
class Pattern:
    """One cleaned `.dockerignore` line."""

    pattern: str
    exclusion: bool = False
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    parts: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(_translate(self.pattern), re.DOTALL))
        object.__setattr__(self, "parts", tuple(self.pattern.split("/")))

    @classmethod
    def from_line(cls, line: str) -> Pattern | None:
        """Parse one stripped, non-comment line; `None` if nothing is left."""
        line = line.strip()
        if not line:
            return None
        exclusion = line.startswith("!")
        if exclusion:
            line = line[1:].strip()
            if not line:
                raise InvalidArgument('invalid .dockerignore pattern "!": nothing to re-include')
        line = clean_path(line)
        if len(line) > 1 and line.startswith("/"):
            line = line[1:]
        return cls(line, exclusion)

    def match(self, relpath: str) -> bool:
        """Whether the pattern matches exactly this path (not its parents)."""
        return self.regex.fullmatch(relpath) is not None

    def could_match_below(self, dir_parts: list[str]) -> bool:
        """Whether the pattern might match some path strictly inside the directory.

        Conservative: any `**` says yes. Otherwise the pattern needs more components than the
        directory and its leading components must match the directory's one by one.
        """
        if "**" in self.pattern:
            return True
        if len(self.parts) <= len(dir_parts):
            return False
        return all(
            re.fullmatch(_translate(p), d, re.DOTALL) is not None for p, d in zip(self.parts, dir_parts, strict=False)
        )

    def __str__(self) -> str:
        return ("!" if self.exclusion else "") + self.pattern


def parse(text: str) -> list[Pattern]:
    """Parse the content of a `.dockerignore` file."""
    patterns: list[Pattern] = []
    for lineno, line in enumerate(text.splitlines()):
        if lineno == 0:
            line = line.removeprefix("\ufeff")
        # As in the CLI, only a '#' in the first column starts a comment.
        if line.startswith("#"):
            continue
        pattern = Pattern.from_line(line)
        if pattern is not None:
            patterns.append(pattern)
    return patterns


class IgnoreMatcher:
    """Decide which context paths a list of patterns excludes."""

    def __init__(self, patterns: list[Pattern] | list[str]) -> None:
        compiled: list[Pattern] = []
        for p in patterns:
            if isinstance(p, Pattern):
                compiled.append(p)
            else:
                parsed = Pattern.from_line(p)
                if parsed is not None:
                    compiled.append(parsed)
        self.patterns: list[Pattern] = compiled
        self._exclusions = [p for p in compiled if p.exclusion]

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def matches(self, relpath: str) -> bool:
        """Whether `relpath` (slash-separated, relative to the context) is excluded."""
        relpath = clean_path(relpath)
        parts = relpath.split("/")
        # The path itself and each of its parents, shortest last is irrelevant: any match counts.
        candidates = [relpath] + ["/".join(parts[: i + 1]) for i in range(len(parts) - 1)]
        excluded = False
        for pattern in self.patterns:
            # Only a pattern that could flip the current answer needs evaluating.
            if pattern.exclusion != excluded:
                continue
            if any(pattern.match(c) for c in candidates):
                excluded = not pattern.exclusion
        return excluded

    def can_skip_dir(self, relpath: str) -> bool:
        """Whether a walk may skip this directory without looking inside.

        True only if the directory is excluded and no `!` pattern could re-include a path
        below it.
        """
        if not self.matches(relpath):
            return False
        parts = clean_path(relpath).split("/")
        return not any(p.could_match_below(parts) for p in self._exclusions)
