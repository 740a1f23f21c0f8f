# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `containers` objects and their collection, as docker-py 7.2 has them; generated from spec/objects/containers.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast, overload

from ... import _object_plans as _plans
from ..._objects import DockerObject, ExecResult, ObjectCollection, RunOutput

if TYPE_CHECKING:
    from ... import models
    from ..._adapters import ExitStatus
    from ..._model_base import DockerModel
    from ..._streams import HijackedSocket, JSONStream, OutputStream, RawStream
    from .. import typeddicts
    from ..client import DockerClient
    from .images import Image

__all__ = ["Container", "ContainerCollection"]


class Container(DockerObject):
    """A container, as the daemon last described it (`attrs`); its methods act on it by id."""

    _id_field: ClassVar[str] = "Id"
    client: DockerClient
    collection: ContainerCollection

    @property
    def attrs(self) -> dict[str, Any]:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("dict[str, Any]", self._get_attrs())

    @attrs.setter
    def attrs(self, value: dict[str, Any]) -> None:
        self._set_attrs(value)

    @property
    def name(self) -> str | None:
        """The container's name, without Docker's leading slash."""
        return _plans.container_name(self._attrs)

    @property
    def labels(self) -> dict[str, str]:
        """The labels the container was created with."""
        return _plans.container_labels(self._attrs)

    @property
    def status(self) -> str | None:
        """The run state in one word: created, running, paused, restarting, removing, exited, dead."""
        return _plans.container_status(self._attrs)

    @property
    def health(self) -> str:
        """The healthcheck's verdict: starting, healthy, unhealthy, or unknown without a healthcheck."""
        return _plans.container_health(self._attrs)

    @property
    def ports(self) -> dict[str, Any] | None:
        """The published ports: container port ("80/tcp") -> host bindings."""
        return _plans.container_ports(self._attrs)

    @property
    def image(self) -> Image | None:
        """The image the container was created from, read from the daemon; None when the image is gone or the engine does not say which it is. Reads the daemon."""
        return cast("Image | None", self.client.api._run(_plans.container_image(self), "Container.image"))

    def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(self.client.api.inspect_container(self.id))

    @overload
    def attach(
        self,
        stdout: bool = ...,
        stderr: bool = ...,
        *,
        stream: Literal[True],
        demux: Literal[True],
        logs: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[tuple[bytes | None, bytes | None]]: ...
    @overload
    def attach(
        self,
        stdout: bool = ...,
        stderr: bool = ...,
        *,
        stream: Literal[True],
        demux: Literal[False] = ...,
        logs: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[bytes]: ...
    @overload
    def attach(
        self,
        stdout: bool = ...,
        stderr: bool = ...,
        *,
        demux: Literal[True],
        stream: Literal[False] = ...,
        logs: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> tuple[bytes | None, bytes | None]: ...
    @overload
    def attach(
        self,
        stdout: bool = ...,
        stderr: bool = ...,
        *,
        stream: Literal[False] = ...,
        demux: Literal[False] = ...,
        logs: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes: ...

    def attach(
        self,
        stdout: bool = True,
        stderr: bool = True,
        stream: bool = False,
        logs: bool = False,
        demux: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> (
        OutputStream[tuple[bytes | None, bytes | None]]
        | OutputStream[bytes]
        | tuple[bytes | None, bytes | None]
        | bytes
    ):
        """Read a container's output from now on, and with logs=True its earlier output first.

        Without stream the call returns only when the output ends, i.e. when the container stops.
        For writing to stdin use attach_socket().

        Calls `client.api.attach()`. Endpoint: `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            stdout: Include what the container writes to stdout. Default: `True`.
            stderr: Include what the container writes to stderr. Default: `True`.
            stream: False collects the output until it ends and returns bytes; True returns an
                iterator of bytes chunks that is also a context manager. Default: `False`.
            logs: Replay the output written before the call, then continue with new output.
                Default: `False`.
            demux: Keep stdout and stderr apart: a (stdout, stderr) pair, or with stream=True an
                iterator of pairs with one side None. A container with a TTY has only stdout.
                Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            OutputStream[tuple[bytes | None, bytes | None]] | OutputStream[bytes] | tuple[bytes
                | None, bytes | None] | bytes: The output as bytes, a (stdout, stderr) pair with
                demux, or with stream=True an iterator of chunks or pairs.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "OutputStream[tuple[bytes | None, bytes | None]] | OutputStream[bytes] | tuple[bytes | None, bytes | None] | bytes",
            api.attach(
                container=self.id,
                stdout=stdout,
                stderr=stderr,
                stream=stream,
                logs=logs,
                demux=demux,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    def attach_socket(
        self,
        params: dict[str, Any] | None = None,
        ws: bool = False,
        *,
        detach_keys: str | None = None,
        logs: bool = False,
        stream: bool = True,
        stdin: bool = True,
        stdout: bool = True,
        stderr: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> HijackedSocket:
        """Attach to a container and return the connection itself, to write its stdin and read its output.

        The returned socket-like object has sendall(), recv(), read_all(), close_write() (ends stdin
        and keeps reading) and close(); use it as a context manager. What it reads is framed with
        Docker's 8-byte headers unless the container has a TTY. The container needs stdin_open=True
        to take input.

        Calls `client.api.attach_socket()`. Endpoint: `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            params: Kept for the classic signature; this client ignores it: use the keywords
                above to set the query.
            ws: Kept for the classic signature; this client ignores it and always attaches over
                plain HTTP. Use attach_websocket() for a WebSocket. Default: `False`.
            detach_keys: The key sequence that detaches, e.g. "ctrl-p,ctrl-q": single letters or
                "ctrl-" followed by a-z, @, ^, [, "," or _.
            logs: Send the output written before the call first. Default: `False`.
            stream: Keep sending output as it is written. Default: `True`.
            stdin: Connect the container's stdin to what you write. Default: `True`.
            stdout: Receive what the container writes to stdout. Default: `True`.
            stderr: Receive what the container writes to stderr. Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            HijackedSocket: The open connection, socket-like; close it when done.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.attach_socket(
            container=self.id,
            params=params,
            ws=ws,
            detach_keys=detach_keys,
            logs=logs,
            stream=stream,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def commit(
        self,
        repository: str | None = None,
        tag: str | None = None,
        message: str | None = None,
        author: str | None = None,
        pause: bool = True,
        changes: str | list[str] | None = None,
        conf: models.ContainerConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Image:
        """Save a container's current filesystem and settings as a new image, like `docker commit`.

        Calls `client.api.commit()`. Endpoint: `POST /commit`, API >= 1.24.

        Args:
            repository: Repository name for the new image, e.g. "myapp" or
                "registry.example.com/team/myapp".
            tag: Tag for the new image, e.g. "v2".
            message: A commit message stored with the image (shown as its Comment).
            author: The author recorded in the image, e.g. "Jane Doe <jane@example.com>".
            pause: Pause the container while its filesystem is copied, so the snapshot is
                consistent. Default: `True`.
            changes: Dockerfile instructions to apply, as one string such as "ENV DEBUG=true" or
                a list of them.
            conf: Container settings to store in the image (Cmd, Env, Labels, ExposedPorts...),
                as a ContainerConfig or a dict keyed by wire names; they override what the container
                had.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Image: The new image's ID, under "Id".

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        answer = self.client.api.commit(
            container=self.id,
            repository=repository,
            tag=tag,
            message=message,
            author=author,
            pause=pause,
            changes=changes,
            conf=conf,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )
        return self.client.images.get(answer["Id"])

    def diff(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> list[typeddicts.FilesystemChange]:
        """List the files changed in a container's filesystem since it was created.

        Calls `client.api.diff()`. Endpoint: `GET /containers/{id}/changes`, API >= 1.24.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[FilesystemChange]: One entry per changed path with its kind of change: 0
                modified, 1 added, 2 deleted.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.diff(
            container=self.id, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def export(
        self,
        chunk_size: int | None = 2097152,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawStream:
        """Read a container's whole filesystem as a tar stream, like `docker export`.

        Volumes mounted into the container are not included.

        Calls `client.api.export()`. Endpoint: `GET /containers/{id}/export`, API >= 1.24.

        Args:
            chunk_size: Kept for the classic signature; the stream yields chunks as they arrive.
                For fixed-size pieces iterate `stream.stream(chunk_size)`. Default: `2097152`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            RawStream: The tar stream; iterate its bytes chunks, or read `.data` whole. Close it
                when not read to the end.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.export(
            container=self.id,
            chunk_size=chunk_size,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def get_archive(
        self,
        path: str,
        chunk_size: int | None = 2097152,
        encode_stream: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> tuple[RawStream, dict[str, Any] | None]:
        """Read a file or directory of a container as a tar stream, with its metadata.

        Works on stopped containers too. The archive holds the path's last element at its top level
        (a directory with everything below it). For a few files, `.data` gives the whole archive as
        bytes.

        Calls `client.api.get_archive()`. Endpoint: `GET /containers/{id}/archive`, API >= 1.24.

        Args:
            path: The file or directory inside the container, absolute or relative to its root.
            chunk_size: Kept for the classic signature; the stream yields chunks as they arrive.
                For fixed-size pieces iterate `stream.stream(chunk_size)`. Default: `2097152`.
            encode_stream: Kept for the classic signature and ignored: the client always asks
                for the archive uncompressed. Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            tuple[RawStream, dict[str, Any] | None]: A pair: the tar stream (iterate its bytes
                chunks, or read `.data` whole) and the path's metadata as a dict with name, size,
                mode, mtime and linkTarget.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.get_archive(
            container=self.id,
            path=path,
            chunk_size=chunk_size,
            encode_stream=encode_stream,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def kill(
        self,
        signal: str | int | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Send a signal to a running container's main process, SIGKILL unless told otherwise.

        The call returns at once; use wait() to learn when the container has stopped.

        Calls `client.api.kill()`. Endpoint: `POST /containers/{id}/kill`, API >= 1.24.

        Args:
            signal: The signal: a name such as "SIGHUP" or "SIGTERM", or a number (an int or a
                `signal.Signals`).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            NotFound: no such object (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.kill(
            container=self.id, signal=signal, request_timeout=request_timeout, extra_headers=extra_headers
        )

    @overload
    def logs(
        self,
        stdout: bool = ...,
        stderr: bool = ...,
        *,
        stream: Literal[True],
        demux: Literal[True],
        timestamps: bool = ...,
        tail: str | int = ...,
        since: datetime | int | float | str | None = ...,
        follow: bool | None = ...,
        until: datetime | int | float | str | None = ...,
        is_tty: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[tuple[bytes | None, bytes | None]]: ...
    @overload
    def logs(
        self,
        stdout: bool = ...,
        stderr: bool = ...,
        *,
        stream: Literal[True],
        demux: Literal[False] = ...,
        timestamps: bool = ...,
        tail: str | int = ...,
        since: datetime | int | float | str | None = ...,
        follow: bool | None = ...,
        until: datetime | int | float | str | None = ...,
        is_tty: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[bytes]: ...
    @overload
    def logs(
        self,
        stdout: bool = ...,
        stderr: bool = ...,
        *,
        demux: Literal[True],
        stream: Literal[False] = ...,
        timestamps: bool = ...,
        tail: str | int = ...,
        since: datetime | int | float | str | None = ...,
        follow: bool | None = ...,
        until: datetime | int | float | str | None = ...,
        is_tty: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> tuple[bytes | None, bytes | None]: ...
    @overload
    def logs(
        self,
        stdout: bool = ...,
        stderr: bool = ...,
        *,
        stream: Literal[False] = ...,
        demux: Literal[False] = ...,
        timestamps: bool = ...,
        tail: str | int = ...,
        since: datetime | int | float | str | None = ...,
        follow: bool | None = ...,
        until: datetime | int | float | str | None = ...,
        is_tty: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes: ...

    def logs(
        self,
        stdout: bool = True,
        stderr: bool = True,
        stream: bool = False,
        timestamps: bool = False,
        tail: str | int = "all",
        since: datetime | int | float | str | None = None,
        follow: bool | None = None,
        until: datetime | int | float | str | None = None,
        *,
        demux: bool = False,
        is_tty: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> (
        OutputStream[tuple[bytes | None, bytes | None]]
        | OutputStream[bytes]
        | tuple[bytes | None, bytes | None]
        | bytes
    ):
        """Read a container's output (stdout and stderr), all at once or as a stream.

        Reading logs back needs a log driver that supports it, such as json-file, local or journald
        (Docker 20.10+ also keeps a local copy for other drivers). For a container with a TTY the
        output is one raw stream, so demux puts everything on the stdout side. On AsyncClient
        iterate with `async for chunk in await client.logs(c, stream=True)`.

        Calls `client.api.logs()`. Endpoint: `GET /containers/{id}/logs`, API >= 1.24.

        Args:
            stdout: Include what the container wrote to stdout. Default: `True`.
            stderr: Include what the container wrote to stderr. Default: `True`.
            stream: False returns the output as bytes; True returns an iterator of bytes chunks
                (one per write of the container) that can also be used as a context manager.
                Default: `False`.
            timestamps: Prefix each line with the time it was written (RFC 3339 with
                nanoseconds). Default: `False`.
            tail: The number of lines to show from the end, as an int or a string, or "all".
                Default: `'all'`.
            since: Only output written at or after this moment: a datetime (naive means UTC),
                Unix seconds as an int or float (fractions kept), or a string the daemon parses.
            follow: Keep the connection open and deliver new output as it is written, until the
                container stops; when None, follows exactly when stream is true.
            until: Only output written before this moment, in the same forms as since. API >=
                1.35.
            demux: Keep stdout and stderr apart: a (stdout, stderr) pair of bytes (None for an
                empty side), or with stream=True an iterator of such pairs with one side None.
                Default: `False`.
            is_tty: Whether the container runs with a TTY (its output is then raw, not framed);
                when unknown, daemons before API 1.42 (which do not say it in the answer) are asked
                with an inspect, one request more.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            OutputStream[tuple[bytes | None, bytes | None]] | OutputStream[bytes] | tuple[bytes
                | None, bytes | None] | bytes: The output as bytes, a (stdout, stderr) pair with
                demux, or with stream=True an iterator of chunks or pairs.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "OutputStream[tuple[bytes | None, bytes | None]] | OutputStream[bytes] | tuple[bytes | None, bytes | None] | bytes",
            api.logs(
                container=self.id,
                stdout=stdout,
                stderr=stderr,
                stream=stream,
                timestamps=timestamps,
                tail=tail,
                since=since,
                follow=follow,
                until=until,
                demux=demux,
                is_tty=is_tty,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    def pause(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> None:
        """Freeze every process of a container (with the cgroup freezer on Linux).

        Calls `client.api.pause()`. Endpoint: `POST /containers/{id}/pause`, API >= 1.24.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.pause(
            container=self.id, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def put_archive(
        self,
        path: str,
        data: Any = None,
        *,
        no_overwrite_dir_non_dir: bool | None = None,
        copy_uid_gid: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Unpack a tar archive into a directory of a container.

        Works on stopped containers too. The archive may be plain or compressed with gzip, bzip2 or
        xz. The directory must exist and the container's root filesystem must be writable.

        Calls `client.api.put_archive()`. Endpoint: `PUT /containers/{id}/archive`, API >= 1.24.

        Args:
            path: The directory inside the container to unpack into.
            data: The archive: bytes, a binary file opened for reading, or an iterable of bytes
                chunks.
            no_overwrite_dir_non_dir: Refuse to replace an existing directory with a
                non-directory, or the reverse.
            copy_uid_gid: Give the unpacked files the owner and group recorded in the archive,
                mapped into the container. API >= 1.30.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the archive is unpacked.

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.put_archive(
            container=self.id,
            path=path,
            data=data,
            no_overwrite_dir_non_dir=no_overwrite_dir_non_dir,
            copy_uid_gid=copy_uid_gid,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def remove(
        self,
        v: bool = False,
        link: bool = False,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a container.

        Calls `client.api.remove_container()`. Endpoint: `DELETE /containers/{id}`, API >= 1.24.

        Args:
            v: Also delete the container's anonymous volumes; named volumes are kept. Default:
                `False`.
            link: Remove only the link of this name (such as "/web/db") and keep the container.
                Default: `False`. API >= 1.27.
            force: Kill the container first if it is running, instead of refusing. Default:
                `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            NotFound: no such object (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.remove_container(
            container=self.id,
            v=v,
            link=link,
            force=force,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def rename(
        self,
        name: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Give a container a new name.

        Calls `client.api.rename()`. Endpoint: `POST /containers/{id}/rename`, API >= 1.24.

        Args:
            name: The new name (letters, digits, "_", "." and "-"); it must not be taken by
                another container.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            NotFound: no such object (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.rename(
            container=self.id, name=name, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def resize(
        self,
        height: int,
        width: int,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Set the size of a container's TTY, in characters.

        Only meaningful for a container created with tty=True.

        Calls `client.api.resize()`. Endpoint: `POST /containers/{id}/resize`, API >= 1.24.

        Args:
            height: Number of rows.
            width: Number of columns.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.resize(
            container=self.id,
            height=height,
            width=width,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def restart(
        self,
        timeout: int | None = 10,
        *,
        signal: str | int | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Stop a container if it runs, then start it again.

        Calls `client.api.restart()`. Endpoint: `POST /containers/{id}/restart`, API >= 1.24.

        Args:
            timeout: Seconds to wait after the stop signal before killing the container; 0 kills
                at once. Default: `10`.
            signal: The signal to send instead of the container's stop signal: a name such as
                "SIGINT" or a number. API >= 1.42.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.restart(
            container=self.id,
            timeout=timeout,
            signal=signal,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def start(
        self,
        *,
        detach_keys: str | None = None,
        host_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Start a created or stopped container.

        Starting a container that is already running is not an error.

        Calls `client.api.start()`. Endpoint: `POST /containers/{id}/start`, API >= 1.24.

        Args:
            detach_keys: The key sequence that detaches from the container, e.g.
                "ctrl-p,ctrl-q": single letters or "ctrl-" followed by a-z, @, ^, [, "," or _.
            host_config: Host settings at start time, which the API no longer accepts; pass them
                to create_container. Not in API >= 1.24. Pass host settings to
                create_container(host_config=create_host_config(...)).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.start(
            container=self.id,
            detach_keys=detach_keys,
            host_config=host_config,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    @overload
    def stats(
        self,
        *,
        decode: Literal[True],
        stream: Literal[True] = ...,
        one_shot: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]]: ...
    @overload
    def stats(
        self,
        *,
        decode: Literal[True],
        stream: Literal[False],
        one_shot: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.ContainerStatsResponse: ...
    @overload
    def stats(
        self,
        *,
        decode: Literal[False] = ...,
        stream: Literal[True] = ...,
        one_shot: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str]: ...
    @overload
    def stats(
        self,
        *,
        stream: Literal[False],
        decode: Literal[False] = ...,
        one_shot: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.ContainerStatsResponse: ...

    def stats(
        self,
        decode: bool | None = None,
        stream: bool = True,
        one_shot: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | typeddicts.ContainerStatsResponse | JSONStream[str]:
        """Sample a container's CPU, memory, network, block-IO and process counts, once or as a live feed.

        The daemon sends a new sample about once a second. A CPU percentage needs two samples: each
        one carries the previous CPU figures in `precpu_stats` for that purpose.

        Calls `client.api.stats()`. Endpoint: `GET /containers/{id}/stats`, API >= 1.24.

        Args:
            decode: With stream=True, yield each sample as a dict instead of its JSON text. A
                single sample (stream=False) is always parsed.
            stream: True returns an iterator that yields a sample each second until it is
                closed; False returns one sample: a ContainerStatsResponse model (a dict from
                dockerapi.classic). Default: `True`.
            one_shot: With stream=False, answer at once instead of waiting for a second sample;
                `precpu_stats` then holds zeros. Only valid with stream=False. API >= 1.41.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[dict[str, Any]] | ContainerStatsResponse | JSONStream[str]: One sample (a
                model on the typed face, a dict on the classic one), or an iterator of samples (JSON
                strings, or dicts with decode=True) usable as a context manager.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "JSONStream[dict[str, Any]] | typeddicts.ContainerStatsResponse | JSONStream[str]",
            api.stats(
                container=self.id,
                decode=decode,
                stream=stream,
                one_shot=one_shot,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    def stop(
        self,
        timeout: int | None = None,
        *,
        signal: str | int | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Stop a container, killing it if it does not exit in time.

        Sends the stop signal, waits, then sends SIGKILL. Stopping a container that is not running
        is not an error. The call takes as long as the wait, so the client's read timeout must allow
        it.

        Calls `client.api.stop()`. Endpoint: `POST /containers/{id}/stop`, API >= 1.24.

        Args:
            timeout: Seconds to wait after the stop signal before killing; unset uses the
                container's stop timeout (10 s unless configured). 0 kills at once.
            signal: The signal to send instead of the container's stop signal: a name such as
                "SIGINT" or a number (an int or a `signal.Signals`). API >= 1.42.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.stop(
            container=self.id,
            timeout=timeout,
            signal=signal,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def top(
        self,
        ps_args: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.ContainerTopResponse:
        """List the processes running inside a container, as `ps` shows them.

        Calls `client.api.top()`. Endpoint: `GET /containers/{id}/top`, API >= 1.24.

        Args:
            ps_args: Options for the `ps` the daemon runs, e.g. "aux"; when unset the daemon
                uses "-ef".
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            ContainerTopResponse: The `ps` column titles and one row of values per process.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.top(
            container=self.id, ps_args=ps_args, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def unpause(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> None:
        """Resume the processes of a paused container.

        Calls `client.api.unpause()`. Endpoint: `POST /containers/{id}/unpause`, API >= 1.24.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.unpause(
            container=self.id, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def update(
        self,
        blkio_weight: int | None = None,
        cpu_period: int | None = None,
        cpu_quota: int | None = None,
        cpu_shares: int | None = None,
        cpuset_cpus: str | None = None,
        cpuset_mems: str | None = None,
        mem_limit: int | str | None = None,
        mem_reservation: int | str | None = None,
        memswap_limit: int | str | None = None,
        kernel_memory: int | str | None = None,
        restart_policy: dict[str, Any] | None = None,
        *,
        cgroup_parent: str | None = None,
        blkio_weight_device: list[models.HostConfigBlkioWeightDevice | Mapping[str, Any]] | None = None,
        blkio_device_read_bps: list[models.ThrottleDevice | Mapping[str, Any]] | None = None,
        blkio_device_write_bps: list[models.ThrottleDevice | Mapping[str, Any]] | None = None,
        blkio_device_read_iops: list[models.ThrottleDevice | Mapping[str, Any]] | None = None,
        blkio_device_write_iops: list[models.ThrottleDevice | Mapping[str, Any]] | None = None,
        cpu_realtime_period: int | None = None,
        cpu_realtime_runtime: int | None = None,
        devices: list[models.DeviceMapping | Mapping[str, Any]] | None = None,
        device_cgroup_rules: list[str] | None = None,
        device_requests: list[models.DeviceRequest | Mapping[str, Any]] | None = None,
        memory_swappiness: int | None = None,
        nano_cpus: int | None = None,
        oom_kill_disable: bool | None = None,
        init: bool | None = None,
        pids_limit: int | None = None,
        ulimits: list[models.HostConfigUlimits | Mapping[str, Any]] | None = None,
        cpu_count: int | None = None,
        cpu_percent: int | None = None,
        io_maximum_iops: int | None = None,
        io_maximum_bandwidth: int | None = None,
        disk_quota: int | None = None,
        kernel_memory_tcp: int | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.ContainerUpdateResponse:
        """Change the resource limits and restart policy of an existing container.

        Only the settings given are changed; the others keep their values. Most take effect on a
        running container at once.

        Calls `client.api.update_container()`. Endpoint: `POST /containers/{id}/update`, API >=
        1.24.

        Args:
            blkio_weight: Relative block-IO weight, from 10 to 1000.
            cpu_period: Length of a CPU scheduling period in microseconds, used with cpu_quota.
            cpu_quota: CPU time in microseconds the container may use per cpu_period; 50000 of
                100000 is half a CPU.
            cpu_shares: Relative CPU weight against other containers (1024 is the usual
                baseline).
            cpuset_cpus: The CPUs the container may run on, e.g. "0-3" or "0,2".
            cpuset_mems: The NUMA memory nodes the container may use, e.g. "0" or "0-1" (NUMA
                hosts only).
            mem_limit: Memory limit: bytes as an int, or a string with a b, k, m or g suffix
                (powers of 1024) such as "512m".
            mem_reservation: Soft memory limit, applied when the host runs short; bytes or a
                string such as "256m".
            memswap_limit: Limit on memory plus swap, bytes or a string such as "1g"; -1 allows
                unlimited swap.
            kernel_memory: Kernel memory limit, bytes or a string such as "64m"; newer kernels
                ignore it. API >= 1.36. Not in API >= 1.42.
            restart_policy: When to restart the container: a dict such as {"Name": "on-failure",
                "MaximumRetryCount": 3}, or just the name: "no", "always", "unless-stopped" or
                "on-failure".
            cgroup_parent: The parent of the container's own cgroup; a relative path is taken
                under the init process's cgroup. API >= 1.25.
            blkio_weight_device: Per-device block-IO weights: a list of {"Path": "/dev/sda",
                "Weight": 300}. API >= 1.55.
            blkio_device_read_bps: Per-device read limits in bytes per second: a list of
                {"Path": "/dev/sda", "Rate": 1048576}. API >= 1.55.
            blkio_device_write_bps: Per-device write limits in bytes per second: a list of
                {"Path": "/dev/sda", "Rate": 1048576}. API >= 1.55.
            blkio_device_read_iops: Per-device read limits in operations per second: a list of
                {"Path": "/dev/sda", "Rate": 100}. API >= 1.55.
            blkio_device_write_iops: Per-device write limits in operations per second: a list of
                {"Path": "/dev/sda", "Rate": 100}. API >= 1.55.
            cpu_realtime_period: Length of a real-time scheduling period in microseconds. API >=
                1.25.
            cpu_realtime_runtime: Microseconds of real-time CPU time per real-time period; 0
                gives real-time tasks none. API >= 1.25.
            devices: Host devices to expose: a list of {"PathOnHost": ..., "PathInContainer":
                ..., "CgroupPermissions": "rwm"}. API >= 1.25.
            device_cgroup_rules: Device cgroup rules such as "c 1:3 mr" (type, major:minor,
                access). API >= 1.28.
            device_requests: Devices to ask drivers for, such as GPUs: a list of dicts with
                "Driver", "Count" (-1 for all), "DeviceIDs", "Capabilities" and "Options". API >=
                1.40.
            memory_swappiness: How readily the kernel swaps out the container's anonymous pages,
                from 0 to 100. API >= 1.25.
            nano_cpus: CPU quota in billionths of a CPU, e.g. 1500000000 for one and a half
                CPUs. API >= 1.28.
            oom_kill_disable: Stop the kernel's out-of-memory killer from killing the
                container's processes. API >= 1.25.
            init: Run an init process as PID 1 that forwards signals and reaps zombies; None
                keeps the daemon's default. API >= 1.37.
            pids_limit: The most processes the container may have at once; 0 or -1 means no
                limit. API >= 1.40.
            ulimits: Resource limits: a list of {"Name": "nofile", "Soft": 4096, "Hard": 8192}.
                API >= 1.25.
            cpu_count: Windows only; the number of CPUs the container may use. API >= 1.25.
            cpu_percent: Windows only; the share of the host's CPUs the container may use, in
                percent. API >= 1.25.
            io_maximum_iops: Windows only; the most IO operations per second on the container's
                system drive. API >= 1.25.
            io_maximum_bandwidth: Windows only; the most bytes per second on the container's
                system drive. API >= 1.25.
            disk_quota: Size limit in bytes of the container's writable layer (some storage
                drivers only). API >= 1.25. Not in API >= 1.40.
            kernel_memory_tcp: Limit in bytes on kernel memory for TCP buffers. API >= 1.40. Not
                in API >= 1.52.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            ContainerUpdateResponse: Any warnings the daemon had about the new settings.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.update_container(
            container=self.id,
            blkio_weight=blkio_weight,
            cpu_period=cpu_period,
            cpu_quota=cpu_quota,
            cpu_shares=cpu_shares,
            cpuset_cpus=cpuset_cpus,
            cpuset_mems=cpuset_mems,
            mem_limit=mem_limit,
            mem_reservation=mem_reservation,
            memswap_limit=memswap_limit,
            kernel_memory=kernel_memory,
            restart_policy=restart_policy,
            cgroup_parent=cgroup_parent,
            blkio_weight_device=blkio_weight_device,
            blkio_device_read_bps=blkio_device_read_bps,
            blkio_device_write_bps=blkio_device_write_bps,
            blkio_device_read_iops=blkio_device_read_iops,
            blkio_device_write_iops=blkio_device_write_iops,
            cpu_realtime_period=cpu_realtime_period,
            cpu_realtime_runtime=cpu_realtime_runtime,
            devices=devices,
            device_cgroup_rules=device_cgroup_rules,
            device_requests=device_requests,
            memory_swappiness=memory_swappiness,
            nano_cpus=nano_cpus,
            oom_kill_disable=oom_kill_disable,
            init=init,
            pids_limit=pids_limit,
            ulimits=ulimits,
            cpu_count=cpu_count,
            cpu_percent=cpu_percent,
            io_maximum_iops=io_maximum_iops,
            io_maximum_bandwidth=io_maximum_bandwidth,
            disk_quota=disk_quota,
            kernel_memory_tcp=kernel_memory_tcp,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def wait(
        self,
        timeout: float | None = None,
        condition: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ExitStatus:
        """Wait for a container to stop and return the exit code of its main process.

        Calls `client.api.wait()`. Endpoint: `POST /containers/{id}/wait`, API >= 1.24.

        Args:
            timeout: Seconds to wait for the answer before giving up with DockerTimeoutError;
                None waits as long as it takes.
            condition: What to wait for: "not-running" (the daemon's choice when unset),
                "next-exit" (the next time it stops, even if it is stopped now) or "removed". API >=
                1.30.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            ExitStatus: The exit code, an `ExitStatus`: an int (-1 when the daemon reports none)
                that also answers `["StatusCode"]`, `["Error"]` (the daemon's `{"Message": ...}`
                when waiting failed, else None) and `.get()`, like the document docker-py returns,
                so code written either way runs.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.wait(
            container=self.id,
            timeout=timeout,
            condition=condition,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def exec_run(
        self,
        cmd: str | list[str],
        stdout: bool = True,
        stderr: bool = True,
        stdin: bool = False,
        tty: bool = False,
        privileged: bool = False,
        user: str = "",
        detach: bool = False,
        stream: bool = False,
        socket: bool = False,
        environment: dict[str, str | None] | list[str] | None = None,
        workdir: str | None = None,
        demux: bool = False,
    ) -> ExecResult:
        """Run a command inside the running container, like `docker exec`.

        Without stream, socket or detach the call returns when the command has ended, with its exit
        status and output. With stream or socket it returns at once: `exit_code` is None and the
        result's `wait()` gives the exit status once the output has been read. With detach the
        command runs on its own: `exit_code` is its status if it had already ended when the call
        returned (as docker-py reads it), else None, and `wait()` waits for it.

        Calls `exec_create()`, `exec_start()`, `exec_inspect()` of `client.api`.

        Args:
            cmd: The command, as one string (split like a shell would) or a list.
            stdout: Collect the command's standard output. Default: `True`.
            stderr: Collect the command's standard error. Default: `True`.
            stdin: Attach the command's standard input (useful with socket). Default: `False`.
            tty: Give the command a terminal (stdout and stderr arrive merged). Default:
                `False`.
            privileged: Run the command with extended privileges. Default: `False`.
            user: The user to run as: name or uid, optionally with :group.
            detach: Start the command and return without its output. Default: `False`.
            stream: Return the output as an iterator of chunks as it arrives. Default: `False`.
            socket: Return the connection as a socket (stdin and output). Default: `False`.
            environment: Extra environment variables: a dict, or a list of "KEY=value".
            workdir: The working directory of the command.
            demux: Keep stdout and stderr apart: the output is a (stdout, stderr) pair. Default:
                `False`.

        Returns:
            ExecResult

        Raises:
            NotFound: no such object (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "ExecResult",
            self.client.api._run(
                _plans.container_exec_run(
                    self,
                    cmd=cmd,
                    stdout=stdout,
                    stderr=stderr,
                    stdin=stdin,
                    tty=tty,
                    privileged=privileged,
                    user=user,
                    detach=detach,
                    stream=stream,
                    socket=socket,
                    environment=environment,
                    workdir=workdir,
                    demux=demux,
                ),
                "Container.exec_run",
            ),
        )


class ContainerCollection(ObjectCollection):
    """The containers of the daemon (`client.containers`)."""

    model: ClassVar[type[Container]] = Container
    _attribute: ClassVar[str] = "containers"
    client: DockerClient

    def get(
        self,
        container_id: str | Mapping[str, Any] | DockerModel | DockerObject,
        *,
        size: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Container:
        """Read everything the daemon knows about one container.

        Calls `client.api.inspect_container()`. Endpoint: `GET /containers/{id}/json`, API >= 1.24.

        Args:
            container_id: The container, by ID, name or unique ID prefix; a result carrying an
                "Id" key (such as create_container's) works too.
            size: Also compute `SizeRw` and `SizeRootFs`, the sizes of the container's writable
                layer and whole filesystem (slower). Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Container: The container's configuration, host settings, run state, mounts and
                network settings.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "Container",
            self.prepare_model(
                api.inspect_container(
                    container=container_id,
                    size=size,
                    request_timeout=request_timeout,
                    extra_headers=extra_headers,
                )
            ),
        )

    def prune(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.ContainerPruneResponse:
        """Delete all stopped containers.

        Calls `client.api.prune_containers()`. Endpoint: `POST /containers/prune`, API >= 1.25.

        Args:
            filters: Which stopped containers to delete: a dict such as {"until": "24h"}
                (created before a time, a Unix timestamp or a duration) or {"label": ["env=test"]}
                ("label!" excludes), or the JSON text.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            ContainerPruneResponse: The IDs of the deleted containers and the disk space freed,
                in bytes.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.prune_containers(
            filters=filters, request_timeout=request_timeout, extra_headers=extra_headers
        )

    @overload
    def run(
        self,
        image: str | Image,
        command: str | list[str] | None = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        remove: bool = ...,
        *,
        detach: Literal[True],
        stream: Literal[False] = ...,
        ports: dict[str, Any] | None = ...,
        volumes: dict[str, Any] | list[str] | None = ...,
        network: str | None = ...,
        network_driver_opt: dict[str, Any] | None = ...,
        platform: str | None = ...,
        binds: dict[str, Any] | list[str] | None = ...,
        port_bindings: dict[Any, Any] | None = ...,
        lxc_conf: dict[str, str] | list[dict[str, str]] | None = ...,
        publish_all_ports: bool = ...,
        links: dict[str, str] | list[Any] | None = ...,
        privileged: bool = ...,
        dns: str | list[str] | None = ...,
        dns_search: str | list[str] | None = ...,
        volumes_from: str | list[str] | None = ...,
        network_mode: str | None = ...,
        restart_policy: dict[str, Any] | str | None = ...,
        cap_add: list[str] | None = ...,
        cap_drop: list[str] | None = ...,
        devices: list[str | dict[str, str]] | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        read_only: bool | None = ...,
        pid_mode: str | None = ...,
        ipc_mode: str | None = ...,
        security_opt: list[str] | None = ...,
        ulimits: list[dict[str, Any]] | None = ...,
        log_config: dict[str, Any] | None = ...,
        mem_limit: int | str | None = ...,
        memswap_limit: int | str | None = ...,
        mem_reservation: int | str | None = ...,
        kernel_memory: int | str | None = ...,
        mem_swappiness: int | None = ...,
        cgroup_parent: str | None = ...,
        group_add: list[str | int] | None = ...,
        cpu_quota: int | None = ...,
        cpu_period: int | None = ...,
        blkio_weight: int | None = ...,
        blkio_weight_device: list[dict[str, Any]] | None = ...,
        device_read_bps: list[dict[str, Any]] | None = ...,
        device_write_bps: list[dict[str, Any]] | None = ...,
        device_read_iops: list[dict[str, Any]] | None = ...,
        device_write_iops: list[dict[str, Any]] | None = ...,
        oom_kill_disable: bool = ...,
        shm_size: int | str | None = ...,
        sysctls: dict[str, Any] | None = ...,
        tmpfs: dict[str, str] | list[str] | None = ...,
        oom_score_adj: int | None = ...,
        dns_opt: list[str] | None = ...,
        cpu_shares: int | None = ...,
        cpuset_cpus: str | None = ...,
        userns_mode: str | None = ...,
        uts_mode: str | None = ...,
        pids_limit: int | None = ...,
        isolation: str | None = ...,
        auto_remove: bool | None = ...,
        storage_opt: dict[str, str] | None = ...,
        init: bool | None = ...,
        init_path: str | None = ...,
        volume_driver: str | None = ...,
        cpu_count: int | None = ...,
        cpu_percent: int | None = ...,
        nano_cpus: int | float | str | None = ...,
        cpuset_mems: str | None = ...,
        runtime: str | None = ...,
        mounts: list[str | dict[str, Any]] | None = ...,
        cpu_rt_period: int | None = ...,
        cpu_rt_runtime: int | None = ...,
        device_cgroup_rules: list[str] | None = ...,
        device_requests: list[dict[str, Any]] | None = ...,
        cgroupns: str | None = ...,
        container_id_file: str | None = ...,
        console_size: list[int] | None = ...,
        annotations: dict[str, str] | None = ...,
        cgroup: str | None = ...,
        masked_paths: list[str] | None = ...,
        readonly_paths: list[str] | None = ...,
        io_maximum_iops: int | None = ...,
        io_maximum_bandwidth: int | str | None = ...,
        hostname: str | None = ...,
        user: str | int | None = ...,
        stdin_open: bool = ...,
        tty: bool = ...,
        environment: dict[str, str | None] | list[str] | None = ...,
        network_disabled: bool = ...,
        name: str | None = ...,
        entrypoint: str | list[str] | None = ...,
        working_dir: str | None = ...,
        domainname: str | None = ...,
        mac_address: str | None = ...,
        labels: dict[str, str] | list[str] | None = ...,
        stop_signal: str | None = ...,
        networking_config: models.NetworkingConfig | Mapping[str, Any] | dict[str, Any] | None = ...,
        attach_stdin: bool | None = ...,
        attach_stdout: bool | None = ...,
        attach_stderr: bool | None = ...,
        stdin_once: bool | None = ...,
        healthcheck: models.HealthConfig | Mapping[str, Any] | dict[str, Any] | None = ...,
        args_escaped: bool | None = ...,
        on_build: list[str] | None = ...,
        stop_timeout: int | None = ...,
        shell: list[str] | None = ...,
        use_config_proxy: bool = ...,
    ) -> Container: ...
    @overload
    def run(
        self,
        image: str | Image,
        command: str | list[str] | None = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        remove: bool = ...,
        *,
        stream: Literal[True],
        detach: Literal[False] = ...,
        ports: dict[str, Any] | None = ...,
        volumes: dict[str, Any] | list[str] | None = ...,
        network: str | None = ...,
        network_driver_opt: dict[str, Any] | None = ...,
        platform: str | None = ...,
        binds: dict[str, Any] | list[str] | None = ...,
        port_bindings: dict[Any, Any] | None = ...,
        lxc_conf: dict[str, str] | list[dict[str, str]] | None = ...,
        publish_all_ports: bool = ...,
        links: dict[str, str] | list[Any] | None = ...,
        privileged: bool = ...,
        dns: str | list[str] | None = ...,
        dns_search: str | list[str] | None = ...,
        volumes_from: str | list[str] | None = ...,
        network_mode: str | None = ...,
        restart_policy: dict[str, Any] | str | None = ...,
        cap_add: list[str] | None = ...,
        cap_drop: list[str] | None = ...,
        devices: list[str | dict[str, str]] | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        read_only: bool | None = ...,
        pid_mode: str | None = ...,
        ipc_mode: str | None = ...,
        security_opt: list[str] | None = ...,
        ulimits: list[dict[str, Any]] | None = ...,
        log_config: dict[str, Any] | None = ...,
        mem_limit: int | str | None = ...,
        memswap_limit: int | str | None = ...,
        mem_reservation: int | str | None = ...,
        kernel_memory: int | str | None = ...,
        mem_swappiness: int | None = ...,
        cgroup_parent: str | None = ...,
        group_add: list[str | int] | None = ...,
        cpu_quota: int | None = ...,
        cpu_period: int | None = ...,
        blkio_weight: int | None = ...,
        blkio_weight_device: list[dict[str, Any]] | None = ...,
        device_read_bps: list[dict[str, Any]] | None = ...,
        device_write_bps: list[dict[str, Any]] | None = ...,
        device_read_iops: list[dict[str, Any]] | None = ...,
        device_write_iops: list[dict[str, Any]] | None = ...,
        oom_kill_disable: bool = ...,
        shm_size: int | str | None = ...,
        sysctls: dict[str, Any] | None = ...,
        tmpfs: dict[str, str] | list[str] | None = ...,
        oom_score_adj: int | None = ...,
        dns_opt: list[str] | None = ...,
        cpu_shares: int | None = ...,
        cpuset_cpus: str | None = ...,
        userns_mode: str | None = ...,
        uts_mode: str | None = ...,
        pids_limit: int | None = ...,
        isolation: str | None = ...,
        auto_remove: bool | None = ...,
        storage_opt: dict[str, str] | None = ...,
        init: bool | None = ...,
        init_path: str | None = ...,
        volume_driver: str | None = ...,
        cpu_count: int | None = ...,
        cpu_percent: int | None = ...,
        nano_cpus: int | float | str | None = ...,
        cpuset_mems: str | None = ...,
        runtime: str | None = ...,
        mounts: list[str | dict[str, Any]] | None = ...,
        cpu_rt_period: int | None = ...,
        cpu_rt_runtime: int | None = ...,
        device_cgroup_rules: list[str] | None = ...,
        device_requests: list[dict[str, Any]] | None = ...,
        cgroupns: str | None = ...,
        container_id_file: str | None = ...,
        console_size: list[int] | None = ...,
        annotations: dict[str, str] | None = ...,
        cgroup: str | None = ...,
        masked_paths: list[str] | None = ...,
        readonly_paths: list[str] | None = ...,
        io_maximum_iops: int | None = ...,
        io_maximum_bandwidth: int | str | None = ...,
        hostname: str | None = ...,
        user: str | int | None = ...,
        stdin_open: bool = ...,
        tty: bool = ...,
        environment: dict[str, str | None] | list[str] | None = ...,
        network_disabled: bool = ...,
        name: str | None = ...,
        entrypoint: str | list[str] | None = ...,
        working_dir: str | None = ...,
        domainname: str | None = ...,
        mac_address: str | None = ...,
        labels: dict[str, str] | list[str] | None = ...,
        stop_signal: str | None = ...,
        networking_config: models.NetworkingConfig | Mapping[str, Any] | dict[str, Any] | None = ...,
        attach_stdin: bool | None = ...,
        attach_stdout: bool | None = ...,
        attach_stderr: bool | None = ...,
        stdin_once: bool | None = ...,
        healthcheck: models.HealthConfig | Mapping[str, Any] | dict[str, Any] | None = ...,
        args_escaped: bool | None = ...,
        on_build: list[str] | None = ...,
        stop_timeout: int | None = ...,
        shell: list[str] | None = ...,
        use_config_proxy: bool = ...,
    ) -> RunOutput: ...
    @overload
    def run(
        self,
        image: str | Image,
        command: str | list[str] | None = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        remove: bool = ...,
        *,
        detach: Literal[False] = ...,
        stream: Literal[False] = ...,
        ports: dict[str, Any] | None = ...,
        volumes: dict[str, Any] | list[str] | None = ...,
        network: str | None = ...,
        network_driver_opt: dict[str, Any] | None = ...,
        platform: str | None = ...,
        binds: dict[str, Any] | list[str] | None = ...,
        port_bindings: dict[Any, Any] | None = ...,
        lxc_conf: dict[str, str] | list[dict[str, str]] | None = ...,
        publish_all_ports: bool = ...,
        links: dict[str, str] | list[Any] | None = ...,
        privileged: bool = ...,
        dns: str | list[str] | None = ...,
        dns_search: str | list[str] | None = ...,
        volumes_from: str | list[str] | None = ...,
        network_mode: str | None = ...,
        restart_policy: dict[str, Any] | str | None = ...,
        cap_add: list[str] | None = ...,
        cap_drop: list[str] | None = ...,
        devices: list[str | dict[str, str]] | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        read_only: bool | None = ...,
        pid_mode: str | None = ...,
        ipc_mode: str | None = ...,
        security_opt: list[str] | None = ...,
        ulimits: list[dict[str, Any]] | None = ...,
        log_config: dict[str, Any] | None = ...,
        mem_limit: int | str | None = ...,
        memswap_limit: int | str | None = ...,
        mem_reservation: int | str | None = ...,
        kernel_memory: int | str | None = ...,
        mem_swappiness: int | None = ...,
        cgroup_parent: str | None = ...,
        group_add: list[str | int] | None = ...,
        cpu_quota: int | None = ...,
        cpu_period: int | None = ...,
        blkio_weight: int | None = ...,
        blkio_weight_device: list[dict[str, Any]] | None = ...,
        device_read_bps: list[dict[str, Any]] | None = ...,
        device_write_bps: list[dict[str, Any]] | None = ...,
        device_read_iops: list[dict[str, Any]] | None = ...,
        device_write_iops: list[dict[str, Any]] | None = ...,
        oom_kill_disable: bool = ...,
        shm_size: int | str | None = ...,
        sysctls: dict[str, Any] | None = ...,
        tmpfs: dict[str, str] | list[str] | None = ...,
        oom_score_adj: int | None = ...,
        dns_opt: list[str] | None = ...,
        cpu_shares: int | None = ...,
        cpuset_cpus: str | None = ...,
        userns_mode: str | None = ...,
        uts_mode: str | None = ...,
        pids_limit: int | None = ...,
        isolation: str | None = ...,
        auto_remove: bool | None = ...,
        storage_opt: dict[str, str] | None = ...,
        init: bool | None = ...,
        init_path: str | None = ...,
        volume_driver: str | None = ...,
        cpu_count: int | None = ...,
        cpu_percent: int | None = ...,
        nano_cpus: int | float | str | None = ...,
        cpuset_mems: str | None = ...,
        runtime: str | None = ...,
        mounts: list[str | dict[str, Any]] | None = ...,
        cpu_rt_period: int | None = ...,
        cpu_rt_runtime: int | None = ...,
        device_cgroup_rules: list[str] | None = ...,
        device_requests: list[dict[str, Any]] | None = ...,
        cgroupns: str | None = ...,
        container_id_file: str | None = ...,
        console_size: list[int] | None = ...,
        annotations: dict[str, str] | None = ...,
        cgroup: str | None = ...,
        masked_paths: list[str] | None = ...,
        readonly_paths: list[str] | None = ...,
        io_maximum_iops: int | None = ...,
        io_maximum_bandwidth: int | str | None = ...,
        hostname: str | None = ...,
        user: str | int | None = ...,
        stdin_open: bool = ...,
        tty: bool = ...,
        environment: dict[str, str | None] | list[str] | None = ...,
        network_disabled: bool = ...,
        name: str | None = ...,
        entrypoint: str | list[str] | None = ...,
        working_dir: str | None = ...,
        domainname: str | None = ...,
        mac_address: str | None = ...,
        labels: dict[str, str] | list[str] | None = ...,
        stop_signal: str | None = ...,
        networking_config: models.NetworkingConfig | Mapping[str, Any] | dict[str, Any] | None = ...,
        attach_stdin: bool | None = ...,
        attach_stdout: bool | None = ...,
        attach_stderr: bool | None = ...,
        stdin_once: bool | None = ...,
        healthcheck: models.HealthConfig | Mapping[str, Any] | dict[str, Any] | None = ...,
        args_escaped: bool | None = ...,
        on_build: list[str] | None = ...,
        stop_timeout: int | None = ...,
        shell: list[str] | None = ...,
        use_config_proxy: bool = ...,
    ) -> bytes: ...

    def run(
        self,
        image: str | Image,
        command: str | list[str] | None = None,
        stdout: bool = True,
        stderr: bool = False,
        remove: bool = False,
        *,
        detach: bool = False,
        stream: bool = False,
        ports: dict[str, Any] | None = None,
        volumes: dict[str, Any] | list[str] | None = None,
        network: str | None = None,
        network_driver_opt: dict[str, Any] | None = None,
        platform: str | None = None,
        binds: dict[str, Any] | list[str] | None = None,
        port_bindings: dict[Any, Any] | None = None,
        lxc_conf: dict[str, str] | list[dict[str, str]] | None = None,
        publish_all_ports: bool = False,
        links: dict[str, str] | list[Any] | None = None,
        privileged: bool = False,
        dns: str | list[str] | None = None,
        dns_search: str | list[str] | None = None,
        volumes_from: str | list[str] | None = None,
        network_mode: str | None = None,
        restart_policy: dict[str, Any] | str | None = None,
        cap_add: list[str] | None = None,
        cap_drop: list[str] | None = None,
        devices: list[str | dict[str, str]] | None = None,
        extra_hosts: dict[str, str] | list[str] | None = None,
        read_only: bool | None = None,
        pid_mode: str | None = None,
        ipc_mode: str | None = None,
        security_opt: list[str] | None = None,
        ulimits: list[dict[str, Any]] | None = None,
        log_config: dict[str, Any] | None = None,
        mem_limit: int | str | None = None,
        memswap_limit: int | str | None = None,
        mem_reservation: int | str | None = None,
        kernel_memory: int | str | None = None,
        mem_swappiness: int | None = None,
        cgroup_parent: str | None = None,
        group_add: list[str | int] | None = None,
        cpu_quota: int | None = None,
        cpu_period: int | None = None,
        blkio_weight: int | None = None,
        blkio_weight_device: list[dict[str, Any]] | None = None,
        device_read_bps: list[dict[str, Any]] | None = None,
        device_write_bps: list[dict[str, Any]] | None = None,
        device_read_iops: list[dict[str, Any]] | None = None,
        device_write_iops: list[dict[str, Any]] | None = None,
        oom_kill_disable: bool = False,
        shm_size: int | str | None = None,
        sysctls: dict[str, Any] | None = None,
        tmpfs: dict[str, str] | list[str] | None = None,
        oom_score_adj: int | None = None,
        dns_opt: list[str] | None = None,
        cpu_shares: int | None = None,
        cpuset_cpus: str | None = None,
        userns_mode: str | None = None,
        uts_mode: str | None = None,
        pids_limit: int | None = None,
        isolation: str | None = None,
        auto_remove: bool | None = None,
        storage_opt: dict[str, str] | None = None,
        init: bool | None = None,
        init_path: str | None = None,
        volume_driver: str | None = None,
        cpu_count: int | None = None,
        cpu_percent: int | None = None,
        nano_cpus: int | float | str | None = None,
        cpuset_mems: str | None = None,
        runtime: str | None = None,
        mounts: list[str | dict[str, Any]] | None = None,
        cpu_rt_period: int | None = None,
        cpu_rt_runtime: int | None = None,
        device_cgroup_rules: list[str] | None = None,
        device_requests: list[dict[str, Any]] | None = None,
        cgroupns: str | None = None,
        container_id_file: str | None = None,
        console_size: list[int] | None = None,
        annotations: dict[str, str] | None = None,
        cgroup: str | None = None,
        masked_paths: list[str] | None = None,
        readonly_paths: list[str] | None = None,
        io_maximum_iops: int | None = None,
        io_maximum_bandwidth: int | str | None = None,
        hostname: str | None = None,
        user: str | int | None = None,
        stdin_open: bool = False,
        tty: bool = False,
        environment: dict[str, str | None] | list[str] | None = None,
        network_disabled: bool = False,
        name: str | None = None,
        entrypoint: str | list[str] | None = None,
        working_dir: str | None = None,
        domainname: str | None = None,
        mac_address: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        stop_signal: str | None = None,
        networking_config: models.NetworkingConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        attach_stdin: bool | None = None,
        attach_stdout: bool | None = None,
        attach_stderr: bool | None = None,
        stdin_once: bool | None = None,
        healthcheck: models.HealthConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        args_escaped: bool | None = None,
        on_build: list[str] | None = None,
        stop_timeout: int | None = None,
        shell: list[str] | None = None,
        use_config_proxy: bool = True,
    ) -> Container | bytes | RunOutput:
        """Create a container, start it, and return its output (or the container, with detach).

        `docker run`: the image is pulled when the daemon does not have it. Every keyword of
        create_container and create_host_config is accepted and goes where it belongs. Without
        detach the call returns when the container has exited, with its output (logs), and raises
        ContainerError with the output when the exit status is not 0; with stream the output is
        yielded as the container writes it.

        Calls `create_container()`, `start()`, `wait()`, `logs()`, `remove_container()`, `pull()` of
        `client.api`.

        Args:
            image: The image to run: a name (pulled when missing) or an Image.
            command: The command to run instead of the image's.
            stdout: Return the container's standard output. Default: `True`.
            stderr: Return the container's standard error too. Default: `False`.
            remove: Remove the container when it has exited (with detach: the daemon removes it,
                auto_remove). Default: `False`.
            detach: Start the container and return it at once. Default: `False`.
            stream: Yield the output as the container writes it. Default: `False`.
            ports: Ports to publish: {"80/tcp": 8080}, a (host_ip, port) tuple, a list of ports,
                or None for a random host port.
            volumes: Volumes to mount: {"/host": {"bind": "/ctr", "mode": "rw"}} or
                ["/host:/ctr:ro"].
            network: The network to connect the container to at creation.
            network_driver_opt: Driver options of the network endpoint (with network).
            platform: The platform to pull and run, as os[/arch[/variant]].
            binds: Host paths or named volumes to mount, as a list of 'source:target[:mode]'
                strings, or a dict keyed by source whose value is the target path (read-write) or a
                dict with 'bind' (the target) and either 'mode' (e.g. 'ro', 'rw', 'z') or 'ro' (a
                bool).
            port_bindings: Publish container ports on the host. Keys are a container port (80,
                '80/udp', '1000-1010'); each value is a host port (8080 or '8080'), an (address,
                port) tuple, a one-item (address,) tuple for a random port on that address, None for
                a random port on all addresses, or a list of these to publish the port several
                times.
            lxc_conf: Options for the LXC execution driver, which no supported daemon has any
                more; always refused. Not in API >= 1.24. The LXC execution driver is gone; drop
                lxc_conf.
            publish_all_ports: Publish every exposed port of the container on a random host
                port. Default: `False`.
            links: Legacy links to other containers on the default bridge, as {name: alias}, a
                list of (name, alias) tuples, or a list of 'name:alias' strings.
            privileged: Give the container almost every capability and access to all host
                devices. Default: `False`.
            dns: DNS server addresses for the container, one string or a list of them.
            dns_search: DNS search domains, one string or a list of them.
            volumes_from: Containers whose volumes are mounted too, as a list of 'name[:ro|rw]'
                strings or one string with names separated by commas.
            network_mode: Which network stack the container uses, e.g. 'bridge', 'host', 'none',
                'container:NAME' to share another container's, or the name of a user-defined
                network.
            restart_policy: When the daemon restarts the container once it exits; a policy name
                ('no', 'always', 'unless-stopped', 'on-failure') or a dict such as {'Name':
                'on-failure', 'MaximumRetryCount': 3}.
            cap_add: Linux capabilities to grant on top of the default set, e.g. ['NET_ADMIN',
                'SYS_TIME'].
            cap_drop: Linux capabilities to remove from the default set, e.g. ['MKNOD'], or
                ['ALL'].
            devices: Host devices to expose, each a 'host_path[:container_path[:permissions]]'
                string (the permissions are any of r, w, m and default to 'rwm') or a dict with
                PathOnHost, PathInContainer and CgroupPermissions.
            extra_hosts: Additional /etc/hosts lines, as {hostname: address} or a list of
                'hostname:address' strings; the address 'host-gateway' stands for the host.
            read_only: Make the container's root filesystem read-only.
            pid_mode: Which PID namespace to use, 'host' or 'container:NAME'; unset means a
                private one.
            ipc_mode: IPC namespace mode, one of 'none', 'private', 'shareable', 'host' or
                'container:NAME'; unset means the daemon's default.
            security_opt: Security options as strings, e.g. 'no-new-privileges',
                'seccomp=unconfined', 'apparmor=PROFILE' or SELinux 'label=...' settings.
            ulimits: Resource limits inside the container, a list of dicts with name, soft and
                hard keys in any letter case, e.g. [{'name': 'nofile', 'soft': 4096, 'hard': 8192}].
            log_config: The logging driver and its options, a dict with type and config keys in
                any letter case, e.g. {'type': 'json-file', 'config': {'max-size': '10m'}}; config
                values are sent as strings.
            mem_limit: Hard memory limit in bytes; an int, or a number followed by one of the
                suffixes b, k, m, g (powers of 1024, any letter case) as a string, such as '512m' or
                '1g'.
            memswap_limit: Limit on memory plus swap together, in bytes, in the same forms as
                mem_limit; -1 allows unlimited swap.
            mem_reservation: Soft memory limit in bytes, applied when the host runs short of
                memory; same forms as mem_limit.
            kernel_memory: Kernel memory limit in bytes, same forms as mem_limit; current
                daemons no longer honour it (the field left the API in 1.42).
            mem_swappiness: How willing the kernel is to swap out the container's anonymous
                pages, 0 to 100.
            cgroup_parent: Parent cgroup for the container's own cgroup; a relative path is
                resolved against the daemon's cgroup.
            group_add: Extra groups for the container's process, as names or numeric GIDs (a
                single value is accepted too).
            cpu_quota: CPU time the container may use per CFS period, in microseconds (e.g.
                50000 with cpu_period=100000 is half a CPU); -1 means no limit.
            cpu_period: Length of the CFS scheduler period that cpu_quota applies to, in
                microseconds (the kernel default is 100000).
            blkio_weight: Relative block I/O weight, 10 to 1000.
            blkio_weight_device: Per-device block I/O weights, a list of dicts with the wire
                keys, e.g. [{'Path': '/dev/sda', 'Weight': 200}].
            device_read_bps: Per-device read limits in bytes per second, a list of dicts with
                the wire keys, e.g. [{'Path': '/dev/sda', 'Rate': 1048576}].
            device_write_bps: Per-device write limits in bytes per second, a list of {'Path',
                'Rate'} dicts like device_read_bps.
            device_read_iops: Per-device read limits in I/O operations per second, a list of
                {'Path', 'Rate'} dicts.
            device_write_iops: Per-device write limits in I/O operations per second, a list of
                {'Path', 'Rate'} dicts.
            oom_kill_disable: Keep the kernel's OOM killer from killing the container's
                processes (only sensible with a memory limit). Default: `False`.
            shm_size: Bytes available in the container's /dev/shm, same forms as mem_limit; 64
                MiB when unset.
            sysctls: Kernel settings (sysctls) for the container's namespaces, e.g.
                {'net.core.somaxconn': 1024}; values are sent as strings.
            tmpfs: Directories to mount as tmpfs, as {path: options} or a list of
                'path[:options]' strings, where options are mount options such as
                'size=64m,mode=1777'.
            oom_score_adj: Adjustment to the OOM killer's score for the container's processes,
                -1000 (never kill) to 1000.
            dns_opt: Resolver options written to /etc/resolv.conf, e.g. ['ndots:2',
                'timeout:3'].
            cpu_shares: Relative CPU weight against other containers when CPUs are contended
                (the usual baseline is 1024).
            cpuset_cpus: CPUs the container may run on, as a string such as '0-3' or '0,2'.
            userns_mode: User namespace mode; 'host' turns off user namespace remapping for this
                container.
            uts_mode: UTS namespace (hostname and domain) mode; 'host' shares the host's.
            pids_limit: Maximum number of processes in the container; 0 or -1 for no limit.
            isolation: Isolation technology on Windows, 'default', 'process' or 'hyperv'.
            auto_remove: Remove the container once its process exits (no effect with a restart
                policy).
            storage_opt: Per-container options for the storage driver, e.g. {'size': '20G'};
                values are sent as strings.
            init: Run a small init process as PID 1 that forwards signals and reaps zombies;
                unset means the daemon's default.
            init_path: Path of the init binary, which the API no longer accepts per container;
                always refused. Not in API >= 1.24. Set the init binary on the daemon (--init-path);
                pass init=True here.
            volume_driver: Volume driver used for the volumes this container creates by name.
            cpu_count: Number of usable CPUs, on Windows only.
            cpu_percent: Usable share of the available CPUs as a percentage, on Windows only.
            nano_cpus: CPU limit; an int is taken as billionths of a CPU (1000000000 is one
                CPU), while a float or a numeric string is a number of CPUs (1.5 or '1.5' becomes
                1500000000).
            cpuset_mems: NUMA memory nodes the container may use, e.g. '0-1' or '0,2'.
            runtime: OCI runtime to run the container with, e.g. 'runc' or another runtime
                registered with the daemon.
            mounts: Mounts as Mount dicts (sent as given, wire keys such as Target, Source,
                Type, ReadOnly) or 'source:target[:ro|rw]' strings, where a source starting with '/'
                is a bind mount and any other a named volume; a lone '/target' makes an anonymous
                volume.
            cpu_rt_period: Real-time scheduler period in microseconds.
            cpu_rt_runtime: Real-time CPU time the container may use per real-time period, in
                microseconds.
            device_cgroup_rules: Device cgroup rules such as 'c 1:3 mr' ('type major:minor
                access').
            device_requests: Devices to request from a device driver such as GPUs, a list of
                dicts with the wire keys, e.g. [{'Driver': 'nvidia', 'Count': -1, 'Capabilities':
                [['gpu']]}].
            cgroupns: Cgroup namespace mode, 'private' or 'host'; unset means the daemon's
                default.
            container_id_file: Path of a file on the daemon's host into which the container's ID
                is written.
            console_size: Initial terminal size as [height, width] in characters.
            annotations: Free key-value metadata handed to the OCI runtime; values are sent as
                strings.
            cgroup: The cgroup the container joins, written 'container:NAME'.
            masked_paths: Paths inside the container to hide, replacing the daemon's default
                list.
            readonly_paths: Paths inside the container to make read-only, replacing the daemon's
                default list.
            io_maximum_iops: Maximum I/O operations per second on the system drive, on Windows
                only.
            io_maximum_bandwidth: Maximum I/O on the system drive in bytes per second, on
                Windows only; same forms as mem_limit.
            hostname: The host name seen inside the container; the daemon uses the short
                container ID when unset.
            user: The user the processes run as: a name or UID, optionally followed by ":group"
                or ":GID" (e.g. "nobody", 1000, "1000:1000"). Unset uses the image's user.
            stdin_open: Keep the container's stdin open even when no client is attached (`docker
                run -i`). Default: `False`.
            tty: Give the container a pseudo-terminal. Its output is then one raw stream: logs
                and attach cannot tell stdout from stderr. Default: `False`.
            environment: Environment variables: a dict such as {"KEY": "value"}, or "KEY=value"
                strings in a list. A None value in the dict sends the bare "KEY", which removes that
                variable.
            network_disabled: Create the container without any network interface except
                loopback. Default: `False`.
            name: A name for the container: letters, digits, "_", "." and "-", starting with a
                letter or digit. The daemon makes one up when unset.
            entrypoint: The entrypoint, replacing the image's: a list, or a string split like a
                shell would; the list [""] clears the image's entrypoint.
            working_dir: The directory the command starts in, inside the container.
            domainname: The container's domain name (its UTS domain name); DNS search domains go
                in host_config.
            mac_address: The MAC address on the default network; newer API versions take it per
                network, in networking_config. Not in API >= 1.52.
            labels: Labels: a dict of name to value, or a list of names that get empty values.
            stop_signal: The signal stop() sends first, by name ("SIGINT") or number as a
                string; unset uses the image's, else SIGTERM.
            networking_config: Networks to join at creation, with per-network settings: the dict
                create_networking_config() returns, or a NetworkingConfig model.
            attach_stdin: Mark stdin for attaching; None lets `detach` decide.
            attach_stdout: Mark stdout for attaching; None lets `detach` decide.
            attach_stderr: Mark stderr for attaching; None lets `detach` decide.
            stdin_once: Close stdin after the first attached client detaches; None lets `detach`
                decide.
            healthcheck: A health check replacing the image's: a dict (or HealthConfig) with
                "Test" (e.g. ["CMD", "pg_isready"], or ["NONE"] to disable), "Interval", "Timeout",
                "StartPeriod" in nanoseconds, and "Retries".
            args_escaped: Windows only; says the command line is already escaped. API >= 1.25.
            on_build: ONBUILD instructions to record in the container's configuration (they
                matter only once it is committed to an image). API >= 1.25.
            stop_timeout: Seconds stop() waits after that signal before killing the container;
                unset uses the daemon's default. API >= 1.25.
            shell: The shell for shell-form commands, as a list such as ["/bin/bash", "-c"]
                (used when the container is committed). API >= 1.25.
            use_config_proxy: Put the proxy settings of the client's config.json (its "proxies"
                entry for this daemon, else "default") in front of the container's environment as
                http_proxy/HTTP_PROXY and friends, so variables given in environment win; false
                sends none. Default: `True`.

        Returns:
            Container | bytes | RunOutput

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "Container | bytes | RunOutput",
            self.client.api._run(
                _plans.containers_run(
                    self,
                    image=image,
                    command=command,
                    stdout=stdout,
                    stderr=stderr,
                    remove=remove,
                    detach=detach,
                    stream=stream,
                    ports=ports,
                    volumes=volumes,
                    network=network,
                    network_driver_opt=network_driver_opt,
                    platform=platform,
                    keywords={
                        "create_container": {
                            "hostname": hostname,
                            "user": user,
                            "stdin_open": stdin_open,
                            "tty": tty,
                            "environment": environment,
                            "network_disabled": network_disabled,
                            "name": name,
                            "entrypoint": entrypoint,
                            "working_dir": working_dir,
                            "domainname": domainname,
                            "mac_address": mac_address,
                            "labels": labels,
                            "stop_signal": stop_signal,
                            "networking_config": networking_config,
                            "attach_stdin": attach_stdin,
                            "attach_stdout": attach_stdout,
                            "attach_stderr": attach_stderr,
                            "stdin_once": stdin_once,
                            "healthcheck": healthcheck,
                            "args_escaped": args_escaped,
                            "on_build": on_build,
                            "stop_timeout": stop_timeout,
                            "shell": shell,
                            "use_config_proxy": use_config_proxy,
                        },
                        "create_host_config": {
                            "binds": binds,
                            "port_bindings": port_bindings,
                            "lxc_conf": lxc_conf,
                            "publish_all_ports": publish_all_ports,
                            "links": links,
                            "privileged": privileged,
                            "dns": dns,
                            "dns_search": dns_search,
                            "volumes_from": volumes_from,
                            "network_mode": network_mode,
                            "restart_policy": restart_policy,
                            "cap_add": cap_add,
                            "cap_drop": cap_drop,
                            "devices": devices,
                            "extra_hosts": extra_hosts,
                            "read_only": read_only,
                            "pid_mode": pid_mode,
                            "ipc_mode": ipc_mode,
                            "security_opt": security_opt,
                            "ulimits": ulimits,
                            "log_config": log_config,
                            "mem_limit": mem_limit,
                            "memswap_limit": memswap_limit,
                            "mem_reservation": mem_reservation,
                            "kernel_memory": kernel_memory,
                            "mem_swappiness": mem_swappiness,
                            "cgroup_parent": cgroup_parent,
                            "group_add": group_add,
                            "cpu_quota": cpu_quota,
                            "cpu_period": cpu_period,
                            "blkio_weight": blkio_weight,
                            "blkio_weight_device": blkio_weight_device,
                            "device_read_bps": device_read_bps,
                            "device_write_bps": device_write_bps,
                            "device_read_iops": device_read_iops,
                            "device_write_iops": device_write_iops,
                            "oom_kill_disable": oom_kill_disable,
                            "shm_size": shm_size,
                            "sysctls": sysctls,
                            "tmpfs": tmpfs,
                            "oom_score_adj": oom_score_adj,
                            "dns_opt": dns_opt,
                            "cpu_shares": cpu_shares,
                            "cpuset_cpus": cpuset_cpus,
                            "userns_mode": userns_mode,
                            "uts_mode": uts_mode,
                            "pids_limit": pids_limit,
                            "isolation": isolation,
                            "auto_remove": auto_remove,
                            "storage_opt": storage_opt,
                            "init": init,
                            "init_path": init_path,
                            "volume_driver": volume_driver,
                            "cpu_count": cpu_count,
                            "cpu_percent": cpu_percent,
                            "nano_cpus": nano_cpus,
                            "cpuset_mems": cpuset_mems,
                            "runtime": runtime,
                            "mounts": mounts,
                            "cpu_rt_period": cpu_rt_period,
                            "cpu_rt_runtime": cpu_rt_runtime,
                            "device_cgroup_rules": device_cgroup_rules,
                            "device_requests": device_requests,
                            "cgroupns": cgroupns,
                            "container_id_file": container_id_file,
                            "console_size": console_size,
                            "annotations": annotations,
                            "cgroup": cgroup,
                            "masked_paths": masked_paths,
                            "readonly_paths": readonly_paths,
                            "io_maximum_iops": io_maximum_iops,
                            "io_maximum_bandwidth": io_maximum_bandwidth,
                        },
                    },
                ),
                "containers.run",
            ),
        )

    def create(
        self,
        image: str | Image,
        command: str | list[str] | None = None,
        *,
        ports: dict[str, Any] | None = None,
        volumes: dict[str, Any] | list[str] | None = None,
        network: str | None = None,
        network_driver_opt: dict[str, Any] | None = None,
        platform: str | None = None,
        binds: dict[str, Any] | list[str] | None = None,
        port_bindings: dict[Any, Any] | None = None,
        lxc_conf: dict[str, str] | list[dict[str, str]] | None = None,
        publish_all_ports: bool = False,
        links: dict[str, str] | list[Any] | None = None,
        privileged: bool = False,
        dns: str | list[str] | None = None,
        dns_search: str | list[str] | None = None,
        volumes_from: str | list[str] | None = None,
        network_mode: str | None = None,
        restart_policy: dict[str, Any] | str | None = None,
        cap_add: list[str] | None = None,
        cap_drop: list[str] | None = None,
        devices: list[str | dict[str, str]] | None = None,
        extra_hosts: dict[str, str] | list[str] | None = None,
        read_only: bool | None = None,
        pid_mode: str | None = None,
        ipc_mode: str | None = None,
        security_opt: list[str] | None = None,
        ulimits: list[dict[str, Any]] | None = None,
        log_config: dict[str, Any] | None = None,
        mem_limit: int | str | None = None,
        memswap_limit: int | str | None = None,
        mem_reservation: int | str | None = None,
        kernel_memory: int | str | None = None,
        mem_swappiness: int | None = None,
        cgroup_parent: str | None = None,
        group_add: list[str | int] | None = None,
        cpu_quota: int | None = None,
        cpu_period: int | None = None,
        blkio_weight: int | None = None,
        blkio_weight_device: list[dict[str, Any]] | None = None,
        device_read_bps: list[dict[str, Any]] | None = None,
        device_write_bps: list[dict[str, Any]] | None = None,
        device_read_iops: list[dict[str, Any]] | None = None,
        device_write_iops: list[dict[str, Any]] | None = None,
        oom_kill_disable: bool = False,
        shm_size: int | str | None = None,
        sysctls: dict[str, Any] | None = None,
        tmpfs: dict[str, str] | list[str] | None = None,
        oom_score_adj: int | None = None,
        dns_opt: list[str] | None = None,
        cpu_shares: int | None = None,
        cpuset_cpus: str | None = None,
        userns_mode: str | None = None,
        uts_mode: str | None = None,
        pids_limit: int | None = None,
        isolation: str | None = None,
        auto_remove: bool | None = None,
        storage_opt: dict[str, str] | None = None,
        init: bool | None = None,
        init_path: str | None = None,
        volume_driver: str | None = None,
        cpu_count: int | None = None,
        cpu_percent: int | None = None,
        nano_cpus: int | float | str | None = None,
        cpuset_mems: str | None = None,
        runtime: str | None = None,
        mounts: list[str | dict[str, Any]] | None = None,
        cpu_rt_period: int | None = None,
        cpu_rt_runtime: int | None = None,
        device_cgroup_rules: list[str] | None = None,
        device_requests: list[dict[str, Any]] | None = None,
        cgroupns: str | None = None,
        container_id_file: str | None = None,
        console_size: list[int] | None = None,
        annotations: dict[str, str] | None = None,
        cgroup: str | None = None,
        masked_paths: list[str] | None = None,
        readonly_paths: list[str] | None = None,
        io_maximum_iops: int | None = None,
        io_maximum_bandwidth: int | str | None = None,
        hostname: str | None = None,
        user: str | int | None = None,
        detach: bool = False,
        stdin_open: bool = False,
        tty: bool = False,
        environment: dict[str, str | None] | list[str] | None = None,
        network_disabled: bool = False,
        name: str | None = None,
        entrypoint: str | list[str] | None = None,
        working_dir: str | None = None,
        domainname: str | None = None,
        mac_address: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        stop_signal: str | None = None,
        networking_config: models.NetworkingConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        attach_stdin: bool | None = None,
        attach_stdout: bool | None = None,
        attach_stderr: bool | None = None,
        stdin_once: bool | None = None,
        healthcheck: models.HealthConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        args_escaped: bool | None = None,
        on_build: list[str] | None = None,
        stop_timeout: int | None = None,
        shell: list[str] | None = None,
        use_config_proxy: bool = True,
    ) -> Container:
        """Create a container without starting it.

        Every keyword of run() except remove and stream; the image must be on the daemon. detach is
        create_container's (whether the container's standard streams are attached), as docker-py
        takes it.

        Calls `create_container()`, `inspect_container()` of `client.api`.

        Args:
            image: The image: a name or an Image.
            command: The command to run instead of the image's.
            ports: Ports to publish: {"80/tcp": 8080}, a (host_ip, port) tuple, a list of ports,
                or None for a random host port.
            volumes: Volumes to mount: {"/host": {"bind": "/ctr", "mode": "rw"}} or
                ["/host:/ctr:ro"].
            network: The network to connect the container to at creation.
            network_driver_opt: Driver options of the network endpoint (with network).
            platform: The platform of the image, as os[/arch[/variant]].
            binds: Host paths or named volumes to mount, as a list of 'source:target[:mode]'
                strings, or a dict keyed by source whose value is the target path (read-write) or a
                dict with 'bind' (the target) and either 'mode' (e.g. 'ro', 'rw', 'z') or 'ro' (a
                bool).
            port_bindings: Publish container ports on the host. Keys are a container port (80,
                '80/udp', '1000-1010'); each value is a host port (8080 or '8080'), an (address,
                port) tuple, a one-item (address,) tuple for a random port on that address, None for
                a random port on all addresses, or a list of these to publish the port several
                times.
            lxc_conf: Options for the LXC execution driver, which no supported daemon has any
                more; always refused. Not in API >= 1.24. The LXC execution driver is gone; drop
                lxc_conf.
            publish_all_ports: Publish every exposed port of the container on a random host
                port. Default: `False`.
            links: Legacy links to other containers on the default bridge, as {name: alias}, a
                list of (name, alias) tuples, or a list of 'name:alias' strings.
            privileged: Give the container almost every capability and access to all host
                devices. Default: `False`.
            dns: DNS server addresses for the container, one string or a list of them.
            dns_search: DNS search domains, one string or a list of them.
            volumes_from: Containers whose volumes are mounted too, as a list of 'name[:ro|rw]'
                strings or one string with names separated by commas.
            network_mode: Which network stack the container uses, e.g. 'bridge', 'host', 'none',
                'container:NAME' to share another container's, or the name of a user-defined
                network.
            restart_policy: When the daemon restarts the container once it exits; a policy name
                ('no', 'always', 'unless-stopped', 'on-failure') or a dict such as {'Name':
                'on-failure', 'MaximumRetryCount': 3}.
            cap_add: Linux capabilities to grant on top of the default set, e.g. ['NET_ADMIN',
                'SYS_TIME'].
            cap_drop: Linux capabilities to remove from the default set, e.g. ['MKNOD'], or
                ['ALL'].
            devices: Host devices to expose, each a 'host_path[:container_path[:permissions]]'
                string (the permissions are any of r, w, m and default to 'rwm') or a dict with
                PathOnHost, PathInContainer and CgroupPermissions.
            extra_hosts: Additional /etc/hosts lines, as {hostname: address} or a list of
                'hostname:address' strings; the address 'host-gateway' stands for the host.
            read_only: Make the container's root filesystem read-only.
            pid_mode: Which PID namespace to use, 'host' or 'container:NAME'; unset means a
                private one.
            ipc_mode: IPC namespace mode, one of 'none', 'private', 'shareable', 'host' or
                'container:NAME'; unset means the daemon's default.
            security_opt: Security options as strings, e.g. 'no-new-privileges',
                'seccomp=unconfined', 'apparmor=PROFILE' or SELinux 'label=...' settings.
            ulimits: Resource limits inside the container, a list of dicts with name, soft and
                hard keys in any letter case, e.g. [{'name': 'nofile', 'soft': 4096, 'hard': 8192}].
            log_config: The logging driver and its options, a dict with type and config keys in
                any letter case, e.g. {'type': 'json-file', 'config': {'max-size': '10m'}}; config
                values are sent as strings.
            mem_limit: Hard memory limit in bytes; an int, or a number followed by one of the
                suffixes b, k, m, g (powers of 1024, any letter case) as a string, such as '512m' or
                '1g'.
            memswap_limit: Limit on memory plus swap together, in bytes, in the same forms as
                mem_limit; -1 allows unlimited swap.
            mem_reservation: Soft memory limit in bytes, applied when the host runs short of
                memory; same forms as mem_limit.
            kernel_memory: Kernel memory limit in bytes, same forms as mem_limit; current
                daemons no longer honour it (the field left the API in 1.42).
            mem_swappiness: How willing the kernel is to swap out the container's anonymous
                pages, 0 to 100.
            cgroup_parent: Parent cgroup for the container's own cgroup; a relative path is
                resolved against the daemon's cgroup.
            group_add: Extra groups for the container's process, as names or numeric GIDs (a
                single value is accepted too).
            cpu_quota: CPU time the container may use per CFS period, in microseconds (e.g.
                50000 with cpu_period=100000 is half a CPU); -1 means no limit.
            cpu_period: Length of the CFS scheduler period that cpu_quota applies to, in
                microseconds (the kernel default is 100000).
            blkio_weight: Relative block I/O weight, 10 to 1000.
            blkio_weight_device: Per-device block I/O weights, a list of dicts with the wire
                keys, e.g. [{'Path': '/dev/sda', 'Weight': 200}].
            device_read_bps: Per-device read limits in bytes per second, a list of dicts with
                the wire keys, e.g. [{'Path': '/dev/sda', 'Rate': 1048576}].
            device_write_bps: Per-device write limits in bytes per second, a list of {'Path',
                'Rate'} dicts like device_read_bps.
            device_read_iops: Per-device read limits in I/O operations per second, a list of
                {'Path', 'Rate'} dicts.
            device_write_iops: Per-device write limits in I/O operations per second, a list of
                {'Path', 'Rate'} dicts.
            oom_kill_disable: Keep the kernel's OOM killer from killing the container's
                processes (only sensible with a memory limit). Default: `False`.
            shm_size: Bytes available in the container's /dev/shm, same forms as mem_limit; 64
                MiB when unset.
            sysctls: Kernel settings (sysctls) for the container's namespaces, e.g.
                {'net.core.somaxconn': 1024}; values are sent as strings.
            tmpfs: Directories to mount as tmpfs, as {path: options} or a list of
                'path[:options]' strings, where options are mount options such as
                'size=64m,mode=1777'.
            oom_score_adj: Adjustment to the OOM killer's score for the container's processes,
                -1000 (never kill) to 1000.
            dns_opt: Resolver options written to /etc/resolv.conf, e.g. ['ndots:2',
                'timeout:3'].
            cpu_shares: Relative CPU weight against other containers when CPUs are contended
                (the usual baseline is 1024).
            cpuset_cpus: CPUs the container may run on, as a string such as '0-3' or '0,2'.
            userns_mode: User namespace mode; 'host' turns off user namespace remapping for this
                container.
            uts_mode: UTS namespace (hostname and domain) mode; 'host' shares the host's.
            pids_limit: Maximum number of processes in the container; 0 or -1 for no limit.
            isolation: Isolation technology on Windows, 'default', 'process' or 'hyperv'.
            auto_remove: Remove the container once its process exits (no effect with a restart
                policy).
            storage_opt: Per-container options for the storage driver, e.g. {'size': '20G'};
                values are sent as strings.
            init: Run a small init process as PID 1 that forwards signals and reaps zombies;
                unset means the daemon's default.
            init_path: Path of the init binary, which the API no longer accepts per container;
                always refused. Not in API >= 1.24. Set the init binary on the daemon (--init-path);
                pass init=True here.
            volume_driver: Volume driver used for the volumes this container creates by name.
            cpu_count: Number of usable CPUs, on Windows only.
            cpu_percent: Usable share of the available CPUs as a percentage, on Windows only.
            nano_cpus: CPU limit; an int is taken as billionths of a CPU (1000000000 is one
                CPU), while a float or a numeric string is a number of CPUs (1.5 or '1.5' becomes
                1500000000).
            cpuset_mems: NUMA memory nodes the container may use, e.g. '0-1' or '0,2'.
            runtime: OCI runtime to run the container with, e.g. 'runc' or another runtime
                registered with the daemon.
            mounts: Mounts as Mount dicts (sent as given, wire keys such as Target, Source,
                Type, ReadOnly) or 'source:target[:ro|rw]' strings, where a source starting with '/'
                is a bind mount and any other a named volume; a lone '/target' makes an anonymous
                volume.
            cpu_rt_period: Real-time scheduler period in microseconds.
            cpu_rt_runtime: Real-time CPU time the container may use per real-time period, in
                microseconds.
            device_cgroup_rules: Device cgroup rules such as 'c 1:3 mr' ('type major:minor
                access').
            device_requests: Devices to request from a device driver such as GPUs, a list of
                dicts with the wire keys, e.g. [{'Driver': 'nvidia', 'Count': -1, 'Capabilities':
                [['gpu']]}].
            cgroupns: Cgroup namespace mode, 'private' or 'host'; unset means the daemon's
                default.
            container_id_file: Path of a file on the daemon's host into which the container's ID
                is written.
            console_size: Initial terminal size as [height, width] in characters.
            annotations: Free key-value metadata handed to the OCI runtime; values are sent as
                strings.
            cgroup: The cgroup the container joins, written 'container:NAME'.
            masked_paths: Paths inside the container to hide, replacing the daemon's default
                list.
            readonly_paths: Paths inside the container to make read-only, replacing the daemon's
                default list.
            io_maximum_iops: Maximum I/O operations per second on the system drive, on Windows
                only.
            io_maximum_bandwidth: Maximum I/O on the system drive in bytes per second, on
                Windows only; same forms as mem_limit.
            hostname: The host name seen inside the container; the daemon uses the short
                container ID when unset.
            user: The user the processes run as: a name or UID, optionally followed by ":group"
                or ":GID" (e.g. "nobody", 1000, "1000:1000"). Unset uses the image's user.
            detach: When false, stdout and stderr are marked for attaching, and with stdin_open
                also stdin (closed after the first client), as `docker run` without -d does.
                Explicit attach_* values win; true attaches nothing. Default: `False`.
            stdin_open: Keep the container's stdin open even when no client is attached (`docker
                run -i`). Default: `False`.
            tty: Give the container a pseudo-terminal. Its output is then one raw stream: logs
                and attach cannot tell stdout from stderr. Default: `False`.
            environment: Environment variables: a dict such as {"KEY": "value"}, or "KEY=value"
                strings in a list. A None value in the dict sends the bare "KEY", which removes that
                variable.
            network_disabled: Create the container without any network interface except
                loopback. Default: `False`.
            name: A name for the container: letters, digits, "_", "." and "-", starting with a
                letter or digit. The daemon makes one up when unset.
            entrypoint: The entrypoint, replacing the image's: a list, or a string split like a
                shell would; the list [""] clears the image's entrypoint.
            working_dir: The directory the command starts in, inside the container.
            domainname: The container's domain name (its UTS domain name); DNS search domains go
                in host_config.
            mac_address: The MAC address on the default network; newer API versions take it per
                network, in networking_config. Not in API >= 1.52.
            labels: Labels: a dict of name to value, or a list of names that get empty values.
            stop_signal: The signal stop() sends first, by name ("SIGINT") or number as a
                string; unset uses the image's, else SIGTERM.
            networking_config: Networks to join at creation, with per-network settings: the dict
                create_networking_config() returns, or a NetworkingConfig model.
            attach_stdin: Mark stdin for attaching; None lets `detach` decide.
            attach_stdout: Mark stdout for attaching; None lets `detach` decide.
            attach_stderr: Mark stderr for attaching; None lets `detach` decide.
            stdin_once: Close stdin after the first attached client detaches; None lets `detach`
                decide.
            healthcheck: A health check replacing the image's: a dict (or HealthConfig) with
                "Test" (e.g. ["CMD", "pg_isready"], or ["NONE"] to disable), "Interval", "Timeout",
                "StartPeriod" in nanoseconds, and "Retries".
            args_escaped: Windows only; says the command line is already escaped. API >= 1.25.
            on_build: ONBUILD instructions to record in the container's configuration (they
                matter only once it is committed to an image). API >= 1.25.
            stop_timeout: Seconds stop() waits after that signal before killing the container;
                unset uses the daemon's default. API >= 1.25.
            shell: The shell for shell-form commands, as a list such as ["/bin/bash", "-c"]
                (used when the container is committed). API >= 1.25.
            use_config_proxy: Put the proxy settings of the client's config.json (its "proxies"
                entry for this daemon, else "default") in front of the container's environment as
                http_proxy/HTTP_PROXY and friends, so variables given in environment win; false
                sends none. Default: `True`.

        Returns:
            Container

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "Container",
            self.client.api._run(
                _plans.containers_create(
                    self,
                    image=image,
                    command=command,
                    ports=ports,
                    volumes=volumes,
                    network=network,
                    network_driver_opt=network_driver_opt,
                    platform=platform,
                    keywords={
                        "create_container": {
                            "hostname": hostname,
                            "user": user,
                            "detach": detach,
                            "stdin_open": stdin_open,
                            "tty": tty,
                            "environment": environment,
                            "network_disabled": network_disabled,
                            "name": name,
                            "entrypoint": entrypoint,
                            "working_dir": working_dir,
                            "domainname": domainname,
                            "mac_address": mac_address,
                            "labels": labels,
                            "stop_signal": stop_signal,
                            "networking_config": networking_config,
                            "attach_stdin": attach_stdin,
                            "attach_stdout": attach_stdout,
                            "attach_stderr": attach_stderr,
                            "stdin_once": stdin_once,
                            "healthcheck": healthcheck,
                            "args_escaped": args_escaped,
                            "on_build": on_build,
                            "stop_timeout": stop_timeout,
                            "shell": shell,
                            "use_config_proxy": use_config_proxy,
                        },
                        "create_host_config": {
                            "binds": binds,
                            "port_bindings": port_bindings,
                            "lxc_conf": lxc_conf,
                            "publish_all_ports": publish_all_ports,
                            "links": links,
                            "privileged": privileged,
                            "dns": dns,
                            "dns_search": dns_search,
                            "volumes_from": volumes_from,
                            "network_mode": network_mode,
                            "restart_policy": restart_policy,
                            "cap_add": cap_add,
                            "cap_drop": cap_drop,
                            "devices": devices,
                            "extra_hosts": extra_hosts,
                            "read_only": read_only,
                            "pid_mode": pid_mode,
                            "ipc_mode": ipc_mode,
                            "security_opt": security_opt,
                            "ulimits": ulimits,
                            "log_config": log_config,
                            "mem_limit": mem_limit,
                            "memswap_limit": memswap_limit,
                            "mem_reservation": mem_reservation,
                            "kernel_memory": kernel_memory,
                            "mem_swappiness": mem_swappiness,
                            "cgroup_parent": cgroup_parent,
                            "group_add": group_add,
                            "cpu_quota": cpu_quota,
                            "cpu_period": cpu_period,
                            "blkio_weight": blkio_weight,
                            "blkio_weight_device": blkio_weight_device,
                            "device_read_bps": device_read_bps,
                            "device_write_bps": device_write_bps,
                            "device_read_iops": device_read_iops,
                            "device_write_iops": device_write_iops,
                            "oom_kill_disable": oom_kill_disable,
                            "shm_size": shm_size,
                            "sysctls": sysctls,
                            "tmpfs": tmpfs,
                            "oom_score_adj": oom_score_adj,
                            "dns_opt": dns_opt,
                            "cpu_shares": cpu_shares,
                            "cpuset_cpus": cpuset_cpus,
                            "userns_mode": userns_mode,
                            "uts_mode": uts_mode,
                            "pids_limit": pids_limit,
                            "isolation": isolation,
                            "auto_remove": auto_remove,
                            "storage_opt": storage_opt,
                            "init": init,
                            "init_path": init_path,
                            "volume_driver": volume_driver,
                            "cpu_count": cpu_count,
                            "cpu_percent": cpu_percent,
                            "nano_cpus": nano_cpus,
                            "cpuset_mems": cpuset_mems,
                            "runtime": runtime,
                            "mounts": mounts,
                            "cpu_rt_period": cpu_rt_period,
                            "cpu_rt_runtime": cpu_rt_runtime,
                            "device_cgroup_rules": device_cgroup_rules,
                            "device_requests": device_requests,
                            "cgroupns": cgroupns,
                            "container_id_file": container_id_file,
                            "console_size": console_size,
                            "annotations": annotations,
                            "cgroup": cgroup,
                            "masked_paths": masked_paths,
                            "readonly_paths": readonly_paths,
                            "io_maximum_iops": io_maximum_iops,
                            "io_maximum_bandwidth": io_maximum_bandwidth,
                        },
                    },
                ),
                "containers.create",
            ),
        )

    def list(
        self,
        all: bool = False,
        before: str | None = None,
        filters: dict[str, Any] | None = None,
        limit: int = -1,
        since: str | None = None,
        sparse: bool = False,
        ignore_removed: bool = False,
    ) -> list[Container]:
        """The containers, each with its whole description (one inspect each, pipelined on a few connections).

        A container removed between the list and its inspect is left out with ignore_removed, and
        raises NotFound without it, as docker-py does.

        Calls `containers()`, `inspect_container()` of `client.api`.

        Args:
            all: Also list containers that are not running. Default: `False`.
            before: Only containers created before this one (id or name).
            filters: Filters as the daemon takes them: {"status": ["exited"], "label": ["a=b"]}.
            limit: At most this many, newest first (-1: all). Default: `-1`.
            since: Only containers created after this one (id or name).
            sparse: Do not inspect: attrs are the list entries (fewer fields, one request).
                Default: `False`.
            ignore_removed: Leave out containers removed while listing instead of raising
                NotFound. Default: `False`.

        Returns:
            list[Container]

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "list[Container]",
            self.client.api._run(
                _plans.containers_list(
                    self,
                    all=all,
                    before=before,
                    filters=filters,
                    limit=limit,
                    since=since,
                    sparse=sparse,
                    ignore_removed=ignore_removed,
                ),
                "containers.list",
            ),
        )
