# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `container` methods of both clients; results are plain dicts and lists (`dockerapi.classic.types`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from ... import _lib
from ... import _operations as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._results import (
    AsyncHijackedSocket,
    AsyncJSONStream,
    AsyncOutputStream,
    AsyncRawStream,
    HijackedSocket,
    JSONStream,
    OutputStream,
    RawStream,
)

if TYPE_CHECKING:
    from ... import models
    from ..._models import DockerModel
    from .. import types

__all__ = ["ContainerMethods", "AsyncContainerMethods"]


class ContainerMethods(SyncAPIClient):
    """The container methods of `Client`."""

    def archive_stat(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        path: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any] | None:
        """Stat a path inside a container (name, size, mode, mtime, link target) without copying it.

        Endpoint: `HEAD /containers/{id}/archive`, API >= 1.24.

        Args:
            container: sent as path `id`.
            path: sent as query `path`. API >= 1.25.

        Returns:
            dict[str, Any] | None

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
            _ops.archive_stat,
            {
                "container": container,
                "path": path,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    def attach(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        container: str | Mapping[str, Any] | DockerModel,
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
        container: str | Mapping[str, Any] | DockerModel,
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
        container: str | Mapping[str, Any] | DockerModel,
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
        container: str | Mapping[str, Any] | DockerModel,
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
        """Read a container's output from now on (and its backlog with logs=True).

        Endpoint: `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            container: sent as path `id`.
            stdout: sent as query `stdout`. Default: `True`.
            stderr: sent as query `stderr`. Default: `True`.
            stream: client-side option. Default: `False`.
            logs: sent as query `logs`. Default: `False`.
            demux: client-side option. Default: `False`.

        Returns:
            OutputStream[tuple[bytes | None, bytes | None]] | OutputStream[bytes] | tuple[bytes
                | None, bytes | None] | bytes

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
            _ops.attach,
            {
                "container": container,
                "logs": logs,
                "stdout": stdout,
                "stderr": stderr,
                "stream": stream,
                "demux": demux,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def attach_socket(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        """Attach and hand back the raw connection, for reading and writing (stdin).

        Endpoint: `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            container: sent as path `id`.
            params: client-side option.
            ws: client-side option. Default: `False`.
            detach_keys: sent as query `detachKeys`.
            logs: sent as query `logs`. Default: `False`.
            stream: sent as query `stream`. Default: `True`.
            stdin: sent as query `stdin`. Default: `True`.
            stdout: sent as query `stdout`. Default: `True`.
            stderr: sent as query `stderr`. Default: `True`.

        Returns:
            HijackedSocket

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
            _ops.attach_socket,
            {
                "container": container,
                "detach_keys": detach_keys,
                "logs": logs,
                "stream": stream,
                "stdin": stdin,
                "stdout": stdout,
                "stderr": stderr,
                "params": params,
                "ws": ws,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def attach_websocket(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        detach_keys: str | None = None,
        logs: bool | None = None,
        stream: bool = True,
        stdin: bool = True,
        stdout: bool = True,
        stderr: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> HijackedSocket:
        """Attach to a container over a WebSocket connection.

        Endpoint: `GET /containers/{id}/attach/ws`, API >= 1.24.

        Args:
            container: sent as path `id`.
            detach_keys: sent as query `detachKeys`.
            logs: sent as query `logs`.
            stream: sent as query `stream`. Default: `True`.
            stdin: sent as query `stdin`. Default: `True`. API >= 1.42.
            stdout: sent as query `stdout`. Default: `True`. API >= 1.42.
            stderr: sent as query `stderr`. Default: `True`. API >= 1.42.

        Returns:
            HijackedSocket

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
            _ops.attach_websocket,
            {
                "container": container,
                "detach_keys": detach_keys,
                "logs": logs,
                "stream": stream,
                "stdin": stdin,
                "stdout": stdout,
                "stderr": stderr,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def containers(
        self,
        quiet: bool = False,
        all: bool = False,
        trunc: bool = False,
        latest: bool = False,
        since: str | None = None,
        before: str | None = None,
        limit: int = -1,
        size: bool = False,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[types.ContainerSummary]:
        """List containers, like `docker ps`.

        Endpoint: `GET /containers/json`, API >= 1.24.

        Args:
            quiet: client-side option. Default: `False`.
            all: sent as query `all`. Default: `False`.
            trunc: client-side option. Default: `False`.
            latest: client-side option. Default: `False`.
            since: sent as `since`.
            before: sent as `before`.
            limit: sent as query `limit`. Default: `-1`.
            size: sent as query `size`. Default: `False`.
            filters: sent as query `filters`.

        Returns:
            list[dict (ContainerSummary keys)]

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.containers,
            {
                "all": all,
                "limit": limit,
                "size": size,
                "filters": filters,
                "quiet": quiet,
                "trunc": trunc,
                "latest": latest,
                "since": since,
                "before": before,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def copy(self, container: str | Mapping[str, Any] | DockerModel, resource: str) -> bytes:
        """A file or folder of a container as tar bytes (the old `docker cp`; served by the archive endpoint).

        Built on `get_archive()`.

        Args:
            container: client-side option.
            resource: client-side option.

        Returns:
            bytes

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = self._run(_lib.copy(container=container, resource=resource))
        return cast("bytes", result)

    def create_container(
        self,
        image: str | None = None,
        command: str | list[str] | None = None,
        hostname: str | None = None,
        user: str | int | None = None,
        detach: bool = False,
        stdin_open: bool = False,
        tty: bool = False,
        mem_limit: int | str | None = None,
        ports: list[int | str | list[Any]] | None = None,
        environment: dict[str, str | None] | list[str] | None = None,
        dns: list[str] | None = None,
        volumes: str | list[str] | None = None,
        volumes_from: str | list[str] | None = None,
        network_disabled: bool = False,
        name: str | None = None,
        entrypoint: str | list[str] | None = None,
        cpu_shares: int | None = None,
        working_dir: str | None = None,
        domainname: str | None = None,
        memswap_limit: int | str | None = None,
        host_config: models.HostConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        mac_address: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        volume_driver: str | None = None,
        stop_signal: str | None = None,
        networking_config: models.NetworkingConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        platform: str | None = None,
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
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ContainerCreateResponse:
        """Create a container from an image, ready to be started.

        Endpoint: `POST /containers/create`, API >= 1.24.

        Args:
            image: sent as body-field `Image`.
            command: sent as body-field `Cmd`.
            hostname: sent as body-field `Hostname`.
            user: sent as body-field `User`.
            detach: client-side option. Default: `False`.
            stdin_open: sent as body-field `OpenStdin`. Default: `False`.
            tty: sent as body-field `Tty`. Default: `False`.
            mem_limit: sent as body-field `mem_limit`. Not in API >= 1.24. Pass it in
                host_config (create_host_config(mem_limit=...)).
            ports: sent as body-field `ExposedPorts`.
            environment: sent as body-field `Env`.
            dns: sent as body-field `dns`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(dns=...)).
            volumes: sent as body-field `Volumes`.
            volumes_from: sent as body-field `volumes_from`. Not in API >= 1.24. Pass it in
                host_config (create_host_config(volumes_from=...)).
            network_disabled: sent as body-field `NetworkDisabled`. Default: `False`.
            name: sent as query `name`.
            entrypoint: sent as body-field `Entrypoint`.
            cpu_shares: sent as body-field `cpu_shares`. Not in API >= 1.24. Pass it in
                host_config (create_host_config(cpu_shares=...)).
            working_dir: sent as body-field `WorkingDir`.
            domainname: sent as body-field `Domainname`.
            memswap_limit: sent as body-field `memswap_limit`. Not in API >= 1.24. Pass it in
                host_config (create_host_config(memswap_limit=...)).
            host_config: sent as body-field `HostConfig`.
            mac_address: sent as body-field `MacAddress`. Not in API >= 1.52.
            labels: sent as body-field `Labels`.
            volume_driver: sent as body-field `volume_driver`. Not in API >= 1.24. Pass it in
                host_config (create_host_config(volume_driver=...)).
            stop_signal: sent as body-field `StopSignal`.
            networking_config: sent as body-field `NetworkingConfig`.
            platform: sent as query `platform`. API >= 1.41.
            attach_stdin: sent as body-field `AttachStdin`.
            attach_stdout: sent as body-field `AttachStdout`.
            attach_stderr: sent as body-field `AttachStderr`.
            stdin_once: sent as body-field `StdinOnce`.
            healthcheck: sent as body-field `Healthcheck`.
            args_escaped: sent as body-field `ArgsEscaped`. API >= 1.25.
            on_build: sent as body-field `OnBuild`. API >= 1.25.
            stop_timeout: sent as body-field `StopTimeout`. API >= 1.25.
            shell: sent as body-field `Shell`. API >= 1.25.
            use_config_proxy: client-side option. Default: `True`.

        Returns:
            dict (ContainerCreateResponse keys)

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
        return self._call(  # type: ignore[no-any-return]
            _ops.create_container,
            {
                "name": name,
                "platform": platform,
                "hostname": hostname,
                "domainname": domainname,
                "user": user,
                "attach_stdin": attach_stdin,
                "attach_stdout": attach_stdout,
                "attach_stderr": attach_stderr,
                "ports": ports,
                "tty": tty,
                "stdin_open": stdin_open,
                "stdin_once": stdin_once,
                "environment": environment,
                "command": command,
                "healthcheck": healthcheck,
                "args_escaped": args_escaped,
                "image": image,
                "volumes": volumes,
                "working_dir": working_dir,
                "entrypoint": entrypoint,
                "network_disabled": network_disabled,
                "on_build": on_build,
                "labels": labels,
                "stop_signal": stop_signal,
                "stop_timeout": stop_timeout,
                "shell": shell,
                "host_config": host_config,
                "networking_config": networking_config,
                "mac_address": mac_address,
                "use_config_proxy": use_config_proxy,
                "detach": detach,
                "mem_limit": mem_limit,
                "memswap_limit": memswap_limit,
                "cpu_shares": cpu_shares,
                "dns": dns,
                "volumes_from": volumes_from,
                "volume_driver": volume_driver,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def diff(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[types.FilesystemChange]:
        """Files changed in a container's filesystem since it was created.

        Endpoint: `GET /containers/{id}/changes`, API >= 1.24.

        Args:
            container: sent as path `id`.

        Returns:
            list[dict (FilesystemChange keys)]

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
            _ops.diff,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def execute(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        cmd: str | list[str],
        *,
        detach: bool = False,
        stdout: bool = True,
        stderr: bool = True,
        stream: bool = False,
        tty: bool = False,
    ) -> OutputStream[bytes] | bytes:
        """Run a command in a running container and return its output (exec_create then exec_start).

        Built on `exec_create()`, `exec_start()`.

        Args:
            container: client-side option.
            cmd: client-side option.
            detach: client-side option. Default: `False`.
            stdout: client-side option. Default: `True`.
            stderr: client-side option. Default: `True`.
            stream: client-side option. Default: `False`.
            tty: client-side option. Default: `False`.

        Returns:
            OutputStream[bytes] | bytes

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
        result = self._run(
            _lib.execute(
                container=container,
                cmd=cmd,
                detach=detach,
                stdout=stdout,
                stderr=stderr,
                stream=stream,
                tty=tty,
            )
        )
        return cast("OutputStream[bytes] | bytes", result)

    def export(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        chunk_size: int | None = 2097152,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawStream:
        """The container's whole filesystem as a tar stream.

        Endpoint: `GET /containers/{id}/export`, API >= 1.24.

        Args:
            container: sent as path `id`.
            chunk_size: client-side option. Default: `2097152`.

        Returns:
            RawStream

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
            _ops.export,
            {
                "container": container,
                "chunk_size": chunk_size,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def get_archive(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        path: str,
        chunk_size: int | None = 2097152,
        encode_stream: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> tuple[RawStream, dict[str, Any] | None]:
        """A file or folder of a container as a tar stream, with its stat.

        Endpoint: `GET /containers/{id}/archive`, API >= 1.24.

        Args:
            container: sent as path `id`.
            path: sent as query `path`.
            chunk_size: client-side option. Default: `2097152`.
            encode_stream: client-side option. Default: `False`.

        Returns:
            tuple[RawStream, dict[str, Any] | None]

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
            _ops.get_archive,
            {
                "container": container,
                "path": path,
                "chunk_size": chunk_size,
                "encode_stream": encode_stream,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def inspect_container(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        size: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ContainerInspectResponse:
        """Low-level information about one container.

        Endpoint: `GET /containers/{id}/json`, API >= 1.24.

        Args:
            container: sent as path `id`.
            size: sent as query `size`. Default: `False`.

        Returns:
            dict (ContainerInspectResponse keys)

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
            _ops.inspect_container,
            {
                "container": container,
                "size": size,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def kill(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        signal: str | int | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Send a signal (SIGKILL unless told otherwise) to a container.

        Endpoint: `POST /containers/{id}/kill`, API >= 1.24.

        Args:
            container: sent as path `id`.
            signal: sent as query `signal`.

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
            _ops.kill,
            {
                "container": container,
                "signal": signal,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    def logs(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[tuple[bytes | None, bytes | None]]: ...
    @overload
    def logs(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[bytes]: ...
    @overload
    def logs(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> tuple[bytes | None, bytes | None]: ...
    @overload
    def logs(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes: ...

    def logs(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> (
        OutputStream[tuple[bytes | None, bytes | None]]
        | OutputStream[bytes]
        | tuple[bytes | None, bytes | None]
        | bytes
    ):
        """A container's stdout and stderr output, all at once or as a stream.

        Endpoint: `GET /containers/{id}/logs`, API >= 1.24.

        Args:
            container: sent as path `id`.
            stdout: sent as query `stdout`. Default: `True`.
            stderr: sent as query `stderr`. Default: `True`.
            stream: client-side option. Default: `False`.
            timestamps: sent as query `timestamps`. Default: `False`.
            tail: sent as query `tail`. Default: `'all'`.
            since: sent as query `since`.
            follow: sent as query `follow`.
            until: sent as query `until`. API >= 1.35.
            demux: client-side option. Default: `False`.

        Returns:
            OutputStream[tuple[bytes | None, bytes | None]] | OutputStream[bytes] | tuple[bytes
                | None, bytes | None] | bytes

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
            _ops.logs,
            {
                "container": container,
                "follow": follow,
                "stdout": stdout,
                "stderr": stderr,
                "since": since,
                "until": until,
                "timestamps": timestamps,
                "tail": tail,
                "stream": stream,
                "demux": demux,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def pause(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Freeze all processes of a container.

        Endpoint: `POST /containers/{id}/pause`, API >= 1.24.

        Args:
            container: sent as path `id`.

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
            _ops.pause,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def port(
        self, container: str | Mapping[str, Any] | DockerModel, private_port: int | str
    ) -> list[types.PortBinding] | None:
        """The host addresses a container port is published on, like `docker port`.

        Built on `inspect_container()`.

        Args:
            container: client-side option.
            private_port: client-side option.

        Returns:
            list[types.PortBinding] | None

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = self._run(_lib.port(container=container, private_port=private_port))
        return cast("list[types.PortBinding] | None", result)

    def prune_containers(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ContainerPruneResponse:
        """Remove stopped containers.

        Endpoint: `POST /containers/prune`, API >= 1.25.

        Args:
            filters: sent as query `filters`. API >= 1.25.

        Returns:
            dict (ContainerPruneResponse keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.prune_containers,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def put_archive(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        path: str,
        data: Any = None,
        *,
        no_overwrite_dir_non_dir: bool | None = None,
        copy_uid_gid: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Unpack a tar archive into a directory of a container.

        Endpoint: `PUT /containers/{id}/archive`, API >= 1.24.

        Args:
            container: sent as path `id`.
            path: sent as query `path`.
            data: sent as `data`.
            no_overwrite_dir_non_dir: sent as query `noOverwriteDirNonDir`.
            copy_uid_gid: sent as query `copyUIDGID`. API >= 1.30.

        Returns:
            bool

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.put_archive,
            {
                "container": container,
                "path": path,
                "no_overwrite_dir_non_dir": no_overwrite_dir_non_dir,
                "copy_uid_gid": copy_uid_gid,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def remove_container(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        v: bool = False,
        link: bool = False,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a container.

        Endpoint: `DELETE /containers/{id}`, API >= 1.24.

        Args:
            container: sent as path `id`.
            v: sent as query `v`. Default: `False`.
            link: sent as query `link`. Default: `False`. API >= 1.27.
            force: sent as query `force`. Default: `False`.

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
            _ops.remove_container,
            {
                "container": container,
                "v": v,
                "force": force,
                "link": link,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def rename(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        name: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Give a container a new name.

        Endpoint: `POST /containers/{id}/rename`, API >= 1.24.

        Args:
            container: sent as path `id`.
            name: sent as query `name`.

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
            _ops.rename,
            {
                "container": container,
                "name": name,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def resize(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        height: int,
        width: int,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Resize the TTY of a container.

        Endpoint: `POST /containers/{id}/resize`, API >= 1.24.

        Args:
            container: sent as path `id`.
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
            _ops.resize,
            {
                "container": container,
                "height": height,
                "width": width,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def restart(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        timeout: int | None = 10,
        *,
        signal: str | int | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Restart a container.

        Endpoint: `POST /containers/{id}/restart`, API >= 1.24.

        Args:
            container: sent as path `id`.
            timeout: sent as query `t`. Default: `10`.
            signal: sent as query `signal`. API >= 1.42.

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
            _ops.restart,
            {
                "container": container,
                "signal": signal,
                "timeout": timeout,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def start(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        detach_keys: str | None = None,
        host_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Start a created or stopped container.

        Endpoint: `POST /containers/{id}/start`, API >= 1.24.

        Args:
            container: sent as path `id`.
            detach_keys: sent as query `detachKeys`.
            host_config: sent as `host_config`. Not in API >= 1.24. Pass host settings to
                create_container(host_config=create_host_config(...)).

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
            _ops.start,
            {
                "container": container,
                "detach_keys": detach_keys,
                "host_config": host_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    def stats(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        container: str | Mapping[str, Any] | DockerModel,
        *,
        decode: Literal[True],
        stream: Literal[False],
        one_shot: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...
    @overload
    def stats(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        container: str | Mapping[str, Any] | DockerModel,
        *,
        stream: Literal[False],
        decode: Literal[False] = ...,
        one_shot: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    def stats(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        decode: bool | None = None,
        stream: bool = True,
        one_shot: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | dict[str, Any] | JSONStream[str]:
        """Resource usage of a container, one sample or a live stream of samples.

        Endpoint: `GET /containers/{id}/stats`, API >= 1.24.

        Args:
            container: sent as path `id`.
            decode: client-side option.
            stream: client-side option. Default: `True`.
            one_shot: sent as query `one-shot`. API >= 1.41.

        Returns:
            JSONStream[dict[str, Any]] | dict[str, Any] | JSONStream[str]

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
            _ops.stats,
            {
                "container": container,
                "one_shot": one_shot,
                "decode": decode,
                "stream": stream,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def stop(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        timeout: int | None = None,
        *,
        signal: str | int | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Stop a container, killing it if it does not stop within the timeout.

        Endpoint: `POST /containers/{id}/stop`, API >= 1.24.

        Args:
            container: sent as path `id`.
            timeout: sent as query `t`.
            signal: sent as query `signal`. API >= 1.42.

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
            _ops.stop,
            {
                "container": container,
                "signal": signal,
                "timeout": timeout,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def top(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        ps_args: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ContainerTopResponse:
        """The processes running inside a container, as `ps` shows them.

        Endpoint: `GET /containers/{id}/top`, API >= 1.24.

        Args:
            container: sent as path `id`.
            ps_args: sent as query `ps_args`.

        Returns:
            dict (ContainerTopResponse keys)

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
            _ops.top,
            {
                "container": container,
                "ps_args": ps_args,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def unpause(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Resume the processes of a paused container.

        Endpoint: `POST /containers/{id}/unpause`, API >= 1.24.

        Args:
            container: sent as path `id`.

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
            _ops.unpause,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def update_container(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
    ) -> types.ContainerUpdateResponse:
        """Change the resource limits and restart policy of a container.

        Endpoint: `POST /containers/{id}/update`, API >= 1.24.

        Args:
            container: sent as path `id`.
            blkio_weight: sent as body-field `BlkioWeight`.
            cpu_period: sent as body-field `CpuPeriod`.
            cpu_quota: sent as body-field `CpuQuota`.
            cpu_shares: sent as body-field `CpuShares`.
            cpuset_cpus: sent as body-field `CpusetCpus`.
            cpuset_mems: sent as body-field `CpusetMems`.
            mem_limit: sent as body-field `Memory`.
            mem_reservation: sent as body-field `MemoryReservation`.
            memswap_limit: sent as body-field `MemorySwap`.
            kernel_memory: sent as body-field `KernelMemory`. API >= 1.36. Not in API >= 1.42.
            restart_policy: sent as body-field `RestartPolicy`.
            cgroup_parent: sent as body-field `CgroupParent`. API >= 1.25.
            blkio_weight_device: sent as body-field `BlkioWeightDevice`. API >= 1.55.
            blkio_device_read_bps: sent as body-field `BlkioDeviceReadBps`. API >= 1.55.
            blkio_device_write_bps: sent as body-field `BlkioDeviceWriteBps`. API >= 1.55.
            blkio_device_read_iops: sent as body-field `BlkioDeviceReadIOps`. API >= 1.55.
            blkio_device_write_iops: sent as body-field `BlkioDeviceWriteIOps`. API >= 1.55.
            cpu_realtime_period: sent as body-field `CpuRealtimePeriod`. API >= 1.25.
            cpu_realtime_runtime: sent as body-field `CpuRealtimeRuntime`. API >= 1.25.
            devices: sent as body-field `Devices`. API >= 1.25.
            device_cgroup_rules: sent as body-field `DeviceCgroupRules`. API >= 1.28.
            device_requests: sent as body-field `DeviceRequests`. API >= 1.40.
            memory_swappiness: sent as body-field `MemorySwappiness`. API >= 1.25.
            nano_cpus: sent as body-field `NanoCpus`. API >= 1.28.
            oom_kill_disable: sent as body-field `OomKillDisable`. API >= 1.25.
            init: sent as body-field `Init`. API >= 1.37.
            pids_limit: sent as body-field `PidsLimit`. API >= 1.40.
            ulimits: sent as body-field `Ulimits`. API >= 1.25.
            cpu_count: sent as body-field `CpuCount`. API >= 1.25.
            cpu_percent: sent as body-field `CpuPercent`. API >= 1.25.
            io_maximum_iops: sent as body-field `IOMaximumIOps`. API >= 1.25.
            io_maximum_bandwidth: sent as body-field `IOMaximumBandwidth`. API >= 1.25.
            disk_quota: sent as body-field `DiskQuota`. API >= 1.25. Not in API >= 1.40.
            kernel_memory_tcp: sent as body-field `KernelMemoryTCP`. API >= 1.40. Not in API >=
                1.52.

        Returns:
            dict (ContainerUpdateResponse keys)

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
            _ops.update_container,
            {
                "container": container,
                "cpu_shares": cpu_shares,
                "mem_limit": mem_limit,
                "cgroup_parent": cgroup_parent,
                "blkio_weight": blkio_weight,
                "blkio_weight_device": blkio_weight_device,
                "blkio_device_read_bps": blkio_device_read_bps,
                "blkio_device_write_bps": blkio_device_write_bps,
                "blkio_device_read_iops": blkio_device_read_iops,
                "blkio_device_write_iops": blkio_device_write_iops,
                "cpu_period": cpu_period,
                "cpu_quota": cpu_quota,
                "cpu_realtime_period": cpu_realtime_period,
                "cpu_realtime_runtime": cpu_realtime_runtime,
                "cpuset_cpus": cpuset_cpus,
                "cpuset_mems": cpuset_mems,
                "devices": devices,
                "device_cgroup_rules": device_cgroup_rules,
                "device_requests": device_requests,
                "mem_reservation": mem_reservation,
                "memswap_limit": memswap_limit,
                "memory_swappiness": memory_swappiness,
                "nano_cpus": nano_cpus,
                "oom_kill_disable": oom_kill_disable,
                "init": init,
                "pids_limit": pids_limit,
                "ulimits": ulimits,
                "cpu_count": cpu_count,
                "cpu_percent": cpu_percent,
                "io_maximum_iops": io_maximum_iops,
                "io_maximum_bandwidth": io_maximum_bandwidth,
                "restart_policy": restart_policy,
                "disk_quota": disk_quota,
                "kernel_memory": kernel_memory,
                "kernel_memory_tcp": kernel_memory_tcp,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def wait(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        timeout: float | None = None,
        condition: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Block until a container stops; return its exit status.

        Endpoint: `POST /containers/{id}/wait`, API >= 1.24.

        Args:
            container: sent as path `id`.
            timeout: client-side option.
            condition: sent as query `condition`. API >= 1.30.

        Returns:
            int

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
            _ops.wait,
            {
                "container": container,
                "condition": condition,
                "timeout": timeout,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )


class AsyncContainerMethods(AsyncAPIClient):
    """The container methods of `AsyncClient`."""

    async def archive_stat(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        path: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any] | None:
        """Stat a path inside a container (name, size, mode, mtime, link target) without copying it.

        Endpoint: `HEAD /containers/{id}/archive`, API >= 1.24.

        Args:
            container: sent as path `id`.
            path: sent as query `path`. API >= 1.25.

        Returns:
            dict[str, Any] | None

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
            _ops.archive_stat,
            {
                "container": container,
                "path": path,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    async def attach(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        stdout: bool = ...,
        stderr: bool = ...,
        *,
        stream: Literal[True],
        demux: Literal[True],
        logs: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[tuple[bytes | None, bytes | None]]: ...
    @overload
    async def attach(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        stdout: bool = ...,
        stderr: bool = ...,
        *,
        stream: Literal[True],
        demux: Literal[False] = ...,
        logs: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[bytes]: ...
    @overload
    async def attach(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
    async def attach(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        stdout: bool = ...,
        stderr: bool = ...,
        *,
        stream: Literal[False] = ...,
        demux: Literal[False] = ...,
        logs: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes: ...

    async def attach(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        stdout: bool = True,
        stderr: bool = True,
        stream: bool = False,
        logs: bool = False,
        demux: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> (
        AsyncOutputStream[tuple[bytes | None, bytes | None]]
        | AsyncOutputStream[bytes]
        | tuple[bytes | None, bytes | None]
        | bytes
    ):
        """Read a container's output from now on (and its backlog with logs=True).

        Endpoint: `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            container: sent as path `id`.
            stdout: sent as query `stdout`. Default: `True`.
            stderr: sent as query `stderr`. Default: `True`.
            stream: client-side option. Default: `False`.
            logs: sent as query `logs`. Default: `False`.
            demux: client-side option. Default: `False`.

        Returns:
            OutputStream[tuple[bytes | None, bytes | None]] | OutputStream[bytes] | tuple[bytes
                | None, bytes | None] | bytes

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
            _ops.attach,
            {
                "container": container,
                "logs": logs,
                "stdout": stdout,
                "stderr": stderr,
                "stream": stream,
                "demux": demux,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def attach_socket(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
    ) -> AsyncHijackedSocket:
        """Attach and hand back the raw connection, for reading and writing (stdin).

        Endpoint: `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            container: sent as path `id`.
            params: client-side option.
            ws: client-side option. Default: `False`.
            detach_keys: sent as query `detachKeys`.
            logs: sent as query `logs`. Default: `False`.
            stream: sent as query `stream`. Default: `True`.
            stdin: sent as query `stdin`. Default: `True`.
            stdout: sent as query `stdout`. Default: `True`.
            stderr: sent as query `stderr`. Default: `True`.

        Returns:
            HijackedSocket

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
            _ops.attach_socket,
            {
                "container": container,
                "detach_keys": detach_keys,
                "logs": logs,
                "stream": stream,
                "stdin": stdin,
                "stdout": stdout,
                "stderr": stderr,
                "params": params,
                "ws": ws,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def attach_websocket(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        detach_keys: str | None = None,
        logs: bool | None = None,
        stream: bool = True,
        stdin: bool = True,
        stdout: bool = True,
        stderr: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncHijackedSocket:
        """Attach to a container over a WebSocket connection.

        Endpoint: `GET /containers/{id}/attach/ws`, API >= 1.24.

        Args:
            container: sent as path `id`.
            detach_keys: sent as query `detachKeys`.
            logs: sent as query `logs`.
            stream: sent as query `stream`. Default: `True`.
            stdin: sent as query `stdin`. Default: `True`. API >= 1.42.
            stdout: sent as query `stdout`. Default: `True`. API >= 1.42.
            stderr: sent as query `stderr`. Default: `True`. API >= 1.42.

        Returns:
            HijackedSocket

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
            _ops.attach_websocket,
            {
                "container": container,
                "detach_keys": detach_keys,
                "logs": logs,
                "stream": stream,
                "stdin": stdin,
                "stdout": stdout,
                "stderr": stderr,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def containers(
        self,
        quiet: bool = False,
        all: bool = False,
        trunc: bool = False,
        latest: bool = False,
        since: str | None = None,
        before: str | None = None,
        limit: int = -1,
        size: bool = False,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[types.ContainerSummary]:
        """List containers, like `docker ps`.

        Endpoint: `GET /containers/json`, API >= 1.24.

        Args:
            quiet: client-side option. Default: `False`.
            all: sent as query `all`. Default: `False`.
            trunc: client-side option. Default: `False`.
            latest: client-side option. Default: `False`.
            since: sent as `since`.
            before: sent as `before`.
            limit: sent as query `limit`. Default: `-1`.
            size: sent as query `size`. Default: `False`.
            filters: sent as query `filters`.

        Returns:
            list[dict (ContainerSummary keys)]

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.containers,
            {
                "all": all,
                "limit": limit,
                "size": size,
                "filters": filters,
                "quiet": quiet,
                "trunc": trunc,
                "latest": latest,
                "since": since,
                "before": before,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def copy(self, container: str | Mapping[str, Any] | DockerModel, resource: str) -> bytes:
        """A file or folder of a container as tar bytes (the old `docker cp`; served by the archive endpoint).

        Built on `get_archive()`.

        Args:
            container: client-side option.
            resource: client-side option.

        Returns:
            bytes

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = await self._run(_lib.copy(container=container, resource=resource))
        return cast("bytes", result)

    async def create_container(
        self,
        image: str | None = None,
        command: str | list[str] | None = None,
        hostname: str | None = None,
        user: str | int | None = None,
        detach: bool = False,
        stdin_open: bool = False,
        tty: bool = False,
        mem_limit: int | str | None = None,
        ports: list[int | str | list[Any]] | None = None,
        environment: dict[str, str | None] | list[str] | None = None,
        dns: list[str] | None = None,
        volumes: str | list[str] | None = None,
        volumes_from: str | list[str] | None = None,
        network_disabled: bool = False,
        name: str | None = None,
        entrypoint: str | list[str] | None = None,
        cpu_shares: int | None = None,
        working_dir: str | None = None,
        domainname: str | None = None,
        memswap_limit: int | str | None = None,
        host_config: models.HostConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        mac_address: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        volume_driver: str | None = None,
        stop_signal: str | None = None,
        networking_config: models.NetworkingConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        platform: str | None = None,
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
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ContainerCreateResponse:
        """Create a container from an image, ready to be started.

        Endpoint: `POST /containers/create`, API >= 1.24.

        Args:
            image: sent as body-field `Image`.
            command: sent as body-field `Cmd`.
            hostname: sent as body-field `Hostname`.
            user: sent as body-field `User`.
            detach: client-side option. Default: `False`.
            stdin_open: sent as body-field `OpenStdin`. Default: `False`.
            tty: sent as body-field `Tty`. Default: `False`.
            mem_limit: sent as body-field `mem_limit`. Not in API >= 1.24. Pass it in
                host_config (create_host_config(mem_limit=...)).
            ports: sent as body-field `ExposedPorts`.
            environment: sent as body-field `Env`.
            dns: sent as body-field `dns`. Not in API >= 1.24. Pass it in host_config
                (create_host_config(dns=...)).
            volumes: sent as body-field `Volumes`.
            volumes_from: sent as body-field `volumes_from`. Not in API >= 1.24. Pass it in
                host_config (create_host_config(volumes_from=...)).
            network_disabled: sent as body-field `NetworkDisabled`. Default: `False`.
            name: sent as query `name`.
            entrypoint: sent as body-field `Entrypoint`.
            cpu_shares: sent as body-field `cpu_shares`. Not in API >= 1.24. Pass it in
                host_config (create_host_config(cpu_shares=...)).
            working_dir: sent as body-field `WorkingDir`.
            domainname: sent as body-field `Domainname`.
            memswap_limit: sent as body-field `memswap_limit`. Not in API >= 1.24. Pass it in
                host_config (create_host_config(memswap_limit=...)).
            host_config: sent as body-field `HostConfig`.
            mac_address: sent as body-field `MacAddress`. Not in API >= 1.52.
            labels: sent as body-field `Labels`.
            volume_driver: sent as body-field `volume_driver`. Not in API >= 1.24. Pass it in
                host_config (create_host_config(volume_driver=...)).
            stop_signal: sent as body-field `StopSignal`.
            networking_config: sent as body-field `NetworkingConfig`.
            platform: sent as query `platform`. API >= 1.41.
            attach_stdin: sent as body-field `AttachStdin`.
            attach_stdout: sent as body-field `AttachStdout`.
            attach_stderr: sent as body-field `AttachStderr`.
            stdin_once: sent as body-field `StdinOnce`.
            healthcheck: sent as body-field `Healthcheck`.
            args_escaped: sent as body-field `ArgsEscaped`. API >= 1.25.
            on_build: sent as body-field `OnBuild`. API >= 1.25.
            stop_timeout: sent as body-field `StopTimeout`. API >= 1.25.
            shell: sent as body-field `Shell`. API >= 1.25.
            use_config_proxy: client-side option. Default: `True`.

        Returns:
            dict (ContainerCreateResponse keys)

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
        return await self._call(  # type: ignore[no-any-return]
            _ops.create_container,
            {
                "name": name,
                "platform": platform,
                "hostname": hostname,
                "domainname": domainname,
                "user": user,
                "attach_stdin": attach_stdin,
                "attach_stdout": attach_stdout,
                "attach_stderr": attach_stderr,
                "ports": ports,
                "tty": tty,
                "stdin_open": stdin_open,
                "stdin_once": stdin_once,
                "environment": environment,
                "command": command,
                "healthcheck": healthcheck,
                "args_escaped": args_escaped,
                "image": image,
                "volumes": volumes,
                "working_dir": working_dir,
                "entrypoint": entrypoint,
                "network_disabled": network_disabled,
                "on_build": on_build,
                "labels": labels,
                "stop_signal": stop_signal,
                "stop_timeout": stop_timeout,
                "shell": shell,
                "host_config": host_config,
                "networking_config": networking_config,
                "mac_address": mac_address,
                "use_config_proxy": use_config_proxy,
                "detach": detach,
                "mem_limit": mem_limit,
                "memswap_limit": memswap_limit,
                "cpu_shares": cpu_shares,
                "dns": dns,
                "volumes_from": volumes_from,
                "volume_driver": volume_driver,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def diff(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[types.FilesystemChange]:
        """Files changed in a container's filesystem since it was created.

        Endpoint: `GET /containers/{id}/changes`, API >= 1.24.

        Args:
            container: sent as path `id`.

        Returns:
            list[dict (FilesystemChange keys)]

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
            _ops.diff,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def execute(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        cmd: str | list[str],
        *,
        detach: bool = False,
        stdout: bool = True,
        stderr: bool = True,
        stream: bool = False,
        tty: bool = False,
    ) -> AsyncOutputStream[bytes] | bytes:
        """Run a command in a running container and return its output (exec_create then exec_start).

        Built on `exec_create()`, `exec_start()`.

        Args:
            container: client-side option.
            cmd: client-side option.
            detach: client-side option. Default: `False`.
            stdout: client-side option. Default: `True`.
            stderr: client-side option. Default: `True`.
            stream: client-side option. Default: `False`.
            tty: client-side option. Default: `False`.

        Returns:
            OutputStream[bytes] | bytes

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
        result = await self._run(
            _lib.execute(
                container=container,
                cmd=cmd,
                detach=detach,
                stdout=stdout,
                stderr=stderr,
                stream=stream,
                tty=tty,
            )
        )
        return cast("AsyncOutputStream[bytes] | bytes", result)

    async def export(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        chunk_size: int | None = 2097152,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncRawStream:
        """The container's whole filesystem as a tar stream.

        Endpoint: `GET /containers/{id}/export`, API >= 1.24.

        Args:
            container: sent as path `id`.
            chunk_size: client-side option. Default: `2097152`.

        Returns:
            RawStream

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
            _ops.export,
            {
                "container": container,
                "chunk_size": chunk_size,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def get_archive(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        path: str,
        chunk_size: int | None = 2097152,
        encode_stream: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> tuple[AsyncRawStream, dict[str, Any] | None]:
        """A file or folder of a container as a tar stream, with its stat.

        Endpoint: `GET /containers/{id}/archive`, API >= 1.24.

        Args:
            container: sent as path `id`.
            path: sent as query `path`.
            chunk_size: client-side option. Default: `2097152`.
            encode_stream: client-side option. Default: `False`.

        Returns:
            tuple[RawStream, dict[str, Any] | None]

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
            _ops.get_archive,
            {
                "container": container,
                "path": path,
                "chunk_size": chunk_size,
                "encode_stream": encode_stream,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def inspect_container(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        size: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ContainerInspectResponse:
        """Low-level information about one container.

        Endpoint: `GET /containers/{id}/json`, API >= 1.24.

        Args:
            container: sent as path `id`.
            size: sent as query `size`. Default: `False`.

        Returns:
            dict (ContainerInspectResponse keys)

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
            _ops.inspect_container,
            {
                "container": container,
                "size": size,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def kill(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        signal: str | int | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Send a signal (SIGKILL unless told otherwise) to a container.

        Endpoint: `POST /containers/{id}/kill`, API >= 1.24.

        Args:
            container: sent as path `id`.
            signal: sent as query `signal`.

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
            _ops.kill,
            {
                "container": container,
                "signal": signal,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    async def logs(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[tuple[bytes | None, bytes | None]]: ...
    @overload
    async def logs(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[bytes]: ...
    @overload
    async def logs(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> tuple[bytes | None, bytes | None]: ...
    @overload
    async def logs(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes: ...

    async def logs(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> (
        AsyncOutputStream[tuple[bytes | None, bytes | None]]
        | AsyncOutputStream[bytes]
        | tuple[bytes | None, bytes | None]
        | bytes
    ):
        """A container's stdout and stderr output, all at once or as a stream.

        Endpoint: `GET /containers/{id}/logs`, API >= 1.24.

        Args:
            container: sent as path `id`.
            stdout: sent as query `stdout`. Default: `True`.
            stderr: sent as query `stderr`. Default: `True`.
            stream: client-side option. Default: `False`.
            timestamps: sent as query `timestamps`. Default: `False`.
            tail: sent as query `tail`. Default: `'all'`.
            since: sent as query `since`.
            follow: sent as query `follow`.
            until: sent as query `until`. API >= 1.35.
            demux: client-side option. Default: `False`.

        Returns:
            OutputStream[tuple[bytes | None, bytes | None]] | OutputStream[bytes] | tuple[bytes
                | None, bytes | None] | bytes

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
            _ops.logs,
            {
                "container": container,
                "follow": follow,
                "stdout": stdout,
                "stderr": stderr,
                "since": since,
                "until": until,
                "timestamps": timestamps,
                "tail": tail,
                "stream": stream,
                "demux": demux,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def pause(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Freeze all processes of a container.

        Endpoint: `POST /containers/{id}/pause`, API >= 1.24.

        Args:
            container: sent as path `id`.

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
            _ops.pause,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def port(
        self, container: str | Mapping[str, Any] | DockerModel, private_port: int | str
    ) -> list[types.PortBinding] | None:
        """The host addresses a container port is published on, like `docker port`.

        Built on `inspect_container()`.

        Args:
            container: client-side option.
            private_port: client-side option.

        Returns:
            list[types.PortBinding] | None

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = await self._run(_lib.port(container=container, private_port=private_port))
        return cast("list[types.PortBinding] | None", result)

    async def prune_containers(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ContainerPruneResponse:
        """Remove stopped containers.

        Endpoint: `POST /containers/prune`, API >= 1.25.

        Args:
            filters: sent as query `filters`. API >= 1.25.

        Returns:
            dict (ContainerPruneResponse keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.prune_containers,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def put_archive(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        path: str,
        data: Any = None,
        *,
        no_overwrite_dir_non_dir: bool | None = None,
        copy_uid_gid: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Unpack a tar archive into a directory of a container.

        Endpoint: `PUT /containers/{id}/archive`, API >= 1.24.

        Args:
            container: sent as path `id`.
            path: sent as query `path`.
            data: sent as `data`.
            no_overwrite_dir_non_dir: sent as query `noOverwriteDirNonDir`.
            copy_uid_gid: sent as query `copyUIDGID`. API >= 1.30.

        Returns:
            bool

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.put_archive,
            {
                "container": container,
                "path": path,
                "no_overwrite_dir_non_dir": no_overwrite_dir_non_dir,
                "copy_uid_gid": copy_uid_gid,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def remove_container(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        v: bool = False,
        link: bool = False,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a container.

        Endpoint: `DELETE /containers/{id}`, API >= 1.24.

        Args:
            container: sent as path `id`.
            v: sent as query `v`. Default: `False`.
            link: sent as query `link`. Default: `False`. API >= 1.27.
            force: sent as query `force`. Default: `False`.

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
            _ops.remove_container,
            {
                "container": container,
                "v": v,
                "force": force,
                "link": link,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def rename(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        name: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Give a container a new name.

        Endpoint: `POST /containers/{id}/rename`, API >= 1.24.

        Args:
            container: sent as path `id`.
            name: sent as query `name`.

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
            _ops.rename,
            {
                "container": container,
                "name": name,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def resize(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        height: int,
        width: int,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Resize the TTY of a container.

        Endpoint: `POST /containers/{id}/resize`, API >= 1.24.

        Args:
            container: sent as path `id`.
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
            _ops.resize,
            {
                "container": container,
                "height": height,
                "width": width,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def restart(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        timeout: int | None = 10,
        *,
        signal: str | int | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Restart a container.

        Endpoint: `POST /containers/{id}/restart`, API >= 1.24.

        Args:
            container: sent as path `id`.
            timeout: sent as query `t`. Default: `10`.
            signal: sent as query `signal`. API >= 1.42.

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
            _ops.restart,
            {
                "container": container,
                "signal": signal,
                "timeout": timeout,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def start(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        detach_keys: str | None = None,
        host_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Start a created or stopped container.

        Endpoint: `POST /containers/{id}/start`, API >= 1.24.

        Args:
            container: sent as path `id`.
            detach_keys: sent as query `detachKeys`.
            host_config: sent as `host_config`. Not in API >= 1.24. Pass host settings to
                create_container(host_config=create_host_config(...)).

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
            _ops.start,
            {
                "container": container,
                "detach_keys": detach_keys,
                "host_config": host_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    async def stats(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        decode: Literal[True],
        stream: Literal[True] = ...,
        one_shot: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]]: ...
    @overload
    async def stats(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        decode: Literal[True],
        stream: Literal[False],
        one_shot: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...
    @overload
    async def stats(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        decode: Literal[False] = ...,
        stream: Literal[True] = ...,
        one_shot: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str]: ...
    @overload
    async def stats(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        stream: Literal[False],
        decode: Literal[False] = ...,
        one_shot: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    async def stats(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        decode: bool | None = None,
        stream: bool = True,
        one_shot: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | dict[str, Any] | AsyncJSONStream[str]:
        """Resource usage of a container, one sample or a live stream of samples.

        Endpoint: `GET /containers/{id}/stats`, API >= 1.24.

        Args:
            container: sent as path `id`.
            decode: client-side option.
            stream: client-side option. Default: `True`.
            one_shot: sent as query `one-shot`. API >= 1.41.

        Returns:
            JSONStream[dict[str, Any]] | dict[str, Any] | JSONStream[str]

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
            _ops.stats,
            {
                "container": container,
                "one_shot": one_shot,
                "decode": decode,
                "stream": stream,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def stop(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        timeout: int | None = None,
        *,
        signal: str | int | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Stop a container, killing it if it does not stop within the timeout.

        Endpoint: `POST /containers/{id}/stop`, API >= 1.24.

        Args:
            container: sent as path `id`.
            timeout: sent as query `t`.
            signal: sent as query `signal`. API >= 1.42.

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
            _ops.stop,
            {
                "container": container,
                "signal": signal,
                "timeout": timeout,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def top(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        ps_args: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ContainerTopResponse:
        """The processes running inside a container, as `ps` shows them.

        Endpoint: `GET /containers/{id}/top`, API >= 1.24.

        Args:
            container: sent as path `id`.
            ps_args: sent as query `ps_args`.

        Returns:
            dict (ContainerTopResponse keys)

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
            _ops.top,
            {
                "container": container,
                "ps_args": ps_args,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def unpause(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Resume the processes of a paused container.

        Endpoint: `POST /containers/{id}/unpause`, API >= 1.24.

        Args:
            container: sent as path `id`.

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
            _ops.unpause,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def update_container(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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
    ) -> types.ContainerUpdateResponse:
        """Change the resource limits and restart policy of a container.

        Endpoint: `POST /containers/{id}/update`, API >= 1.24.

        Args:
            container: sent as path `id`.
            blkio_weight: sent as body-field `BlkioWeight`.
            cpu_period: sent as body-field `CpuPeriod`.
            cpu_quota: sent as body-field `CpuQuota`.
            cpu_shares: sent as body-field `CpuShares`.
            cpuset_cpus: sent as body-field `CpusetCpus`.
            cpuset_mems: sent as body-field `CpusetMems`.
            mem_limit: sent as body-field `Memory`.
            mem_reservation: sent as body-field `MemoryReservation`.
            memswap_limit: sent as body-field `MemorySwap`.
            kernel_memory: sent as body-field `KernelMemory`. API >= 1.36. Not in API >= 1.42.
            restart_policy: sent as body-field `RestartPolicy`.
            cgroup_parent: sent as body-field `CgroupParent`. API >= 1.25.
            blkio_weight_device: sent as body-field `BlkioWeightDevice`. API >= 1.55.
            blkio_device_read_bps: sent as body-field `BlkioDeviceReadBps`. API >= 1.55.
            blkio_device_write_bps: sent as body-field `BlkioDeviceWriteBps`. API >= 1.55.
            blkio_device_read_iops: sent as body-field `BlkioDeviceReadIOps`. API >= 1.55.
            blkio_device_write_iops: sent as body-field `BlkioDeviceWriteIOps`. API >= 1.55.
            cpu_realtime_period: sent as body-field `CpuRealtimePeriod`. API >= 1.25.
            cpu_realtime_runtime: sent as body-field `CpuRealtimeRuntime`. API >= 1.25.
            devices: sent as body-field `Devices`. API >= 1.25.
            device_cgroup_rules: sent as body-field `DeviceCgroupRules`. API >= 1.28.
            device_requests: sent as body-field `DeviceRequests`. API >= 1.40.
            memory_swappiness: sent as body-field `MemorySwappiness`. API >= 1.25.
            nano_cpus: sent as body-field `NanoCpus`. API >= 1.28.
            oom_kill_disable: sent as body-field `OomKillDisable`. API >= 1.25.
            init: sent as body-field `Init`. API >= 1.37.
            pids_limit: sent as body-field `PidsLimit`. API >= 1.40.
            ulimits: sent as body-field `Ulimits`. API >= 1.25.
            cpu_count: sent as body-field `CpuCount`. API >= 1.25.
            cpu_percent: sent as body-field `CpuPercent`. API >= 1.25.
            io_maximum_iops: sent as body-field `IOMaximumIOps`. API >= 1.25.
            io_maximum_bandwidth: sent as body-field `IOMaximumBandwidth`. API >= 1.25.
            disk_quota: sent as body-field `DiskQuota`. API >= 1.25. Not in API >= 1.40.
            kernel_memory_tcp: sent as body-field `KernelMemoryTCP`. API >= 1.40. Not in API >=
                1.52.

        Returns:
            dict (ContainerUpdateResponse keys)

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
            _ops.update_container,
            {
                "container": container,
                "cpu_shares": cpu_shares,
                "mem_limit": mem_limit,
                "cgroup_parent": cgroup_parent,
                "blkio_weight": blkio_weight,
                "blkio_weight_device": blkio_weight_device,
                "blkio_device_read_bps": blkio_device_read_bps,
                "blkio_device_write_bps": blkio_device_write_bps,
                "blkio_device_read_iops": blkio_device_read_iops,
                "blkio_device_write_iops": blkio_device_write_iops,
                "cpu_period": cpu_period,
                "cpu_quota": cpu_quota,
                "cpu_realtime_period": cpu_realtime_period,
                "cpu_realtime_runtime": cpu_realtime_runtime,
                "cpuset_cpus": cpuset_cpus,
                "cpuset_mems": cpuset_mems,
                "devices": devices,
                "device_cgroup_rules": device_cgroup_rules,
                "device_requests": device_requests,
                "mem_reservation": mem_reservation,
                "memswap_limit": memswap_limit,
                "memory_swappiness": memory_swappiness,
                "nano_cpus": nano_cpus,
                "oom_kill_disable": oom_kill_disable,
                "init": init,
                "pids_limit": pids_limit,
                "ulimits": ulimits,
                "cpu_count": cpu_count,
                "cpu_percent": cpu_percent,
                "io_maximum_iops": io_maximum_iops,
                "io_maximum_bandwidth": io_maximum_bandwidth,
                "restart_policy": restart_policy,
                "disk_quota": disk_quota,
                "kernel_memory": kernel_memory,
                "kernel_memory_tcp": kernel_memory_tcp,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def wait(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        timeout: float | None = None,
        condition: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Block until a container stops; return its exit status.

        Endpoint: `POST /containers/{id}/wait`, API >= 1.24.

        Args:
            container: sent as path `id`.
            timeout: client-side option.
            condition: sent as query `condition`. API >= 1.30.

        Returns:
            int

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
            _ops.wait,
            {
                "container": container,
                "condition": condition,
                "timeout": timeout,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )
