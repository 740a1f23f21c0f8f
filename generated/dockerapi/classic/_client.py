# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""`Client` and `AsyncClient`: every area's methods in one flat class, the same names and parameters in both; results are plain dicts and lists (`dockerapi.classic.typeddicts`)."""

from __future__ import annotations

from ._api.config import AsyncConfigMethods, ConfigMethods
from ._api.container import AsyncContainerMethods, ContainerMethods
from ._api.distribution import AsyncDistributionMethods, DistributionMethods
from ._api.exec import AsyncExecMethods, ExecMethods
from ._api.helpers import AsyncHelpersMethods, HelpersMethods
from ._api.image import AsyncImageMethods, ImageMethods
from ._api.network import AsyncNetworkMethods, NetworkMethods
from ._api.node import AsyncNodeMethods, NodeMethods
from ._api.plugin import AsyncPluginMethods, PluginMethods
from ._api.secret import AsyncSecretMethods, SecretMethods
from ._api.service import AsyncServiceMethods, ServiceMethods
from ._api.session import AsyncSessionMethods, SessionMethods
from ._api.swarm import AsyncSwarmMethods, SwarmMethods
from ._api.system import AsyncSystemMethods, SystemMethods
from ._api.task import AsyncTaskMethods, TaskMethods
from ._api.volume import AsyncVolumeMethods, VolumeMethods
from ._session import SessionCompat

__all__ = ["Client", "AsyncClient"]


class Client(
    SessionCompat,
    ConfigMethods,
    ContainerMethods,
    DistributionMethods,
    ExecMethods,
    HelpersMethods,
    ImageMethods,
    NetworkMethods,
    NodeMethods,
    PluginMethods,
    SecretMethods,
    ServiceMethods,
    SessionMethods,
    SwarmMethods,
    SystemMethods,
    TaskMethods,
    VolumeMethods,
):
    """The classic client: the seed's API, results as the daemon's JSON in plain dicts and lists. Thread-safe; close it, or use it in a `with` block.

    Connect with an address, `Client("unix:///var/run/docker.sock")`, `Client("tcp://host:2375")` or
    `Client("ssh://user@host")`; with none it reads $DOCKER_HOST (`dockerapi.from_env()` also
    reads the TLS variables and docker contexts). Every argument is described on `__init__`.
    """

    _plain_results = True
    _usable_after_close = True


class AsyncClient(
    SessionCompat,
    AsyncConfigMethods,
    AsyncContainerMethods,
    AsyncDistributionMethods,
    AsyncExecMethods,
    AsyncHelpersMethods,
    AsyncImageMethods,
    AsyncNetworkMethods,
    AsyncNodeMethods,
    AsyncPluginMethods,
    AsyncSecretMethods,
    AsyncServiceMethods,
    AsyncSessionMethods,
    AsyncSwarmMethods,
    AsyncSystemMethods,
    AsyncTaskMethods,
    AsyncVolumeMethods,
):
    """The classic client for asyncio: method for method the same as the classic `Client`, awaited."""

    _plain_results = True
    _usable_after_close = True
