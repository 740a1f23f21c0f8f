# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""`Client` and `AsyncClient`: one method per catalog operation, the same names and parameters in both."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import IO, TYPE_CHECKING, Any, Literal, cast, overload

from . import _helpers, _lib
from . import _operations as _ops
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._results import (
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
    from . import models
    from ._models import DockerModel

__all__ = ["Client", "AsyncClient"]


class Client(SyncAPIClient):
    """A blocking client for the Docker Engine API. Thread-safe; close it, or use it in a `with` block."""

    def archive_stat(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        path: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any] | None:
        """Stat a path inside a container (name, size, mode, mtime, link target) without copying it.

        `HEAD /containers/{id}/archive`, API >= 1.24.

        Args:
            container: path `id`.
            path: query `path`; API >= 1.25.
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

        `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            container: path `id`.
            logs: query `logs`.
            stdout: query `stdout`.
            stderr: query `stderr`.
            stream: client-side option.
            demux: client-side option.
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

        `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            container: path `id`.
            detach_keys: query `detachKeys`.
            logs: query `logs`.
            stream: query `stream`.
            stdin: query `stdin`.
            stdout: query `stdout`.
            stderr: query `stderr`.
            params: client-side option.
            ws: client-side option.
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

        `GET /containers/{id}/attach/ws`, API >= 1.24.

        Args:
            container: path `id`.
            detach_keys: query `detachKeys`.
            logs: query `logs`.
            stream: query `stream`.
            stdin: query `stdin`; API >= 1.42.
            stdout: query `stdout`; API >= 1.42.
            stderr: query `stderr`; API >= 1.42.
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

    @overload
    def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[True] = ...,
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]]: ...
    @overload
    def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False],
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        decode: Literal[False] = ...,
        stream: Literal[True] = ...,
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str]: ...
    @overload
    def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        stream: Literal[False],
        decode: Literal[False] = ...,
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    def build(
        self,
        path: str | None = None,
        tag: str | None = None,
        quiet: bool = False,
        fileobj: Any = None,
        nocache: bool = False,
        rm: bool = False,
        timeout: float | None = None,
        custom_context: bool = False,
        encoding: str | None = None,
        pull: bool | None = False,
        forcerm: bool = False,
        dockerfile: str | None = None,
        container_limits: dict[str, int | str] | None = None,
        decode: bool = False,
        buildargs: dict[str, str] | None = None,
        gzip: bool = False,
        shmsize: int | str | None = None,
        labels: dict[str, str] | None = None,
        cache_from: list[str] | None = None,
        target: str | None = None,
        network_mode: str | None = None,
        squash: bool | None = None,
        extra_hosts: dict[str, str] | list[str] | None = None,
        platform: str | None = None,
        *,
        memory: int | str | None = None,
        memswap: int | str | None = None,
        cpushares: int | None = None,
        cpusetcpus: str | None = None,
        cpuperiod: int | None = None,
        cpuquota: int | None = None,
        outputs: str | None = None,
        version: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        stream: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | list[dict[str, Any]] | JSONStream[str] | str:
        """Build an image from a directory, a URL, a Dockerfile file object or a ready tar context, like `docker build`.

        `POST /build`, API >= 1.24.

        Args:
            dockerfile: query `dockerfile`.
            tag: query `t`.
            extra_hosts: query `extrahosts`; API >= 1.28.
            quiet: query `q`.
            nocache: query `nocache`.
            cache_from: query `cachefrom`; API >= 1.25.
            pull: query `pull`.
            rm: query `rm`.
            forcerm: query `forcerm`.
            memory: query `memory`.
            memswap: query `memswap`.
            cpushares: query `cpushares`.
            cpusetcpus: query `cpusetcpus`.
            cpuperiod: query `cpuperiod`.
            cpuquota: query `cpuquota`.
            buildargs: query `buildargs`.
            shmsize: query `shmsize`.
            squash: query `squash`; API >= 1.25.
            labels: query `labels`.
            network_mode: query `networkmode`; API >= 1.25.
            platform: query `platform`; API >= 1.34.
            target: query `target`; API >= 1.37.
            outputs: query `outputs`; API >= 1.40.
            version: query `version`; API >= 1.38.
            data: `body`.
            path: client-side option.
            fileobj: client-side option.
            custom_context: client-side option.
            encoding: client-side option.
            gzip: client-side option.
            container_limits: client-side option.
            timeout: client-side option.
            decode: client-side option.
            stream: client-side option.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.build,
            {
                "dockerfile": dockerfile,
                "tag": tag,
                "extra_hosts": extra_hosts,
                "quiet": quiet,
                "nocache": nocache,
                "cache_from": cache_from,
                "pull": pull,
                "rm": rm,
                "forcerm": forcerm,
                "memory": memory,
                "memswap": memswap,
                "cpushares": cpushares,
                "cpusetcpus": cpusetcpus,
                "cpuperiod": cpuperiod,
                "cpuquota": cpuquota,
                "buildargs": buildargs,
                "shmsize": shmsize,
                "squash": squash,
                "labels": labels,
                "network_mode": network_mode,
                "platform": platform,
                "target": target,
                "outputs": outputs,
                "version": version,
                "data": data,
                "path": path,
                "fileobj": fileobj,
                "custom_context": custom_context,
                "encoding": encoding,
                "gzip": gzip,
                "container_limits": container_limits,
                "timeout": timeout,
                "decode": decode,
                "stream": stream,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def commit(
        self,
        container: str | Mapping[str, Any] | DockerModel | None = None,
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
    ) -> models.IDResponse:
        """Make an image from a container's changes, like `docker commit`.

        `POST /commit`, API >= 1.24.

        Args:
            container: query `container`.
            repository: query `repo`.
            tag: query `tag`.
            message: query `comment`.
            author: query `author`.
            pause: query `pause`.
            changes: query `changes`.
            conf: `body`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.commit,
            {
                "container": container,
                "repository": repository,
                "tag": tag,
                "message": message,
                "author": author,
                "pause": pause,
                "changes": changes,
                "conf": conf,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def configs(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Config]:
        """List swarm configs.

        `GET /configs`, API >= 1.30.

        Args:
            filters: query `filters`; API >= 1.30.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.configs,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def configure_plugin(
        self,
        name: str,
        options: dict[str, Any] | list[str] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Set a plugin's settings (env, mounts, args...).

        `POST /plugins/{name}/set`, API >= 1.25.

        Args:
            name: path `name`.
            options: `body`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.configure_plugin,
            {
                "name": name,
                "options": options,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def connect_container_to_network(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        net_id: str | Mapping[str, Any] | DockerModel,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        aliases: list[str] | None = None,
        links: dict[str, str] | list[Any] | None = None,
        link_local_ips: list[str] | None = None,
        driver_opt: dict[str, str] | None = None,
        mac_address: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Connect a container to a network, optionally with aliases, links and fixed addresses.

        `POST /networks/{id}/connect`, API >= 1.24.

        Args:
            net_id: path `id`.
            container: body-field `Container`.
            ipv4_address: `EndpointConfig`.
            ipv6_address: `EndpointConfig`.
            aliases: `EndpointConfig`.
            links: `EndpointConfig`.
            link_local_ips: `EndpointConfig`.
            driver_opt: `EndpointConfig`.
            mac_address: `EndpointConfig`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.connect_container_to_network,
            {
                "net_id": net_id,
                "container": container,
                "ipv4_address": ipv4_address,
                "ipv6_address": ipv6_address,
                "aliases": aliases,
                "links": links,
                "link_local_ips": link_local_ips,
                "driver_opt": driver_opt,
                "mac_address": mac_address,
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
    ) -> list[models.ContainerSummary]:
        """List containers, like `docker ps`.

        `GET /containers/json`, API >= 1.24.

        Args:
            all: query `all`.
            limit: query `limit`.
            size: query `size`.
            filters: query `filters`.
            quiet: client-side option.
            trunc: client-side option.
            latest: client-side option.
            since: `since`.
            before: `before`.
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
        """
        result = self._run(_lib.copy(container=container, resource=resource))
        return cast("bytes", result)

    def create_config(
        self,
        name: str | None = None,
        data: bytes | str | None = None,
        labels: dict[str, str] | None = None,
        templating: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.IDResponse:
        """Create a swarm config.

        `POST /configs/create`, API >= 1.30.

        Args:
            name: body-field `Name`; API >= 1.30.
            labels: body-field `Labels`; API >= 1.30.
            data: body-field `Data`; API >= 1.30.
            templating: body-field `Templating`; API >= 1.37.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.create_config,
            {
                "name": name,
                "labels": labels,
                "data": data,
                "templating": templating,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

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
    ) -> models.ContainerCreateResponse:
        """Create a container from an image, ready to be started.

        `POST /containers/create`, API >= 1.24.

        Args:
            name: query `name`.
            platform: query `platform`; API >= 1.41.
            hostname: body-field `Hostname`.
            domainname: body-field `Domainname`.
            user: body-field `User`.
            attach_stdin: body-field `AttachStdin`.
            attach_stdout: body-field `AttachStdout`.
            attach_stderr: body-field `AttachStderr`.
            ports: body-field `ExposedPorts`.
            tty: body-field `Tty`.
            stdin_open: body-field `OpenStdin`.
            stdin_once: body-field `StdinOnce`.
            environment: body-field `Env`.
            command: body-field `Cmd`.
            healthcheck: body-field `Healthcheck`.
            args_escaped: body-field `ArgsEscaped`; API >= 1.25.
            image: body-field `Image`.
            volumes: body-field `Volumes`.
            working_dir: body-field `WorkingDir`.
            entrypoint: body-field `Entrypoint`.
            network_disabled: body-field `NetworkDisabled`.
            on_build: body-field `OnBuild`; API >= 1.25.
            labels: body-field `Labels`.
            stop_signal: body-field `StopSignal`.
            stop_timeout: body-field `StopTimeout`; API >= 1.25.
            shell: body-field `Shell`; API >= 1.25.
            host_config: body-field `HostConfig`.
            networking_config: body-field `NetworkingConfig`.
            mac_address: body-field `MacAddress`; API < 1.52.
            use_config_proxy: client-side option.
            detach: client-side option.
            mem_limit: body-field `mem_limit`; API < 1.24; pass it in host_config (create_host_config(mem_limit=...)).
            memswap_limit: body-field `memswap_limit`; API < 1.24; pass it in host_config (create_host_config(memswap_limit=...)).
            cpu_shares: body-field `cpu_shares`; API < 1.24; pass it in host_config (create_host_config(cpu_shares=...)).
            dns: body-field `dns`; API < 1.24; pass it in host_config (create_host_config(dns=...)).
            volumes_from: body-field `volumes_from`; API < 1.24; pass it in host_config (create_host_config(volumes_from=...)).
            volume_driver: body-field `volume_driver`; API < 1.24; pass it in host_config (create_host_config(volume_driver=...)).
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

    def create_network(
        self,
        name: str,
        driver: str | None = None,
        options: dict[str, str] | None = None,
        ipam: models.IPAM | Mapping[str, Any] | dict[str, Any] | None = None,
        check_duplicate: bool | None = None,
        internal: bool = False,
        labels: dict[str, str] | list[str] | None = None,
        enable_ipv6: bool = False,
        attachable: bool | None = None,
        scope: str | None = None,
        ingress: bool | None = None,
        *,
        config_only: bool | None = None,
        config_from: models.ConfigReference | Mapping[str, Any] | dict[str, Any] | None = None,
        enable_ipv4: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NetworkCreateResponse:
        """Create a network, like `docker network create`.

        `POST /networks/create`, API >= 1.24.

        Args:
            name: body-field `Name`.
            driver: body-field `Driver`.
            scope: body-field `Scope`; API >= 1.41.
            internal: body-field `Internal`.
            attachable: body-field `Attachable`; API >= 1.27.
            ingress: body-field `Ingress`; API >= 1.29.
            config_only: body-field `ConfigOnly`; API >= 1.41.
            config_from: body-field `ConfigFrom`; API >= 1.41.
            ipam: body-field `IPAM`.
            enable_ipv4: body-field `EnableIPv4`; API >= 1.47.
            enable_ipv6: body-field `EnableIPv6`.
            options: body-field `Options`.
            labels: body-field `Labels`.
            check_duplicate: body-field `CheckDuplicate`; API < 1.46.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.create_network,
            {
                "name": name,
                "driver": driver,
                "scope": scope,
                "internal": internal,
                "attachable": attachable,
                "ingress": ingress,
                "config_only": config_only,
                "config_from": config_from,
                "ipam": ipam,
                "enable_ipv4": enable_ipv4,
                "enable_ipv6": enable_ipv6,
                "options": options,
                "labels": labels,
                "check_duplicate": check_duplicate,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def create_plugin(
        self,
        name: str,
        plugin_data_dir: str | None = None,
        gzip: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Create a plugin from a directory holding config.json and rootfs.

        `POST /plugins/create`, API >= 1.25.

        Args:
            name: query `name`; API >= 1.25.
            plugin_data_dir: `plugin_data_dir`.
            gzip: client-side option.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.create_plugin,
            {
                "name": name,
                "plugin_data_dir": plugin_data_dir,
                "gzip": gzip,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def create_secret(
        self,
        name: str | None = None,
        data: bytes | str | None = None,
        labels: dict[str, str] | None = None,
        driver: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        templating: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.IDResponse:
        """Create a swarm secret.

        `POST /secrets/create`, API >= 1.25.

        Args:
            name: body-field `Name`; API >= 1.25.
            labels: body-field `Labels`; API >= 1.25.
            data: body-field `Data`; API >= 1.25.
            driver: body-field `Driver`; API >= 1.31.
            templating: body-field `Templating`; API >= 1.37.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.create_secret,
            {
                "name": name,
                "labels": labels,
                "data": data,
                "driver": driver,
                "templating": templating,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def create_service(
        self,
        task_template: models.TaskSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_config: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ServiceCreateResponse:
        """Create a swarm service.

        `POST /services/create`, API >= 1.24.

        Args:
            auth_config: header `X-Registry-Auth`.
            name: body-field `Name`.
            labels: body-field `Labels`.
            task_template: body-field `TaskTemplate`.
            mode: body-field `Mode`.
            update_config: body-field `UpdateConfig`.
            rollback_config: body-field `RollbackConfig`; API >= 1.28.
            endpoint_spec: body-field `EndpointSpec`.
            endpoint_config: body-field `EndpointSpec`.
            networks: body-field `TaskTemplate.Networks`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.create_service,
            {
                "auth_config": auth_config,
                "name": name,
                "labels": labels,
                "task_template": task_template,
                "mode": mode,
                "update_config": update_config,
                "rollback_config": rollback_config,
                "endpoint_spec": endpoint_spec,
                "endpoint_config": endpoint_config,
                "networks": networks,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def create_volume(
        self,
        name: str | None = None,
        driver: str | None = "local",
        driver_opts: dict[str, str] | None = None,
        labels: dict[str, str] | list[str] | None = None,
        *,
        cluster_volume_spec: models.ClusterVolumeSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Volume:
        """Create a named volume (or an anonymous one when no name is given).

        `POST /volumes/create`, API >= 1.24.

        Args:
            name: body-field `Name`.
            driver: body-field `Driver`.
            driver_opts: body-field `DriverOpts`.
            labels: body-field `Labels`.
            cluster_volume_spec: body-field `ClusterVolumeSpec`; API >= 1.42.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.create_volume,
            {
                "name": name,
                "driver": driver,
                "driver_opts": driver_opts,
                "labels": labels,
                "cluster_volume_spec": cluster_volume_spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def df(
        self,
        *,
        type: list[str] | None = None,
        verbose: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SystemDataUsageResponse:
        """Disk usage of images, containers, volumes and build cache.

        `GET /system/df`, API >= 1.25.

        Args:
            type: query `type`; API >= 1.42.
            verbose: query `verbose`; API >= 1.52.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.df,
            {
                "type": type,
                "verbose": verbose,
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
    ) -> list[models.FilesystemChange]:
        """Files changed in a container's filesystem since it was created.

        `GET /containers/{id}/changes`, API >= 1.24.

        Args:
            container: path `id`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.diff,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def disable_plugin(
        self,
        name: str,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Disable a plugin.

        `POST /plugins/{name}/disable`, API >= 1.24.

        Args:
            name: path `name`.
            force: query `force`; API >= 1.28.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.disable_plugin,
            {
                "name": name,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def disconnect_container_from_network(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        net_id: str | Mapping[str, Any] | DockerModel,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Disconnect a container from a network.

        `POST /networks/{id}/disconnect`, API >= 1.24.

        Args:
            net_id: path `id`.
            container: body-field `Container`.
            force: body-field `Force`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.disconnect_container_from_network,
            {
                "net_id": net_id,
                "container": container,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def enable_plugin(
        self,
        name: str,
        timeout: int = 0,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Enable a plugin.

        `POST /plugins/{name}/enable`, API >= 1.24.

        Args:
            name: path `name`.
            timeout: query `timeout`; API >= 1.25.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.enable_plugin,
            {
                "name": name,
                "timeout": timeout,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[True] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]]: ...
    @overload
    def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False],
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...
    @overload
    def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        decode: Literal[False] = ...,
        stream: Literal[True] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str]: ...
    @overload
    def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        stream: Literal[False],
        decode: Literal[False] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    def events(
        self,
        since: datetime | int | float | str | None = None,
        until: datetime | int | float | str | None = None,
        filters: dict[str, Any] | str | None = None,
        decode: bool | None = None,
        *,
        stream: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | dict[str, Any] | JSONStream[str]:
        """Real-time events from the daemon, like `docker events`.

        `GET /events`, API >= 1.24.

        Args:
            since: query `since`.
            until: query `until`.
            filters: query `filters`.
            decode: client-side option.
            stream: client-side option.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.events,
            {
                "since": since,
                "until": until,
                "filters": filters,
                "decode": decode,
                "stream": stream,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

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
        """Set up a command to run inside a running container.

        `POST /containers/{id}/exec`, API >= 1.24.

        Args:
            container: path `id`.
            stdin: body-field `AttachStdin`.
            stdout: body-field `AttachStdout`.
            stderr: body-field `AttachStderr`.
            console_size: body-field `ConsoleSize`; API >= 1.42.
            detach_keys: body-field `DetachKeys`.
            tty: body-field `Tty`.
            environment: body-field `Env`; API >= 1.25.
            cmd: body-field `Cmd`.
            privileged: body-field `Privileged`.
            user: body-field `User`.
            workdir: body-field `WorkingDir`; API >= 1.35.
            since: body-field `since`; API < 1.24; no Engine API version filters exec output by time; read a container's output since a moment with logs(container, since=...).
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
        """Low-level information about an exec instance (running, exit code...).

        `GET /exec/{id}/json`, API >= 1.24.

        Args:
            exec_id: path `id`.
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

        `POST /exec/{id}/resize`, API >= 1.24.

        Args:
            exec_id: path `id`.
            height: query `h`.
            width: query `w`.
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

        `POST /exec/{id}/start`, API >= 1.24.

        Args:
            exec_id: path `id`.
            detach: body-field `Detach`.
            tty: body-field `Tty`.
            console_size: body-field `ConsoleSize`; API >= 1.42.
            stream: client-side option.
            socket: client-side option.
            demux: client-side option.
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

        `GET /containers/{id}/export`, API >= 1.24.

        Args:
            container: path `id`.
            chunk_size: client-side option.
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

        `GET /containers/{id}/archive`, API >= 1.24.

        Args:
            container: path `id`.
            path: query `path`.
            chunk_size: client-side option.
            encode_stream: client-side option.
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

    def get_image(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        chunk_size: int | None = 2097152,
        *,
        platform: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawStream:
        """An image (with its tags and layers) as a tar stream, like `docker save`.

        `GET /images/{name}/get`, API >= 1.24.

        Args:
            image: path `name`.
            platform: query `platform`; API >= 1.48.
            chunk_size: client-side option.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.get_image,
            {
                "image": image,
                "platform": platform,
                "chunk_size": chunk_size,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def get_images(
        self,
        names: list[str] | None = None,
        chunk_size: int | None = 2097152,
        *,
        platform: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawStream:
        """Several images as one tar stream, like `docker save a b`.

        `GET /images/get`, API >= 1.24.

        Args:
            names: query `names`; API >= 1.25.
            platform: query `platform`; API >= 1.48.
            chunk_size: client-side option.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.get_images,
            {
                "names": names,
                "platform": platform,
                "chunk_size": chunk_size,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def get_unlock_key(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.SwarmUnlockkeyResponse:
        """The key that unlocks a locked swarm manager.

        `GET /swarm/unlockkey`, API >= 1.25.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.get_unlock_key,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def history(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        *,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageHistoryResponseItem]:
        """The layers an image was built from, newest first.

        `GET /images/{name}/history`, API >= 1.24.

        Args:
            image: path `name`.
            platform: query `platform`; API >= 1.48.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.history,
            {
                "image": image,
                "platform": platform,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def image_attestations(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        *,
        platform: list[str] | None = None,
        type: list[str] | None = None,
        statement: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.AttestationStatement]:
        """The attestation statements (provenance, SBOM...) attached to an image.

        `GET /images/{name}/attestations`, API >= 1.55.

        Args:
            image: path `name`.
            platform: query `platform`; API >= 1.55.
            type: query `type`; API >= 1.55.
            statement: query `statement`; API >= 1.55.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.image_attestations,
            {
                "image": image,
                "platform": platform,
                "type": type,
                "statement": statement,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def images(
        self,
        name: str | None = None,
        quiet: bool = False,
        all: bool = False,
        filters: dict[str, Any] | str | None = None,
        *,
        shared_size: bool = False,
        digests: bool | None = None,
        manifests: bool | None = None,
        identity: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageSummary]:
        """List images, like `docker images`.

        `GET /images/json`, API >= 1.24.

        Args:
            all: query `all`.
            filters: query `filters`.
            shared_size: query `shared-size`; API >= 1.42.
            digests: query `digests`; API >= 1.25.
            manifests: query `manifests`; API >= 1.47.
            identity: query `identity`; API >= 1.54.
            name: `reference`.
            quiet: client-side option.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.images,
            {
                "all": all,
                "filters": filters,
                "shared_size": shared_size,
                "digests": digests,
                "manifests": manifests,
                "identity": identity,
                "name": name,
                "quiet": quiet,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def import_image(
        self,
        src: Any = None,
        repository: str | None = None,
        tag: str | None = None,
        image: str | None = None,
        changes: list[str] | None = None,
        stream_src: bool = False,
    ) -> str:
        """Create an image from a tar file path, URL, file object, or another image, like `docker import`.

        Built on `import_image_from_image()`.
        """
        result = self._run(
            _lib.import_image(
                src=src, repository=repository, tag=tag, image=image, changes=changes, stream_src=stream_src
            )
        )
        return cast("str", result)

    def import_image_from_data(
        self,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from tar bytes held in memory, like `docker import`.

        `POST /images/create`, API >= 1.24.

        Args:
            repository: query `repo`.
            tag: query `tag`.
            message: query `message`; API >= 1.39.
            changes: query `changes`; API >= 1.40.
            platform: query `platform`; API >= 1.32.
            data: `data`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_data,
            {
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def import_image_from_file(
        self,
        filename: str | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from a tar file on disk.

        `POST /images/create`, API >= 1.24.

        Args:
            repository: query `repo`.
            tag: query `tag`.
            message: query `message`; API >= 1.39.
            changes: query `changes`; API >= 1.40.
            platform: query `platform`; API >= 1.32.
            filename: `filename`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_file,
            {
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "filename": filename,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def import_image_from_image(
        self,
        image: str | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        platform: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from another image (like the Dockerfile FROM).

        `POST /images/create`, API >= 1.24.

        Args:
            image: query `fromImage`.
            repository: query `repo`.
            tag: query `tag`.
            changes: query `changes`; API >= 1.40.
            platform: query `platform`; API >= 1.32.
            data: `body`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_image,
            {
                "image": image,
                "repository": repository,
                "tag": tag,
                "changes": changes,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def import_image_from_stream(
        self,
        fileobj: Any = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from a readable binary stream of tar data.

        `POST /images/create`, API >= 1.24.

        Args:
            repository: query `repo`.
            tag: query `tag`.
            message: query `message`; API >= 1.39.
            changes: query `changes`; API >= 1.40.
            platform: query `platform`; API >= 1.32.
            fileobj: `fileobj`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_stream,
            {
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "fileobj": fileobj,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def import_image_from_url(
        self,
        url: str | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from a tar file the daemon downloads from a URL.

        `POST /images/create`, API >= 1.24.

        Args:
            url: query `fromSrc`.
            repository: query `repo`.
            tag: query `tag`.
            message: query `message`; API >= 1.39.
            changes: query `changes`; API >= 1.40.
            platform: query `platform`; API >= 1.32.
            data: `body`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_url,
            {
                "url": url,
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def info(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.SystemInfo:
        """System-wide information, like `docker info`.

        `GET /info`, API >= 1.24.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.info,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def init_swarm(
        self,
        advertise_addr: str | None = None,
        listen_addr: str = "0.0.0.0:2377",
        force_new_cluster: bool = False,
        swarm_spec: models.SwarmSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        default_addr_pool: list[str] | None = None,
        subnet_size: int | None = None,
        data_path_addr: str | None = None,
        data_path_port: int | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Make this node the manager of a new swarm; returns the node ID.

        `POST /swarm/init`, API >= 1.24.

        Args:
            listen_addr: body-field `ListenAddr`.
            advertise_addr: body-field `AdvertiseAddr`.
            data_path_addr: body-field `DataPathAddr`; API >= 1.30.
            data_path_port: body-field `DataPathPort`; API >= 1.40.
            default_addr_pool: body-field `DefaultAddrPool`; API >= 1.39.
            force_new_cluster: body-field `ForceNewCluster`.
            subnet_size: body-field `SubnetSize`; API >= 1.39.
            swarm_spec: body-field `Spec`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.init_swarm,
            {
                "listen_addr": listen_addr,
                "advertise_addr": advertise_addr,
                "data_path_addr": data_path_addr,
                "data_path_port": data_path_port,
                "default_addr_pool": default_addr_pool,
                "force_new_cluster": force_new_cluster,
                "subnet_size": subnet_size,
                "swarm_spec": swarm_spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def insert(self, image: str, url: str, path: str) -> None:
        """Removed from the Engine API long ago (`docker insert`); always raises."""
        result = self._run(_lib.insert(image=image, url=url, path=path))
        return cast("None", result)

    def inspect_config(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Config:
        """One config, with its data.

        `GET /configs/{id}`, API >= 1.30.

        Args:
            id: path `id`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_config,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def inspect_container(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        size: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ContainerInspectResponse:
        """Low-level information about one container.

        `GET /containers/{id}/json`, API >= 1.24.

        Args:
            container: path `id`.
            size: query `size`.
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

    def inspect_distribution(
        self,
        image: str,
        auth_config: dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DistributionInspect:
        """An image's digest and platforms as the registry reports them.

        `GET /distribution/{name}/json`, API >= 1.30.

        Args:
            image: path `name`.
            auth_config: header `X-Registry-Auth`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_distribution,
            {
                "image": image,
                "auth_config": auth_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def inspect_image(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        *,
        manifests: bool = False,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImageInspect:
        """Low-level information about one image.

        `GET /images/{name}/json`, API >= 1.24.

        Args:
            image: path `name`.
            manifests: query `manifests`; API >= 1.48.
            platform: query `platform`; API >= 1.49.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_image,
            {
                "image": image,
                "manifests": manifests,
                "platform": platform,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def inspect_network(
        self,
        net_id: str | Mapping[str, Any] | DockerModel,
        verbose: bool | None = None,
        scope: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NetworkInspect:
        """Low-level information about one network.

        `GET /networks/{id}`, API >= 1.24.

        Args:
            net_id: path `id`.
            verbose: query `verbose`; API >= 1.28.
            scope: query `scope`; API >= 1.31.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_network,
            {
                "net_id": net_id,
                "verbose": verbose,
                "scope": scope,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def inspect_node(
        self,
        node_id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Node:
        """Low-level information about one swarm node.

        `GET /nodes/{id}`, API >= 1.24.

        Args:
            node_id: path `id`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_node,
            {"node_id": node_id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def inspect_plugin(
        self,
        name: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Plugin:
        """Low-level information about one plugin.

        `GET /plugins/{name}/json`, API >= 1.25.

        Args:
            name: path `name`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_plugin,
            {"name": name, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def inspect_secret(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Secret:
        """Metadata of one secret.

        `GET /secrets/{id}`, API >= 1.25.

        Args:
            id: path `id`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_secret,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def inspect_service(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        insert_defaults: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Service:
        """Low-level information about one service.

        `GET /services/{id}`, API >= 1.24.

        Args:
            service: path `id`.
            insert_defaults: query `insertDefaults`; API >= 1.29.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_service,
            {
                "service": service,
                "insert_defaults": insert_defaults,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def inspect_swarm(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.Swarm:
        """Information about the swarm this node belongs to.

        `GET /swarm`, API >= 1.24.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_swarm,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def inspect_task(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Task:
        """Low-level information about one task.

        `GET /tasks/{id}`, API >= 1.24.

        Args:
            task: path `id`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_task,
            {"task": task, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def inspect_volume(
        self,
        name: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Volume:
        """Low-level information about one volume.

        `GET /volumes/{name}`, API >= 1.24.

        Args:
            name: path `name`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_volume,
            {"name": name, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def join_swarm(
        self,
        remote_addrs: list[str],
        join_token: str,
        listen_addr: str = "0.0.0.0:2377",
        advertise_addr: str | None = None,
        data_path_addr: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Join this node to an existing swarm.

        `POST /swarm/join`, API >= 1.24.

        Args:
            listen_addr: body-field `ListenAddr`.
            advertise_addr: body-field `AdvertiseAddr`.
            data_path_addr: body-field `DataPathAddr`; API >= 1.30.
            remote_addrs: body-field `RemoteAddrs`.
            join_token: body-field `JoinToken`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.join_swarm,
            {
                "listen_addr": listen_addr,
                "advertise_addr": advertise_addr,
                "data_path_addr": data_path_addr,
                "remote_addrs": remote_addrs,
                "join_token": join_token,
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

        `POST /containers/{id}/kill`, API >= 1.24.

        Args:
            container: path `id`.
            signal: query `signal`.
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

    def leave_swarm(
        self,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Take this node out of its swarm.

        `POST /swarm/leave`, API >= 1.24.

        Args:
            force: query `force`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.leave_swarm,
            {"force": force, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def load_image(
        self,
        data: Any = None,
        quiet: bool | None = None,
        *,
        platform: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Load images from a tar archive made by `docker save`.

        `POST /images/load`, API >= 1.24.

        Args:
            quiet: query `quiet`.
            platform: query `platform`; API >= 1.48.
            data: `data`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.load_image,
            {
                "quiet": quiet,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def login(
        self,
        username: str | None = None,
        password: str | None = None,
        email: str | None = None,
        registry: str | None = None,
        reauth: bool = False,
        dockercfg_path: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AuthResponse:
        """Check registry credentials with the daemon and keep them for later pulls and pushes.

        `POST /auth`, API >= 1.24.

        Args:
            username: body-field `username`.
            password: body-field `password`.
            registry: body-field `serveraddress`.
            email: body-field `email`; API >= 1.25; API < 1.52.
            reauth: client-side option.
            dockercfg_path: client-side option.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.login,
            {
                "username": username,
                "password": password,
                "registry": registry,
                "email": email,
                "reauth": reauth,
                "dockercfg_path": dockercfg_path,
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

        `GET /containers/{id}/logs`, API >= 1.24.

        Args:
            container: path `id`.
            follow: query `follow`.
            stdout: query `stdout`.
            stderr: query `stderr`.
            since: query `since`.
            until: query `until`; API >= 1.35.
            timestamps: query `timestamps`.
            tail: query `tail`.
            stream: client-side option.
            demux: client-side option.
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

    def networks(
        self,
        names: list[str] | None = None,
        ids: list[str] | None = None,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.NetworkSummary]:
        """List networks, like `docker network ls`.

        `GET /networks`, API >= 1.24.

        Args:
            filters: query `filters`.
            names: `name`.
            ids: `id`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.networks,
            {
                "filters": filters,
                "names": names,
                "ids": ids,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def nodes(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Node]:
        """List the nodes of the swarm.

        `GET /nodes`, API >= 1.24.

        Args:
            filters: query `filters`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.nodes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def pause(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Freeze all processes of a container.

        `POST /containers/{id}/pause`, API >= 1.24.

        Args:
            container: path `id`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.pause,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def ping(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Check that the daemon answers; true when it does.

        `GET /_ping`, API >= 1.24.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.ping,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def ping_head(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Ping with HEAD; true when the daemon answers (its headers carry the API version).

        `HEAD /_ping`, API >= 1.40.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.ping_head,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def plugin_privileges(
        self,
        name: str,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.PluginPrivilege]:
        """The privileges a plugin asks for, to be granted when pulling it.

        `GET /plugins/privileges`, API >= 1.25.

        Args:
            name: query `remote`; API >= 1.27.
            auth_config: header `X-Registry-Auth`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.plugin_privileges,
            {
                "name": name,
                "auth_config": auth_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def plugins(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Plugin]:
        """List installed plugins.

        `GET /plugins`, API >= 1.24.

        Args:
            filters: query `filters`; API >= 1.28.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.plugins,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def port(
        self, container: str | Mapping[str, Any] | DockerModel, private_port: int | str
    ) -> list[models.PortBinding] | None:
        """The host addresses a container port is published on, like `docker port`.

        Built on `inspect_container()`.
        """
        result = self._run(_lib.port(container=container, private_port=private_port))
        return cast("list[models.PortBinding] | None", result)

    def prune_builds(
        self,
        filters: dict[str, Any] | str | None = None,
        keep_storage: int | str | None = None,
        all: bool | None = None,
        *,
        reserved_space: int | str | None = None,
        max_used_space: int | str | None = None,
        min_free_space: int | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BuildPruneResponse:
        """Remove build cache.

        `POST /build/prune`, API >= 1.31.

        Args:
            reserved_space: query `reserved-space`; API >= 1.48.
            max_used_space: query `max-used-space`; API >= 1.48.
            min_free_space: query `min-free-space`; API >= 1.48.
            all: query `all`; API >= 1.39.
            filters: query `filters`; API >= 1.39.
            keep_storage: query `keep-storage`; API >= 1.39; API < 1.52.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.prune_builds,
            {
                "reserved_space": reserved_space,
                "max_used_space": max_used_space,
                "min_free_space": min_free_space,
                "all": all,
                "filters": filters,
                "keep_storage": keep_storage,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def prune_containers(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ContainerPruneResponse:
        """Remove stopped containers.

        `POST /containers/prune`, API >= 1.25.

        Args:
            filters: query `filters`; API >= 1.25.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.prune_containers,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def prune_images(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImagePruneResponse:
        """Remove unused images.

        `POST /images/prune`, API >= 1.25.

        Args:
            filters: query `filters`; API >= 1.25.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.prune_images,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def prune_networks(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NetworkPruneResponse:
        """Remove networks no container uses.

        `POST /networks/prune`, API >= 1.25.

        Args:
            filters: query `filters`; API >= 1.25.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.prune_networks,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def prune_volumes(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.VolumePruneResponse:
        """Remove volumes no container uses.

        `POST /volumes/prune`, API >= 1.25.

        Args:
            filters: query `filters`; API >= 1.25.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.prune_volumes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    @overload
    def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[True],
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]]: ...
    @overload
    def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str]: ...
    @overload
    def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        stream: Literal[False] = ...,
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    def pull(
        self,
        repository: str | None = None,
        tag: str | None = None,
        stream: bool = False,
        auth_config: dict[str, Any] | None = None,
        decode: bool = False,
        platform: str | None = None,
        all_tags: bool = False,
        *,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        insecure_registry: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str:
        """Pull an image or a repository from a registry, like `docker pull`.

        `POST /images/create`, API >= 1.24.

        Args:
            repository: query `fromImage`.
            tag: query `tag`.
            auth_config: header `X-Registry-Auth`.
            platform: query `platform`; API >= 1.32.
            data: `body`.
            stream: client-side option.
            decode: client-side option.
            all_tags: client-side option.
            insecure_registry: client-side option; API < 1.24; configure insecure registries on the daemon (--insecure-registry).
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.pull,
            {
                "repository": repository,
                "tag": tag,
                "auth_config": auth_config,
                "platform": platform,
                "data": data,
                "stream": stream,
                "decode": decode,
                "all_tags": all_tags,
                "insecure_registry": insecure_registry,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def pull_plugin(
        self,
        remote: str,
        privileges: list[models.PluginPrivilege | Mapping[str, Any] | dict[str, Any]] | None = None,
        name: str | None = None,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str] | str:
        """Pull and install a plugin, granting the listed privileges.

        `POST /plugins/pull`, API >= 1.24.

        Args:
            remote: query `remote`; API >= 1.25.
            name: query `name`.
            auth_config: header `X-Registry-Auth`; API >= 1.25.
            privileges: `body`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.pull_plugin,
            {
                "remote": remote,
                "name": name,
                "auth_config": auth_config,
                "privileges": privileges,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[True],
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]]: ...
    @overload
    def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str]: ...
    @overload
    def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[False] = ...,
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    def push(
        self,
        repository: str,
        tag: str | None = None,
        stream: bool = False,
        auth_config: dict[str, Any] | None = None,
        decode: bool = False,
        *,
        platform: str | None = None,
        insecure_registry: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str:
        """Push an image or a repository to its registry, like `docker push`.

        `POST /images/{name}/push`, API >= 1.24.

        Args:
            repository: path `name`.
            tag: query `tag`.
            platform: query `platform`; API >= 1.46.
            auth_config: header `X-Registry-Auth`.
            stream: client-side option.
            decode: client-side option.
            insecure_registry: client-side option; API < 1.24; configure insecure registries on the daemon (--insecure-registry).
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.push,
            {
                "repository": repository,
                "tag": tag,
                "platform": platform,
                "auth_config": auth_config,
                "stream": stream,
                "decode": decode,
                "insecure_registry": insecure_registry,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def push_plugin(
        self,
        name: str,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str] | str:
        """Push a plugin to its registry.

        `POST /plugins/{name}/push`, API >= 1.24.

        Args:
            name: path `name`.
            auth_config: header `X-Registry-Auth`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.push_plugin,
            {
                "name": name,
                "auth_config": auth_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
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

        `PUT /containers/{id}/archive`, API >= 1.24.

        Args:
            container: path `id`.
            path: query `path`.
            no_overwrite_dir_non_dir: query `noOverwriteDirNonDir`.
            copy_uid_gid: query `copyUIDGID`; API >= 1.30.
            data: `data`.
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

    def remove_config(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a config.

        `DELETE /configs/{id}`, API >= 1.30.

        Args:
            id: path `id`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_config,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
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

        `DELETE /containers/{id}`, API >= 1.24.

        Args:
            container: path `id`.
            v: query `v`.
            force: query `force`.
            link: query `link`; API >= 1.27.
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

    def remove_image(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        force: bool = False,
        noprune: bool = False,
        *,
        platforms: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageDeleteResponseItem]:
        """Remove an image, like `docker rmi`.

        `DELETE /images/{name}`, API >= 1.24.

        Args:
            image: path `name`.
            force: query `force`.
            noprune: query `noprune`.
            platforms: query `platforms`; API >= 1.50.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_image,
            {
                "image": image,
                "force": force,
                "noprune": noprune,
                "platforms": platforms,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def remove_network(
        self,
        net_id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a network.

        `DELETE /networks/{id}`, API >= 1.24.

        Args:
            net_id: path `id`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_network,
            {"net_id": net_id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def remove_node(
        self,
        node_id: str | Mapping[str, Any] | DockerModel,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a node from the swarm.

        `DELETE /nodes/{id}`, API >= 1.24.

        Args:
            node_id: path `id`.
            force: query `force`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_node,
            {
                "node_id": node_id,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def remove_plugin(
        self,
        name: str,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a plugin.

        `DELETE /plugins/{name}`, API >= 1.24.

        Args:
            name: path `name`.
            force: query `force`; API >= 1.25.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_plugin,
            {
                "name": name,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def remove_secret(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a secret.

        `DELETE /secrets/{id}`, API >= 1.25.

        Args:
            id: path `id`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_secret,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def remove_service(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a service.

        `DELETE /services/{id}`, API >= 1.24.

        Args:
            service: path `id`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_service,
            {"service": service, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def remove_volume(
        self,
        name: str,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a volume.

        `DELETE /volumes/{name}`, API >= 1.24.

        Args:
            name: path `name`.
            force: query `force`; API >= 1.25.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_volume,
            {
                "name": name,
                "force": force,
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

        `POST /containers/{id}/rename`, API >= 1.24.

        Args:
            container: path `id`.
            name: query `name`.
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

        `POST /containers/{id}/resize`, API >= 1.24.

        Args:
            container: path `id`.
            height: query `h`.
            width: query `w`.
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

        `POST /containers/{id}/restart`, API >= 1.24.

        Args:
            container: path `id`.
            signal: query `signal`; API >= 1.42.
            timeout: query `t`.
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

    def search(
        self,
        term: str,
        limit: int | None = None,
        *,
        filters: dict[str, Any] | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageSearchResponseItem]:
        """Search Docker Hub for images.

        `GET /images/search`, API >= 1.24.

        Args:
            term: query `term`.
            limit: query `limit`.
            filters: query `filters`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.search,
            {
                "term": term,
                "limit": limit,
                "filters": filters,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def secrets(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Secret]:
        """List swarm secrets (metadata only).

        `GET /secrets`, API >= 1.25.

        Args:
            filters: query `filters`; API >= 1.25.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.secrets,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def service_logs(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        details: bool = False,
        follow: bool = False,
        stdout: bool = False,
        stderr: bool = False,
        since: datetime | int | float = 0,
        timestamps: bool = False,
        tail: str | int = "all",
        is_tty: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[bytes] | bytes:
        """The logs of all tasks of a service.

        `GET /services/{id}/logs`, API >= 1.25.

        Args:
            service: path `id`.
            details: query `details`; API >= 1.25.
            follow: query `follow`; API >= 1.25.
            stdout: query `stdout`; API >= 1.25.
            stderr: query `stderr`; API >= 1.25.
            since: query `since`; API >= 1.25.
            timestamps: query `timestamps`; API >= 1.25.
            tail: query `tail`; API >= 1.25.
            is_tty: client-side option.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.service_logs,
            {
                "service": service,
                "details": details,
                "follow": follow,
                "stdout": stdout,
                "stderr": stderr,
                "since": since,
                "timestamps": timestamps,
                "tail": tail,
                "is_tty": is_tty,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def services(
        self,
        filters: dict[str, Any] | str | None = None,
        status: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Service]:
        """List the services of the swarm.

        `GET /services`, API >= 1.24.

        Args:
            filters: query `filters`.
            status: query `status`; API >= 1.41.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.services,
            {
                "filters": filters,
                "status": status,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def session(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> HijackedSocket:
        """Open a long-lived interactive session (BuildKit) over the hijacked connection.

        `POST /session`, API >= 1.31.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.session,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
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

        `POST /containers/{id}/start`, API >= 1.24.

        Args:
            container: path `id`.
            detach_keys: query `detachKeys`.
            host_config: `host_config`; API < 1.24; pass host settings to create_container(host_config=create_host_config(...)).
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

        `GET /containers/{id}/stats`, API >= 1.24.

        Args:
            container: path `id`.
            one_shot: query `one-shot`; API >= 1.41.
            decode: client-side option.
            stream: client-side option.
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

        `POST /containers/{id}/stop`, API >= 1.24.

        Args:
            container: path `id`.
            signal: query `signal`; API >= 1.42.
            timeout: query `t`.
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

    def tag(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        repository: str | None = None,
        tag: str | None = None,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Give an image another repository name and tag.

        `POST /images/{name}/tag`, API >= 1.24.

        Args:
            image: path `name`.
            repository: query `repo`.
            tag: query `tag`.
            force: client-side option.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.tag,
            {
                "image": image,
                "repository": repository,
                "tag": tag,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def task_logs(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        details: bool = False,
        follow: bool = False,
        stdout: bool = False,
        stderr: bool = False,
        since: datetime | int | float = 0,
        timestamps: bool = False,
        tail: str | int = "all",
        *,
        is_tty: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[bytes] | bytes:
        """The logs of one task.

        `GET /tasks/{id}/logs`, API >= 1.29.

        Args:
            task: path `id`.
            details: query `details`; API >= 1.29.
            follow: query `follow`; API >= 1.29.
            stdout: query `stdout`; API >= 1.29.
            stderr: query `stderr`; API >= 1.29.
            since: query `since`; API >= 1.29.
            timestamps: query `timestamps`; API >= 1.29.
            tail: query `tail`; API >= 1.29.
            is_tty: client-side option.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.task_logs,
            {
                "task": task,
                "details": details,
                "follow": follow,
                "stdout": stdout,
                "stderr": stderr,
                "since": since,
                "timestamps": timestamps,
                "tail": tail,
                "is_tty": is_tty,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def tasks(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Task]:
        """List the tasks of the swarm.

        `GET /tasks`, API >= 1.24.

        Args:
            filters: query `filters`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.tasks,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def top(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        ps_args: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ContainerTopResponse:
        """The processes running inside a container, as `ps` shows them.

        `GET /containers/{id}/top`, API >= 1.24.

        Args:
            container: path `id`.
            ps_args: query `ps_args`.
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

    def unlock_swarm(
        self,
        key: str | dict[str, Any] | models.SwarmUnlockkeyResponse | Mapping[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Unlock a locked swarm manager with its unlock key.

        `POST /swarm/unlock`, API >= 1.25.

        Args:
            key: body-field `UnlockKey`; API >= 1.25.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.unlock_swarm,
            {"key": key, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def unpause(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Resume the processes of a paused container.

        `POST /containers/{id}/unpause`, API >= 1.24.

        Args:
            container: path `id`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.unpause,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def update_config(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        version: int,
        spec: models.ConfigSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a config's labels (the only field that may change).

        `POST /configs/{id}/update`, API >= 1.30.

        Args:
            id: path `id`.
            version: query `version`; API >= 1.30.
            spec: `body`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.update_config,
            {
                "id": id,
                "version": version,
                "spec": spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
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
        blkio_device_read_i_ops: list[models.ThrottleDevice | Mapping[str, Any]] | None = None,
        blkio_device_write_i_ops: list[models.ThrottleDevice | Mapping[str, Any]] | None = None,
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
        io_maximum_i_ops: int | None = None,
        io_maximum_bandwidth: int | None = None,
        disk_quota: int | None = None,
        kernel_memory_tcp: int | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ContainerUpdateResponse:
        """Change the resource limits and restart policy of a container.

        `POST /containers/{id}/update`, API >= 1.24.

        Args:
            container: path `id`.
            cpu_shares: body-field `CpuShares`.
            mem_limit: body-field `Memory`.
            cgroup_parent: body-field `CgroupParent`; API >= 1.25.
            blkio_weight: body-field `BlkioWeight`.
            blkio_weight_device: body-field `BlkioWeightDevice`; API >= 1.25.
            blkio_device_read_bps: body-field `BlkioDeviceReadBps`; API >= 1.25.
            blkio_device_write_bps: body-field `BlkioDeviceWriteBps`; API >= 1.25.
            blkio_device_read_i_ops: body-field `BlkioDeviceReadIOps`; API >= 1.25.
            blkio_device_write_i_ops: body-field `BlkioDeviceWriteIOps`; API >= 1.25.
            cpu_period: body-field `CpuPeriod`.
            cpu_quota: body-field `CpuQuota`.
            cpu_realtime_period: body-field `CpuRealtimePeriod`; API >= 1.25.
            cpu_realtime_runtime: body-field `CpuRealtimeRuntime`; API >= 1.25.
            cpuset_cpus: body-field `CpusetCpus`.
            cpuset_mems: body-field `CpusetMems`.
            devices: body-field `Devices`; API >= 1.25.
            device_cgroup_rules: body-field `DeviceCgroupRules`; API >= 1.28.
            device_requests: body-field `DeviceRequests`; API >= 1.40.
            mem_reservation: body-field `MemoryReservation`.
            memswap_limit: body-field `MemorySwap`.
            memory_swappiness: body-field `MemorySwappiness`; API >= 1.25.
            nano_cpus: body-field `NanoCpus`; API >= 1.25.
            oom_kill_disable: body-field `OomKillDisable`; API >= 1.25.
            init: body-field `Init`; API >= 1.37.
            pids_limit: body-field `PidsLimit`; API >= 1.25.
            ulimits: body-field `Ulimits`; API >= 1.25.
            cpu_count: body-field `CpuCount`; API >= 1.25.
            cpu_percent: body-field `CpuPercent`; API >= 1.25.
            io_maximum_i_ops: body-field `IOMaximumIOps`; API >= 1.25.
            io_maximum_bandwidth: body-field `IOMaximumBandwidth`; API >= 1.25.
            restart_policy: body-field `RestartPolicy`.
            disk_quota: body-field `DiskQuota`; API >= 1.25; API < 1.40.
            kernel_memory: body-field `KernelMemory`; API >= 1.36; API < 1.42.
            kernel_memory_tcp: body-field `KernelMemoryTCP`; API >= 1.40; API < 1.52.
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
                "blkio_device_read_i_ops": blkio_device_read_i_ops,
                "blkio_device_write_i_ops": blkio_device_write_i_ops,
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
                "io_maximum_i_ops": io_maximum_i_ops,
                "io_maximum_bandwidth": io_maximum_bandwidth,
                "restart_policy": restart_policy,
                "disk_quota": disk_quota,
                "kernel_memory": kernel_memory,
                "kernel_memory_tcp": kernel_memory_tcp,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def update_node(
        self,
        node_id: str | Mapping[str, Any] | DockerModel,
        version: int,
        node_spec: models.NodeSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Change a node's role, availability, name or labels.

        `POST /nodes/{id}/update`, API >= 1.24.

        Args:
            node_id: path `id`.
            version: query `version`.
            node_spec: `body`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.update_node,
            {
                "node_id": node_id,
                "version": version,
                "node_spec": node_spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def update_secret(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        version: int,
        spec: models.SecretSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a secret's labels (the only field that may change).

        `POST /secrets/{id}/update`, API >= 1.26.

        Args:
            id: path `id`.
            version: query `version`; API >= 1.26.
            spec: `body`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.update_secret,
            {
                "id": id,
                "version": version,
                "spec": spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def update_service(
        self,
        service: str | dict[str, Any],
        version: int | None = None,
        task_template: models.TaskSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_config: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        fetch_current_spec: bool = False,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        registry_auth_from: str | None = None,
        rollback: str | None = None,
        auth_config: dict[str, Any] | None = None,
    ) -> models.ServiceUpdateResponse:
        """Change a service. With fetch_current_spec=True the current spec (and version, when None) is read first and the fields given replace its fields (task_template's ContainerSpec, Resources, Placement, RestartPolicy and LogDriver are merged key by key); otherwise the spec is sent as given, like update_service_spec.

        Built on `inspect_service()`, `update_service_spec()`.
        """
        result = self._run(
            _lib.update_service(
                service=service,
                version=version,
                task_template=task_template,
                name=name,
                labels=labels,
                mode=mode,
                update_config=update_config,
                networks=networks,
                endpoint_config=endpoint_config,
                endpoint_spec=endpoint_spec,
                fetch_current_spec=fetch_current_spec,
                rollback_config=rollback_config,
                registry_auth_from=registry_auth_from,
                rollback=rollback,
                auth_config=auth_config,
            )
        )
        return cast("models.ServiceUpdateResponse", result)

    def update_service_spec(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        version: int,
        task_template: models.TaskSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_config: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        registry_auth_from: str | None = None,
        rollback: str | None = None,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ServiceUpdateResponse:
        """Send a service's new spec as given, no merging (the current version must be given); `update_service` can start from the current spec.

        `POST /services/{id}/update`, API >= 1.24.

        Args:
            service: path `id`.
            version: query `version`.
            registry_auth_from: query `registryAuthFrom`; API >= 1.25.
            rollback: query `rollback`; API >= 1.28.
            auth_config: header `X-Registry-Auth`.
            name: body-field `Name`.
            labels: body-field `Labels`.
            task_template: body-field `TaskTemplate`.
            mode: body-field `Mode`.
            update_config: body-field `UpdateConfig`.
            rollback_config: body-field `RollbackConfig`; API >= 1.28.
            endpoint_spec: body-field `EndpointSpec`.
            endpoint_config: body-field `EndpointSpec`.
            networks: body-field `TaskTemplate.Networks`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.update_service_spec,
            {
                "service": service,
                "version": version,
                "registry_auth_from": registry_auth_from,
                "rollback": rollback,
                "auth_config": auth_config,
                "name": name,
                "labels": labels,
                "task_template": task_template,
                "mode": mode,
                "update_config": update_config,
                "rollback_config": rollback_config,
                "endpoint_spec": endpoint_spec,
                "endpoint_config": endpoint_config,
                "networks": networks,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def update_swarm(
        self,
        version: int,
        swarm_spec: models.SwarmSpec | Mapping[str, Any] | dict[str, Any] | None,
        rotate_worker_token: bool = False,
        rotate_manager_token: bool = False,
        rotate_manager_unlock_key: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Change the swarm's settings or rotate its join and unlock tokens.

        `POST /swarm/update`, API >= 1.24.

        Args:
            version: query `version`.
            rotate_worker_token: query `rotateWorkerToken`.
            rotate_manager_token: query `rotateManagerToken`.
            rotate_manager_unlock_key: query `rotateManagerUnlockKey`; API >= 1.25.
            swarm_spec: `body`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.update_swarm,
            {
                "version": version,
                "rotate_worker_token": rotate_worker_token,
                "rotate_manager_token": rotate_manager_token,
                "rotate_manager_unlock_key": rotate_manager_unlock_key,
                "swarm_spec": swarm_spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def update_volume(
        self,
        name: str,
        version: int,
        spec: models.ClusterVolumeSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a cluster volume's spec (swarm cluster volumes only).

        `PUT /volumes/{name}`, API >= 1.42.

        Args:
            name: path `name`.
            version: query `version`; API >= 1.42.
            spec: body-field `Spec`; API >= 1.42.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.update_volume,
            {
                "name": name,
                "version": version,
                "spec": spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def upgrade_plugin(
        self,
        name: str,
        remote: str,
        privileges: list[models.PluginPrivilege | Mapping[str, Any] | dict[str, Any]] | None = None,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str] | str:
        """Upgrade a disabled plugin to another image, granting its privileges.

        `POST /plugins/{name}/upgrade`, API >= 1.26.

        Args:
            name: path `name`.
            remote: query `remote`; API >= 1.26.
            auth_config: header `X-Registry-Auth`; API >= 1.26.
            privileges: `body`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.upgrade_plugin,
            {
                "name": name,
                "remote": remote,
                "auth_config": auth_config,
                "privileges": privileges,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def version(
        self,
        api_version: bool = True,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SystemVersion:
        """Version information of the daemon and its components.

        `GET /version`, API >= 1.24.

        Args:
            api_version: client-side option.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.version,
            {"api_version": api_version, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def volumes(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.VolumeListResponse:
        """List volumes, like `docker volume ls`.

        `GET /volumes`, API >= 1.24.

        Args:
            filters: query `filters`.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.volumes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
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

        `POST /containers/{id}/wait`, API >= 1.24.

        Args:
            container: path `id`.
            condition: query `condition`; API >= 1.30.
            timeout: client-side option.
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

    def create_host_config(
        self,
        *,
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
    ) -> models.HostConfig:
        """Build the HostConfig document for create_container(host_config=...). Checked against this client's API version."""
        return _helpers.create_host_config(
            binds=binds,
            port_bindings=port_bindings,
            lxc_conf=lxc_conf,
            publish_all_ports=publish_all_ports,
            links=links,
            privileged=privileged,
            dns=dns,
            dns_search=dns_search,
            volumes_from=volumes_from,
            network_mode=network_mode,
            restart_policy=restart_policy,
            cap_add=cap_add,
            cap_drop=cap_drop,
            devices=devices,
            extra_hosts=extra_hosts,
            read_only=read_only,
            pid_mode=pid_mode,
            ipc_mode=ipc_mode,
            security_opt=security_opt,
            ulimits=ulimits,
            log_config=log_config,
            mem_limit=mem_limit,
            memswap_limit=memswap_limit,
            mem_reservation=mem_reservation,
            kernel_memory=kernel_memory,
            mem_swappiness=mem_swappiness,
            cgroup_parent=cgroup_parent,
            group_add=group_add,
            cpu_quota=cpu_quota,
            cpu_period=cpu_period,
            blkio_weight=blkio_weight,
            blkio_weight_device=blkio_weight_device,
            device_read_bps=device_read_bps,
            device_write_bps=device_write_bps,
            device_read_iops=device_read_iops,
            device_write_iops=device_write_iops,
            oom_kill_disable=oom_kill_disable,
            shm_size=shm_size,
            sysctls=sysctls,
            tmpfs=tmpfs,
            oom_score_adj=oom_score_adj,
            dns_opt=dns_opt,
            cpu_shares=cpu_shares,
            cpuset_cpus=cpuset_cpus,
            userns_mode=userns_mode,
            uts_mode=uts_mode,
            pids_limit=pids_limit,
            isolation=isolation,
            auto_remove=auto_remove,
            storage_opt=storage_opt,
            init=init,
            init_path=init_path,
            volume_driver=volume_driver,
            cpu_count=cpu_count,
            cpu_percent=cpu_percent,
            nano_cpus=nano_cpus,
            cpuset_mems=cpuset_mems,
            runtime=runtime,
            mounts=mounts,
            cpu_rt_period=cpu_rt_period,
            cpu_rt_runtime=cpu_rt_runtime,
            device_cgroup_rules=device_cgroup_rules,
            device_requests=device_requests,
            cgroupns=cgroupns,
            container_id_file=container_id_file,
            console_size=console_size,
            annotations=annotations,
            cgroup=cgroup,
            masked_paths=masked_paths,
            readonly_paths=readonly_paths,
            io_maximum_iops=io_maximum_iops,
            io_maximum_bandwidth=io_maximum_bandwidth,
            version=self.api_version,
        )

    def create_networking_config(
        self,
        *,
        endpoints_config: dict[str, models.EndpointSettings | Mapping[str, Any] | dict[str, Any]]
        | None = None,
    ) -> models.NetworkingConfig:
        """Build the NetworkingConfig document for create_container(networking_config=...). Checked against this client's API version."""
        return _helpers.create_networking_config(
            endpoints_config=endpoints_config,
            version=self.api_version,
        )

    def create_endpoint_config(
        self,
        *,
        aliases: list[str] | None = None,
        links: dict[str, str] | list[Any] | None = None,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        link_local_ips: list[str] | None = None,
        driver_opt: dict[str, str] | None = None,
        mac_address: str | None = None,
        gw_priority: int | None = None,
    ) -> models.EndpointSettings:
        """Build one network endpoint's settings (aliases, links, fixed addresses). Checked against this client's API version."""
        return _helpers.create_endpoint_config(
            aliases=aliases,
            links=links,
            ipv4_address=ipv4_address,
            ipv6_address=ipv6_address,
            link_local_ips=link_local_ips,
            driver_opt=driver_opt,
            mac_address=mac_address,
            gw_priority=gw_priority,
            version=self.api_version,
        )

    def create_container_config(
        self,
        image: str,
        command: str | list[str] | None,
        *,
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
        healthcheck: models.HealthConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        stop_timeout: int | None = None,
    ) -> models.ContainerCreateRequest:
        """Build the whole create_container body (utils.create_container_config(version, image, command, ...)). Checked against this client's API version."""
        return _helpers.create_container_config(
            image=image,
            command=command,
            hostname=hostname,
            user=user,
            detach=detach,
            stdin_open=stdin_open,
            tty=tty,
            mem_limit=mem_limit,
            ports=ports,
            environment=environment,
            dns=dns,
            volumes=volumes,
            volumes_from=volumes_from,
            network_disabled=network_disabled,
            entrypoint=entrypoint,
            cpu_shares=cpu_shares,
            working_dir=working_dir,
            domainname=domainname,
            memswap_limit=memswap_limit,
            host_config=host_config,
            mac_address=mac_address,
            labels=labels,
            volume_driver=volume_driver,
            stop_signal=stop_signal,
            networking_config=networking_config,
            healthcheck=healthcheck,
            stop_timeout=stop_timeout,
            version=self.api_version,
        )


class AsyncClient(AsyncAPIClient):
    """An asyncio client for the Docker Engine API, method for method the same as `Client`."""

    async def archive_stat(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        path: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any] | None:
        """Stat a path inside a container (name, size, mode, mtime, link target) without copying it.

        `HEAD /containers/{id}/archive`, API >= 1.24.

        Args:
            container: path `id`.
            path: query `path`; API >= 1.25.
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

        `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            container: path `id`.
            logs: query `logs`.
            stdout: query `stdout`.
            stderr: query `stderr`.
            stream: client-side option.
            demux: client-side option.
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

        `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            container: path `id`.
            detach_keys: query `detachKeys`.
            logs: query `logs`.
            stream: query `stream`.
            stdin: query `stdin`.
            stdout: query `stdout`.
            stderr: query `stderr`.
            params: client-side option.
            ws: client-side option.
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

        `GET /containers/{id}/attach/ws`, API >= 1.24.

        Args:
            container: path `id`.
            detach_keys: query `detachKeys`.
            logs: query `logs`.
            stream: query `stream`.
            stdin: query `stdin`; API >= 1.42.
            stdout: query `stdout`; API >= 1.42.
            stderr: query `stderr`; API >= 1.42.
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

    @overload
    async def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[True] = ...,
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]]: ...
    @overload
    async def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False],
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    async def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        decode: Literal[False] = ...,
        stream: Literal[True] = ...,
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str]: ...
    @overload
    async def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        stream: Literal[False],
        decode: Literal[False] = ...,
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    async def build(
        self,
        path: str | None = None,
        tag: str | None = None,
        quiet: bool = False,
        fileobj: Any = None,
        nocache: bool = False,
        rm: bool = False,
        timeout: float | None = None,
        custom_context: bool = False,
        encoding: str | None = None,
        pull: bool | None = False,
        forcerm: bool = False,
        dockerfile: str | None = None,
        container_limits: dict[str, int | str] | None = None,
        decode: bool = False,
        buildargs: dict[str, str] | None = None,
        gzip: bool = False,
        shmsize: int | str | None = None,
        labels: dict[str, str] | None = None,
        cache_from: list[str] | None = None,
        target: str | None = None,
        network_mode: str | None = None,
        squash: bool | None = None,
        extra_hosts: dict[str, str] | list[str] | None = None,
        platform: str | None = None,
        *,
        memory: int | str | None = None,
        memswap: int | str | None = None,
        cpushares: int | None = None,
        cpusetcpus: str | None = None,
        cpuperiod: int | None = None,
        cpuquota: int | None = None,
        outputs: str | None = None,
        version: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        stream: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | list[dict[str, Any]] | AsyncJSONStream[str] | str:
        """Build an image from a directory, a URL, a Dockerfile file object or a ready tar context, like `docker build`.

        `POST /build`, API >= 1.24.

        Args:
            dockerfile: query `dockerfile`.
            tag: query `t`.
            extra_hosts: query `extrahosts`; API >= 1.28.
            quiet: query `q`.
            nocache: query `nocache`.
            cache_from: query `cachefrom`; API >= 1.25.
            pull: query `pull`.
            rm: query `rm`.
            forcerm: query `forcerm`.
            memory: query `memory`.
            memswap: query `memswap`.
            cpushares: query `cpushares`.
            cpusetcpus: query `cpusetcpus`.
            cpuperiod: query `cpuperiod`.
            cpuquota: query `cpuquota`.
            buildargs: query `buildargs`.
            shmsize: query `shmsize`.
            squash: query `squash`; API >= 1.25.
            labels: query `labels`.
            network_mode: query `networkmode`; API >= 1.25.
            platform: query `platform`; API >= 1.34.
            target: query `target`; API >= 1.37.
            outputs: query `outputs`; API >= 1.40.
            version: query `version`; API >= 1.38.
            data: `body`.
            path: client-side option.
            fileobj: client-side option.
            custom_context: client-side option.
            encoding: client-side option.
            gzip: client-side option.
            container_limits: client-side option.
            timeout: client-side option.
            decode: client-side option.
            stream: client-side option.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.build,
            {
                "dockerfile": dockerfile,
                "tag": tag,
                "extra_hosts": extra_hosts,
                "quiet": quiet,
                "nocache": nocache,
                "cache_from": cache_from,
                "pull": pull,
                "rm": rm,
                "forcerm": forcerm,
                "memory": memory,
                "memswap": memswap,
                "cpushares": cpushares,
                "cpusetcpus": cpusetcpus,
                "cpuperiod": cpuperiod,
                "cpuquota": cpuquota,
                "buildargs": buildargs,
                "shmsize": shmsize,
                "squash": squash,
                "labels": labels,
                "network_mode": network_mode,
                "platform": platform,
                "target": target,
                "outputs": outputs,
                "version": version,
                "data": data,
                "path": path,
                "fileobj": fileobj,
                "custom_context": custom_context,
                "encoding": encoding,
                "gzip": gzip,
                "container_limits": container_limits,
                "timeout": timeout,
                "decode": decode,
                "stream": stream,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def commit(
        self,
        container: str | Mapping[str, Any] | DockerModel | None = None,
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
    ) -> models.IDResponse:
        """Make an image from a container's changes, like `docker commit`.

        `POST /commit`, API >= 1.24.

        Args:
            container: query `container`.
            repository: query `repo`.
            tag: query `tag`.
            message: query `comment`.
            author: query `author`.
            pause: query `pause`.
            changes: query `changes`.
            conf: `body`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.commit,
            {
                "container": container,
                "repository": repository,
                "tag": tag,
                "message": message,
                "author": author,
                "pause": pause,
                "changes": changes,
                "conf": conf,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def configs(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Config]:
        """List swarm configs.

        `GET /configs`, API >= 1.30.

        Args:
            filters: query `filters`; API >= 1.30.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.configs,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def configure_plugin(
        self,
        name: str,
        options: dict[str, Any] | list[str] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Set a plugin's settings (env, mounts, args...).

        `POST /plugins/{name}/set`, API >= 1.25.

        Args:
            name: path `name`.
            options: `body`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.configure_plugin,
            {
                "name": name,
                "options": options,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def connect_container_to_network(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        net_id: str | Mapping[str, Any] | DockerModel,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        aliases: list[str] | None = None,
        links: dict[str, str] | list[Any] | None = None,
        link_local_ips: list[str] | None = None,
        driver_opt: dict[str, str] | None = None,
        mac_address: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Connect a container to a network, optionally with aliases, links and fixed addresses.

        `POST /networks/{id}/connect`, API >= 1.24.

        Args:
            net_id: path `id`.
            container: body-field `Container`.
            ipv4_address: `EndpointConfig`.
            ipv6_address: `EndpointConfig`.
            aliases: `EndpointConfig`.
            links: `EndpointConfig`.
            link_local_ips: `EndpointConfig`.
            driver_opt: `EndpointConfig`.
            mac_address: `EndpointConfig`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.connect_container_to_network,
            {
                "net_id": net_id,
                "container": container,
                "ipv4_address": ipv4_address,
                "ipv6_address": ipv6_address,
                "aliases": aliases,
                "links": links,
                "link_local_ips": link_local_ips,
                "driver_opt": driver_opt,
                "mac_address": mac_address,
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
    ) -> list[models.ContainerSummary]:
        """List containers, like `docker ps`.

        `GET /containers/json`, API >= 1.24.

        Args:
            all: query `all`.
            limit: query `limit`.
            size: query `size`.
            filters: query `filters`.
            quiet: client-side option.
            trunc: client-side option.
            latest: client-side option.
            since: `since`.
            before: `before`.
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
        """
        result = await self._run(_lib.copy(container=container, resource=resource))
        return cast("bytes", result)

    async def create_config(
        self,
        name: str | None = None,
        data: bytes | str | None = None,
        labels: dict[str, str] | None = None,
        templating: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.IDResponse:
        """Create a swarm config.

        `POST /configs/create`, API >= 1.30.

        Args:
            name: body-field `Name`; API >= 1.30.
            labels: body-field `Labels`; API >= 1.30.
            data: body-field `Data`; API >= 1.30.
            templating: body-field `Templating`; API >= 1.37.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.create_config,
            {
                "name": name,
                "labels": labels,
                "data": data,
                "templating": templating,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

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
    ) -> models.ContainerCreateResponse:
        """Create a container from an image, ready to be started.

        `POST /containers/create`, API >= 1.24.

        Args:
            name: query `name`.
            platform: query `platform`; API >= 1.41.
            hostname: body-field `Hostname`.
            domainname: body-field `Domainname`.
            user: body-field `User`.
            attach_stdin: body-field `AttachStdin`.
            attach_stdout: body-field `AttachStdout`.
            attach_stderr: body-field `AttachStderr`.
            ports: body-field `ExposedPorts`.
            tty: body-field `Tty`.
            stdin_open: body-field `OpenStdin`.
            stdin_once: body-field `StdinOnce`.
            environment: body-field `Env`.
            command: body-field `Cmd`.
            healthcheck: body-field `Healthcheck`.
            args_escaped: body-field `ArgsEscaped`; API >= 1.25.
            image: body-field `Image`.
            volumes: body-field `Volumes`.
            working_dir: body-field `WorkingDir`.
            entrypoint: body-field `Entrypoint`.
            network_disabled: body-field `NetworkDisabled`.
            on_build: body-field `OnBuild`; API >= 1.25.
            labels: body-field `Labels`.
            stop_signal: body-field `StopSignal`.
            stop_timeout: body-field `StopTimeout`; API >= 1.25.
            shell: body-field `Shell`; API >= 1.25.
            host_config: body-field `HostConfig`.
            networking_config: body-field `NetworkingConfig`.
            mac_address: body-field `MacAddress`; API < 1.52.
            use_config_proxy: client-side option.
            detach: client-side option.
            mem_limit: body-field `mem_limit`; API < 1.24; pass it in host_config (create_host_config(mem_limit=...)).
            memswap_limit: body-field `memswap_limit`; API < 1.24; pass it in host_config (create_host_config(memswap_limit=...)).
            cpu_shares: body-field `cpu_shares`; API < 1.24; pass it in host_config (create_host_config(cpu_shares=...)).
            dns: body-field `dns`; API < 1.24; pass it in host_config (create_host_config(dns=...)).
            volumes_from: body-field `volumes_from`; API < 1.24; pass it in host_config (create_host_config(volumes_from=...)).
            volume_driver: body-field `volume_driver`; API < 1.24; pass it in host_config (create_host_config(volume_driver=...)).
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

    async def create_network(
        self,
        name: str,
        driver: str | None = None,
        options: dict[str, str] | None = None,
        ipam: models.IPAM | Mapping[str, Any] | dict[str, Any] | None = None,
        check_duplicate: bool | None = None,
        internal: bool = False,
        labels: dict[str, str] | list[str] | None = None,
        enable_ipv6: bool = False,
        attachable: bool | None = None,
        scope: str | None = None,
        ingress: bool | None = None,
        *,
        config_only: bool | None = None,
        config_from: models.ConfigReference | Mapping[str, Any] | dict[str, Any] | None = None,
        enable_ipv4: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NetworkCreateResponse:
        """Create a network, like `docker network create`.

        `POST /networks/create`, API >= 1.24.

        Args:
            name: body-field `Name`.
            driver: body-field `Driver`.
            scope: body-field `Scope`; API >= 1.41.
            internal: body-field `Internal`.
            attachable: body-field `Attachable`; API >= 1.27.
            ingress: body-field `Ingress`; API >= 1.29.
            config_only: body-field `ConfigOnly`; API >= 1.41.
            config_from: body-field `ConfigFrom`; API >= 1.41.
            ipam: body-field `IPAM`.
            enable_ipv4: body-field `EnableIPv4`; API >= 1.47.
            enable_ipv6: body-field `EnableIPv6`.
            options: body-field `Options`.
            labels: body-field `Labels`.
            check_duplicate: body-field `CheckDuplicate`; API < 1.46.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.create_network,
            {
                "name": name,
                "driver": driver,
                "scope": scope,
                "internal": internal,
                "attachable": attachable,
                "ingress": ingress,
                "config_only": config_only,
                "config_from": config_from,
                "ipam": ipam,
                "enable_ipv4": enable_ipv4,
                "enable_ipv6": enable_ipv6,
                "options": options,
                "labels": labels,
                "check_duplicate": check_duplicate,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def create_plugin(
        self,
        name: str,
        plugin_data_dir: str | None = None,
        gzip: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Create a plugin from a directory holding config.json and rootfs.

        `POST /plugins/create`, API >= 1.25.

        Args:
            name: query `name`; API >= 1.25.
            plugin_data_dir: `plugin_data_dir`.
            gzip: client-side option.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.create_plugin,
            {
                "name": name,
                "plugin_data_dir": plugin_data_dir,
                "gzip": gzip,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def create_secret(
        self,
        name: str | None = None,
        data: bytes | str | None = None,
        labels: dict[str, str] | None = None,
        driver: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        templating: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.IDResponse:
        """Create a swarm secret.

        `POST /secrets/create`, API >= 1.25.

        Args:
            name: body-field `Name`; API >= 1.25.
            labels: body-field `Labels`; API >= 1.25.
            data: body-field `Data`; API >= 1.25.
            driver: body-field `Driver`; API >= 1.31.
            templating: body-field `Templating`; API >= 1.37.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.create_secret,
            {
                "name": name,
                "labels": labels,
                "data": data,
                "driver": driver,
                "templating": templating,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def create_service(
        self,
        task_template: models.TaskSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_config: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ServiceCreateResponse:
        """Create a swarm service.

        `POST /services/create`, API >= 1.24.

        Args:
            auth_config: header `X-Registry-Auth`.
            name: body-field `Name`.
            labels: body-field `Labels`.
            task_template: body-field `TaskTemplate`.
            mode: body-field `Mode`.
            update_config: body-field `UpdateConfig`.
            rollback_config: body-field `RollbackConfig`; API >= 1.28.
            endpoint_spec: body-field `EndpointSpec`.
            endpoint_config: body-field `EndpointSpec`.
            networks: body-field `TaskTemplate.Networks`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.create_service,
            {
                "auth_config": auth_config,
                "name": name,
                "labels": labels,
                "task_template": task_template,
                "mode": mode,
                "update_config": update_config,
                "rollback_config": rollback_config,
                "endpoint_spec": endpoint_spec,
                "endpoint_config": endpoint_config,
                "networks": networks,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def create_volume(
        self,
        name: str | None = None,
        driver: str | None = "local",
        driver_opts: dict[str, str] | None = None,
        labels: dict[str, str] | list[str] | None = None,
        *,
        cluster_volume_spec: models.ClusterVolumeSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Volume:
        """Create a named volume (or an anonymous one when no name is given).

        `POST /volumes/create`, API >= 1.24.

        Args:
            name: body-field `Name`.
            driver: body-field `Driver`.
            driver_opts: body-field `DriverOpts`.
            labels: body-field `Labels`.
            cluster_volume_spec: body-field `ClusterVolumeSpec`; API >= 1.42.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.create_volume,
            {
                "name": name,
                "driver": driver,
                "driver_opts": driver_opts,
                "labels": labels,
                "cluster_volume_spec": cluster_volume_spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def df(
        self,
        *,
        type: list[str] | None = None,
        verbose: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SystemDataUsageResponse:
        """Disk usage of images, containers, volumes and build cache.

        `GET /system/df`, API >= 1.25.

        Args:
            type: query `type`; API >= 1.42.
            verbose: query `verbose`; API >= 1.52.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.df,
            {
                "type": type,
                "verbose": verbose,
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
    ) -> list[models.FilesystemChange]:
        """Files changed in a container's filesystem since it was created.

        `GET /containers/{id}/changes`, API >= 1.24.

        Args:
            container: path `id`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.diff,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def disable_plugin(
        self,
        name: str,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Disable a plugin.

        `POST /plugins/{name}/disable`, API >= 1.24.

        Args:
            name: path `name`.
            force: query `force`; API >= 1.28.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.disable_plugin,
            {
                "name": name,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def disconnect_container_from_network(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        net_id: str | Mapping[str, Any] | DockerModel,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Disconnect a container from a network.

        `POST /networks/{id}/disconnect`, API >= 1.24.

        Args:
            net_id: path `id`.
            container: body-field `Container`.
            force: body-field `Force`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.disconnect_container_from_network,
            {
                "net_id": net_id,
                "container": container,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def enable_plugin(
        self,
        name: str,
        timeout: int = 0,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Enable a plugin.

        `POST /plugins/{name}/enable`, API >= 1.24.

        Args:
            name: path `name`.
            timeout: query `timeout`; API >= 1.25.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.enable_plugin,
            {
                "name": name,
                "timeout": timeout,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    async def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[True] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]]: ...
    @overload
    async def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False],
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...
    @overload
    async def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        decode: Literal[False] = ...,
        stream: Literal[True] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str]: ...
    @overload
    async def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        stream: Literal[False],
        decode: Literal[False] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    async def events(
        self,
        since: datetime | int | float | str | None = None,
        until: datetime | int | float | str | None = None,
        filters: dict[str, Any] | str | None = None,
        decode: bool | None = None,
        *,
        stream: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | dict[str, Any] | AsyncJSONStream[str]:
        """Real-time events from the daemon, like `docker events`.

        `GET /events`, API >= 1.24.

        Args:
            since: query `since`.
            until: query `until`.
            filters: query `filters`.
            decode: client-side option.
            stream: client-side option.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.events,
            {
                "since": since,
                "until": until,
                "filters": filters,
                "decode": decode,
                "stream": stream,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

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
        """Set up a command to run inside a running container.

        `POST /containers/{id}/exec`, API >= 1.24.

        Args:
            container: path `id`.
            stdin: body-field `AttachStdin`.
            stdout: body-field `AttachStdout`.
            stderr: body-field `AttachStderr`.
            console_size: body-field `ConsoleSize`; API >= 1.42.
            detach_keys: body-field `DetachKeys`.
            tty: body-field `Tty`.
            environment: body-field `Env`; API >= 1.25.
            cmd: body-field `Cmd`.
            privileged: body-field `Privileged`.
            user: body-field `User`.
            workdir: body-field `WorkingDir`; API >= 1.35.
            since: body-field `since`; API < 1.24; no Engine API version filters exec output by time; read a container's output since a moment with logs(container, since=...).
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
        """Low-level information about an exec instance (running, exit code...).

        `GET /exec/{id}/json`, API >= 1.24.

        Args:
            exec_id: path `id`.
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

        `POST /exec/{id}/resize`, API >= 1.24.

        Args:
            exec_id: path `id`.
            height: query `h`.
            width: query `w`.
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

        `POST /exec/{id}/start`, API >= 1.24.

        Args:
            exec_id: path `id`.
            detach: body-field `Detach`.
            tty: body-field `Tty`.
            console_size: body-field `ConsoleSize`; API >= 1.42.
            stream: client-side option.
            socket: client-side option.
            demux: client-side option.
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

        `GET /containers/{id}/export`, API >= 1.24.

        Args:
            container: path `id`.
            chunk_size: client-side option.
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

        `GET /containers/{id}/archive`, API >= 1.24.

        Args:
            container: path `id`.
            path: query `path`.
            chunk_size: client-side option.
            encode_stream: client-side option.
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

    async def get_image(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        chunk_size: int | None = 2097152,
        *,
        platform: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncRawStream:
        """An image (with its tags and layers) as a tar stream, like `docker save`.

        `GET /images/{name}/get`, API >= 1.24.

        Args:
            image: path `name`.
            platform: query `platform`; API >= 1.48.
            chunk_size: client-side option.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.get_image,
            {
                "image": image,
                "platform": platform,
                "chunk_size": chunk_size,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def get_images(
        self,
        names: list[str] | None = None,
        chunk_size: int | None = 2097152,
        *,
        platform: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncRawStream:
        """Several images as one tar stream, like `docker save a b`.

        `GET /images/get`, API >= 1.24.

        Args:
            names: query `names`; API >= 1.25.
            platform: query `platform`; API >= 1.48.
            chunk_size: client-side option.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.get_images,
            {
                "names": names,
                "platform": platform,
                "chunk_size": chunk_size,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def get_unlock_key(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.SwarmUnlockkeyResponse:
        """The key that unlocks a locked swarm manager.

        `GET /swarm/unlockkey`, API >= 1.25.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.get_unlock_key,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def history(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        *,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageHistoryResponseItem]:
        """The layers an image was built from, newest first.

        `GET /images/{name}/history`, API >= 1.24.

        Args:
            image: path `name`.
            platform: query `platform`; API >= 1.48.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.history,
            {
                "image": image,
                "platform": platform,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def image_attestations(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        *,
        platform: list[str] | None = None,
        type: list[str] | None = None,
        statement: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.AttestationStatement]:
        """The attestation statements (provenance, SBOM...) attached to an image.

        `GET /images/{name}/attestations`, API >= 1.55.

        Args:
            image: path `name`.
            platform: query `platform`; API >= 1.55.
            type: query `type`; API >= 1.55.
            statement: query `statement`; API >= 1.55.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.image_attestations,
            {
                "image": image,
                "platform": platform,
                "type": type,
                "statement": statement,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def images(
        self,
        name: str | None = None,
        quiet: bool = False,
        all: bool = False,
        filters: dict[str, Any] | str | None = None,
        *,
        shared_size: bool = False,
        digests: bool | None = None,
        manifests: bool | None = None,
        identity: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageSummary]:
        """List images, like `docker images`.

        `GET /images/json`, API >= 1.24.

        Args:
            all: query `all`.
            filters: query `filters`.
            shared_size: query `shared-size`; API >= 1.42.
            digests: query `digests`; API >= 1.25.
            manifests: query `manifests`; API >= 1.47.
            identity: query `identity`; API >= 1.54.
            name: `reference`.
            quiet: client-side option.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.images,
            {
                "all": all,
                "filters": filters,
                "shared_size": shared_size,
                "digests": digests,
                "manifests": manifests,
                "identity": identity,
                "name": name,
                "quiet": quiet,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def import_image(
        self,
        src: Any = None,
        repository: str | None = None,
        tag: str | None = None,
        image: str | None = None,
        changes: list[str] | None = None,
        stream_src: bool = False,
    ) -> str:
        """Create an image from a tar file path, URL, file object, or another image, like `docker import`.

        Built on `import_image_from_image()`.
        """
        result = await self._run(
            _lib.import_image(
                src=src, repository=repository, tag=tag, image=image, changes=changes, stream_src=stream_src
            )
        )
        return cast("str", result)

    async def import_image_from_data(
        self,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from tar bytes held in memory, like `docker import`.

        `POST /images/create`, API >= 1.24.

        Args:
            repository: query `repo`.
            tag: query `tag`.
            message: query `message`; API >= 1.39.
            changes: query `changes`; API >= 1.40.
            platform: query `platform`; API >= 1.32.
            data: `data`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_data,
            {
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def import_image_from_file(
        self,
        filename: str | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from a tar file on disk.

        `POST /images/create`, API >= 1.24.

        Args:
            repository: query `repo`.
            tag: query `tag`.
            message: query `message`; API >= 1.39.
            changes: query `changes`; API >= 1.40.
            platform: query `platform`; API >= 1.32.
            filename: `filename`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_file,
            {
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "filename": filename,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def import_image_from_image(
        self,
        image: str | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        platform: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from another image (like the Dockerfile FROM).

        `POST /images/create`, API >= 1.24.

        Args:
            image: query `fromImage`.
            repository: query `repo`.
            tag: query `tag`.
            changes: query `changes`; API >= 1.40.
            platform: query `platform`; API >= 1.32.
            data: `body`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_image,
            {
                "image": image,
                "repository": repository,
                "tag": tag,
                "changes": changes,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def import_image_from_stream(
        self,
        fileobj: Any = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from a readable binary stream of tar data.

        `POST /images/create`, API >= 1.24.

        Args:
            repository: query `repo`.
            tag: query `tag`.
            message: query `message`; API >= 1.39.
            changes: query `changes`; API >= 1.40.
            platform: query `platform`; API >= 1.32.
            fileobj: `fileobj`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_stream,
            {
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "fileobj": fileobj,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def import_image_from_url(
        self,
        url: str | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from a tar file the daemon downloads from a URL.

        `POST /images/create`, API >= 1.24.

        Args:
            url: query `fromSrc`.
            repository: query `repo`.
            tag: query `tag`.
            message: query `message`; API >= 1.39.
            changes: query `changes`; API >= 1.40.
            platform: query `platform`; API >= 1.32.
            data: `body`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_url,
            {
                "url": url,
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def info(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.SystemInfo:
        """System-wide information, like `docker info`.

        `GET /info`, API >= 1.24.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.info,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def init_swarm(
        self,
        advertise_addr: str | None = None,
        listen_addr: str = "0.0.0.0:2377",
        force_new_cluster: bool = False,
        swarm_spec: models.SwarmSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        default_addr_pool: list[str] | None = None,
        subnet_size: int | None = None,
        data_path_addr: str | None = None,
        data_path_port: int | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Make this node the manager of a new swarm; returns the node ID.

        `POST /swarm/init`, API >= 1.24.

        Args:
            listen_addr: body-field `ListenAddr`.
            advertise_addr: body-field `AdvertiseAddr`.
            data_path_addr: body-field `DataPathAddr`; API >= 1.30.
            data_path_port: body-field `DataPathPort`; API >= 1.40.
            default_addr_pool: body-field `DefaultAddrPool`; API >= 1.39.
            force_new_cluster: body-field `ForceNewCluster`.
            subnet_size: body-field `SubnetSize`; API >= 1.39.
            swarm_spec: body-field `Spec`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.init_swarm,
            {
                "listen_addr": listen_addr,
                "advertise_addr": advertise_addr,
                "data_path_addr": data_path_addr,
                "data_path_port": data_path_port,
                "default_addr_pool": default_addr_pool,
                "force_new_cluster": force_new_cluster,
                "subnet_size": subnet_size,
                "swarm_spec": swarm_spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def insert(self, image: str, url: str, path: str) -> None:
        """Removed from the Engine API long ago (`docker insert`); always raises."""
        result = await self._run(_lib.insert(image=image, url=url, path=path))
        return cast("None", result)

    async def inspect_config(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Config:
        """One config, with its data.

        `GET /configs/{id}`, API >= 1.30.

        Args:
            id: path `id`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_config,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def inspect_container(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        size: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ContainerInspectResponse:
        """Low-level information about one container.

        `GET /containers/{id}/json`, API >= 1.24.

        Args:
            container: path `id`.
            size: query `size`.
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

    async def inspect_distribution(
        self,
        image: str,
        auth_config: dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DistributionInspect:
        """An image's digest and platforms as the registry reports them.

        `GET /distribution/{name}/json`, API >= 1.30.

        Args:
            image: path `name`.
            auth_config: header `X-Registry-Auth`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_distribution,
            {
                "image": image,
                "auth_config": auth_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def inspect_image(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        *,
        manifests: bool = False,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImageInspect:
        """Low-level information about one image.

        `GET /images/{name}/json`, API >= 1.24.

        Args:
            image: path `name`.
            manifests: query `manifests`; API >= 1.48.
            platform: query `platform`; API >= 1.49.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_image,
            {
                "image": image,
                "manifests": manifests,
                "platform": platform,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def inspect_network(
        self,
        net_id: str | Mapping[str, Any] | DockerModel,
        verbose: bool | None = None,
        scope: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NetworkInspect:
        """Low-level information about one network.

        `GET /networks/{id}`, API >= 1.24.

        Args:
            net_id: path `id`.
            verbose: query `verbose`; API >= 1.28.
            scope: query `scope`; API >= 1.31.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_network,
            {
                "net_id": net_id,
                "verbose": verbose,
                "scope": scope,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def inspect_node(
        self,
        node_id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Node:
        """Low-level information about one swarm node.

        `GET /nodes/{id}`, API >= 1.24.

        Args:
            node_id: path `id`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_node,
            {"node_id": node_id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def inspect_plugin(
        self,
        name: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Plugin:
        """Low-level information about one plugin.

        `GET /plugins/{name}/json`, API >= 1.25.

        Args:
            name: path `name`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_plugin,
            {"name": name, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def inspect_secret(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Secret:
        """Metadata of one secret.

        `GET /secrets/{id}`, API >= 1.25.

        Args:
            id: path `id`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_secret,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def inspect_service(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        insert_defaults: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Service:
        """Low-level information about one service.

        `GET /services/{id}`, API >= 1.24.

        Args:
            service: path `id`.
            insert_defaults: query `insertDefaults`; API >= 1.29.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_service,
            {
                "service": service,
                "insert_defaults": insert_defaults,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def inspect_swarm(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.Swarm:
        """Information about the swarm this node belongs to.

        `GET /swarm`, API >= 1.24.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_swarm,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def inspect_task(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Task:
        """Low-level information about one task.

        `GET /tasks/{id}`, API >= 1.24.

        Args:
            task: path `id`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_task,
            {"task": task, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def inspect_volume(
        self,
        name: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Volume:
        """Low-level information about one volume.

        `GET /volumes/{name}`, API >= 1.24.

        Args:
            name: path `name`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_volume,
            {"name": name, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def join_swarm(
        self,
        remote_addrs: list[str],
        join_token: str,
        listen_addr: str = "0.0.0.0:2377",
        advertise_addr: str | None = None,
        data_path_addr: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Join this node to an existing swarm.

        `POST /swarm/join`, API >= 1.24.

        Args:
            listen_addr: body-field `ListenAddr`.
            advertise_addr: body-field `AdvertiseAddr`.
            data_path_addr: body-field `DataPathAddr`; API >= 1.30.
            remote_addrs: body-field `RemoteAddrs`.
            join_token: body-field `JoinToken`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.join_swarm,
            {
                "listen_addr": listen_addr,
                "advertise_addr": advertise_addr,
                "data_path_addr": data_path_addr,
                "remote_addrs": remote_addrs,
                "join_token": join_token,
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

        `POST /containers/{id}/kill`, API >= 1.24.

        Args:
            container: path `id`.
            signal: query `signal`.
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

    async def leave_swarm(
        self,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Take this node out of its swarm.

        `POST /swarm/leave`, API >= 1.24.

        Args:
            force: query `force`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.leave_swarm,
            {"force": force, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def load_image(
        self,
        data: Any = None,
        quiet: bool | None = None,
        *,
        platform: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Load images from a tar archive made by `docker save`.

        `POST /images/load`, API >= 1.24.

        Args:
            quiet: query `quiet`.
            platform: query `platform`; API >= 1.48.
            data: `data`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.load_image,
            {
                "quiet": quiet,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def login(
        self,
        username: str | None = None,
        password: str | None = None,
        email: str | None = None,
        registry: str | None = None,
        reauth: bool = False,
        dockercfg_path: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AuthResponse:
        """Check registry credentials with the daemon and keep them for later pulls and pushes.

        `POST /auth`, API >= 1.24.

        Args:
            username: body-field `username`.
            password: body-field `password`.
            registry: body-field `serveraddress`.
            email: body-field `email`; API >= 1.25; API < 1.52.
            reauth: client-side option.
            dockercfg_path: client-side option.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.login,
            {
                "username": username,
                "password": password,
                "registry": registry,
                "email": email,
                "reauth": reauth,
                "dockercfg_path": dockercfg_path,
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

        `GET /containers/{id}/logs`, API >= 1.24.

        Args:
            container: path `id`.
            follow: query `follow`.
            stdout: query `stdout`.
            stderr: query `stderr`.
            since: query `since`.
            until: query `until`; API >= 1.35.
            timestamps: query `timestamps`.
            tail: query `tail`.
            stream: client-side option.
            demux: client-side option.
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

    async def networks(
        self,
        names: list[str] | None = None,
        ids: list[str] | None = None,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.NetworkSummary]:
        """List networks, like `docker network ls`.

        `GET /networks`, API >= 1.24.

        Args:
            filters: query `filters`.
            names: `name`.
            ids: `id`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.networks,
            {
                "filters": filters,
                "names": names,
                "ids": ids,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def nodes(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Node]:
        """List the nodes of the swarm.

        `GET /nodes`, API >= 1.24.

        Args:
            filters: query `filters`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.nodes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def pause(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Freeze all processes of a container.

        `POST /containers/{id}/pause`, API >= 1.24.

        Args:
            container: path `id`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.pause,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def ping(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Check that the daemon answers; true when it does.

        `GET /_ping`, API >= 1.24.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.ping,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def ping_head(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Ping with HEAD; true when the daemon answers (its headers carry the API version).

        `HEAD /_ping`, API >= 1.40.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.ping_head,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def plugin_privileges(
        self,
        name: str,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.PluginPrivilege]:
        """The privileges a plugin asks for, to be granted when pulling it.

        `GET /plugins/privileges`, API >= 1.25.

        Args:
            name: query `remote`; API >= 1.27.
            auth_config: header `X-Registry-Auth`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.plugin_privileges,
            {
                "name": name,
                "auth_config": auth_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def plugins(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Plugin]:
        """List installed plugins.

        `GET /plugins`, API >= 1.24.

        Args:
            filters: query `filters`; API >= 1.28.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.plugins,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def port(
        self, container: str | Mapping[str, Any] | DockerModel, private_port: int | str
    ) -> list[models.PortBinding] | None:
        """The host addresses a container port is published on, like `docker port`.

        Built on `inspect_container()`.
        """
        result = await self._run(_lib.port(container=container, private_port=private_port))
        return cast("list[models.PortBinding] | None", result)

    async def prune_builds(
        self,
        filters: dict[str, Any] | str | None = None,
        keep_storage: int | str | None = None,
        all: bool | None = None,
        *,
        reserved_space: int | str | None = None,
        max_used_space: int | str | None = None,
        min_free_space: int | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BuildPruneResponse:
        """Remove build cache.

        `POST /build/prune`, API >= 1.31.

        Args:
            reserved_space: query `reserved-space`; API >= 1.48.
            max_used_space: query `max-used-space`; API >= 1.48.
            min_free_space: query `min-free-space`; API >= 1.48.
            all: query `all`; API >= 1.39.
            filters: query `filters`; API >= 1.39.
            keep_storage: query `keep-storage`; API >= 1.39; API < 1.52.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.prune_builds,
            {
                "reserved_space": reserved_space,
                "max_used_space": max_used_space,
                "min_free_space": min_free_space,
                "all": all,
                "filters": filters,
                "keep_storage": keep_storage,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def prune_containers(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ContainerPruneResponse:
        """Remove stopped containers.

        `POST /containers/prune`, API >= 1.25.

        Args:
            filters: query `filters`; API >= 1.25.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.prune_containers,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def prune_images(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImagePruneResponse:
        """Remove unused images.

        `POST /images/prune`, API >= 1.25.

        Args:
            filters: query `filters`; API >= 1.25.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.prune_images,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def prune_networks(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NetworkPruneResponse:
        """Remove networks no container uses.

        `POST /networks/prune`, API >= 1.25.

        Args:
            filters: query `filters`; API >= 1.25.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.prune_networks,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def prune_volumes(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.VolumePruneResponse:
        """Remove volumes no container uses.

        `POST /volumes/prune`, API >= 1.25.

        Args:
            filters: query `filters`; API >= 1.25.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.prune_volumes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    @overload
    async def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[True],
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]]: ...
    @overload
    async def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str]: ...
    @overload
    async def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    async def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        stream: Literal[False] = ...,
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    async def pull(
        self,
        repository: str | None = None,
        tag: str | None = None,
        stream: bool = False,
        auth_config: dict[str, Any] | None = None,
        decode: bool = False,
        platform: str | None = None,
        all_tags: bool = False,
        *,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        insecure_registry: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | AsyncJSONStream[str] | list[dict[str, Any]] | str:
        """Pull an image or a repository from a registry, like `docker pull`.

        `POST /images/create`, API >= 1.24.

        Args:
            repository: query `fromImage`.
            tag: query `tag`.
            auth_config: header `X-Registry-Auth`.
            platform: query `platform`; API >= 1.32.
            data: `body`.
            stream: client-side option.
            decode: client-side option.
            all_tags: client-side option.
            insecure_registry: client-side option; API < 1.24; configure insecure registries on the daemon (--insecure-registry).
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.pull,
            {
                "repository": repository,
                "tag": tag,
                "auth_config": auth_config,
                "platform": platform,
                "data": data,
                "stream": stream,
                "decode": decode,
                "all_tags": all_tags,
                "insecure_registry": insecure_registry,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def pull_plugin(
        self,
        remote: str,
        privileges: list[models.PluginPrivilege | Mapping[str, Any] | dict[str, Any]] | None = None,
        name: str | None = None,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str] | str:
        """Pull and install a plugin, granting the listed privileges.

        `POST /plugins/pull`, API >= 1.24.

        Args:
            remote: query `remote`; API >= 1.25.
            name: query `name`.
            auth_config: header `X-Registry-Auth`; API >= 1.25.
            privileges: `body`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.pull_plugin,
            {
                "remote": remote,
                "name": name,
                "auth_config": auth_config,
                "privileges": privileges,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[True],
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]]: ...
    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str]: ...
    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[False] = ...,
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    async def push(
        self,
        repository: str,
        tag: str | None = None,
        stream: bool = False,
        auth_config: dict[str, Any] | None = None,
        decode: bool = False,
        *,
        platform: str | None = None,
        insecure_registry: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | AsyncJSONStream[str] | list[dict[str, Any]] | str:
        """Push an image or a repository to its registry, like `docker push`.

        `POST /images/{name}/push`, API >= 1.24.

        Args:
            repository: path `name`.
            tag: query `tag`.
            platform: query `platform`; API >= 1.46.
            auth_config: header `X-Registry-Auth`.
            stream: client-side option.
            decode: client-side option.
            insecure_registry: client-side option; API < 1.24; configure insecure registries on the daemon (--insecure-registry).
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.push,
            {
                "repository": repository,
                "tag": tag,
                "platform": platform,
                "auth_config": auth_config,
                "stream": stream,
                "decode": decode,
                "insecure_registry": insecure_registry,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def push_plugin(
        self,
        name: str,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str] | str:
        """Push a plugin to its registry.

        `POST /plugins/{name}/push`, API >= 1.24.

        Args:
            name: path `name`.
            auth_config: header `X-Registry-Auth`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.push_plugin,
            {
                "name": name,
                "auth_config": auth_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
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

        `PUT /containers/{id}/archive`, API >= 1.24.

        Args:
            container: path `id`.
            path: query `path`.
            no_overwrite_dir_non_dir: query `noOverwriteDirNonDir`.
            copy_uid_gid: query `copyUIDGID`; API >= 1.30.
            data: `data`.
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

    async def remove_config(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a config.

        `DELETE /configs/{id}`, API >= 1.30.

        Args:
            id: path `id`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_config,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
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

        `DELETE /containers/{id}`, API >= 1.24.

        Args:
            container: path `id`.
            v: query `v`.
            force: query `force`.
            link: query `link`; API >= 1.27.
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

    async def remove_image(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        force: bool = False,
        noprune: bool = False,
        *,
        platforms: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageDeleteResponseItem]:
        """Remove an image, like `docker rmi`.

        `DELETE /images/{name}`, API >= 1.24.

        Args:
            image: path `name`.
            force: query `force`.
            noprune: query `noprune`.
            platforms: query `platforms`; API >= 1.50.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_image,
            {
                "image": image,
                "force": force,
                "noprune": noprune,
                "platforms": platforms,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def remove_network(
        self,
        net_id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a network.

        `DELETE /networks/{id}`, API >= 1.24.

        Args:
            net_id: path `id`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_network,
            {"net_id": net_id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def remove_node(
        self,
        node_id: str | Mapping[str, Any] | DockerModel,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a node from the swarm.

        `DELETE /nodes/{id}`, API >= 1.24.

        Args:
            node_id: path `id`.
            force: query `force`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_node,
            {
                "node_id": node_id,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def remove_plugin(
        self,
        name: str,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a plugin.

        `DELETE /plugins/{name}`, API >= 1.24.

        Args:
            name: path `name`.
            force: query `force`; API >= 1.25.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_plugin,
            {
                "name": name,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def remove_secret(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a secret.

        `DELETE /secrets/{id}`, API >= 1.25.

        Args:
            id: path `id`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_secret,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def remove_service(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a service.

        `DELETE /services/{id}`, API >= 1.24.

        Args:
            service: path `id`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_service,
            {"service": service, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def remove_volume(
        self,
        name: str,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a volume.

        `DELETE /volumes/{name}`, API >= 1.24.

        Args:
            name: path `name`.
            force: query `force`; API >= 1.25.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_volume,
            {
                "name": name,
                "force": force,
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

        `POST /containers/{id}/rename`, API >= 1.24.

        Args:
            container: path `id`.
            name: query `name`.
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

        `POST /containers/{id}/resize`, API >= 1.24.

        Args:
            container: path `id`.
            height: query `h`.
            width: query `w`.
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

        `POST /containers/{id}/restart`, API >= 1.24.

        Args:
            container: path `id`.
            signal: query `signal`; API >= 1.42.
            timeout: query `t`.
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

    async def search(
        self,
        term: str,
        limit: int | None = None,
        *,
        filters: dict[str, Any] | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageSearchResponseItem]:
        """Search Docker Hub for images.

        `GET /images/search`, API >= 1.24.

        Args:
            term: query `term`.
            limit: query `limit`.
            filters: query `filters`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.search,
            {
                "term": term,
                "limit": limit,
                "filters": filters,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def secrets(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Secret]:
        """List swarm secrets (metadata only).

        `GET /secrets`, API >= 1.25.

        Args:
            filters: query `filters`; API >= 1.25.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.secrets,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def service_logs(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        details: bool = False,
        follow: bool = False,
        stdout: bool = False,
        stderr: bool = False,
        since: datetime | int | float = 0,
        timestamps: bool = False,
        tail: str | int = "all",
        is_tty: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[bytes] | bytes:
        """The logs of all tasks of a service.

        `GET /services/{id}/logs`, API >= 1.25.

        Args:
            service: path `id`.
            details: query `details`; API >= 1.25.
            follow: query `follow`; API >= 1.25.
            stdout: query `stdout`; API >= 1.25.
            stderr: query `stderr`; API >= 1.25.
            since: query `since`; API >= 1.25.
            timestamps: query `timestamps`; API >= 1.25.
            tail: query `tail`; API >= 1.25.
            is_tty: client-side option.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.service_logs,
            {
                "service": service,
                "details": details,
                "follow": follow,
                "stdout": stdout,
                "stderr": stderr,
                "since": since,
                "timestamps": timestamps,
                "tail": tail,
                "is_tty": is_tty,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def services(
        self,
        filters: dict[str, Any] | str | None = None,
        status: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Service]:
        """List the services of the swarm.

        `GET /services`, API >= 1.24.

        Args:
            filters: query `filters`.
            status: query `status`; API >= 1.41.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.services,
            {
                "filters": filters,
                "status": status,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def session(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> AsyncHijackedSocket:
        """Open a long-lived interactive session (BuildKit) over the hijacked connection.

        `POST /session`, API >= 1.31.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.session,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
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

        `POST /containers/{id}/start`, API >= 1.24.

        Args:
            container: path `id`.
            detach_keys: query `detachKeys`.
            host_config: `host_config`; API < 1.24; pass host settings to create_container(host_config=create_host_config(...)).
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

        `GET /containers/{id}/stats`, API >= 1.24.

        Args:
            container: path `id`.
            one_shot: query `one-shot`; API >= 1.41.
            decode: client-side option.
            stream: client-side option.
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

        `POST /containers/{id}/stop`, API >= 1.24.

        Args:
            container: path `id`.
            signal: query `signal`; API >= 1.42.
            timeout: query `t`.
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

    async def tag(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        repository: str | None = None,
        tag: str | None = None,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Give an image another repository name and tag.

        `POST /images/{name}/tag`, API >= 1.24.

        Args:
            image: path `name`.
            repository: query `repo`.
            tag: query `tag`.
            force: client-side option.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.tag,
            {
                "image": image,
                "repository": repository,
                "tag": tag,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def task_logs(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        details: bool = False,
        follow: bool = False,
        stdout: bool = False,
        stderr: bool = False,
        since: datetime | int | float = 0,
        timestamps: bool = False,
        tail: str | int = "all",
        *,
        is_tty: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[bytes] | bytes:
        """The logs of one task.

        `GET /tasks/{id}/logs`, API >= 1.29.

        Args:
            task: path `id`.
            details: query `details`; API >= 1.29.
            follow: query `follow`; API >= 1.29.
            stdout: query `stdout`; API >= 1.29.
            stderr: query `stderr`; API >= 1.29.
            since: query `since`; API >= 1.29.
            timestamps: query `timestamps`; API >= 1.29.
            tail: query `tail`; API >= 1.29.
            is_tty: client-side option.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.task_logs,
            {
                "task": task,
                "details": details,
                "follow": follow,
                "stdout": stdout,
                "stderr": stderr,
                "since": since,
                "timestamps": timestamps,
                "tail": tail,
                "is_tty": is_tty,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def tasks(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Task]:
        """List the tasks of the swarm.

        `GET /tasks`, API >= 1.24.

        Args:
            filters: query `filters`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.tasks,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def top(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        ps_args: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ContainerTopResponse:
        """The processes running inside a container, as `ps` shows them.

        `GET /containers/{id}/top`, API >= 1.24.

        Args:
            container: path `id`.
            ps_args: query `ps_args`.
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

    async def unlock_swarm(
        self,
        key: str | dict[str, Any] | models.SwarmUnlockkeyResponse | Mapping[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Unlock a locked swarm manager with its unlock key.

        `POST /swarm/unlock`, API >= 1.25.

        Args:
            key: body-field `UnlockKey`; API >= 1.25.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.unlock_swarm,
            {"key": key, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def unpause(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Resume the processes of a paused container.

        `POST /containers/{id}/unpause`, API >= 1.24.

        Args:
            container: path `id`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.unpause,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def update_config(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        version: int,
        spec: models.ConfigSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a config's labels (the only field that may change).

        `POST /configs/{id}/update`, API >= 1.30.

        Args:
            id: path `id`.
            version: query `version`; API >= 1.30.
            spec: `body`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.update_config,
            {
                "id": id,
                "version": version,
                "spec": spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
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
        blkio_device_read_i_ops: list[models.ThrottleDevice | Mapping[str, Any]] | None = None,
        blkio_device_write_i_ops: list[models.ThrottleDevice | Mapping[str, Any]] | None = None,
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
        io_maximum_i_ops: int | None = None,
        io_maximum_bandwidth: int | None = None,
        disk_quota: int | None = None,
        kernel_memory_tcp: int | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ContainerUpdateResponse:
        """Change the resource limits and restart policy of a container.

        `POST /containers/{id}/update`, API >= 1.24.

        Args:
            container: path `id`.
            cpu_shares: body-field `CpuShares`.
            mem_limit: body-field `Memory`.
            cgroup_parent: body-field `CgroupParent`; API >= 1.25.
            blkio_weight: body-field `BlkioWeight`.
            blkio_weight_device: body-field `BlkioWeightDevice`; API >= 1.25.
            blkio_device_read_bps: body-field `BlkioDeviceReadBps`; API >= 1.25.
            blkio_device_write_bps: body-field `BlkioDeviceWriteBps`; API >= 1.25.
            blkio_device_read_i_ops: body-field `BlkioDeviceReadIOps`; API >= 1.25.
            blkio_device_write_i_ops: body-field `BlkioDeviceWriteIOps`; API >= 1.25.
            cpu_period: body-field `CpuPeriod`.
            cpu_quota: body-field `CpuQuota`.
            cpu_realtime_period: body-field `CpuRealtimePeriod`; API >= 1.25.
            cpu_realtime_runtime: body-field `CpuRealtimeRuntime`; API >= 1.25.
            cpuset_cpus: body-field `CpusetCpus`.
            cpuset_mems: body-field `CpusetMems`.
            devices: body-field `Devices`; API >= 1.25.
            device_cgroup_rules: body-field `DeviceCgroupRules`; API >= 1.28.
            device_requests: body-field `DeviceRequests`; API >= 1.40.
            mem_reservation: body-field `MemoryReservation`.
            memswap_limit: body-field `MemorySwap`.
            memory_swappiness: body-field `MemorySwappiness`; API >= 1.25.
            nano_cpus: body-field `NanoCpus`; API >= 1.25.
            oom_kill_disable: body-field `OomKillDisable`; API >= 1.25.
            init: body-field `Init`; API >= 1.37.
            pids_limit: body-field `PidsLimit`; API >= 1.25.
            ulimits: body-field `Ulimits`; API >= 1.25.
            cpu_count: body-field `CpuCount`; API >= 1.25.
            cpu_percent: body-field `CpuPercent`; API >= 1.25.
            io_maximum_i_ops: body-field `IOMaximumIOps`; API >= 1.25.
            io_maximum_bandwidth: body-field `IOMaximumBandwidth`; API >= 1.25.
            restart_policy: body-field `RestartPolicy`.
            disk_quota: body-field `DiskQuota`; API >= 1.25; API < 1.40.
            kernel_memory: body-field `KernelMemory`; API >= 1.36; API < 1.42.
            kernel_memory_tcp: body-field `KernelMemoryTCP`; API >= 1.40; API < 1.52.
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
                "blkio_device_read_i_ops": blkio_device_read_i_ops,
                "blkio_device_write_i_ops": blkio_device_write_i_ops,
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
                "io_maximum_i_ops": io_maximum_i_ops,
                "io_maximum_bandwidth": io_maximum_bandwidth,
                "restart_policy": restart_policy,
                "disk_quota": disk_quota,
                "kernel_memory": kernel_memory,
                "kernel_memory_tcp": kernel_memory_tcp,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def update_node(
        self,
        node_id: str | Mapping[str, Any] | DockerModel,
        version: int,
        node_spec: models.NodeSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Change a node's role, availability, name or labels.

        `POST /nodes/{id}/update`, API >= 1.24.

        Args:
            node_id: path `id`.
            version: query `version`.
            node_spec: `body`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.update_node,
            {
                "node_id": node_id,
                "version": version,
                "node_spec": node_spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def update_secret(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        version: int,
        spec: models.SecretSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a secret's labels (the only field that may change).

        `POST /secrets/{id}/update`, API >= 1.26.

        Args:
            id: path `id`.
            version: query `version`; API >= 1.26.
            spec: `body`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.update_secret,
            {
                "id": id,
                "version": version,
                "spec": spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def update_service(
        self,
        service: str | dict[str, Any],
        version: int | None = None,
        task_template: models.TaskSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_config: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        fetch_current_spec: bool = False,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        registry_auth_from: str | None = None,
        rollback: str | None = None,
        auth_config: dict[str, Any] | None = None,
    ) -> models.ServiceUpdateResponse:
        """Change a service. With fetch_current_spec=True the current spec (and version, when None) is read first and the fields given replace its fields (task_template's ContainerSpec, Resources, Placement, RestartPolicy and LogDriver are merged key by key); otherwise the spec is sent as given, like update_service_spec.

        Built on `inspect_service()`, `update_service_spec()`.
        """
        result = await self._run(
            _lib.update_service(
                service=service,
                version=version,
                task_template=task_template,
                name=name,
                labels=labels,
                mode=mode,
                update_config=update_config,
                networks=networks,
                endpoint_config=endpoint_config,
                endpoint_spec=endpoint_spec,
                fetch_current_spec=fetch_current_spec,
                rollback_config=rollback_config,
                registry_auth_from=registry_auth_from,
                rollback=rollback,
                auth_config=auth_config,
            )
        )
        return cast("models.ServiceUpdateResponse", result)

    async def update_service_spec(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        version: int,
        task_template: models.TaskSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_config: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        registry_auth_from: str | None = None,
        rollback: str | None = None,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ServiceUpdateResponse:
        """Send a service's new spec as given, no merging (the current version must be given); `update_service` can start from the current spec.

        `POST /services/{id}/update`, API >= 1.24.

        Args:
            service: path `id`.
            version: query `version`.
            registry_auth_from: query `registryAuthFrom`; API >= 1.25.
            rollback: query `rollback`; API >= 1.28.
            auth_config: header `X-Registry-Auth`.
            name: body-field `Name`.
            labels: body-field `Labels`.
            task_template: body-field `TaskTemplate`.
            mode: body-field `Mode`.
            update_config: body-field `UpdateConfig`.
            rollback_config: body-field `RollbackConfig`; API >= 1.28.
            endpoint_spec: body-field `EndpointSpec`.
            endpoint_config: body-field `EndpointSpec`.
            networks: body-field `TaskTemplate.Networks`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.update_service_spec,
            {
                "service": service,
                "version": version,
                "registry_auth_from": registry_auth_from,
                "rollback": rollback,
                "auth_config": auth_config,
                "name": name,
                "labels": labels,
                "task_template": task_template,
                "mode": mode,
                "update_config": update_config,
                "rollback_config": rollback_config,
                "endpoint_spec": endpoint_spec,
                "endpoint_config": endpoint_config,
                "networks": networks,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def update_swarm(
        self,
        version: int,
        swarm_spec: models.SwarmSpec | Mapping[str, Any] | dict[str, Any] | None,
        rotate_worker_token: bool = False,
        rotate_manager_token: bool = False,
        rotate_manager_unlock_key: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Change the swarm's settings or rotate its join and unlock tokens.

        `POST /swarm/update`, API >= 1.24.

        Args:
            version: query `version`.
            rotate_worker_token: query `rotateWorkerToken`.
            rotate_manager_token: query `rotateManagerToken`.
            rotate_manager_unlock_key: query `rotateManagerUnlockKey`; API >= 1.25.
            swarm_spec: `body`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.update_swarm,
            {
                "version": version,
                "rotate_worker_token": rotate_worker_token,
                "rotate_manager_token": rotate_manager_token,
                "rotate_manager_unlock_key": rotate_manager_unlock_key,
                "swarm_spec": swarm_spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def update_volume(
        self,
        name: str,
        version: int,
        spec: models.ClusterVolumeSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a cluster volume's spec (swarm cluster volumes only).

        `PUT /volumes/{name}`, API >= 1.42.

        Args:
            name: path `name`.
            version: query `version`; API >= 1.42.
            spec: body-field `Spec`; API >= 1.42.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.update_volume,
            {
                "name": name,
                "version": version,
                "spec": spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def upgrade_plugin(
        self,
        name: str,
        remote: str,
        privileges: list[models.PluginPrivilege | Mapping[str, Any] | dict[str, Any]] | None = None,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str] | str:
        """Upgrade a disabled plugin to another image, granting its privileges.

        `POST /plugins/{name}/upgrade`, API >= 1.26.

        Args:
            name: path `name`.
            remote: query `remote`; API >= 1.26.
            auth_config: header `X-Registry-Auth`; API >= 1.26.
            privileges: `body`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.upgrade_plugin,
            {
                "name": name,
                "remote": remote,
                "auth_config": auth_config,
                "privileges": privileges,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def version(
        self,
        api_version: bool = True,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SystemVersion:
        """Version information of the daemon and its components.

        `GET /version`, API >= 1.24.

        Args:
            api_version: client-side option.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.version,
            {"api_version": api_version, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def volumes(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.VolumeListResponse:
        """List volumes, like `docker volume ls`.

        `GET /volumes`, API >= 1.24.

        Args:
            filters: query `filters`.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.volumes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
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

        `POST /containers/{id}/wait`, API >= 1.24.

        Args:
            container: path `id`.
            condition: query `condition`; API >= 1.30.
            timeout: client-side option.
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

    def create_host_config(
        self,
        *,
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
    ) -> models.HostConfig:
        """Build the HostConfig document for create_container(host_config=...). Checked against this client's API version."""
        return _helpers.create_host_config(
            binds=binds,
            port_bindings=port_bindings,
            lxc_conf=lxc_conf,
            publish_all_ports=publish_all_ports,
            links=links,
            privileged=privileged,
            dns=dns,
            dns_search=dns_search,
            volumes_from=volumes_from,
            network_mode=network_mode,
            restart_policy=restart_policy,
            cap_add=cap_add,
            cap_drop=cap_drop,
            devices=devices,
            extra_hosts=extra_hosts,
            read_only=read_only,
            pid_mode=pid_mode,
            ipc_mode=ipc_mode,
            security_opt=security_opt,
            ulimits=ulimits,
            log_config=log_config,
            mem_limit=mem_limit,
            memswap_limit=memswap_limit,
            mem_reservation=mem_reservation,
            kernel_memory=kernel_memory,
            mem_swappiness=mem_swappiness,
            cgroup_parent=cgroup_parent,
            group_add=group_add,
            cpu_quota=cpu_quota,
            cpu_period=cpu_period,
            blkio_weight=blkio_weight,
            blkio_weight_device=blkio_weight_device,
            device_read_bps=device_read_bps,
            device_write_bps=device_write_bps,
            device_read_iops=device_read_iops,
            device_write_iops=device_write_iops,
            oom_kill_disable=oom_kill_disable,
            shm_size=shm_size,
            sysctls=sysctls,
            tmpfs=tmpfs,
            oom_score_adj=oom_score_adj,
            dns_opt=dns_opt,
            cpu_shares=cpu_shares,
            cpuset_cpus=cpuset_cpus,
            userns_mode=userns_mode,
            uts_mode=uts_mode,
            pids_limit=pids_limit,
            isolation=isolation,
            auto_remove=auto_remove,
            storage_opt=storage_opt,
            init=init,
            init_path=init_path,
            volume_driver=volume_driver,
            cpu_count=cpu_count,
            cpu_percent=cpu_percent,
            nano_cpus=nano_cpus,
            cpuset_mems=cpuset_mems,
            runtime=runtime,
            mounts=mounts,
            cpu_rt_period=cpu_rt_period,
            cpu_rt_runtime=cpu_rt_runtime,
            device_cgroup_rules=device_cgroup_rules,
            device_requests=device_requests,
            cgroupns=cgroupns,
            container_id_file=container_id_file,
            console_size=console_size,
            annotations=annotations,
            cgroup=cgroup,
            masked_paths=masked_paths,
            readonly_paths=readonly_paths,
            io_maximum_iops=io_maximum_iops,
            io_maximum_bandwidth=io_maximum_bandwidth,
            version=self.negotiated_version,
        )

    def create_networking_config(
        self,
        *,
        endpoints_config: dict[str, models.EndpointSettings | Mapping[str, Any] | dict[str, Any]]
        | None = None,
    ) -> models.NetworkingConfig:
        """Build the NetworkingConfig document for create_container(networking_config=...). Checked against this client's API version."""
        return _helpers.create_networking_config(
            endpoints_config=endpoints_config,
            version=self.negotiated_version,
        )

    def create_endpoint_config(
        self,
        *,
        aliases: list[str] | None = None,
        links: dict[str, str] | list[Any] | None = None,
        ipv4_address: str | None = None,
        ipv6_address: str | None = None,
        link_local_ips: list[str] | None = None,
        driver_opt: dict[str, str] | None = None,
        mac_address: str | None = None,
        gw_priority: int | None = None,
    ) -> models.EndpointSettings:
        """Build one network endpoint's settings (aliases, links, fixed addresses). Checked against this client's API version."""
        return _helpers.create_endpoint_config(
            aliases=aliases,
            links=links,
            ipv4_address=ipv4_address,
            ipv6_address=ipv6_address,
            link_local_ips=link_local_ips,
            driver_opt=driver_opt,
            mac_address=mac_address,
            gw_priority=gw_priority,
            version=self.negotiated_version,
        )

    def create_container_config(
        self,
        image: str,
        command: str | list[str] | None,
        *,
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
        healthcheck: models.HealthConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        stop_timeout: int | None = None,
    ) -> models.ContainerCreateRequest:
        """Build the whole create_container body (utils.create_container_config(version, image, command, ...)). Checked against this client's API version."""
        return _helpers.create_container_config(
            image=image,
            command=command,
            hostname=hostname,
            user=user,
            detach=detach,
            stdin_open=stdin_open,
            tty=tty,
            mem_limit=mem_limit,
            ports=ports,
            environment=environment,
            dns=dns,
            volumes=volumes,
            volumes_from=volumes_from,
            network_disabled=network_disabled,
            entrypoint=entrypoint,
            cpu_shares=cpu_shares,
            working_dir=working_dir,
            domainname=domainname,
            memswap_limit=memswap_limit,
            host_config=host_config,
            mac_address=mac_address,
            labels=labels,
            volume_driver=volume_driver,
            stop_signal=stop_signal,
            networking_config=networking_config,
            healthcheck=healthcheck,
            stop_timeout=stop_timeout,
            version=self.negotiated_version,
        )
