"""dockerapi: a typed Python client for the Docker Engine API, sync and async.

    from dockerapi import Client

    with Client() as client:            # DOCKER_HOST, else unix:///var/run/docker.sock
        container = client.create_container("busybox", "echo hello")
        client.start(container)
        client.wait(container)
        print(client.logs(container))

Models live in `dockerapi.models` (imported on first use, to keep `import dockerapi` fast).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import AsyncClient, Client
from ._connection import TLSConfig
from ._errors import (
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
from ._version import MIN_API_VERSION, NEWEST_API_VERSION

if TYPE_CHECKING:
    from . import models, utils

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
    "ProtocolError",
    "ImageNotFound",
    "InvalidArgument",
    "InvalidVersion",
    "NotFound",
    "NotModified",
    "StreamError",
    "TLSParameterError",
    "MIN_API_VERSION",
    "NEWEST_API_VERSION",
    "models",
    "utils",
]

__version__ = "0.1.0"


def from_env(**overrides: Any) -> Client:
    """A `Client` configured like the docker CLI: DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, contexts."""
    from ._connection import from_env as settings_from_env

    settings = settings_from_env()
    settings.update(overrides)
    return Client(**settings)


if not TYPE_CHECKING:
    # Hidden from type checkers: a module-level __getattr__ would make every unknown name (`dockerapi.Clinet`)
    # Any to them. They see `models` and `utils` through the TYPE_CHECKING import above.

    def __getattr__(name: str) -> Any:
        # `dockerapi.models` (hundreds of classes) and `dockerapi.utils` load on first use.
        if name in ("models", "utils"):
            import importlib

            module = importlib.import_module(f"dockerapi.{name}")
            globals()[name] = module
            return module
        raise AttributeError(f"module 'dockerapi' has no attribute {name!r}")
