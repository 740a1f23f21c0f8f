# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The classic face: the seed's `Client` API and docker-py 7.2's object API, results as plain dicts and lists.

    import dockerapi.classic as docker          # code written for `import docker` runs unchanged

    client = docker.from_env()                  # a DockerClient, as docker-py's from_env() gives
    print(client.containers.run("busybox", "echo hello"))

    from dockerapi.classic import Client        # the seed's client (docker-py's APIClient)

    with Client() as client:
        info = client.inspect_container("web")
        print(json.dumps(info["State"]))       # a real dict: json, pickle, mutation all work

The same generated methods, signatures, version gates, transports and errors as `dockerapi.Client`;
only the results differ: the daemon's JSON, unvalidated (also the fastest path), typed for mypy and
IDEs by the `TypedDict`s of `dockerapi.classic.typeddicts`. `dockerapi.classic.types`, `.errors`,
`.models`, `.client`, `.context` and `.version` are docker-py's `docker.types`, `docker.errors`, `docker.models`,
`docker.client`, `docker.context` and `docker.version`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._adapters import ExitStatus
from .._connection import TLSConfig
from .._errors import (
    APIError,
    BuildError,
    Conflict,
    ContainerError,
    CredentialError,
    DockerConnectionError,
    DockerException,
    DockerTimeoutError,
    ImageLoadError,
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
from .client import DockerClient
from .context import Context, ContextAPI
from .version import __version__

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Unpack  # typing's from 3.11; a checker's name only

    from .._base_client import ClientSettings
    from . import context, errors, models, types, utils, version

# docker-py's name for the low-level client
APIClient = Client

__all__ = [
    "Client",
    "AsyncClient",
    "APIClient",
    "DockerClient",
    "Context",
    "ContextAPI",
    "TLSConfig",
    "ExitStatus",
    "from_env",
    "from_context",
    "APIError",
    "BuildError",
    "Conflict",
    "ContainerError",
    "CredentialError",
    "DockerConnectionError",
    "DockerException",
    "DockerTimeoutError",
    "ImageLoadError",
    "ImageNotFound",
    "InvalidArgument",
    "InvalidVersion",
    "NotFound",
    "NotModified",
    "ProtocolError",
    "StreamError",
    "TLSParameterError",
    "__version__",
    "context",
    "errors",
    "models",
    "types",
    "utils",
    "version",
]


def from_env(
    *,
    environment: Mapping[str, str] | None = None,
    use_context: bool = True,
    **kwargs: Unpack[ClientSettings],
) -> DockerClient:
    """A `DockerClient` set up like the docker CLI (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, contexts:
    `use_context=False` skips them), as docker-py's `docker.from_env()`; `environment` replaces `os.environ`;
    keywords override what it found. `Client.from_env()` gives the low-level client."""
    return DockerClient.from_env(environment=environment, use_context=use_context, **kwargs)


def from_context(name: str | None = None, **kwargs: Unpack[ClientSettings]) -> DockerClient:
    """A `DockerClient` for the docker CLI context `name` (None: the current one), as docker-py's
    `docker.from_context()`; keywords override what the context says."""
    return DockerClient.from_context(name, **kwargs)


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        # docker-py's submodules, loaded on first use (`docker.types.Mount`, `docker.errors.NotFound`)
        if name in ("context", "errors", "models", "types", "utils", "version"):
            import importlib

            module = importlib.import_module(f"dockerapi.classic.{name}")
            globals()[name] = module
            return module
        raise AttributeError(f"module 'dockerapi.classic' has no attribute {name!r}")
