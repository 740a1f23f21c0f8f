# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The typed object API: objects and collections of `dockerapi.DockerClient` (sync) and `dockerapi.AsyncDockerClient` (async), one module per kind."""

from .configs import AsyncConfig, AsyncConfigCollection, Config, ConfigCollection
from .containers import AsyncContainer, AsyncContainerCollection, Container, ContainerCollection
from .images import AsyncImage, AsyncImageCollection, AsyncRegistryData, Image, ImageCollection, RegistryData
from .networks import AsyncNetwork, AsyncNetworkCollection, Network, NetworkCollection
from .nodes import AsyncNode, AsyncNodeCollection, Node, NodeCollection
from .plugins import AsyncPlugin, AsyncPluginCollection, Plugin, PluginCollection
from .secrets import AsyncSecret, AsyncSecretCollection, Secret, SecretCollection
from .services import AsyncService, AsyncServiceCollection, Service, ServiceCollection
from .swarm import AsyncSwarm, Swarm
from .volumes import AsyncVolume, AsyncVolumeCollection, Volume, VolumeCollection

__all__ = [
    "Config",
    "ConfigCollection",
    "AsyncConfig",
    "AsyncConfigCollection",
    "Container",
    "ContainerCollection",
    "AsyncContainer",
    "AsyncContainerCollection",
    "Image",
    "RegistryData",
    "ImageCollection",
    "AsyncImage",
    "AsyncRegistryData",
    "AsyncImageCollection",
    "Network",
    "NetworkCollection",
    "AsyncNetwork",
    "AsyncNetworkCollection",
    "Node",
    "NodeCollection",
    "AsyncNode",
    "AsyncNodeCollection",
    "Plugin",
    "PluginCollection",
    "AsyncPlugin",
    "AsyncPluginCollection",
    "Secret",
    "SecretCollection",
    "AsyncSecret",
    "AsyncSecretCollection",
    "Service",
    "ServiceCollection",
    "AsyncService",
    "AsyncServiceCollection",
    "Swarm",
    "AsyncSwarm",
    "Volume",
    "VolumeCollection",
    "AsyncVolume",
    "AsyncVolumeCollection",
]
