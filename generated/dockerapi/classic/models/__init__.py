# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""docker-py's `docker.models`: the objects and collections of `dockerapi.classic.DockerClient`."""

from .configs import Config, ConfigCollection
from .containers import Container, ContainerCollection
from .images import Image, ImageCollection, RegistryData
from .networks import Network, NetworkCollection
from .nodes import Node, NodeCollection
from .plugins import Plugin, PluginCollection
from .secrets import Secret, SecretCollection
from .services import Service, ServiceCollection
from .swarm import Swarm
from .volumes import Volume, VolumeCollection

__all__ = [
    "Config",
    "ConfigCollection",
    "Container",
    "ContainerCollection",
    "Image",
    "RegistryData",
    "ImageCollection",
    "Network",
    "NetworkCollection",
    "Node",
    "NodeCollection",
    "Plugin",
    "PluginCollection",
    "Secret",
    "SecretCollection",
    "Service",
    "ServiceCollection",
    "Swarm",
    "Volume",
    "VolumeCollection",
]
