# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `exec` methods of both clients; results are plain dicts and lists (`dockerapi.classic.types`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from ... import _operations as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._results import AsyncHijackedSocket, AsyncOutputStream, HijackedSocket, OutputStream

if TYPE_CHECKING:
    from ..._models import DockerModel
    from .. import types

__all__ = ["ExecMethods", "AsyncExecMethods"]


class ExecMethods(SyncAPIClient):
    """The exec methods of `Client`."""

    def exec_create(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        cmd: str | list[str] | None = None,
        stdout: bool = True,
        stderr: bool = True,
        stdin: bool = False,
        tty: bool = False,
        privileged: bool = False,
        user: str | int = "",
        environment: dict[str, str | None] | list[str] | None = None,
        workdir: str | None = None,
        detach_keys: str | None = None,
        *,
        console_size: list[int] | None = None,
        since: datetime | int | float | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.IDResponse:
        """Set up a command to run inside a running container.

        Endpoint: `POST /containers/{id}/exec`, API >= 1.24.

        Args:
            container: sent as path `id`.
            cmd: sent as body-field `Cmd`.
            stdout: sent as body-field `AttachStdout`. Default: `True`.
            stderr: sent as body-field `AttachStderr`. Default: `True`.
            stdin: sent as body-field `AttachStdin`. Default: `False`.
            tty: sent as body-field `Tty`. Default: `False`.
            privileged: sent as body-field `Privileged`. Default: `False`.
            user: sent as body-field `User`.
            environment: sent as body-field `Env`. API >= 1.25.
            workdir: sent as body-field `WorkingDir`. API >= 1.35.
            detach_keys: sent as body-field `DetachKeys`.
            console_size: sent as body-field `ConsoleSize`. API >= 1.42.
            since: sent as body-field `since`. Not in API >= 1.24. No Engine API version filters
                exec output by time; read a container's output since a moment with logs(container,
                since=...).

        Returns:
            dict (IDResponse keys)

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
        return self._call(  # type: ignore[no-any-return]
            _ops.exec_create,
            {
                "container": container,
                "stdin": stdin,
                "stdout": stdout,
                "stderr": stderr,
                "console_size": console_size,
                "detach_keys": detach_keys,
                "tty": tty,
                "environment": environment,
                "cmd": cmd,
                "privileged": privileged,
                "user": user,
                "workdir": workdir,
                "since": since,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def exec_inspect(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ExecInspectResponse:
        """Low-level information about an exec instance (running, exit code...).

        Endpoint: `GET /exec/{id}/json`, API >= 1.24.

        Args:
            exec_id: sent as path `id`.

        Returns:
            dict (ExecInspectResponse keys)

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.exec_inspect,
            {"exec_id": exec_id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def exec_resize(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        height: int | None = None,
        width: int | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Resize the TTY of an exec instance.

        Endpoint: `POST /exec/{id}/resize`, API >= 1.24.

        Args:
            exec_id: sent as path `id`.
            height: sent as query `h`.
            width: sent as query `w`.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.exec_resize,
            {
                "exec_id": exec_id,
                "height": height,
                "width": width,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        stream: Literal[True],
        socket: Literal[True],
        demux: Literal[True],
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> HijackedSocket: ...
    @overload
    def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        stream: Literal[True],
        socket: Literal[True],
        demux: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> HijackedSocket: ...
    @overload
    def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        stream: Literal[True],
        demux: Literal[True],
        socket: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[tuple[bytes | None, bytes | None]]: ...
    @overload
    def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        stream: Literal[True],
        socket: Literal[False] = ...,
        demux: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[bytes]: ...
    @overload
    def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        socket: Literal[True],
        demux: Literal[True],
        stream: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> HijackedSocket: ...
    @overload
    def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        socket: Literal[True],
        stream: Literal[False] = ...,
        demux: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> HijackedSocket: ...
    @overload
    def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        demux: Literal[True],
        stream: Literal[False] = ...,
        socket: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> tuple[bytes | None, bytes | None]: ...
    @overload
    def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        stream: Literal[False] = ...,
        socket: Literal[False] = ...,
        demux: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes: ...

    def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = False,
        tty: bool = False,
        stream: bool = False,
        socket: bool = False,
        demux: bool = False,
        *,
        console_size: list[int] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> (
        HijackedSocket
        | OutputStream[tuple[bytes | None, bytes | None]]
        | OutputStream[bytes]
        | tuple[bytes | None, bytes | None]
        | bytes
    ):
        """Run a set-up exec instance and return (or stream) its output.

        Endpoint: `POST /exec/{id}/start`, API >= 1.24.

        Args:
            exec_id: sent as path `id`.
            detach: sent as body-field `Detach`. Default: `False`.
            tty: sent as body-field `Tty`. Default: `False`.
            stream: client-side option. Default: `False`.
            socket: client-side option. Default: `False`.
            demux: client-side option. Default: `False`.
            console_size: sent as body-field `ConsoleSize`. API >= 1.42.

        Returns:
            HijackedSocket | OutputStream[tuple[bytes | None, bytes | None]] |
                OutputStream[bytes] | tuple[bytes | None, bytes | None] | bytes

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
        return self._call(  # type: ignore[no-any-return]
            _ops.exec_start,
            {
                "exec_id": exec_id,
                "detach": detach,
                "tty": tty,
                "console_size": console_size,
                "stream": stream,
                "socket": socket,
                "demux": demux,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )


class AsyncExecMethods(AsyncAPIClient):
    """The exec methods of `AsyncClient`."""

    async def exec_create(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        cmd: str | list[str] | None = None,
        stdout: bool = True,
        stderr: bool = True,
        stdin: bool = False,
        tty: bool = False,
        privileged: bool = False,
        user: str | int = "",
        environment: dict[str, str | None] | list[str] | None = None,
        workdir: str | None = None,
        detach_keys: str | None = None,
        *,
        console_size: list[int] | None = None,
        since: datetime | int | float | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.IDResponse:
        """Set up a command to run inside a running container.

        Endpoint: `POST /containers/{id}/exec`, API >= 1.24.

        Args:
            container: sent as path `id`.
            cmd: sent as body-field `Cmd`.
            stdout: sent as body-field `AttachStdout`. Default: `True`.
            stderr: sent as body-field `AttachStderr`. Default: `True`.
            stdin: sent as body-field `AttachStdin`. Default: `False`.
            tty: sent as body-field `Tty`. Default: `False`.
            privileged: sent as body-field `Privileged`. Default: `False`.
            user: sent as body-field `User`.
            environment: sent as body-field `Env`. API >= 1.25.
            workdir: sent as body-field `WorkingDir`. API >= 1.35.
            detach_keys: sent as body-field `DetachKeys`.
            console_size: sent as body-field `ConsoleSize`. API >= 1.42.
            since: sent as body-field `since`. Not in API >= 1.24. No Engine API version filters
                exec output by time; read a container's output since a moment with logs(container,
                since=...).

        Returns:
            dict (IDResponse keys)

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
        return await self._call(  # type: ignore[no-any-return]
            _ops.exec_create,
            {
                "container": container,
                "stdin": stdin,
                "stdout": stdout,
                "stderr": stderr,
                "console_size": console_size,
                "detach_keys": detach_keys,
                "tty": tty,
                "environment": environment,
                "cmd": cmd,
                "privileged": privileged,
                "user": user,
                "workdir": workdir,
                "since": since,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def exec_inspect(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ExecInspectResponse:
        """Low-level information about an exec instance (running, exit code...).

        Endpoint: `GET /exec/{id}/json`, API >= 1.24.

        Args:
            exec_id: sent as path `id`.

        Returns:
            dict (ExecInspectResponse keys)

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.exec_inspect,
            {"exec_id": exec_id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def exec_resize(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        height: int | None = None,
        width: int | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Resize the TTY of an exec instance.

        Endpoint: `POST /exec/{id}/resize`, API >= 1.24.

        Args:
            exec_id: sent as path `id`.
            height: sent as query `h`.
            width: sent as query `w`.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.exec_resize,
            {
                "exec_id": exec_id,
                "height": height,
                "width": width,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    async def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        stream: Literal[True],
        socket: Literal[True],
        demux: Literal[True],
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncHijackedSocket: ...
    @overload
    async def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        stream: Literal[True],
        socket: Literal[True],
        demux: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncHijackedSocket: ...
    @overload
    async def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        stream: Literal[True],
        demux: Literal[True],
        socket: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[tuple[bytes | None, bytes | None]]: ...
    @overload
    async def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        stream: Literal[True],
        socket: Literal[False] = ...,
        demux: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[bytes]: ...
    @overload
    async def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        socket: Literal[True],
        demux: Literal[True],
        stream: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncHijackedSocket: ...
    @overload
    async def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        socket: Literal[True],
        stream: Literal[False] = ...,
        demux: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncHijackedSocket: ...
    @overload
    async def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        demux: Literal[True],
        stream: Literal[False] = ...,
        socket: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> tuple[bytes | None, bytes | None]: ...
    @overload
    async def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = ...,
        tty: bool = ...,
        *,
        stream: Literal[False] = ...,
        socket: Literal[False] = ...,
        demux: Literal[False] = ...,
        console_size: list[int] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes: ...

    async def exec_start(
        self,
        exec_id: str | Mapping[str, Any] | DockerModel,
        detach: bool = False,
        tty: bool = False,
        stream: bool = False,
        socket: bool = False,
        demux: bool = False,
        *,
        console_size: list[int] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> (
        AsyncHijackedSocket
        | AsyncOutputStream[tuple[bytes | None, bytes | None]]
        | AsyncOutputStream[bytes]
        | tuple[bytes | None, bytes | None]
        | bytes
    ):
        """Run a set-up exec instance and return (or stream) its output.

        Endpoint: `POST /exec/{id}/start`, API >= 1.24.

        Args:
            exec_id: sent as path `id`.
            detach: sent as body-field `Detach`. Default: `False`.
            tty: sent as body-field `Tty`. Default: `False`.
            stream: client-side option. Default: `False`.
            socket: client-side option. Default: `False`.
            demux: client-side option. Default: `False`.
            console_size: sent as body-field `ConsoleSize`. API >= 1.42.

        Returns:
            HijackedSocket | OutputStream[tuple[bytes | None, bytes | None]] |
                OutputStream[bytes] | tuple[bytes | None, bytes | None] | bytes

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
        return await self._call(  # type: ignore[no-any-return]
            _ops.exec_start,
            {
                "exec_id": exec_id,
                "detach": detach,
                "tty": tty,
                "console_size": console_size,
                "stream": stream,
                "socket": socket,
                "demux": demux,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )
