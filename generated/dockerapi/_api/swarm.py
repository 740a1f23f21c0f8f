# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `swarm` methods of both clients; results are pydantic models of `dockerapi.models`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _catalog as _ops
from .. import _lib
from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .. import models

__all__ = ["SwarmMethods", "AsyncSwarmMethods"]


class SwarmMethods(SyncAPIClient):
    """The swarm methods of `Client`."""

    def get_unlock_key(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.SwarmUnlockkeyResponse:
        """Read the key that unlocks this swarm's managers after a restart.

        The key is empty unless the swarm was set to lock its managers
        (EncryptionConfig.AutoLockManagers).

        Endpoint: `GET /swarm/unlockkey`, API >= 1.25.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            SwarmUnlockkeyResponse: A document whose "UnlockKey" holds the key, a string
                starting with "SWMKEY-".

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
        """Turn this engine into the first manager of a new swarm.

        Endpoint: `POST /swarm/init`, API >= 1.24.

        Args:
            advertise_addr: The address other nodes should use to reach this manager, as an IP
                or an interface name, with an optional port, e.g. "192.168.1.10:2377". Needed when
                the host has more than one address.
            listen_addr: Where this manager listens for swarm management traffic, as
                "address:port" or a network interface name with an optional port, e.g. "eth0:2377".
                Default: `'0.0.0.0:2377'`.
            force_new_cluster: Start a fresh single-manager swarm from the state this node
                already holds, keeping services and secrets; the way to recover a swarm that lost
                its quorum. Default: `False`.
            swarm_spec: Initial swarm settings, as a SwarmSpec model or a dict, e.g.
                {"EncryptionConfig": {"AutoLockManagers": True}} or {"Orchestration":
                {"TaskHistoryRetentionLimit": 3}}.
            default_addr_pool: Address ranges in CIDR notation from which the subnets of overlay
                networks are taken, e.g. ["10.20.0.0/16"]. API >= 1.39.
            subnet_size: The prefix length of each overlay subnet cut from the pools, e.g. 24
                for a /24 per network. API >= 1.39.
            data_path_addr: The address or interface that carries the overlay traffic between
                tasks, to keep it apart from management traffic. API >= 1.30.
            data_path_port: The UDP port for overlay (VXLAN) traffic, between 1024 and 49151;
                the daemon uses 4789 when unset. API >= 1.40.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            str: The ID of this node in the new swarm, as a string.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            node_id = client.init_swarm(advertise_addr="127.0.0.1", listen_addr="0.0.0.0:2377")
            tokens = client.inspect_swarm()["JoinTokens"]
            print(node_id, tokens["Worker"])
            ```
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
        """Read the settings of the swarm this node manages.

        Only a manager can answer; on a worker or a node outside any swarm the daemon refuses.

        Endpoint: `GET /swarm`, API >= 1.24.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Swarm: The swarm's ID, version, spec, CA and address-pool settings, and the join
                tokens for new workers and managers.

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
        """Make this engine a worker or a manager of an existing swarm.

        Whether the node joins as a worker or a manager depends on which join token is given.

        Endpoint: `POST /swarm/join`, API >= 1.24.

        Args:
            remote_addrs: The "host:port" addresses of one or more managers of the swarm, e.g.
                ["10.0.0.5:2377"].
            join_token: The worker or the manager token, as found in the swarm's JoinTokens
                (inspect_swarm on a manager).
            listen_addr: Where this node listens for swarm management traffic, as "address:port"
                or an interface name with an optional port. Default: `'0.0.0.0:2377'`.
            advertise_addr: The address other nodes should use to reach this one, as an IP or an
                interface name with an optional port.
            data_path_addr: The address or interface that carries overlay traffic between tasks.
                API >= 1.30.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the node has joined.

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

    def leave_swarm(self, force: bool = False) -> bool:
        """Take this engine out of its swarm.

        Built on `swarm_leave()`.

        Args:
            force: Also leave when this node is a manager; the remaining managers may lose their
                quorum, and the last manager leaving ends the swarm. Default: `False`.

        Returns:
            bool: True once the node has left.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = self._run(_lib.leave_swarm(force=force))
        return cast("bool", result)

    def swarm_leave(
        self,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Take this node out of its swarm, with the daemon's own answer for a node outside any swarm.

        The raw endpoint behind leave_swarm: a node that is in no swarm makes the daemon answer 503,
        which raises here, where leave_swarm(force=True) treats it as done.

        Endpoint: `POST /swarm/leave`, API >= 1.24.

        Args:
            force: Leave even if this is a manager and leaving costs the swarm its quorum.
                Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the node has left.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.swarm_leave,
            {"force": force, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def swarm_update(
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
        """Send the swarm's new spec exactly as given, the raw endpoint behind update_swarm.

        Endpoint: `POST /swarm/update`, API >= 1.24.

        Args:
            version: The version of the swarm the change is based on, read from
                `inspect_swarm()["Version"]["Index"]`; a stale number makes the daemon refuse the
                update.
            swarm_spec: The whole spec to store, as a SwarmSpec model or a dict; settings left
                out are reset to zero by the daemon (None sends an empty spec).
            rotate_worker_token: Replace the worker join token; the old one stops working for
                new joins. Default: `False`.
            rotate_manager_token: Replace the manager join token; the old one stops working for
                new joins. Default: `False`.
            rotate_manager_unlock_key: Replace the key that unlocks managers when autolock is
                on. Default: `False`. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the swarm is updated.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.swarm_update,
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

    def unlock_swarm(
        self,
        key: str | dict[str, Any] | models.SwarmUnlockkeyResponse | Mapping[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Unlock a manager that restarted while the swarm is locked.

        Endpoint: `POST /swarm/unlock`, API >= 1.25.

        Args:
            key: The unlock key as a string, or the result of get_unlock_key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the manager is unlocked.

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
        version: int | None = None,
        swarm_spec: models.SwarmSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rotate_worker_token: bool = False,
        rotate_manager_token: bool = False,
        rotate_manager_unlock_key: bool = False,
    ) -> bool:
        """Change the swarm's settings, or rotate its join tokens and unlock key.

        Without swarm_spec the current spec is read first and sent back as it is, so
        `update_swarm(version, rotate_manager_unlock_key=True)` rotates the key and changes nothing
        else (an empty spec would reset every setting to zero). swarm_update sends exactly what it
        is given.

        Built on `inspect_swarm()`, `swarm_update()`.

        Args:
            version: The version of the swarm the change is based on, read from
                `inspect_swarm()["Version"]["Index"]`; a stale number makes the daemon refuse the
                update. None: the current version, read with the spec.
            swarm_spec: The swarm's spec as a SwarmSpec model or a dict; start from
                `inspect_swarm()["Spec"]` and change what you need, so the other settings keep their
                values. None keeps the current spec.
            rotate_worker_token: Replace the worker join token; the old one stops working for
                new joins. Default: `False`.
            rotate_manager_token: Replace the manager join token; the old one stops working for
                new joins. Default: `False`.
            rotate_manager_unlock_key: Replace the key that unlocks managers when autolock is
                on. Default: `False`.

        Returns:
            bool: True once the swarm is updated.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = self._run(
            _lib.update_swarm(
                version=version,
                swarm_spec=swarm_spec,
                rotate_worker_token=rotate_worker_token,
                rotate_manager_token=rotate_manager_token,
                rotate_manager_unlock_key=rotate_manager_unlock_key,
            )
        )
        return cast("bool", result)


class AsyncSwarmMethods(AsyncAPIClient):
    """The swarm methods of `AsyncClient`."""

    async def get_unlock_key(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.SwarmUnlockkeyResponse:
        """Read the key that unlocks this swarm's managers after a restart.

        The key is empty unless the swarm was set to lock its managers
        (EncryptionConfig.AutoLockManagers).

        Endpoint: `GET /swarm/unlockkey`, API >= 1.25.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            SwarmUnlockkeyResponse: A document whose "UnlockKey" holds the key, a string
                starting with "SWMKEY-".

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
        """Turn this engine into the first manager of a new swarm.

        Endpoint: `POST /swarm/init`, API >= 1.24.

        Args:
            advertise_addr: The address other nodes should use to reach this manager, as an IP
                or an interface name, with an optional port, e.g. "192.168.1.10:2377". Needed when
                the host has more than one address.
            listen_addr: Where this manager listens for swarm management traffic, as
                "address:port" or a network interface name with an optional port, e.g. "eth0:2377".
                Default: `'0.0.0.0:2377'`.
            force_new_cluster: Start a fresh single-manager swarm from the state this node
                already holds, keeping services and secrets; the way to recover a swarm that lost
                its quorum. Default: `False`.
            swarm_spec: Initial swarm settings, as a SwarmSpec model or a dict, e.g.
                {"EncryptionConfig": {"AutoLockManagers": True}} or {"Orchestration":
                {"TaskHistoryRetentionLimit": 3}}.
            default_addr_pool: Address ranges in CIDR notation from which the subnets of overlay
                networks are taken, e.g. ["10.20.0.0/16"]. API >= 1.39.
            subnet_size: The prefix length of each overlay subnet cut from the pools, e.g. 24
                for a /24 per network. API >= 1.39.
            data_path_addr: The address or interface that carries the overlay traffic between
                tasks, to keep it apart from management traffic. API >= 1.30.
            data_path_port: The UDP port for overlay (VXLAN) traffic, between 1024 and 49151;
                the daemon uses 4789 when unset. API >= 1.40.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            str: The ID of this node in the new swarm, as a string.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            node_id = client.init_swarm(advertise_addr="127.0.0.1", listen_addr="0.0.0.0:2377")
            tokens = client.inspect_swarm()["JoinTokens"]
            print(node_id, tokens["Worker"])
            ```
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
        """Read the settings of the swarm this node manages.

        Only a manager can answer; on a worker or a node outside any swarm the daemon refuses.

        Endpoint: `GET /swarm`, API >= 1.24.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Swarm: The swarm's ID, version, spec, CA and address-pool settings, and the join
                tokens for new workers and managers.

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
        """Make this engine a worker or a manager of an existing swarm.

        Whether the node joins as a worker or a manager depends on which join token is given.

        Endpoint: `POST /swarm/join`, API >= 1.24.

        Args:
            remote_addrs: The "host:port" addresses of one or more managers of the swarm, e.g.
                ["10.0.0.5:2377"].
            join_token: The worker or the manager token, as found in the swarm's JoinTokens
                (inspect_swarm on a manager).
            listen_addr: Where this node listens for swarm management traffic, as "address:port"
                or an interface name with an optional port. Default: `'0.0.0.0:2377'`.
            advertise_addr: The address other nodes should use to reach this one, as an IP or an
                interface name with an optional port.
            data_path_addr: The address or interface that carries overlay traffic between tasks.
                API >= 1.30.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the node has joined.

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

    async def leave_swarm(self, force: bool = False) -> bool:
        """Take this engine out of its swarm.

        Built on `swarm_leave()`.

        Args:
            force: Also leave when this node is a manager; the remaining managers may lose their
                quorum, and the last manager leaving ends the swarm. Default: `False`.

        Returns:
            bool: True once the node has left.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = await self._run(_lib.leave_swarm(force=force))
        return cast("bool", result)

    async def swarm_leave(
        self,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Take this node out of its swarm, with the daemon's own answer for a node outside any swarm.

        The raw endpoint behind leave_swarm: a node that is in no swarm makes the daemon answer 503,
        which raises here, where leave_swarm(force=True) treats it as done.

        Endpoint: `POST /swarm/leave`, API >= 1.24.

        Args:
            force: Leave even if this is a manager and leaving costs the swarm its quorum.
                Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the node has left.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.swarm_leave,
            {"force": force, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def swarm_update(
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
        """Send the swarm's new spec exactly as given, the raw endpoint behind update_swarm.

        Endpoint: `POST /swarm/update`, API >= 1.24.

        Args:
            version: The version of the swarm the change is based on, read from
                `inspect_swarm()["Version"]["Index"]`; a stale number makes the daemon refuse the
                update.
            swarm_spec: The whole spec to store, as a SwarmSpec model or a dict; settings left
                out are reset to zero by the daemon (None sends an empty spec).
            rotate_worker_token: Replace the worker join token; the old one stops working for
                new joins. Default: `False`.
            rotate_manager_token: Replace the manager join token; the old one stops working for
                new joins. Default: `False`.
            rotate_manager_unlock_key: Replace the key that unlocks managers when autolock is
                on. Default: `False`. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the swarm is updated.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.swarm_update,
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

    async def unlock_swarm(
        self,
        key: str | dict[str, Any] | models.SwarmUnlockkeyResponse | Mapping[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Unlock a manager that restarted while the swarm is locked.

        Endpoint: `POST /swarm/unlock`, API >= 1.25.

        Args:
            key: The unlock key as a string, or the result of get_unlock_key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the manager is unlocked.

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
        version: int | None = None,
        swarm_spec: models.SwarmSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rotate_worker_token: bool = False,
        rotate_manager_token: bool = False,
        rotate_manager_unlock_key: bool = False,
    ) -> bool:
        """Change the swarm's settings, or rotate its join tokens and unlock key.

        Without swarm_spec the current spec is read first and sent back as it is, so
        `update_swarm(version, rotate_manager_unlock_key=True)` rotates the key and changes nothing
        else (an empty spec would reset every setting to zero). swarm_update sends exactly what it
        is given.

        Built on `inspect_swarm()`, `swarm_update()`.

        Args:
            version: The version of the swarm the change is based on, read from
                `inspect_swarm()["Version"]["Index"]`; a stale number makes the daemon refuse the
                update. None: the current version, read with the spec.
            swarm_spec: The swarm's spec as a SwarmSpec model or a dict; start from
                `inspect_swarm()["Spec"]` and change what you need, so the other settings keep their
                values. None keeps the current spec.
            rotate_worker_token: Replace the worker join token; the old one stops working for
                new joins. Default: `False`.
            rotate_manager_token: Replace the manager join token; the old one stops working for
                new joins. Default: `False`.
            rotate_manager_unlock_key: Replace the key that unlocks managers when autolock is
                on. Default: `False`.

        Returns:
            bool: True once the swarm is updated.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = await self._run(
            _lib.update_swarm(
                version=version,
                swarm_spec=swarm_spec,
                rotate_worker_token=rotate_worker_token,
                rotate_manager_token=rotate_manager_token,
                rotate_manager_unlock_key=rotate_manager_unlock_key,
            )
        )
        return cast("bool", result)
