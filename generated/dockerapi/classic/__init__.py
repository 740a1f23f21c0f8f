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

from typing import Any

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
    "from_env",
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


def from_env(**overrides: Any) -> Client:
    """A classic `Client` configured like the docker CLI: DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, contexts."""
    from .._connection import from_env as settings_from_env

    settings = settings_from_env()
    settings.update(overrides)
    return Client(**settings)
