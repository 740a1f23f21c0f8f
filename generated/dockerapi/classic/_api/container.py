# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `container` methods of both clients; results are plain dicts and lists (`dockerapi.classic.typeddicts`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from ... import _catalog as _ops
from ... import _lib
from ..._adapters import ExitStatus
from ..._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ... import models
    from ..._model_base import DockerModel
    from ..._streams import (
        AsyncHijackedSocket,
        AsyncJSONStream,
        AsyncOutputStream,
        AsyncRawStream,
        HijackedSocket,
        JSONStream,
        OutputStream,
        RawStream,
    )
    from .. import typeddicts

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
        """Read a path's metadata inside a container without copying it.

        Endpoint: `HEAD /containers/{id}/archive`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            path: The file or directory inside the container. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict[str, Any] | None: A dict with name, size (bytes), mode (permission bits plus Go
                file-mode type flags, e.g. 1<<31 for a directory), mtime and linkTarget (empty
                unless the path is a symbolic link); None if the daemon sent no metadata.

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
        """Read a container's output from now on, and with logs=True its earlier output first.

        Without stream the call returns only when the output ends, i.e. when the container stops.
        For writing to stdin use attach_socket().

        Endpoint: `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            container = client.create_container("busybox", "sh -c 'sleep 1; echo ready'", name="attach-example")
            client.start(container)
            print(client.attach(container, logs=True))
            client.remove_container(container, force=True)
            ```
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
        """Attach to a container and return the connection itself, to write its stdin and read its output.

        The returned socket-like object has sendall(), recv(), read_all(), close_write() (ends stdin
        and keeps reading) and close(); use it as a context manager. What it reads is framed with
        Docker's 8-byte headers unless the container has a TTY. The container needs stdin_open=True
        to take input.

        Endpoint: `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
        """Attach to a container over a WebSocket and return the connection.

        The connection carries the container's raw output and takes input for its stdin, with the
        WebSocket framing handled by the client; it has the same methods as attach_socket's result.

        Endpoint: `GET /containers/{id}/attach/ws`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            detach_keys: The key sequence that detaches, e.g. "ctrl-p,ctrl-q": single letters or
                "ctrl-" followed by a-z, @, ^, [, "," or _.
            logs: Send the output written before the call first.
            stream: Keep sending output as it is written. Default: `True`.
            stdin: Connect the container's stdin to what you write. Default: `True`. API >=
                1.42.
            stdout: Receive what the container writes to stdout. Default: `True`. API >= 1.42.
            stderr: Receive what the container writes to stderr. Default: `True`. API >= 1.42.
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
    ) -> list[typeddicts.ContainerSummary]:
        """List containers, like `docker ps`.

        Without arguments only running containers are listed. `limit` and `latest` also bring in
        stopped containers, as `docker ps -n` does; `since` and `before` do not (add all=True).

        Endpoint: `GET /containers/json`, API >= 1.24.

        Args:
            quiet: Return only [{"Id": ...}] for each container instead of the full summaries.
                Default: `False`.
            all: List stopped, created and dead containers too, not only running ones. Default:
                `False`.
            trunc: Shorten each `Id` to its first 12 characters, as `docker ps` prints it.
                Default: `False`.
            latest: Return only the most recently created container, whatever its state (sets
                limit to 1). Default: `False`.
            since: Only containers created after this one, given by ID or name (added to the
                filters).
            before: Only containers created before this one, given by ID or name (added to the
                filters).
            limit: Return only this many containers, the most recently created first, stopped
                ones included; -1 means no limit. Default: `-1`.
            size: Also report each container's disk usage in `SizeRw` and `SizeRootFs` (slower:
                the daemon walks the files). Default: `False`.
            filters: Conditions a container must meet: a dict such as {"status": "exited",
                "label": ["env=prod"]}, or the JSON text itself. Keys include id, name, label,
                status, exited, ancestor, network, volume, health, publish, expose, since and
                before; a value may be a string, a list, or for label a dict.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[dict (ContainerSummary keys)]: One summary per container: ID, names, image,
                command, creation time, state, status text, ports, labels, mounts and networks. With
                quiet=True, dicts holding only "Id".

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            for summary in client.containers(all=True, filters={"status": "exited"}):
                print(summary["Id"][:12], summary["Names"], summary["Status"])
            ```
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
        """Read a file or directory of a container as tar bytes (the classic `copy`).

        Deprecated (emits DeprecationWarning): it calls get_archive() and reads the whole archive
        into memory.

        Built on `get_archive()`.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            resource: The file or directory inside the container.

        Returns:
            bytes: The tar archive as bytes.

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
        runtime: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.ContainerCreateResponse:
        """Create a container from a local image, ready to be started.

        Nothing runs until start(). The image must already be on the daemon (pull it first).
        Settings that concern the host (port publishing, bind mounts, limits, restart policy,
        network mode) go in host_config, built with create_host_config().

        Endpoint: `POST /containers/create`, API >= 1.24.

        Args:
            image: The image to run: a name with an optional tag or digest ("busybox",
                "nginx:1.27", "repo@sha256:...") or an image ID.
            command: The command, replacing the image's CMD: a list of arguments, or a string
                split into arguments the way a POSIX shell would (no shell runs it).
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
            mem_limit: The memory limit, in bytes or as a string such as "512m"; belongs in
                host_config. Not in API >= 1.24. Pass it in host_config
                (create_host_config(mem_limit=...)).
            ports: Container ports to expose: a list of items such as 80, "80/udp", (53, "udp")
                or "8000-8010". Exposing does not publish: map ports to the host with
                create_host_config(port_bindings=...).
            environment: Environment variables: a dict such as {"KEY": "value"}, or "KEY=value"
                strings in a list. A None value in the dict sends the bare "KEY", which removes that
                variable.
            dns: DNS servers for the container; belongs in host_config. Not in API >= 1.24. Pass
                it in host_config (create_host_config(dns=...)).
            volumes: Paths inside the container to hold volumes: one path or a list. For a
                "source:target[:mode]" item only the target is used; bind the source with
                create_host_config(binds=...).
            volumes_from: Containers whose volumes to mount; belongs in host_config. Not in API
                >= 1.24. Pass it in host_config (create_host_config(volumes_from=...)).
            network_disabled: Create the container without any network interface except
                loopback. Default: `False`.
            name: A name for the container: letters, digits, "_", "." and "-", starting with a
                letter or digit. The daemon makes one up when unset.
            entrypoint: The entrypoint, replacing the image's: a list, or a string split like a
                shell would; the list [""] clears the image's entrypoint.
            cpu_shares: Relative CPU weight; belongs in host_config. Not in API >= 1.24. Pass it
                in host_config (create_host_config(cpu_shares=...)).
            working_dir: The directory the command starts in, inside the container.
            domainname: The container's domain name (its UTS domain name); DNS search domains go
                in host_config.
            memswap_limit: Memory plus swap limit, in bytes or as a string such as "1g"; belongs
                in host_config. Not in API >= 1.24. Pass it in host_config
                (create_host_config(memswap_limit=...)).
            host_config: Host-side settings: the dict create_host_config() returns, or a
                HostConfig model.
            mac_address: The MAC address on the default network; newer API versions take it per
                network, in networking_config. Not in API >= 1.52.
            labels: Labels: a dict of name to value, or a list of names that get empty values.
            volume_driver: The volume driver for the container's volumes; belongs in
                host_config. Not in API >= 1.24. Pass it in host_config
                (create_host_config(volume_driver=...)).
            stop_signal: The signal stop() sends first, by name ("SIGINT") or number as a
                string; unset uses the image's, else SIGTERM.
            networking_config: Networks to join at creation, with per-network settings: the dict
                create_networking_config() returns, or a NetworkingConfig model.
            platform: The platform of the local image to use, as "os[/arch[/variant]]" such as
                "linux/arm64"; when that variant is not present the daemon refuses. API >= 1.41.
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
            runtime: The OCI runtime to run the container with, e.g. 'runc' or 'runsc'; the
                daemon's default when left out. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (ContainerCreateResponse keys): The new container's ID and any warnings the
                daemon had.

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

        Example:
            ```python
            container = client.create_container("busybox", "sh -c 'echo hello'", name="hello-example")
            client.start(container)
            print(client.wait(container), client.logs(container))
            client.remove_container(container)
            ```
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
                "runtime": runtime,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def create_container_from_config(
        self,
        config: models.ContainerCreateRequest | Mapping[str, Any] | dict[str, Any],
        name: str | None = None,
        platform: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.ContainerCreateResponse:
        """Create a container from a complete create document, such as create_container_config builds.

        Nothing is filled in or converted: the document goes to the daemon as it is, which suits
        code that assembles the whole body itself (docker-py's create_container_from_config does the
        same).

        Endpoint: `POST /containers/create`, API >= 1.24.

        Args:
            config: The create document, as a ContainerCreateRequest model or a dict with wire
                keys (Image, Cmd, HostConfig, ...).
            name: A name for the new container; the daemon makes one up when it is left out.
            platform: The platform of the image to use, as 'os[/arch[/variant]]', for daemons
                that hold several. API >= 1.41.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (ContainerCreateResponse keys): The new container's ID and any warnings the
                daemon had.

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
            _ops.create_container_from_config,
            {
                "name": name,
                "platform": platform,
                "config": config,
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
    ) -> list[typeddicts.FilesystemChange]:
        """List the files changed in a container's filesystem since it was created.

        Endpoint: `GET /containers/{id}/changes`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[dict (FilesystemChange keys)]: One entry per changed path with its kind of
                change: 0 modified, 1 added, 2 deleted.

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
        """Run a command in a running container and return its output (exec_create, then exec_start).

        Deprecated (emits DeprecationWarning); call exec_create() and exec_start(), which also give
        the exit code through exec_inspect().

        Built on `exec_create()`, `exec_start()`.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            cmd: The command: a list of arguments, or a string split the way a POSIX shell
                would.
            detach: Start the command and return at once without its output. Default: `False`.
            stdout: Capture the command's stdout. Default: `True`.
            stderr: Capture the command's stderr. Default: `True`.
            stream: Return an iterator of bytes chunks instead of the whole output. Default:
                `False`.
            tty: Give the command a pseudo-terminal (output without a stdout/stderr split).
                Default: `False`.

        Returns:
            OutputStream[bytes] | bytes: The output as bytes, or an iterator of bytes chunks
                with stream=True.

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
        """Read a container's whole filesystem as a tar stream, like `docker export`.

        Volumes mounted into the container are not included.

        Endpoint: `GET /containers/{id}/export`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
        """Read a file or directory of a container as a tar stream, with its metadata.

        Works on stopped containers too. The archive holds the path's last element at its top level
        (a directory with everything below it). For a few files, `.data` gives the whole archive as
        bytes.

        Endpoint: `GET /containers/{id}/archive`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            import io, tarfile
            stream, stat = client.get_archive("web", "/etc/hostname")
            if stat is not None:                      # None only when the daemon sent no metadata header
                print(stat["name"], stat["size"])
            with stream, tarfile.open(fileobj=io.BytesIO(stream.data)) as tar:
                member = tar.extractfile("hostname")  # None for a directory or a link
                if member is not None:
                    print(member.read())
            ```
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
    ) -> typeddicts.ContainerInspectResponse:
        """Read everything the daemon knows about one container.

        Endpoint: `GET /containers/{id}/json`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            size: Also compute `SizeRw` and `SizeRootFs`, the sizes of the container's writable
                layer and whole filesystem (slower). Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (ContainerInspectResponse keys): The container's configuration, host settings,
                run state, mounts and network settings.

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
            info = client.inspect_container("web")
            print(info["State"]["Status"], info["State"]["ExitCode"])
            print(info["NetworkSettings"]["Ports"])
            ```
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
        """Send a signal to a running container's main process, SIGKILL unless told otherwise.

        The call returns at once; use wait() to learn when the container has stopped.

        Endpoint: `POST /containers/{id}/kill`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            import signal
            client.kill("web", signal=signal.SIGHUP)
            ```
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
        is_tty: bool | None = ...,
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
        is_tty: bool | None = ...,
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
        is_tty: bool | None = ...,
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
        is_tty: bool | None = ...,
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

        Endpoint: `GET /containers/{id}/logs`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            print(client.logs("web", tail=20, timestamps=True).decode())
            with client.logs("web", stream=True, follow=False, tail=5) as chunks:
                for chunk in chunks:
                    print(chunk.decode(), end="")
            ```
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
                "is_tty": is_tty,
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
        """Freeze every process of a container (with the cgroup freezer on Linux).

        Endpoint: `POST /containers/{id}/pause`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
            _ops.pause,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def port(
        self, container: str | Mapping[str, Any] | DockerModel, private_port: int | str
    ) -> list[typeddicts.PortBinding] | None:
        """Look up where a container port is published on the host, like `docker port`.

        Built on inspect_container; reads `NetworkSettings.Ports` of the answer.

        Built on `inspect_container()`.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            private_port: The container-side port: an int or a string such as "80" or "53/udp";
                tcp when no protocol is given.

        Returns:
            list[typeddicts.PortBinding] | None: The host bindings of that port as a list of
                {"HostIp": ..., "HostPort": ...}, or None when the port is not published.

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
            bindings = client.port("web", 80)
            if bindings:
                print(bindings[0]["HostIp"], bindings[0]["HostPort"])
            ```
        """
        result = self._run(_lib.port(container=container, private_port=private_port))
        return cast("list[typeddicts.PortBinding] | None", result)

    def prune_containers(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.ContainerPruneResponse:
        """Delete all stopped containers.

        Endpoint: `POST /containers/prune`, API >= 1.25.

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
            dict (ContainerPruneResponse keys): The IDs of the deleted containers and the disk
                space freed, in bytes.

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

        Works on stopped containers too. The archive may be plain or compressed with gzip, bzip2 or
        xz. The directory must exist and the container's root filesystem must be writable.

        Endpoint: `PUT /containers/{id}/archive`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            import io, tarfile
            content = b"hello\\n"
            member = tarfile.TarInfo("hello.txt")   # the path inside the archive, relative to the directory
            member.size = len(content)              # without it the file arrives empty
            buf = io.BytesIO()
            with tarfile.open(fileobj=buf, mode="w") as tar:
                tar.addfile(member, io.BytesIO(content))
            client.put_archive("web", "/tmp", buf.getvalue())   # now /tmp/hello.txt in the container
            ```
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
        """Delete a container.

        Endpoint: `DELETE /containers/{id}`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            container = client.create_container("busybox", "sleep 60", name="remove-example")
            client.start(container)
            client.remove_container(container, force=True, v=True)
            ```
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
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
        """Set the size of a container's TTY, in characters.

        Only meaningful for a container created with tty=True.

        Endpoint: `POST /containers/{id}/resize`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
        """Stop a container if it runs, then start it again.

        Endpoint: `POST /containers/{id}/restart`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            client.restart("web", timeout=3)
            print(client.inspect_container("web")["State"]["StartedAt"])
            ```
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

        Starting a container that is already running is not an error.

        Endpoint: `POST /containers/{id}/start`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            container = client.create_container("busybox", "sleep 30", name="start-example")
            client.start(container)
            print(client.inspect_container(container)["State"]["Running"])
            client.remove_container(container, force=True)
            ```
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
    ) -> typeddicts.ContainerStatsResponse: ...
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
    ) -> typeddicts.ContainerStatsResponse: ...

    def stats(
        self,
        container: str | Mapping[str, Any] | DockerModel,
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

        Endpoint: `GET /containers/{id}/stats`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
            JSONStream[dict[str, Any]] | typeddicts.ContainerStatsResponse | JSONStream[str]:
                One sample (a model on the typed face, a dict on the classic one), or an iterator of
                samples (JSON strings, or dicts with decode=True) usable as a context manager.

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
            sample = client.stats("web", stream=False)
            print(sample["memory_stats"].get("usage"), sample["pids_stats"].get("current"))
            with client.stats("web", decode=True) as samples:
                print(next(iter(samples))["cpu_stats"]["cpu_usage"]["total_usage"])
            ```
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
        """Stop a container, killing it if it does not exit in time.

        Sends the stop signal, waits, then sends SIGKILL. Stopping a container that is not running
        is not an error. The call takes as long as the wait, so the client's read timeout must allow
        it.

        Endpoint: `POST /containers/{id}/stop`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            client.stop("web", timeout=5)
            print(client.inspect_container("web")["State"]["Status"])
            ```
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
    ) -> typeddicts.ContainerTopResponse:
        """List the processes running inside a container, as `ps` shows them.

        Endpoint: `GET /containers/{id}/top`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            ps_args: Options for the `ps` the daemon runs, e.g. "aux"; when unset the daemon
                uses "-ef".
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (ContainerTopResponse keys): The `ps` column titles and one row of values per
                process.

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
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
    ) -> typeddicts.ContainerUpdateResponse:
        """Change the resource limits and restart policy of an existing container.

        Only the settings given are changed; the others keep their values. Most take effect on a
        running container at once.

        Endpoint: `POST /containers/{id}/update`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
            dict (ContainerUpdateResponse keys): Any warnings the daemon had about the new
                settings.

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
    ) -> ExitStatus:
        """Wait for a container to stop and return the exit code of its main process.

        Endpoint: `POST /containers/{id}/wait`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            container = client.create_container("busybox", "sh -c 'exit 3'", name="wait-example")
            client.start(container)
            status = client.wait(container, timeout=60)
            print(status, status["StatusCode"], status.get("Error"))   # 3 3 None
            client.remove_container(container)
            ```
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
        """Read a path's metadata inside a container without copying it.

        Endpoint: `HEAD /containers/{id}/archive`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            path: The file or directory inside the container. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict[str, Any] | None: A dict with name, size (bytes), mode (permission bits plus Go
                file-mode type flags, e.g. 1<<31 for a directory), mtime and linkTarget (empty
                unless the path is a symbolic link); None if the daemon sent no metadata.

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
        """Read a container's output from now on, and with logs=True its earlier output first.

        Without stream the call returns only when the output ends, i.e. when the container stops.
        For writing to stdin use attach_socket().

        Endpoint: `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            container = client.create_container("busybox", "sh -c 'sleep 1; echo ready'", name="attach-example")
            client.start(container)
            print(client.attach(container, logs=True))
            client.remove_container(container, force=True)
            ```
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
        """Attach to a container and return the connection itself, to write its stdin and read its output.

        The returned socket-like object has sendall(), recv(), read_all(), close_write() (ends stdin
        and keeps reading) and close(); use it as a context manager. What it reads is framed with
        Docker's 8-byte headers unless the container has a TTY. The container needs stdin_open=True
        to take input.

        Endpoint: `POST /containers/{id}/attach`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
        """Attach to a container over a WebSocket and return the connection.

        The connection carries the container's raw output and takes input for its stdin, with the
        WebSocket framing handled by the client; it has the same methods as attach_socket's result.

        Endpoint: `GET /containers/{id}/attach/ws`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            detach_keys: The key sequence that detaches, e.g. "ctrl-p,ctrl-q": single letters or
                "ctrl-" followed by a-z, @, ^, [, "," or _.
            logs: Send the output written before the call first.
            stream: Keep sending output as it is written. Default: `True`.
            stdin: Connect the container's stdin to what you write. Default: `True`. API >=
                1.42.
            stdout: Receive what the container writes to stdout. Default: `True`. API >= 1.42.
            stderr: Receive what the container writes to stderr. Default: `True`. API >= 1.42.
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
    ) -> list[typeddicts.ContainerSummary]:
        """List containers, like `docker ps`.

        Without arguments only running containers are listed. `limit` and `latest` also bring in
        stopped containers, as `docker ps -n` does; `since` and `before` do not (add all=True).

        Endpoint: `GET /containers/json`, API >= 1.24.

        Args:
            quiet: Return only [{"Id": ...}] for each container instead of the full summaries.
                Default: `False`.
            all: List stopped, created and dead containers too, not only running ones. Default:
                `False`.
            trunc: Shorten each `Id` to its first 12 characters, as `docker ps` prints it.
                Default: `False`.
            latest: Return only the most recently created container, whatever its state (sets
                limit to 1). Default: `False`.
            since: Only containers created after this one, given by ID or name (added to the
                filters).
            before: Only containers created before this one, given by ID or name (added to the
                filters).
            limit: Return only this many containers, the most recently created first, stopped
                ones included; -1 means no limit. Default: `-1`.
            size: Also report each container's disk usage in `SizeRw` and `SizeRootFs` (slower:
                the daemon walks the files). Default: `False`.
            filters: Conditions a container must meet: a dict such as {"status": "exited",
                "label": ["env=prod"]}, or the JSON text itself. Keys include id, name, label,
                status, exited, ancestor, network, volume, health, publish, expose, since and
                before; a value may be a string, a list, or for label a dict.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[dict (ContainerSummary keys)]: One summary per container: ID, names, image,
                command, creation time, state, status text, ports, labels, mounts and networks. With
                quiet=True, dicts holding only "Id".

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            for summary in client.containers(all=True, filters={"status": "exited"}):
                print(summary["Id"][:12], summary["Names"], summary["Status"])
            ```
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
        """Read a file or directory of a container as tar bytes (the classic `copy`).

        Deprecated (emits DeprecationWarning): it calls get_archive() and reads the whole archive
        into memory.

        Built on `get_archive()`.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            resource: The file or directory inside the container.

        Returns:
            bytes: The tar archive as bytes.

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
        runtime: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.ContainerCreateResponse:
        """Create a container from a local image, ready to be started.

        Nothing runs until start(). The image must already be on the daemon (pull it first).
        Settings that concern the host (port publishing, bind mounts, limits, restart policy,
        network mode) go in host_config, built with create_host_config().

        Endpoint: `POST /containers/create`, API >= 1.24.

        Args:
            image: The image to run: a name with an optional tag or digest ("busybox",
                "nginx:1.27", "repo@sha256:...") or an image ID.
            command: The command, replacing the image's CMD: a list of arguments, or a string
                split into arguments the way a POSIX shell would (no shell runs it).
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
            mem_limit: The memory limit, in bytes or as a string such as "512m"; belongs in
                host_config. Not in API >= 1.24. Pass it in host_config
                (create_host_config(mem_limit=...)).
            ports: Container ports to expose: a list of items such as 80, "80/udp", (53, "udp")
                or "8000-8010". Exposing does not publish: map ports to the host with
                create_host_config(port_bindings=...).
            environment: Environment variables: a dict such as {"KEY": "value"}, or "KEY=value"
                strings in a list. A None value in the dict sends the bare "KEY", which removes that
                variable.
            dns: DNS servers for the container; belongs in host_config. Not in API >= 1.24. Pass
                it in host_config (create_host_config(dns=...)).
            volumes: Paths inside the container to hold volumes: one path or a list. For a
                "source:target[:mode]" item only the target is used; bind the source with
                create_host_config(binds=...).
            volumes_from: Containers whose volumes to mount; belongs in host_config. Not in API
                >= 1.24. Pass it in host_config (create_host_config(volumes_from=...)).
            network_disabled: Create the container without any network interface except
                loopback. Default: `False`.
            name: A name for the container: letters, digits, "_", "." and "-", starting with a
                letter or digit. The daemon makes one up when unset.
            entrypoint: The entrypoint, replacing the image's: a list, or a string split like a
                shell would; the list [""] clears the image's entrypoint.
            cpu_shares: Relative CPU weight; belongs in host_config. Not in API >= 1.24. Pass it
                in host_config (create_host_config(cpu_shares=...)).
            working_dir: The directory the command starts in, inside the container.
            domainname: The container's domain name (its UTS domain name); DNS search domains go
                in host_config.
            memswap_limit: Memory plus swap limit, in bytes or as a string such as "1g"; belongs
                in host_config. Not in API >= 1.24. Pass it in host_config
                (create_host_config(memswap_limit=...)).
            host_config: Host-side settings: the dict create_host_config() returns, or a
                HostConfig model.
            mac_address: The MAC address on the default network; newer API versions take it per
                network, in networking_config. Not in API >= 1.52.
            labels: Labels: a dict of name to value, or a list of names that get empty values.
            volume_driver: The volume driver for the container's volumes; belongs in
                host_config. Not in API >= 1.24. Pass it in host_config
                (create_host_config(volume_driver=...)).
            stop_signal: The signal stop() sends first, by name ("SIGINT") or number as a
                string; unset uses the image's, else SIGTERM.
            networking_config: Networks to join at creation, with per-network settings: the dict
                create_networking_config() returns, or a NetworkingConfig model.
            platform: The platform of the local image to use, as "os[/arch[/variant]]" such as
                "linux/arm64"; when that variant is not present the daemon refuses. API >= 1.41.
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
            runtime: The OCI runtime to run the container with, e.g. 'runc' or 'runsc'; the
                daemon's default when left out. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (ContainerCreateResponse keys): The new container's ID and any warnings the
                daemon had.

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

        Example:
            ```python
            container = client.create_container("busybox", "sh -c 'echo hello'", name="hello-example")
            client.start(container)
            print(client.wait(container), client.logs(container))
            client.remove_container(container)
            ```
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
                "runtime": runtime,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def create_container_from_config(
        self,
        config: models.ContainerCreateRequest | Mapping[str, Any] | dict[str, Any],
        name: str | None = None,
        platform: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.ContainerCreateResponse:
        """Create a container from a complete create document, such as create_container_config builds.

        Nothing is filled in or converted: the document goes to the daemon as it is, which suits
        code that assembles the whole body itself (docker-py's create_container_from_config does the
        same).

        Endpoint: `POST /containers/create`, API >= 1.24.

        Args:
            config: The create document, as a ContainerCreateRequest model or a dict with wire
                keys (Image, Cmd, HostConfig, ...).
            name: A name for the new container; the daemon makes one up when it is left out.
            platform: The platform of the image to use, as 'os[/arch[/variant]]', for daemons
                that hold several. API >= 1.41.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (ContainerCreateResponse keys): The new container's ID and any warnings the
                daemon had.

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
            _ops.create_container_from_config,
            {
                "name": name,
                "platform": platform,
                "config": config,
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
    ) -> list[typeddicts.FilesystemChange]:
        """List the files changed in a container's filesystem since it was created.

        Endpoint: `GET /containers/{id}/changes`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[dict (FilesystemChange keys)]: One entry per changed path with its kind of
                change: 0 modified, 1 added, 2 deleted.

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
        """Run a command in a running container and return its output (exec_create, then exec_start).

        Deprecated (emits DeprecationWarning); call exec_create() and exec_start(), which also give
        the exit code through exec_inspect().

        Built on `exec_create()`, `exec_start()`.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            cmd: The command: a list of arguments, or a string split the way a POSIX shell
                would.
            detach: Start the command and return at once without its output. Default: `False`.
            stdout: Capture the command's stdout. Default: `True`.
            stderr: Capture the command's stderr. Default: `True`.
            stream: Return an iterator of bytes chunks instead of the whole output. Default:
                `False`.
            tty: Give the command a pseudo-terminal (output without a stdout/stderr split).
                Default: `False`.

        Returns:
            OutputStream[bytes] | bytes: The output as bytes, or an iterator of bytes chunks
                with stream=True.

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
        """Read a container's whole filesystem as a tar stream, like `docker export`.

        Volumes mounted into the container are not included.

        Endpoint: `GET /containers/{id}/export`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
        """Read a file or directory of a container as a tar stream, with its metadata.

        Works on stopped containers too. The archive holds the path's last element at its top level
        (a directory with everything below it). For a few files, `.data` gives the whole archive as
        bytes.

        Endpoint: `GET /containers/{id}/archive`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            import io, tarfile
            stream, stat = client.get_archive("web", "/etc/hostname")
            if stat is not None:                      # None only when the daemon sent no metadata header
                print(stat["name"], stat["size"])
            with stream, tarfile.open(fileobj=io.BytesIO(stream.data)) as tar:
                member = tar.extractfile("hostname")  # None for a directory or a link
                if member is not None:
                    print(member.read())
            ```
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
    ) -> typeddicts.ContainerInspectResponse:
        """Read everything the daemon knows about one container.

        Endpoint: `GET /containers/{id}/json`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            size: Also compute `SizeRw` and `SizeRootFs`, the sizes of the container's writable
                layer and whole filesystem (slower). Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (ContainerInspectResponse keys): The container's configuration, host settings,
                run state, mounts and network settings.

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
            info = client.inspect_container("web")
            print(info["State"]["Status"], info["State"]["ExitCode"])
            print(info["NetworkSettings"]["Ports"])
            ```
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
        """Send a signal to a running container's main process, SIGKILL unless told otherwise.

        The call returns at once; use wait() to learn when the container has stopped.

        Endpoint: `POST /containers/{id}/kill`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            import signal
            client.kill("web", signal=signal.SIGHUP)
            ```
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
        is_tty: bool | None = ...,
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
        is_tty: bool | None = ...,
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
        is_tty: bool | None = ...,
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
        is_tty: bool | None = ...,
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
        is_tty: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> (
        AsyncOutputStream[tuple[bytes | None, bytes | None]]
        | AsyncOutputStream[bytes]
        | tuple[bytes | None, bytes | None]
        | bytes
    ):
        """Read a container's output (stdout and stderr), all at once or as a stream.

        Reading logs back needs a log driver that supports it, such as json-file, local or journald
        (Docker 20.10+ also keeps a local copy for other drivers). For a container with a TTY the
        output is one raw stream, so demux puts everything on the stdout side. On AsyncClient
        iterate with `async for chunk in await client.logs(c, stream=True)`.

        Endpoint: `GET /containers/{id}/logs`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            print(client.logs("web", tail=20, timestamps=True).decode())
            with client.logs("web", stream=True, follow=False, tail=5) as chunks:
                for chunk in chunks:
                    print(chunk.decode(), end="")
            ```
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
                "is_tty": is_tty,
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
        """Freeze every process of a container (with the cgroup freezer on Linux).

        Endpoint: `POST /containers/{id}/pause`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
            _ops.pause,
            {"container": container, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def port(
        self, container: str | Mapping[str, Any] | DockerModel, private_port: int | str
    ) -> list[typeddicts.PortBinding] | None:
        """Look up where a container port is published on the host, like `docker port`.

        Built on inspect_container; reads `NetworkSettings.Ports` of the answer.

        Built on `inspect_container()`.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            private_port: The container-side port: an int or a string such as "80" or "53/udp";
                tcp when no protocol is given.

        Returns:
            list[typeddicts.PortBinding] | None: The host bindings of that port as a list of
                {"HostIp": ..., "HostPort": ...}, or None when the port is not published.

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
            bindings = client.port("web", 80)
            if bindings:
                print(bindings[0]["HostIp"], bindings[0]["HostPort"])
            ```
        """
        result = await self._run(_lib.port(container=container, private_port=private_port))
        return cast("list[typeddicts.PortBinding] | None", result)

    async def prune_containers(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.ContainerPruneResponse:
        """Delete all stopped containers.

        Endpoint: `POST /containers/prune`, API >= 1.25.

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
            dict (ContainerPruneResponse keys): The IDs of the deleted containers and the disk
                space freed, in bytes.

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

        Works on stopped containers too. The archive may be plain or compressed with gzip, bzip2 or
        xz. The directory must exist and the container's root filesystem must be writable.

        Endpoint: `PUT /containers/{id}/archive`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            import io, tarfile
            content = b"hello\\n"
            member = tarfile.TarInfo("hello.txt")   # the path inside the archive, relative to the directory
            member.size = len(content)              # without it the file arrives empty
            buf = io.BytesIO()
            with tarfile.open(fileobj=buf, mode="w") as tar:
                tar.addfile(member, io.BytesIO(content))
            client.put_archive("web", "/tmp", buf.getvalue())   # now /tmp/hello.txt in the container
            ```
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
        """Delete a container.

        Endpoint: `DELETE /containers/{id}`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            container = client.create_container("busybox", "sleep 60", name="remove-example")
            client.start(container)
            client.remove_container(container, force=True, v=True)
            ```
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
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
        """Set the size of a container's TTY, in characters.

        Only meaningful for a container created with tty=True.

        Endpoint: `POST /containers/{id}/resize`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
        """Stop a container if it runs, then start it again.

        Endpoint: `POST /containers/{id}/restart`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            client.restart("web", timeout=3)
            print(client.inspect_container("web")["State"]["StartedAt"])
            ```
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

        Starting a container that is already running is not an error.

        Endpoint: `POST /containers/{id}/start`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            container = client.create_container("busybox", "sleep 30", name="start-example")
            client.start(container)
            print(client.inspect_container(container)["State"]["Running"])
            client.remove_container(container, force=True)
            ```
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
    ) -> typeddicts.ContainerStatsResponse: ...
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
    ) -> typeddicts.ContainerStatsResponse: ...

    async def stats(
        self,
        container: str | Mapping[str, Any] | DockerModel,
        decode: bool | None = None,
        stream: bool = True,
        one_shot: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | typeddicts.ContainerStatsResponse | AsyncJSONStream[str]:
        """Sample a container's CPU, memory, network, block-IO and process counts, once or as a live feed.

        The daemon sends a new sample about once a second. A CPU percentage needs two samples: each
        one carries the previous CPU figures in `precpu_stats` for that purpose.

        Endpoint: `GET /containers/{id}/stats`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
            JSONStream[dict[str, Any]] | typeddicts.ContainerStatsResponse | JSONStream[str]:
                One sample (a model on the typed face, a dict on the classic one), or an iterator of
                samples (JSON strings, or dicts with decode=True) usable as a context manager.

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
            sample = client.stats("web", stream=False)
            print(sample["memory_stats"].get("usage"), sample["pids_stats"].get("current"))
            with client.stats("web", decode=True) as samples:
                print(next(iter(samples))["cpu_stats"]["cpu_usage"]["total_usage"])
            ```
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
        """Stop a container, killing it if it does not exit in time.

        Sends the stop signal, waits, then sends SIGKILL. Stopping a container that is not running
        is not an error. The call takes as long as the wait, so the client's read timeout must allow
        it.

        Endpoint: `POST /containers/{id}/stop`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            client.stop("web", timeout=5)
            print(client.inspect_container("web")["State"]["Status"])
            ```
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
    ) -> typeddicts.ContainerTopResponse:
        """List the processes running inside a container, as `ps` shows them.

        Endpoint: `GET /containers/{id}/top`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
            ps_args: Options for the `ps` the daemon runs, e.g. "aux"; when unset the daemon
                uses "-ef".
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (ContainerTopResponse keys): The `ps` column titles and one row of values per
                process.

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
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
    ) -> typeddicts.ContainerUpdateResponse:
        """Change the resource limits and restart policy of an existing container.

        Only the settings given are changed; the others keep their values. Most take effect on a
        running container at once.

        Endpoint: `POST /containers/{id}/update`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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
            dict (ContainerUpdateResponse keys): Any warnings the daemon had about the new
                settings.

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
    ) -> ExitStatus:
        """Wait for a container to stop and return the exit code of its main process.

        Endpoint: `POST /containers/{id}/wait`, API >= 1.24.

        Args:
            container: The container, by ID, name or unique ID prefix; a result carrying an "Id"
                key (such as create_container's) works too.
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

        Example:
            ```python
            container = client.create_container("busybox", "sh -c 'exit 3'", name="wait-example")
            client.start(container)
            status = client.wait(container, timeout=60)
            print(status, status["StatusCode"], status.get("Error"))   # 3 3 None
            client.remove_container(container)
            ```
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
