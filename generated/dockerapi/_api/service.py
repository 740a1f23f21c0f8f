# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `service` methods of both clients; results are pydantic models of `dockerapi.models`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from .. import _catalog as _ops
from .. import _lib
from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .. import models
    from .._model_base import DockerModel
    from .._streams import AsyncOutputStream, OutputStream

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
    ) -> models.ServiceCreateResponse:
        """Create a swarm service, which the managers then run as tasks on the nodes.

        Endpoint: `POST /services/create`, API >= 1.24.

        Args:
            task_template: What each task runs, as a TaskSpec model or a dict; at least
                {"ContainerSpec": {"Image": "nginx:alpine"}}, plus optional Resources,
                RestartPolicy, Placement, LogDriver and Networks.
            name: The service's name; the daemon makes one up when it is left out.
            labels: Metadata for the service, as a dict of label to value or a list of label
                names (each given an empty value).
            mode: How tasks are scheduled; a string "replicated", "global", "replicated-job" or
                "global-job" (one task by default for replicated), or a ServiceSpecMode or dict such
                as {"Replicated": {"Replicas": 3}}.
            update_config: How a change rolls out, as a model or a dict such as {"Parallelism":
                1, "Delay": 10_000_000_000, "FailureAction": "rollback", "Order": "start-first"};
                durations are in nanoseconds.
            networks: Networks the tasks join, each a network name or ID or a dict such as
                {"Target": "app-net", "Aliases": ["api"]}; put into the task template, replacing any
                Networks it has.
            endpoint_config: The former name of endpoint_spec, kept for old callers; it wins
                when both are given.
            endpoint_spec: How the service is reached, as an EndpointSpec or a dict such as
                {"Mode": "vip", "Ports": [{"TargetPort": 80, "PublishedPort": 8080, "Protocol":
                "tcp"}]}.
            rollback_config: How a rollback rolls out; the same shape and units as
                update_config. API >= 1.28.
            auth_config: Registry credentials the nodes use to pull a private image, as a dict
                with keys such as username, password and serveraddress (or identitytoken); sent in
                the X-Registry-Auth header.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            ServiceCreateResponse: The new service's ID, plus any warnings (e.g. an image the
                manager could not resolve).

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            service = client.create_service(
                {"ContainerSpec": {"Image": "nginx:alpine"}}, name="web",
                mode={"Replicated": {"Replicas": 2}},
                endpoint_spec={"Ports": [{"TargetPort": 80, "PublishedPort": 8080}]},
            )
            print(service["ID"])
            ```
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
    ) -> models.Service:
        """Read the full description of one service.

        Endpoint: `GET /services/{id}`, API >= 1.24.

        Args:
            service: The service, by ID, ID prefix or name, or a result carrying an "ID" key.
            insert_defaults: Fill the fields the spec leaves empty with the values the daemon
                applies by default. API >= 1.29.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Service: The service's ID, version (needed to update it), spec, endpoint, and update
                and job status.

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
        """Delete a service; its tasks are stopped and removed.

        Endpoint: `DELETE /services/{id}`, API >= 1.24.

        Args:
            service: The service, by ID, ID prefix or name, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the service is removed.

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

    @overload
    def service_logs(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        details: bool = ...,
        follow: bool = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        since: datetime | int | float = ...,
        timestamps: bool = ...,
        tail: str | int = ...,
        is_tty: bool | None = ...,
        *,
        stream: Literal[True] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[bytes]: ...
    @overload
    def service_logs(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        details: bool = ...,
        follow: bool = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        since: datetime | int | float = ...,
        timestamps: bool = ...,
        tail: str | int = ...,
        is_tty: bool | None = ...,
        *,
        stream: Literal[False],
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes: ...

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
        stream: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[bytes] | bytes:
        """Read the output of all tasks of a service.

        Works only for log drivers that can be read back (such as json-file, local or journald). By
        default the output comes as an iterator of chunks, as docker-py gives it; with stream=False
        it is collected and returned whole, so with follow=True that call returns only when the
        daemon ends the stream.

        Endpoint: `GET /services/{id}/logs`, API >= 1.25.

        Args:
            service: The service, by ID, ID prefix or name, or a result carrying an "ID" key.
            details: Include the extra attributes the log driver was given (log-opt labels and
                env) with each line. Default: `False`.
            follow: Keep reading new output as the tasks write it, until the stream ends.
                Default: `False`.
            stdout: Include what the tasks wrote to standard output. Default: `False`.
            stderr: Include what the tasks wrote to standard error. Default: `False`.
            since: Only output written after this moment, as a datetime (naive means UTC) or
                Unix seconds as an int or float (the fraction is dropped). Default: `0`.
            timestamps: Start each line with the time it was written (RFC 3339 with
                nanoseconds). Default: `False`.
            tail: How many lines to return from the end of each task's output, as a number or
                "all". Default: `'all'`.
            is_tty: Whether the service's containers run with a TTY (their output is then raw,
                not framed); when unknown the client reads it from the service's spec, at the cost
                of one request.
            stream: Return an iterator of output chunks as they arrive; False collects the whole
                output as bytes. Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            OutputStream[bytes] | bytes: The log output as bytes, stdout and stderr interleaved.

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
                "stream": stream,
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
    ) -> list[models.Service]:
        """List the services of the swarm (on a manager).

        Endpoint: `GET /services`, API >= 1.24.

        Args:
            filters: Narrow the list, as a dict of filter name to value(s) (a single value
                becomes a one-item list, a dict value "key=value" entries) or a JSON string. Keys
                the daemon knows are id, label, mode ("replicated", "global") and name.
            status: Add each service's ServiceStatus, the counts of its running, desired and
                completed tasks. API >= 1.41.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[Service]: One entry per service, with its ID, version, spec, endpoint and
                update status.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            for service in client.services(filters={"name": "web"}, status=True):
                counts = service["ServiceStatus"]
                print(service["Spec"]["Name"], counts["RunningTasks"], "/", counts["DesiredTasks"])
            ```
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
    ) -> models.ServiceUpdateResponse:
        """Change a service, either by sending a whole new spec or by changing only the fields given.

        With fetch_current_spec=True the current spec and version are read first and only the fields
        given are replaced; in task_template the parts ContainerSpec, Resources, Placement,
        RestartPolicy and LogDriver are merged key by key. If the service changed between the read
        and the write, the read is retried (up to three tries). Without it, the fields given form
        the new spec, as with update_service_spec, and anything left out is reset.

        Built on `inspect_service()`, `update_service_spec()`.

        Args:
            service: The service, by ID, ID prefix or name, or a result carrying an "ID" key.
            version: The version of the service the change is based on, read from
                `inspect_service(svc)["Version"]["Index"]`; may be left out with
                fetch_current_spec=True.
            task_template: What each task runs, as a TaskSpec model or a dict (see
                create_service).
            name: A new name for the service.
            labels: The service's labels, as a dict of label to value or a list of label names.
            mode: The scheduling mode, a string "replicated", "global", "replicated-job" or
                "global-job", or a dict such as {"Replicated": {"Replicas": 3}}; changing the
                replica count scales the service.
            update_config: How this and later changes roll out (durations in nanoseconds; see
                create_service).
            networks: Networks the tasks join, as names or IDs or dicts such as {"Target":
                "app-net"}.
            endpoint_config: The former name of endpoint_spec; used only when endpoint_spec is
                not given.
            endpoint_spec: How the service is reached (VIP or DNS round robin, published ports),
                as a model or dict.
            fetch_current_spec: Start from the service's current spec, so that fields not given
                keep their values. Default: `False`.
            rollback_config: How a rollback rolls out; the same shape and units as
                update_config.
            registry_auth_from: Which stored credentials the nodes use to pull the image when
                auth_config is not given, "spec" (those of the new spec) or "previous-spec" (those
                of the spec being replaced).
            rollback: Pass "previous" to go back to the service's previous spec instead of
                applying a new one.
            auth_config: Registry credentials the nodes use to pull a private image, as a dict
                with keys such as username, password and serveraddress; sent in the X-Registry-Auth
                header.

        Returns:
            ServiceUpdateResponse: The daemon's warnings about the update, if any.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            client.update_service("web", fetch_current_spec=True, mode={"Replicated": {"Replicas": 3}})
            print(client.inspect_service("web")["Spec"]["Mode"])
            ```
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
        return cast("models.ServiceUpdateResponse", result)

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
    ) -> models.ServiceUpdateResponse:
        """Send a service's new spec exactly as given, replacing the old one.

        Fields left out are reset, not kept; update_service(fetch_current_spec=True) starts from the
        current spec instead.

        Endpoint: `POST /services/{id}/update`, API >= 1.24.

        Args:
            service: The service, by ID, ID prefix or name, or a result carrying an "ID" key.
            version: The version of the service the change is based on, read from
                `inspect_service(svc)["Version"]["Index"]`; a stale number makes the daemon refuse.
            task_template: What each task runs, as a TaskSpec model or a dict (see
                create_service).
            name: The service's name.
            labels: The service's labels, as a dict of label to value or a list of label names.
            mode: The scheduling mode, a string "replicated", "global", "replicated-job" or
                "global-job", or a dict such as {"Replicated": {"Replicas": 3}}.
            update_config: How this and later changes roll out (durations in nanoseconds; see
                create_service).
            networks: Networks the tasks join, as names or IDs or dicts such as {"Target":
                "app-net"}; put into the task template, replacing any Networks it has.
            endpoint_config: The former name of endpoint_spec, kept for old callers; it wins
                when both are given.
            endpoint_spec: How the service is reached (VIP or DNS round robin, published ports),
                as a model or dict.
            rollback_config: How a rollback rolls out; the same shape and units as
                update_config. API >= 1.28.
            registry_auth_from: Which stored credentials the nodes use to pull the image when
                auth_config is not given, "spec" or "previous-spec". API >= 1.25.
            rollback: Pass "previous" to go back to the service's previous spec instead of
                applying a new one. API >= 1.28.
            auth_config: Registry credentials the nodes use to pull a private image, as a dict
                with keys such as username, password and serveraddress; sent in the X-Registry-Auth
                header.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            ServiceUpdateResponse: The daemon's warnings about the update, if any.

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
    ) -> models.ServiceCreateResponse:
        """Create a swarm service, which the managers then run as tasks on the nodes.

        Endpoint: `POST /services/create`, API >= 1.24.

        Args:
            task_template: What each task runs, as a TaskSpec model or a dict; at least
                {"ContainerSpec": {"Image": "nginx:alpine"}}, plus optional Resources,
                RestartPolicy, Placement, LogDriver and Networks.
            name: The service's name; the daemon makes one up when it is left out.
            labels: Metadata for the service, as a dict of label to value or a list of label
                names (each given an empty value).
            mode: How tasks are scheduled; a string "replicated", "global", "replicated-job" or
                "global-job" (one task by default for replicated), or a ServiceSpecMode or dict such
                as {"Replicated": {"Replicas": 3}}.
            update_config: How a change rolls out, as a model or a dict such as {"Parallelism":
                1, "Delay": 10_000_000_000, "FailureAction": "rollback", "Order": "start-first"};
                durations are in nanoseconds.
            networks: Networks the tasks join, each a network name or ID or a dict such as
                {"Target": "app-net", "Aliases": ["api"]}; put into the task template, replacing any
                Networks it has.
            endpoint_config: The former name of endpoint_spec, kept for old callers; it wins
                when both are given.
            endpoint_spec: How the service is reached, as an EndpointSpec or a dict such as
                {"Mode": "vip", "Ports": [{"TargetPort": 80, "PublishedPort": 8080, "Protocol":
                "tcp"}]}.
            rollback_config: How a rollback rolls out; the same shape and units as
                update_config. API >= 1.28.
            auth_config: Registry credentials the nodes use to pull a private image, as a dict
                with keys such as username, password and serveraddress (or identitytoken); sent in
                the X-Registry-Auth header.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            ServiceCreateResponse: The new service's ID, plus any warnings (e.g. an image the
                manager could not resolve).

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            service = client.create_service(
                {"ContainerSpec": {"Image": "nginx:alpine"}}, name="web",
                mode={"Replicated": {"Replicas": 2}},
                endpoint_spec={"Ports": [{"TargetPort": 80, "PublishedPort": 8080}]},
            )
            print(service["ID"])
            ```
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
    ) -> models.Service:
        """Read the full description of one service.

        Endpoint: `GET /services/{id}`, API >= 1.24.

        Args:
            service: The service, by ID, ID prefix or name, or a result carrying an "ID" key.
            insert_defaults: Fill the fields the spec leaves empty with the values the daemon
                applies by default. API >= 1.29.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Service: The service's ID, version (needed to update it), spec, endpoint, and update
                and job status.

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
        """Delete a service; its tasks are stopped and removed.

        Endpoint: `DELETE /services/{id}`, API >= 1.24.

        Args:
            service: The service, by ID, ID prefix or name, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the service is removed.

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

    @overload
    async def service_logs(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        details: bool = ...,
        follow: bool = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        since: datetime | int | float = ...,
        timestamps: bool = ...,
        tail: str | int = ...,
        is_tty: bool | None = ...,
        *,
        stream: Literal[True] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[bytes]: ...
    @overload
    async def service_logs(
        self,
        service: str | Mapping[str, Any] | DockerModel,
        details: bool = ...,
        follow: bool = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        since: datetime | int | float = ...,
        timestamps: bool = ...,
        tail: str | int = ...,
        is_tty: bool | None = ...,
        *,
        stream: Literal[False],
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes: ...

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
        stream: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[bytes] | bytes:
        """Read the output of all tasks of a service.

        Works only for log drivers that can be read back (such as json-file, local or journald). By
        default the output comes as an iterator of chunks, as docker-py gives it; with stream=False
        it is collected and returned whole, so with follow=True that call returns only when the
        daemon ends the stream.

        Endpoint: `GET /services/{id}/logs`, API >= 1.25.

        Args:
            service: The service, by ID, ID prefix or name, or a result carrying an "ID" key.
            details: Include the extra attributes the log driver was given (log-opt labels and
                env) with each line. Default: `False`.
            follow: Keep reading new output as the tasks write it, until the stream ends.
                Default: `False`.
            stdout: Include what the tasks wrote to standard output. Default: `False`.
            stderr: Include what the tasks wrote to standard error. Default: `False`.
            since: Only output written after this moment, as a datetime (naive means UTC) or
                Unix seconds as an int or float (the fraction is dropped). Default: `0`.
            timestamps: Start each line with the time it was written (RFC 3339 with
                nanoseconds). Default: `False`.
            tail: How many lines to return from the end of each task's output, as a number or
                "all". Default: `'all'`.
            is_tty: Whether the service's containers run with a TTY (their output is then raw,
                not framed); when unknown the client reads it from the service's spec, at the cost
                of one request.
            stream: Return an iterator of output chunks as they arrive; False collects the whole
                output as bytes. Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            OutputStream[bytes] | bytes: The log output as bytes, stdout and stderr interleaved.

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
                "stream": stream,
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
    ) -> list[models.Service]:
        """List the services of the swarm (on a manager).

        Endpoint: `GET /services`, API >= 1.24.

        Args:
            filters: Narrow the list, as a dict of filter name to value(s) (a single value
                becomes a one-item list, a dict value "key=value" entries) or a JSON string. Keys
                the daemon knows are id, label, mode ("replicated", "global") and name.
            status: Add each service's ServiceStatus, the counts of its running, desired and
                completed tasks. API >= 1.41.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[Service]: One entry per service, with its ID, version, spec, endpoint and
                update status.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            for service in client.services(filters={"name": "web"}, status=True):
                counts = service["ServiceStatus"]
                print(service["Spec"]["Name"], counts["RunningTasks"], "/", counts["DesiredTasks"])
            ```
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
    ) -> models.ServiceUpdateResponse:
        """Change a service, either by sending a whole new spec or by changing only the fields given.

        With fetch_current_spec=True the current spec and version are read first and only the fields
        given are replaced; in task_template the parts ContainerSpec, Resources, Placement,
        RestartPolicy and LogDriver are merged key by key. If the service changed between the read
        and the write, the read is retried (up to three tries). Without it, the fields given form
        the new spec, as with update_service_spec, and anything left out is reset.

        Built on `inspect_service()`, `update_service_spec()`.

        Args:
            service: The service, by ID, ID prefix or name, or a result carrying an "ID" key.
            version: The version of the service the change is based on, read from
                `inspect_service(svc)["Version"]["Index"]`; may be left out with
                fetch_current_spec=True.
            task_template: What each task runs, as a TaskSpec model or a dict (see
                create_service).
            name: A new name for the service.
            labels: The service's labels, as a dict of label to value or a list of label names.
            mode: The scheduling mode, a string "replicated", "global", "replicated-job" or
                "global-job", or a dict such as {"Replicated": {"Replicas": 3}}; changing the
                replica count scales the service.
            update_config: How this and later changes roll out (durations in nanoseconds; see
                create_service).
            networks: Networks the tasks join, as names or IDs or dicts such as {"Target":
                "app-net"}.
            endpoint_config: The former name of endpoint_spec; used only when endpoint_spec is
                not given.
            endpoint_spec: How the service is reached (VIP or DNS round robin, published ports),
                as a model or dict.
            fetch_current_spec: Start from the service's current spec, so that fields not given
                keep their values. Default: `False`.
            rollback_config: How a rollback rolls out; the same shape and units as
                update_config.
            registry_auth_from: Which stored credentials the nodes use to pull the image when
                auth_config is not given, "spec" (those of the new spec) or "previous-spec" (those
                of the spec being replaced).
            rollback: Pass "previous" to go back to the service's previous spec instead of
                applying a new one.
            auth_config: Registry credentials the nodes use to pull a private image, as a dict
                with keys such as username, password and serveraddress; sent in the X-Registry-Auth
                header.

        Returns:
            ServiceUpdateResponse: The daemon's warnings about the update, if any.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            client.update_service("web", fetch_current_spec=True, mode={"Replicated": {"Replicas": 3}})
            print(client.inspect_service("web")["Spec"]["Mode"])
            ```
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
        return cast("models.ServiceUpdateResponse", result)

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
    ) -> models.ServiceUpdateResponse:
        """Send a service's new spec exactly as given, replacing the old one.

        Fields left out are reset, not kept; update_service(fetch_current_spec=True) starts from the
        current spec instead.

        Endpoint: `POST /services/{id}/update`, API >= 1.24.

        Args:
            service: The service, by ID, ID prefix or name, or a result carrying an "ID" key.
            version: The version of the service the change is based on, read from
                `inspect_service(svc)["Version"]["Index"]`; a stale number makes the daemon refuse.
            task_template: What each task runs, as a TaskSpec model or a dict (see
                create_service).
            name: The service's name.
            labels: The service's labels, as a dict of label to value or a list of label names.
            mode: The scheduling mode, a string "replicated", "global", "replicated-job" or
                "global-job", or a dict such as {"Replicated": {"Replicas": 3}}.
            update_config: How this and later changes roll out (durations in nanoseconds; see
                create_service).
            networks: Networks the tasks join, as names or IDs or dicts such as {"Target":
                "app-net"}; put into the task template, replacing any Networks it has.
            endpoint_config: The former name of endpoint_spec, kept for old callers; it wins
                when both are given.
            endpoint_spec: How the service is reached (VIP or DNS round robin, published ports),
                as a model or dict.
            rollback_config: How a rollback rolls out; the same shape and units as
                update_config. API >= 1.28.
            registry_auth_from: Which stored credentials the nodes use to pull the image when
                auth_config is not given, "spec" or "previous-spec". API >= 1.25.
            rollback: Pass "previous" to go back to the service's previous spec instead of
                applying a new one. API >= 1.28.
            auth_config: Registry credentials the nodes use to pull a private image, as a dict
                with keys such as username, password and serveraddress; sent in the X-Registry-Auth
                header.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            ServiceUpdateResponse: The daemon's warnings about the update, if any.

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
