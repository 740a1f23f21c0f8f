"""docker-py's `docker.types` for `import dockerapi.classic as docker`: the same builders, as plain dicts.

Each name builds the document docker-py's class of that name builds (`Mount`, `LogConfig`, `TaskTemplate`,
...), with its keywords, through the builders of `dockerapi.types`, and returns the daemon's JSON as a
plain `dict` (docker-py's types are dict subclasses, so code may read, change or serialise them). The
typed face's builders, returning models, are in `dockerapi.types` (with their keywords typed); the TypedDicts
that type the classic client's results are in `dockerapi.classic.typeddicts`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from .. import types as _builders
from .._helpers import (
    create_container_config,
    create_endpoint_config,
    create_host_config,
    create_networking_config,
)
from .._wire import to_wire

_P = ParamSpec("_P")
_R = TypeVar("_R")

__all__ = [*_builders.__all__, "EndpointConfig", "HostConfig", "ContainerConfig", "NetworkingConfig", "DeviceRequest"]


def _plain(builder: Callable[_P, Any]) -> Callable[_P, dict[str, Any]]:
    def build(*args: _P.args, **kwargs: _P.kwargs) -> dict[str, Any]:
        document = to_wire(builder(*args, **kwargs))
        return dict(document) if document is not None else {}

    build.__name__ = build.__qualname__ = builder.__name__
    build.__doc__ = builder.__doc__
    build.__wrapped__ = builder  # type: ignore[attr-defined]
    return build


ConfigReference: Callable[..., dict[str, Any]] = _plain(_builders.ConfigReference)
ContainerSpec: Callable[..., dict[str, Any]] = _plain(_builders.ContainerSpec)
DNSConfig: Callable[..., dict[str, Any]] = _plain(_builders.DNSConfig)
DriverConfig: Callable[..., dict[str, Any]] = _plain(_builders.DriverConfig)
EndpointSpec: Callable[..., dict[str, Any]] = _plain(_builders.EndpointSpec)
Healthcheck: Callable[..., dict[str, Any]] = _plain(_builders.Healthcheck)
IPAMConfig: Callable[..., dict[str, Any]] = _plain(_builders.IPAMConfig)
IPAMPool: Callable[..., dict[str, Any]] = _plain(_builders.IPAMPool)
LogConfig: Callable[..., dict[str, Any]] = _plain(_builders.LogConfig)
Mount: Callable[..., dict[str, Any]] = _plain(_builders.Mount)
NetworkAttachmentConfig: Callable[..., dict[str, Any]] = _plain(_builders.NetworkAttachmentConfig)
Placement: Callable[..., dict[str, Any]] = _plain(_builders.Placement)
PlacementPreference: Callable[..., dict[str, Any]] = _plain(_builders.PlacementPreference)
Privileges: Callable[..., dict[str, Any]] = _plain(_builders.Privileges)
Resources: Callable[..., dict[str, Any]] = _plain(_builders.Resources)
RestartPolicy: Callable[..., dict[str, Any]] = _plain(_builders.RestartPolicy)
RollbackConfig: Callable[..., dict[str, Any]] = _plain(_builders.RollbackConfig)
SecretReference: Callable[..., dict[str, Any]] = _plain(_builders.SecretReference)
ServiceMode: Callable[..., dict[str, Any]] = _plain(_builders.ServiceMode)
SwarmExternalCA: Callable[..., dict[str, Any]] = _plain(_builders.SwarmExternalCA)
SwarmSpec: Callable[..., dict[str, Any]] = _plain(_builders.SwarmSpec)
TaskTemplate: Callable[..., dict[str, Any]] = _plain(_builders.TaskTemplate)
Ulimit: Callable[..., dict[str, Any]] = _plain(_builders.Ulimit)
UpdateConfig: Callable[..., dict[str, Any]] = _plain(_builders.UpdateConfig)


def EndpointConfig(  # noqa: N802 - docker-py's name for it
    version: str,
    aliases: list[str] | None = None,
    links: dict[str, str] | list[Any] | None = None,
    ipv4_address: str | None = None,
    ipv6_address: str | None = None,
    link_local_ips: list[str] | None = None,
    driver_opt: dict[str, str] | None = None,
    mac_address: str | None = None,
) -> dict[str, Any]:
    """docker-py's `EndpointConfig(version, ...)`: one container's settings on one network, as a plain dict.

    The value of a network's entry in `containers.run()` / `containers.create()`'s `networking_config`
    (`{"backend": EndpointConfig(client.api.api_version, aliases=["db"])}`) or of
    `create_networking_config()`. `version` is the API version the settings are checked against (a keyword
    newer than it raises `InvalidVersion`); a longer version text such as "7.2.0" is read as its first two
    numbers. The other keywords are `Client.create_endpoint_config`'s, which this builds with.
    """
    api_version = ".".join(str(version).split(".")[:2]) if version else None
    document = to_wire(create_endpoint_config(aliases, links, ipv4_address, ipv6_address, link_local_ips, driver_opt,
                                              mac_address, version=api_version))
    return dict(document) if document is not None else {}


def _api_version(version: str | None) -> str | None:
    # docker-py's builders take a version; libraries pass the package's own ("7.2.0"): its first two numbers
    return ".".join(str(version).split(".")[:2]) if version else None


def _plain_document(model: Any) -> dict[str, Any]:
    document = to_wire(model)
    return dict(document) if document is not None else {}


def HostConfig(version: str, **keywords: Any) -> dict[str, Any]:  # noqa: N802 - docker-py's name for it
    """docker-py's `HostConfig(version, ...)`: `create_host_config`'s keywords checked against `version`, as a dict."""
    return _plain_document(create_host_config(version=_api_version(version), **keywords))


def ContainerConfig(version: str, image: str, command: Any, **keywords: Any) -> dict[str, Any]:  # noqa: N802
    """docker-py's `ContainerConfig(version, image, command, ...)`: the body of a container create, as a dict
    (`create_container_config`'s keywords)."""
    return _plain_document(create_container_config(_api_version(version), image, command, **keywords))


def NetworkingConfig(endpoints_config: dict[str, Any] | None = None) -> dict[str, Any]:  # noqa: N802
    """docker-py's `NetworkingConfig(endpoints_config)`: network name -> endpoint settings, as a dict."""
    return _plain_document(create_networking_config(endpoints_config))


def DeviceRequest(driver: str = "", count: int = 0, device_ids: list[str] | None = None,  # noqa: N802
                  capabilities: list[list[str]] | None = None,
                  options: dict[str, str] | None = None) -> dict[str, Any]:
    """docker-py's `DeviceRequest(...)`: a request for host devices (GPUs) for `device_requests=`, as a dict."""
    return {"Driver": driver, "Count": count, "DeviceIDs": list(device_ids or []),
            "Capabilities": [list(c) for c in capabilities or []], "Options": dict(options or {})}
