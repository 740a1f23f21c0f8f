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
    # docker-py's other names, so that code importing or catching them runs
    "NullResource", "StreamParseError", "ContextException", "ContextNotFound", "ContextAlreadyExists",
    "MissingContextParameter", "DeprecatedMethod", "InvalidConfigFile", "InvalidRepository",
]

# What this package raises where docker-py raises these: an empty resource id is an InvalidArgument here, a stream
# that cannot be decoded a StreamError. The alias makes `except NullResource` catch what is raised instead.
NullResource = InvalidArgument
StreamParseError = StreamError


class ContextException(DockerException):
    """A Docker CLI context cannot be used (docker-py's name; this package reports a bad context with
    InvalidArgument)."""

    def __init__(self, msg: str) -> None:
        self.msg = msg
        super().__init__(msg)


class ContextNotFound(DockerException):
    """No Docker CLI context of this name (docker-py's name; `ContextAPI.get_context()` answers None)."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"there is no Docker context named {name!r}")


class ContextAlreadyExists(DockerException):
    """A Docker CLI context of this name exists already (docker-py's name; contexts are read-only here)."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"a Docker context named {name!r} exists already")


class MissingContextParameter(DockerException):
    """A Docker CLI context lacks a setting (docker-py's name)."""

    def __init__(self, param: str) -> None:
        self.param = param
        super().__init__(f"the Docker context needs {param!r}")


class DeprecatedMethod(DockerException):
    """docker-py's name for a method it no longer offers; never raised here."""


class InvalidConfigFile(DockerException):
    """docker-py's name for an unreadable ~/.docker/config.json; this package raises CredentialError."""


class InvalidRepository(DockerException):
    """docker-py's name for a malformed repository name; this package raises InvalidArgument."""
