# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `swarm` objects and their collection, sync and async side by side; generated from spec/objects/swarm.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

from .. import _object_plans as _plans
from .._objects import DockerObject

if TYPE_CHECKING:
    from .. import models
    from .._docker_client import AsyncDockerClient, DockerClient

__all__ = ["Swarm", "AsyncSwarm"]


class Swarm(DockerObject):
    """The swarm this daemon belongs to (`client.swarm`), as a manager last described it (`attrs`; empty outside a swarm or on a worker). reload() reads it again."""

    _id_field: ClassVar[str] = "ID"
    _typed: ClassVar[bool] = True
    client: DockerClient

    @property
    def attrs(self) -> models.Swarm:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.Swarm", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.Swarm) -> None:
        self._set_attrs(value)

    @property
    def version(self) -> int:
        """The swarm's version index: update() sends it, so reload() after another change."""
        return _plans.swarm_object_version(self._attrs)

    def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(self.client.api.inspect_swarm())

    def get_unlock_key(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.SwarmUnlockkeyResponse:
        """Read the key that unlocks this swarm's managers after a restart.

        The key is empty unless the swarm was set to lock its managers
        (EncryptionConfig.AutoLockManagers).

        Calls `client.api.get_unlock_key()`. Endpoint: `GET /swarm/unlockkey`, API >= 1.25.

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
        return self.client.api.get_unlock_key(request_timeout=request_timeout, extra_headers=extra_headers)

    def join(
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

        Calls `client.api.join_swarm()`. Endpoint: `POST /swarm/join`, API >= 1.24.

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
        return self.client.api.join_swarm(
            remote_addrs=remote_addrs,
            join_token=join_token,
            listen_addr=listen_addr,
            advertise_addr=advertise_addr,
            data_path_addr=data_path_addr,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def leave(self, force: bool = False) -> bool:
        """Take this engine out of its swarm.

        Calls `client.api.leave_swarm()`. Built on `swarm_leave()`.

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
        return self.client.api.leave_swarm(
            force=force,
        )

    def unlock(
        self,
        key: str | dict[str, Any] | models.SwarmUnlockkeyResponse | Mapping[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Unlock a manager that restarted while the swarm is locked.

        Calls `client.api.unlock_swarm()`. Endpoint: `POST /swarm/unlock`, API >= 1.25.

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
        return self.client.api.unlock_swarm(
            key=key, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def init(
        self,
        advertise_addr: str | None = None,
        listen_addr: str = "0.0.0.0:2377",
        force_new_cluster: bool = False,
        default_addr_pool: list[str] | None = None,
        subnet_size: int | None = None,
        data_path_addr: str | None = None,
        data_path_port: int | None = None,
        *,
        task_history_retention_limit: int | None = None,
        snapshot_interval: int | None = None,
        keep_old_snapshots: int | None = None,
        log_entries_for_slow_followers: int | None = None,
        heartbeat_tick: int | None = None,
        election_tick: int | None = None,
        dispatcher_heartbeat_period: int | None = None,
        node_cert_expiry: int | None = None,
        external_cas: list[dict[str, Any]] | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        signing_ca_cert: str | None = None,
        signing_ca_key: str | None = None,
        ca_force_rotate: int | None = None,
        autolock_managers: bool | None = None,
        log_driver: dict[str, Any] | None = None,
    ) -> str:
        """Make this daemon the first manager of a new swarm, and return the node's ID.

        The keywords of create_swarm_spec set the swarm's settings; attrs is read once the swarm
        exists.

        Calls `create_swarm_spec()`, `init_swarm()`, `inspect_swarm()` of `client.api`.

        Args:
            advertise_addr: The address other nodes reach this one at: "192.168.1.1:2377", or an
                interface ("eth0:2377"); guessed when it can be.
            listen_addr: Where the manager listens for other managers (address:port or
                interface:port). Default: `'0.0.0.0:2377'`.
            force_new_cluster: Start a new single-manager swarm from this node's state
                (recovery). Default: `False`.
            default_addr_pool: CIDR pools overlay networks take their subnets from.
            subnet_size: Prefix length of the subnets taken from default_addr_pool.
            data_path_addr: Address or interface for the data traffic of the overlay networks.
            data_path_port: UDP port of the data traffic (1024-49151; None: 4789).
            task_history_retention_limit: How many finished tasks the swarm keeps per service
                slot for inspection.
            snapshot_interval: How many Raft log entries pass between two snapshots of the swarm
                state.
            keep_old_snapshots: How many older Raft snapshots are kept besides the newest.
            log_entries_for_slow_followers: How many log entries stay available after a snapshot
                for managers that fall behind.
            heartbeat_tick: Raft heartbeat interval, counted in ticks (a tick is one second).
            election_tick: Ticks without a leader heartbeat before a manager starts an election;
                keep it well above heartbeat_tick.
            dispatcher_heartbeat_period: How often workers report to the managers, in
                nanoseconds.
            node_cert_expiry: Lifetime of node certificates, in nanoseconds.
            external_cas: Certificate authorities outside the swarm that sign node certificates,
                as a list of dicts with Protocol, URL, Options and CACert.
            name: The swarm's name.
            labels: Labels for the swarm, as a dict of strings.
            signing_ca_cert: A PEM certificate for the swarm's root CA to use instead of
                generating one.
            signing_ca_key: The PEM key that goes with signing_ca_cert.
            ca_force_rotate: A counter; raising it past its current value makes the swarm rotate
                its root CA.
            autolock_managers: Require an unlock key when a manager restarts (the Raft data is
                encrypted at rest).
            log_driver: The default log driver for tasks, as a dict with Name and Options.

        Returns:
            str

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "str",
            self.client.api._run(
                _plans.swarm_init(
                    self,
                    advertise_addr=advertise_addr,
                    listen_addr=listen_addr,
                    force_new_cluster=force_new_cluster,
                    default_addr_pool=default_addr_pool,
                    subnet_size=subnet_size,
                    data_path_addr=data_path_addr,
                    data_path_port=data_path_port,
                    keywords={
                        "create_swarm_spec": {
                            "task_history_retention_limit": task_history_retention_limit,
                            "snapshot_interval": snapshot_interval,
                            "keep_old_snapshots": keep_old_snapshots,
                            "log_entries_for_slow_followers": log_entries_for_slow_followers,
                            "heartbeat_tick": heartbeat_tick,
                            "election_tick": election_tick,
                            "dispatcher_heartbeat_period": dispatcher_heartbeat_period,
                            "node_cert_expiry": node_cert_expiry,
                            "external_cas": external_cas,
                            "name": name,
                            "labels": labels,
                            "signing_ca_cert": signing_ca_cert,
                            "signing_ca_key": signing_ca_key,
                            "ca_force_rotate": ca_force_rotate,
                            "autolock_managers": autolock_managers,
                            "log_driver": log_driver,
                        },
                    },
                ),
                "Swarm.init",
            ),
        )

    def update(
        self,
        rotate_worker_token: bool = False,
        rotate_manager_token: bool = False,
        rotate_manager_unlock_key: bool = False,
        *,
        task_history_retention_limit: int | None = None,
        snapshot_interval: int | None = None,
        keep_old_snapshots: int | None = None,
        log_entries_for_slow_followers: int | None = None,
        heartbeat_tick: int | None = None,
        election_tick: int | None = None,
        dispatcher_heartbeat_period: int | None = None,
        node_cert_expiry: int | None = None,
        external_cas: list[dict[str, Any]] | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        signing_ca_cert: str | None = None,
        signing_ca_key: str | None = None,
        ca_force_rotate: int | None = None,
        autolock_managers: bool | None = None,
        log_driver: dict[str, Any] | None = None,
    ) -> bool:
        """Change the swarm's settings and rotate its tokens, with the version in attrs.

        The keywords of create_swarm_spec make the new spec, which replaces the whole current one
        (what is not given goes back to the daemon's defaults; node_cert_expiry defaults to 90 days,
        as docker-py sends it).

        Calls `create_swarm_spec()`, `update_swarm()` of `client.api`.

        Args:
            rotate_worker_token: Replace the token workers join with. Default: `False`.
            rotate_manager_token: Replace the token managers join with. Default: `False`.
            rotate_manager_unlock_key: Replace the key that unlocks a locked manager. Default:
                `False`.
            task_history_retention_limit: How many finished tasks the swarm keeps per service
                slot for inspection.
            snapshot_interval: How many Raft log entries pass between two snapshots of the swarm
                state.
            keep_old_snapshots: How many older Raft snapshots are kept besides the newest.
            log_entries_for_slow_followers: How many log entries stay available after a snapshot
                for managers that fall behind.
            heartbeat_tick: Raft heartbeat interval, counted in ticks (a tick is one second).
            election_tick: Ticks without a leader heartbeat before a manager starts an election;
                keep it well above heartbeat_tick.
            dispatcher_heartbeat_period: How often workers report to the managers, in
                nanoseconds.
            node_cert_expiry: Lifetime of node certificates, in nanoseconds.
            external_cas: Certificate authorities outside the swarm that sign node certificates,
                as a list of dicts with Protocol, URL, Options and CACert.
            name: The swarm's name.
            labels: Labels for the swarm, as a dict of strings.
            signing_ca_cert: A PEM certificate for the swarm's root CA to use instead of
                generating one.
            signing_ca_key: The PEM key that goes with signing_ca_cert.
            ca_force_rotate: A counter; raising it past its current value makes the swarm rotate
                its root CA.
            autolock_managers: Require an unlock key when a manager restarts (the Raft data is
                encrypted at rest).
            log_driver: The default log driver for tasks, as a dict with Name and Options.

        Returns:
            bool

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "bool",
            self.client.api._run(
                _plans.swarm_update(
                    self,
                    rotate_worker_token=rotate_worker_token,
                    rotate_manager_token=rotate_manager_token,
                    rotate_manager_unlock_key=rotate_manager_unlock_key,
                    keywords={
                        "create_swarm_spec": {
                            "task_history_retention_limit": task_history_retention_limit,
                            "snapshot_interval": snapshot_interval,
                            "keep_old_snapshots": keep_old_snapshots,
                            "log_entries_for_slow_followers": log_entries_for_slow_followers,
                            "heartbeat_tick": heartbeat_tick,
                            "election_tick": election_tick,
                            "dispatcher_heartbeat_period": dispatcher_heartbeat_period,
                            "node_cert_expiry": node_cert_expiry,
                            "external_cas": external_cas,
                            "name": name,
                            "labels": labels,
                            "signing_ca_cert": signing_ca_cert,
                            "signing_ca_key": signing_ca_key,
                            "ca_force_rotate": ca_force_rotate,
                            "autolock_managers": autolock_managers,
                            "log_driver": log_driver,
                        },
                    },
                ),
                "Swarm.update",
            ),
        )


class AsyncSwarm(DockerObject):
    """The swarm this daemon belongs to (`client.swarm`), as a manager last described it (`attrs`; empty outside a swarm or on a worker). reload() reads it again."""

    _id_field: ClassVar[str] = "ID"
    _typed: ClassVar[bool] = True
    client: AsyncDockerClient

    @property
    def attrs(self) -> models.Swarm:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.Swarm", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.Swarm) -> None:
        self._set_attrs(value)

    @property
    def version(self) -> int:
        """The swarm's version index: update() sends it, so reload() after another change."""
        return _plans.swarm_object_version(self._attrs)

    async def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(await self.client.api.inspect_swarm())

    async def get_unlock_key(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> models.SwarmUnlockkeyResponse:
        """Read the key that unlocks this swarm's managers after a restart.

        The key is empty unless the swarm was set to lock its managers
        (EncryptionConfig.AutoLockManagers).

        Calls `client.api.get_unlock_key()`. Endpoint: `GET /swarm/unlockkey`, API >= 1.25.

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
        return await self.client.api.get_unlock_key(
            request_timeout=request_timeout, extra_headers=extra_headers
        )

    async def join(
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

        Calls `client.api.join_swarm()`. Endpoint: `POST /swarm/join`, API >= 1.24.

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
        return await self.client.api.join_swarm(
            remote_addrs=remote_addrs,
            join_token=join_token,
            listen_addr=listen_addr,
            advertise_addr=advertise_addr,
            data_path_addr=data_path_addr,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    async def leave(self, force: bool = False) -> bool:
        """Take this engine out of its swarm.

        Calls `client.api.leave_swarm()`. Built on `swarm_leave()`.

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
        return await self.client.api.leave_swarm(
            force=force,
        )

    async def unlock(
        self,
        key: str | dict[str, Any] | models.SwarmUnlockkeyResponse | Mapping[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Unlock a manager that restarted while the swarm is locked.

        Calls `client.api.unlock_swarm()`. Endpoint: `POST /swarm/unlock`, API >= 1.25.

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
        return await self.client.api.unlock_swarm(
            key=key, request_timeout=request_timeout, extra_headers=extra_headers
        )

    async def init(
        self,
        advertise_addr: str | None = None,
        listen_addr: str = "0.0.0.0:2377",
        force_new_cluster: bool = False,
        default_addr_pool: list[str] | None = None,
        subnet_size: int | None = None,
        data_path_addr: str | None = None,
        data_path_port: int | None = None,
        *,
        task_history_retention_limit: int | None = None,
        snapshot_interval: int | None = None,
        keep_old_snapshots: int | None = None,
        log_entries_for_slow_followers: int | None = None,
        heartbeat_tick: int | None = None,
        election_tick: int | None = None,
        dispatcher_heartbeat_period: int | None = None,
        node_cert_expiry: int | None = None,
        external_cas: list[dict[str, Any]] | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        signing_ca_cert: str | None = None,
        signing_ca_key: str | None = None,
        ca_force_rotate: int | None = None,
        autolock_managers: bool | None = None,
        log_driver: dict[str, Any] | None = None,
    ) -> str:
        """Make this daemon the first manager of a new swarm, and return the node's ID.

        The keywords of create_swarm_spec set the swarm's settings; attrs is read once the swarm
        exists.

        Calls `create_swarm_spec()`, `init_swarm()`, `inspect_swarm()` of `client.api`.

        Args:
            advertise_addr: The address other nodes reach this one at: "192.168.1.1:2377", or an
                interface ("eth0:2377"); guessed when it can be.
            listen_addr: Where the manager listens for other managers (address:port or
                interface:port). Default: `'0.0.0.0:2377'`.
            force_new_cluster: Start a new single-manager swarm from this node's state
                (recovery). Default: `False`.
            default_addr_pool: CIDR pools overlay networks take their subnets from.
            subnet_size: Prefix length of the subnets taken from default_addr_pool.
            data_path_addr: Address or interface for the data traffic of the overlay networks.
            data_path_port: UDP port of the data traffic (1024-49151; None: 4789).
            task_history_retention_limit: How many finished tasks the swarm keeps per service
                slot for inspection.
            snapshot_interval: How many Raft log entries pass between two snapshots of the swarm
                state.
            keep_old_snapshots: How many older Raft snapshots are kept besides the newest.
            log_entries_for_slow_followers: How many log entries stay available after a snapshot
                for managers that fall behind.
            heartbeat_tick: Raft heartbeat interval, counted in ticks (a tick is one second).
            election_tick: Ticks without a leader heartbeat before a manager starts an election;
                keep it well above heartbeat_tick.
            dispatcher_heartbeat_period: How often workers report to the managers, in
                nanoseconds.
            node_cert_expiry: Lifetime of node certificates, in nanoseconds.
            external_cas: Certificate authorities outside the swarm that sign node certificates,
                as a list of dicts with Protocol, URL, Options and CACert.
            name: The swarm's name.
            labels: Labels for the swarm, as a dict of strings.
            signing_ca_cert: A PEM certificate for the swarm's root CA to use instead of
                generating one.
            signing_ca_key: The PEM key that goes with signing_ca_cert.
            ca_force_rotate: A counter; raising it past its current value makes the swarm rotate
                its root CA.
            autolock_managers: Require an unlock key when a manager restarts (the Raft data is
                encrypted at rest).
            log_driver: The default log driver for tasks, as a dict with Name and Options.

        Returns:
            str

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "str",
            await self.client.api._run(
                _plans.swarm_init(
                    self,
                    advertise_addr=advertise_addr,
                    listen_addr=listen_addr,
                    force_new_cluster=force_new_cluster,
                    default_addr_pool=default_addr_pool,
                    subnet_size=subnet_size,
                    data_path_addr=data_path_addr,
                    data_path_port=data_path_port,
                    keywords={
                        "create_swarm_spec": {
                            "task_history_retention_limit": task_history_retention_limit,
                            "snapshot_interval": snapshot_interval,
                            "keep_old_snapshots": keep_old_snapshots,
                            "log_entries_for_slow_followers": log_entries_for_slow_followers,
                            "heartbeat_tick": heartbeat_tick,
                            "election_tick": election_tick,
                            "dispatcher_heartbeat_period": dispatcher_heartbeat_period,
                            "node_cert_expiry": node_cert_expiry,
                            "external_cas": external_cas,
                            "name": name,
                            "labels": labels,
                            "signing_ca_cert": signing_ca_cert,
                            "signing_ca_key": signing_ca_key,
                            "ca_force_rotate": ca_force_rotate,
                            "autolock_managers": autolock_managers,
                            "log_driver": log_driver,
                        },
                    },
                ),
                "Swarm.init",
            ),
        )

    async def update(
        self,
        rotate_worker_token: bool = False,
        rotate_manager_token: bool = False,
        rotate_manager_unlock_key: bool = False,
        *,
        task_history_retention_limit: int | None = None,
        snapshot_interval: int | None = None,
        keep_old_snapshots: int | None = None,
        log_entries_for_slow_followers: int | None = None,
        heartbeat_tick: int | None = None,
        election_tick: int | None = None,
        dispatcher_heartbeat_period: int | None = None,
        node_cert_expiry: int | None = None,
        external_cas: list[dict[str, Any]] | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        signing_ca_cert: str | None = None,
        signing_ca_key: str | None = None,
        ca_force_rotate: int | None = None,
        autolock_managers: bool | None = None,
        log_driver: dict[str, Any] | None = None,
    ) -> bool:
        """Change the swarm's settings and rotate its tokens, with the version in attrs.

        The keywords of create_swarm_spec make the new spec, which replaces the whole current one
        (what is not given goes back to the daemon's defaults; node_cert_expiry defaults to 90 days,
        as docker-py sends it).

        Calls `create_swarm_spec()`, `update_swarm()` of `client.api`.

        Args:
            rotate_worker_token: Replace the token workers join with. Default: `False`.
            rotate_manager_token: Replace the token managers join with. Default: `False`.
            rotate_manager_unlock_key: Replace the key that unlocks a locked manager. Default:
                `False`.
            task_history_retention_limit: How many finished tasks the swarm keeps per service
                slot for inspection.
            snapshot_interval: How many Raft log entries pass between two snapshots of the swarm
                state.
            keep_old_snapshots: How many older Raft snapshots are kept besides the newest.
            log_entries_for_slow_followers: How many log entries stay available after a snapshot
                for managers that fall behind.
            heartbeat_tick: Raft heartbeat interval, counted in ticks (a tick is one second).
            election_tick: Ticks without a leader heartbeat before a manager starts an election;
                keep it well above heartbeat_tick.
            dispatcher_heartbeat_period: How often workers report to the managers, in
                nanoseconds.
            node_cert_expiry: Lifetime of node certificates, in nanoseconds.
            external_cas: Certificate authorities outside the swarm that sign node certificates,
                as a list of dicts with Protocol, URL, Options and CACert.
            name: The swarm's name.
            labels: Labels for the swarm, as a dict of strings.
            signing_ca_cert: A PEM certificate for the swarm's root CA to use instead of
                generating one.
            signing_ca_key: The PEM key that goes with signing_ca_cert.
            ca_force_rotate: A counter; raising it past its current value makes the swarm rotate
                its root CA.
            autolock_managers: Require an unlock key when a manager restarts (the Raft data is
                encrypted at rest).
            log_driver: The default log driver for tasks, as a dict with Name and Options.

        Returns:
            bool

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "bool",
            await self.client.api._run(
                _plans.swarm_update(
                    self,
                    rotate_worker_token=rotate_worker_token,
                    rotate_manager_token=rotate_manager_token,
                    rotate_manager_unlock_key=rotate_manager_unlock_key,
                    keywords={
                        "create_swarm_spec": {
                            "task_history_retention_limit": task_history_retention_limit,
                            "snapshot_interval": snapshot_interval,
                            "keep_old_snapshots": keep_old_snapshots,
                            "log_entries_for_slow_followers": log_entries_for_slow_followers,
                            "heartbeat_tick": heartbeat_tick,
                            "election_tick": election_tick,
                            "dispatcher_heartbeat_period": dispatcher_heartbeat_period,
                            "node_cert_expiry": node_cert_expiry,
                            "external_cas": external_cas,
                            "name": name,
                            "labels": labels,
                            "signing_ca_cert": signing_ca_cert,
                            "signing_ca_key": signing_ca_key,
                            "ca_force_rotate": ca_force_rotate,
                            "autolock_managers": autolock_managers,
                            "log_driver": log_driver,
                        },
                    },
                ),
                "Swarm.update",
            ),
        )
