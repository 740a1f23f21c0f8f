"""The exception hierarchy: one base, names that docker-py users already catch."""

from __future__ import annotations

from typing import Any

__all__ = [
    "DockerException",
    "APIError",
    "NotFound",
    "ImageNotFound",
    "Conflict",
    "NotModified",
    "InvalidVersion",
    "InvalidArgument",
    "TLSParameterError",
    "DockerConnectionError",
    "DockerTimeoutError",
    "ProtocolError",
    "BuildError",
    "StreamError",
    "CredentialError",
    "ContainerError",
    "ImageLoadError",
]


class DockerException(Exception):
    """Base of every error this package raises."""


class APIError(DockerException):
    """The daemon answered with an error status.

    `explanation` is what the daemon said; `status_code`, `method` and `url` say what was asked.
    Made by hand (a test's stand-in), it also takes docker-py's arguments: `APIError(message, response,
    explanation)`, the status then read from `response`.
    """

    def __init__(
        self,
        message: str,
        response: Any = None,
        explanation: str | None = None,
        *,
        status_code: int | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        self.message: str = message
        self.explanation: str = explanation if explanation is not None else message
        self.status_code: int | None = status_code if status_code is not None else getattr(response, "status_code", None)
        self.method = method
        self.url = url
        self.response = response
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.status_code is None and not (self.method and self.url):
            # made by hand with a message only, as docker-py's: the message, and what the daemon said if given
            return self.message if self.explanation == self.message else f'{self.message} ("{self.explanation}")'
        where = f" for {self.method} {self.url}" if self.method and self.url else ""
        code = f"{self.status_code} " if self.status_code is not None else ""
        return f"{code}error{where}: {self.explanation}"

    def is_client_error(self) -> bool:
        return self.status_code is not None and 400 <= self.status_code < 500

    def is_server_error(self) -> bool:
        return self.status_code is not None and 500 <= self.status_code < 600


class NotFound(APIError):
    """404: the object does not exist."""


class ImageNotFound(NotFound):
    """404 from an image operation."""


class Conflict(APIError):
    """409: the object is in a state that does not allow the operation."""


class NotModified(APIError):
    """304: already in the requested state (already started, already stopped)."""


class InvalidVersion(DockerException):
    """An operation or parameter is not available at the API version in use. Nothing was sent."""


class InvalidArgument(DockerException, TypeError):
    """A parameter has a value the client cannot send. Nothing was sent."""


class TLSParameterError(DockerException):
    """The TLS settings are inconsistent, or the TLS handshake failed (the message says which side)."""


class DockerConnectionError(DockerException, ConnectionError):
    """The daemon could not be reached at the address named in the message."""


class DockerTimeoutError(DockerException, TimeoutError):
    """The daemon did not answer in time.

    `address` is the daemon's, `phase` what ran out of time: "connect" (opening the connection) or "read"
    (waiting for bytes of the answer); None where not known. A method's message names it and its limit.
    """

    def __init__(self, message: str, *, address: str | None = None, phase: str | None = None) -> None:
        self.address = address
        self.phase = phase
        super().__init__(message)


class ProtocolError(DockerConnectionError):
    """The daemon's answer is not valid HTTP/1.1, or its body cannot be read as the method's result.

    The message says what was wrong and where (malformed chunk, header too large, body cut short).
    A subclass of `DockerConnectionError`: the connection it came on is closed, never reused.
    """


class StreamError(DockerException):
    """A progress stream (pull, push, load, import) reported an error."""

    def __init__(self, message: str, detail: Any = None) -> None:
        self.detail = detail
        super().__init__(message)


class BuildError(StreamError):
    """A build reported an error in its output (collected with `stream=False`; a stream yields it).

    A `StreamError` too, so code catching either sees it. `build_log` is the output up to and including
    the error (one dict per message), `msg` the daemon's reason.
    """

    def __init__(self, reason: str, build_log: list[Any] | None = None) -> None:
        self.msg = reason
        self.build_log: list[Any] = build_log or []
        super().__init__(reason, self.build_log[-1] if self.build_log else None)


class CredentialError(DockerException):
    """A credential store or helper failed. The message never contains a secret."""


class ContainerError(DockerException):
    """A container run by `containers.run()` exited with a non-zero status.

    `exit_status`, `command`, `image` and the `container` say which run failed; `stderr` holds what
    it wrote to standard error, and `stdout` what it wrote to standard output (read before an
    auto-removed container disappears).
    """

    def __init__(self, container: Any, exit_status: int, command: Any, image: Any, stderr: bytes | None,
                 stdout: bytes | None = None) -> None:
        self.container = container
        self.exit_status = exit_status
        self.command = command
        self.image = image
        self.stderr = stderr
        self.stdout = stdout
        text = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else stderr
        super().__init__(f"Command {command!r} in image {image!r} returned non-zero exit status {exit_status}: {text}")


class ImageLoadError(DockerException):
    """`images.load()` read an archive that named no image."""
