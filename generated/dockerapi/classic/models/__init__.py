# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""docker-py's `docker.models`: the objects and collections of `dockerapi.classic.DockerClient`."""

from .configs import Config, ConfigCollection
from .containers import Container, ContainerCollection
from .images import Image, ImageCollection
from .nodes import Node, NodeCollection
from .plugins import Plugin, PluginCollection
from .secrets import Secret, SecretCollection
from .services import Service, ServiceCollection
from .swarm import Swarm

__all__ = [
    "Config",
    "ConfigCollection",
    "Container",
    "ContainerCollection",
    "Image",
    "ImageCollection",
    "Node",
    "NodeCollection",
    "Plugin",
    "PluginCollection",
    "Secret",
    "SecretCollection",
    "Service",
    "ServiceCollection",
    "Swarm",
]
