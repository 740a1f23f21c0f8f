# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""docker-py's `docker.models`: the objects and collections of `dockerapi.classic.DockerClient`."""

from .containers import Container, ContainerCollection
from .images import Image, ImageCollection, RegistryData
from .networks import Network, NetworkCollection
from .volumes import Volume, VolumeCollection

__all__ = [
    "Container",
    "ContainerCollection",
    "Image",
    "RegistryData",
    "ImageCollection",
    "Network",
    "NetworkCollection",
    "Volume",
    "VolumeCollection",
]
