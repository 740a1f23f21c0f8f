# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `config` methods of both clients; results are pydantic models of `dockerapi.models`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _catalog as _ops
from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .. import models
    from .._model_base import DockerModel

__all__ = ["ConfigMethods", "AsyncConfigMethods"]


class ConfigMethods(SyncAPIClient):
    """The config methods of `Client`."""

    def configs(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Config]:
        """List the swarm's configs.

        Endpoint: `GET /configs`, API >= 1.30.

        Args:
            filters: Narrow the list, as a dict of filter name to value(s) (a single value
                becomes a one-item list, a dict value "key=value" entries) or a JSON string. Keys
                the daemon knows are id, label, name and names (exact names).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[Config]: One entry per config, with its ID, version, dates and spec, including
                the data in base64.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.configs,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def create_config(
        self,
        name: str | None = None,
        data: bytes | str | None = None,
        labels: dict[str, str] | None = None,
        templating: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SwarmObjectCreated:
        """Store a new config (non-secret data) in the swarm, for services to mount as a file.

        Endpoint: `POST /configs/create`, API >= 1.30.

        Args:
            name: The config's name, unique in the swarm.
            data: The config's content, as bytes or a str (encoded as UTF-8); the client
                base64-encodes it for the daemon.
            labels: Metadata for the config, as a dict of label to value.
            templating: A templating driver that expands the data for each task, as a Driver or
                a dict such as {"Name": "golang"}. API >= 1.37.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            SwarmObjectCreated: The new config's ID.

        Raises:
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.create_config,
            {
                "name": name,
                "labels": labels,
                "data": data,
                "templating": templating,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def inspect_config(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Config:
        """Read one config, including its data.

        Endpoint: `GET /configs/{id}`, API >= 1.30.

        Args:
            id: The config, by ID, ID prefix or name, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Config: The config's ID, version (needed to update it), dates and spec, whose Data
                is base64-encoded.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_config,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def remove_config(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Delete a config; one still used by a service cannot be removed.

        Endpoint: `DELETE /configs/{id}`, API >= 1.30.

        Args:
            id: The config, by ID, ID prefix or name, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the config is removed.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_config,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def update_config(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        version: int,
        spec: models.ConfigSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Change a config's labels, the only part of a config that can change.

        Endpoint: `POST /configs/{id}/update`, API >= 1.30.

        Args:
            id: The config, by ID, ID prefix or name, or a result carrying an "ID" key.
            version: The version of the config the change is based on, read from
                `inspect_config(c)["Version"]["Index"]`; a stale number makes the daemon refuse.
            spec: The config's whole spec, as a ConfigSpec or a dict: the current one from
                inspect_config with new Labels; a different name or data is refused.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.update_config,
            {
                "id": id,
                "version": version,
                "spec": spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )


class AsyncConfigMethods(AsyncAPIClient):
    """The config methods of `AsyncClient`."""

    async def configs(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Config]:
        """List the swarm's configs.

        Endpoint: `GET /configs`, API >= 1.30.

        Args:
            filters: Narrow the list, as a dict of filter name to value(s) (a single value
                becomes a one-item list, a dict value "key=value" entries) or a JSON string. Keys
                the daemon knows are id, label, name and names (exact names).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[Config]: One entry per config, with its ID, version, dates and spec, including
                the data in base64.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.configs,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def create_config(
        self,
        name: str | None = None,
        data: bytes | str | None = None,
        labels: dict[str, str] | None = None,
        templating: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SwarmObjectCreated:
        """Store a new config (non-secret data) in the swarm, for services to mount as a file.

        Endpoint: `POST /configs/create`, API >= 1.30.

        Args:
            name: The config's name, unique in the swarm.
            data: The config's content, as bytes or a str (encoded as UTF-8); the client
                base64-encodes it for the daemon.
            labels: Metadata for the config, as a dict of label to value.
            templating: A templating driver that expands the data for each task, as a Driver or
                a dict such as {"Name": "golang"}. API >= 1.37.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            SwarmObjectCreated: The new config's ID.

        Raises:
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.create_config,
            {
                "name": name,
                "labels": labels,
                "data": data,
                "templating": templating,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def inspect_config(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Config:
        """Read one config, including its data.

        Endpoint: `GET /configs/{id}`, API >= 1.30.

        Args:
            id: The config, by ID, ID prefix or name, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Config: The config's ID, version (needed to update it), dates and spec, whose Data
                is base64-encoded.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_config,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def remove_config(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Delete a config; one still used by a service cannot be removed.

        Endpoint: `DELETE /configs/{id}`, API >= 1.30.

        Args:
            id: The config, by ID, ID prefix or name, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the config is removed.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_config,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def update_config(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        version: int,
        spec: models.ConfigSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Change a config's labels, the only part of a config that can change.

        Endpoint: `POST /configs/{id}/update`, API >= 1.30.

        Args:
            id: The config, by ID, ID prefix or name, or a result carrying an "ID" key.
            version: The version of the config the change is based on, read from
                `inspect_config(c)["Version"]["Index"]`; a stale number makes the daemon refuse.
            spec: The config's whole spec, as a ConfigSpec or a dict: the current one from
                inspect_config with new Labels; a different name or data is refused.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.update_config,
            {
                "id": id,
                "version": version,
                "spec": spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )
