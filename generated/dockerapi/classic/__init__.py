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
