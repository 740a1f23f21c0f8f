# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `exec` methods of both clients; results are pydantic models of `dockerapi.models`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from .. import _catalog as _ops
from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .. import models
    from .._model_base import DockerModel
    from .._streams import AsyncHijackedSocket, AsyncOutputStream, HijackedSocket, OutputStream

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
    ) -> models.IDResponse:
        """Prepare a command to run inside a running container; exec_start runs it.

        Endpoint: `POST /containers/{id}/exec`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            cmd: The command: a list of arguments, or a string split the way a POSIX shell would
                (no shell runs it).
            stdout: Capture the command's stdout. Default: `True`.
            stderr: Capture the command's stderr. Default: `True`.
            stdin: Connect the command's stdin, for writing to it through
                exec_start(socket=True). Default: `False`.
            tty: Give the command a pseudo-terminal; its output is then one raw stream without a
                stdout/stderr split. Default: `False`.
            privileged: Run the command with extended privileges (all Linux capabilities).
                Default: `False`.
            user: The user to run as: a name or UID, optionally followed by ":group" or ":GID";
                empty means the container's user.
            environment: Extra environment variables: a dict such as {"KEY": "value"}, or
                "KEY=value" strings in a list. API >= 1.25.
            workdir: The directory the command starts in; unset uses the container's working
                directory. API >= 1.35.
            detach_keys: The key sequence that detaches, e.g. "ctrl-p,ctrl-q": single letters or
                "ctrl-" followed by a-z, @, ^, [, "," or _.
            console_size: The initial TTY size as [height, width] in characters. API >= 1.42.
            since: Not an exec setting; the Engine API never had it (read logs with since=
                instead). Not in API >= 1.24. No Engine API version filters exec output by time;
                read a container's output since a moment with logs(container, since=...).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            IDResponse: The new exec instance's ID, under "Id".

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

        Example:
            ```python
            exec_id = client.exec_create("web", ["sh", "-c", "ls /etc | wc -l"])["Id"]
            print(client.exec_start(exec_id).decode())
            print(client.exec_inspect(exec_id)["ExitCode"])
            ```
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
    ) -> models.ExecInspectResponse:
        """Read the state of an exec instance, its exit code included.

        Endpoint: `GET /exec/{id}/json`, API >= 1.24.

        Args:
            exec_id: The exec instance, by the ID exec_create returned or that result itself.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            ExecInspectResponse: Whether the command is running, its exit code (None while
                running), its PID, command line and the container it runs in.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            exec_id = client.exec_create("web", "true")["Id"]
            client.exec_start(exec_id)
            info = client.exec_inspect(exec_id)
            print(info["Running"], info["ExitCode"])
            ```
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
        """Set the size of an exec instance's TTY, in characters.

        Only meaningful for an instance created with tty=True and already started.

        Endpoint: `POST /exec/{id}/resize`, API >= 1.24.

        Args:
            exec_id: The exec instance, by the ID exec_create returned or that result itself.
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
        """Run a prepared exec instance and return its output, or stream it.

        The exit code is not part of the output: read it with exec_inspect() once the command has
        ended. An exec instance runs only once.

        Endpoint: `POST /exec/{id}/start`, API >= 1.24.

        Args:
            exec_id: The exec instance, by the ID exec_create returned or that result itself.
            detach: Start the command and return at once without its output (the answer's body,
                usually empty bytes). Default: `False`.
            tty: Whether the instance was created with a TTY; pass the same value as to
                exec_create. Default: `False`.
            stream: False returns the whole output when the command ends; True returns an
                iterator of bytes chunks as they come, also usable as a context manager. Default:
                `False`.
            socket: Return the raw connection instead (socket-like, with sendall, recv,
                close_write and close), to write to the command's stdin. Default: `False`.
            demux: Keep stdout and stderr apart: a (stdout, stderr) pair of bytes, or with
                stream=True an iterator of pairs with one side None. Default: `False`.
            console_size: The initial TTY size as [height, width] in characters. API >= 1.42.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            HijackedSocket | OutputStream[tuple[bytes | None, bytes | None]] |
                OutputStream[bytes] | tuple[bytes | None, bytes | None] | bytes: The output as
                bytes, a (stdout, stderr) pair with demux, an iterator with stream=True, or the
                connection with socket=True.

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

        Example:
            ```python
            exec_id = client.exec_create("web", "sh -c 'echo out; echo err >&2'")
            out, err = client.exec_start(exec_id, demux=True)
            print(out, err)
            ```
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
    ) -> models.IDResponse:
        """Prepare a command to run inside a running container; exec_start runs it.

        Endpoint: `POST /containers/{id}/exec`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            cmd: The command: a list of arguments, or a string split the way a POSIX shell would
                (no shell runs it).
            stdout: Capture the command's stdout. Default: `True`.
            stderr: Capture the command's stderr. Default: `True`.
            stdin: Connect the command's stdin, for writing to it through
                exec_start(socket=True). Default: `False`.
            tty: Give the command a pseudo-terminal; its output is then one raw stream without a
                stdout/stderr split. Default: `False`.
            privileged: Run the command with extended privileges (all Linux capabilities).
                Default: `False`.
            user: The user to run as: a name or UID, optionally followed by ":group" or ":GID";
                empty means the container's user.
            environment: Extra environment variables: a dict such as {"KEY": "value"}, or
                "KEY=value" strings in a list. API >= 1.25.
            workdir: The directory the command starts in; unset uses the container's working
                directory. API >= 1.35.
            detach_keys: The key sequence that detaches, e.g. "ctrl-p,ctrl-q": single letters or
                "ctrl-" followed by a-z, @, ^, [, "," or _.
            console_size: The initial TTY size as [height, width] in characters. API >= 1.42.
            since: Not an exec setting; the Engine API never had it (read logs with since=
                instead). Not in API >= 1.24. No Engine API version filters exec output by time;
                read a container's output since a moment with logs(container, since=...).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            IDResponse: The new exec instance's ID, under "Id".

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

        Example:
            ```python
            exec_id = client.exec_create("web", ["sh", "-c", "ls /etc | wc -l"])["Id"]
            print(client.exec_start(exec_id).decode())
            print(client.exec_inspect(exec_id)["ExitCode"])
            ```
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
    ) -> models.ExecInspectResponse:
        """Read the state of an exec instance, its exit code included.

        Endpoint: `GET /exec/{id}/json`, API >= 1.24.

        Args:
            exec_id: The exec instance, by the ID exec_create returned or that result itself.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            ExecInspectResponse: Whether the command is running, its exit code (None while
                running), its PID, command line and the container it runs in.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            exec_id = client.exec_create("web", "true")["Id"]
            client.exec_start(exec_id)
            info = client.exec_inspect(exec_id)
            print(info["Running"], info["ExitCode"])
            ```
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
        """Set the size of an exec instance's TTY, in characters.

        Only meaningful for an instance created with tty=True and already started.

        Endpoint: `POST /exec/{id}/resize`, API >= 1.24.

        Args:
            exec_id: The exec instance, by the ID exec_create returned or that result itself.
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
        """Run a prepared exec instance and return its output, or stream it.

        The exit code is not part of the output: read it with exec_inspect() once the command has
        ended. An exec instance runs only once.

        Endpoint: `POST /exec/{id}/start`, API >= 1.24.

        Args:
            exec_id: The exec instance, by the ID exec_create returned or that result itself.
            detach: Start the command and return at once without its output (the answer's body,
                usually empty bytes). Default: `False`.
            tty: Whether the instance was created with a TTY; pass the same value as to
                exec_create. Default: `False`.
            stream: False returns the whole output when the command ends; True returns an
                iterator of bytes chunks as they come, also usable as a context manager. Default:
                `False`.
            socket: Return the raw connection instead (socket-like, with sendall, recv,
                close_write and close), to write to the command's stdin. Default: `False`.
            demux: Keep stdout and stderr apart: a (stdout, stderr) pair of bytes, or with
                stream=True an iterator of pairs with one side None. Default: `False`.
            console_size: The initial TTY size as [height, width] in characters. API >= 1.42.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            HijackedSocket | OutputStream[tuple[bytes | None, bytes | None]] |
                OutputStream[bytes] | tuple[bytes | None, bytes | None] | bytes: The output as
                bytes, a (stdout, stderr) pair with demux, an iterator with stream=True, or the
                connection with socket=True.

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

        Example:
            ```python
            exec_id = client.exec_create("web", "sh -c 'echo out; echo err >&2'")
            out, err = client.exec_start(exec_id, demux=True)
            print(out, err)
            ```
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
