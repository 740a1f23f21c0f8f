# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The classic client: the seed's `Client` API exactly, results as plain dicts and lists.

    from dockerapi.classic import Client

    with Client() as client:
        info = client.inspect_container("web")
        print(json.dumps(info["State"]))       # a real dict: json, pickle, mutation all work

The same generated methods, signatures, version gates, transports and errors as `dockerapi.Client`;
only the results differ: the daemon's JSON, unvalidated (also the fastest path), typed for mypy and
IDEs by the `TypedDict`s of `dockerapi.classic.types`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._adapters import ExitStatus
from .._connection import TLSConfig
from .._errors import (
    APIError,
    BuildError,
    Conflict,
    CredentialError,
    DockerConnectionError,
    DockerException,
    DockerTimeoutError,
    ImageNotFound,
    InvalidArgument,
    InvalidVersion,
    NotFound,
    NotModified,
    ProtocolError,
    StreamError,
    TLSParameterError,
)
from ._client import AsyncClient, Client

__all__ = [
    "Client",
    "AsyncClient",
    "TLSConfig",
    "ExitStatus",
    "from_env",
    "from_context",
    "APIError",
    "BuildError",
    "Conflict",
    "CredentialError",
    "DockerConnectionError",
    "DockerException",
    "DockerTimeoutError",
    "ImageNotFound",
    "InvalidArgument",
    "InvalidVersion",
    "NotFound",
    "NotModified",
    "ProtocolError",
    "StreamError",
    "TLSParameterError",
]


def from_env(
    *, use_context: bool = True, environment: Mapping[str, str] | None = None, **overrides: Any
) -> Client:
    """A classic `Client` configured like the docker CLI: DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, contexts.

    Without `DOCKER_HOST` the current context is used (`DOCKER_CONTEXT`, else the config's `currentContext`);
    `use_context=False` skips it (the default socket). `environment` replaces `os.environ`; keywords
    (`timeout=`, `version=`, ...) go to `Client` and win over what was found.
    """
    from .._connection import from_env as settings_from_env

    settings = settings_from_env(environment, use_context=use_context)
    settings.update(overrides)
    return Client(**settings)


def from_context(name: str | None = None, **overrides: Any) -> Client:
    """A classic `Client` for the Docker CLI context `name`; None: the current context, "default": the default
    socket. Keywords go to `Client`."""
    from .._connection import context_settings

    settings = context_settings(name)
    settings.update(overrides)
    return Client(**settings)
