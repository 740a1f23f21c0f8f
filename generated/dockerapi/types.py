"""Builders with the names and keywords of docker-py's `docker.types`, returning the catalog's models.

`from dockerapi.types import ContainerSpec, TaskTemplate, ...` lets code written against docker-py's typed
helpers build the same documents here; each builder returns the model of the field it fills (typed
attributes, the read-only mapping view, `to_wire()`). docker-py's own objects (dict subclasses with the
wire keys) are accepted unchanged wherever these models are, so either may be passed to the client.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ParamSpec, TypeVar

from . import models
from ._bodies import refusal
from ._convert import byte_size, command_argv, env_list, labels_map, mount_list, network_attachments, str_map
from ._convert import healthcheck as health_document
from ._errors import InvalidArgument
from ._wire import to_wire

__all__ = [
    "ConfigReference", "ContainerSpec", "DNSConfig", "DriverConfig", "EndpointSpec", "Healthcheck", "IPAMConfig",
    "IPAMPool", "LogConfig", "Mount", "NetworkAttachmentConfig", "Placement", "PlacementPreference", "Privileges",
    "Resources", "RestartPolicy", "RollbackConfig", "SecretReference", "ServiceMode", "SwarmExternalCA", "SwarmSpec",
    "TaskTemplate", "Ulimit", "UpdateConfig",
]


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _builder(build: Callable[_P, _R]) -> Callable[_P, _R]:
    """A builder whose model refuses a value raises InvalidArgument naming the builder, as the client's helpers do:
    no pydantic ValidationError (a ValueError) escapes."""

    @functools.wraps(build)
    def checked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return build(*args, **kwargs)
        except ValueError as exc:
            raise InvalidArgument(f"{build.__name__}(): {refusal(exc)}") from exc

    return checked


def _given(value: Any) -> Any:
    """The JSON of a value without its nulls (docker-py's types keep unset keys as None)."""
    value = to_wire(value)
    if isinstance(value, Mapping):
        return {key: _given(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_given(item) for item in value]
    return value


def _set(document: dict[str, Any], key: str, value: Any) -> None:
    """Fill `key` only when the caller gave a value: requests send only what was set."""
    if value is not None:
        document[key] = _given(value)


# --- containers ------------------------------------------------------------------------------------------


@_builder
def Healthcheck(test: str | list[str] | None = None, interval: int | None = None,
                timeout: int | None = None, retries: int | None = None, start_period: int | None = None,
                start_interval: int | None = None) -> models.HealthConfig:
    """A health check; a `test` string is run by the container's shell (["CMD-SHELL", test]). Times in ns."""
    given = {"test": test, "interval": interval, "timeout": timeout, "retries": retries,
             "start_period": start_period, "start_interval": start_interval}
    return models.HealthConfig.model_validate(health_document({k: v for k, v in given.items() if v is not None}))


@_builder
def Ulimit(name: str, soft: int | None = None, hard: int | None = None) -> models.HostConfigUlimits:
    """One resource limit for create_host_config(ulimits=[...])."""
    document: dict[str, Any] = {"Name": name}
    _set(document, "Soft", soft)
    _set(document, "Hard", hard)
    return models.HostConfigUlimits.model_validate(document)


@_builder
def LogConfig(type: str = "", config: Mapping[str, str] | None = None) -> models.HostConfigLogConfig:
    """A logging driver and its options for create_host_config(log_config=...)."""
    return models.HostConfigLogConfig.model_validate({"Type": type, "Config": str_map(config or {})})


@_builder
def Mount(target: str, source: str | None, type: str = "volume", read_only: bool = False,
          consistency: str | None = None, propagation: str | None = None, no_copy: bool = False,
          labels: Mapping[str, str] | None = None, driver_config: Any = None, tmpfs_size: int | str | None = None,
          tmpfs_mode: int | None = None, subpath: str | None = None) -> models.Mount:
    """A mount for create_host_config(mounts=[...]) or ContainerSpec(mounts=[...]).

    `propagation` applies to bind mounts; `no_copy`, `labels`, `driver_config` and `subpath` (a path inside
    the volume to mount instead of its root: `VolumeOptions.Subpath`, API >= 1.45, refused below when sent)
    to volumes; `tmpfs_size` (bytes or "64m") and `tmpfs_mode` to tmpfs mounts. Options of another type are
    refused."""
    document: dict[str, Any] = {"Target": target, "Type": type, "ReadOnly": read_only}
    _set(document, "Source", source)
    _set(document, "Consistency", consistency)
    if propagation is not None:
        if type != "bind":
            raise InvalidArgument(f"Mount(): propagation is for bind mounts, not {type!r}")
        document["BindOptions"] = {"Propagation": propagation}
    volume = {k: v for k, v in (("NoCopy", no_copy or None), ("Labels", labels),
                                 ("DriverConfig", _given(driver_config)), ("Subpath", subpath)) if v is not None}
    if volume:
        if type != "volume":
            raise InvalidArgument(
                f"Mount(): no_copy, labels, driver_config and subpath are for volumes, not {type!r}")
        document["VolumeOptions"] = volume
    tmpfs = {k: v for k, v in (("SizeBytes", None if tmpfs_size is None else byte_size(tmpfs_size)),
                               ("Mode", tmpfs_mode)) if v is not None}
    if tmpfs:
        if type != "tmpfs":
            raise InvalidArgument(f"Mount(): tmpfs_size and tmpfs_mode are for tmpfs mounts, not {type!r}")
        document["TmpfsOptions"] = tmpfs
    return models.Mount.model_validate(document)


# --- networks --------------------------------------------------------------------------------------------


@_builder
def IPAMPool(subnet: str | None = None, iprange: str | None = None, gateway: str | None = None,
             aux_addresses: Mapping[str, str] | None = None) -> models.IPAMConfig:
    """One address pool of a network's IPAM configuration."""
    document: dict[str, Any] = {}
    _set(document, "Subnet", subnet)
    _set(document, "IPRange", iprange)
    _set(document, "Gateway", gateway)
    _set(document, "AuxiliaryAddresses", aux_addresses)
    return models.IPAMConfig.model_validate(document)


@_builder
def IPAMConfig(driver: str = "default", pool_configs: Iterable[Any] | None = None,
               options: Mapping[str, str] | None = None) -> models.IPAM:
    """A network's IPAM configuration for create_network(ipam=...)."""
    document: dict[str, Any] = {"Driver": driver, "Config": [_given(pool) for pool in pool_configs or []]}
    _set(document, "Options", options)
    return models.IPAM.model_validate(document)


@_builder
def NetworkAttachmentConfig(target: str, aliases: list[str] | None = None,
                            options: Mapping[str, str] | None = None) -> models.NetworkAttachmentConfig:
    """A service's attachment to one network (by name or ID), with aliases and driver options."""
    document: dict[str, Any] = {"Target": target}
    _set(document, "Aliases", aliases)
    _set(document, "DriverOpts", options)
    return models.NetworkAttachmentConfig.model_validate(document)


# --- services --------------------------------------------------------------------------------------------


@_builder
def DriverConfig(name: str, options: Mapping[str, str] | None = None) -> models.Driver:
    """A driver by name with its options (volume drivers, log drivers, templating)."""
    document: dict[str, Any] = {"Name": name}
    _set(document, "Options", options)
    return models.Driver.model_validate(document)


def _file_reference(id_key: str, name_key: str, ident: str, name: str, filename: str | None, uid: str | None,
                    gid: str | None, mode: int) -> dict[str, Any]:
    return {id_key: ident, name_key: name,
            "File": {"Name": filename or name, "UID": uid or "0", "GID": gid or "0", "Mode": mode}}


@_builder
def SecretReference(secret_id: str, secret_name: str, filename: str | None = None,
                    uid: str | None = None, gid: str | None = None,
                    mode: int = 0o444) -> models.TaskSpecContainerSpecSecrets:
    """A secret given to a service's containers, as a file (named after the secret unless `filename`)."""
    return models.TaskSpecContainerSpecSecrets.model_validate(
        _file_reference("SecretID", "SecretName", secret_id, secret_name, filename, uid, gid, mode))


@_builder
def ConfigReference(config_id: str, config_name: str, filename: str | None = None,
                    uid: str | None = None, gid: str | None = None,
                    mode: int = 0o444) -> models.TaskSpecContainerSpecConfigs:
    """A config given to a service's containers, as a file (named after the config unless `filename`)."""
    return models.TaskSpecContainerSpecConfigs.model_validate(
        _file_reference("ConfigID", "ConfigName", config_id, config_name, filename, uid, gid, mode))


@_builder
def Privileges(credentialspec_file: str | None = None, credentialspec_registry: str | None = None,
               selinux_disable: bool | None = None, selinux_user: str | None = None,
               selinux_role: str | None = None, selinux_type: str | None = None,
               selinux_level: str | None = None) -> models.TaskSpecContainerSpecPrivileges:
    """Security options of a service's containers (credential spec, SELinux context)."""
    document: dict[str, Any] = {}
    credential: dict[str, Any] = {}
    _set(credential, "File", credentialspec_file)
    _set(credential, "Registry", credentialspec_registry)
    if credential:
        document["CredentialSpec"] = credential
    selinux: dict[str, Any] = {}
    for key, value in (("Disable", selinux_disable), ("User", selinux_user), ("Role", selinux_role),
                       ("Type", selinux_type), ("Level", selinux_level)):
        _set(selinux, key, value)
    if selinux:
        document["SELinuxContext"] = selinux
    return models.TaskSpecContainerSpecPrivileges.model_validate(document)


@_builder
def DNSConfig(nameservers: list[str] | None = None, search: list[str] | None = None,
              options: list[str] | None = None) -> models.TaskSpecContainerSpecDNSConfig:
    """The resolver settings of a service's containers (ContainerSpec(dns_config=...)): name servers,
    search domains and resolver options ("timeout:2")."""
    document: dict[str, Any] = {}
    _set(document, "Nameservers", nameservers)
    _set(document, "Search", search)
    _set(document, "Options", options)
    return models.TaskSpecContainerSpecDNSConfig.model_validate(document)


def _hosts(value: Mapping[str, str] | Iterable[str]) -> list[str]:
    # a service's hosts file entries are "IP host" (the order of /etc/hosts), unlike a container's "host:ip"
    if isinstance(value, Mapping):
        return [f"{ip} {host}" for host, ip in value.items()]
    return list(value)


@_builder
def ContainerSpec(image: str, command: str | list[str] | None = None,
                  args: str | list[str] | None = None, hostname: str | None = None,
                  env: Mapping[str, Any] | list[str] | None = None, workdir: str | None = None,
                  user: str | None = None, labels: Mapping[str, str] | None = None, mounts: list[Any] | None = None,
                  stop_grace_period: int | None = None, secrets: list[Any] | None = None, tty: bool | None = None,
                  groups: list[str] | None = None, open_stdin: bool | None = None, read_only: bool | None = None,
                  stop_signal: str | None = None, healthcheck: Any = None,
                  hosts: Mapping[str, str] | list[str] | None = None, dns_config: Mapping[str, Any] | None = None,
                  configs: list[Any] | None = None, privileges: Any = None, isolation: str | None = None,
                  init: bool | None = None, cap_add: list[str] | None = None, cap_drop: list[str] | None = None,
                  sysctls: Mapping[str, Any] | None = None) -> models.TaskSpecContainerSpec:
    """What a service's task runs: image, command, environment, mounts, secrets and configs."""
    document: dict[str, Any] = {"Image": image}
    _set(document, "Command", None if command is None else command_argv(command))
    _set(document, "Args", None if args is None else command_argv(args))
    _set(document, "Hostname", hostname)
    _set(document, "Env", None if env is None else env_list(env))
    _set(document, "Dir", workdir)
    _set(document, "User", user)
    _set(document, "Labels", None if labels is None else labels_map(labels))
    _set(document, "Mounts", None if mounts is None else mount_list([_given(m) for m in mounts]))
    _set(document, "StopGracePeriod", stop_grace_period)
    _set(document, "Secrets", secrets)
    _set(document, "TTY", tty)
    _set(document, "Groups", groups)
    _set(document, "OpenStdin", open_stdin)
    _set(document, "ReadOnly", read_only)
    _set(document, "StopSignal", stop_signal)
    _set(document, "HealthCheck", None if healthcheck is None else health_document(healthcheck))
    _set(document, "Hosts", None if hosts is None else _hosts(hosts))
    _set(document, "DNSConfig", dns_config)
    _set(document, "Configs", configs)
    _set(document, "Privileges", privileges)
    _set(document, "Isolation", isolation)
    _set(document, "Init", init)
    _set(document, "CapabilityAdd", cap_add)
    _set(document, "CapabilityDrop", cap_drop)
    _set(document, "Sysctls", None if sysctls is None else str_map(sysctls))
    return models.TaskSpecContainerSpec.model_validate(document)


def _generic_resources(value: Mapping[str, Any] | list[Any]) -> list[Any]:
    if not isinstance(value, Mapping):
        return list(value)
    out: list[Any] = []
    for kind, amount in value.items():
        if isinstance(amount, int) and not isinstance(amount, bool):
            out.append({"DiscreteResourceSpec": {"Kind": kind, "Value": amount}})
        elif isinstance(amount, str):
            out.append({"NamedResourceSpec": {"Kind": kind, "Value": amount}})
        else:
            raise InvalidArgument(f"generic resource {kind!r} must be an int or a str, got {amount!r}")
    return out


@_builder
def Resources(cpu_limit: int | None = None, mem_limit: int | None = None,
              cpu_reservation: int | None = None, mem_reservation: int | None = None,
              generic_resources: Mapping[str, Any] | list[Any] | None = None) -> models.TaskSpecResources:
    """Limits and reservations of a service's tasks; CPUs in units of 1e-9 CPUs, memory in bytes."""
    document: dict[str, Any] = {}
    limits: dict[str, Any] = {}
    _set(limits, "NanoCPUs", cpu_limit)
    _set(limits, "MemoryBytes", mem_limit)
    if limits:
        document["Limits"] = limits
    reservations: dict[str, Any] = {}
    _set(reservations, "NanoCPUs", cpu_reservation)
    _set(reservations, "MemoryBytes", mem_reservation)
    if generic_resources is not None:
        reservations["GenericResources"] = _generic_resources(generic_resources)
    if reservations:
        document["Reservations"] = reservations
    return models.TaskSpecResources.model_validate(document)


@_builder
def RestartPolicy(condition: str = "none", delay: int = 0, max_attempts: int = 0,
                  window: int = 0) -> models.TaskSpecRestartPolicy:
    """When a service's task is restarted: condition "none", "on-failure" or "any"; times in ns."""
    if condition not in ("none", "on-failure", "any"):
        raise InvalidArgument(f"RestartPolicy(): condition must be none, on-failure or any, not {condition!r}")
    return models.TaskSpecRestartPolicy.model_validate(
        {"Condition": condition, "Delay": delay, "MaxAttempts": max_attempts, "Window": window})


def _rollout(model: Any, parallelism: int, delay: int | None, failure_action: str, monitor: int | None,
             max_failure_ratio: float | None, order: str | None) -> Any:
    document: dict[str, Any] = {"Parallelism": parallelism, "FailureAction": failure_action}
    _set(document, "Delay", delay)
    _set(document, "Monitor", monitor)
    _set(document, "MaxFailureRatio", max_failure_ratio)
    _set(document, "Order", order)
    return model.model_validate(document)


@_builder
def UpdateConfig(parallelism: int = 0, delay: int | None = None, failure_action: str = "continue",
                 monitor: int | None = None, max_failure_ratio: float | None = None,
                 order: str | None = None) -> models.ServiceSpecUpdateConfig:
    """How a service update rolls out: tasks at a time, pause (ns), what to do on failure, order."""
    return _rollout(models.ServiceSpecUpdateConfig, parallelism, delay, failure_action, monitor,  # type: ignore[no-any-return]
                    max_failure_ratio, order)


@_builder
def RollbackConfig(parallelism: int = 0, delay: int | None = None, failure_action: str = "continue",
                   monitor: int | None = None, max_failure_ratio: float | None = None,
                   order: str | None = None) -> models.ServiceSpecRollbackConfig:
    """How a service rollback rolls out; the same keywords as UpdateConfig."""
    return _rollout(models.ServiceSpecRollbackConfig, parallelism, delay, failure_action, monitor,  # type: ignore[no-any-return]
                    max_failure_ratio, order)


@_builder
def Placement(constraints: list[str] | None = None, preferences: list[Any] | None = None,
              platforms: list[tuple[str, str]] | None = None, maxreplicas: int | None = None) -> models.TaskSpecPlacement:
    """Where a service's tasks may run: constraints, spread preferences (("spread", "node.labels.x") or
    the wire mapping), (architecture, os) platforms and a per-node maximum."""
    document: dict[str, Any] = {}
    _set(document, "Constraints", constraints)
    if preferences is not None:
        wire: list[Any] = []
        for preference in preferences:
            if isinstance(preference, tuple) and len(preference) == 2:
                strategy, descriptor = preference
                wire.append({strategy.capitalize(): {"SpreadDescriptor": descriptor}})
            else:
                wire.append(_given(preference))
        document["Preferences"] = wire
    if platforms is not None:
        document["Platforms"] = [{"Architecture": arch, "OS": os_name} for arch, os_name in platforms]
    _set(document, "MaxReplicas", maxreplicas)
    return models.TaskSpecPlacement.model_validate(document)


@_builder
def PlacementPreference(strategy: str, descriptor: str) -> models.TaskSpecPlacementPreferences:
    """One spread preference for Placement(preferences=[...]): "spread" over the values of a node label
    ("node.labels.zone"); the only strategy the daemon knows."""
    if strategy != "spread":
        raise InvalidArgument(f"PlacementPreference(): the strategy can only be 'spread', not {strategy!r}")
    return models.TaskSpecPlacementPreferences.model_validate({"Spread": {"SpreadDescriptor": descriptor}})


@_builder
def TaskTemplate(container_spec: Any, resources: Any = None, restart_policy: Any = None,
                 placement: Any = None, log_driver: Any = None, networks: list[Any] | None = None,
                 force_update: int | None = None) -> models.TaskSpec:
    """A service's task template: the ContainerSpec and how and where its tasks run."""
    document: dict[str, Any] = {"ContainerSpec": _given(container_spec)}
    _set(document, "Resources", resources)
    _set(document, "RestartPolicy", restart_policy)
    if isinstance(placement, list):
        placement = {"Constraints": placement}  # a bare list means constraints
    _set(document, "Placement", placement)
    _set(document, "LogDriver", log_driver)
    _set(document, "Networks", None if networks is None else network_attachments(networks))
    _set(document, "ForceUpdate", force_update)
    return models.TaskSpec.model_validate(document)


_SERVICE_MODES = {"replicated": "Replicated", "global": "Global", "replicated-job": "ReplicatedJob",
                  "global-job": "GlobalJob"}


@_builder
def ServiceMode(mode: str, replicas: int | None = None, concurrency: int | None = None) -> models.ServiceSpecMode:
    """A service's mode: "replicated" (with `replicas`), "global", or the job modes (with `concurrency`)."""
    key = _SERVICE_MODES.get(mode)
    if key is None:
        raise InvalidArgument(f"ServiceMode(): mode must be one of {sorted(_SERVICE_MODES)}, not {mode!r}")
    settings: dict[str, Any] = {}
    if replicas is not None:
        if mode not in ("replicated", "replicated-job"):
            raise InvalidArgument(f"ServiceMode(): replicas are for replicated modes, not {mode!r}")
        settings["Replicas" if mode == "replicated" else "TotalCompletions"] = replicas
    if concurrency is not None:
        if mode != "replicated-job":
            raise InvalidArgument(f"ServiceMode(): concurrency is for the replicated-job mode, not {mode!r}")
        settings["MaxConcurrent"] = concurrency
    return models.ServiceSpecMode.model_validate({key: settings})


@_builder
def EndpointSpec(mode: str | None = None,
                 ports: Mapping[int, Any] | list[Any] | None = None) -> models.EndpointSpec:
    """How a service is reached: mode "vip" or "dnsrr", and ports as {published: target},
    {published: (target, protocol[, publish_mode])} or a list of EndpointPortConfig mappings."""
    document: dict[str, Any] = {}
    _set(document, "Mode", mode)
    if ports is not None:
        if isinstance(ports, Mapping):
            wire: list[dict[str, Any]] = []
            for published, target in ports.items():
                entry: dict[str, Any] = {"Protocol": "tcp", "PublishedPort": published}
                if isinstance(target, tuple):
                    if not 1 <= len(target) <= 3:
                        raise InvalidArgument(f"EndpointSpec(): not a port target: {target!r}")
                    entry["TargetPort"] = target[0]
                    if len(target) >= 2 and target[1] is not None:
                        entry["Protocol"] = target[1]
                    if len(target) == 3:
                        entry["PublishMode"] = target[2]
                else:
                    entry["TargetPort"] = target
                wire.append(entry)
            document["Ports"] = wire
        else:
            document["Ports"] = [_given(port) for port in ports]
    return models.EndpointSpec.model_validate(document)


@_builder
def SwarmExternalCA(url: str, protocol: str | None = None, options: Mapping[str, str] | None = None,
                    ca_cert: str | None = None) -> models.SwarmSpecCAConfigExternalCAs:
    """A certificate authority outside the swarm that signs node certificates, for
    create_swarm_spec(external_cas=[...]): its URL, protocol ("cfssl"), options and PEM certificate."""
    document: dict[str, Any] = {"URL": url}
    _set(document, "Protocol", protocol)
    _set(document, "Options", options)
    _set(document, "CACert", ca_cert)
    return models.SwarmSpecCAConfigExternalCAs.model_validate(document)


@_builder
def SwarmSpec(**keywords: Any) -> models.SwarmSpec:
    """A swarm's settings: the keywords of `create_swarm_spec` (task_history_retention_limit, ...)."""
    from ._helpers import create_swarm_spec

    return create_swarm_spec(**keywords)
