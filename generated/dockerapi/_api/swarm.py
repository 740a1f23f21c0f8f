# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `swarm` methods of both clients; results are pydantic models of `dockerapi.models`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as _ops
from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .. import models

__all__ = ["SwarmMethods", "AsyncSwarmMethods"]


class SwarmMethods(SyncAPIClient):
    """The swarm methods of `Client`."""

    def get_unlock_key(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.SwarmUnlockkeyResponse:
        """The key that unlocks a locked swarm manager.

        Endpoint: `GET /swarm/unlockkey`, API >= 1.25.

        Returns:
            SwarmUnlockkeyResponse

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.get_unlock_key,
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

        Endpoint: `POST /swarm/init`, API >= 1.24.

        Args:
            advertise_addr: sent as body-field `AdvertiseAddr`.
            listen_addr: sent as body-field `ListenAddr`. Default: `'0.0.0.0:2377'`.
            force_new_cluster: sent as body-field `ForceNewCluster`. Default: `False`.
            swarm_spec: sent as body-field `Spec`.
            default_addr_pool: sent as body-field `DefaultAddrPool`. API >= 1.39.
            subnet_size: sent as body-field `SubnetSize`. API >= 1.39.
            data_path_addr: sent as body-field `DataPathAddr`. API >= 1.30.
            data_path_port: sent as body-field `DataPathPort`. API >= 1.40.

        Returns:
            str

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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

    def inspect_swarm(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.Swarm:
        """Information about the swarm this node belongs to.

        Endpoint: `GET /swarm`, API >= 1.24.

        Returns:
            Swarm

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
            _ops.inspect_swarm,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
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

        Endpoint: `POST /swarm/join`, API >= 1.24.

        Args:
            remote_addrs: sent as body-field `RemoteAddrs`.
            join_token: sent as body-field `JoinToken`.
            listen_addr: sent as body-field `ListenAddr`. Default: `'0.0.0.0:2377'`.
            advertise_addr: sent as body-field `AdvertiseAddr`.
            data_path_addr: sent as body-field `DataPathAddr`. API >= 1.30.

        Returns:
            bool

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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

    def leave_swarm(
        self,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Take this node out of its swarm.

        Endpoint: `POST /swarm/leave`, API >= 1.24.

        Args:
            force: sent as query `force`. Default: `False`.

        Returns:
            bool

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.leave_swarm,
            {"force": force, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def unlock_swarm(
        self,
        key: str | dict[str, Any] | models.SwarmUnlockkeyResponse | Mapping[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Unlock a locked swarm manager with its unlock key.

        Endpoint: `POST /swarm/unlock`, API >= 1.25.

        Args:
            key: sent as body-field `UnlockKey`. API >= 1.25.

        Returns:
            bool

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.unlock_swarm,
            {"key": key, "request_timeout": request_timeout, "extra_headers": extra_headers},
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

        Endpoint: `POST /swarm/update`, API >= 1.24.

        Args:
            version: sent as query `version`.
            swarm_spec: sent as `body`.
            rotate_worker_token: sent as query `rotateWorkerToken`. Default: `False`.
            rotate_manager_token: sent as query `rotateManagerToken`. Default: `False`.
            rotate_manager_unlock_key: sent as query `rotateManagerUnlockKey`. Default: `False`.
                API >= 1.25.

        Returns:
            bool

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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


class AsyncSwarmMethods(AsyncAPIClient):
    """The swarm methods of `AsyncClient`."""

    async def get_unlock_key(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.SwarmUnlockkeyResponse:
        """The key that unlocks a locked swarm manager.

        Endpoint: `GET /swarm/unlockkey`, API >= 1.25.

        Returns:
            SwarmUnlockkeyResponse

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.get_unlock_key,
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

        Endpoint: `POST /swarm/init`, API >= 1.24.

        Args:
            advertise_addr: sent as body-field `AdvertiseAddr`.
            listen_addr: sent as body-field `ListenAddr`. Default: `'0.0.0.0:2377'`.
            force_new_cluster: sent as body-field `ForceNewCluster`. Default: `False`.
            swarm_spec: sent as body-field `Spec`.
            default_addr_pool: sent as body-field `DefaultAddrPool`. API >= 1.39.
            subnet_size: sent as body-field `SubnetSize`. API >= 1.39.
            data_path_addr: sent as body-field `DataPathAddr`. API >= 1.30.
            data_path_port: sent as body-field `DataPathPort`. API >= 1.40.

        Returns:
            str

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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

    async def inspect_swarm(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.Swarm:
        """Information about the swarm this node belongs to.

        Endpoint: `GET /swarm`, API >= 1.24.

        Returns:
            Swarm

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
            _ops.inspect_swarm,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
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

        Endpoint: `POST /swarm/join`, API >= 1.24.

        Args:
            remote_addrs: sent as body-field `RemoteAddrs`.
            join_token: sent as body-field `JoinToken`.
            listen_addr: sent as body-field `ListenAddr`. Default: `'0.0.0.0:2377'`.
            advertise_addr: sent as body-field `AdvertiseAddr`.
            data_path_addr: sent as body-field `DataPathAddr`. API >= 1.30.

        Returns:
            bool

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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

    async def leave_swarm(
        self,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Take this node out of its swarm.

        Endpoint: `POST /swarm/leave`, API >= 1.24.

        Args:
            force: sent as query `force`. Default: `False`.

        Returns:
            bool

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.leave_swarm,
            {"force": force, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def unlock_swarm(
        self,
        key: str | dict[str, Any] | models.SwarmUnlockkeyResponse | Mapping[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Unlock a locked swarm manager with its unlock key.

        Endpoint: `POST /swarm/unlock`, API >= 1.25.

        Args:
            key: sent as body-field `UnlockKey`. API >= 1.25.

        Returns:
            bool

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.unlock_swarm,
            {"key": key, "request_timeout": request_timeout, "extra_headers": extra_headers},
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

        Endpoint: `POST /swarm/update`, API >= 1.24.

        Args:
            version: sent as query `version`.
            swarm_spec: sent as `body`.
            rotate_worker_token: sent as query `rotateWorkerToken`. Default: `False`.
            rotate_manager_token: sent as query `rotateManagerToken`. Default: `False`.
            rotate_manager_unlock_key: sent as query `rotateManagerUnlockKey`. Default: `False`.
                API >= 1.25.

        Returns:
            bool

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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
