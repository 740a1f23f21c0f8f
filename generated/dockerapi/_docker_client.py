# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""`DockerClient` and `AsyncDockerClient`: the object API, typed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast, overload

from ._client import AsyncClient, Client
from ._objects import AsyncDockerClientBase, SyncDockerClientBase

if TYPE_CHECKING:
    from . import models
    from ._streams import AsyncJSONStream, JSONStream
    from .objects.configs import AsyncConfigCollection, ConfigCollection
    from .objects.containers import AsyncContainerCollection, ContainerCollection
    from .objects.images import AsyncImageCollection, ImageCollection
    from .objects.networks import AsyncNetworkCollection, NetworkCollection
    from .objects.nodes import AsyncNodeCollection, NodeCollection
    from .objects.plugins import AsyncPluginCollection, PluginCollection
    from .objects.secrets import AsyncSecretCollection, SecretCollection
    from .objects.services import AsyncServiceCollection, ServiceCollection
    from .objects.swarm import AsyncSwarm, Swarm
    from .objects.volumes import AsyncVolumeCollection, VolumeCollection

__all__ = ["DockerClient", "AsyncDockerClient"]


class DockerClient(SyncDockerClientBase):
    """The object API: `client.containers.run(...)`, `client.images.pull(...)`, objects with typed `attrs`; `api` is the low-level `Client`. Close it, or use it in a `with` block."""

    api: Client
    _api_class: ClassVar[type[Client]] = Client

    @property
    def configs(self) -> ConfigCollection:
        """The configs of the swarm (`client.configs`); a swarm manager answers."""
        from .objects.configs import ConfigCollection  # on first use: keeps `import dockerapi` light

        return ConfigCollection(client=self)

    @property
    def containers(self) -> ContainerCollection:
        """The containers of the daemon (`client.containers`)."""
        from .objects.containers import ContainerCollection  # on first use: keeps `import dockerapi` light

        return ContainerCollection(client=self)

    @property
    def images(self) -> ImageCollection:
        """The images of the daemon (`client.images`)."""
        from .objects.images import ImageCollection  # on first use: keeps `import dockerapi` light

        return ImageCollection(client=self)

    @property
    def networks(self) -> NetworkCollection:
        """The networks of the daemon (`client.networks`)."""
        from .objects.networks import NetworkCollection  # on first use: keeps `import dockerapi` light

        return NetworkCollection(client=self)

    @property
    def nodes(self) -> NodeCollection:
        """The nodes of the swarm (`client.nodes`); a swarm manager answers."""
        from .objects.nodes import NodeCollection  # on first use: keeps `import dockerapi` light

        return NodeCollection(client=self)

    @property
    def plugins(self) -> PluginCollection:
        """The plugins installed on the daemon (`client.plugins`)."""
        from .objects.plugins import PluginCollection  # on first use: keeps `import dockerapi` light

        return PluginCollection(client=self)

    @property
    def secrets(self) -> SecretCollection:
        """The secrets of the swarm (`client.secrets`); a swarm manager answers."""
        from .objects.secrets import SecretCollection  # on first use: keeps `import dockerapi` light

        return SecretCollection(client=self)

    @property
    def services(self) -> ServiceCollection:
        """The services of the swarm (`client.services`); a swarm manager answers."""
        from .objects.services import ServiceCollection  # on first use: keeps `import dockerapi` light

        return ServiceCollection(client=self)

    @property
    def volumes(self) -> VolumeCollection:
        """The volumes of the daemon (`client.volumes`)."""
        from .objects.volumes import VolumeCollection  # on first use: keeps `import dockerapi` light

        return VolumeCollection(client=self)

    @property
    def swarm(self) -> Swarm:
        """The swarm this daemon belongs to (`client.swarm`), as a manager last described it (`attrs`; empty outside a swarm or on a worker). reload() reads it again."""
        from .objects.swarm import Swarm

        found = Swarm(client=self)
        found._load_quietly()  # read at once when the daemon can say (a node in no swarm cannot)
        return found

    def df(
        self,
        *,
        type: list[str] | None = None,
        verbose: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SystemDataUsageResponse:
        """Disk space used by images, containers, volumes and the build cache, like `docker system df`.

        Calls `client.api.df()`. Endpoint: `GET /system/df`, API >= 1.25.

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
            SystemDataUsageResponse: Per section, the number of objects (all and in use), the
                bytes used and the bytes reclaimable; before API 1.52 the daemon sends full lists of
                images, containers, volumes and cache records instead.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.api.df(
            type=type, verbose=verbose, request_timeout=request_timeout, extra_headers=extra_headers
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
    ) -> models.ClassicEventMessage: ...
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
    ) -> models.ClassicEventMessage: ...

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
    ) -> JSONStream[dict[str, Any]] | models.ClassicEventMessage | JSONStream[str]:
        """The daemon's events (containers started, images pulled, networks connected...), as they happen, like `docker events`.

        The request is sent before the call returns, so an event caused after the call is delivered
        even when the iteration starts later; events from before the call need since. Without until
        the iterator never ends on its own: it waits for the next event. Close it, or use it in a
        `with` block, to drop the connection.

        Calls `client.api.events()`. Endpoint: `GET /events`, API >= 1.24.

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
            JSONStream[dict[str, Any]] | ClassicEventMessage | JSONStream[str]: An iterator of
                events, each with "Type", "Action", "Actor" (the object's ID and attributes such as
                its name) and "time" in Unix seconds ("timeNano" in nanoseconds).

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.api
        return cast(
            "JSONStream[dict[str, Any]] | models.ClassicEventMessage | JSONStream[str]",
            api.events(
                since=since,
                until=until,
                filters=filters,
                decode=decode,
                stream=stream,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    def info(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.SystemInfo:
        """A description of the daemon and its host, like `docker info`.

        Calls `client.api.info()`. Endpoint: `GET /info`, API >= 1.24.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            SystemInfo: Object counts (containers by state, images), the storage and logging
                drivers, kernel, OS, CPU count and memory in bytes, registry settings, swarm state,
                runtimes and warnings.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.api.info(request_timeout=request_timeout, extra_headers=extra_headers)

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
        """Check credentials for a registry with the daemon, and keep them for this client's later calls.

        On success the credentials are remembered in memory (not written to any file); pull, push,
        build and the plugin methods then use them for that registry when no auth_config is given.

        Calls `client.api.login()`. Endpoint: `POST /auth`, API >= 1.24.

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
            AuthResponse: The daemon's verdict, "Status" (e.g. "Login Succeeded"), and for
                registries that issue one an "IdentityToken" to use instead of the password.

        Raises:
            APIError: the daemon refused the request (status 401); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.api.login(
            username=username,
            password=password,
            email=email,
            registry=registry,
            reauth=reauth,
            dockercfg_path=dockercfg_path,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def ping(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Check that the daemon answers.

        Calls `client.api.ping()`. Endpoint: `GET /_ping`, API >= 1.24.

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
        return self.api.ping(request_timeout=request_timeout, extra_headers=extra_headers)

    def version(
        self,
        api_version: bool = True,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SystemVersion:
        """The daemon's version, API range, OS, architecture and the versions of its components, like `docker version`.

        Calls `client.api.version()`. Endpoint: `GET /version`, API >= 1.24.

        Args:
            api_version: Kept for code written for the classic API; it changes nothing, as the
                request always uses the client's API version. Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            SystemVersion: The engine version, the API version it speaks and the oldest it
                accepts, Go version, OS, architecture, and a list of components (engine, containerd,
                runc...) with their versions.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.api.version(
            api_version=api_version, request_timeout=request_timeout, extra_headers=extra_headers
        )


class AsyncDockerClient(AsyncDockerClientBase):
    """The object API for asyncio: the same collections and objects as `DockerClient`, every call that talks to the daemon awaited; `api` is an `AsyncClient`."""

    api: AsyncClient
    _api_class: ClassVar[type[AsyncClient]] = AsyncClient

    @property
    def configs(self) -> AsyncConfigCollection:
        """The configs of the swarm (`client.configs`); a swarm manager answers."""
        from .objects.configs import AsyncConfigCollection  # on first use: keeps `import dockerapi` light

        return AsyncConfigCollection(client=self)

    @property
    def containers(self) -> AsyncContainerCollection:
        """The containers of the daemon (`client.containers`)."""
        from .objects.containers import (
            AsyncContainerCollection,
        )  # on first use: keeps `import dockerapi` light

        return AsyncContainerCollection(client=self)

    @property
    def images(self) -> AsyncImageCollection:
        """The images of the daemon (`client.images`)."""
        from .objects.images import AsyncImageCollection  # on first use: keeps `import dockerapi` light

        return AsyncImageCollection(client=self)

    @property
    def networks(self) -> AsyncNetworkCollection:
        """The networks of the daemon (`client.networks`)."""
        from .objects.networks import AsyncNetworkCollection  # on first use: keeps `import dockerapi` light

        return AsyncNetworkCollection(client=self)

    @property
    def nodes(self) -> AsyncNodeCollection:
        """The nodes of the swarm (`client.nodes`); a swarm manager answers."""
        from .objects.nodes import AsyncNodeCollection  # on first use: keeps `import dockerapi` light

        return AsyncNodeCollection(client=self)

    @property
    def plugins(self) -> AsyncPluginCollection:
        """The plugins installed on the daemon (`client.plugins`)."""
        from .objects.plugins import AsyncPluginCollection  # on first use: keeps `import dockerapi` light

        return AsyncPluginCollection(client=self)

    @property
    def secrets(self) -> AsyncSecretCollection:
        """The secrets of the swarm (`client.secrets`); a swarm manager answers."""
        from .objects.secrets import AsyncSecretCollection  # on first use: keeps `import dockerapi` light

        return AsyncSecretCollection(client=self)

    @property
    def services(self) -> AsyncServiceCollection:
        """The services of the swarm (`client.services`); a swarm manager answers."""
        from .objects.services import AsyncServiceCollection  # on first use: keeps `import dockerapi` light

        return AsyncServiceCollection(client=self)

    @property
    def volumes(self) -> AsyncVolumeCollection:
        """The volumes of the daemon (`client.volumes`)."""
        from .objects.volumes import AsyncVolumeCollection  # on first use: keeps `import dockerapi` light

        return AsyncVolumeCollection(client=self)

    @property
    def swarm(self) -> AsyncSwarm:
        """The swarm this daemon belongs to (`client.swarm`), as a manager last described it (`attrs`; empty outside a swarm or on a worker). reload() reads it again."""
        from .objects.swarm import AsyncSwarm

        return AsyncSwarm(client=self)

    async def df(
        self,
        *,
        type: list[str] | None = None,
        verbose: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SystemDataUsageResponse:
        """Disk space used by images, containers, volumes and the build cache, like `docker system df`.

        Calls `client.api.df()`. Endpoint: `GET /system/df`, API >= 1.25.

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
            SystemDataUsageResponse: Per section, the number of objects (all and in use), the
                bytes used and the bytes reclaimable; before API 1.52 the daemon sends full lists of
                images, containers, volumes and cache records instead.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self.api.df(
            type=type, verbose=verbose, request_timeout=request_timeout, extra_headers=extra_headers
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
    ) -> models.ClassicEventMessage: ...
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
    ) -> models.ClassicEventMessage: ...

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
    ) -> AsyncJSONStream[dict[str, Any]] | models.ClassicEventMessage | AsyncJSONStream[str]:
        """The daemon's events (containers started, images pulled, networks connected...), as they happen, like `docker events`.

        The request is sent before the call returns, so an event caused after the call is delivered
        even when the iteration starts later; events from before the call need since. Without until
        the iterator never ends on its own: it waits for the next event. Close it, or use it in a
        `with` block, to drop the connection.

        Calls `client.api.events()`. Endpoint: `GET /events`, API >= 1.24.

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
            AsyncJSONStream[dict[str, Any]] | ClassicEventMessage | AsyncJSONStream[str]: An
                iterator of events, each with "Type", "Action", "Actor" (the object's ID and
                attributes such as its name) and "time" in Unix seconds ("timeNano" in nanoseconds).

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.api
        return cast(
            "AsyncJSONStream[dict[str, Any]] | models.ClassicEventMessage | AsyncJSONStream[str]",
            await api.events(
                since=since,
                until=until,
                filters=filters,
                decode=decode,
                stream=stream,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    async def info(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.SystemInfo:
        """A description of the daemon and its host, like `docker info`.

        Calls `client.api.info()`. Endpoint: `GET /info`, API >= 1.24.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            SystemInfo: Object counts (containers by state, images), the storage and logging
                drivers, kernel, OS, CPU count and memory in bytes, registry settings, swarm state,
                runtimes and warnings.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self.api.info(request_timeout=request_timeout, extra_headers=extra_headers)

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
        """Check credentials for a registry with the daemon, and keep them for this client's later calls.

        On success the credentials are remembered in memory (not written to any file); pull, push,
        build and the plugin methods then use them for that registry when no auth_config is given.

        Calls `client.api.login()`. Endpoint: `POST /auth`, API >= 1.24.

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
            AuthResponse: The daemon's verdict, "Status" (e.g. "Login Succeeded"), and for
                registries that issue one an "IdentityToken" to use instead of the password.

        Raises:
            APIError: the daemon refused the request (status 401); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self.api.login(
            username=username,
            password=password,
            email=email,
            registry=registry,
            reauth=reauth,
            dockercfg_path=dockercfg_path,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    async def ping(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Check that the daemon answers.

        Calls `client.api.ping()`. Endpoint: `GET /_ping`, API >= 1.24.

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
        return await self.api.ping(request_timeout=request_timeout, extra_headers=extra_headers)

    async def version(
        self,
        api_version: bool = True,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SystemVersion:
        """The daemon's version, API range, OS, architecture and the versions of its components, like `docker version`.

        Calls `client.api.version()`. Endpoint: `GET /version`, API >= 1.24.

        Args:
            api_version: Kept for code written for the classic API; it changes nothing, as the
                request always uses the client's API version. Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            SystemVersion: The engine version, the API version it speaks and the oldest it
                accepts, Go version, OS, architecture, and a list of components (engine, containerd,
                runc...) with their versions.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self.api.version(
            api_version=api_version, request_timeout=request_timeout, extra_headers=extra_headers
        )
