# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `service` methods of both clients; results are plain dicts and lists (`dockerapi.classic.types`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from ... import _lib
from ... import _operations as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._results import AsyncOutputStream, OutputStream

if TYPE_CHECKING:
    from ... import models
    from ..._models import DockerModel
    from .. import types

__all__ = ["ServiceMethods", "AsyncServiceMethods"]


class ServiceMethods(SyncAPIClient):
    """The service methods of `Client`."""

    def create_service(
        self,
        task_template: models.TaskSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_config: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ServiceCreateResponse:
        """Create a swarm service.

        Endpoint: `POST /services/create`, API >= 1.24.

        Args:
            task_template: sent as body-field `TaskTemplate`.
            name: sent as body-field `Name`.
            labels: sent as body-field `Labels`.
            mode: sent as body-field `Mode`.
            update_config: sent as body-field `UpdateConfig`.
            networks: sent as body-field `TaskTemplate.Networks`.
            endpoint_config: sent as body-field `EndpointSpec`.
            endpoint_spec: sent as body-field `EndpointSpec`.
            rollback_config: sent as body-field `RollbackConfig`. API >= 1.28.
            auth_config: sent as header `X-Registry-Auth`.

        Returns:
            dict (ServiceCreateResponse keys)

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.create_service,
            {
                "auth_config": auth_config,
                "name": name,
                "labels": labels,
                "task_template": task_template,
                "mode": mode,
                "update_config": update_config,
                "rollback_config": rollback_config,
                "endpoint_spec": endpoint_spec,
                "endpoint_config": endpoint_config,
                "networks": networks,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def inspect_service(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        insert_defaults: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.Service:
        """Low-level information about one service.

        Endpoint: `GET /services/{id}`, API >= 1.24.

        Args:
            service: sent as path `id`.
            insert_defaults: sent as query `insertDefaults`. API >= 1.29.

        Returns:
            dict (Service keys)

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_service,
            {
                "service": service,
                "insert_defaults": insert_defaults,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def remove_service(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a service.

        Endpoint: `DELETE /services/{id}`, API >= 1.24.

        Args:
            service: sent as path `id`.

        Returns:
            bool

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_service,
            {"service": service, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def service_logs(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        details: bool = False,
        follow: bool = False,
        stdout: bool = False,
        stderr: bool = False,
        since: datetime | int | float = 0,
        timestamps: bool = False,
        tail: str | int = "all",
        is_tty: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[bytes] | bytes:
        """The logs of all tasks of a service.

        Endpoint: `GET /services/{id}/logs`, API >= 1.25.

        Args:
            service: sent as path `id`.
            details: sent as query `details`. Default: `False`. API >= 1.25.
            follow: sent as query `follow`. Default: `False`. API >= 1.25.
            stdout: sent as query `stdout`. Default: `False`. API >= 1.25.
            stderr: sent as query `stderr`. Default: `False`. API >= 1.25.
            since: sent as query `since`. Default: `0`. API >= 1.25.
            timestamps: sent as query `timestamps`. Default: `False`. API >= 1.25.
            tail: sent as query `tail`. Default: `'all'`. API >= 1.25.
            is_tty: client-side option.

        Returns:
            OutputStream[bytes] | bytes

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.service_logs,
            {
                "service": service,
                "details": details,
                "follow": follow,
                "stdout": stdout,
                "stderr": stderr,
                "since": since,
                "timestamps": timestamps,
                "tail": tail,
                "is_tty": is_tty,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def services(
        self,
        filters: dict[str, Any] | str | None = None,
        status: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[types.Service]:
        """List the services of the swarm.

        Endpoint: `GET /services`, API >= 1.24.

        Args:
            filters: sent as query `filters`.
            status: sent as query `status`. API >= 1.41.

        Returns:
            list[dict (Service keys)]

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.services,
            {
                "filters": filters,
                "status": status,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def update_service(
        self,
        service: str | dict[str, Any],
        version: int | None = None,
        task_template: models.TaskSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_config: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        fetch_current_spec: bool = False,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        registry_auth_from: str | None = None,
        rollback: str | None = None,
        auth_config: dict[str, Any] | None = None,
    ) -> types.ServiceUpdateResponse:
        """Change a service. With fetch_current_spec=True the current spec (and version, when None) is read first and the fields given replace its fields (task_template's ContainerSpec, Resources, Placement, RestartPolicy and LogDriver are merged key by key); otherwise the spec is sent as given, like update_service_spec.

        Built on `inspect_service()`, `update_service_spec()`.

        Args:
            service: client-side option.
            version: client-side option.
            task_template: client-side option.
            name: client-side option.
            labels: client-side option.
            mode: client-side option.
            update_config: client-side option.
            networks: client-side option.
            endpoint_config: client-side option.
            endpoint_spec: client-side option.
            fetch_current_spec: client-side option. Default: `False`.
            rollback_config: client-side option.
            registry_auth_from: client-side option.
            rollback: client-side option.
            auth_config: client-side option.

        Returns:
            dict (ServiceUpdateResponse keys)

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = self._run(
            _lib.update_service(
                service=service,
                version=version,
                task_template=task_template,
                name=name,
                labels=labels,
                mode=mode,
                update_config=update_config,
                networks=networks,
                endpoint_config=endpoint_config,
                endpoint_spec=endpoint_spec,
                fetch_current_spec=fetch_current_spec,
                rollback_config=rollback_config,
                registry_auth_from=registry_auth_from,
                rollback=rollback,
                auth_config=auth_config,
            )
        )
        return cast("types.ServiceUpdateResponse", result)

    def update_service_spec(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        version: int,
        task_template: models.TaskSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_config: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        registry_auth_from: str | None = None,
        rollback: str | None = None,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ServiceUpdateResponse:
        """Send a service's new spec as given, no merging (the current version must be given); `update_service` can start from the current spec.

        Endpoint: `POST /services/{id}/update`, API >= 1.24.

        Args:
            service: sent as path `id`.
            version: sent as query `version`.
            task_template: sent as body-field `TaskTemplate`.
            name: sent as body-field `Name`.
            labels: sent as body-field `Labels`.
            mode: sent as body-field `Mode`.
            update_config: sent as body-field `UpdateConfig`.
            networks: sent as body-field `TaskTemplate.Networks`.
            endpoint_config: sent as body-field `EndpointSpec`.
            endpoint_spec: sent as body-field `EndpointSpec`.
            rollback_config: sent as body-field `RollbackConfig`. API >= 1.28.
            registry_auth_from: sent as query `registryAuthFrom`. API >= 1.25.
            rollback: sent as query `rollback`. API >= 1.28.
            auth_config: sent as header `X-Registry-Auth`.

        Returns:
            dict (ServiceUpdateResponse keys)

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.update_service_spec,
            {
                "service": service,
                "version": version,
                "registry_auth_from": registry_auth_from,
                "rollback": rollback,
                "auth_config": auth_config,
                "name": name,
                "labels": labels,
                "task_template": task_template,
                "mode": mode,
                "update_config": update_config,
                "rollback_config": rollback_config,
                "endpoint_spec": endpoint_spec,
                "endpoint_config": endpoint_config,
                "networks": networks,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )


class AsyncServiceMethods(AsyncAPIClient):
    """The service methods of `AsyncClient`."""

    async def create_service(
        self,
        task_template: models.TaskSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_config: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ServiceCreateResponse:
        """Create a swarm service.

        Endpoint: `POST /services/create`, API >= 1.24.

        Args:
            task_template: sent as body-field `TaskTemplate`.
            name: sent as body-field `Name`.
            labels: sent as body-field `Labels`.
            mode: sent as body-field `Mode`.
            update_config: sent as body-field `UpdateConfig`.
            networks: sent as body-field `TaskTemplate.Networks`.
            endpoint_config: sent as body-field `EndpointSpec`.
            endpoint_spec: sent as body-field `EndpointSpec`.
            rollback_config: sent as body-field `RollbackConfig`. API >= 1.28.
            auth_config: sent as header `X-Registry-Auth`.

        Returns:
            dict (ServiceCreateResponse keys)

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.create_service,
            {
                "auth_config": auth_config,
                "name": name,
                "labels": labels,
                "task_template": task_template,
                "mode": mode,
                "update_config": update_config,
                "rollback_config": rollback_config,
                "endpoint_spec": endpoint_spec,
                "endpoint_config": endpoint_config,
                "networks": networks,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def inspect_service(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        insert_defaults: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.Service:
        """Low-level information about one service.

        Endpoint: `GET /services/{id}`, API >= 1.24.

        Args:
            service: sent as path `id`.
            insert_defaults: sent as query `insertDefaults`. API >= 1.29.

        Returns:
            dict (Service keys)

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_service,
            {
                "service": service,
                "insert_defaults": insert_defaults,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def remove_service(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a service.

        Endpoint: `DELETE /services/{id}`, API >= 1.24.

        Args:
            service: sent as path `id`.

        Returns:
            bool

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_service,
            {"service": service, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def service_logs(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        details: bool = False,
        follow: bool = False,
        stdout: bool = False,
        stderr: bool = False,
        since: datetime | int | float = 0,
        timestamps: bool = False,
        tail: str | int = "all",
        is_tty: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[bytes] | bytes:
        """The logs of all tasks of a service.

        Endpoint: `GET /services/{id}/logs`, API >= 1.25.

        Args:
            service: sent as path `id`.
            details: sent as query `details`. Default: `False`. API >= 1.25.
            follow: sent as query `follow`. Default: `False`. API >= 1.25.
            stdout: sent as query `stdout`. Default: `False`. API >= 1.25.
            stderr: sent as query `stderr`. Default: `False`. API >= 1.25.
            since: sent as query `since`. Default: `0`. API >= 1.25.
            timestamps: sent as query `timestamps`. Default: `False`. API >= 1.25.
            tail: sent as query `tail`. Default: `'all'`. API >= 1.25.
            is_tty: client-side option.

        Returns:
            OutputStream[bytes] | bytes

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.service_logs,
            {
                "service": service,
                "details": details,
                "follow": follow,
                "stdout": stdout,
                "stderr": stderr,
                "since": since,
                "timestamps": timestamps,
                "tail": tail,
                "is_tty": is_tty,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def services(
        self,
        filters: dict[str, Any] | str | None = None,
        status: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[types.Service]:
        """List the services of the swarm.

        Endpoint: `GET /services`, API >= 1.24.

        Args:
            filters: sent as query `filters`.
            status: sent as query `status`. API >= 1.41.

        Returns:
            list[dict (Service keys)]

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.services,
            {
                "filters": filters,
                "status": status,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def update_service(
        self,
        service: str | dict[str, Any],
        version: int | None = None,
        task_template: models.TaskSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_config: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        fetch_current_spec: bool = False,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        registry_auth_from: str | None = None,
        rollback: str | None = None,
        auth_config: dict[str, Any] | None = None,
    ) -> types.ServiceUpdateResponse:
        """Change a service. With fetch_current_spec=True the current spec (and version, when None) is read first and the fields given replace its fields (task_template's ContainerSpec, Resources, Placement, RestartPolicy and LogDriver are merged key by key); otherwise the spec is sent as given, like update_service_spec.

        Built on `inspect_service()`, `update_service_spec()`.

        Args:
            service: client-side option.
            version: client-side option.
            task_template: client-side option.
            name: client-side option.
            labels: client-side option.
            mode: client-side option.
            update_config: client-side option.
            networks: client-side option.
            endpoint_config: client-side option.
            endpoint_spec: client-side option.
            fetch_current_spec: client-side option. Default: `False`.
            rollback_config: client-side option.
            registry_auth_from: client-side option.
            rollback: client-side option.
            auth_config: client-side option.

        Returns:
            dict (ServiceUpdateResponse keys)

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = await self._run(
            _lib.update_service(
                service=service,
                version=version,
                task_template=task_template,
                name=name,
                labels=labels,
                mode=mode,
                update_config=update_config,
                networks=networks,
                endpoint_config=endpoint_config,
                endpoint_spec=endpoint_spec,
                fetch_current_spec=fetch_current_spec,
                rollback_config=rollback_config,
                registry_auth_from=registry_auth_from,
                rollback=rollback,
                auth_config=auth_config,
            )
        )
        return cast("types.ServiceUpdateResponse", result)

    async def update_service_spec(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        version: int,
        task_template: models.TaskSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_config: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        registry_auth_from: str | None = None,
        rollback: str | None = None,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.ServiceUpdateResponse:
        """Send a service's new spec as given, no merging (the current version must be given); `update_service` can start from the current spec.

        Endpoint: `POST /services/{id}/update`, API >= 1.24.

        Args:
            service: sent as path `id`.
            version: sent as query `version`.
            task_template: sent as body-field `TaskTemplate`.
            name: sent as body-field `Name`.
            labels: sent as body-field `Labels`.
            mode: sent as body-field `Mode`.
            update_config: sent as body-field `UpdateConfig`.
            networks: sent as body-field `TaskTemplate.Networks`.
            endpoint_config: sent as body-field `EndpointSpec`.
            endpoint_spec: sent as body-field `EndpointSpec`.
            rollback_config: sent as body-field `RollbackConfig`. API >= 1.28.
            registry_auth_from: sent as query `registryAuthFrom`. API >= 1.25.
            rollback: sent as query `rollback`. API >= 1.28.
            auth_config: sent as header `X-Registry-Auth`.

        Returns:
            dict (ServiceUpdateResponse keys)

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.update_service_spec,
            {
                "service": service,
                "version": version,
                "registry_auth_from": registry_auth_from,
                "rollback": rollback,
                "auth_config": auth_config,
                "name": name,
                "labels": labels,
                "task_template": task_template,
                "mode": mode,
                "update_config": update_config,
                "rollback_config": rollback_config,
                "endpoint_spec": endpoint_spec,
                "endpoint_config": endpoint_config,
                "networks": networks,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )
