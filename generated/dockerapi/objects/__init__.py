# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The typed object API: objects and collections of `dockerapi.DockerClient` (sync) and `dockerapi.AsyncDockerClient` (async), one module per kind."""

from .containers import AsyncContainer, AsyncContainerCollection, Container, ContainerCollection
from .images import AsyncImage, AsyncImageCollection, AsyncRegistryData, Image, ImageCollection, RegistryData
from .networks import AsyncNetwork, AsyncNetworkCollection, Network, NetworkCollection
from .volumes import AsyncVolume, AsyncVolumeCollection, Volume, VolumeCollection

__all__ = [
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
    "Volume",
    "VolumeCollection",
    "AsyncVolume",
    "AsyncVolumeCollection",
]
