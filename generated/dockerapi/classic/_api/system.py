# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `system` methods of both clients; results are plain dicts and lists (`dockerapi.classic.typeddicts`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from ... import _catalog as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ..._streams import AsyncJSONStream, JSONStream
    from .. import typeddicts

__all__ = ["SystemMethods", "AsyncSystemMethods"]


class SystemMethods(SyncAPIClient):
    """The system methods of `Client`."""

    def df(
        self,
        *,
        type: list[str] | None = None,
        verbose: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.SystemDataUsageResponse:
        """Disk space used by images, containers, volumes and the build cache, like `docker system df`.

        Endpoint: `GET /system/df`, API >= 1.25.

        Args:
            type: Compute only some sections, as a list of "container", "image", "volume" and
                "build-cache". API >= 1.42.
            verbose: Include the individual objects ("Items") in each section, not just counts
                and sizes. Default: `False`. API >= 1.52.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (SystemDataUsageResponse keys): Per section, the number of objects (all and in
                use), the bytes used and the bytes reclaimable; before API 1.52 the daemon sends
                full lists of images, containers, volumes and cache records instead.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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
    ) -> typeddicts.ClassicEventMessage: ...
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
    ) -> typeddicts.ClassicEventMessage: ...

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
    ) -> JSONStream[dict[str, Any]] | typeddicts.ClassicEventMessage | JSONStream[str]:
        """The daemon's events (containers started, images pulled, networks connected...), as they happen, like `docker events`.

        The request is sent before the call returns, so an event caused after the call is delivered
        even when the iteration starts later; events from before the call need since. Without until
        the iterator never ends on its own: it waits for the next event. Close it, or use it in a
        `with` block, to drop the connection.

        Endpoint: `GET /events`, API >= 1.24.

        Args:
            since: Replay past events from this moment on: a datetime (a naive one is taken as
                UTC), Unix seconds as an int or float, or a string sent as it is.
            until: Stop once this moment is reached, in the same forms as since; the iterator
                then ends.
            filters: Which events to receive, as a dict such as {"type": "container", "event":
                ["start", "die"]} or {"label": {"app": "web"}}; other keys are container, image,
                network, volume, plugin, daemon, service, node, secret, config and scope. A str is
                sent as ready-made JSON.
            decode: Give each event as a dict rather than a JSON string.
            stream: Return an iterator over the events; when false, wait for the first event and
                return it alone as a dict. Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[dict[str, Any]] | typeddicts.ClassicEventMessage | JSONStream[str]: An
                iterator of events, each with "Type", "Action", "Actor" (the object's ID and
                attributes such as its name) and "time" in Unix seconds ("timeNano" in nanoseconds).

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            import time
            now = time.time()
            for event in client.events(since=now - 600, until=now, decode=True, filters={"type": "container"}):
                print(event["Action"], event["Actor"]["Attributes"].get("name"))
            # live: open the stream first, then act; the events of what follows the call arrive in order
            with client.events(decode=True, filters={"container": "web"}) as events:
                client.restart("web")
                for event in events:
                    if event["Action"] == "restart":
                        break
            ```
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

    def info(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> typeddicts.SystemInfo:
        """A description of the daemon and its host, like `docker info`.

        Endpoint: `GET /info`, API >= 1.24.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (SystemInfo keys): Object counts (containers by state, images), the storage and
                logging drivers, kernel, OS, CPU count and memory in bytes, registry settings, swarm
                state, runtimes and warnings.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            info = client.info()
            print(info["ServerVersion"], info["OperatingSystem"], info["NCPU"])
            print(info["ContainersRunning"], "running of", info["Containers"])
            ```
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.info,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
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
    ) -> typeddicts.AuthResponse:
        """Check credentials for a registry with the daemon, and keep them for this client's later calls.

        On success the credentials are remembered in memory (not written to any file); pull, push,
        build and the plugin methods then use them for that registry when no auth_config is given.

        Endpoint: `POST /auth`, API >= 1.24.

        Args:
            username: The account name at the registry.
            password: The account's password or an access token.
            email: An e-mail address, for old registries that asked for one; current daemons
                ignore it. API >= 1.25. Not in API >= 1.52.
            registry: The registry's address, e.g. "localhost:5000" or
                "https://registry.example.com"; Docker Hub when omitted.
            reauth: Kept for code written for the classic API; this client always sends the
                credentials to the daemon. Default: `False`.
            dockercfg_path: Kept for code written for the classic API; stored credentials come
                from the client's `credentials` (by default $DOCKER_CONFIG/config.json or
                ~/.docker/config.json), not from this path.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (AuthResponse keys): The daemon's verdict, "Status" (e.g. "Login Succeeded"),
                and for registries that issue one an "IdentityToken" to use instead of the password.

        Raises:
            APIError: the daemon refused the request (status 401); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            import os
            result = client.login(username="testuser", password=os.environ["REGISTRY_PASSWORD"], registry="localhost:5000")
            print(result["Status"])
            ```
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

    def ping(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Check that the daemon answers.

        Endpoint: `GET /_ping`, API >= 1.24.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True when the daemon answered; a failure raises instead.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            if client.ping():
                print("daemon is up, API", client.api_version)
            ```
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.ping,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def ping_head(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Check that the daemon answers, with a HEAD request that carries no body.

        Endpoint: `HEAD /_ping`, API >= 1.40.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True when the daemon answered; a failure raises instead.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.ping_head,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def version(
        self,
        api_version: bool = True,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.SystemVersion:
        """The daemon's version, API range, OS, architecture and the versions of its components, like `docker version`.

        Endpoint: `GET /version`, API >= 1.24.

        Args:
            api_version: Kept for code written for the classic API; it changes nothing, as the
                request always uses the client's API version. Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (SystemVersion keys): The engine version, the API version it speaks and the
                oldest it accepts, Go version, OS, architecture, and a list of components (engine,
                containerd, runc...) with their versions.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            v = client.version()
            print(v["Version"], v["ApiVersion"], v["MinAPIVersion"])
            ```
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.version,
            {"api_version": api_version, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )


class AsyncSystemMethods(AsyncAPIClient):
    """The system methods of `AsyncClient`."""

    async def df(
        self,
        *,
        type: list[str] | None = None,
        verbose: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.SystemDataUsageResponse:
        """Disk space used by images, containers, volumes and the build cache, like `docker system df`.

        Endpoint: `GET /system/df`, API >= 1.25.

        Args:
            type: Compute only some sections, as a list of "container", "image", "volume" and
                "build-cache". API >= 1.42.
            verbose: Include the individual objects ("Items") in each section, not just counts
                and sizes. Default: `False`. API >= 1.52.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (SystemDataUsageResponse keys): Per section, the number of objects (all and in
                use), the bytes used and the bytes reclaimable; before API 1.52 the daemon sends
                full lists of images, containers, volumes and cache records instead.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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
    ) -> typeddicts.ClassicEventMessage: ...
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
    ) -> typeddicts.ClassicEventMessage: ...

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
    ) -> AsyncJSONStream[dict[str, Any]] | typeddicts.ClassicEventMessage | AsyncJSONStream[str]:
        """The daemon's events (containers started, images pulled, networks connected...), as they happen, like `docker events`.

        The request is sent before the call returns, so an event caused after the call is delivered
        even when the iteration starts later; events from before the call need since. Without until
        the iterator never ends on its own: it waits for the next event. Close it, or use it in a
        `with` block, to drop the connection.

        Endpoint: `GET /events`, API >= 1.24.

        Args:
            since: Replay past events from this moment on: a datetime (a naive one is taken as
                UTC), Unix seconds as an int or float, or a string sent as it is.
            until: Stop once this moment is reached, in the same forms as since; the iterator
                then ends.
            filters: Which events to receive, as a dict such as {"type": "container", "event":
                ["start", "die"]} or {"label": {"app": "web"}}; other keys are container, image,
                network, volume, plugin, daemon, service, node, secret, config and scope. A str is
                sent as ready-made JSON.
            decode: Give each event as a dict rather than a JSON string.
            stream: Return an iterator over the events; when false, wait for the first event and
                return it alone as a dict. Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[dict[str, Any]] | typeddicts.ClassicEventMessage | JSONStream[str]: An
                iterator of events, each with "Type", "Action", "Actor" (the object's ID and
                attributes such as its name) and "time" in Unix seconds ("timeNano" in nanoseconds).

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            import time
            now = time.time()
            for event in client.events(since=now - 600, until=now, decode=True, filters={"type": "container"}):
                print(event["Action"], event["Actor"]["Attributes"].get("name"))
            # live: open the stream first, then act; the events of what follows the call arrive in order
            with client.events(decode=True, filters={"container": "web"}) as events:
                client.restart("web")
                for event in events:
                    if event["Action"] == "restart":
                        break
            ```
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

    async def info(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> typeddicts.SystemInfo:
        """A description of the daemon and its host, like `docker info`.

        Endpoint: `GET /info`, API >= 1.24.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (SystemInfo keys): Object counts (containers by state, images), the storage and
                logging drivers, kernel, OS, CPU count and memory in bytes, registry settings, swarm
                state, runtimes and warnings.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            info = client.info()
            print(info["ServerVersion"], info["OperatingSystem"], info["NCPU"])
            print(info["ContainersRunning"], "running of", info["Containers"])
            ```
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.info,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
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
    ) -> typeddicts.AuthResponse:
        """Check credentials for a registry with the daemon, and keep them for this client's later calls.

        On success the credentials are remembered in memory (not written to any file); pull, push,
        build and the plugin methods then use them for that registry when no auth_config is given.

        Endpoint: `POST /auth`, API >= 1.24.

        Args:
            username: The account name at the registry.
            password: The account's password or an access token.
            email: An e-mail address, for old registries that asked for one; current daemons
                ignore it. API >= 1.25. Not in API >= 1.52.
            registry: The registry's address, e.g. "localhost:5000" or
                "https://registry.example.com"; Docker Hub when omitted.
            reauth: Kept for code written for the classic API; this client always sends the
                credentials to the daemon. Default: `False`.
            dockercfg_path: Kept for code written for the classic API; stored credentials come
                from the client's `credentials` (by default $DOCKER_CONFIG/config.json or
                ~/.docker/config.json), not from this path.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (AuthResponse keys): The daemon's verdict, "Status" (e.g. "Login Succeeded"),
                and for registries that issue one an "IdentityToken" to use instead of the password.

        Raises:
            APIError: the daemon refused the request (status 401); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            import os
            result = client.login(username="testuser", password=os.environ["REGISTRY_PASSWORD"], registry="localhost:5000")
            print(result["Status"])
            ```
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

    async def ping(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Check that the daemon answers.

        Endpoint: `GET /_ping`, API >= 1.24.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True when the daemon answered; a failure raises instead.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            if client.ping():
                print("daemon is up, API", client.api_version)
            ```
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.ping,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def ping_head(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Check that the daemon answers, with a HEAD request that carries no body.

        Endpoint: `HEAD /_ping`, API >= 1.40.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True when the daemon answered; a failure raises instead.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.ping_head,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def version(
        self,
        api_version: bool = True,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.SystemVersion:
        """The daemon's version, API range, OS, architecture and the versions of its components, like `docker version`.

        Endpoint: `GET /version`, API >= 1.24.

        Args:
            api_version: Kept for code written for the classic API; it changes nothing, as the
                request always uses the client's API version. Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (SystemVersion keys): The engine version, the API version it speaks and the
                oldest it accepts, Go version, OS, architecture, and a list of components (engine,
                containerd, runc...) with their versions.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            v = client.version()
            print(v["Version"], v["ApiVersion"], v["MinAPIVersion"])
            ```
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.version,
            {"api_version": api_version, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )
