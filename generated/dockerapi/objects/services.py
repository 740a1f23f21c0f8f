# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `services` objects and their collection, sync and async side by side; generated from spec/objects/services.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast, overload

from .. import _object_plans as _plans
from .._objects import DockerObject, ObjectCollection

if TYPE_CHECKING:
    from .. import models
    from .._docker_client import AsyncDockerClient, DockerClient
    from .._model_base import DockerModel
    from .._streams import AsyncOutputStream, OutputStream

__all__ = ["Service", "ServiceCollection", "AsyncService", "AsyncServiceCollection"]


class Service(DockerObject):
    """A swarm service, as a manager last described it (`attrs`); its methods act on it by id."""

    _id_field: ClassVar[str] = "ID"
    _typed: ClassVar[bool] = True
    client: DockerClient
    collection: ServiceCollection

    @property
    def attrs(self) -> models.Service:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.Service", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.Service) -> None:
        self._set_attrs(value)

    @property
    def name(self) -> str | None:
        """The service's name (Spec.Name)."""
        return _plans.spec_name(self._attrs)

    @property
    def version(self) -> int:
        """The object's version index in the swarm's store: update() sends it, so reload() after someone else changed the service."""
        return _plans.swarm_object_version(self._attrs)

    def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(self.client.api.inspect_service(self.id))

    def remove(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Delete a service; its tasks are stopped and removed.

        Calls `client.api.remove_service()`. Endpoint: `DELETE /services/{id}`, API >= 1.24.

        Args:
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
        return self.client.api.remove_service(
            service=self.id, request_timeout=request_timeout, extra_headers=extra_headers
        )

    @overload
    def logs(
        self,
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
    def logs(
        self,
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

    def logs(
        self,
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

        Calls `client.api.service_logs()`. Endpoint: `GET /services/{id}/logs`, API >= 1.25.

        Args:
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
        api: Any = self.client.api
        return cast(
            "OutputStream[bytes] | bytes",
            api.service_logs(
                service=self.id,
                details=details,
                follow=follow,
                stdout=stdout,
                stderr=stderr,
                since=since,
                timestamps=timestamps,
                tail=tail,
                is_tty=is_tty,
                stream=stream,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    def tasks(self, filters: dict[str, Any] | None = None) -> list[models.Task]:
        """The tasks of this service.

        Calls `tasks()` of `client.api`.

        Args:
            filters: More filters (id, name, node, label, desired-state); the service filter is
                added.

        Returns:
            list[models.Task]

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "list[models.Task]",
            self.client.api._run(_plans.service_tasks(self, filters=filters), "Service.tasks"),
        )

    def update(
        self,
        *,
        image: str | None = None,
        command: str | list[str] | None = None,
        container_labels: dict[str, str] | None = None,
        log_driver: str | None = None,
        log_driver_options: dict[str, str] | None = None,
        force_update: bool | int | None = None,
        fetch_current_spec: bool = True,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        args: str | list[str] | None = None,
        hostname: str | None = None,
        env: Mapping[str, Any] | list[str] | None = None,
        workdir: str | None = None,
        user: str | None = None,
        mounts: list[Any] | None = None,
        stop_grace_period: int | None = None,
        secrets: list[Any] | None = None,
        tty: bool | None = None,
        groups: list[str] | None = None,
        open_stdin: bool | None = None,
        read_only: bool | None = None,
        stop_signal: str | None = None,
        healthcheck: Any = None,
        hosts: Mapping[str, str] | list[str] | None = None,
        dns_config: Mapping[str, Any] | None = None,
        configs: list[Any] | None = None,
        privileges: Any = None,
        isolation: str | None = None,
        init: bool | None = None,
        cap_add: list[str] | None = None,
        cap_drop: list[str] | None = None,
        sysctls: Mapping[str, Any] | None = None,
        resources: Any = None,
        restart_policy: Any = None,
        constraints: list[str] | None = None,
        preferences: list[Any] | None = None,
        platforms: list[tuple[str, str]] | None = None,
        maxreplicas: int | None = None,
    ) -> models.ServiceUpdateResponse:
        """Change the service, like `docker service update`, with the keywords of ServiceCollection.create.

        The version sent is the one in attrs (reload() first if the service may have changed since).
        With fetch_current_spec (the default) the current spec is read and the keywords given
        replace its fields; the image stays the current one unless given. force_update=True makes
        the tasks restart even when nothing else changes.

        Calls `update_service()`, `inspect_service()` of `client.api`.

        Args:
            image: The image the tasks run (default: the current one).
            command: The command the tasks run instead of the image's.
            container_labels: Labels of the task containers (labels are the service's).
            log_driver: The log driver of the tasks, by name.
            log_driver_options: Options of log_driver.
            force_update: True: restart the tasks even without a change (the counter is raised
                by one); an int sets the counter.
            fetch_current_spec: Start from the current spec: what is not given stays as it is.
                Default: `True`.
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
            endpoint_spec: How the service is reached, as an EndpointSpec or a dict such as
                {"Mode": "vip", "Ports": [{"TargetPort": 80, "PublishedPort": 8080, "Protocol":
                "tcp"}]}.
            rollback_config: How a rollback rolls out; the same shape and units as
                update_config. API >= 1.28.
            args: Goes to `dockerapi.types.ContainerSpec(args=...)`.
            hostname: Goes to `dockerapi.types.ContainerSpec(hostname=...)`.
            env: Goes to `dockerapi.types.ContainerSpec(env=...)`.
            workdir: Goes to `dockerapi.types.ContainerSpec(workdir=...)`.
            user: Goes to `dockerapi.types.ContainerSpec(user=...)`.
            mounts: Goes to `dockerapi.types.ContainerSpec(mounts=...)`.
            stop_grace_period: Goes to `dockerapi.types.ContainerSpec(stop_grace_period=...)`.
            secrets: Goes to `dockerapi.types.ContainerSpec(secrets=...)`.
            tty: Goes to `dockerapi.types.ContainerSpec(tty=...)`.
            groups: Goes to `dockerapi.types.ContainerSpec(groups=...)`.
            open_stdin: Goes to `dockerapi.types.ContainerSpec(open_stdin=...)`.
            read_only: Goes to `dockerapi.types.ContainerSpec(read_only=...)`.
            stop_signal: Goes to `dockerapi.types.ContainerSpec(stop_signal=...)`.
            healthcheck: Goes to `dockerapi.types.ContainerSpec(healthcheck=...)`.
            hosts: Goes to `dockerapi.types.ContainerSpec(hosts=...)`.
            dns_config: Goes to `dockerapi.types.ContainerSpec(dns_config=...)`.
            configs: Goes to `dockerapi.types.ContainerSpec(configs=...)`.
            privileges: Goes to `dockerapi.types.ContainerSpec(privileges=...)`.
            isolation: Goes to `dockerapi.types.ContainerSpec(isolation=...)`.
            init: Goes to `dockerapi.types.ContainerSpec(init=...)`.
            cap_add: Goes to `dockerapi.types.ContainerSpec(cap_add=...)`.
            cap_drop: Goes to `dockerapi.types.ContainerSpec(cap_drop=...)`.
            sysctls: Goes to `dockerapi.types.ContainerSpec(sysctls=...)`.
            resources: Goes to `dockerapi.types.TaskTemplate(resources=...)`.
            restart_policy: Goes to `dockerapi.types.TaskTemplate(restart_policy=...)`.
            constraints: Goes to `dockerapi.types.Placement(constraints=...)`.
            preferences: Goes to `dockerapi.types.Placement(preferences=...)`.
            platforms: Goes to `dockerapi.types.Placement(platforms=...)`.
            maxreplicas: Goes to `dockerapi.types.Placement(maxreplicas=...)`.

        Returns:
            models.ServiceUpdateResponse

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "models.ServiceUpdateResponse",
            self.client.api._run(
                _plans.service_update(
                    self,
                    image=image,
                    command=command,
                    container_labels=container_labels,
                    log_driver=log_driver,
                    log_driver_options=log_driver_options,
                    force_update=force_update,
                    fetch_current_spec=fetch_current_spec,
                    keywords={
                        "create_service": {
                            "name": name,
                            "labels": labels,
                            "mode": mode,
                            "update_config": update_config,
                            "networks": networks,
                            "endpoint_spec": endpoint_spec,
                            "rollback_config": rollback_config,
                        },
                        "types.ContainerSpec": {
                            "args": args,
                            "hostname": hostname,
                            "env": env,
                            "workdir": workdir,
                            "user": user,
                            "mounts": mounts,
                            "stop_grace_period": stop_grace_period,
                            "secrets": secrets,
                            "tty": tty,
                            "groups": groups,
                            "open_stdin": open_stdin,
                            "read_only": read_only,
                            "stop_signal": stop_signal,
                            "healthcheck": healthcheck,
                            "hosts": hosts,
                            "dns_config": dns_config,
                            "configs": configs,
                            "privileges": privileges,
                            "isolation": isolation,
                            "init": init,
                            "cap_add": cap_add,
                            "cap_drop": cap_drop,
                            "sysctls": sysctls,
                        },
                        "types.Placement": {
                            "constraints": constraints,
                            "preferences": preferences,
                            "platforms": platforms,
                            "maxreplicas": maxreplicas,
                        },
                        "types.TaskTemplate": {
                            "resources": resources,
                            "restart_policy": restart_policy,
                        },
                    },
                ),
                "Service.update",
            ),
        )

    def scale(self, replicas: int) -> models.ServiceUpdateResponse:
        """Set the number of tasks of a replicated service.

        Calls `update_service()` of `client.api`.

        Args:
            replicas: How many tasks should run.

        Returns:
            models.ServiceUpdateResponse

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "models.ServiceUpdateResponse",
            self.client.api._run(_plans.service_scale(self, replicas=replicas), "Service.scale"),
        )

    def force_update(self) -> models.ServiceUpdateResponse:
        """Restart the service's tasks although nothing changed (`docker service update --force`).

        Calls `update_service()` of `client.api`.

        Returns:
            models.ServiceUpdateResponse

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "models.ServiceUpdateResponse",
            self.client.api._run(_plans.service_force_update(self), "Service.force_update"),
        )


class ServiceCollection(ObjectCollection):
    """The services of the swarm (`client.services`); a swarm manager answers."""

    model: ClassVar[type[Service]] = Service
    _attribute: ClassVar[str] = "services"
    client: DockerClient

    def get(
        self,
        service_id: str | Mapping[str, Any] | DockerModel | DockerObject,
        insert_defaults: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Service:
        """Read the full description of one service.

        Calls `client.api.inspect_service()`. Endpoint: `GET /services/{id}`, API >= 1.24.

        Args:
            service_id: The service, by ID, ID prefix or name, or a result carrying an "ID" key.
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
        api: Any = self.client.api
        return cast(
            "Service",
            self.prepare_model(
                api.inspect_service(
                    service=service_id,
                    insert_defaults=insert_defaults,
                    request_timeout=request_timeout,
                    extra_headers=extra_headers,
                )
            ),
        )

    def create(
        self,
        image: str,
        command: str | list[str] | None = None,
        *,
        container_labels: dict[str, str] | None = None,
        log_driver: str | None = None,
        log_driver_options: dict[str, str] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        args: str | list[str] | None = None,
        hostname: str | None = None,
        env: Mapping[str, Any] | list[str] | None = None,
        workdir: str | None = None,
        user: str | None = None,
        mounts: list[Any] | None = None,
        stop_grace_period: int | None = None,
        secrets: list[Any] | None = None,
        tty: bool | None = None,
        groups: list[str] | None = None,
        open_stdin: bool | None = None,
        read_only: bool | None = None,
        stop_signal: str | None = None,
        healthcheck: Any = None,
        hosts: Mapping[str, str] | list[str] | None = None,
        dns_config: Mapping[str, Any] | None = None,
        configs: list[Any] | None = None,
        privileges: Any = None,
        isolation: str | None = None,
        init: bool | None = None,
        cap_add: list[str] | None = None,
        cap_drop: list[str] | None = None,
        sysctls: Mapping[str, Any] | None = None,
        resources: Any = None,
        restart_policy: Any = None,
        constraints: list[str] | None = None,
        preferences: list[Any] | None = None,
        platforms: list[tuple[str, str]] | None = None,
        maxreplicas: int | None = None,
    ) -> Service:
        """Create a service, like `docker service create`, and return it.

        The keywords are docker-py's: those of the service itself (name, labels, mode,
        update_config, rollback_config, endpoint_spec, networks), of its ContainerSpec (env, mounts,
        secrets, configs, ...), of its TaskTemplate (resources, restart_policy) and of its Placement
        (constraints, preferences, platforms, maxreplicas).

        Calls `create_service()`, `inspect_service()` of `client.api`.

        Args:
            image: The image the tasks run.
            command: The command the tasks run instead of the image's.
            container_labels: Labels of the task containers (labels are the service's).
            log_driver: The log driver of the tasks, by name.
            log_driver_options: Options of log_driver.
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
            endpoint_spec: How the service is reached, as an EndpointSpec or a dict such as
                {"Mode": "vip", "Ports": [{"TargetPort": 80, "PublishedPort": 8080, "Protocol":
                "tcp"}]}.
            rollback_config: How a rollback rolls out; the same shape and units as
                update_config. API >= 1.28.
            args: Goes to `dockerapi.types.ContainerSpec(args=...)`.
            hostname: Goes to `dockerapi.types.ContainerSpec(hostname=...)`.
            env: Goes to `dockerapi.types.ContainerSpec(env=...)`.
            workdir: Goes to `dockerapi.types.ContainerSpec(workdir=...)`.
            user: Goes to `dockerapi.types.ContainerSpec(user=...)`.
            mounts: Goes to `dockerapi.types.ContainerSpec(mounts=...)`.
            stop_grace_period: Goes to `dockerapi.types.ContainerSpec(stop_grace_period=...)`.
            secrets: Goes to `dockerapi.types.ContainerSpec(secrets=...)`.
            tty: Goes to `dockerapi.types.ContainerSpec(tty=...)`.
            groups: Goes to `dockerapi.types.ContainerSpec(groups=...)`.
            open_stdin: Goes to `dockerapi.types.ContainerSpec(open_stdin=...)`.
            read_only: Goes to `dockerapi.types.ContainerSpec(read_only=...)`.
            stop_signal: Goes to `dockerapi.types.ContainerSpec(stop_signal=...)`.
            healthcheck: Goes to `dockerapi.types.ContainerSpec(healthcheck=...)`.
            hosts: Goes to `dockerapi.types.ContainerSpec(hosts=...)`.
            dns_config: Goes to `dockerapi.types.ContainerSpec(dns_config=...)`.
            configs: Goes to `dockerapi.types.ContainerSpec(configs=...)`.
            privileges: Goes to `dockerapi.types.ContainerSpec(privileges=...)`.
            isolation: Goes to `dockerapi.types.ContainerSpec(isolation=...)`.
            init: Goes to `dockerapi.types.ContainerSpec(init=...)`.
            cap_add: Goes to `dockerapi.types.ContainerSpec(cap_add=...)`.
            cap_drop: Goes to `dockerapi.types.ContainerSpec(cap_drop=...)`.
            sysctls: Goes to `dockerapi.types.ContainerSpec(sysctls=...)`.
            resources: Goes to `dockerapi.types.TaskTemplate(resources=...)`.
            restart_policy: Goes to `dockerapi.types.TaskTemplate(restart_policy=...)`.
            constraints: Goes to `dockerapi.types.Placement(constraints=...)`.
            preferences: Goes to `dockerapi.types.Placement(preferences=...)`.
            platforms: Goes to `dockerapi.types.Placement(platforms=...)`.
            maxreplicas: Goes to `dockerapi.types.Placement(maxreplicas=...)`.

        Returns:
            Service

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "Service",
            self.client.api._run(
                _plans.services_create(
                    self,
                    image=image,
                    command=command,
                    container_labels=container_labels,
                    log_driver=log_driver,
                    log_driver_options=log_driver_options,
                    keywords={
                        "create_service": {
                            "name": name,
                            "labels": labels,
                            "mode": mode,
                            "update_config": update_config,
                            "networks": networks,
                            "endpoint_spec": endpoint_spec,
                            "rollback_config": rollback_config,
                        },
                        "types.ContainerSpec": {
                            "args": args,
                            "hostname": hostname,
                            "env": env,
                            "workdir": workdir,
                            "user": user,
                            "mounts": mounts,
                            "stop_grace_period": stop_grace_period,
                            "secrets": secrets,
                            "tty": tty,
                            "groups": groups,
                            "open_stdin": open_stdin,
                            "read_only": read_only,
                            "stop_signal": stop_signal,
                            "healthcheck": healthcheck,
                            "hosts": hosts,
                            "dns_config": dns_config,
                            "configs": configs,
                            "privileges": privileges,
                            "isolation": isolation,
                            "init": init,
                            "cap_add": cap_add,
                            "cap_drop": cap_drop,
                            "sysctls": sysctls,
                        },
                        "types.Placement": {
                            "constraints": constraints,
                            "preferences": preferences,
                            "platforms": platforms,
                            "maxreplicas": maxreplicas,
                        },
                        "types.TaskTemplate": {
                            "resources": resources,
                            "restart_policy": restart_policy,
                        },
                    },
                ),
                "services.create",
            ),
        )

    def list(
        self,
        filters: dict[str, Any] | str | None = None,
        status: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Service]:
        """List the services of the swarm (on a manager).

        Calls `client.api.services()`. Endpoint: `GET /services`, API >= 1.24.

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
            Service: One entry per service, with its ID, version, spec, endpoint and update
                status.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        answer = self.client.api.services(
            filters=filters, status=status, request_timeout=request_timeout, extra_headers=extra_headers
        )
        return [self.prepare_model(item) for item in answer]


class AsyncService(DockerObject):
    """A swarm service, as a manager last described it (`attrs`); its methods act on it by id."""

    _id_field: ClassVar[str] = "ID"
    _typed: ClassVar[bool] = True
    client: AsyncDockerClient
    collection: AsyncServiceCollection

    @property
    def attrs(self) -> models.Service:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.Service", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.Service) -> None:
        self._set_attrs(value)

    @property
    def name(self) -> str | None:
        """The service's name (Spec.Name)."""
        return _plans.spec_name(self._attrs)

    @property
    def version(self) -> int:
        """The object's version index in the swarm's store: update() sends it, so reload() after someone else changed the service."""
        return _plans.swarm_object_version(self._attrs)

    async def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(await self.client.api.inspect_service(self.id))

    async def remove(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Delete a service; its tasks are stopped and removed.

        Calls `client.api.remove_service()`. Endpoint: `DELETE /services/{id}`, API >= 1.24.

        Args:
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
        return await self.client.api.remove_service(
            service=self.id, request_timeout=request_timeout, extra_headers=extra_headers
        )

    @overload
    async def logs(
        self,
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
    async def logs(
        self,
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

    async def logs(
        self,
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

        Calls `client.api.service_logs()`. Endpoint: `GET /services/{id}/logs`, API >= 1.25.

        Args:
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
            AsyncOutputStream[bytes] | bytes: The log output as bytes, stdout and stderr
                interleaved.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "AsyncOutputStream[bytes] | bytes",
            await api.service_logs(
                service=self.id,
                details=details,
                follow=follow,
                stdout=stdout,
                stderr=stderr,
                since=since,
                timestamps=timestamps,
                tail=tail,
                is_tty=is_tty,
                stream=stream,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    async def tasks(self, filters: dict[str, Any] | None = None) -> list[models.Task]:
        """The tasks of this service.

        Calls `tasks()` of `client.api`.

        Args:
            filters: More filters (id, name, node, label, desired-state); the service filter is
                added.

        Returns:
            list[models.Task]

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "list[models.Task]",
            await self.client.api._run(_plans.service_tasks(self, filters=filters), "Service.tasks"),
        )

    async def update(
        self,
        *,
        image: str | None = None,
        command: str | list[str] | None = None,
        container_labels: dict[str, str] | None = None,
        log_driver: str | None = None,
        log_driver_options: dict[str, str] | None = None,
        force_update: bool | int | None = None,
        fetch_current_spec: bool = True,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        args: str | list[str] | None = None,
        hostname: str | None = None,
        env: Mapping[str, Any] | list[str] | None = None,
        workdir: str | None = None,
        user: str | None = None,
        mounts: list[Any] | None = None,
        stop_grace_period: int | None = None,
        secrets: list[Any] | None = None,
        tty: bool | None = None,
        groups: list[str] | None = None,
        open_stdin: bool | None = None,
        read_only: bool | None = None,
        stop_signal: str | None = None,
        healthcheck: Any = None,
        hosts: Mapping[str, str] | list[str] | None = None,
        dns_config: Mapping[str, Any] | None = None,
        configs: list[Any] | None = None,
        privileges: Any = None,
        isolation: str | None = None,
        init: bool | None = None,
        cap_add: list[str] | None = None,
        cap_drop: list[str] | None = None,
        sysctls: Mapping[str, Any] | None = None,
        resources: Any = None,
        restart_policy: Any = None,
        constraints: list[str] | None = None,
        preferences: list[Any] | None = None,
        platforms: list[tuple[str, str]] | None = None,
        maxreplicas: int | None = None,
    ) -> models.ServiceUpdateResponse:
        """Change the service, like `docker service update`, with the keywords of ServiceCollection.create.

        The version sent is the one in attrs (reload() first if the service may have changed since).
        With fetch_current_spec (the default) the current spec is read and the keywords given
        replace its fields; the image stays the current one unless given. force_update=True makes
        the tasks restart even when nothing else changes.

        Calls `update_service()`, `inspect_service()` of `client.api`.

        Args:
            image: The image the tasks run (default: the current one).
            command: The command the tasks run instead of the image's.
            container_labels: Labels of the task containers (labels are the service's).
            log_driver: The log driver of the tasks, by name.
            log_driver_options: Options of log_driver.
            force_update: True: restart the tasks even without a change (the counter is raised
                by one); an int sets the counter.
            fetch_current_spec: Start from the current spec: what is not given stays as it is.
                Default: `True`.
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
            endpoint_spec: How the service is reached, as an EndpointSpec or a dict such as
                {"Mode": "vip", "Ports": [{"TargetPort": 80, "PublishedPort": 8080, "Protocol":
                "tcp"}]}.
            rollback_config: How a rollback rolls out; the same shape and units as
                update_config. API >= 1.28.
            args: Goes to `dockerapi.types.ContainerSpec(args=...)`.
            hostname: Goes to `dockerapi.types.ContainerSpec(hostname=...)`.
            env: Goes to `dockerapi.types.ContainerSpec(env=...)`.
            workdir: Goes to `dockerapi.types.ContainerSpec(workdir=...)`.
            user: Goes to `dockerapi.types.ContainerSpec(user=...)`.
            mounts: Goes to `dockerapi.types.ContainerSpec(mounts=...)`.
            stop_grace_period: Goes to `dockerapi.types.ContainerSpec(stop_grace_period=...)`.
            secrets: Goes to `dockerapi.types.ContainerSpec(secrets=...)`.
            tty: Goes to `dockerapi.types.ContainerSpec(tty=...)`.
            groups: Goes to `dockerapi.types.ContainerSpec(groups=...)`.
            open_stdin: Goes to `dockerapi.types.ContainerSpec(open_stdin=...)`.
            read_only: Goes to `dockerapi.types.ContainerSpec(read_only=...)`.
            stop_signal: Goes to `dockerapi.types.ContainerSpec(stop_signal=...)`.
            healthcheck: Goes to `dockerapi.types.ContainerSpec(healthcheck=...)`.
            hosts: Goes to `dockerapi.types.ContainerSpec(hosts=...)`.
            dns_config: Goes to `dockerapi.types.ContainerSpec(dns_config=...)`.
            configs: Goes to `dockerapi.types.ContainerSpec(configs=...)`.
            privileges: Goes to `dockerapi.types.ContainerSpec(privileges=...)`.
            isolation: Goes to `dockerapi.types.ContainerSpec(isolation=...)`.
            init: Goes to `dockerapi.types.ContainerSpec(init=...)`.
            cap_add: Goes to `dockerapi.types.ContainerSpec(cap_add=...)`.
            cap_drop: Goes to `dockerapi.types.ContainerSpec(cap_drop=...)`.
            sysctls: Goes to `dockerapi.types.ContainerSpec(sysctls=...)`.
            resources: Goes to `dockerapi.types.TaskTemplate(resources=...)`.
            restart_policy: Goes to `dockerapi.types.TaskTemplate(restart_policy=...)`.
            constraints: Goes to `dockerapi.types.Placement(constraints=...)`.
            preferences: Goes to `dockerapi.types.Placement(preferences=...)`.
            platforms: Goes to `dockerapi.types.Placement(platforms=...)`.
            maxreplicas: Goes to `dockerapi.types.Placement(maxreplicas=...)`.

        Returns:
            models.ServiceUpdateResponse

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "models.ServiceUpdateResponse",
            await self.client.api._run(
                _plans.service_update(
                    self,
                    image=image,
                    command=command,
                    container_labels=container_labels,
                    log_driver=log_driver,
                    log_driver_options=log_driver_options,
                    force_update=force_update,
                    fetch_current_spec=fetch_current_spec,
                    keywords={
                        "create_service": {
                            "name": name,
                            "labels": labels,
                            "mode": mode,
                            "update_config": update_config,
                            "networks": networks,
                            "endpoint_spec": endpoint_spec,
                            "rollback_config": rollback_config,
                        },
                        "types.ContainerSpec": {
                            "args": args,
                            "hostname": hostname,
                            "env": env,
                            "workdir": workdir,
                            "user": user,
                            "mounts": mounts,
                            "stop_grace_period": stop_grace_period,
                            "secrets": secrets,
                            "tty": tty,
                            "groups": groups,
                            "open_stdin": open_stdin,
                            "read_only": read_only,
                            "stop_signal": stop_signal,
                            "healthcheck": healthcheck,
                            "hosts": hosts,
                            "dns_config": dns_config,
                            "configs": configs,
                            "privileges": privileges,
                            "isolation": isolation,
                            "init": init,
                            "cap_add": cap_add,
                            "cap_drop": cap_drop,
                            "sysctls": sysctls,
                        },
                        "types.Placement": {
                            "constraints": constraints,
                            "preferences": preferences,
                            "platforms": platforms,
                            "maxreplicas": maxreplicas,
                        },
                        "types.TaskTemplate": {
                            "resources": resources,
                            "restart_policy": restart_policy,
                        },
                    },
                ),
                "Service.update",
            ),
        )

    async def scale(self, replicas: int) -> models.ServiceUpdateResponse:
        """Set the number of tasks of a replicated service.

        Calls `update_service()` of `client.api`.

        Args:
            replicas: How many tasks should run.

        Returns:
            models.ServiceUpdateResponse

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "models.ServiceUpdateResponse",
            await self.client.api._run(_plans.service_scale(self, replicas=replicas), "Service.scale"),
        )

    async def force_update(self) -> models.ServiceUpdateResponse:
        """Restart the service's tasks although nothing changed (`docker service update --force`).

        Calls `update_service()` of `client.api`.

        Returns:
            models.ServiceUpdateResponse

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "models.ServiceUpdateResponse",
            await self.client.api._run(_plans.service_force_update(self), "Service.force_update"),
        )


class AsyncServiceCollection(ObjectCollection):
    """The services of the swarm (`client.services`); a swarm manager answers."""

    model: ClassVar[type[AsyncService]] = AsyncService
    _attribute: ClassVar[str] = "services"
    client: AsyncDockerClient

    async def get(
        self,
        service_id: str | Mapping[str, Any] | DockerModel | DockerObject,
        insert_defaults: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncService:
        """Read the full description of one service.

        Calls `client.api.inspect_service()`. Endpoint: `GET /services/{id}`, API >= 1.24.

        Args:
            service_id: The service, by ID, ID prefix or name, or a result carrying an "ID" key.
            insert_defaults: Fill the fields the spec leaves empty with the values the daemon
                applies by default. API >= 1.29.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            AsyncService: The service's ID, version (needed to update it), spec, endpoint, and
                update and job status.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "AsyncService",
            self.prepare_model(
                await api.inspect_service(
                    service=service_id,
                    insert_defaults=insert_defaults,
                    request_timeout=request_timeout,
                    extra_headers=extra_headers,
                )
            ),
        )

    async def create(
        self,
        image: str,
        command: str | list[str] | None = None,
        *,
        container_labels: dict[str, str] | None = None,
        log_driver: str | None = None,
        log_driver_options: dict[str, str] | None = None,
        name: str | None = None,
        labels: dict[str, str] | list[str] | None = None,
        mode: models.ServiceSpecMode | Mapping[str, Any] | dict[str, Any] | str | None = None,
        update_config: models.ServiceSpecUpdateConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        networks: list[str | dict[str, Any]] | None = None,
        endpoint_spec: models.EndpointSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        rollback_config: models.ServiceSpecRollbackConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        args: str | list[str] | None = None,
        hostname: str | None = None,
        env: Mapping[str, Any] | list[str] | None = None,
        workdir: str | None = None,
        user: str | None = None,
        mounts: list[Any] | None = None,
        stop_grace_period: int | None = None,
        secrets: list[Any] | None = None,
        tty: bool | None = None,
        groups: list[str] | None = None,
        open_stdin: bool | None = None,
        read_only: bool | None = None,
        stop_signal: str | None = None,
        healthcheck: Any = None,
        hosts: Mapping[str, str] | list[str] | None = None,
        dns_config: Mapping[str, Any] | None = None,
        configs: list[Any] | None = None,
        privileges: Any = None,
        isolation: str | None = None,
        init: bool | None = None,
        cap_add: list[str] | None = None,
        cap_drop: list[str] | None = None,
        sysctls: Mapping[str, Any] | None = None,
        resources: Any = None,
        restart_policy: Any = None,
        constraints: list[str] | None = None,
        preferences: list[Any] | None = None,
        platforms: list[tuple[str, str]] | None = None,
        maxreplicas: int | None = None,
    ) -> AsyncService:
        """Create a service, like `docker service create`, and return it.

        The keywords are docker-py's: those of the service itself (name, labels, mode,
        update_config, rollback_config, endpoint_spec, networks), of its ContainerSpec (env, mounts,
        secrets, configs, ...), of its TaskTemplate (resources, restart_policy) and of its Placement
        (constraints, preferences, platforms, maxreplicas).

        Calls `create_service()`, `inspect_service()` of `client.api`.

        Args:
            image: The image the tasks run.
            command: The command the tasks run instead of the image's.
            container_labels: Labels of the task containers (labels are the service's).
            log_driver: The log driver of the tasks, by name.
            log_driver_options: Options of log_driver.
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
            endpoint_spec: How the service is reached, as an EndpointSpec or a dict such as
                {"Mode": "vip", "Ports": [{"TargetPort": 80, "PublishedPort": 8080, "Protocol":
                "tcp"}]}.
            rollback_config: How a rollback rolls out; the same shape and units as
                update_config. API >= 1.28.
            args: Goes to `dockerapi.types.ContainerSpec(args=...)`.
            hostname: Goes to `dockerapi.types.ContainerSpec(hostname=...)`.
            env: Goes to `dockerapi.types.ContainerSpec(env=...)`.
            workdir: Goes to `dockerapi.types.ContainerSpec(workdir=...)`.
            user: Goes to `dockerapi.types.ContainerSpec(user=...)`.
            mounts: Goes to `dockerapi.types.ContainerSpec(mounts=...)`.
            stop_grace_period: Goes to `dockerapi.types.ContainerSpec(stop_grace_period=...)`.
            secrets: Goes to `dockerapi.types.ContainerSpec(secrets=...)`.
            tty: Goes to `dockerapi.types.ContainerSpec(tty=...)`.
            groups: Goes to `dockerapi.types.ContainerSpec(groups=...)`.
            open_stdin: Goes to `dockerapi.types.ContainerSpec(open_stdin=...)`.
            read_only: Goes to `dockerapi.types.ContainerSpec(read_only=...)`.
            stop_signal: Goes to `dockerapi.types.ContainerSpec(stop_signal=...)`.
            healthcheck: Goes to `dockerapi.types.ContainerSpec(healthcheck=...)`.
            hosts: Goes to `dockerapi.types.ContainerSpec(hosts=...)`.
            dns_config: Goes to `dockerapi.types.ContainerSpec(dns_config=...)`.
            configs: Goes to `dockerapi.types.ContainerSpec(configs=...)`.
            privileges: Goes to `dockerapi.types.ContainerSpec(privileges=...)`.
            isolation: Goes to `dockerapi.types.ContainerSpec(isolation=...)`.
            init: Goes to `dockerapi.types.ContainerSpec(init=...)`.
            cap_add: Goes to `dockerapi.types.ContainerSpec(cap_add=...)`.
            cap_drop: Goes to `dockerapi.types.ContainerSpec(cap_drop=...)`.
            sysctls: Goes to `dockerapi.types.ContainerSpec(sysctls=...)`.
            resources: Goes to `dockerapi.types.TaskTemplate(resources=...)`.
            restart_policy: Goes to `dockerapi.types.TaskTemplate(restart_policy=...)`.
            constraints: Goes to `dockerapi.types.Placement(constraints=...)`.
            preferences: Goes to `dockerapi.types.Placement(preferences=...)`.
            platforms: Goes to `dockerapi.types.Placement(platforms=...)`.
            maxreplicas: Goes to `dockerapi.types.Placement(maxreplicas=...)`.

        Returns:
            AsyncService

        Raises:
            APIError: the daemon refused the request (status 403); the message says why.
            NotFound: no such object (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "AsyncService",
            await self.client.api._run(
                _plans.services_create(
                    self,
                    image=image,
                    command=command,
                    container_labels=container_labels,
                    log_driver=log_driver,
                    log_driver_options=log_driver_options,
                    keywords={
                        "create_service": {
                            "name": name,
                            "labels": labels,
                            "mode": mode,
                            "update_config": update_config,
                            "networks": networks,
                            "endpoint_spec": endpoint_spec,
                            "rollback_config": rollback_config,
                        },
                        "types.ContainerSpec": {
                            "args": args,
                            "hostname": hostname,
                            "env": env,
                            "workdir": workdir,
                            "user": user,
                            "mounts": mounts,
                            "stop_grace_period": stop_grace_period,
                            "secrets": secrets,
                            "tty": tty,
                            "groups": groups,
                            "open_stdin": open_stdin,
                            "read_only": read_only,
                            "stop_signal": stop_signal,
                            "healthcheck": healthcheck,
                            "hosts": hosts,
                            "dns_config": dns_config,
                            "configs": configs,
                            "privileges": privileges,
                            "isolation": isolation,
                            "init": init,
                            "cap_add": cap_add,
                            "cap_drop": cap_drop,
                            "sysctls": sysctls,
                        },
                        "types.Placement": {
                            "constraints": constraints,
                            "preferences": preferences,
                            "platforms": platforms,
                            "maxreplicas": maxreplicas,
                        },
                        "types.TaskTemplate": {
                            "resources": resources,
                            "restart_policy": restart_policy,
                        },
                    },
                ),
                "services.create",
            ),
        )

    async def list(
        self,
        filters: dict[str, Any] | str | None = None,
        status: bool | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[AsyncService]:
        """List the services of the swarm (on a manager).

        Calls `client.api.services()`. Endpoint: `GET /services`, API >= 1.24.

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
            AsyncService: One entry per service, with its ID, version, spec, endpoint and update
                status.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        answer = await self.client.api.services(
            filters=filters, status=status, request_timeout=request_timeout, extra_headers=extra_headers
        )
        return [self.prepare_model(item) for item in answer]
