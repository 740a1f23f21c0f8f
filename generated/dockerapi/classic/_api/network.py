# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `network` methods of both clients; results are plain dicts and lists (`dockerapi.classic.types`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import _operations as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ... import models
    from ..._models import DockerModel
    from .. import types

__all__ = ["NetworkMethods", "AsyncNetworkMethods"]


class NetworkMethods(SyncAPIClient):
    """The network methods of `Client`."""

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

        Endpoint: `POST /networks/{id}/connect`, API >= 1.24.

        Args:
            container: sent as body-field `Container`.
            net_id: sent as path `id`.
            ipv4_address: sent as `EndpointConfig`.
            ipv6_address: sent as `EndpointConfig`.
            aliases: sent as `EndpointConfig`.
            links: sent as `EndpointConfig`.
            link_local_ips: sent as `EndpointConfig`.
            driver_opt: sent as `EndpointConfig`.
            mac_address: sent as `EndpointConfig`.

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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
    ) -> types.NetworkCreateResponse:
        """Create a network, like `docker network create`.

        Endpoint: `POST /networks/create`, API >= 1.24.

        Args:
            name: sent as body-field `Name`.
            driver: sent as body-field `Driver`.
            options: sent as body-field `Options`.
            ipam: sent as body-field `IPAM`.
            check_duplicate: sent as body-field `CheckDuplicate`. Not in API >= 1.46.
            internal: sent as body-field `Internal`. Default: `False`.
            labels: sent as body-field `Labels`.
            enable_ipv6: sent as body-field `EnableIPv6`. Default: `False`.
            attachable: sent as body-field `Attachable`. API >= 1.27.
            scope: sent as body-field `Scope`. API >= 1.30.
            ingress: sent as body-field `Ingress`. API >= 1.29.
            config_only: sent as body-field `ConfigOnly`. API >= 1.41.
            config_from: sent as body-field `ConfigFrom`. API >= 1.41.
            enable_ipv4: sent as body-field `EnableIPv4`. API >= 1.47.

        Returns:
            dict (NetworkCreateResponse keys)

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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

        Endpoint: `POST /networks/{id}/disconnect`, API >= 1.24.

        Args:
            container: sent as body-field `Container`.
            net_id: sent as path `id`.
            force: sent as body-field `Force`. Default: `False`.

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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

    def inspect_network(
        self,
        net_id: str | Mapping[str, Any] | DockerModel,
        verbose: bool | None = None,
        scope: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.NetworkInspect:
        """Low-level information about one network.

        Endpoint: `GET /networks/{id}`, API >= 1.24.

        Args:
            net_id: sent as path `id`.
            verbose: sent as query `verbose`. API >= 1.28.
            scope: sent as query `scope`. API >= 1.31.

        Returns:
            dict (NetworkInspect keys)

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
            _ops.inspect_network,
            {
                "net_id": net_id,
                "verbose": verbose,
                "scope": scope,
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
    ) -> list[types.NetworkSummary]:
        """List networks, like `docker network ls`.

        Endpoint: `GET /networks`, API >= 1.24.

        Args:
            names: sent as `name`.
            ids: sent as `id`.
            filters: sent as query `filters`.

        Returns:
            list[dict (NetworkSummary keys)]

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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

    def prune_networks(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.NetworkPruneResponse:
        """Remove networks no container uses.

        Endpoint: `POST /networks/prune`, API >= 1.25.

        Args:
            filters: sent as query `filters`. API >= 1.25.

        Returns:
            dict (NetworkPruneResponse keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.prune_networks,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def remove_network(
        self,
        net_id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a network.

        Endpoint: `DELETE /networks/{id}`, API >= 1.24.

        Args:
            net_id: sent as path `id`.

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
            _ops.remove_network,
            {"net_id": net_id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )


class AsyncNetworkMethods(AsyncAPIClient):
    """The network methods of `AsyncClient`."""

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

        Endpoint: `POST /networks/{id}/connect`, API >= 1.24.

        Args:
            container: sent as body-field `Container`.
            net_id: sent as path `id`.
            ipv4_address: sent as `EndpointConfig`.
            ipv6_address: sent as `EndpointConfig`.
            aliases: sent as `EndpointConfig`.
            links: sent as `EndpointConfig`.
            link_local_ips: sent as `EndpointConfig`.
            driver_opt: sent as `EndpointConfig`.
            mac_address: sent as `EndpointConfig`.

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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
    ) -> types.NetworkCreateResponse:
        """Create a network, like `docker network create`.

        Endpoint: `POST /networks/create`, API >= 1.24.

        Args:
            name: sent as body-field `Name`.
            driver: sent as body-field `Driver`.
            options: sent as body-field `Options`.
            ipam: sent as body-field `IPAM`.
            check_duplicate: sent as body-field `CheckDuplicate`. Not in API >= 1.46.
            internal: sent as body-field `Internal`. Default: `False`.
            labels: sent as body-field `Labels`.
            enable_ipv6: sent as body-field `EnableIPv6`. Default: `False`.
            attachable: sent as body-field `Attachable`. API >= 1.27.
            scope: sent as body-field `Scope`. API >= 1.30.
            ingress: sent as body-field `Ingress`. API >= 1.29.
            config_only: sent as body-field `ConfigOnly`. API >= 1.41.
            config_from: sent as body-field `ConfigFrom`. API >= 1.41.
            enable_ipv4: sent as body-field `EnableIPv4`. API >= 1.47.

        Returns:
            dict (NetworkCreateResponse keys)

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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

        Endpoint: `POST /networks/{id}/disconnect`, API >= 1.24.

        Args:
            container: sent as body-field `Container`.
            net_id: sent as path `id`.
            force: sent as body-field `Force`. Default: `False`.

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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

    async def inspect_network(
        self,
        net_id: str | Mapping[str, Any] | DockerModel,
        verbose: bool | None = None,
        scope: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.NetworkInspect:
        """Low-level information about one network.

        Endpoint: `GET /networks/{id}`, API >= 1.24.

        Args:
            net_id: sent as path `id`.
            verbose: sent as query `verbose`. API >= 1.28.
            scope: sent as query `scope`. API >= 1.31.

        Returns:
            dict (NetworkInspect keys)

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
            _ops.inspect_network,
            {
                "net_id": net_id,
                "verbose": verbose,
                "scope": scope,
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
    ) -> list[types.NetworkSummary]:
        """List networks, like `docker network ls`.

        Endpoint: `GET /networks`, API >= 1.24.

        Args:
            names: sent as `name`.
            ids: sent as `id`.
            filters: sent as query `filters`.

        Returns:
            list[dict (NetworkSummary keys)]

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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

    async def prune_networks(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.NetworkPruneResponse:
        """Remove networks no container uses.

        Endpoint: `POST /networks/prune`, API >= 1.25.

        Args:
            filters: sent as query `filters`. API >= 1.25.

        Returns:
            dict (NetworkPruneResponse keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.prune_networks,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def remove_network(
        self,
        net_id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a network.

        Endpoint: `DELETE /networks/{id}`, API >= 1.24.

        Args:
            net_id: sent as path `id`.

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
            _ops.remove_network,
            {"net_id": net_id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )
