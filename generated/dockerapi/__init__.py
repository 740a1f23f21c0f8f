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

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._adapters import ExitStatus
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


def from_env(*, use_context: bool = True, environment: Mapping[str, str] | None = None, **overrides: Any) -> Client:
    """A `Client` configured like the docker CLI: DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, contexts.

    Without `DOCKER_HOST` the current context is used (`DOCKER_CONTEXT`, else the config's `currentContext`);
    `use_context=False` skips it (the default socket). `environment` replaces `os.environ`; keywords
    (`timeout=`, `version=`, ...) go to `Client` and win over what was found.
    """
    from ._connection import from_env as settings_from_env

    settings = settings_from_env(environment, use_context=use_context)
    settings.update(overrides)
    return Client(**settings)


def from_context(name: str | None = None, **overrides: Any) -> Client:
    """A `Client` for the Docker CLI context `name` (`docker context ls`); None: the current context
    (`DOCKER_CONTEXT`, else the config's `currentContext`), "default": the default socket. Keywords go to `Client`."""
    from ._connection import context_settings

    settings = context_settings(name)
    settings.update(overrides)
    return Client(**settings)


def __getattr__(name: str) -> Any:
    # `dockerapi.models` (hundreds of classes) and `dockerapi.utils` load on first use.
    if name in ("models", "utils"):
        import importlib

        module = importlib.import_module(f"dockerapi.{name}")
        globals()[name] = module
        return module
    raise AttributeError(f"module 'dockerapi' has no attribute {name!r}")
