# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `volume` methods of both clients; results are pydantic models of `dockerapi.models`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _catalog as _ops
from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .. import models

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
    ) -> models.Volume:
        """Create a named volume, or an anonymous one with a generated name when no name is given.

        Creating a volume whose name already exists with the same driver is not an error: the daemon
        returns the existing volume.

        Endpoint: `POST /volumes/create`, API >= 1.24.

        Args:
            name: The volume's name; leave it out to let the daemon pick a random one.
            driver: The volume driver, "local" or the name of a volume plugin. Default:
                `'local'`.
            driver_opts: Options for the driver as a dict of strings (other values are turned
                into strings); for "local", e.g. {"type": "tmpfs", "device": "tmpfs", "o":
                "size=100m"}.
            labels: Metadata to attach, as a dict of label to value or a list of label names
                (each given an empty value).
            cluster_volume_spec: Settings for a swarm cluster (CSI) volume, as a
                ClusterVolumeSpec or a dict such as {"Group": "db", "AccessMode": {"Scope":
                "single", "Sharing": "none"}}; only valid with a CSI driver on a swarm manager. API
                >= 1.42.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Volume: The volume as the daemon recorded it, with its name, driver and mount point
                on the host.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            volume = client.create_volume("app-data", labels={"app": "demo"})
            print(volume["Name"], volume["Mountpoint"])
            client.remove_volume("app-data")
            ```
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
    ) -> models.Volume:
        """Read the full description of one volume.

        Endpoint: `GET /volumes/{name}`, API >= 1.24.

        Args:
            name: The volume's name (or, for a cluster volume, its swarm ID).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Volume: The volume's driver, mount point, labels, options and scope, and cluster
                details for a CSI volume.

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
    ) -> models.VolumePruneResponse:
        """Delete volumes that no container uses.

        From API 1.42 only anonymous volumes are pruned unless the filter {"all": True} is given.

        Endpoint: `POST /volumes/prune`, API >= 1.25.

        Args:
            filters: Restrict what is pruned, as a dict (values converted as for `volumes`) or a
                JSON string. Keys are label ("env" or "env=prod"; the key "label!" keeps the
                matching volumes instead) and, from API 1.42, all (True: named volumes too).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            VolumePruneResponse: The names of the deleted volumes and the disk space freed, in
                bytes.

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
        """Delete a volume; one still used by a container cannot be removed.

        Endpoint: `DELETE /volumes/{name}`, API >= 1.24.

        Args:
            name: The volume's name.
            force: Remove the volume even if the driver reports an error while doing so (it is
                still refused while in use). Default: `False`. API >= 1.25.
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
        """Change the spec of a swarm cluster (CSI) volume; plain local volumes cannot be updated.

        Endpoint: `PUT /volumes/{name}`, API >= 1.42.

        Args:
            name: The cluster volume's name or swarm ID.
            version: The version of the volume the change is based on, read from
                `inspect_volume(name)["ClusterVolume"]["Version"]["Index"]`; a stale number makes
                the daemon refuse.
            spec: The new ClusterVolumeSpec, as a model or a dict; in practice its Availability
                ("active", "pause" or "drain") is what may change.
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
    ) -> models.VolumeListResponse:
        """List volumes, as `docker volume ls` does.

        Endpoint: `GET /volumes`, API >= 1.24.

        Args:
            filters: Narrow the list, as a dict of filter name to value(s), e.g. {"dangling":
                True} or {"label": {"app": "db"}}: a single value becomes a one-item list, booleans
                become "true"/"false" and a dict value becomes "key=value" entries. A string is
                taken as already JSON-encoded. Keys the daemon knows are dangling, driver, label and
                name.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            VolumeListResponse: A document with "Volumes" (the volumes, possibly None when there
                are none) and "Warnings" (notes from volume drivers that could not answer).

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            result = client.volumes(filters={"dangling": True})
            for volume in result["Volumes"] or []:
                print(volume["Name"], volume["Driver"])
            ```
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
    ) -> models.Volume:
        """Create a named volume, or an anonymous one with a generated name when no name is given.

        Creating a volume whose name already exists with the same driver is not an error: the daemon
        returns the existing volume.

        Endpoint: `POST /volumes/create`, API >= 1.24.

        Args:
            name: The volume's name; leave it out to let the daemon pick a random one.
            driver: The volume driver, "local" or the name of a volume plugin. Default:
                `'local'`.
            driver_opts: Options for the driver as a dict of strings (other values are turned
                into strings); for "local", e.g. {"type": "tmpfs", "device": "tmpfs", "o":
                "size=100m"}.
            labels: Metadata to attach, as a dict of label to value or a list of label names
                (each given an empty value).
            cluster_volume_spec: Settings for a swarm cluster (CSI) volume, as a
                ClusterVolumeSpec or a dict such as {"Group": "db", "AccessMode": {"Scope":
                "single", "Sharing": "none"}}; only valid with a CSI driver on a swarm manager. API
                >= 1.42.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Volume: The volume as the daemon recorded it, with its name, driver and mount point
                on the host.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            volume = client.create_volume("app-data", labels={"app": "demo"})
            print(volume["Name"], volume["Mountpoint"])
            client.remove_volume("app-data")
            ```
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
    ) -> models.Volume:
        """Read the full description of one volume.

        Endpoint: `GET /volumes/{name}`, API >= 1.24.

        Args:
            name: The volume's name (or, for a cluster volume, its swarm ID).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Volume: The volume's driver, mount point, labels, options and scope, and cluster
                details for a CSI volume.

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
    ) -> models.VolumePruneResponse:
        """Delete volumes that no container uses.

        From API 1.42 only anonymous volumes are pruned unless the filter {"all": True} is given.

        Endpoint: `POST /volumes/prune`, API >= 1.25.

        Args:
            filters: Restrict what is pruned, as a dict (values converted as for `volumes`) or a
                JSON string. Keys are label ("env" or "env=prod"; the key "label!" keeps the
                matching volumes instead) and, from API 1.42, all (True: named volumes too).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            VolumePruneResponse: The names of the deleted volumes and the disk space freed, in
                bytes.

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
        """Delete a volume; one still used by a container cannot be removed.

        Endpoint: `DELETE /volumes/{name}`, API >= 1.24.

        Args:
            name: The volume's name.
            force: Remove the volume even if the driver reports an error while doing so (it is
                still refused while in use). Default: `False`. API >= 1.25.
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
        """Change the spec of a swarm cluster (CSI) volume; plain local volumes cannot be updated.

        Endpoint: `PUT /volumes/{name}`, API >= 1.42.

        Args:
            name: The cluster volume's name or swarm ID.
            version: The version of the volume the change is based on, read from
                `inspect_volume(name)["ClusterVolume"]["Version"]["Index"]`; a stale number makes
                the daemon refuse.
            spec: The new ClusterVolumeSpec, as a model or a dict; in practice its Availability
                ("active", "pause" or "drain") is what may change.
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
    ) -> models.VolumeListResponse:
        """List volumes, as `docker volume ls` does.

        Endpoint: `GET /volumes`, API >= 1.24.

        Args:
            filters: Narrow the list, as a dict of filter name to value(s), e.g. {"dangling":
                True} or {"label": {"app": "db"}}: a single value becomes a one-item list, booleans
                become "true"/"false" and a dict value becomes "key=value" entries. A string is
                taken as already JSON-encoded. Keys the daemon knows are dangling, driver, label and
                name.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            VolumeListResponse: A document with "Volumes" (the volumes, possibly None when there
                are none) and "Warnings" (notes from volume drivers that could not answer).

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            result = client.volumes(filters={"dangling": True})
            for volume in result["Volumes"] or []:
                print(volume["Name"], volume["Driver"])
            ```
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.volumes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )
