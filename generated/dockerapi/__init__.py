"""dockerapi: a typed Python client for the Docker Engine API, sync and async.

    import dockerapi

    with dockerapi.from_env() as client:            # a DockerClient: the object API
        print(client.containers.run("busybox", "echo hello"))

    with dockerapi.Client() as api:                 # the low-level client: one method per operation
        container = api.create_container("busybox", "echo hello")
        api.start(container)
        api.wait(container)
        print(api.logs(container))

Models live in `dockerapi.models` (imported on first use, to keep `import dockerapi` fast); the object
classes in `dockerapi.objects`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._adapters import ExitStatus
from ._client import AsyncClient, Client
from ._connection import TLSConfig
from ._errors import (
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
from ._version import MIN_API_VERSION, NEWEST_API_VERSION

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Unpack  # typing's from 3.11; a checker's name only

    from . import models, objects, utils
    from ._base_client import ClientSettings
    from ._docker_client import AsyncDockerClient, DockerClient
    from ._objects import AsyncExecResult, AsyncImageStream, ExecResult, ImageStream

# names made on first use (module-level __getattr__ below): the object API's modules, ~1 ms of the import,
# are not loaded for a program that uses only Client or AsyncClient
_LAZY = {
    "DockerClient": "_docker_client",
    "AsyncDockerClient": "_docker_client",
    "ExecResult": "_objects",
    "AsyncExecResult": "_objects",
    "ImageStream": "_objects",
    "AsyncImageStream": "_objects",
    "models": None,
    "objects": None,
    "utils": None,
}

__all__ = [
    "DockerClient",
    "AsyncDockerClient",
    "Client",
    "AsyncClient",
    "ExecResult",
    "AsyncExecResult",
    "ImageStream",
    "AsyncImageStream",
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
    "ProtocolError",
    "ImageLoadError",
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
    "objects",
    "utils",
]

__version__ = "0.1.0"


def from_context(name: str | None = None, **overrides: Unpack[ClientSettings]) -> DockerClient:
    """A `DockerClient` for the docker CLI context `name` (None: the current one, DOCKER_CONTEXT or the config's
    currentContext); keywords override what the context says. `Client.from_context()` gives the low-level client."""
    from ._docker_client import DockerClient

    return DockerClient.from_context(name, **overrides)


def from_env(*, environment: Mapping[str, str] | None = None, use_context: bool = True,
             **overrides: Unpack[ClientSettings]) -> DockerClient:
    """A `DockerClient` (the object API) set up like the docker CLI: DOCKER_HOST, DOCKER_TLS_VERIFY,
    DOCKER_CERT_PATH, contexts (`use_context=False` skips them), as docker-py's `docker.from_env()`;
    `environment` replaces `os.environ`. Keywords override what it found. `Client.from_env()` and `AsyncClient.from_env()` give the low-level clients, `AsyncDockerClient.from_env()`
    the async object client."""
    from ._docker_client import DockerClient

    return DockerClient.from_env(environment=environment, use_context=use_context, **overrides)


if not TYPE_CHECKING:
    # Hidden from type checkers: a module-level __getattr__ would make every unknown name (`dockerapi.Clinet`)
    # Any to them. They see the lazy names through the TYPE_CHECKING imports above.

    def __getattr__(name: str) -> Any:
        # `dockerapi.models` (hundreds of classes), `dockerapi.objects`, `dockerapi.utils` and the object API's
        # classes load on first use
        if name not in _LAZY:
            raise AttributeError(f"module 'dockerapi' has no attribute {name!r}")
        import importlib

        module_name = _LAZY[name]
        if module_name is None:
            value = importlib.import_module(f"dockerapi.{name}")
        else:
            value = getattr(importlib.import_module(f"dockerapi.{module_name}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(_LAZY))
