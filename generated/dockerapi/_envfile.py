"""Environment files (`--env-file`): one `KEY=VALUE` per line.

Behaves like docker-py's `parse_env_file`: the line is stripped, the first `=` splits it and
both sides are kept verbatim (no quote removal, no variable expansion). Two deliberate
differences, both following the Docker CLI: a comment may be indented, and an empty
variable name is an error.
"""

from __future__ import annotations

import os

from ._errors import DockerException

__all__ = ["EnvFileError", "parse_env_file"]


class EnvFileError(DockerException, ValueError):
    """A line of an environment file is not `KEY=VALUE`."""


def parse_env_file(path: str | os.PathLike[str]) -> dict[str, str]:
    """Read `path` and return its variables; later lines override earlier ones."""
    environment: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition("=")
            if not sep or not key:
                what = "no '='" if not sep else "no variable name"
                raise EnvFileError(
                    f"invalid line {lineno} in environment file {os.fspath(path)} ({what}): {line}"
                )
            environment[key] = value
    return environment
