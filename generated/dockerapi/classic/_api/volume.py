# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `volume` methods of both clients; results are plain dicts and lists (`dockerapi.classic.types`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import _operations as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ... import models
    from .. import types

__all__ = ["VolumeMethods", "AsyncVolumeMethods"]


class VolumeMethods(SyncAPIClient):
    """The volume methods of `Client`."""

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
    ) -> types.Volume:
        """Create a named volume (or an anonymous one when no name is given).

        Endpoint: `POST /volumes/create`, API >= 1.24.

        Args:
            name: sent as body-field `Name`.
            driver: sent as body-field `Driver`. Default: `'local'`.
            driver_opts: sent as body-field `DriverOpts`.
            labels: sent as body-field `Labels`.
            cluster_volume_spec: sent as body-field `ClusterVolumeSpec`. API >= 1.42.

        Returns:
            dict (Volume keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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

    def inspect_volume(
        self,
        name: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.Volume:
        """Low-level information about one volume.

        Endpoint: `GET /volumes/{name}`, API >= 1.24.

        Args:
            name: sent as path `name`.

        Returns:
            dict (Volume keys)

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
            _ops.inspect_volume,
            {"name": name, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def prune_volumes(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.VolumePruneResponse:
        """Remove volumes no container uses.

        Endpoint: `POST /volumes/prune`, API >= 1.25.

        Args:
            filters: sent as query `filters`. API >= 1.25.

        Returns:
            dict (VolumePruneResponse keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.prune_volumes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
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

        Endpoint: `DELETE /volumes/{name}`, API >= 1.24.

        Args:
            name: sent as path `name`.
            force: sent as query `force`. Default: `False`. API >= 1.25.

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
            _ops.remove_volume,
            {
                "name": name,
                "force": force,
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

        Endpoint: `PUT /volumes/{name}`, API >= 1.42.

        Args:
            name: sent as path `name`.
            version: sent as query `version`. API >= 1.42.
            spec: sent as body-field `Spec`. API >= 1.42.

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
            _ops.update_volume,
            {
                "name": name,
                "version": version,
                "spec": spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def volumes(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.VolumeListResponse:
        """List volumes, like `docker volume ls`.

        Endpoint: `GET /volumes`, API >= 1.24.

        Args:
            filters: sent as query `filters`.

        Returns:
            dict (VolumeListResponse keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.volumes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )


class AsyncVolumeMethods(AsyncAPIClient):
    """The volume methods of `AsyncClient`."""

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
    ) -> types.Volume:
        """Create a named volume (or an anonymous one when no name is given).

        Endpoint: `POST /volumes/create`, API >= 1.24.

        Args:
            name: sent as body-field `Name`.
            driver: sent as body-field `Driver`. Default: `'local'`.
            driver_opts: sent as body-field `DriverOpts`.
            labels: sent as body-field `Labels`.
            cluster_volume_spec: sent as body-field `ClusterVolumeSpec`. API >= 1.42.

        Returns:
            dict (Volume keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
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

    async def inspect_volume(
        self,
        name: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.Volume:
        """Low-level information about one volume.

        Endpoint: `GET /volumes/{name}`, API >= 1.24.

        Args:
            name: sent as path `name`.

        Returns:
            dict (Volume keys)

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
            _ops.inspect_volume,
            {"name": name, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def prune_volumes(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.VolumePruneResponse:
        """Remove volumes no container uses.

        Endpoint: `POST /volumes/prune`, API >= 1.25.

        Args:
            filters: sent as query `filters`. API >= 1.25.

        Returns:
            dict (VolumePruneResponse keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.prune_volumes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
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

        Endpoint: `DELETE /volumes/{name}`, API >= 1.24.

        Args:
            name: sent as path `name`.
            force: sent as query `force`. Default: `False`. API >= 1.25.

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
            _ops.remove_volume,
            {
                "name": name,
                "force": force,
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

        Endpoint: `PUT /volumes/{name}`, API >= 1.42.

        Args:
            name: sent as path `name`.
            version: sent as query `version`. API >= 1.42.
            spec: sent as body-field `Spec`. API >= 1.42.

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
            _ops.update_volume,
            {
                "name": name,
                "version": version,
                "spec": spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def volumes(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.VolumeListResponse:
        """List volumes, like `docker volume ls`.

        Endpoint: `GET /volumes`, API >= 1.24.

        Args:
            filters: sent as query `filters`.

        Returns:
            dict (VolumeListResponse keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.volumes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )
