# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `volumes` objects and their collection, as docker-py 7.2 has them; generated from spec/objects/volumes.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

from ... import _object_plans as _plans
from ..._objects import DockerObject, ObjectCollection

if TYPE_CHECKING:
    from ... import models
    from .. import typeddicts
    from ..client import DockerClient

__all__ = ["Volume", "VolumeCollection"]


class Volume(DockerObject):
    """A volume, as the daemon last described it (`attrs`); its id is its name."""

    _id_field: ClassVar[str] = "Name"
    client: DockerClient
    collection: VolumeCollection

    @property
    def attrs(self) -> dict[str, Any]:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("dict[str, Any]", self._get_attrs())

    @attrs.setter
    def attrs(self, value: dict[str, Any]) -> None:
        self._set_attrs(value)

    @property
    def name(self) -> str:
        """The volume's name (also its id)."""
        return _plans.volume_name(self._attrs)

    def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(self.client.api.inspect_volume(self.id))

    def remove(
        self,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a volume; one still used by a container cannot be removed.

        Calls `client.api.remove_volume()`. Endpoint: `DELETE /volumes/{name}`, API >= 1.24.

        Args:
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
        return self.client.api.remove_volume(
            name=self.id, force=force, request_timeout=request_timeout, extra_headers=extra_headers
        )


class VolumeCollection(ObjectCollection):
    """The volumes of the daemon (`client.volumes`)."""

    model: ClassVar[type[Volume]] = Volume
    _attribute: ClassVar[str] = "volumes"
    client: DockerClient

    def create(
        self,
        name: str | None = None,
        driver: str | None = "local",
        driver_opts: dict[str, str] | None = None,
        labels: dict[str, str] | list[str] | None = None,
        *,
        cluster_volume_spec: models.ClusterVolumeSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Volume:
        """Create a named volume, or an anonymous one with a generated name when no name is given.

        Creating a volume whose name already exists with the same driver is not an error: the daemon
        returns the existing volume.

        Calls `client.api.create_volume()`. Endpoint: `POST /volumes/create`, API >= 1.24.

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
        """
        return cast(
            "Volume",
            self.prepare_model(
                self.client.api.create_volume(
                    name=name,
                    driver=driver,
                    driver_opts=driver_opts,
                    labels=labels,
                    cluster_volume_spec=cluster_volume_spec,
                    request_timeout=request_timeout,
                    extra_headers=extra_headers,
                )
            ),
        )

    def get(
        self,
        volume_id: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Volume:
        """Read the full description of one volume.

        Calls `client.api.inspect_volume()`. Endpoint: `GET /volumes/{name}`, API >= 1.24.

        Args:
            volume_id: The volume's name (or, for a cluster volume, its swarm ID).
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
        return cast(
            "Volume",
            self.prepare_model(
                self.client.api.inspect_volume(
                    name=volume_id, request_timeout=request_timeout, extra_headers=extra_headers
                )
            ),
        )

    def prune(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.VolumePruneResponse:
        """Delete volumes that no container uses.

        From API 1.42 only anonymous volumes are pruned unless the filter {"all": True} is given.

        Calls `client.api.prune_volumes()`. Endpoint: `POST /volumes/prune`, API >= 1.25.

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
        return self.client.api.prune_volumes(
            filters=filters, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def list(self, filters: dict[str, Any] | None = None) -> list[Volume]:
        """The volumes (one request; the list answer describes each whole).

        Calls `volumes()` of `client.api`.

        Args:
            filters: Filters as the daemon takes them: {"dangling": ["true"]}, {"label":
                ["a=b"]}, {"name": ["x"]}.

        Returns:
            list[Volume]

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "list[Volume]", self.client.api._run(_plans.volumes_list(self, filters=filters), "volumes.list")
        )
