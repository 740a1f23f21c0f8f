# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `networks` objects and their collection, as docker-py 7.2 has them; generated from spec/objects/networks.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

from ... import _object_plans as _plans
from ..._objects import DockerObject, ObjectCollection

if TYPE_CHECKING:
    from ... import models
    from ..._model_base import DockerModel
    from .. import typeddicts
    from ..client import DockerClient
    from .containers import Container

__all__ = ["Network", "NetworkCollection"]


class Network(DockerObject):
    """A network, as the daemon last described it (`attrs`); its methods act on it by id."""

    _id_field: ClassVar[str] = "Id"
    client: DockerClient
    collection: NetworkCollection

    @property
    def attrs(self) -> dict[str, Any]:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("dict[str, Any]", self._get_attrs())

    @attrs.setter
    def attrs(self, value: dict[str, Any]) -> None:
        self._set_attrs(value)

    @property
    def name(self) -> str | None:
        """The network's name."""
        return _plans.network_name(self._attrs)

    @property
    def containers(self) -> list[Container]:
        """The containers attached to the network, as the attrs list them (inspected: a list entry has no containers; reload() or get() first). Reads the daemon."""
        return cast(
            "list[Container]", self.client.api._run(_plans.network_containers(self), "Network.containers")
        )

    def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(self.client.api.inspect_network(self.id))

    def connect(
        self,
        container: str | Mapping[str, Any] | DockerModel | DockerObject,
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
        """Attach a container to a network, with optional aliases, links and fixed addresses.

        The address-related keywords are gathered into one endpoint config (see
        create_endpoint_config) sent with the request. A running container gets the new interface at
        once.

        Calls `client.api.connect_container_to_network()`. Endpoint: `POST /networks/{id}/connect`,
        API >= 1.24.

        Args:
            container: The container, by ID, name or ID prefix, or a result carrying an "Id"
                key.
            ipv4_address: A fixed IPv4 address for the container on this network, e.g.
                "172.28.5.10"; it must lie in a subnet the network was created with.
            ipv6_address: A fixed IPv6 address for the container on this network, within one of
                its IPv6 subnets.
            aliases: Extra DNS names under which other containers on this network can reach this
                one.
            links: Legacy links to other containers, as a dict of container name to alias, a
                list of (name, alias) pairs, or a list of "name:alias" strings.
            link_local_ips: Additional link-local addresses (IPv4 169.254.0.0/16 or IPv6
                fe80::/10) for the container.
            driver_opt: Endpoint options for the network driver, as a dict of strings.
            mac_address: The MAC address to give the container's interface on this network, e.g.
                "02:42:ac:12:00:07".
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "None",
            api.connect_container_to_network(
                net_id=self.id,
                container=container,
                ipv4_address=ipv4_address,
                ipv6_address=ipv6_address,
                aliases=aliases,
                links=links,
                link_local_ips=link_local_ips,
                driver_opt=driver_opt,
                mac_address=mac_address,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    def disconnect(
        self,
        container: str | Mapping[str, Any] | DockerModel | DockerObject,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Detach a container from a network.

        Calls `client.api.disconnect_container_from_network()`. Endpoint: `POST
        /networks/{id}/disconnect`, API >= 1.24.

        Args:
            container: The container, by ID, name or ID prefix, or a result carrying an "Id"
                key.
            force: Remove the endpoint even when the container cannot be found, e.g. a stale
                entry left behind by a container that was removed. Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "None",
            api.disconnect_container_from_network(
                net_id=self.id,
                container=container,
                force=force,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    def remove(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> None:
        """Delete a network; no container may still be attached to it.

        Calls `client.api.remove_network()`. Endpoint: `DELETE /networks/{id}`, API >= 1.24.

        Args:
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
        return self.client.api.remove_network(
            net_id=self.id, request_timeout=request_timeout, extra_headers=extra_headers
        )


class NetworkCollection(ObjectCollection):
    """The networks of the daemon (`client.networks`)."""

    model: ClassVar[type[Network]] = Network
    _attribute: ClassVar[str] = "networks"
    client: DockerClient

    def create(
        self,
        name: str,
        driver: str | None = None,
        options: dict[str, str] | None = None,
        ipam: models.IPAM | Mapping[str, Any] | dict[str, Any] | None = None,
        check_duplicate: bool | None = None,
        internal: bool = False,
        labels: dict[str, str] | None = None,
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
    ) -> Network:
        """Create a network, as `docker network create` does.

        Calls `client.api.create_network()`. Endpoint: `POST /networks/create`, API >= 1.24.

        Args:
            name: The new network's name.
            driver: The network driver, e.g. "bridge" (what the daemon uses when none is given),
                "overlay" for a multi-host swarm network, "macvlan", "ipvlan", or a plugin's name.
            options: Driver-specific options as a dict of strings (other values are turned into
                strings), e.g. {"com.docker.network.bridge.name": "br-app"}.
            ipam: The IP address management setup, as an IPAM model or a dict such as {"Driver":
                "default", "Config": [{"Subnet": "172.28.0.0/16", "Gateway": "172.28.0.1"}]}.
            check_duplicate: Ask the daemon to refuse a second network with the same name. Newer
                daemons always check, which is why the API dropped the field. Not in API >= 1.46.
                From API 1.46 True is accepted and not sent (the daemon refuses a name in use
                anyway); False cannot be honoured.
            internal: Cut the network off from the outside: containers on it can reach each
                other but not external hosts. Default: `False`.
            labels: Metadata to attach, as a dict of label to value or a list of label names
                (each given an empty value).
            enable_ipv6: Give containers IPv6 addresses on this network as well. Default:
                `False`.
            attachable: For a swarm (overlay) network, let plain containers started with
                create_container or run join it, not only service tasks. API >= 1.27.
            scope: Where the network exists, "local" (one host), "swarm" (the whole swarm) or
                "global"; normally implied by the driver. API >= 1.30.
            ingress: Make this the swarm's routing-mesh network, which carries published service
                ports; a swarm has at most one. API >= 1.29.
            config_only: Create a placeholder that only holds configuration (subnets, options)
                for other networks to use through `config_from`; no container can join it. API >=
                1.41.
            config_from: Take the configuration from an existing config-only network, given as
                {"Network": "its-name"} (a name, not an ID). API >= 1.41.
            enable_ipv4: Give containers IPv4 addresses on this network; False makes an
                IPv6-only network where the driver allows it. API >= 1.47.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Network: The new network's ID, plus a warning the daemon may add.

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        answer = self.client.api.create_network(
            name=name,
            driver=driver,
            options=options,
            ipam=ipam,
            check_duplicate=check_duplicate,
            internal=internal,
            labels=labels,
            enable_ipv6=enable_ipv6,
            attachable=attachable,
            scope=scope,
            ingress=ingress,
            config_only=config_only,
            config_from=config_from,
            enable_ipv4=enable_ipv4,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )
        return self.client.networks.get(answer["Id"])

    def get(
        self,
        network_id: str | Mapping[str, Any] | DockerModel | DockerObject,
        verbose: bool | None = None,
        scope: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Network:
        """Read the full description of one network, including the containers attached to it.

        Calls `client.api.inspect_network()`. Endpoint: `GET /networks/{id}`, API >= 1.24.

        Args:
            network_id: The network, by name, ID or ID prefix, or a result carrying an "Id" key.
            verbose: For a swarm-scoped network, also report the services and tasks using it
                across the cluster (meant for troubleshooting). API >= 1.28.
            scope: Only match a network of this scope, "swarm", "global" or "local"; useful when
                a local and a swarm network share a name. API >= 1.31.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Network: The network's settings (driver, scope, IPAM, options, labels) and the
                endpoints of the containers attached to it, keyed by container ID.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "Network",
            self.prepare_model(
                api.inspect_network(
                    net_id=network_id,
                    verbose=verbose,
                    scope=scope,
                    request_timeout=request_timeout,
                    extra_headers=extra_headers,
                )
            ),
        )

    def prune(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.NetworkPruneResponse:
        """Delete every custom network that no container uses.

        Calls `client.api.prune_networks()`. Endpoint: `POST /networks/prune`, API >= 1.25.

        Args:
            filters: Restrict what is pruned, as a dict (values converted as for `networks`) or
                a JSON string. Keys are until (a Unix timestamp, a date, or a duration such as "24h"
                counted back from the daemon's clock) and label ("env" or "env=prod"); the key
                "label!" keeps the matching networks instead.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            NetworkPruneResponse: The names of the deleted networks.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.prune_networks(
            filters=filters, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def list(
        self,
        names: list[str] | None = None,
        ids: list[str] | None = None,
        filters: dict[str, Any] | None = None,
        greedy: bool = False,
    ) -> list[Network]:
        """The networks, as the list answer describes them (with greedy, each inspected).

        A list entry does not name the network's containers: greedy inspects every network (the
        inspects pipelined) so that `containers` and the whole description are there. In the typed
        faces a network listed without greedy is sparse: its list entry is `summary`, and reload()
        reads the whole description.

        Calls `networks()`, `inspect_network()` of `client.api`.

        Args:
            names: Only networks of these names.
            ids: Only networks of these ids.
            filters: Filters as the daemon takes them: {"driver": ["bridge"]}, {"label":
                ["a=b"]}, {"type": ["custom"]}.
            greedy: Inspect each network, for its containers and whole description. Default:
                `False`.

        Returns:
            list[Network]

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "list[Network]",
            self.client.api._run(
                _plans.networks_list(self, names=names, ids=ids, filters=filters, greedy=greedy),
                "networks.list",
            ),
        )
