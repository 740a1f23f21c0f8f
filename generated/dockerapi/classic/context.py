"""docker-py's `docker.context` for `import dockerapi.classic as docker`: the Docker CLI's contexts, read.

    from dockerapi.classic.context import ContextAPI

    current = ContextAPI.get_current_context()       # a Context; "default" when none is chosen
    print(current.Name, current.Host)                # "default", "unix:///var/run/docker.sock"

The contexts are the ones `docker context create` writes under the CLI's config directory (`$DOCKER_CONFIG`,
else `~/.docker`); the current one is named by `$DOCKER_CONTEXT`, else by the config's `currentContext`, as
the CLI and `dockerapi.from_env()` choose it. This module reads them; creating, switching and removing
contexts is the CLI's job (`docker context create/use/rm`). To connect through a context, use
`DockerClient.from_env()`, which follows the current one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

from .._connection import (
    DEFAULT_UNIX_SOCKET,
    TLSConfig,
    _config_dir,
    _context_paths,
    _current_context,
    _tls_from_dir,
)
from .._errors import InvalidArgument

__all__ = ["Context", "ContextAPI"]

_DEFAULT = "default"


class Context:
    """One Docker context: its name, its endpoints (`{"docker": {"Host": ..., "SkipTLSVerify": ...}}`) and the
    TLS material found for its docker endpoint. The capitalised properties are the names docker-py reads them by."""

    def __init__(self, name: str, metadata: Mapping[str, Any] | None = None,
                 endpoints: Mapping[str, Any] | None = None, tls: TLSConfig | None = None) -> None:
        self.name = name
        self.metadata: dict[str, Any] = dict(metadata or {})
        self.endpoints: dict[str, Any] = {key: dict(value) for key, value in (endpoints or {}).items()}
        self.tls = tls

    @property
    def Name(self) -> str:  # noqa: N802 - docker-py's name
        """The context's name ("default" for the CLI's built-in one)."""
        return self.name

    @property
    def Orchestrator(self) -> str | None:  # noqa: N802 - docker-py's name
        """The stack orchestrator the context names in its metadata, if any."""
        value = self.metadata.get("StackOrchestrator")
        return str(value) if value else None

    @property
    def Host(self) -> str | None:  # noqa: N802 - docker-py's name
        """The daemon address of the context's endpoint (its orchestrator's if it names one other than swarm)."""
        kind = self.Orchestrator
        endpoint = self.endpoints.get("docker" if kind in (None, "swarm") else kind) or {}
        host = endpoint.get("Host")
        return str(host) if host else None

    @property
    def TLSConfig(self) -> TLSConfig | None:  # noqa: N802 - docker-py's name
        """The TLS settings of the docker endpoint (None without TLS files)."""
        return self.tls

    @property
    def Metadata(self) -> dict[str, Any]:  # noqa: N802 - docker-py's name
        """The context as `docker context inspect` describes it: Name, Metadata and Endpoints."""
        return {"Name": self.name, "Metadata": dict(self.metadata), "Endpoints": dict(self.endpoints)}

    def is_docker_host(self) -> bool:
        """Whether the context's endpoint is a Docker daemon (not another orchestrator's)."""
        return self.Orchestrator in (None, "swarm")

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.name!r}>"

    def __str__(self) -> str:
        return json.dumps(self.Metadata, indent=2)


def _default() -> Context:
    # the CLI's built-in context: the local socket, no TLS (docker-py describes it with the swarm orchestrator)
    return Context(_DEFAULT, {"StackOrchestrator": "swarm"},
                   {"docker": {"Host": "unix://" + DEFAULT_UNIX_SOCKET, "SkipTLSVerify": True}})


def _load(name: str, config_dir: str) -> Context | None:
    meta_path, tls_dir = _context_paths(name, config_dir)
    try:
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as e:
        raise InvalidArgument(f"cannot read Docker context {name!r}: {e}") from None
    if not isinstance(meta, dict):
        raise InvalidArgument(f"Docker context {name!r}: {meta_path} is not a JSON object")
    endpoints = meta.get("Endpoints") or {}
    skip_verify = bool((endpoints.get("docker") or {}).get("SkipTLSVerify"))
    return Context(str(meta.get("Name") or name), meta.get("Metadata") or {}, endpoints,
                   _tls_from_dir(tls_dir, not skip_verify))


class ContextAPI:
    """The contexts of the Docker CLI's configuration (docker-py's `ContextAPI`; class methods only)."""

    @classmethod
    def get_context(cls, name: str | None = None) -> Context | None:
        """The context `name` (None: the current one); None when no context of that name exists."""
        config_dir = _config_dir(os.environ)
        if name is None:
            name = _current_context(os.environ, config_dir) or _DEFAULT
        if name == _DEFAULT:
            return _default()
        return _load(name, config_dir)

    @classmethod
    def get_current_context(cls) -> Context | None:
        """The context the CLI would use now ($DOCKER_CONTEXT, else the config's currentContext, else "default")."""
        return cls.get_context()

    @classmethod
    def contexts(cls) -> list[Context]:
        """Every context: "default" first, then the ones the CLI created."""
        config_dir = _config_dir(os.environ)
        found = [_default()]
        meta_root = os.path.join(config_dir, "contexts", "meta")
        try:
            entries = sorted(os.listdir(meta_root))
        except OSError:
            return found
        for entry in entries:
            try:
                with open(os.path.join(meta_root, entry, "meta.json"), encoding="utf-8") as f:
                    name = (json.load(f) or {}).get("Name")
            except (OSError, ValueError, AttributeError):
                continue
            if name:
                context = _load(str(name), config_dir)
                if context is not None:
                    found.append(context)
        return found
