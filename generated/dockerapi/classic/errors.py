"""docker-py's `docker.errors` for `import dockerapi.classic as docker`: the package's exceptions by docker-py's names."""

from __future__ import annotations

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

__all__ = [
    "APIError", "BuildError", "Conflict", "ContainerError", "CredentialError", "DockerConnectionError",
    "DockerException", "DockerTimeoutError", "ImageLoadError", "ImageNotFound", "InvalidArgument", "InvalidVersion",
    "NotFound", "NotModified", "ProtocolError", "StreamError", "TLSParameterError",
]
